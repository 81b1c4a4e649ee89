x = u"\x4"
