# -*- coding: cp1252 -*-
s = '€ “quoted”'
u = u'€ “quoted” ’'
