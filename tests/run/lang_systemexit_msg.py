# SystemExit with a non-integer code prints it to stderr and exits 1.
print 'before exit'
raise SystemExit('fatal: something went wrong')
