# if, while and for statements.
if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass
while a:
    break
else:
    pass
for x in y:
    continue
else:
    pass
for x, y in z:
    pass
for (x, y), z in w:
    pass
for x in 1, 2:
    pass
for x, in y:
    pass
for x.a in y: pass
for x[0] in y: pass
while 1:
    if x:
        break
    else:
        continue
