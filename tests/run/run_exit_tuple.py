# sys.exit((1, 2)): a non-integer code is printed to stderr, status 1.
import sys
sys.exit((1, 'two'))
