# Conditional expressions.
a if b else c
a if b else c if d else e
(a if b else c) if d else e
x = a or b if c and d else not e
lambda: a if b else c
lambda x: x if x else -x
f(a if b else c, d)
[a if b else c for a in l]
