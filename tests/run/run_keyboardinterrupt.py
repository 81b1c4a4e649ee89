# KeyboardInterrupt raised by code and not caught: traceback and status 1.
import sys

def loop():
    for i in range(3):
        print 'iteration', i
        if i == 2:
            raise KeyboardInterrupt
loop()
