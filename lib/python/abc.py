"""Abstract Base Classes (ABCs), as PEP 3119 describes them."""
# pystm: pure Python; uses no Go module.
#
# Unlike CPython, the registries and caches of an ABC are plain sets, not
# weak sets: a class registered with, or checked against, an ABC stays
# alive as long as the ABC does.
#
# Instantiating a class whose __abstractmethods__ is not empty must raise
# TypeError. CPython's object.__new__ does that check; where the interpreter
# does not, ABCMeta does it in __call__ (see _object_new_checks below).


def abstractmethod(funcobj):
    """Mark funcobj as an abstract method: a class made by ABCMeta that
    has it, and no concrete override of it, cannot have instances."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractproperty(property):
    """A property that is abstract, as abstractmethod marks methods: the
    class cannot have instances until a subclass overrides it."""
    __isabstractmethod__ = True


class _OldStyle:
    pass
_InstanceType = type(_OldStyle())
_ClassType = type(_OldStyle)
del _OldStyle


def _abstract_error(cls):
    names = sorted(cls.__abstractmethods__)
    return TypeError("Can't instantiate abstract class %s with abstract "
                     "methods %s" % (cls.__name__, ", ".join(names)))


class ABCMeta(type):
    """The metaclass of Abstract Base Classes.

    A class may inherit from an ABC, whose concrete methods it then gets.
    Any class (a built-in one too) may also be registered with an ABC: it
    and its subclasses then count as subclasses of the ABC for
    issubclass() and isinstance(), though the ABC is not in their MRO and
    they get none of its methods.
    """

    # Bumped whenever any ABC registers a virtual subclass: every negative
    # cache filled before then must be dropped before it is used again.
    _abc_invalidation_counter = 0

    def __new__(mcls, name, bases, namespace):
        cls = super(ABCMeta, mcls).__new__(mcls, name, bases, namespace)
        abstracts = set()
        for attr, value in namespace.items():
            if getattr(value, "__isabstractmethod__", False):
                abstracts.add(attr)
        # An abstract method inherited from a base stays abstract unless
        # something concrete overrides it.
        for base in bases:
            for attr in getattr(base, "__abstractmethods__", ()):
                value = getattr(cls, attr, None)
                if getattr(value, "__isabstractmethod__", False):
                    abstracts.add(attr)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_registry = set()
        cls._abc_cache = set()
        cls._abc_negative_cache = set()
        cls._abc_negative_cache_version = ABCMeta._abc_invalidation_counter
        return cls

    def register(cls, subclass):
        """Make subclass a virtual subclass of this ABC."""
        if not isinstance(subclass, (type, _ClassType)):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return
        # Checked after the test above, so that X.register(X) does nothing.
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.add(subclass)
        ABCMeta._abc_invalidation_counter += 1

    def _dump_registry(cls, file=None):
        """Print the registry and caches of the ABC to file (for debugging)."""
        print >> file, "Class: %s.%s" % (cls.__module__, cls.__name__)
        print >> file, "Inv.counter: %s" % ABCMeta._abc_invalidation_counter
        for attr in sorted(cls.__dict__.keys()):
            if attr.startswith("_abc_"):
                print >> file, "%s: %r" % (attr, getattr(cls, attr))

    def __instancecheck__(cls, instance):
        """isinstance(instance, cls), for an ABC."""
        subclass = getattr(instance, '__class__', None)
        if subclass is not None and subclass in cls._abc_cache:
            return True
        subtype = type(instance)
        if subtype is _InstanceType:
            # An old-style instance: its class is what counts.
            subtype = subclass
        if subtype is subclass or subclass is None:
            if (cls._abc_negative_cache_version ==
                    ABCMeta._abc_invalidation_counter and
                    subtype in cls._abc_negative_cache):
                return False
            return cls.__subclasscheck__(subtype)
        # __class__ lies about the type: either one may make it an instance.
        return (cls.__subclasscheck__(subclass) or
                cls.__subclasscheck__(subtype))

    def __subclasscheck__(cls, subclass):
        """issubclass(subclass, cls), for an ABC."""
        if subclass in cls._abc_cache:
            return True
        if cls._abc_negative_cache_version < ABCMeta._abc_invalidation_counter:
            cls._abc_negative_cache = set()
            cls._abc_negative_cache_version = \
                ABCMeta._abc_invalidation_counter
        elif subclass in cls._abc_negative_cache:
            return False
        hook = getattr(cls, '__subclasshook__', None)
        ok = NotImplemented if hook is None else hook(subclass)
        if ok is not NotImplemented:
            assert isinstance(ok, bool)
            if ok:
                cls._abc_cache.add(subclass)
            else:
                cls._abc_negative_cache.add(subclass)
            return ok
        # A real subclass, a subclass of a registered class, or a subclass
        # of a subclass (these may have their own hooks and registries).
        if cls in getattr(subclass, '__mro__', ()):
            cls._abc_cache.add(subclass)
            return True
        for registered in cls._abc_registry:
            if issubclass(subclass, registered):
                cls._abc_cache.add(subclass)
                return True
        for sub in cls.__subclasses__():
            if issubclass(subclass, sub):
                cls._abc_cache.add(subclass)
                return True
        cls._abc_negative_cache.add(subclass)
        return False


def _object_new_checks():
    # Whether the interpreter's object.__new__ refuses classes that have
    # abstract methods, as CPython's does.
    class Probe(object):
        __metaclass__ = ABCMeta

        @abstractmethod
        def f(self):
            pass
    try:
        Probe()
    except TypeError:
        return True
    return False

if not _object_new_checks():
    def __call__(cls, *args, **kwargs):
        if cls.__abstractmethods__:
            raise _abstract_error(cls)
        return type.__call__(cls, *args, **kwargs)
    ABCMeta.__call__ = __call__
    del __call__
