-- __len claims 2^62 elements: table.insert would shift them all in C.
table.insert(setmetatable({}, { __len = function() return 1 << 62 end }), 1, 0)
