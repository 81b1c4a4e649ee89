# exec statement, eval, compile.
exec 'x = 1 + 2'
print x

ns = {}
exec 'a = 5\nb = a * 2' in ns
print ns['a'], ns['b'], '__builtins__' in ns

g = {'v': 10}
l = {}
exec 'w = v + 1' in g, l
print l, 'w' in g

# exec of a code object
code = compile('print "compiled", y', '<str>', 'exec')
y = 'yes'
exec code

# exec with function-style syntax (tuple form)
exec('z = 99', ns)
print ns['z']
exec('q = 1', ns, l)
print l['q']

# eval
print eval('1 + 2 * 3')
print eval('x * 2')
print eval('a + b', ns)
print eval('k', {}, {'k': 'local k'})
print eval('[i * i for i in range(4)]')
print eval('  7  ')
print eval(compile('3 ** 2', '<e>', 'eval'))
print eval(u'1 + 1')

# eval errors
for src in ('1 +', 'x = 1', 'import os', ''):
    try:
        eval(src)
    except SyntaxError as e:
        print 'SyntaxError', e.msg, e.lineno
try:
    eval('undefined_thing')
except NameError as e:
    print type(e).__name__, e
try:
    eval(42)
except TypeError as e:
    print type(e).__name__, e
try:
    eval('1', [])
except TypeError as e:
    print type(e).__name__, e
try:
    eval('1', {}, 5)
except TypeError as e:
    print type(e).__name__, e

# eval with a mapping as locals
class M(object):
    def __getitem__(self, k):
        return k.upper()
print eval('hello + world', {}, M())

# compile modes
c1 = compile('1 + 1', 'fname', 'eval')
c2 = compile('a = 1', 'fname', 'exec')
c3 = compile('2 * 21', 'fname', 'single')
print c1.co_filename, c1.co_name, type(c1).__name__
print eval(c1)
d = {}
exec c2 in d
print d['a']
exec c3    # single mode prints the expression's repr
try:
    compile('1', 'f', 'bogus')
except ValueError as e:
    print type(e).__name__, e
try:
    compile('def (', 'myfile.py', 'exec')
except SyntaxError as e:
    print type(e).__name__, e.msg, e.filename, e.lineno, e.offset, repr(e.text)
try:
    compile('x = 1\n  y = 2\n', 'ind.py', 'exec')
except IndentationError as e:
    print type(e).__name__, e.msg, e.lineno

# compile with dont_inherit and future flags
import __future__
c4 = compile('print 1 / 2', '<f>', 'exec')
exec c4
c5 = compile('print 1 / 2', '<f>', 'exec', __future__.division.compiler_flag)
exec c5
c6 = compile('from __future__ import division\nprint 3 / 2', '<f>', 'exec')
exec c6
print 3 / 2

# exec in function with explicit namespace
def f():
    loc = {}
    exec 'r = 6 * 7' in loc
    return loc['r']
print f()

# exec modifies function locals (unqualified exec in function allowed without nested scopes)
def g2():
    exec 'm = 5'
    return m
print g2()

# __builtins__ injected into globals by exec/eval
gl = {}
eval('1', gl)
print sorted(gl.keys())

# compile source with a trailing comment and without final newline
exec compile('if 1:\n  print "no newline"', 's', 'exec')
exec 'print "crlf"\r\n'

# exec errors
try:
    exec 42
except TypeError as e:
    print type(e).__name__, e
try:
    exec 'raise ValueError("inside exec")'
except ValueError as e:
    print 'from exec', e

# code object attributes
def sample(a, b=2, *args, **kw):
    c = a + b
    return c
co = sample.func_code
print co.co_name, co.co_argcount, co.co_varnames, co.co_nlocals
print co.co_flags & 0x04 != 0, co.co_flags & 0x08 != 0, co.co_filename
print compile('pass', 'file.py', 'exec').co_name
