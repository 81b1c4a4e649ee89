"""Heap queue algorithm (a.k.a. priority queue).

Heaps are lists for which heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2]
for every k for which the children exist; heap[0] is then the smallest item.

    heap = []               # an empty heap
    heappush(heap, item)    # push a new item on the heap
    item = heappop(heap)    # pop the smallest item from the heap
    item = heap[0]          # the smallest item, without popping it
    heapify(x)              # turn the list x into a heap, in linear time
    item = heapreplace(heap, item)  # pop, then push
"""
# pystm: uses the Go modules itertools and operator.
#
# The functions behave as those of CPython 2.7 (its C module _heapq for
# heappush, heappop, heapify, heapreplace, heappushpop and the core of
# nlargest/nsmallest): they take real lists only, make the same comparisons
# in the same order (through cmp_lt: "<" when the left operand has __lt__,
# "not right <= left" otherwise) and report the same errors.

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']

from itertools import islice, count, imap, izip, tee, chain
from operator import itemgetter

_list_append = list.append
_list_pop = list.pop
_int_types = (int, long, bool)
_rich_types = (float, str, unicode, tuple, list)


def cmp_lt(x, y):
    """Return x < y as heapq decides it: by x.__lt__ where x has one,
    and as not (y <= x) otherwise."""
    tx = type(x)
    if tx in _rich_types:
        return x < y
    if tx in _int_types:
        return not y <= x
    if hasattr(x, '__lt__'):
        return x < y
    return not y <= x


def _check_list(heap):
    if not isinstance(heap, list):
        raise TypeError("heap argument must be a list")


def _ssize(v):
    # The conversion of CPython's "n" argument format.
    if type(v) is int or type(v) is long:
        return v
    if isinstance(v, (int, long)):
        return int(v)
    if isinstance(v, float):
        raise TypeError("integer argument expected, got float")
    if hasattr(type(v), '__index__'):
        return type(v).__index__(v)
    if hasattr(type(v), '__int__'):
        return int(v)
    raise TypeError("an integer is required")


def _changed():
    return RuntimeError("list changed size during iteration")


def _siftdown(heap, startpos, pos):
    # heap is a heap from startpos on, except perhaps at pos: move the item
    # at pos up towards startpos until its parent is not greater.
    size = len(heap)
    if pos >= size:
        raise IndexError("index out of range")
    item = heap[pos]
    while pos > startpos:
        up = (pos - 1) >> 1
        parent = heap[up]
        less = cmp_lt(item, parent)
        if len(heap) != size:
            raise _changed()
        if not less:
            break
        heap[pos] = parent
        pos = up
    heap[pos] = item


def _siftup(heap, pos):
    # The subtrees below pos are heaps: move the smaller child up level by
    # level down to a leaf, put the item from pos there and sift it down.
    size = len(heap)
    if pos >= size:
        raise IndexError("index out of range")
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < size:
        right = child + 1
        if right < size and not cmp_lt(heap[child], heap[right]):
            child = right
        if len(heap) != size:
            raise _changed()
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _siftdown(heap, start, pos)


def _siftdown_max(heap, startpos, pos):
    item = heap[pos]
    while pos > startpos:
        up = (pos - 1) >> 1
        parent = heap[up]
        if not cmp_lt(parent, item):
            break
        heap[pos] = parent
        pos = up
    heap[pos] = item


def _siftup_max(heap, pos):
    size = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < size:
        right = child + 1
        if right < size and not cmp_lt(heap[right], heap[child]):
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _siftdown_max(heap, start, pos)


