-- A metatable on _G that loops on every undefined global.
setmetatable(_G, { __index = function(t, k) while true do end end })
return undefined_name
