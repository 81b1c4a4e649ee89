# The print statement in all its forms.
print
print x
print x,
print x, y
print x, y,
print >>f
print >>f, x
print >>f, x, y,
print >> f , x
print(x)
print (x, y)
print ()
print(x),
print -1
print x if y else z
print `x`
