package pypystm_test

import (
	"fmt"
	"testing"

	"github.com/pystm/pystm/internal/pyrun"
	"github.com/pystm/pystm/stm"
)

// runPython runs src as the main script of a fresh interpreter and
// returns its output and exit status.
func runPython(t *testing.T, name, src string) (string, int) { return pyrun.Run(t, name, src) }

// runChecks runs a self-checking script: it must print "ok" and exit
// with status 0 (an assert statement that fails prints its traceback).
func runChecks(t *testing.T, name, src string) {
	t.Helper()
	out, status := runPython(t, name, src)
	if status != 0 || out != "ok\n" {
		t.Fatalf("status %d, output:\n%s", status, out)
	}
}

// raises is a Python helper the scripts share: the message of the
// exception f(*args) raises, prefixed by the exception's class name.
const raises = `
def raises(f, *args):
    try:
        f(*args)
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)
    raise AssertionError('%r%r raised nothing' % (f, args))
`

// TestStmdict checks stmdict's operations against a dict's, messages
// included.
func TestStmdict(t *testing.T) {
	runChecks(t, "stmdict.py", raises+`
from pypystm import stmdict
d, ref = stmdict(), {}
assert repr(d).startswith('<pypystm.stmdict object at 0x') and repr(d).endswith('>')
assert type(d).__name__ == 'stmdict' and type(d).__module__ == 'pypystm'
assert len(d) == 0 and not d and list(d) == [] and d.keys() == []
keys = range(-50, 3000, 7) + ['a', 'b', u'c', (1, 2), 2.5, None, True, 10**30]
for k in keys:
    d[k] = ref[k] = repr(k)
assert len(d) == len(ref) and d
for k in keys:
    assert d[k] == ref[k] and k in d and d.get(k) == ref[k]
assert 1.0 in d and d[1.0] == ref[1] and d[True] == ref[1]
assert 4 not in d and d.get(4) is None and d.get(4, 'x') == 'x'
assert sorted(d.keys()) == sorted(ref.keys())
assert sorted(d.values()) == sorted(ref.values())
assert sorted(d.items()) == sorted(ref.items())
assert sorted(d.iterkeys()) == sorted(ref) == sorted(d)
assert sorted(d.itervalues()) == sorted(ref.itervalues())
assert sorted(d.iteritems()) == sorted(ref.iteritems())
# The iterators run over a snapshot.
it = d.iterkeys()
d['new'] = 1
assert 'new' not in list(it)
del d['new']
# A key stays the object first stored.
d[1.0] = 'float'
assert d[1] == 'float' and [k for k in d if k == 1][0] is True
d[True] = ref[1]
# pop, setdefault, del
assert d.pop(-50) == ref.pop(-50) and -50 not in d
assert d.pop(-50, 'gone') == 'gone' and d.pop(-50, None) is None
assert d.setdefault('a', 'other') == ref['a']
assert d.setdefault('z') is None and d['z'] is None
assert d.setdefault('y', 5) == 5 and d['y'] == 5
del d['z'], d['y']
del d[(1, 2)], ref[(1, 2)]
assert sorted(d.items()) == sorted(ref.items())
# Errors, with a dict's messages.
assert raises(d.__getitem__, 4) == raises(ref.__getitem__, 4) == 'KeyError: 4'
e = raises(d.__getitem__, (4, 5))
assert e == raises(ref.__getitem__, (4, 5)) == 'KeyError: (4, 5)', e
assert raises(d.__delitem__, 4) == raises(ref.__delitem__, 4)
assert raises(d.pop, 4) == raises(ref.pop, 4)
for f in ('__getitem__', '__setitem__', '__delitem__', '__contains__', 'get', 'pop', 'setdefault'):
    args = ([1], 0) if f == '__setitem__' else ([1],)
    e = raises(getattr(d, f), *args)
    assert e == raises(getattr(ref, f), *args) == "TypeError: unhashable type: 'list'", (f, e)
for f, args in [('get', ()), ('get', (1, 2, 3)), ('pop', ()), ('pop', (1, 2, 3)),
                ('setdefault', ()), ('setdefault', (1, 2, 3)), ('keys', (1,)),
                ('values', (1,)), ('items', (1,)), ('iterkeys', (1,)),
                ('itervalues', (1,)), ('iteritems', (1,))]:
    e = raises(getattr(d, f), *args)
    assert e == raises(getattr(ref, f), *args), (f, args, e)
try:
    d.get(1, default=2)
except TypeError as e:
    assert str(e) == 'get() takes no keyword arguments', e
else:
    raise AssertionError('get with a keyword')
assert raises(stmdict, 1) == 'TypeError: stmdict() takes no arguments (1 given)'
# Many keys: the table grows.
d = stmdict()
for i in xrange(20000):
    d[i * 1024] = i
for i in xrange(20000):
    d['s%d' % i] = i
assert len(d) == 40000
assert all(d[i * 1024] == i and d['s%d' % i] == i for i in xrange(20000))
for i in xrange(0, 20000, 2):
    del d[i * 1024]
assert len(d) == 30000 and (2 * 1024) not in d and d[1024] == 1
print 'ok'
`)
}

