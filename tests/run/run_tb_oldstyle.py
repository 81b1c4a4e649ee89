# An uncaught old-style class instance.
class OldError:
    def __init__(self, why):
        self.why = why
    def __str__(self):
        return 'old-style: ' + self.why

raise OldError('uncaught')
