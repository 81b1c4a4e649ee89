# A recursive call chain of depth 6 ending in an error; each frame is shown.
def countdown(n):
    if n == 0:
        return [][n]
    return countdown(n - 1)

class Runner(object):
    def run(self):
        return countdown(5)

def outer():
    def inner():
        return Runner().run()
    return inner()

outer()
