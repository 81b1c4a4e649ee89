# -*- coding: latin-1 -*-
# A comment with an accent: é.
s = 'été'
u = u'été'
r = ur'é\u00e9'
b = 'café\xe9'
x = 'ÿ '
