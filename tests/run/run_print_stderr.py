# print >>sys.stderr with softspace, trailing commas and an empty print.
import sys
print >>sys.stderr, 'one', 2, 3.5
print >>sys.stderr, 'trailing comma',
print >>sys.stderr, 'continues'
print >>sys.stderr
print >>sys.stderr, 'after a blank line'
print 'stdout line'
print >>sys.stdout, 'explicit stdout'
print >>sys.stderr, 'tab\there', repr('quoted')
sys.stderr.write('direct write\n')
print >>sys.stderr, u'unicode text'
print >>sys.stderr, 'a', ; print >>sys.stderr, 'b'
