class C:
    def None(self):
        pass
