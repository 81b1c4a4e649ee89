class C(a=1):
    pass
