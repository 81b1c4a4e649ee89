# Explicit and implicit line joining.
x = 1 + \
    2
if a and \
   b:
    pass
def f(a,
      b):
    return \
        a
y = [1,
     2,
  3]
z = {1:
     2}
w = (1
     +
     2)
assert x, \
    "msg"
with open(f) as a, \
     open(g) as b:
    pass
print \
    x
