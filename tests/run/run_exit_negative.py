# sys.exit(-1) gives status 255.
import sys
sys.exit(-1)
