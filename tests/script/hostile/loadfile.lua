-- Compiles another file from disk (which could be bytecode).
local f = loadfile("/tmp/clearance-payload")
