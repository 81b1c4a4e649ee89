x = {k: 1 for f(k) in z}
