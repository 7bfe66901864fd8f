-- table.move over nils loops in C, allocates nothing and never reaches the hook.
table.move({}, 1, math.maxinteger - 1, 2)
