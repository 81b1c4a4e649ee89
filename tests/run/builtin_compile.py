# compile(): modes, filenames, flags, dont_inherit, code objects, and error reporting.
c = compile('x = 1\ny = x + 1\n', 'myfile.py', 'exec')
print type(c).__name__, c.co_filename, c.co_name, c.co_firstlineno, sorted(c.co_names), c.co_argcount
ns = {}
exec c in ns
print ns['y']
e = compile('x * 2', '<expr>', 'eval')
print eval(e, {'x': 21}), e.co_filename
s = compile('x + 1', '<single>', 'single')
x = 5
exec s
s2 = compile('for i in range(2): i\n', '<single>', 'single')
exec s2
s3 = compile('None', '<single>', 'single')
exec s3
s4 = compile('"string"', '<s>', 'single')
exec s4
# unicode source and source with coding declaration
u = compile(u'v = u"\xe9"', '<u>', 'exec')
exec u
print repr(v)
b = compile('# -*- coding: latin-1 -*-\nw = u"\xe9"\n', '<b>', 'exec')
exec b
print repr(w)
# flags
import __future__
d1 = compile('r = 7 / 2', '<d>', 'exec')
d2 = compile('r = 7 / 2', '<d>', 'exec', __future__.division.compiler_flag)
for code in (d1, d2):
    exec code
    print r
pf = compile('print("a", "b")', '<p>', 'exec', __future__.print_function.compiler_flag)
exec pf
exec compile('print("a", "b")', '<p>', 'exec')
# errors
for args in (('1 +', 'f', 'eval'), ('x = ', 'f', 'exec'), ('def f(:\n  pass', 'bad.py', 'exec'), ('return 1', 'r.py', 'exec'),
             ('yield 1', 'y.py', 'exec'), ('a = 1', 'a.py', 'eval'), ('break', 'b.py', 'exec'), ('  x = 1', 'i.py', 'exec'),
             ('f(x for x in y, 1)', 'g.py', 'exec'), ('x = 1\nnonlocal x', 'n.py', 'exec'), ('del f()', 'd.py', 'exec'),
             ('1 = x', 'as.py', 'exec'), ('None = 1', 'none.py', 'exec'), ('def f(a, a): pass', 'dup.py', 'exec')):
    try:
        compile(*args)
        print args[0].split('\n')[0], 'compiled'
    except SyntaxError as ex:
        print type(ex).__name__, repr(ex.msg), ex.filename, ex.lineno, ex.offset, repr(ex.text)
for args in (('x', 'f', 'bogus'), (5, 'f', 'exec'), ('x', 5, 'exec'), ('x',), ('a\0b', 'f', 'exec'), ('x', 'f', 'exec', 0x100000)):
    try:
        compile(*args)
    except (TypeError, ValueError) as ex:
        print type(ex).__name__, ex
# compiling code objects of functions
co = compile('def f(a, b=2):\n    return a + b\n', '<fdef>', 'exec')
g = {}
exec co in g
print g['f'](1), g['f'].func_code.co_filename, g['f'].func_code.co_varnames, g['f'].func_code.co_argcount
print sorted(type(k).__name__ for k in co.co_consts if k is not None)
