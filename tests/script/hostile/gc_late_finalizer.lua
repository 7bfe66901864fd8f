-- Adds __gc after setmetatable, then forces a collection.
local mt = {}
setmetatable({}, mt)
mt.__gc = function() while true do end end
collectgarbage()
