-- A finalizer runs with hooks off, outside every budget.
setmetatable({}, { __gc = function() while true do end end })
