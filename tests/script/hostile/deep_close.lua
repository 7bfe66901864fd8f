-- Debian's 5.4.4 segfaults on about 12,000 nested coroutine.close calls through __close
-- (fixed upstream later). setmetatable refuses __close, so it is added afterwards; and the
-- sandbox has no coroutine library at all.
local coro = false
for i = 1, 12000 do
  local previous = coro
  coro = coroutine.create(function()
    local mt = {}
    local guard = setmetatable({}, mt)
    mt.__close = function()
      if previous then coroutine.close(previous) end
    end
    local cc <close> = guard
    coroutine.yield()
  end)
  coroutine.resume(coro)
end
coroutine.close(coro)
