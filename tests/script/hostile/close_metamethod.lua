-- A to-be-closed variable (the road to Debian 5.4.4's nested-close crash).
local guard <close> = setmetatable({}, { __close = function() end })
