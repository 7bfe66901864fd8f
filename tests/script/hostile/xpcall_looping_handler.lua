-- Lua runs an xpcall handler for a hook's error with hooks off: a looping handler
-- would never be stopped unless the host wraps xpcall.
xpcall(function() while true do end end, function(e) while true do end end)
