x = list(y for a + b in z)
