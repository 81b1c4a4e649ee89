# sys.stdout is fully buffered when it is not a terminal: output written
# straight to the descriptor with os.write comes out before what print
# left in the buffer, until a flush. stderr is not buffered.
import os, sys
print 'printed first'
os.write(1, 'written directly\n')
sys.stdout.flush()
os.write(1, 'after flush\n')
sys.stdout.write('x' * 5000 + '\n')
os.write(1, 'after a long write\n')
print 'softspace pending',
os.write(1, 'direct again\n')
sys.stderr.write('stderr is unbuffered\n')
os.write(2, 'direct to stderr\n')
print >> sys.stderr, 'print to stderr',
os.write(2, '|\n')
sys.stderr.softspace = 0
sys.stdout.write(u'unicode\n')
os.write(1, 'end\n')
