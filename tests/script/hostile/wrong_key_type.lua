return scenario{ id = "keys", steps = { [1.5] = { kind = "brief" } } }
