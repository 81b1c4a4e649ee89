# executed by lang_execfile.py through execfile(); not a test by itself.
print 'in execfile, __name__ =', __name__
value = 'set by execfile'
def helper(x):
    return x * 3
if 'preset' in dir():
    print 'preset seen:', preset
