exec "a" in b, c, d
