class C:
    def m(self):
        x = 1
        self.get() = x
