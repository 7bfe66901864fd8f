-- Weak tables make results depend on when the collector runs.
local cache = setmetatable({}, { __mode = "k" })
