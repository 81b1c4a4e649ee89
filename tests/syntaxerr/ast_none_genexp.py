x = sum(1 for None in y)
