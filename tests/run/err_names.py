# NameError and UnboundLocalError messages.
def t(label, f):
    try:
        r = f()
        print label, '->', repr(r)
    except Exception as e:
        print label, '->', type(e).__name__ + ':', e

t('undefined at module level', lambda: eval('no_such_name'))
def g1():
    return no_such_global
t('global name in function', g1)
def g2():
    x = 1
    del x
    return x
t('deleted local', g2)
def g3():
    print_later = y
    y = 1
t('local before assignment', g3)
counter = 0
def g4():
    counter += 1
t('augmented assignment to global without global', g4)
def g5():
    def inner():
        return z
    r = inner()
    z = 1
    return r
t('free variable before assignment', g5)
t('delete of a free variable: compile', lambda: compile('def f():\n    x = 1\n    def g():\n        return x\n    del x\n', 's', 'exec'))
def g7():
    del undefined_local
t('del of unbound local', g7)
def g8():
    global never_defined
    del never_defined
t('del of undefined global', g8)
def exec_(src):
    exec src in {}
t('del at module level', lambda: exec_('del not_here'))
t('exec name error', lambda: exec_('print undefined_in_exec'))
t('eval name error', lambda: eval('a + b', {'a': 1}))
t('class body name', lambda: exec_('class C:\n    x = undefined_in_class\n'))
def g9():
    class C:
        y = local_undefined
t('class body in function', g9)
def g10():
    for i in []:
        pass
    return i
t('loop variable never bound', g10)
def g11():
    try:
        raise ValueError
    except ValueError as err:
        pass
    return err
t('except variable stays bound in 2.7', g11)
def g12():
    [leak for leak in range(3)]
    return leak
t('list comprehension variable leaks in 2.7', g12)
def g13():
    list(gen_var for gen_var in range(3))
    return gen_var
t('generator expression variable does not leak', g13)
def g14():
    if False:
        cond = 1
    return cond
t('conditionally bound local', g14)
def g15(flag):
    import math
    if flag:
        del math
    return math.pi
t('deleted import', lambda: g15(True))
t('builtins reachable', lambda: len('abc'))
def g16():
    len = len
    return len
t('shadowing a builtin locally', g16)
def outer():
    v = 1
    def middle():
        def inner():
            return v + late
        late = 2
        return inner()
    return middle()
t('nested free variables', outer)
def g17():
    lam = lambda: q
    return lam()
t('lambda global lookup', g17)
t('NameError args', lambda: NameError('x').args)
try:
    undefined_here
except NameError as e:
    print e.args, isinstance(e, StandardError)
try:
    g2()
except NameError as e:
    print type(e).__name__, issubclass(type(e), NameError), e.args
