while True:
    # nothing here
x = 1
