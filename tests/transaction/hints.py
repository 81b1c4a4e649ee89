# transaction.hint_commit_soon() and getsegmentlimit().
import transaction

print "hint_commit_soon:", transaction.hint_commit_soon()
with transaction.atomic:
    print "inside atomic:", transaction.hint_commit_soon()
n = transaction.getsegmentlimit()
print "getsegmentlimit:", type(n).__name__, n >= 1
