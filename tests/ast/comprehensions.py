# List, set and dict comprehensions.
[x for x in y]
[x for x in y if z]
[x for x in 1, 2, 3]
[(x, y) for x in a for y in b if x if y]
[x for x, in c]
[x for x in lambda: y]
[x for x in lambda: y, 1]
[x for x in a if lambda: b]
{x for x in y}
{x for x in y if z for a in b}
{k: v for k, v in d.items()}
{k: v for k in a if k for v in b}
{(k, v): k * v for k in a for v in b}
[[y for y in x] for x in z]
