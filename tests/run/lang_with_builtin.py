# with statements whose context managers are built-in (locks, files) or
# classes whose methods change between two runs of the same statement:
# the bound __exit__ a thread keeps from one with to the next must be
# rebound when the object or its method changes, and a built-in
# __enter__ called directly must still check the object's type.
import sys
import thread, threading
l = thread.allocate_lock()
for i in range(3):
    with l:
        print i, l.locked()
print l.locked()
class X(object):
    __exit__ = thread.LockType.__exit__
    __enter__ = thread.LockType.__enter__
try:
    with X():
        pass
except TypeError as e:
    print "TypeError", e
class Y(object):
    __enter__ = thread.LockType.__enter__
    def __exit__(self, *a):
        print "exit", a
        return True
try:
    with Y():
        pass
except TypeError as e:
    print "TypeError", e
class Z(object):
    def __enter__(self):
        print "enter"
        return 5
    def __exit__(self, *a):
        print "exit", a
z = Z()
for i in range(2):
    with z as v:
        print v
    Z.__exit__ = lambda self, *a: sys.stdout.write("new exit %r\n" % (a,))
import sys
with z:
    pass
class W(object):
    def __enter__(self): pass
try:
    with W(): pass
except AttributeError as e:
    print "AttributeError", e
class V(object):
    def __exit__(self, *a): print "v exit"
try:
    with V(): pass
except AttributeError as e:
    print "AttributeError", e
f = open('lang_with_builtin.py')
with f:
    print f.closed
print f.closed
m = [thread.allocate_lock(), thread.allocate_lock()]
for i in range(4):
    with m[i % 2]:
        print i, m[0].locked(), m[1].locked()
try:
    with l:
        raise ValueError("x")
except ValueError:
    print "raised", l.locked()
