# sys.exit(n) ends the program with status n; code after it does not run.
import sys

print 'before'
try:
    sys.exit(4)
except SystemExit as e:
    print 'caught', e.code, e.args, type(e).__name__
try:
    sys.exit()
except SystemExit as e:
    print 'caught', e.code, e.args
try:
    sys.exit('message')
except SystemExit as e:
    print 'caught', repr(e.code)
try:
    sys.exit(1, 2)
except TypeError as e:
    print 'TypeError:', e
try:
    raise SystemExit(7)
except SystemExit as e:
    print 'caught', e.code
print issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException)
try:
    try:
        sys.exit(2)
    except Exception:
        print 'not caught by Exception'
except BaseException as e:
    print 'caught by BaseException', e.code
sys.stdout.flush()
sys.exit(3)
print 'not reached'
