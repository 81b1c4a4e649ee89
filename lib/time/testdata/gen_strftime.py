# Records CPython 2.7's time.strftime results for strftime_test.go:
#   TZ=UTC PYENV_VERSION=2.7.18 python2 testdata/gen_strftime.py > testdata/strftime.json
# Each line is a JSON list [format, 9-tuple, result].
import json
import time

tuples = [
    (2009, 2, 13, 23, 31, 30, 4, 44, 0),
    (2000, 1, 1, 0, 0, 0, 5, 1, 0),
    (2010, 1, 1, 12, 5, 9, 4, 1, 0),
    (2012, 12, 31, 7, 0, 59, 0, 366, 1),
    (2008, 12, 29, 13, 59, 61, 0, 364, -1),
    (1999, 12, 31, 11, 59, 59, 4, 365, 0),
    (2068, 6, 15, 0, 30, 0, 4, 167, 0),
]
formats = [
    '%a %A %b %B %h', '%c', '%C %y %Y %G %g', '%d %e %j %m', '%D %F %x', '%H %I %k %l %M %S',
    '%p %P %r %R %T %X', '%u %w %U %W %V', '%n%t%%', '%Z %z', '%s',
    '%-d %_d %05d %^a %#b %10Y %-10d', '%Ey %Od %E', '%Q %5 %-', '%#p %#Z %^p %_5d %_5k %-k',
    '%^B %#A %10a %010a %-10a %Ea %3%', '%_10Y %-j %3j %1j %_3m', 'plain text', '', 'a%',
]
for t in tuples:
    for f in formats:
        print json.dumps([f, t, time.strftime(f, t)])
