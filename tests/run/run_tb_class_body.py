# An exception in a class body: the frame is named after the class.
def default_size():
    return int('big')

class Config(object):
    name = 'config'
    size = default_size()
