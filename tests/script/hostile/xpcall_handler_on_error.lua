-- A plain error whose handler loops forever (the handler runs with hooks on here).
xpcall(function() error("first") end, function(e) while true do end end)
