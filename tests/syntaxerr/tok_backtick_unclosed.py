x = `y
