-- Exponential backtracking inside the C pattern matcher, where no hook sees it.
return { found = string.find(("a"):rep(40), ("a*"):rep(40) .. "b") }
