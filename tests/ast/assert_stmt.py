# The assert statement.
assert x
assert x, 'message'
assert (x, y)
assert x == y, "%s != %s" % (x, y)
