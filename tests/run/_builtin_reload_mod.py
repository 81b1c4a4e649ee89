# helper module for builtin_reload.py: counts how often its body ran, in its own namespace.
try:
    loads += 1
except NameError:
    loads = 1
print '_builtin_reload_mod body run', loads
def f():
    return 'f from module'
