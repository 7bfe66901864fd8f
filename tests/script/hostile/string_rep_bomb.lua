-- string.rep asked for ten gigabytes.
local s = string.rep("x", 1e10)
return { text = s }
