# The builtin exception classes: every one's MRO, module and base.
import __builtin__

excs = sorted((k, v) for k, v in vars(__builtin__).items()
              if isinstance(v, type) and issubclass(v, BaseException))
print len(excs)
for name, cls in excs:
    print name, [c.__name__ for c in cls.__mro__], cls.__module__
print [c.__name__ for c in BaseException.__subclasses__()]
print sorted(c.__name__ for c in Exception.__subclasses__() if c.__module__ == 'exceptions')
print sorted(c.__name__ for c in StandardError.__subclasses__())
print sorted(c.__name__ for c in Warning.__subclasses__())
print EnvironmentError.__bases__, IOError.__bases__
print issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, Exception), issubclass(GeneratorExit, Exception)
print issubclass(StopIteration, StandardError), issubclass(Warning, StandardError)
print issubclass(UnicodeDecodeError, ValueError), issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError)
print issubclass(ZeroDivisionError, ArithmeticError), issubclass(OverflowError, ArithmeticError)
print issubclass(KeyError, LookupError), issubclass(IndexError, LookupError)
print issubclass(UnboundLocalError, NameError), issubclass(NotImplementedError, RuntimeError)
print issubclass(IOError, EnvironmentError), issubclass(OSError, EnvironmentError)
print issubclass(BufferError, StandardError), issubclass(ReferenceError, StandardError)
print type(ValueError), type(ValueError('x')).__name__
import exceptions
print exceptions.ValueError is ValueError, sorted(k for k in dir(exceptions) if not k.startswith('_')) == [n for n, c in excs]
