#!/usr/bin/python
# vim:fileencoding=ISO_8859_1
s = 'é'
u = u'é'
