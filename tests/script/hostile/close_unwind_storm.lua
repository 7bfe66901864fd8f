-- 100,000 frames deep, each with a to-be-closed value whose __close (added after
-- setmetatable) calls back into the recursion, so unwinding raises again and again.
local mt = {}
local t = setmetatable({}, mt)
local function f(n)
  local x <close> = t
  if n > 0 then f(n - 1) end
end
mt.__close = function() f(10) end
f(100000)
