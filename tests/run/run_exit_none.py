# sys.exit(None) ends the program with status 0 and prints nothing.
import sys
print 'before exit'
sys.exit(None)
print 'not reached'
