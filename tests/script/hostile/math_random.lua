-- Non-deterministic data: scenarios must replay from their seed.
math.randomseed(os and os.time() or 42)
return scenario{ id = "random", price = math.random(100) }
