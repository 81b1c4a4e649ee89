"""The registry of reduction functions that pickle and copy consult, and the
helpers that object.__reduce_ex__ uses to reduce instances of classes.

pickle(type, function) registers how to reduce the objects of a type that
the usual protocol does not cover; it is not for classes written in
Python, which have __reduce__, __getstate__ and friends.
"""
# pystm: pure Python; uses no Go module. object.__reduce_ex__ calls
# _reduce_ex (protocols 0 and 1), and __newobj__ and _slotnames (protocol
# 2) from here.


class _OldStyle:
    pass
_ClassType = type(_OldStyle)
del _OldStyle

__all__ = ["pickle", "constructor",
           "add_extension", "remove_extension", "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Register pickle_function as the way to reduce objects of type
    ob_type, and constructor_ob (if given) as a safe constructor."""
    if type(ob_type) is _ClassType:
        raise TypeError("copy_reg is not intended for use with classes")
    if not hasattr(pickle_function, '__call__'):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    # The constructor is only checked: nothing keeps a list of them.
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    """Check that object can be called (the registry of safe constructors
    is gone; this is what remains of it)."""
    if not hasattr(object, '__call__'):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    return complex, (c.real, c.imag)

pickle(complex, pickle_complex, complex)


# Protocols 0 and 1 for instances of new-style classes.

def _reconstructor(cls, base, state):
    # Make an instance of cls whose value, as an instance of its nearest
    # built-in base, is state.
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj

_HEAPTYPE = 1 << 9


def _is_python_class(cls):
    # Whether cls was made by a class statement (or type()), rather than
    # built into the interpreter: CPython marks those with the heap-type
    # flag; where __flags__ is missing, a class made by a class statement
    # is told by the __module__ entry that the class statement puts in its
    # dictionary.
    flags = getattr(cls, '__flags__', None)
    if flags is not None:
        return bool(flags & _HEAPTYPE)
    return '__module__' in cls.__dict__


def _reduce_ex(self, proto):
    assert proto < 2
    # The nearest class of the MRO that is built in.
    for base in self.__class__.__mro__:
        if not _is_python_class(base):
            break
    else:
        base = object
    if base is object:
        state = None
    else:
        if base is self.__class__:
            raise TypeError("can't pickle %s objects" % base.__name__)
        state = base(self)
    args = (self.__class__, base, state)
    try:
        getstate = self.__getstate__
    except AttributeError:
        if getattr(self, "__slots__", None):
            raise TypeError("a class that defines __slots__ without "
                            "defining __getstate__ cannot be pickled")
        try:
            dict = self.__dict__
        except AttributeError:
            dict = None
    else:
        dict = getstate()
    if dict:
        return _reconstructor, args, dict
    return _reconstructor, args


# Protocol 2.

def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def _slotnames(cls):
    """The names of the slots of cls and of its bases (private names
    mangled), without __dict__ and __weakref__; cached in the class as
    __slotnames__."""
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    if hasattr(cls, "__slots__"):
        for c in cls.__mro__:
            if "__slots__" not in c.__dict__:
                continue
            slots = c.__dict__['__slots__']
            if isinstance(slots, basestring):
                slots = (slots,)
            for name in slots:
                if name in ("__dict__", "__weakref__"):
                    continue
                if name.startswith('__') and not name.endswith('__'):
                    owner = c.__name__.lstrip('_')
                    if owner:
                        name = '_%s%s' % (owner, name)
                names.append(name)
    try:
        cls.__slotnames__ = names
    except:
        # A class that refuses new attributes just gets no cache.
        pass
    return names


# The registry of extension codes (protocol 2 can pickle a registered
# (module, name) pair as a short code). Codes 1-127 are reserved for
# Python itself, 128-191 for Zope and other well-known projects, 192-239
# for third parties, 240-255 for private use, and the rest are unassigned.

_extension_registry = {}                # (module, name) -> code
_inverted_registry = {}                 # code -> (module, name)
_extension_cache = {}                   # code -> object


def add_extension(module, name, code):
    """Give the pair (module, name) the extension code code."""
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if (_extension_registry.get(key) == code and
            _inverted_registry.get(code) == key):
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s" %
                         (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" %
                         (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Unregister an extension code (for tests)."""
    key = (module, name)
    if (_extension_registry.get(key) != code or
            _inverted_registry.get(code) != key):
        raise ValueError("key %s is not registered with code %s" %
                         (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    if code in _extension_cache:
        del _extension_cache[code]


def clear_extension_cache():
    _extension_cache.clear()
