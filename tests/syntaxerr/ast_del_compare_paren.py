del (a == b)
