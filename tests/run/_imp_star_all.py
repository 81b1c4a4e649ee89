__all__ = ['public', '_private_but_listed', 'Klass']
public = 'public'
_private_but_listed = 'listed'
not_listed = 'not listed'
_hidden = 'hidden'
class Klass(object):
    pass
