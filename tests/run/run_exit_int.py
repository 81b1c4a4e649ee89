# sys.exit(42): the status is 42 and nothing is printed on stderr.
import sys
print 'exiting with 42'
sys.exit(42)
