"""The docstring is unicode too."""
from __future__ import unicode_literals
'a'
"b"
r'\n'
b'bytes'
br'\n'
u'u'
'\xe9'
'\u1234'
b'\u1234'
'implicit' b'concat'
