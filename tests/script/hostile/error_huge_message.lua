-- A megabyte-long error message.
error(("x"):rep(1 << 20))
