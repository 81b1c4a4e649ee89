# -*- coding: utf-8 -*-
# Source encoding declaration: unicode literals are decoded from UTF-8; str literals keep the bytes.
s = 'café'
u = u'café'
print repr(s), len(s), repr(u), len(u)
print repr('€'), repr(u'€'), len('€'), len(u'€')
print s.decode('utf-8') == u, u.encode('utf-8') == s
print repr(u'日本語'), u'日本語'.encode('utf-8') == '日本語'
print repr(ur'\u00e9 é'), repr(r'é')
# comments may hold any UTF-8: ünïcödé
print repr(u'Ωmega'.lower()), repr(u'ÉCOLE'.lower()), repr(u'straße'.upper())
print u'é'.isalpha(), u'٣'.isdigit(), u'Ⅻ'.isnumeric()
