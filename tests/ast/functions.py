# Function definitions.
def f():
    """Docstring."""
def f(a, b=1, *c, **d):
    return
def f(a,):
    return a, b
def f(a, b,):
    def g():
        return a
    return g
def f(a=1, b=(1, 2)):
    return (a)
def f(): return
