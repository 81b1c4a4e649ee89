# sys.exit([1, 2]) prints the list's str on stderr, status 1.
import sys
sys.exit([1, 2])
