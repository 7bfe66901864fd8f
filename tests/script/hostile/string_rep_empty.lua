-- Stock Lua loops math.maxinteger times in C for an empty result; then a huge one.
local empty = string.rep("", math.maxinteger)
local sep = ("ab"):rep(math.maxinteger, ",")
return { empty = empty, sep = sep }
