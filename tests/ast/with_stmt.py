# The with statement, with one and several managers.
with a:
    pass
with a as b:
    pass
with a as (b, c):
    pass
with a as [b, c]:
    pass
with a as b.c:
    pass
with a as b[0]:
    pass
with a as b, c as d:
    pass
with a, b:
    pass
with a, b as c, d:
    pass
with f(x) as y: z
with a:
    with b:
        pass
