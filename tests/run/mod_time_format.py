# time.strftime (GNU directives and flags in the C locale), asctime and the
# range checks, and strptime as _strptime does it (nothing here depends on
# the local zone).
import time

t = (2009, 2, 13, 23, 31, 30, 4, 44, 0)
for f in ['%C %D %e %F %g %G %h %k %l %n %P %r %R %t %T %u %V', '%Q', '%', 'a%',
          '%-d %_d %05d %^a %#b %10Y %-10d %Ey %Od %E', '%5', '%-', '%+', '%N %i %L %v',
          '%#p %^p %_5d %_5k %-k %^B %#A %10a %010a %-10a %Ea %3%', '%_10Y %-j %3j %1j %_3m']:
    print repr(f), repr(time.strftime(f, t))
for tt in [(1899, 1, 1, 0, 0, 0, 0, 1, 0), (99, 1, 1, 0, 0, 0, 0, 1, 0), (68, 1, 1, 0, 0, 0, 0, 1, 0),
           (-1, 1, 1, 0, 0, 0, 0, 1, 0), (2000, 0, 0, 0, 0, 0, 0, 0, 0), (2000, 1, 1, 0, 0, 61, 0, 1, 0),
           (2000, 1, 1, 0, 0, 62, 0, 1, 0), (2000, 1, 32, 0, 0, 0, 0, 1, 0), (2000, 1, 1, 0, 60, 0, 0, 1, 0),
           (2000, 1, 1, 0, 0, 0, -1, 1, 0), (2000, 1, 1, 0, 0, 0, -2, 1, 0), (2000, 1, 1, 0, 0, 0, 7, 1, 0),
           (2000, 1, 1, 0, 0, 0, 0, 367, 0), (2000, 1, 1, 0, 0, 0, 0, 366, 0), (2000, -1, 1, 0, 0, 0, 0, 1, 0),
           (2000, 1, -1, 0, 0, 0, 0, 1, 0), (2000, 1, 1, -1, 0, 0, 0, 1, 0), (2 ** 40, 1, 1, 0, 0, 0, 0, 1, 0),
           (2010, 1, 1, 0, 0, 0, 4, 1, 0), (2012, 12, 31, 0, 0, 0, 0, 366, 0), (2008, 12, 29, 0, 0, 0, 0, 364, 0)]:
    for fn in (lambda x: time.strftime('%Y-%m-%d %H:%M:%S %a %j %U %W %V %G %g %u %w', x), time.asctime):
        try:
            print tt, repr(fn(tt))
        except Exception as e:
            print tt, type(e).__name__, e
for f in [lambda: time.sleep(-1), lambda: time.sleep('x'), lambda: time.sleep(), lambda: time.sleep(float('nan')),
          lambda: time.gmtime(1e300), lambda: time.gmtime(float('nan')), lambda: time.gmtime(-1e10),
          lambda: time.gmtime(1.9999999), lambda: time.gmtime(-1.5), lambda: time.gmtime(-6e16),
          lambda: time.gmtime(6.8e16), lambda: time.mktime(5), lambda: time.mktime((1, 2)),
          lambda: time.mktime(('a',) * 9), lambda: time.mktime((1e10,) + (0,) * 8), lambda: time.mktime(),
          lambda: time.strftime('%Y', 'abcdefghi'), lambda: time.strftime('%Y', None), lambda: time.asctime(None),
          lambda: time.strftime('%Y', (1.5,) * 9), lambda: time.asctime(1, 2), lambda: time.gmtime(1, 2),
          lambda: time.time(1), lambda: time.strftime(u'%Y\xe9'), lambda: time.strftime('a\0b'),
          lambda: time.strftime(), lambda: time.ctime(1e300), lambda: time.asctime((10000, 1, 1, 0, 0, 0, 0, 1, 0)),
          lambda: time.strftime('%Y', [2000] * 9), lambda: time.strftime('%Y', {}), lambda: time.gmtime(True),
          lambda: time.gmtime(2 ** 34), lambda: time.asctime(time.gmtime(1e9)), lambda: time.accept2dyear,
          lambda: type(time.strftime(u'%Y'))]:
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, e
for a in [('2009-02-13 23:31:30', '%Y-%m-%d %H:%M:%S'), ('Fri Feb 13 23:31:30 2009',), ('02-29', '%m-%d'),
          ('13', '%d'), ('x', '%d'), ('13x', '%d'), ('1', '%Q'), ('1', '%'), ('1', '%d%'), (5, '%d'), ('1', 5),
          (), ('a', 'b', 'c'), ('  13   feb', ' %d %b'), ('11 PM', '%I %p'), ('12 am', '%I %p'), ('12', '%I'),
          ('2009 10 1', '%Y %U %w'), ('2009 10 1', '%Y %W %w'), ('2009 100', '%Y %j'), ('99', '%y'),
          ('68', '%y'), ('69', '%y'), ('UTC', '%Z'), ('gmt', '%Z'), ('2009-02-30', '%Y-%m-%d'), ('monDAY', '%A'),
          ('13/02/09', '%x'), ('23:31:30', '%X'), ('Fri Feb 13 23:31:30 2009', '%c'), ('1.5', '%S.%f'),
          (u'2009', u'%Y'), ('2009\x0b13', '%Y %d'), ('61', '%S'), ('2009 0 0', '%Y %U %w'),
          ('2009 0 0', '%Y %W %w'), ('1900 53 6', '%Y %U %w'), ('%', '%%'), ('a+b', 'a+b'), ('axb', 'a.b'),
          ('Feb', '%B'), ('February', '%b'), ('366', '%j'), ('1999 366', '%Y %j'), ('2009 53 0', '%Y %W %w'),
          ('x', '%.'), ('x', '% d'), (u'13x', u'%d'), (u'x\xe9', '%d'), ('0000', '%Y'), ('9999 366', '%Y %j'),
          ('Thu Jan  1 00:00:00 1970',), (' 5', '%d'), ('x\xe9', 'x\xe9'), ('[1]', '[%d]'), ('AM 1', '%p %I')]:
    try:
        print a, tuple(time.strptime(*a))
    except Exception as e:
        print a, type(e).__name__, repr(e.args)
