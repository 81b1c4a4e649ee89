# sys.exit with a unicode message prints it on stderr, status 1.
import sys
sys.exit(u'unicode exit message')
