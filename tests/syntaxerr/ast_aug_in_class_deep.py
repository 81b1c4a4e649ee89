class C:
    a = 1
    def m(self):
        pass
    a.b, c *= 2
