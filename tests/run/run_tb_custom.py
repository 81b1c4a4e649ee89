# An uncaught exception of a class defined in the main script.
class ConfigError(Exception):
    pass

class MissingKey(ConfigError):
    def __init__(self, key):
        ConfigError.__init__(self, key)
        self.key = key
    def __str__(self):
        return 'missing configuration key %r' % self.key

def read(conf, key):
    if key not in conf:
        raise MissingKey(key)
    return conf[key]

print read({'a': 1}, 'a')
read({'a': 1}, 'b')
