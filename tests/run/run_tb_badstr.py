# An uncaught exception whose __str__ raises: CPython prints a placeholder.
class Broken(Exception):
    def __str__(self):
        raise RuntimeError('__str__ is broken')

print 'raising Broken'
raise Broken('payload')
