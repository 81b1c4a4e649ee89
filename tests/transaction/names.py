# The names of the transaction module.
import transaction
from transaction import *

names = ['atomic', 'is_atomic', 'hint_commit_soon', 'getsegmentlimit',
         'stmdict', 'stmset', 'hashtable', 'local', 'time', 'clock',
         'queue', 'Empty', 'signals_enabled', 'stmidset', 'stmiddict',
         'TransactionError', 'TransactionQueue', 'threadlocalproperty']
for name in names:
    print name, hasattr(transaction, name), name in globals()
print "callable:", [n for n in names if not callable(getattr(transaction, n))]
print "TransactionError:", issubclass(TransactionError, Exception)
print "TransactionError message:", TransactionError("m")
with signals_enabled:
    print "signals_enabled: a context manager"
with signals_enabled:
    with signals_enabled:
        print "nested"
