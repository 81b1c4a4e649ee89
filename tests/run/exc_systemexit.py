# SystemExit: the code attribute for each way of building it.
import sys
for args in ((), (0,), (3,), ('text',), (None,), (1, 2), ((4,),), ([],), (True,), (2L,)):
    e = SystemExit(*args)
    print repr(args), '| code=%r args=%r str=%r' % (e.code, e.args, str(e))
for arg in (None, 0, 5, 'message', (1, 'x')):
    try:
        sys.exit(arg)
    except SystemExit as e:
        print 'sys.exit(%r) -> code=%r args=%r' % (arg, e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print 'sys.exit() -> code=%r args=%r' % (e.code, e.args)
e = SystemExit(1)
e.code = 'changed'
print e.code, e.args
try:
    raise SystemExit
except SystemExit as e:
    print 'raise SystemExit -> code=%r' % (e.code,)
try:
    raise SystemExit, 9
except SystemExit as e:
    print 'raise SystemExit, 9 -> code=%r' % (e.code,)
try:
    exit(6)
except SystemExit as e:
    print 'exit(6) ->', e.code
try:
    quit('bye')
except SystemExit as e:
    print "quit('bye') ->", e.code
print repr(exit), repr(quit)
print str(exit)
class MyExit(SystemExit):
    pass
try:
    raise MyExit(12)
except SystemExit as e:
    print type(e).__name__, e.code
def in_finally():
    try:
        sys.exit(1)
    finally:
        print 'finally runs during SystemExit'
try:
    in_finally()
except SystemExit as e:
    print 'caught after finally', e.code
def cleanup_overrides():
    try:
        sys.exit(1)
    finally:
        return 'return in finally swallows SystemExit'
print cleanup_overrides()
