# Interactions of try/except/finally with loops, break, continue, return and nested handlers.
def trace(label, log=[]):
    log.append(label)
    return log
def f1():
    for i in range(3):
        try:
            try:
                if i == 0:
                    continue
                if i == 1:
                    raise ValueError(i)
                break
            finally:
                trace('inner finally %d' % i)
        except ValueError:
            trace('caught %d' % i)
        finally:
            trace('outer finally %d' % i)
    return trace('end')
print f1()
def f2():
    try:
        try:
            return 'inner return'
        finally:
            print 'inner finally runs'
    finally:
        print 'outer finally runs'
print f2()
def f3():
    while True:
        try:
            try:
                raise KeyError('k')
            finally:
                print 'cleanup before break'
                break
        except KeyError:
            print 'not reached: break in finally discards the exception'
    return 'after loop'
print f3()
def f4():
    for i in range(2):
        try:
            pass
        finally:
            try:
                raise ValueError('in finally')
            except ValueError as e:
                print 'handled inside finally', i, e
    return 'done'
print f4()
def f5():
    try:
        raise ValueError('first')
    except ValueError:
        try:
            raise KeyError('second')
        except KeyError:
            pass
        return 'handled both'
print f5()
def f6(n):
    result = []
    for i in range(n):
        try:
            if i % 2:
                continue
            result.append(i)
        finally:
            result.append('f%d' % i)
    else:
        result.append('else')
    return result
print f6(4)
def f7():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise ValueError('converted')
        finally:
            print 'finally after conversion'
    except ValueError as e:
        return 'outer got ' + str(e)
print f7()
def f8():
    x = 0
    try:
        x = 1
        return x
    finally:
        x = 2
        print 'x in finally', x
print f8()
# continue inside finally is a SyntaxError in 2.7; break and return are allowed
src = 'for i in range(3):\n    try:\n        pass\n    finally:\n        continue\n'
try:
    compile(src, '<f9>', 'exec')
except SyntaxError as e:
    print type(e).__name__, e.msg, e.lineno
def f9():
    for i in range(3):
        try:
            return i
        finally:
            if i < 2:
                break
    return 'break in finally discarded the return'
print f9()
# exceptions in else clauses and nested loops with else
def f10():
    for i in range(3):
        for j in range(3):
            if i == j == 1:
                break
        else:
            print 'inner else at i =', i
            continue
        print 'broke at i =', i
        break
    else:
        print 'outer else'
f10()
