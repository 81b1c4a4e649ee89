x = u"\U0011ffff"
