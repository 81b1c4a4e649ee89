from __future__ import print_function
print(x)
print(x, y, sep='', end='\n', file=f)
print()
p = print
print(*args, **kw)
