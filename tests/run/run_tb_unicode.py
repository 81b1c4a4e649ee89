# -*- coding: utf-8 -*-
# An uncaught exception with a non-ASCII unicode message.
print 'about to fail'
raise ValueError(u'caf\xe9 \u2603')
