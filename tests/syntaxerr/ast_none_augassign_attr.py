x.None += 1
