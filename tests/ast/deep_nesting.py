# Deep nesting of blocks and brackets.
if a:
    if b:
        if c:
            if d:
                if e:
                    pass
x = 1
((((((((((a))))))))))
[[[[[[1]]]]]]
{1: {2: {3: {4: {}}}}}
def f():
    def g():
        def h():
            class C:
                def m(self):
                    return lambda: lambda: 1
