# time: only the deterministic parts (fixed tuples, gmtime, types).
import time

g = time.gmtime(0)
print g
print tuple(g)
print g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday, g.tm_yday, g.tm_isdst
print g[0], g[-1], g[:3], len(g)
print type(g).__name__, isinstance(g, tuple)
print g.n_fields, g.n_sequence_fields, g.n_unnamed_fields
print time.gmtime(86400 * 365.25 * 30 + 3661.9)
print time.gmtime(1234567890)
print time.gmtime(-86400)
print time.gmtime(951782400)  # 2000-02-29
print time.gmtime(2 ** 31)
t = (2009, 2, 13, 23, 31, 30, 4, 44, 0)
fmts = ['%Y-%m-%d %H:%M:%S', '%a %A %b %B', '%j %U %W %w', '%y %I %p %M', '%d/%m/%y',
        '%%', '%H%%%M', 'no directives', '', '%c', '%x', '%X', '%e' if False else '%m']
for f in fmts:
    print repr(f), repr(time.strftime(f, t))
print time.strftime('%Y', (1900, 1, 1, 0, 0, 0, 0, 1, 0))
print time.strftime('%Y-%m-%d', (2024, 12, 31, 0, 0, 0, 1, 366, 0))
print time.strftime('%I %p', (2024, 1, 1, 0, 0, 0, 0, 1, 0)), time.strftime('%I %p', (2024, 1, 1, 12, 0, 0, 0, 1, 0))
print time.strftime('%H:%M', g)
print time.asctime(g)
print time.asctime(t)
print time.asctime((2020, 7, 4, 9, 5, 1, 5, 186, 0))
st = time.struct_time(t)
print st
print st == t, st == time.struct_time(t), st < time.struct_time((2010,) + t[1:])
print st.tm_wday, st.tm_yday
try:
    st.tm_year = 5
except (TypeError, AttributeError) as e:
    print type(e).__name__, e
try:
    time.struct_time((1, 2, 3))
except TypeError as e:
    print 'TypeError:', e
try:
    time.strftime('%Y', (2000, 13, 1, 0, 0, 0, 0, 1, 0))
except ValueError as e:
    print 'ValueError:', e
try:
    time.strftime('%Y', (2000, 1, 1, 25, 0, 0, 0, 1, 0))
except ValueError as e:
    print 'ValueError:', e
try:
    time.strftime('%Y', (2000, 1, 1))
except TypeError as e:
    print 'TypeError:', e
try:
    time.strftime(5)
except TypeError as e:
    print 'TypeError:', e
try:
    time.gmtime('x')
except TypeError as e:
    print 'TypeError:', e
# mktime and localtime are inverse for whole seconds whatever the zone.
for secs in (0, 1000000000, 1234567890, 1500000000):
    lt = time.localtime(secs)
    print secs, time.mktime(lt) == secs, type(time.mktime(lt)).__name__
now = time.time()
print type(now).__name__, now > 1e9
print type(time.clock()).__name__
print type(time.timezone).__name__, type(time.altzone).__name__, type(time.daylight).__name__
print type(time.tzname).__name__, len(time.tzname)
print type(time.localtime()).__name__, len(time.localtime())
print time.sleep(0)
print time.sleep(0.001) is None
print type(time.ctime()).__name__, len(time.ctime())
