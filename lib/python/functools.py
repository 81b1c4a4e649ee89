"""Tools for working with functions and callable objects."""
# pystm: uses the Go module _functools (partial, reduce).

from _functools import partial, reduce

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__doc__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper,
                   wrapped,
                   assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped: copy each attribute named in
    assigned from wrapped to wrapper, and update each attribute of wrapper
    named in updated (a dictionary) with wrapped's. Returns wrapper."""
    for attr in assigned:
        setattr(wrapper, attr, getattr(wrapped, attr))
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    return wrapper


def wraps(wrapped,
          assigned=WRAPPER_ASSIGNMENTS,
          updated=WRAPPER_UPDATES):
    """A decorator that applies update_wrapper(), with wrapped and the
    other arguments given here, to the function it decorates."""
    return partial(update_wrapper, wrapped=wrapped,
                   assigned=assigned, updated=updated)


def _derived():
    # For each ordering method a class may define, the other methods that
    # total_ordering derives from it (and from ==), in the order it adds
    # them. Made afresh for each class, which then owns its functions.
    return {
        '__lt__': [('__gt__', lambda self, other: not (self < other or self == other)),
                   ('__le__', lambda self, other: self < other or self == other),
                   ('__ne__', lambda self, other: not self == other),
                   ('__ge__', lambda self, other: not self < other)],
        '__le__': [('__ge__', lambda self, other: not self <= other or self == other),
                   ('__lt__', lambda self, other: self <= other and not self == other),
                   ('__ne__', lambda self, other: not self == other),
                   ('__gt__', lambda self, other: not self <= other)],
        '__gt__': [('__lt__', lambda self, other: not (self > other or self == other)),
                   ('__ge__', lambda self, other: self > other or self == other),
                   ('__ne__', lambda self, other: not self == other),
                   ('__le__', lambda self, other: not self > other)],
        '__ge__': [('__le__', lambda self, other: (not self >= other) or self == other),
                   ('__gt__', lambda self, other: self >= other and not self == other),
                   ('__ne__', lambda self, other: not self == other),
                   ('__lt__', lambda self, other: not self >= other)],
    }


_SYMBOL = {'__lt__': '<', '__le__': '<=', '__gt__': '>', '__ge__': '>=',
           '__ne__': '!='}


def total_ordering(cls):
    """A class decorator: given one of __lt__, __le__, __gt__ and __ge__
    (and __eq__), add the others and __ne__."""
    defined = set(dir(cls))
    derived = _derived()
    roots = defined & set(derived)
    if not roots:
        raise ValueError('must define at least one ordering operation: '
                         '< > <= >=')
    # max() prefers __lt__, then __le__, then __gt__, then __ge__.
    root = max(roots)
    for name, method in derived[root]:
        if name not in defined:
            method.__name__ = name
            method.__doc__ = 'x.%s(y) <==> x%sy' % (name, _SYMBOL[name])
            setattr(cls, name, method)
    return cls


def cmp_to_key(mycmp):
    """Turn an old cmp function into a class whose instances work as
    sort keys (key=cmp_to_key(mycmp))."""
    class K(object):
        __slots__ = ['obj']

        def __init__(self, obj, *args):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        def __ne__(self, other):
            return mycmp(self.obj, other.obj) != 0

        def __hash__(self):
            raise TypeError('hash not implemented')
    return K
