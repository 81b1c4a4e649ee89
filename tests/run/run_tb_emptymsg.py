# An uncaught exception whose message is the empty string.
raise RuntimeError('')
