-- CVE-2022-33099's shape (Debian patched it): the C stack overflows while an error
-- is being handled. The interpreter must survive; the file then reports that it did.
local function loop() assert(pcall(loop)) end
xpcall(loop, loop)
error("the interpreter survived")
