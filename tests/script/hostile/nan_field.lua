return scenario{ id = "nan", price = 0/0 }
