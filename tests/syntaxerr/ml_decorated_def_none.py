@dec
@dec2(1,
      2)
def None():
    pass
