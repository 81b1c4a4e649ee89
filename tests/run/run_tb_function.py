# An uncaught exception raised three calls deep: the traceback lists every
# frame with its source line, stdout keeps what was printed before.
def parse(text):
    return int(text)

def load(items):
    total = 0
    for item in items:
        total += parse(item)
    return total

def main():
    print 'loading'
    print load(['1', '2'])
    print load(['3', 'four'])
    print 'not reached'

main()
