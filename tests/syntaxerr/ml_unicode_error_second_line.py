x = ("ok"
     "fine"
     u"\N{NOPE}")
