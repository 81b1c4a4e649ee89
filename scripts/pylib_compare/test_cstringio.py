# cStringIO: input and output objects, errors, positions (CPython shows
# its types as <type ...>, pystm as <class ...>: types are compared, not shown).
import cStringIO as C
o = C.StringIO(); i = C.StringIO('abc\ndef')
print type(o).__name__, type(i).__name__, type(o) is C.OutputType, type(i) is C.InputType
print sorted(n for n in dir(o) if not n.startswith('_')), sorted(n for n in dir(i) if not n.startswith('_'))
print sorted(n for n in dir(C) if not n.startswith('_') and n != 'cStringIO_CAPI')
print o.closed, i.closed, o.softspace
for v in [u'abc', u'\xe9', 5, None, bytearray('xy'), buffer('zz'), array if False else 'q']:
    try: x = C.StringIO(v); print 'in', type(v).__name__, repr(x.getvalue()), type(x).__name__
    except Exception as e: print 'in', type(v).__name__, type(e).__name__, e
o = C.StringIO()
for v in ['abc', u'de', u'\xe9', 5, bytearray('xy'), buffer('zz'), '']:
    try: o.write(v); print 'write', type(v).__name__, repr(o.getvalue())
    except Exception as e: print 'write', type(v).__name__, type(e).__name__, e
o.seek(1); o.write('Z'); print repr(o.getvalue()), o.tell(), repr(o.getvalue(True)), repr(o.getvalue(0))
o.seek(100); o.write('end'); print repr(o.getvalue()), o.tell()
o.seek(-5, 2); print o.tell(), repr(o.read(2)), repr(o.read()), repr(o.read())
try: o.seek(-1000)
except Exception as e: print type(e).__name__, str(e).replace("'cStringIO.", "'")
print o.tell()
o.seek(0); print repr(o.readline()), repr(o.readline(2)), repr(o.readline(-1)), o.readlines()
o.reset(); print o.tell(), o.readlines(3)
o.truncate(3); print repr(o.getvalue()), o.tell()
o.seek(1); o.truncate(); print repr(o.getvalue()), o.tell()
try: o.truncate(-1)
except Exception as e: print type(e).__name__, str(e).replace("'cStringIO.", "'")
o.truncate(100); print repr(o.getvalue()), o.tell()
o.writelines(['a', 'b']); print repr(o.getvalue())
try: o.writelines(['a', 1])
except Exception as e: print type(e).__name__, str(e).replace("'cStringIO.", "'")
print o.isatty(), o.flush(), o.softspace
o.softspace = 1; print o.softspace
try: o.foo = 1
except Exception as e: print type(e).__name__, str(e).replace("'cStringIO.", "'")
o.close(); print o.closed
for m in ['getvalue', 'read', 'readline', 'write', 'tell', 'seek', 'isatty', 'flush', 'truncate', 'readlines', 'reset', 'close']:
    try:
        a = (('x',) if m == 'write' else (0,) if m == 'seek' else ())
        print m, repr(getattr(o, m)(*a))
    except Exception as e: print m, type(e).__name__, e
i = C.StringIO('line1\nline2\nline3')
print list(i), list(i)
i.reset(); print i.next(), i.read(3), i.tell(), i.readlines()
try: i.write('x')
except Exception as e: print type(e).__name__, str(e).replace("'cStringIO.", "'")
i.seek(2); i.truncate(); print repr(i.getvalue()), i.tell()
i.seek(0, 2); print i.tell()
i.seek(1, 1); print i.tell()
try: i.seek(0, 3)
except Exception as e: print type(e).__name__, str(e).replace("'cStringIO.", "'")
print i.softspace if hasattr(i, 'softspace') else 'no softspace'
i.close(); print i.closed
try: i.read()
except Exception as e: print type(e).__name__, str(e).replace("'cStringIO.", "'")
o = C.StringIO(); print >>o, 'hello', 1; print >>o, 'x',; print >>o, 'y'; print repr(o.getvalue())
o = C.StringIO(); o.write('abc'); o.seek(0); print repr(o.read(-1)), repr(o.read(0))
o.seek(1); o.write('') ; print o.tell()
it = iter(C.StringIO('a\nb')); print it.next(), it.next()
try: it.next()
except StopIteration: print 'stop'
o = C.StringIO(); o.write('abc'); o.seek(1); print repr(o.getvalue(True)), repr(o.getvalue(False)), repr(o.getvalue(None)) if True else ''
try: C.StringIO('a', 'b')
except Exception as e: print type(e).__name__, str(e).replace("'cStringIO.", "'")
try: C.StringIO(foo=1)
except Exception as e: print type(e).__name__, str(e).replace("'cStringIO.", "'")
o = C.StringIO(); o.seek(3); o.write('x'); print repr(o.getvalue())
o = C.StringIO(); o.write('hello'); o.seek(2); o.write('XY'); print repr(o.getvalue()), o.tell(), repr(o.read())
o = C.StringIO(); print o.read(), o.readline(), o.tell()
i = C.StringIO('abc'); print repr(i.read(-5)), repr(i.read(1))
i = C.StringIO('abc'); i.seek(10); print repr(i.read()), i.tell(), repr(i.getvalue(True))
o = C.StringIO(); o.write('abc'); o.seek(10); print repr(o.getvalue(True)), o.tell()
try: C.StringIO('abc').seek('x')
except Exception as e: print type(e).__name__, str(e).replace("'cStringIO.", "'")
try: C.StringIO('abc').read('x')
except Exception as e: print type(e).__name__, str(e).replace("'cStringIO.", "'")
print repr(C.StringIO('a\nb\n').readlines(1)), repr(C.StringIO('a\r\nb').readlines())
