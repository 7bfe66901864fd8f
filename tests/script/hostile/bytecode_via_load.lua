-- Passes a binary chunk (the 5.4 header) to load.
local f = assert(load("\27Lua\84\0\25\147\13\10\26\10\4\8\8"))
f()
