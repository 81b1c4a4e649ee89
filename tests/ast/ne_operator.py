# <> and != are both NotEq.
a <> b
a != b
a <> b != c
if x <> 0: pass
