def f0(a, b):
    """doc 0"""
    c = a + b
    return c

def f1(a, b):
    """doc 1"""
    c = a + b
    return c

def f2(a, b):
    """doc 2"""
    c = a + b
    return c

def f3(a, b):
    """doc 3"""
    c = a + b
    return c

def f4(a, b):
    """doc 4"""
    c = a + b
    return c

def f5(a, b):
    """doc 5"""
    c = a + b
    return c

def f6(a, b):
    """doc 6"""
    c = a + b
    return c

def f7(a, b):
    """doc 7"""
    c = a + b
    return c

def f8(a, b):
    """doc 8"""
    c = a + b
    return c

def f9(a, b):
    """doc 9"""
    c = a + b
    return c

def f10(a, b):
    """doc 10"""
    c = a + b
    return c

def f11(a, b):
    """doc 11"""
    c = a + b
    return c

def f12(a, b):
    """doc 12"""
    c = a + b
    return c

def f13(a, b):
    """doc 13"""
    c = a + b
    return c

def f14(a, b):
    """doc 14"""
    c = a + b
    return c

msg = ("a"
       "b
