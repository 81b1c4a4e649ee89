# traceback: the current stack (extract_stack, format_stack, print_stack)
# and a traceback held after the handler.
import traceback, sys

print traceback.extract_stack()

def a():
    return b()

def b():
    return c()

def c():
    return traceback.extract_stack()

for entry in a():
    print entry
print [e[2] for e in a()]

def show_stack():
    traceback.print_stack(file=sys.stdout)
def caller():
    show_stack()
caller()

def fmt():
    return traceback.format_stack()
print fmt()

def limited():
    return traceback.extract_stack(limit=2)
def calls_limited():
    return limited()
print calls_limited()

def from_frame():
    f = sys._getframe(1)
    return traceback.extract_stack(f)
def calls_from_frame():
    return from_frame()
print calls_from_frame()

class K(object):
    def method(self):
        return traceback.extract_stack()[-1]
    @property
    def prop(self):
        return traceback.extract_stack()[-1][2]
print K().method()
print K().prop
gen = (traceback.extract_stack()[-1][2] for i in range(1))
print list(gen)
print (lambda: traceback.extract_stack()[-1][2:])()

# keeping a traceback after the handler
def thrower():
    raise ValueError('kept')
try:
    thrower()
except ValueError:
    saved = sys.exc_info()
print ''.join(traceback.format_exception(*saved)),
print traceback.extract_tb(saved[2])[-1]
# a chain through a re-raise keeps the original frames
def reraiser():
    try:
        thrower()
    except ValueError:
        raise
try:
    reraiser()
except ValueError:
    traceback.print_exc(file=sys.stdout)
def wrap():
    try:
        thrower()
    except ValueError as e:
        raise TypeError('wrapped: %s' % e)
try:
    wrap()
except TypeError:
    traceback.print_exc(file=sys.stdout)
def three_arg():
    try:
        thrower()
    except ValueError:
        t, v, tb = sys.exc_info()
        raise KeyError, 'three', tb
try:
    three_arg()
except KeyError:
    traceback.print_exc(file=sys.stdout)
