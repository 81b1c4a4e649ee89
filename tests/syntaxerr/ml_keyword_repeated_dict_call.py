d = dict(
    a=1,
    b=2,
    c=3,
    b=4,
)
