# atexit handlers run after sys.exit, in reverse order, and their output
# comes after the main program's.
import atexit, sys

def first():
    print 'first registered, runs last'

def second(code):
    print 'second registered, sees', code

atexit.register(first)
atexit.register(second, 'an argument')
print 'main program'
sys.exit(4)
