# An exception raised while handling another: 2.7 shows only the new one,
# with the frame of the except clause.
def risky():
    return {}['missing']

def handler():
    try:
        risky()
    except KeyError as e:
        print 'handling', repr(e)
        raise ValueError('failed while handling %s' % e)

handler()
