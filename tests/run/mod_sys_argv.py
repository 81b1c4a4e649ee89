# sys.argv: the script name first, then the arguments from mod_sys_argv.args.
import sys

print len(sys.argv)
print sys.argv[0]
for i, a in enumerate(sys.argv[1:]):
    print i, repr(a), len(a)
print type(sys.argv[0]).__name__
print all(type(a) is str for a in sys.argv)
# argv is an ordinary list: it can be changed.
sys.argv.append('extra')
print sys.argv[-1]
del sys.argv[-1]
print sys.argv[1:3]
print ' '.join(sys.argv[1:])
