# atexit: handlers also run when the program ends with sys.exit; a handler
# may register another one, which runs too.
import atexit, sys

def late():
    print 'late handler (registered by another handler)'

def registers():
    print 'registering handler'
    atexit.register(late)

atexit.register(registers)
atexit.register(lambda: sys.stdout.write('lambda handler\n'))
atexit.register(sys.stdout.write, 'bound method handler\n')
print 'main done'
sys.exit(3)
