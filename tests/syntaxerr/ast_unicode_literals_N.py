from __future__ import unicode_literals

def f():
    return "\N{BOGUS}"
