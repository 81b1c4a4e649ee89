"""More containers:

* namedtuple   makes tuple classes whose items also have names
* deque        a double-ended queue, fast to grow and shrink at both ends
* Counter      a dict of counts, a multiset
* OrderedDict  a dict that keeps its keys in insertion order
* defaultdict  a dict that makes the values of missing keys itself

and the container ABCs (Mapping, Sequence, ...), which live in _abcoll.
"""
# pystm: uses the Go modules _collections (deque, defaultdict), operator,
# itertools, sys (namedtuple reads sys._getframe) and thread (get_ident, if
# there).
#
# namedtuple builds its classes by exec'ing generated source, as CPython's
# does, so that __new__ has the fields as named parameters; the generated
# source is pystm's own, so namedtuple(..., verbose=True) prints different
# text from CPython's.

__all__ = ['Counter', 'deque', 'defaultdict', 'namedtuple', 'OrderedDict']

from _abcoll import *
import _abcoll
__all__ += _abcoll.__all__

from _collections import deque, defaultdict
from operator import itemgetter as _itemgetter, eq as _eq
from keyword import iskeyword as _iskeyword
import sys as _sys
import heapq as _heapq
from itertools import repeat as _repeat, chain as _chain, starmap as _starmap
from itertools import imap as _imap

try:
    from thread import get_ident as _get_ident
except ImportError:
    def _get_ident():
        return 0


# OrderedDict

