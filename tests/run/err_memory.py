# MemoryError for allocations that cannot succeed; the program goes on.
def t(label, f):
    try:
        r = f()
        print label, '->', type(r).__name__, len(r)
    except MemoryError as e:
        print label, '->', type(e).__name__, repr(str(e))
    except Exception as e:
        print label, '->', type(e).__name__ + ':', e

t("'x' * (1 << 62)", lambda: 'x' * (1 << 62))
t("'xy' * (1 << 61)", lambda: 'xy' * (1 << 61))
t("u'x' * (1 << 62)", lambda: u'x' * (1 << 62))
t("[0] * (1 << 62)", lambda: [0] * (1 << 62))
t("[0, 1] * (1 << 61)", lambda: [0, 1] * (1 << 61))
t("(0,) * (1 << 62)", lambda: (0,) * (1 << 62))
t("bytearray(1 << 62)", lambda: bytearray(1 << 62))
t("'x'.ljust(1 << 62)", lambda: 'x'.ljust(1 << 62))
t("'abc' * (1 << 62)", lambda: 'abc' * (1 << 62))
s = 'a'
try:
    s = s * (1 << 62)
except MemoryError:
    print 'MemoryError caught, s unchanged:', s
def grow():
    return ' ' * (1 << 62)
try:
    grow()
except MemoryError as e:
    print 'from a function:', type(e).__name__, e.args
print issubclass(MemoryError, StandardError)
print 'still running'
