print 'running _imp_raises_exit'
import sys
sys.exit(7)
