local s = scenario{ id = "forgot to return" }
