"""Abstract Base Classes for containers, as PEP 3119 describes them.

Import them from collections; they live here so that modules which
collections itself needs (UserDict, os) can use them.
"""
# pystm: uses the Go module sys.

from abc import ABCMeta, abstractmethod
import sys

__all__ = ["Hashable", "Iterable", "Iterator",
           "Sized", "Container", "Callable",
           "Set", "MutableSet",
           "Mapping", "MutableMapping",
           "MappingView", "KeysView", "ItemsView", "ValuesView",
           "Sequence", "MutableSequence",
           ]


def _hasattr(C, attr):
    # Whether a class in C's MRO defines attr; for old-style classes,
    # which have no MRO, whether C has the attribute at all.
    try:
        mro = C.__mro__
    except AttributeError:
        return hasattr(C, attr)
    for B in mro:
        if attr in B.__dict__:
            return True
    return False


# One-trick ponies: each says whether a class has one special method.

class Hashable:
    __metaclass__ = ABCMeta

    @abstractmethod
    def __hash__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hashable:
            try:
                mro = C.__mro__
            except AttributeError:
                if getattr(C, "__hash__", None):
                    return True
            else:
                # The nearest definition of __hash__ decides; None there
                # means unhashable.
                for B in mro:
                    if "__hash__" in B.__dict__:
                        if B.__dict__["__hash__"]:
                            return True
                        break
        return NotImplemented


class Iterable:
    __metaclass__ = ABCMeta

    @abstractmethod
    def __iter__(self):
        while False:
            yield None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Iterable:
            if _hasattr(C, "__iter__"):
                return True
        return NotImplemented

Iterable.register(str)


class Iterator(Iterable):

    @abstractmethod
    def next(self):
        'Return the next item, or raise StopIteration when there is none.'
        raise StopIteration

    def __iter__(self):
        return self

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Iterator:
            if _hasattr(C, "next") and _hasattr(C, "__iter__"):
                return True
        return NotImplemented


class Sized:
    __metaclass__ = ABCMeta

    @abstractmethod
    def __len__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            if _hasattr(C, "__len__"):
                return True
        return NotImplemented


class Container:
    __metaclass__ = ABCMeta

    @abstractmethod
    def __contains__(self, x):
        return False

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Container:
            if _hasattr(C, "__contains__"):
                return True
        return NotImplemented


class Callable:
    __metaclass__ = ABCMeta

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Callable:
            if _hasattr(C, "__call__"):
                return True
        return NotImplemented


# Sets

class Set(Sized, Iterable, Container):
    """A finite container that can be iterated over.

    A subclass supplies __contains__, __iter__ and __len__; everything else
    is built on them. The comparisons all go through __le__ and __ge__, so
    a subclass that wants faster comparisons redefines those two.
    """

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) > len(other):
            return False
        for elem in self:
            if elem not in other:
                return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) < len(other):
            return False
        for elem in other:
            if elem not in self:
                return False
        return True

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    def __ne__(self, other):
        return not (self == other)

    @classmethod
    def _from_iterable(cls, it):
        '''Make a new set of this kind from an iterable; the binary
        operators use it. Override it if the constructor does not take
        an iterable.'''
        return cls(it)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(value for value in other if value in self)

    __rand__ = __and__

    def isdisjoint(self, other):
        'True if the two sets have no element in common.'
        for value in other:
            if value in self:
                return False
        return True

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        both = (e for s in (self, other) for e in s)
        return self._from_iterable(both)

    __ror__ = __or__

    def __sub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in self
                                   if value not in other)

    def __rsub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in other
                                   if value not in self)

    def __xor__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return (self - other) | (other - self)

    __rxor__ = __xor__

    # Sets are mutable unless a subclass says otherwise.
    __hash__ = None

    def _hash(self):
        """Compute the hash value of a set.

        Sets are not hashable by default; a hashable set type should have
        its __hash__ call this method. It gives every set holding the same
        elements the same hash, whatever its type or order, and the same
        value as the built-in frozenset type does.
        """
        MAX = sys.maxint
        MASK = 2 * MAX + 1
        h = (1927868237 * (len(self) + 1)) & MASK
        for x in self:
            hx = hash(x)
            h ^= (hx ^ (hx << 16) ^ 89869747) * 3644798167
            h &= MASK
        h = (h * 69069 + 907133923) & MASK
        if h > MAX:
            h -= MASK + 1
        if h == -1:
            h = 590923713
        return h

Set.register(frozenset)


