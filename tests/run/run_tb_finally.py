# An exception raised in a finally clause replaces the one in flight.
def work():
    try:
        print 'in try'
        raise KeyError('first')
    finally:
        print 'in finally'
        None.attribute

work()
