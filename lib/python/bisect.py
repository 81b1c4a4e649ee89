"""Bisection algorithms."""
# pystm: the functions below are replaced by those of the _bisect module
# (written in Go), as CPython's bisect.py replaces its own with _bisect's.


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


def _bounds(a, lo, hi):
    lo = _ssize(lo)
    if lo < 0:
        raise ValueError('lo must be non-negative')
    hi = _ssize(hi)
    if hi == -1:
        hi = len(a)
    return lo, hi


def bisect_right(a, x, lo=0, hi=-1):
    """The position in the sorted sequence a (within a[lo:hi]) at which x
    would go after the items equal to it."""
    lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def bisect_left(a, x, lo=0, hi=-1):
    """The position in the sorted sequence a (within a[lo:hi]) at which x
    would go before the items equal to it."""
    lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def insort_right(a, x, lo=0, hi=-1):
    """Insert x into the sorted list a, after any items equal to it."""
    a.insert(bisect_right(a, x, lo, hi), x)


def insort_left(a, x, lo=0, hi=-1):
    """Insert x into the sorted list a, before any items equal to it."""
    a.insert(bisect_left(a, x, lo, hi), x)


bisect = bisect_right
insort = insort_right

# Overwrite the above definitions with the fast implementation.
try:
    from _bisect import *
except ImportError:
    pass
