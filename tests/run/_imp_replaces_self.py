# A module that puts another object in sys.modules under its own name.
import sys

class Replacement(object):
    kind = 'replacement object'
    def __getattr__(self, name):
        return 'dynamic ' + name

sys.modules[__name__] = Replacement()
