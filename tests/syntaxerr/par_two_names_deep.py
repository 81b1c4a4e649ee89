class C:
    x = 1

    def m(self):
        y = self.x
        return y z
