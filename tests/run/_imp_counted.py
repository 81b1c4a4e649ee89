# Counts how often its body runs, in a place that survives re-execution.
import __builtin__
__builtin__._imp_counted_runs = getattr(__builtin__, '_imp_counted_runs', 0) + 1
print '_imp_counted body run', __builtin__._imp_counted_runs
value = []