class OrderedDict(dict):
    'A dict that keeps its keys in the order they were first set.'
    # The dict itself maps keys to values; __map maps each key to its node
    # in a circular doubly linked list that holds the keys in order. A node
    # is a list [previous node, next node, key]; __root is a sentinel node
    # that is never removed, its next node the first key's, its previous
    # node the last key's.

    def __init__(*args, **kwds):
        '''Make an ordered dictionary: the arguments are those of dict(),
        but keyword arguments come in no particular order.'''
        if not args:
            raise TypeError("descriptor '__init__' of 'OrderedDict' object "
                            "needs an argument")
        self = args[0]
        args = args[1:]
        if len(args) > 1:
            raise TypeError('expected at most 1 arguments, got %d' % len(args))
        try:
            self.__root
        except AttributeError:
            root = []
            root[:] = [root, root, None]
            self.__root = root
            self.__map = {}
        self.__update(*args, **kwds)

    def __setitem__(self, key, value, dict_setitem=dict.__setitem__):
        'od[i] = y; a new key goes last'
        if key not in self:
            root = self.__root
            last = root[0]
            node = [last, root, key]
            last[1] = root[0] = self.__map[key] = node
        return dict_setitem(self, key, value)

    def __delitem__(self, key, dict_delitem=dict.__delitem__):
        'del od[y]'
        dict_delitem(self, key)
        prev, next, _ = self.__map.pop(key)
        prev[1] = next
        next[0] = prev

    def __iter__(self):
        'iter(od): the keys, in order'
        root = self.__root
        node = root[1]
        while node is not root:
            yield node[2]
            node = node[1]

    def __reversed__(self):
        'reversed(od): the keys, last first'
        root = self.__root
        node = root[0]
        while node is not root:
            yield node[2]
            node = node[0]

    def clear(self):
        'od.clear(): remove every key.'
        root = self.__root
        root[:] = [root, root, None]
        self.__map.clear()
        dict.clear(self)

    # The methods below use only the ones above.

    def keys(self):
        'od.keys() -> the keys, in order'
        return list(self)

    def values(self):
        'od.values() -> the values, in order'
        return [self[key] for key in self]

    def items(self):
        'od.items() -> the (key, value) pairs, in order'
        return [(key, self[key]) for key in self]

    def iterkeys(self):
        'od.iterkeys() -> iterator over the keys, in order'
        return iter(self)

    def itervalues(self):
        'od.itervalues() -> iterator over the values, in order'
        for key in self:
            yield self[key]

    def iteritems(self):
        'od.iteritems() -> iterator over the (key, value) pairs, in order'
        for key in self:
            yield (key, self[key])

    update = MutableMapping.__dict__['update']
    # __init__ uses its own reference, so that a subclass may override
    # update without breaking construction.
    __update = update

    __marker = object()

    def pop(self, key, default=__marker):
        '''od.pop(k[,d]) -> v: remove key k and return its value; when k is
        missing, return d if given, else raise KeyError.'''
        if key in self:
            value = self[key]
            del self[key]
            return value
        if default is self.__marker:
            raise KeyError(key)
        return default

    def setdefault(self, key, default=None):
        'od.setdefault(k[,d]) -> od[k], after setting it to d if k was missing'
        if key in self:
            return self[key]
        self[key] = default
        return default

    def popitem(self, last=True):
        '''od.popitem() -> (k, v): remove a pair and return it, the last
        one added if last is true, the first one otherwise.'''
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            key = next(reversed(self))
        else:
            key = next(iter(self))
        value = self.pop(key)
        return key, value

    def __repr__(self, _repr_running={}):
        'repr(od): OrderedDict([(key, value), ...])'
        call_key = id(self), _get_ident()
        if call_key in _repr_running:
            return '...'
        _repr_running[call_key] = 1
        try:
            if not self:
                return '%s()' % (self.__class__.__name__,)
            return '%s(%r)' % (self.__class__.__name__, self.items())
        finally:
            del _repr_running[call_key]

    def __reduce__(self):
        'The class, the items and the instance dictionary, for pickle and copy.'
        items = [[k, self[k]] for k in self]
        inst_dict = vars(self).copy()
        for k in vars(OrderedDict()):
            inst_dict.pop(k, None)
        if inst_dict:
            return (self.__class__, (items,), inst_dict)
        return self.__class__, (items,)

    def copy(self):
        'od.copy() -> a new OrderedDict with the same items'
        return self.__class__(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        '''OD.fromkeys(S[, v]) -> a new ordered dictionary whose keys are
        the items of S, each with the value v (None by default).'''
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __eq__(self, other):
        '''od.__eq__(y) <==> od==y. Two OrderedDicts must also have their
        keys in the same order; against other mappings order is
        ignored.'''
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and all(_imap(_eq, self, other))
        return dict.__eq__(self, other)

    def __ne__(self, other):
        'od != y'
        return not self == other

    def viewkeys(self):
        "od.viewkeys() -> a set-like view of od's keys"
        return KeysView(self)

    def viewvalues(self):
        "od.viewvalues() -> a view of od's values"
        return ValuesView(self)

    def viewitems(self):
        "od.viewitems() -> a set-like view of od's (key, value) pairs"
        return ItemsView(self)


# namedtuple

_TEMPLATE = '''\
class {name}(tuple):
    '{name}({args})'

    __slots__ = ()

    _fields = {fields!r}

    def __new__(_cls, {args}):
        'Make a new {name} from the values of its fields'
        return _tuple.__new__(_cls, ({args}))

    @classmethod
    def _make(cls, iterable, new=tuple.__new__, len=len):
        'Make a new {name} from any sequence or iterable of {count:d} values'
        result = new(cls, iterable)
        if len(result) != {count:d}:
            raise TypeError('Expected {count:d} arguments, got %d' % len(result))
        return result

    def __repr__(self):
        'Show the fields by name'
        return '{name}({repr_fmt})' % self

    def _asdict(self):
        'An OrderedDict of the field names and their values'
        return OrderedDict(zip(self._fields, self))

    def _replace(_self, **kwds):
        'A new {name} with the fields named in the keywords changed'
        result = _self._make(map(kwds.pop, {fields!r}, _self))
        if kwds:
            raise ValueError('Got unexpected field names: %r' % kwds.keys())
        return result

    def __getnewargs__(self):
        'The fields as a plain tuple, for copy and pickle'
        return tuple(self)

    __dict__ = _property(_asdict)

    def __getstate__(self):
        'Nothing: the OrderedDict of __dict__ is not pickled'
        pass

{properties}
'''

_PROPERTY = '''\
    {name} = _property(_itemgetter({index:d}), doc='Alias for field number {index:d}')
'''


def _bad_name(name):
    # A name that rename=True replaces.
    for c in name:
        if not (c.isalnum() or c == '_'):
            return True
    return (_iskeyword(name) or not name or name[0].isdigit() or
            name.startswith('_'))


def namedtuple(typename, field_names, verbose=False, rename=False):
    """Return a new subclass of tuple whose fields have names.

    field_names is a sequence of names or a string of names separated by
    spaces or commas. With rename true, invalid names (keywords,
    duplicates, names starting with a digit or an underscore) are replaced
    by '_' and their position.

    >>> Point = namedtuple('Point', ['x', 'y'])
    >>> Point.__doc__
    'Point(x, y)'
    >>> p = Point(11, y=22)
    >>> p[0] + p[1]
    33
    >>> p.x + p.y
    33
    >>> d = p._asdict()
    >>> d['x']
    11
    >>> Point(**d)
    Point(x=11, y=22)
    >>> p._replace(x=100)
    Point(x=100, y=22)
    """
    if isinstance(field_names, basestring):
        field_names = field_names.replace(',', ' ').split()
    field_names = map(str, field_names)
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if _bad_name(name) or name in seen:
                field_names[index] = '_%d' % index
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) != str:
            raise TypeError('Type names and field names must be strings')
        for c in name:
            if not (c.isalnum() or c == '_'):
                raise ValueError('Type names and field names can only '
                                 'contain alphanumeric characters and '
                                 'underscores: %r' % name)
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a '
                             'keyword: %r' % name)
        if name[0].isdigit():
            raise ValueError('Type names and field names cannot start with '
                             'a number: %r' % name)
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             '%r' % name)
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % name)
        seen.add(name)

    fields = tuple(field_names)
    # "a, b" for two fields, "a," for one, "" for none.
    args = repr(fields).replace("'", "")[1:-1]
    source = _TEMPLATE.format(
        name=typename,
        args=args,
        fields=fields,
        count=len(fields),
        repr_fmt=', '.join('%s=%%r' % name for name in fields),
        properties='\n'.join(_PROPERTY.format(index=index, name=name)
                             for index, name in enumerate(fields)))
    if verbose:
        print source
    namespace = {'_itemgetter': _itemgetter,
                 '__name__': 'namedtuple_%s' % typename,
                 'OrderedDict': OrderedDict,
                 '_property': property,
                 '_tuple': tuple}
    try:
        exec source in namespace
    except SyntaxError as e:
        raise SyntaxError(e.message + ':\n' + source)
    result = namespace[typename]
    # The class belongs to the module that called namedtuple (pickle looks
    # it up there).
    try:
        result.__module__ = _sys._getframe(1).f_globals.get('__name__',
                                                            '__main__')
    except (AttributeError, ValueError):
        pass
    return result


