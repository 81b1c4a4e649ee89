from __future__ import unicode_literals
x = b"\N{BOGUS}"
y = "\u12"
