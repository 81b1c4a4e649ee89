# An uncaught exception with an ASCII-only unicode message.
raise TypeError(u'plain unicode text')
