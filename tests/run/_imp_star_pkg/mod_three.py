print 'this module is not in __all__ and must not be imported'
