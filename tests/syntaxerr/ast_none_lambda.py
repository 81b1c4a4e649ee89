g = lambda None: 0
