# sys.exit(True) is sys.exit(1): bool is an int.
import sys
sys.exit(True)
