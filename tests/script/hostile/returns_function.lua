return function() return scenario{ id = "late" } end
