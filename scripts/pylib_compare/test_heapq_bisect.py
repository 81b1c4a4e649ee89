# heapq and bisect: results, comparison calls and errors.
import heapq
import bisect
import random as _r

LOG = []


class C(object):
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        LOG.append(('lt', self.v, o.v))
        return self.v < o.v

    def __repr__(self):
        return 'C(%r)' % (self.v,)


class LE(object):
    # Only __le__: heapq falls back to it.
    def __init__(self, v):
        self.v = v

    def __le__(self, o):
        LOG.append(('le', self.v, o.v))
        return self.v <= o.v

    def __repr__(self):
        return 'LE(%r)' % (self.v,)


class Old:
    def __init__(self, v):
        self.v = v

    def __cmp__(self, o):
        LOG.append(('cmp', self.v, o.v))
        return cmp(self.v, o.v)

    def __repr__(self):
        return 'Old(%r)' % (self.v,)


def show(label, f, *args):
    del LOG[:]
    try:
        r = f(*args)
    except Exception as e:
        r = 'EXC %s: %s' % (type(e).__name__, e)
    print label, r, len(LOG), LOG[:12]


rnd = _r.Random(7)
for wrap in (int, C, LE, Old, float):
    for n in (0, 1, 2, 5, 17, 40):
        data = [wrap(rnd.randrange(20)) for i in range(n)]
        h = list(data)
        show('heapify', heapq.heapify, h)
        print h
        h2 = []
        for x in data:
            show('push', heapq.heappush, h2, x)
        print h2
        out = []
        while h2:
            del LOG[:]
            out.append(heapq.heappop(h2))
            print len(LOG),
        print out
        if data:
            show('replace', heapq.heapreplace, h, wrap(5))
            show('pushpop', heapq.heappushpop, h, wrap(7))
            show('pushpop', heapq.heappushpop, h, wrap(-1))
            print h
        for k in (0, 1, 2, 3, 10, 50, -1):
            if wrap is LE:
                # sorted() would order these by address
                break
            show('nsmallest', heapq.nsmallest, k, data)
            show('nlargest', heapq.nlargest, k, data)
            show('nsmallest-it', heapq.nsmallest, k, iter(data))
            show('nlargest-it', heapq.nlargest, k, iter(data))
            if wrap is int:
                show('nsmallest-key', heapq.nsmallest, k, iter(data),
                     lambda x: -x)
                show('nlargest-key', heapq.nlargest, k, iter(data),
                     lambda x: x % 3)
                show('nlargest-key', heapq.nlargest, k, data,
                     lambda x: x % 3)

# ties keep their order
pairs = [(i % 4, i) for i in range(30)]
print heapq.nsmallest(5, iter(pairs), key=lambda p: p[0])
print heapq.nlargest(5, iter(pairs), key=lambda p: p[0])
print list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25]))
print list(heapq.merge())
print list(heapq.merge([2, 2], [1, 2], (x for x in [0, 2, 9])))
del LOG[:]
print list(heapq.merge([C(1), C(4)], [C(2), C(3)])), LOG

# errors
show('push tuple', heapq.heappush, (), 1)
show('pop empty', heapq.heappop, [])
show('pop tuple', heapq.heappop, (1,))
show('replace empty', heapq.heapreplace, [], 1)
show('pushpop empty', heapq.heappushpop, [], 1)
show('heapify str', heapq.heapify, 'abc')
show('nsmallest float', heapq.nsmallest, 2.5, iter([1, 2, 3]))
show('nlargest float', heapq.nlargest, 2.0, [1, 2, 3])
show('mixed', heapq.heapify, [1, 'a', 2.0, None, (1,)])


class Grow(object):
    def __init__(self, h):
        self.h = h

    def __lt__(self, o):
        self.h.append(1)
        return True

h = []
h.extend([Grow(h), Grow(h)])
show('grow', heapq.heappush, h, Grow(h))


class NaNish(object):
    pass

print heapq.nsmallest(2, [float('nan'), 1, 2, float('nan'), 0])
print heapq.nlargest(2, [1, float('nan'), 2, 0, float('nan')])
h = [3, float('nan'), 1]
heapq.heapify(h)
print h


class MyList(list):
    def append(self, x):
        print 'append!'
        list.append(self, x)

ml = MyList()
heapq.heappush(ml, 3)
heapq.heappush(ml, 1)
print ml, heapq.heappop(ml), ml

# bisect
a = [1, 2, 2, 2, 3, 5, 8]
for x in (0, 1, 2, 2.5, 3, 8, 9):
    print x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), \
        bisect.bisect(a, x), bisect.bisect_left(a, x, 2), \
        bisect.bisect_right(a, x, 1, 4), bisect.bisect(a, x, hi=3)
for args in [([1, 2], 1, 0, None), ([1, 2], 1, -1), ([1, 2], 1, 0, -1),
             ([1, 2], 1, 1.0), ([1, 2], 1, 0, 5), ([1, 2], 1, True),
             ([], 1), ('abc', 'b'), ((1, 2, 3), 2)]:
    show('bisect', bisect.bisect, *args)
    show('bisect_left', bisect.bisect_left, *args)
b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(b, x)
    bisect.insort_left(b, x)
print b
b = [C(1), C(3)]
show('insort', bisect.insort, b, C(2))
show('insort_left', bisect.insort_left, b, C(2))
print b


class L(list):
    def insert(self, i, x):
        print 'ins', i, x
        list.insert(self, i, x)

l = L([1, 3])
bisect.insort(l, 2)
print l
print bisect.bisect_left(a, 2, lo=1, hi=5), bisect.insort_right(a, 4, lo=0), a
h = [3, 1, 4, 1, 5, 9, 2, 6]
heapq._heapify_max(h)
print h, heapq._heappushpop_max(h, 7), h, heapq._heappushpop_max(h, 10), h
