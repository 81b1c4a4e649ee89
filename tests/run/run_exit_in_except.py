# sys.exit from an except clause: the handled exception is not printed.
import sys
try:
    {}['key']
except KeyError as e:
    print 'caught', repr(e)
    sys.exit(5)
