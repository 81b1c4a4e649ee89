class C:
    def m(self, x, y, self):
        pass
