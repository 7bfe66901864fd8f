-- Creates coroutines without end, each looping.
while true do
  coroutine.wrap(function() while true do end end)()
end
