import os, sys
print __name__, os.path.basename(sys.argv[0]), sys.argv[1:]
