# raise SystemExit(3) behaves as sys.exit(3); SystemExit's subclasses too.
class Done(SystemExit):
    pass
print 'raising Done(3)'
raise Done(3)
