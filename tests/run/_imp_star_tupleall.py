__all__ = ('a',)
a = 'a from tuple __all__'
b = 'b'
