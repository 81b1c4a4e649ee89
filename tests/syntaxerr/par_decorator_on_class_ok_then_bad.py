@dec
class C:
    @prop
    y = 1
