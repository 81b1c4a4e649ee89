# TypeErrors: unhashable types, non-iterables, len(), bad argument types.
def t(label, f):
    try:
        r = f()
        print label, '->', repr(r)
    except Exception as e:
        print label, '->', type(e).__name__ + ':', e

t('hash([])', lambda: hash([]))
t('hash({})', lambda: hash({}))
t('hash(set())', lambda: hash(set()))
t('hash(bytearray())', lambda: hash(bytearray()))
t('hash(([],))', lambda: hash(([],)))
t('{[]: 1}', lambda: {[]: 1})
t('set([[1]])', lambda: set([[1]]))
t('frozenset([{}])', lambda: frozenset([{}]))
t('[] in set()', lambda: [] in set())
t('{}.get([])', lambda: {}.get([]))
t('{}.setdefault({})', lambda: {}.setdefault({}))
t('dict.fromkeys([[]])', lambda: dict.fromkeys([[]]))
class NoHash(object):
    __hash__ = None
t('hash(NoHash())', lambda: hash(NoHash()))
class EqOnly(object):
    def __eq__(self, o):
        return True
t('hash(EqOnly()) is allowed in 2.7', lambda: type(hash(EqOnly())).__name__)
class BadHash(object):
    def __hash__(self):
        return 'x'
t('hash(BadHash())', lambda: hash(BadHash()))
class LongHash(object):
    def __hash__(self):
        return 2 ** 100
t('hash(LongHash()) is an int', lambda: type(hash(LongHash())).__name__)

for v in (5, 1.5, None, True, len, object()):
    t('iter(%s)' % type(v).__name__, lambda: iter(v))
t('for x in 5', lambda: [x for x in 5])
t('list(None)', lambda: list(None))
t('tuple(1)', lambda: tuple(1))
t('sorted(5)', lambda: sorted(5))
t('"".join(5)', lambda: ''.join(5))
t('sum(5)', lambda: sum(5))
t('zip(1, 2)', lambda: zip(1, 2))
t('zip([1], 2)', lambda: zip([1], 2))
t('map(str, 5)', lambda: map(str, 5))
t('enumerate(5)', lambda: enumerate(5))
t('min(5)', lambda: min(5))
t('any(5)', lambda: any(5))
t('set(5)', lambda: set(5))
t('[].extend(5)', lambda: [].extend(5))
t('1 in 5', lambda: 1 in 5)
t('1 in None', lambda: 1 in None)
t('"a" in 5.0', lambda: 'a' in 5.0)
t('1 in "abc"', lambda: 1 in 'abc')
t('[] in "abc"', lambda: [] in 'abc')
t('1 in u"abc"', lambda: 1 in u'abc')
t('"ab" in ["a"]', lambda: 'ab' in ['a'])
t('len(5)', lambda: len(5))
t('len(None)', lambda: len(None))
t('len(iter([]))', lambda: len(iter([])))
t('len(x for x in [])', lambda: len(x for x in []))
t('len(1.5)', lambda: len(1.5))
class BadLen(object):
    def __len__(self):
        return -1
class StrLen(object):
    def __len__(self):
        return 'x'
class BigLen(object):
    def __len__(self):
        return 2 ** 70
t('len(BadLen())', lambda: len(BadLen()))
t('len(StrLen())', lambda: len(StrLen()))
t('len(BigLen())', lambda: len(BigLen()))
t('bool(BadLen())', lambda: bool(BadLen()))
class BadNonzero(object):
    def __nonzero__(self):
        return 'yes'
t('bool(BadNonzero())', lambda: bool(BadNonzero()))
t('not BadNonzero()', lambda: not BadNonzero())
class IntNonzero(object):
    def __nonzero__(self):
        return 2
