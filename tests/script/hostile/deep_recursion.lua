-- Unbounded recursion: the Lua stack grows until something stops it.
local function down(n) return 1 + down(n + 1) end
return { depth = down(1) }
