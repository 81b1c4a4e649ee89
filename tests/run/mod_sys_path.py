# sys.path: path[0] is the folder that holds the script; only relative facts
# are printed, never the absolute path itself.
import sys, os

p0 = sys.path[0]
print type(p0).__name__
print os.path.isabs(p0)
print os.path.normcase(os.path.abspath(p0)) == os.path.normcase(os.path.abspath(os.path.dirname(os.path.abspath(__file__))))
print os.path.basename(p0)
print os.path.exists(os.path.join(p0, 'mod_sys_path.py'))
print os.path.samefile(p0, os.getcwd())
print __file__
print os.path.basename(sys.argv[0])
print type(sys.path).__name__
print all(isinstance(x, str) for x in sys.path)
# A folder added to sys.path is searched by import.
def rmtree(top):
    for name in os.listdir(top):
        p = os.path.join(top, name)
        if os.path.isdir(p) and not os.path.islink(p):
            rmtree(p)
        else:
            os.remove(p)
    os.rmdir(top)
d = os.path.join(os.environ.get('TMPDIR') or '/tmp', 'pystm_sys_path_%d' % os.getpid())
os.mkdir(d)
try:
    f = open(os.path.join(d, 'pathmod_xyz.py'), 'w')
    f.write('VALUE = 42\n')
    f.close()
    try:
        import pathmod_xyz
    except ImportError as e:
        print 'ImportError', e
    sys.path.insert(0, d)
    import pathmod_xyz
    print pathmod_xyz.VALUE
    print os.path.basename(pathmod_xyz.__file__).split('.')[0]
    sys.path.remove(d)
    del sys.modules['pathmod_xyz']
    try:
        import pathmod_xyz
    except ImportError as e:
        print 'ImportError', e
finally:
    rmtree(d)
