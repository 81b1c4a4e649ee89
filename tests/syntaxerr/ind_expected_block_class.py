class C(object):
    def m(self):
    pass
