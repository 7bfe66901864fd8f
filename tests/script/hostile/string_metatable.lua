-- Poisons the metatable shared by all strings (stock Lua hands it out).
local mt = getmetatable("")
mt.__index = function() while true do end end
