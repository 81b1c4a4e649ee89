# sys.exit() inside try/finally: finally clauses run, except Exception does
# not catch SystemExit, and the status is kept.
import sys

def inner():
    try:
        print 'inner: exiting'
        sys.exit(7)
    finally:
        print 'inner finally'

def outer():
    try:
        try:
            inner()
        except Exception:
            print 'not reached: SystemExit is not an Exception'
        finally:
            print 'outer finally'
    except ValueError:
        print 'not reached'
    print 'not reached either'

try:
    outer()
finally:
    print 'module-level finally'
print 'never printed'
