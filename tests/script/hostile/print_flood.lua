-- print is captured, not written to stdout; this floods it.
while true do print(("x"):rep(1000)) end
