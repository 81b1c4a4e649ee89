# open() for writing and appending, write/writelines, flush, truncate, read back, binary data, 'r+' and 'a+'.
import os
path = os.path.join(os.environ.get('TMPDIR', '/tmp'), 'pystm_open_write_%d.txt' % os.getpid())
f = open(path, 'w')
print f.mode, f.closed, f.tell()
print f.write('line one\n'), f.tell()
f.writelines(['line two\n', 'line three\n'])
f.write('no newline')
f.flush()
f.close()
with open(path) as f:
    print repr(f.read())
with open(path, 'a') as f:
    f.write('\nappended')
    print f.tell() > 0
with open(path) as f:
    print f.readlines()
with open(path, 'r+') as f:
    f.write('LINE')
    f.seek(0)
    print repr(f.readline())
    f.seek(0, 2)
    f.write('\nend')
with open(path) as f:
    print repr(f.read()[-12:])
with open(path, 'r+') as f:
    f.truncate(8)
    f.seek(0)
    print repr(f.read())
with open(path, 'w') as f:
    pass
print os.path.getsize(path)
with open(path, 'wb') as f:
    f.write(''.join(chr(i) for i in range(256)))
with open(path, 'rb') as f:
    data = f.read()
print len(data), data == ''.join(chr(i) for i in range(256))
with open(path, 'a+') as f:
    f.write('tail')
    f.seek(0)
    print len(f.read())
# write errors
with open(path, 'w') as f:
    for bad in (5, None, ['a']):
        try:
            f.write(bad)
        except TypeError as e:
            print type(e).__name__, e
    try:
        f.writelines([1])
    except TypeError as e:
        print type(e).__name__, e
    try:
        f.writelines(5)
    except TypeError as e:
        print type(e).__name__, e
    f.write(u'unicode ascii ')
    try:
        f.write(u'\xe9')
    except UnicodeEncodeError as e:
        print type(e).__name__, e
    f.write(bytearray('ba'))
with open(path) as f:
    print repr(f.read())
# print >> file
with open(path, 'w') as f:
    print >> f, 'printed', 1, 2.5
    print >> f, 'soft',
    print >> f, 'space'
with open(path) as f:
    print repr(f.read())
# universal newlines
with open(path, 'wb') as f:
    f.write('a\r\nb\rc\nd')
with open(path, 'rU') as f:
    print repr(f.read()), f.newlines
with open(path, 'rb') as f:
    print f.readlines()
with open(path) as f:
    print [l for l in f]
os.remove(path)
print os.path.exists(path)
