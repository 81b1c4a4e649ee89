# SyntaxError and its subclasses: attributes and str.
def show(e):
    print type(e).__name__, '| msg=%r filename=%r lineno=%r offset=%r text=%r print_file_and_line=%r' % (
        e.msg, e.filename, e.lineno, e.offset, e.text, e.print_file_and_line)
    print '   args=%r' % (e.args,)
    print '   str=%s' % str(e)

show(SyntaxError())
show(SyntaxError('only msg'))
show(SyntaxError('msg', ('file.py', 3, 7, 'bad line\n')))
show(SyntaxError('msg', ('dir/sub/file.py', 3, 7, 'bad line\n')))
show(SyntaxError('msg', (None, 3, None, None)))
show(SyntaxError('msg', ('f.py', None, None, None)))
show(SyntaxError('msg', ('f.py', 'x', 'y', 'z')))
show(SyntaxError('a', 'b', 'c'))
show(IndentationError('bad indent', ('i.py', 1, 2, '  x\n')))
show(TabError('tabs', ('t.py', 9, 1, '\tx\n')))
for src in ('x = (', 'def f(:\n  pass', 'a b', '  x = 1', 'if 1:\nx = 2', 'return 5', 'x = 1 +', 'f(**a, *b)',
            'del f()', 'x += 1 = 2', "print 'a' 'b' c", 'class C:\n    def f(self):\n        yield = 1',
            'for x in range(3):\n    pass\n  else: pass', 'x = [i for i in 1 2]'):
    try:
        compile(src, 'src.py', 'exec')
        print repr(src), 'compiled'
    except SyntaxError as e:
        print repr(src)
        show(e)
try:
    eval('1 +')
except SyntaxError as e:
    show(e)
try:
    exec 'def f():\n    x = 1\n     y = 2\n'
except IndentationError as e:
    show(e)
e = SyntaxError('m', ('f', 1, 2, 't'))
e.msg = 'changed'
e.lineno = 99
print str(e), e.args
e = SyntaxError('m', ('f', 1, 2, 't'), 'extra')
print e.args, e.filename, repr(str(e))
