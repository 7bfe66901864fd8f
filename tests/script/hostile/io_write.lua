-- Writes a file.
local f = io.open("/tmp/clearance-pwned", "w")
f:write("pwned")
f:close()
