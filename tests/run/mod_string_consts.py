# string: the constants and the module-level functions.
import string

for name in ('ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'digits',
             'hexdigits', 'octdigits', 'punctuation', 'whitespace',
             'letters', 'lowercase', 'uppercase'):
    v = getattr(string, name)
    print name, repr(v), len(v)
print len(string.printable), repr(string.printable[-10:])
print string.printable == string.digits + string.letters + string.punctuation + string.whitespace

print string.capwords('hello   world  foo')
print string.capwords('  leading and trailing  ')
print string.capwords('a-b c_d', '-')
print string.capwords("it's o'neil")
print repr(string.capwords(''))
print string.capwords('ALL CAPS here')
print string.capwords(u'unicode words')

t = string.maketrans('abc', 'xyz')
print len(t), repr(t[:100][97:100])
print 'aabbcc abc'.translate(t)
print 'hello world'.translate(None, 'lo')
print 'hello world'.translate(string.maketrans('', ''), 'aeiou')
print repr(string.maketrans('', '')[:5])
try:
    string.maketrans('ab', 'c')
except ValueError as e:
    print 'ValueError:', e
print string.translate('abc', t)
print string.translate('abcdef', t, 'de')

# the old function interface of the string module
print string.upper('abc'), string.lower('ABC'), string.swapcase('aBc')
print string.split('a b  c'), string.split('a,b,c', ','), string.split('a,b,c', ',', 1)
print string.join(['a', 'b', 'c']), string.join(['a', 'b'], '-'), string.joinfields(['x', 'y'], '+')
print repr(string.strip('  x  ')), repr(string.lstrip('  x  ')), repr(string.rstrip('  x  '))
print string.find('hello', 'l'), string.rfind('hello', 'l'), string.index('hello', 'e'), string.count('hello', 'l')
print string.replace('aaa', 'a', 'b', 2)
print string.zfill('42', 5), string.zfill('-42', 5), string.zfill(3, 4)
print string.ljust('a', 3) + '|', string.rjust('a', 3), string.center('a', 5, '*')
print string.atoi('42'), string.atoi('ff', 16), string.atol('123'), string.atof('1.5')
print string.expandtabs('a\tb', 4)
print string.capitalize('hello world')
print string.splitfields('a:b', ':')
try:
    string.atoi('x')
except ValueError as e:
    print 'ValueError:', e
try:
    string.index('abc', 'z')
except ValueError as e:
    print 'ValueError:', e