// TestStmset checks stmset's operations against a set's.
func TestStmset(t *testing.T) {
	runChecks(t, "stmset.py", raises+`
from pypystm import stmset
s, ref = stmset(), set()
assert repr(s).startswith('<pypystm.stmset object at 0x')
assert len(s) == 0 and not s and list(s) == []
for i in range(300):
    s.add(i % 70)
    ref.add(i % 70)
s.add('x')
ref.add('x')
assert len(s) == len(ref) == 71 and sorted(s) == sorted(ref) and s
assert 5 in s and 5.0 in s and 70 not in s and 'x' in s
assert s.remove(5) is None and 5 not in s
assert s.discard(6) is None and s.discard(6) is None and 6 not in s
ref.remove(5)
ref.discard(6)
assert sorted(s) == sorted(ref)
assert raises(s.remove, 5) == raises(ref.remove, 5) == 'KeyError: 5'
for f in ('add', 'remove', 'discard', '__contains__'):
    assert raises(getattr(s, f), []) == "TypeError: unhashable type: 'list'", f
for f, args in [('add', ()), ('add', (1, 2)), ('remove', ()), ('discard', (1, 2))]:
    e = raises(getattr(s, f), *args)
    assert e == raises(getattr(ref, f), *args), (f, args, e)
assert raises(stmset, [1]) == 'TypeError: stmset() takes no arguments (1 given)'
print 'ok'
`)
}

// TestHashtable checks hashtable: int keys, the stmdict operations.
func TestHashtable(t *testing.T) {
	runChecks(t, "hashtable.py", raises+`
from pypystm import hashtable
h = hashtable()
assert repr(h).startswith('<pypystm.hashtable object at 0x')
assert not h and len(h) == 0 and h.keys() == [] and list(h) == []
for k in [0, 1, -1, -2, 2**40, -2**63, 2**63 - 1, 12345]:
    h[k] = str(k)
assert len(h) == 8 and sorted(h.keys()) == sorted([0, 1, -1, -2, 2**40, -2**63, 2**63 - 1, 12345])
assert h[-1] == '-1' and h[-2] == '-2' and h[2**40] == str(2**40) and h[2**40 + 0L] == str(2**40)
assert h[True] == '1' and 7 not in h and h.get(7) is None and h.get(7, 0) == 0
assert sorted(h.values()) == sorted(h[k] for k in h)
assert sorted(h.items()) == sorted((k, h[k]) for k in h.iterkeys())
assert sorted(h.itervalues()) == sorted(h.values())
assert sorted(h.iteritems()) == sorted(h.items())
assert h.setdefault(7, 'seven') == 'seven' and h.setdefault(7) == 'seven'
assert h.pop(7) == 'seven' and h.pop(7, None) is None
del h[0]
assert 0 not in h and len(h) == 7
assert raises(h.__getitem__, 0) == 'KeyError: 0'
assert raises(h.__delitem__, 0) == 'KeyError: 0'
assert raises(h.__getitem__, 'x').startswith('TypeError: ')
assert raises(h.__setitem__, 1.5, 0) == 'TypeError: integer argument expected, got float'
assert raises(h.__getitem__, 2**64).startswith('OverflowError: ')
for i in xrange(50000):
    h[i] = i
assert len(h) == 50000 + 5 and all(h[i] == i for i in xrange(50000))
print 'ok'
`)
}

