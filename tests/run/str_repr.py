# repr of str: quote choice and escapes for every byte.
for i in range(0, 256, 1):
    c = chr(i)
    print i, repr(c), str(c) if 32 <= i < 127 else '.', `c`
print repr("'"), repr('"'), repr('\'"'), repr("it's"), repr('say "hi"'), repr('both \' and "')
print repr(''), repr('\\'), repr('\\n'), repr('a\0b'), repr('\x7f\x80'), repr('\r\n\t')
print repr('\a\b\f\v'), repr('\1\12\123'), repr('\xAB\xcd')
print str('a\nb'), repr(str('a\nb'))
print repr(r'raw\n'), repr(r'\x41'), r'\''
print repr(['a\n', "'", '"']), repr(('\t',)), repr({'\x00': '\xff'})
print 'abc'.__repr__(), str.__repr__('x'), len(repr('\x00')), len(repr('\n'))
print repr('%s' % '\n'), '%r' % '\t', '{0!r}'.format('\x01')
# string literal forms
print 'a' "b" '''c''' """d""", 'con' 'cat' 'enation'
print '''multi
line''', """with 'single' and "double" inside"""
print 'line\
continued'
print '\N{DASH}' if False else 'no \\N in str: \N{x}'
print '\u0041', len('\u0041'), '\U00000041', len('\U00000041')
print '\x41\101\0101', len('\0101'), '\8\9'
print repr('\z'), len('\z')
