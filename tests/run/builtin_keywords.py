# Which built-ins accept keyword arguments in 2.7, and the errors for those that do not,
# plus argument-count errors of built-in functions and types.
calls = [
    "len(obj=[1])", "abs(x=1)", "sum([1], start=0)", "sorted(iterable=[2, 1])", "enumerate(sequence='ab', start=1)",
    "round(number=1.55, ndigits=1)", "int('11', base=2)", "int(x='11')", "float(x='1.5')", "str(object='x')",
    "unicode(string='x')", "unicode('x', encoding='ascii', errors='strict')", "list(sequence='ab')", "tuple(sequence='ab')",
    "dict(iterable=[('a', 1)])", "max([1, 3], key=None)", "min(1, 2, key=abs)", "sorted([3, 1], reverse=True, key=None)",
    "open(name='builtin_keywords.py', mode='r').close()", "compile(source='1', filename='f', mode='eval')",
    "pow(x=2, y=3)", "divmod(a=7, b=2)", "isinstance(obj=1, type=int)", "getattr(object=1, name='real')",
    "range(stop=3)", "xrange(stop=3)", "zip(a=[1])", "map(function=str, iterable=[1])", "filter(function=None, iterable=[1])",
    "reduce(function=max, sequence=[1])", "iter(o=[])", "next(iterator=iter([1]))", "repr(object=1)", "hash(object=1)",
    "format(value=1, format_spec='d')", "bytearray(source='ab')", "complex(real=1, imag=2)", "bool(x=1)", "chr(i=65)",
    "ord(c='a')", "hex(number=1)", "vars(object=1)", "dir(object=1)", "type(object=1)", "slice(start=1)", "set(iterable=[1])",
    "frozenset(iterable=[1])", "property(fget=None)", "super(type=int)", "long(x='5', base=10)", "callable(obj=len)",
    "id(obj=1)", "any(iterable=[1])", "all(iterable=[1])", "cmp(x=1, y=2)", "coerce(x=1, y=2)", "intern(string='x')",
    "hasattr(object=1, name='x')", "setattr(obj=1, name='x', value=1)", "delattr(obj=1, name='x')", "apply(func=len)",
    "globals(x=1)", "locals(x=1)", "input(prompt='x')", "raw_input(prompt='x')", "reload(module=1)", "execfile(filename='x')",
    "eval(source='1')", "unichr(i=65)", "oct(number=8)", "bin(number=2)", "reversed(sequence=[1])", "issubclass(C=int, B=int)",
    "staticmethod(function=len)", "classmethod(function=len)", "object(x=1)", "file(name='builtin_keywords.py').close()",
]
for c in calls:
    try:
        r = eval(c)
        if isinstance(r, (list, tuple, dict, int, long, float, complex, str, unicode, bool, bytearray, set, frozenset, slice)) or r is None:
            print c, '->', repr(r)
        else:
            print c, '->', type(r).__name__
    except Exception as e:
        print c, '!!', type(e).__name__, e
