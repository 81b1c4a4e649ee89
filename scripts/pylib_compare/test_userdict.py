# UserDict, UserList, UserString.
import UserDict
import UserList
import UserString
import collections
import warnings


def attempt(f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        return 'EXC %s: %s' % (type(e).__name__, e)
    return r

U = UserDict.UserDict
u = U({'a': 1}, b=2)
print sorted(u.items()), len(u), u['a'], attempt(u.__getitem__, 'z'), 'a' in u
print repr(U()), u == {'a': 1, 'b': 2}, u == U(a=1, b=2), cmp(u, {}), u < {'z': 1}
u['c'] = 3
del u['a']
print sorted(u.keys()), sorted(u.values()), u.has_key('c'), u.get('c'), \
    u.get('q', 4), u.setdefault('d', 9), u.pop('d'), u.pop('zz', 0)
print attempt(u.pop, 'zz'), sorted(u.iteritems()), sorted(u.iterkeys()), \
    sorted(u.itervalues())
print attempt(U, {}, {}), attempt(U.__init__), attempt(U.update)
print U.fromkeys('ab', 0), type(U.fromkeys('ab'))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    x = U(dict={'q': 1})
    x.update(dict={'r': 2})
    print sorted(x.items()), [str(m.message) for m in w], \
        [m.category.__name__ for m in w]
print attempt(hash, u), u.copy(), type(u.copy())


class Sub(U):
    def __init__(self, *a, **k):
        U.__init__(self, *a, **k)
        self.extra = 'x'

    def __missing__(self, key):
        return 'missing ' + key
s = Sub(a=1)
c = s.copy()
print c, type(c).__name__, c.extra, c is not s, s['zz']
u.update(U(z=26))
u.update([('y', 25)])


class HasItems(object):
    def items(self):
        return [('w', 23)]
u.update(HasItems())
print sorted(u.items())
u.clear()
print u, u.popitem() if u else 'empty', attempt(u.popitem)
iu = UserDict.IterableUserDict(a=1, b=2)
print sorted(iu), isinstance(iu, collections.MutableMapping), \
    isinstance(u, collections.MutableMapping), \
    isinstance(iu, collections.Mapping)


class DM(UserDict.DictMixin):
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        return self.d[k]

    def __setitem__(self, k, v):
        self.d[k] = v

    def __delitem__(self, k):
        del self.d[k]

    def keys(self):
        return sorted(self.d)
dm = DM()
dm.update({'a': 1}, b=2)
dm.update([('c', 3)])
dm.update(U(d=4))
print dm, len(dm), list(dm), dm.items(), dm.values(), list(dm.iterkeys())
print 'a' in dm, dm.has_key('z'), dm.get('z'), dm.get('a'), dm.setdefault('e', 5)
print dm.pop('a'), attempt(dm.pop, 'a'), dm.pop('a', 0), attempt(dm.pop, 1, 2, 3)
print dm.popitem(), dm == {'c': 3, 'd': 4, 'e': 5}, cmp(dm, None), dm == dm
dm.clear()
print dm, attempt(dm.popitem)

# UserList
L = UserList.UserList
l = L([3, 1, 2])
print l, repr(L()), len(l), l[0], l[-1], l[1:], type(l[1:]).__name__
print l == [3, 1, 2], l < [4], l > L([3]), l != l, l <= l, l >= [9], cmp(l, [3])
print 1 in l, l + [4], [0] + l, l + L([5]), l + (6,), (6,) + l, l * 2, 2 * l
l2 = L(l)
l2 += [7]
l2 *= 2
l2.append(8)
l2.insert(0, 9)
l2.extend(L([10]))
l2.extend((11,))
print l2, l2.pop(), l2.pop(0), l2.count(7), l2.index(7), l2.index(7, 4)
l2.remove(7)
l2.reverse()
print l2
l2.sort()
print l2
l2.sort(reverse=True, key=lambda v: v % 3)
print l2
l2[0] = 'x'
l2[1:3] = ['y', 'z']
l2[1:2] = L(['L'])
l2[:1] = 'ab'
del l2[0]
del l2[-2:]
print l2, attempt(hash, l2), attempt(l2.remove, 'q')
print L('abc'), L(xrange(3)), L(L([1])), isinstance(l, collections.MutableSequence)
print list(reversed(l)), l[::2], type(l[::-1]).__name__

# UserString
S = UserString.UserString
s = S('Hello World')
print s, repr(s), len(s), s[0], type(s[0]).__name__, s[1:4], s[::2], s[-100:3]
print s + '!', '!' + s, s + S('?'), s + 1, 1 + s, s * 2, 2 * s, S('%s-%d') % ('a', 2)
print s.lower(), s.upper(), s.swapcase(), s.title(), s.capitalize(), s.center(15, '*')
print s.count('l'), s.count('l', 4), s.find('o'), s.rfind('o'), s.index('W'), \
    attempt(s.index, 'q'), s.rindex('l'), s.endswith('ld'), s.startswith('He', 0, 3)
print s.split(), s.rsplit('o', 1), s.partition(' '), s.rpartition('o'), \
    s.splitlines(), S('a\nb').splitlines(True)
print s.replace('l', 'L', 2), s.strip('Hd'), s.lstrip('H'), s.rstrip('d'), \
    s.ljust(13, '.'), s.rjust(13), s.zfill(14), S('a\tb').expandtabs(4)
print s.isalpha(), S('ab').isalpha(), S('12').isdigit(), S(u'12').isnumeric(), \
    S(u'12').isdecimal(), S(' ').isspace(), s.istitle(), S('a').islower(), \
    S('A').isupper(), S('a1').isalnum()
print s.join(['x', 'y']), s.translate(None, 'lo'), S(u'\xe9').encode('utf-8'), \
    repr(S('\xc3\xa9').decode('utf-8')), repr(S('a').encode())
print int(S('12')), long(S('12')), float(S('1.5')), complex(S('1j')), \
    hash(S('ab')) == hash('ab'), S('a') == 'a', S('a') < S('b'), 'e' in s
print S(12), S(S('q')), S(u'uni'), isinstance(s, collections.Sequence), \
    list(reversed(S('abc')))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    m = UserString.MutableString('abcdef')
    print len(w)
m[0] = 'X'
m[-1] = 'Y'
m[1:3] = 'zz'
m[::-1] = m.data[::-1]
print m, attempt(m.__setitem__, 10, 'q'), attempt(m.__setitem__, slice(0, 4, 2), 'q')
del m[0]
del m[1:2]
del m[::-1]
print repr(m)
m2 = UserString.MutableString('hello')
m2[1:3] = S('EL')
m2[0:1] = 5
m2 += 'x'
m2 += S('y')
m2 += 1
m2 *= 2
m2.insert(0, '>')
m2.append('<')
print m2, attempt(hash, m2), m2.immutable(), type(m2.immutable()).__name__
print attempt(m2.__delitem__, 100), attempt(m2.__delitem__, slice(0, 5, 2))
m2[2:] = m2[:2]
m2.__setslice__(-1, 1, ['?'])
print m2
m2.__delslice__(0, 1)
m2.reverse()
print m2, UserString.__all__
