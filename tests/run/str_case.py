# str case methods and is* predicates.
words = ['hello', 'HELLO', 'Hello World', 'hello world', "they're bill's", 'a1b2', '123', '', ' ', '\t\n',
         'ABC def', 'mIxEd CaSe', '1st place', 'x', 'X', 'hello_world', 'o\'neil-smith', '\xe9t\xc9', 'A.B.C']
for w in words:
    print repr(w), repr(w.upper()), repr(w.lower()), repr(w.swapcase()), repr(w.title()), repr(w.capitalize())
for w in words:
    print repr(w), w.isalpha(), w.isdigit(), w.isalnum(), w.isspace(), w.islower(), w.isupper(), w.istitle()
for w in ['Hello', 'Hello World', 'Hello world', 'HELLO', '1A', 'A1', 'A1b', 'Ab Cd', 'ab cd', 'A', 'a', "Don'T", 'D.C.']:
    print repr(w), w.istitle()
print 'abc'.upper().lower().title()
print 'hELLO wORLD'.capitalize(), '\xdfstra\xdfe'.upper() == '\xdfSTRA\xdfE'
for name in ('upper', 'lower', 'swapcase', 'title', 'capitalize', 'isalpha', 'isdigit', 'islower'):
    try:
        getattr('abc', name)(1)
    except TypeError as e:
        print name, type(e).__name__, e
try:
    str.upper(5)
except TypeError as e:
    print type(e).__name__, e
try:
    str.upper()
except TypeError as e:
    print type(e).__name__, e
print str.upper('via type'), str.lower.__name__, type(str.lower).__name__
