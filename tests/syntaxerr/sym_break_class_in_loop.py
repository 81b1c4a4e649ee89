while 1:
    class C:
        break
