# Tracebacks through methods, a classmethod, a staticmethod and a property.
class Account(object):
    def __init__(self, balance):
        self.balance = balance

    @property
    def ratio(self):
        return self.helper(self.balance)

    @classmethod
    def helper(cls, value):
        return cls.divide(100, value)

    @staticmethod
    def divide(a, b):
        return a / b

    def report(self):
        return 'ratio %d' % self.ratio

print Account(4).report()
acct = Account(0)
print acct.report()
