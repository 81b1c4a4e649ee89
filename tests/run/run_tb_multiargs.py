# An uncaught exception with several arguments prints the args tuple.
raise ValueError('one', 2, None)
