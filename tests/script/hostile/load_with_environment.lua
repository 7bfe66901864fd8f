-- load with a chunk name that forges a file name, binary mode and a custom environment.
local f = load("return 1", "@valuation/royalty.lua", "bt", {})