// TestKeysRunningPython checks keys whose __hash__ and __eq__ are Python
// code, some of it changing the container during a lookup (the lookup
// must start over, as a dict's does) or raising.
func TestKeysRunningPython(t *testing.T) {
	runChecks(t, "pykeys.py", raises+`
from pypystm import stmdict, stmset
class K(object):
    def __init__(self, v, d=None):
        self.v = v
        self.d = d
    def __hash__(self):
        return self.v % 3
    def __eq__(self, other):
        if self.d is not None:
            d, self.d = self.d, None
            for i in range(1000):
                d[('filler', i)] = i
            del d[K(0)]
        return isinstance(other, K) and other.v == self.v
class Bad(object):
    def __hash__(self):
        raise ValueError('no hash')
class BadEq(object):
    def __hash__(self):
        return 1
    def __eq__(self, other):
        raise ValueError('no eq')
d = stmdict()
for i in range(30):
    d[K(i)] = i
assert len(d) == 30 and d[K(7)] == 7 and K(30) not in d
# The comparison adds keys (the table grows) and removes one.
d[K(100, d)] = 'late'
assert d[K(100)] == 'late' and len(d) == 30 + 1000 and K(0) not in d
assert d[K(1)] == 1 and d[('filler', 999)] == 999
assert raises(d.__setitem__, Bad(), 1) == 'ValueError: no hash'
d[BadEq()] = 1
assert raises(d.__getitem__, BadEq()) == 'ValueError: no eq'
# hash(-1) == hash(-2): two keys in one bucket told apart by value.
d = stmdict()
d[-1] = 'a'
d[-2] = 'b'
assert d[-1] == 'a' and d[-2] == 'b' and len(d) == 2
# Comparisons that change the bucket being scanned: a key removed (the
# lookup starts over) or a value replaced (it goes on).
class H(object):
    def __init__(self, v, action=None):
        self.v = v
        self.action = action
    def __hash__(self):
        return 5
    def __eq__(self, other):
        if self.action is not None:
            action, self.action = self.action, None
            action()
        return isinstance(other, H) and other.v == self.v
d = stmdict()
d[H(1)] = 1
d[H(2)] = 2
d[H(3)] = 3
def drop():
    del d[H(1)]
def replace():
    d[H(1)] = 'new'
for k in d.keys():
    if k.v == 2:
        k.action = drop
assert d[H(3)] == 3 and H(1) not in d and len(d) == 2
# A bucket's chain holds its newest key first: looking H(1) up compares
# H(2) first, which replaces H(1)'s value; the value found is the new one.
d = stmdict()
d[H(1)] = 1
d[H(2, replace)] = 2
assert d.get(H(1)) == 'new' and d[H(2)] == 2 and len(d) == 2
s = stmset()
s.add(K(5))
assert K(5) in s and K(8) not in s
assert raises(s.add, Bad()) == 'ValueError: no hash'
print 'ok'
`)
}

// disjointInserts makes two threads insert disjoint keys (the even and
// the odd ints) into one shared container, made by %s.
const disjointInserts = `import threading
try:
    from pypystm import stmdict
except ImportError:
    stmdict = dict
d = %s()
go = threading.Event()
done = [0, 0]
def work(k):
    go.wait()
    for i in xrange(40000):
        d[2 * i + k] = i
    n = 0
    for i in xrange(40000):
        n += d[2 * i + k] == i
    done[k] = n
ts = [threading.Thread(target=work, args=(k,)) for k in range(2)]
for t in ts: t.start()
go.set()
for t in ts: t.join()
print len(d), done
`

// conflicts runs disjointInserts on the container made by factory and
// returns the number of conflicts it had.
func conflicts(t *testing.T, factory string) uint64 {
	t.Helper()
	before := stm.Stats()
	out, status := runPython(t, factory+".py", fmt.Sprintf(disjointInserts, factory))
	after := stm.Stats()
	if status != 0 || out != "80000 [40000, 40000]\n" {
		t.Fatalf("%s: status %d, output %q", factory, status, out)
	}
	return after.WriteWrite + after.WriteRead - before.WriteWrite - before.WriteRead
}

// TestDisjointKeysDoNotConflict checks that two threads inserting
// different keys into one stmdict conflict far less than the same
// program on a dict, where every insert writes the one dict object.
func TestDisjointKeysDoNotConflict(t *testing.T) {
	var dict, stmdict uint64
	for try := 0; try < 3; try++ {
		dict += conflicts(t, "dict")
		stmdict += conflicts(t, "stmdict")
	}
	t.Logf("conflicts: dict %d, stmdict %d", dict, stmdict)
	if dict < 60 {
		t.Skipf("the threads hardly ran at the same time (a single core?): %d conflicts on a dict", dict)
	}
	// An stmdict's conflicts come from its resizes (a few per run).
	if stmdict*4 > dict {
		t.Errorf("stmdict had %d conflicts, dict %d: want at most a quarter", stmdict, dict)
	}
}
