class C:
    def m(self, a, b):
        c = 1
        global b
