total = sum(x * 2
            for x in y,
            0)
