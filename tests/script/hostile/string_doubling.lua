-- Memory bomb: a string that doubles each turn.
local s = "x"
while true do
  s = s .. s
end
