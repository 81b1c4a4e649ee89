# Several statements on one line.
a; b; c
a = 1; b = 2;
if x: a; b
if x: pass;
def f(): return 1; pass
for i in l: print i; continue