class MutableSet(Set):
    """A Set that can change.

    A subclass supplies __contains__, __iter__, __len__, add() and
    discard(); the other methods are built on them.
    """

    @abstractmethod
    def add(self, value):
        """Put value in the set."""
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        """Take value out of the set if it is there; no error if not."""
        raise NotImplementedError

    def remove(self, value):
        """Take value out of the set; KeyError if it is not there."""
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        """Take some element out of the set and return it; KeyError if
        the set is empty."""
        it = iter(self)
        try:
            value = next(it)
        except StopIteration:
            raise KeyError
        self.discard(value)
        return value

    def clear(self):
        """Empty the set, one pop() at a time."""
        try:
            while True:
                self.pop()
        except KeyError:
            pass

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in (self - it):
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
        else:
            if not isinstance(it, Set):
                it = self._from_iterable(it)
            for value in it:
                if value in self:
                    self.discard(value)
                else:
                    self.add(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
        else:
            for value in it:
                self.discard(value)
        return self

MutableSet.register(set)


# Mappings

class Mapping(Sized, Iterable, Container):
    """A read-only container of key/value pairs.

    A subclass supplies __getitem__, __iter__ and __len__; the other
    methods are built on them.
    """

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        'D.get(k[,d]) -> D[k] when k is a key of D, d (None by default) otherwise.'
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def iterkeys(self):
        'D.iterkeys() -> iterator over the keys of D'
        return iter(self)

    def itervalues(self):
        'D.itervalues() -> iterator over the values of D'
        for key in self:
            yield self[key]

    def iteritems(self):
        'D.iteritems() -> iterator over the (key, value) pairs of D'
        for key in self:
            yield (key, self[key])

    def keys(self):
        "D.keys() -> a list of the keys of D"
        return list(self)

    def items(self):
        "D.items() -> a list of the (key, value) pairs of D"
        return [(key, self[key]) for key in self]

    def values(self):
        "D.values() -> a list of the values of D"
        return [self[key] for key in self]

    # Mappings are mutable unless a subclass says otherwise.
    __hash__ = None

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    def __ne__(self, other):
        return not (self == other)


class MappingView(Sized):

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, self._mapping)


class KeysView(MappingView, Set):

    @classmethod
    def _from_iterable(self, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        for key in self._mapping:
            yield key

KeysView.register(type({}.viewkeys()))


class ItemsView(MappingView, Set):

    @classmethod
    def _from_iterable(self, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        return v == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])

ItemsView.register(type({}.viewitems()))


class ValuesView(MappingView):

    def __contains__(self, value):
        for key in self._mapping:
            if value == self._mapping[key]:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]

ValuesView.register(type({}.viewvalues()))


_MISSING = object()


class MutableMapping(Mapping):
    """A Mapping that can change.

    A subclass supplies __getitem__, __setitem__, __delitem__, __iter__
    and __len__; the other methods are built on them.
    """

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    def pop(self, key, default=_MISSING):
        '''D.pop(k[,d]) -> v: remove key k and return its value; when k is
        not there, return d if it was given and raise KeyError if not.'''
        try:
            value = self[key]
        except KeyError:
            if default is _MISSING:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        '''D.popitem() -> (k, v): remove some pair and return it; KeyError
        when D is empty.'''
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        'D.clear() -> None: remove every pair from D.'
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(*args, **kwds):
        '''D.update([E, ]**F) -> None: set D[k] = v for each pair of E
        (a mapping, an object with keys(), or an iterable of pairs), then
        for each keyword argument.'''
        if not args:
            raise TypeError("descriptor 'update' of 'MutableMapping' object "
                            "needs an argument")
        self = args[0]
        args = args[1:]
        if len(args) > 1:
            raise TypeError('update expected at most 1 arguments, got %d' %
                            len(args))
        if args:
            other = args[0]
            if isinstance(other, Mapping):
                for key in other:
                    self[key] = other[key]
            elif hasattr(other, "keys"):
                for key in other.keys():
                    self[key] = other[key]
            else:
                for key, value in other:
                    self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        'D.setdefault(k[,d]) -> D[k], after setting it to d (None by default) if k was missing'
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default

MutableMapping.register(dict)


# Sequences

class Sequence(Sized, Iterable, Container):
    """A read-only sequence.

    A subclass supplies __getitem__ and __len__ (and its own __init__ or
    __new__); iteration, membership, reversed(), index() and count() are
    built on them.
    """

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        i = 0
        try:
            while True:
                v = self[i]
                yield v
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        for v in self:
            if v == value:
                return True
        return False

    def __reversed__(self):
        for i in reversed(range(len(self))):
            yield self[i]

    def index(self, value):
        '''S.index(value) -> int: the first index holding value;
        ValueError if there is none.'''
        i = 0
        for v in self:
            if v == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        'S.count(value) -> int: how many items equal value'
        return sum(1 for v in self if v == value)

Sequence.register(tuple)
Sequence.register(basestring)
try:
    Sequence.register(buffer)
except NameError:
    pass
Sequence.register(xrange)


class MutableSequence(Sequence):
    """A sequence that can change.

    A subclass supplies __getitem__, __setitem__, __delitem__, __len__ and
    insert() (and its own __init__ or __new__); the other list-like
    methods are built on them.
    """

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        'S.insert(index, object): put object before position index'
        raise IndexError

    def append(self, value):
        'S.append(object): add object at the end'
        self.insert(len(self), value)

    def reverse(self):
        'S.reverse(): reverse the order of the items, in place'
        n = len(self)
        for i in range(n // 2):
            self[i], self[n - i - 1] = self[n - i - 1], self[i]

    def extend(self, values):
        'S.extend(iterable): append each item of iterable'
        for v in values:
            self.append(v)

    def pop(self, index=-1):
        '''S.pop([index]) -> item: remove the item at index (the last by
        default) and return it; IndexError if there is none.'''
        v = self[index]
        del self[index]
        return v

    def remove(self, value):
        '''S.remove(value): remove the first item equal to value;
        ValueError if there is none.'''
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self

MutableSequence.register(list)
