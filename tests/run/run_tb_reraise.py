# A bare raise in an except clause keeps the original traceback.
def source():
    return int('not a number')

def middle():
    try:
        source()
    except ValueError:
        print 'logging and re-raising'
        raise

middle()
