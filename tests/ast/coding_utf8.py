# coding: utf-8
s = 'é'
u = u'é😀€'
r = ur'é\u00e9'
b = 'é\xe9'
z = u'é\xe9'