t('bool(IntNonzero())', lambda: bool(IntNonzero()))
t('"".join([1, 2])', lambda: ''.join(['a', 2]))
t('",".join([None])', lambda: ','.join([None]))
t('u"".join(["a", 1])', lambda: u''.join(['a', 1]))
t('sum(["a", "b"])', lambda: sum(['a', 'b']))
t('sum(["a"], "")', lambda: sum(['a'], ''))
t('sum([[1]], [])', lambda: sum([[1]], []))
t('sum([1, "a"])', lambda: sum([1, 'a']))
t('int(None)', lambda: int(None))
t('int([])', lambda: int([]))
t('float(None)', lambda: float(None))
t('float([])', lambda: float([]))
t('long({})', lambda: long({}))
t('complex(None)', lambda: complex(None))
t('complex([])', lambda: complex([]))
t('str(1, 2)', lambda: str(1, 2))
t('unicode(5, "utf-8")', lambda: unicode(5, 'utf-8'))
t('abs(None)', lambda: abs(None))
t('round("x")', lambda: round('x'))
t('divmod("a", 1)', lambda: divmod('a', 1))
t('hex(1.5)', lambda: hex(1.5))
t('oct("8")', lambda: oct('8'))
t('bin(1.5)', lambda: bin(1.5))
t('chr("a")', lambda: chr('a'))
t('chr(1.5)', lambda: chr(1.5))
t('ord(5)', lambda: ord(5))
t('range(1.5)', lambda: range(1.5))
t('range("3")', lambda: range('3'))
t('xrange(1.5)', lambda: xrange(1.5))
t('"abc"[1:"2"]', lambda: 'abc'[1:'2'])
t('isinstance(1, 1)', lambda: isinstance(1, 1))
t('isinstance(1, (int, 1))', lambda: isinstance(1, (int, 1)))
t('issubclass(1, int)', lambda: issubclass(1, int))
t('issubclass(int, 1)', lambda: issubclass(int, 1))
t('callable()', lambda: callable())
t('vars(1)', lambda: vars(1))
t('dir(1, 2)', lambda: dir(1, 2))
t('getattr(1, None)', lambda: getattr(1, None))
t('iter(5, 5)', lambda: iter(5, 5))
t('next(5)', lambda: next(5))
t('next([])', lambda: next([]))
t('reversed(5)', lambda: reversed(5))
t('reversed({})', lambda: reversed({}))
t('reversed(x for x in [])', lambda: reversed(x for x in []))
t('type(1, 2)', lambda: type(1, 2))
t('type("x", 1, {})', lambda: type('x', 1, {}))
t('type("x", (1,), {})', lambda: type('x', (1,), {}))
t('type("x", (), 1)', lambda: type('x', (), 1))
t('object.__new__(5)', lambda: object.__new__(5))
t('object.__new__(int)', lambda: object.__new__(int))
t('int.__new__(str)', lambda: int.__new__(str))
t('list.append(5, 1)', lambda: list.append(5, 1))
t('str.upper(5)', lambda: str.upper(5))
t('dict.keys([])', lambda: dict.keys([]))
t('bytearray(1.5)', lambda: bytearray(1.5))
t('bytearray(u"x")', lambda: bytearray(u'x'))
t('buffer(5)', lambda: buffer(5))
t('memoryview("x")', lambda: memoryview(u'x'))
t('slice()', lambda: slice())
t('property(1, 2, 3, 4, 5)', lambda: property(1, 2, 3, 4, 5))
t('staticmethod()', lambda: staticmethod())
t('super()', lambda: super())
t('compile(5, "f", "exec")', lambda: compile(5, 'f', 'exec'))
t('compile("x", "f", "bogus")', lambda: compile('x', 'f', 'bogus'))
t('eval(5)', lambda: eval(5))
t('eval("1", 5)', lambda: eval('1', 5))
def exec_in(ns):
    exec 'x = 1' in ns
t('exec in 5', lambda: exec_in(5))
t('open(5.5)', lambda: open(5.5))
t('open("f", "zz")', lambda: open('f', 'zz'))
t('open("", "r", "x")', lambda: open('', 'r', 'x'))
t('setattr(1)', lambda: setattr(1))
t('cmp(1)', lambda: cmp(1))
t('coerce(1, "a")', lambda: coerce(1, 'a'))
t('intern(u"x")', lambda: intern(u'x'))
t('unichr("a")', lambda: unichr('a'))
t('format(1, 2)', lambda: format(1, 2))
t('locals(1)', lambda: locals(1))
t('globals(1)', lambda: globals(1))
t('id()', lambda: id())
t('input(1, 2)', lambda: input(1, 2))
t('raw_input(1, 2)', lambda: raw_input(1, 2))
t('execfile(5)', lambda: execfile(5))
t('reload(5)', lambda: reload(5))
t('filter(None, 5)', lambda: filter(None, 5))
t('frozenset(1)', lambda: frozenset(1))
t('classmethod(1)()', lambda: classmethod(1).__get__(None, int)())
