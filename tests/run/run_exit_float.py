# sys.exit(2.5): not an int, so it is printed and the status is 1.
import sys
sys.exit(2.5)
