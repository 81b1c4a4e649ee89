class C:
    def m(self):
        if x:
            return 1
      return 2
