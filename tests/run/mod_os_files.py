# os: files and folders made under a private temporary folder.
import os

base = os.path.join(os.environ.get('TMPDIR') or '/tmp', 'pystm_os_files_%d' % os.getpid())

def rmtree(top):
    for name in os.listdir(top):
        p = os.path.join(top, name)
        if os.path.isdir(p) and not os.path.islink(p):
            rmtree(p)
        else:
            os.remove(p)
    os.rmdir(top)

def write(name, data):
    f = open(name, 'w')
    f.write(data)
    f.close()

print os.path.exists(base)
os.mkdir(base)
try:
    print os.path.exists(base), os.path.isdir(base), os.path.isfile(base)
    a = os.path.join(base, 'a.txt')
    write(a, 'hello\n')
    print os.path.exists(a), os.path.isdir(a), os.path.isfile(a)
    print os.path.getsize(a), os.stat(a).st_size, os.stat(a)[6]
    print sorted(os.listdir(base))
    b = os.path.join(base, 'b.txt')
    os.rename(a, b)
    print os.path.exists(a), os.path.exists(b)
    print sorted(os.listdir(base))
    sub = os.path.join(base, 'sub')
    os.mkdir(sub)
    print sorted(os.listdir(base))
    try:
        os.mkdir(sub)
    except OSError as e:
        print 'OSError', e.errno == 17, e.strerror
    deep = os.path.join(base, 'x', 'y', 'z')
    os.makedirs(deep)
    print os.path.isdir(deep)
    try:
        os.makedirs(deep)
    except OSError as e:
        print 'OSError', e.errno
    print sorted(os.listdir(os.path.join(base, 'x')))
    try:
        os.rmdir(os.path.join(base, 'x'))
    except OSError as e:
        print 'OSError rmdir non-empty', e.errno == 39 or e.errno == 66
    os.rmdir(deep)
    print os.listdir(os.path.join(base, 'x', 'y'))
    os.removedirs(os.path.join(base, 'x', 'y'))
    print sorted(os.listdir(base))
    os.remove(b)
    try:
        os.remove(b)
    except OSError as e:
        print 'OSError', e.errno, e.strerror, os.path.basename(e.filename)
    try:
        os.listdir(os.path.join(base, 'nope'))
    except OSError as e:
        print 'OSError', e.errno, e.strerror
    try:
        os.stat(os.path.join(base, 'nope'))
    except os.error as e:
        print 'os.error', e.errno, type(e).__name__
    print os.error is OSError
    try:
        open(os.path.join(base, 'nope'))
    except IOError as e:
        print 'IOError', e.errno, e.strerror, os.path.basename(e.filename)
    write(os.path.join(sub, 'data'), 'x' * 1000)
    st = os.stat(os.path.join(sub, 'data'))
    print st.st_size, type(st.st_mtime).__name__ in ('float', 'int')
    print os.stat(sub).st_mode & 0170000 == 0040000, st.st_mode & 0170000 == 0100000
    os.unlink(os.path.join(sub, 'data'))
    os.rmdir(sub)
    print os.listdir(base)
    # getcwd and chdir
    cwd = os.getcwd()
    os.chdir(base)
    print os.getcwd() == os.path.realpath(base)
    write('rel.txt', 'rel')
    print os.listdir('.')
    print os.path.exists(os.path.join(base, 'rel.txt'))
    os.remove('rel.txt')
    os.chdir(cwd)
    print os.getcwd() == cwd
    print os.access(base, os.F_OK), os.access(os.path.join(base, 'nope'), os.F_OK)
finally:
    rmtree(base)
print os.path.exists(base)
print os.path.exists(''), os.path.isdir('.'), os.path.isfile('mod_os_files.py')
