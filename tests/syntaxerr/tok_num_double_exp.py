x = 1e5e
