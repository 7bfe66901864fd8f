-- Each find scans 8 MB in C but costs a handful of VM instructions.
local s = ("x"):rep(1 << 20)
s = s .. s .. s .. s .. s .. s .. s .. s
while true do s:find("y", 1, true) end
