# print as a function with from __future__ import print_function: sep, end, file, and errors.
from __future__ import print_function
import sys
print('a', 'b', 'c')
print('a', 'b', sep='-')
print('no newline', end='')
print(' <- continued')
print('x', 'y', sep='', end='!\n')
print()
print(1, 2.5, None, [1], (2,), {'k': 3})
print(sep='|')
print('only', end='\n\n')
print('to stdout', file=sys.stdout)
print('to None file', file=None)
print('sep None', 'end None', sep=None, end=None)
class Collect(object):
    def __init__(self):
        self.data = []
    def write(self, s):
        self.data.append(s)
c = Collect()
print('collected', 42, file=c, sep=', ')
print(c.data)
print(u'unicode', 'str', sep=u'+')
for kw in ({'sep': 5}, {'end': 5}, {'file': 5}, {'bogus': 1}):
    try:
        print('x', **kw)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
p = print
print(p.__name__, type(p).__name__)
print(*range(5), sep=':')
print(*'abc')
