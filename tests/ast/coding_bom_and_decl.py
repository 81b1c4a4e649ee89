# -*- coding: utf-8 -*-
s = 'é'
u = u'é中'
