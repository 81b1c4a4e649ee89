def f():
    while True:
        try:
            pass
        finally:
            if x:
                continue
