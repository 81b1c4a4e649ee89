# sys.argv with unusual arguments taken from run_argv.args.
import sys
print len(sys.argv), sys.argv[0]
for i, a in enumerate(sys.argv):
    print i, repr(a)
