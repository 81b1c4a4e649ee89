"""Module docstring."""

def f():
    """Function docstring."""

class C:
    """Class docstring."""
    def m(self):
        'single-quoted docstring'
