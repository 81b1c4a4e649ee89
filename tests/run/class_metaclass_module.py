# A module-level __metaclass__ makes classic class statements create new-style classes.
class Trace(type):
    def __new__(mcls, name, bases, ns):
        print 'creating', name, bases
        return type.__new__(mcls, name, bases, ns)
__metaclass__ = Trace
class NoBases:
    pass
class WithObject(object):
    pass
print type(NoBases).__name__, type(WithObject).__name__, NoBases.__mro__
class Classic:
    __metaclass__ = None.__class__.__class__ if False else Trace
del __metaclass__
class Plain:
    pass
print type(Plain).__name__
