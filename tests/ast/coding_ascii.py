# -*- coding: ascii -*-
s = 'abc'
u = u'abc\xe9'
