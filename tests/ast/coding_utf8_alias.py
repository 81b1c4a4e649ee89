# -*- coding: utf8 -*-
s = '☃'
u = u'☃'
