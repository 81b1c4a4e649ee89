# Iterating over sys.stdin line by line; fileinput-like numbering.
import sys
total = 0
for n, line in enumerate(sys.stdin, 1):
    words = line.split()
    total += len(words)
    print n, len(line), repr(line.rstrip('\n')), words
print 'words:', total
for line in sys.stdin:
    print 'never: stdin is exhausted'
