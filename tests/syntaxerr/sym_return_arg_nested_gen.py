class C:
    def gen(self):
        for x in self:
            if x:
                return x
            yield x
