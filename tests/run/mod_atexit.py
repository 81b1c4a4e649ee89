# atexit: handlers run after the main program, last registered first.
import atexit, sys

def hello(name, punct='!'):
    print 'goodbye', name + punct

def record(*args, **kw):
    print 'record', args, sorted(kw.items())

atexit.register(hello, 'first')
atexit.register(hello, 'second', punct='?')
atexit.register(record, 1, 2, key='v')
atexit.register(record)

@atexit.register
def decorated():
    print 'decorated handler runs first'
print decorated.__name__

def writes_stderr():
    sys.stderr.write('handler writes to stderr\n')
atexit.register(writes_stderr)

r = atexit.register(hello, 'third')
print r is hello
try:
    atexit.register()
except TypeError as e:
    print 'TypeError:', e
print 'end of main'
