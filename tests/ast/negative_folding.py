# A minus sign before a number literal is folded into it.
-1
- 1
-(1)
--1
-+1
+-1
~-1
-1L
-0
-0.0
-1j
-0x10
-0777
-0b11
-1.5e300
-2**2
-1 .real
-x
-(-1)
x - 1
x-1
x -1
a[-1]
f(-1, -2.5)