def _heapify_max(x):
    """Make the list x a max-heap (heap[0] is the largest item)."""
    for i in xrange(len(x) // 2 - 1, -1, -1):
        _siftup_max(x, i)


def _heappushpop_max(heap, item):
    """heappushpop for a max-heap."""
    if heap and cmp_lt(item, heap[0]):
        item, heap[0] = heap[0], item
        _siftup_max(heap, 0)
    return item


def heappush(heap, item):
    """heappush(heap, item) -> None. Push item onto heap, maintaining the
    heap invariant."""
    _check_list(heap)
    _list_append(heap, item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap):
    """Remove the smallest item of the heap and return it."""
    _check_list(heap)
    if not heap:
        raise IndexError("index out of range")
    last = _list_pop(heap)
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _siftup(heap, 0)
    return smallest


def heapreplace(heap, item):
    """heapreplace(heap, item) -> value. Pop and return the current smallest
    value, and add the new item. The value returned may be larger than
    item."""
    _check_list(heap)
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return smallest


def heappushpop(heap, item):
    """heappushpop(heap, item) -> value. Push item on the heap, then pop
    and return the smallest item from the heap."""
    _check_list(heap)
    if not heap or not cmp_lt(heap[0], item):
        return item
    smallest = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return smallest


def heapify(heap):
    """Transform list into a heap, in-place, in O(len(heap)) time."""
    _check_list(heap)
    for i in xrange(len(heap) // 2 - 1, -1, -1):
        _siftup(heap, i)


def _fill(n, iterable):
    # Take up to n items from iterable, as CPython's C nlargest/nsmallest
    # do: no item beyond the n-th is consumed.
    n = _ssize(n)
    it = iter(iterable)
    heap = []
    if n > 0:
        for elem in it:
            heap.append(elem)
            if len(heap) >= n:
                break
    return heap, it


def _nlargest(n, iterable):
    # The core of nlargest: a min-heap of the n largest items seen so far.
    heap, it = _fill(n, iterable)
    if heap and len(heap) >= n:
        for i in xrange(len(heap) // 2 - 1, -1, -1):
            _siftup(heap, i)
        sol = heap[0]
        for elem in it:
            if cmp_lt(sol, elem):
                heap[0] = elem
                _siftup(heap, 0)
                sol = heap[0]
    heap.sort()
    heap.reverse()
    return heap


def _nsmallest(n, iterable):
    # The core of nsmallest: a max-heap of the n smallest items seen so far.
    heap, it = _fill(n, iterable)
    if heap and len(heap) >= n:
        for i in xrange(len(heap) // 2 - 1, -1, -1):
            _siftup_max(heap, i)
        los = heap[0]
        for elem in it:
            if cmp_lt(elem, los):
                heap[0] = elem
                _siftup_max(heap, 0)
                los = heap[0]
    heap.sort()
    return heap


def merge(*iterables):
    """Merge several sorted inputs into one sorted output, lazily (a
    generator).

    >>> list(merge([2, 9], [], [1, 4, 9, 16]))
    [1, 2, 4, 9, 9, 16]
    """
    # Each heap entry is [current value, input number, iterator]; the input
    # number breaks ties, so equal values come out in input order and the
    # iterators are never compared.
    entries = []
    for num, it in enumerate(map(iter, iterables)):
        try:
            entries.append([it.next(), num, it])
        except StopIteration:
            pass
    heapify(entries)
    while len(entries) > 1:
        try:
            while 1:
                entry = entries[0]
                yield entry[0]
                entry[0] = entry[2].next()
                heapreplace(entries, entry)
        except StopIteration:
            heappop(entries)
    if entries:
        value, num, it = entries[0]
        yield value
        for value in it:
            yield value


def _first_of(iterable, pick, key):
    # The n == 1 case: min() or max() of a non-empty input.
    it = iter(iterable)
    head = list(islice(it, 1))
    if not head:
        return []
    if key is None:
        return [pick(chain(head, it))]
    return [pick(chain(head, it), key=key)]


def nsmallest(n, iterable, key=None):
    """The n smallest items of iterable, smallest first: what
    sorted(iterable, key=key)[:n] gives."""
    if n == 1:
        return _first_of(iterable, min, key)
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    # Decorate with a running count so that equal items keep their order
    # and are never compared themselves.
    if key is None:
        result = _nsmallest(n, izip(iterable, count()))
        return map(itemgetter(0), result)
    in1, in2 = tee(iterable)
    result = _nsmallest(n, izip(imap(key, in1), count(), in2))
    return map(itemgetter(2), result)


def nlargest(n, iterable, key=None):
    """The n largest items of iterable, largest first: what
    sorted(iterable, key=key, reverse=True)[:n] gives."""
    if n == 1:
        return _first_of(iterable, max, key)
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    # A count going down makes earlier items win ties.
    if key is None:
        result = _nlargest(n, izip(iterable, count(0, -1)))
        return map(itemgetter(0), result)
    in1, in2 = tee(iterable)
    result = _nlargest(n, izip(imap(key, in1), count(0, -1), in2))
    return map(itemgetter(2), result)
