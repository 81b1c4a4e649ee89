try:
    x = (1,
         2)
except:
    y = [3,
         4]
except KeyError:
    pass
