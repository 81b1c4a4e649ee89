# return values, implicit None, multiple returns, early return from loops and try/finally,
# functions as values, and global/local interplay in functions.
def nothing():
    pass
def bare():
    return
def multi():
    return 1, 2, 3
def early(items):
    for i in items:
        if i < 0:
            return 'negative found: %d' % i
    return 'all non-negative'
print nothing(), bare(), multi(), early([1, -2, 3]), early([])
def tf():
    for i in range(3):
        try:
            if i == 1:
                return 'returned at %d' % i
        finally:
            print 'finally', i
print tf()
def tf2():
    try:
        return 'from try'
    finally:
        print 'cleanup before return'
print tf2()
def fin_in_loop():
    result = []
    for i in range(3):
        try:
            continue
        finally:
            result.append(i)
    return result
print fin_in_loop()
# functions are first-class
ops = {'add': lambda a, b: a + b, 'mul': lambda a, b: a * b}
print sorted((k, v(3, 4)) for k, v in ops.items())
def apply_twice(f, x):
    return f(f(x))
print apply_twice(lambda s: s + '!', 'hi'), apply_twice(abs, -5)
fl = [len, str.upper, lambda x: x[::-1]]
print [f('abc') for f in fl]
# global statement and assignments
counter = 0
def incr():
    global counter
    counter += 1
    return counter
incr(); incr()
print counter
def local_shadow():
    counter = 100
    return counter
print local_shadow(), counter
def read_global():
    return counter * 10
print read_global()
# function defined conditionally
if counter > 1:
    def cond():
        return 'defined in if'
else:
    def cond():
        return 'defined in else'
print cond()
# redefining a function
def redef():
    return 1
def redef():
    return 2
print redef()
# calling with result of another call and nested calls
print max(min(5, 3), min(10, 7)), len(str(2 ** 100)), ''.join(reversed(list('abc')))
# function call with large number of arguments
def many(*a):
    return len(a), sum(a)
print many(*range(1000)), many(*[1] * 300)
def many_named(**kw):
    return len(kw)
print many_named(**dict(('k%d' % i, i) for i in range(300)))
