-- Walks everything reachable from _ENV looking for a way out, and uses the first found.
local wanted = { execute = true, popen = true, open = true, dump = true, sethook = true,
                 loadlib = true, getregistry = true, upvaluejoin = true, setupvalue = true }
local seen = {}
local function hunt(t)
  if seen[t] then return nil end
  seen[t] = true
  for k, v in pairs(t) do
    if wanted[k] and type(v) == "function" then return k end
    if type(v) == "table" then
      local found = hunt(v)
      if found then return found end
    end
  end
  local mt = getmetatable(t)
  if type(mt) == "table" then return hunt(mt) end
  return nil
end
local found = hunt(_ENV) or (type(getmetatable("")) == "table" and hunt(getmetatable("")))
if found then error("escape found: " .. found) end
error("nothing dangerous is reachable")
