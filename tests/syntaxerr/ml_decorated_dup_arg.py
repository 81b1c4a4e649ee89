class C:
    @staticmethod
    def m(x, x):
        pass
