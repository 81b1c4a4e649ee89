from __future__ import unicode_literals
x = "\x4"
