def f():
    try:
        pass
    finally:
        break
