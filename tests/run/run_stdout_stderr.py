# Output on stdout and stderr: each stream keeps its own order.
import sys
for i in range(5):
    print 'out', i
    print >>sys.stderr, 'err', i
    if i % 2:
        sys.stdout.write('partial ')
        sys.stderr.write('partial ')
sys.stdout.write('no newline at end of stdout')
sys.stderr.write('no newline at end of stderr')