# Counter

class Counter(dict):
    '''A dict that counts hashable items (a bag, or multiset): the items
    are its keys, their counts its values. A missing item counts 0.

    >>> c = Counter('abcdeabcdabcaba')
    >>> c.most_common(3)
    [('a', 5), ('b', 4), ('c', 3)]
    >>> sorted(c.elements())[:6]
    ['a', 'a', 'a', 'a', 'a', 'b']
    >>> c['z']
    0
    '''

    def __init__(*args, **kwds):
        '''Make a Counter, counting the items of an iterable or taking the
        counts of a mapping, and then of the keyword arguments.'''
        if not args:
            raise TypeError("descriptor '__init__' of 'Counter' object "
                            "needs an argument")
        self = args[0]
        args = args[1:]
        if len(args) > 1:
            raise TypeError('expected at most 1 arguments, got %d' % len(args))
        super(Counter, self).__init__()
        self.update(*args, **kwds)

    def __missing__(self, key):
        'An item that is not there counts zero.'
        return 0

    def most_common(self, n=None):
        '''The n most common items and their counts, most common first
        (all of them if n is None).'''
        if n is None:
            return sorted(self.iteritems(), key=_itemgetter(1), reverse=True)
        return _heapq.nlargest(n, self.iteritems(), key=_itemgetter(1))

    def elements(self):
        '''An iterator over the items, each repeated as many times as its
        count; items whose count is not positive are left out.'''
        return _chain.from_iterable(_starmap(_repeat, self.iteritems()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(*args, **kwds):
        '''Add counts: those of a mapping, or one for each item of an
        iterable, then those of the keyword arguments.'''
        if not args:
            raise TypeError("descriptor 'update' of 'Counter' object "
                            "needs an argument")
        self = args[0]
        args = args[1:]
        if len(args) > 1:
            raise TypeError('expected at most 1 arguments, got %d' % len(args))
        iterable = args[0] if args else None
        if iterable is not None:
            if isinstance(iterable, Mapping):
                if self:
                    get = self.get
                    for elem, count in iterable.iteritems():
                        self[elem] = get(elem, 0) + count
                else:
                    # Nothing to add to: take the counts as they are.
                    super(Counter, self).update(iterable)
            else:
                get = self.get
                for elem in iterable:
                    self[elem] = get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(*args, **kwds):
        '''Subtract counts: those of a mapping, or one for each item of an
        iterable, then those of the keyword arguments. Counts may go to
        zero or below.'''
        if not args:
            raise TypeError("descriptor 'subtract' of 'Counter' object "
                            "needs an argument")
        self = args[0]
        args = args[1:]
        if len(args) > 1:
            raise TypeError('expected at most 1 arguments, got %d' % len(args))
        iterable = args[0] if args else None
        if iterable is not None:
            get = self.get
            if isinstance(iterable, Mapping):
                for elem, count in iterable.items():
                    self[elem] = get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        'A new Counter with the same counts.'
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        'As dict.__delitem__, but a missing item is no error.'
        if elem in self:
            super(Counter, self).__delitem__(elem)

    def __repr__(self):
        if not self:
            return '%s()' % self.__class__.__name__
        items = ', '.join(map('%r: %r'.__mod__, self.most_common()))
        return '%s({%s})' % (self.__class__.__name__, items)

    # Multiset operations. Their results keep positive counts only.

    def __add__(self, other):
        '''The sums of the counts.'''
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            total = count + other[elem]
            if total > 0:
                result[elem] = total
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        '''The differences of the counts.'''
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            diff = count - other[elem]
            if diff > 0:
                result[elem] = diff
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        '''The greater of each pair of counts.'''
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            theirs = other[elem]
            best = theirs if count < theirs else count
            if best > 0:
                result[elem] = best
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        '''The lesser of each pair of counts.'''
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            theirs = other[elem]
            least = count if count < theirs else theirs
            if least > 0:
                result[elem] = least
        return result
