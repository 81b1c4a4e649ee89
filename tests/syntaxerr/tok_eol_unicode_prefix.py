class C:
    def m(self):
        return u'abc
