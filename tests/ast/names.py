# Names that are not keywords in Python 2.7.
True
False
None
nonlocal = 1
async = 2
await = 3
x.True
x.None
def print_(): pass
__debug__
