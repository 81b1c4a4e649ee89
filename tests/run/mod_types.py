# types: the type objects and what they match.
import types, sys

def f():
    pass
def g():
    yield 1
class New(object):
    def m(self):
        pass
class Old:
    def m(self):
        pass
checks = [
    ('NoneType', None), ('TypeType', int), ('ObjectType', object()), ('IntType', 1),
    ('LongType', 1L), ('FloatType', 1.0), ('BooleanType', True), ('ComplexType', 1j),
    ('StringType', 's'), ('UnicodeType', u's'), ('TupleType', ()), ('ListType', []),
    ('DictType', {}), ('DictionaryType', {}), ('FunctionType', f), ('LambdaType', lambda: 0),
    ('GeneratorType', g()), ('CodeType', f.func_code), ('ClassType', Old),
    ('InstanceType', Old()), ('MethodType', New().m), ('UnboundMethodType', New.m),
    ('BuiltinFunctionType', len), ('BuiltinMethodType', [].append), ('ModuleType', sys),
    ('FileType', sys.stdout), ('XRangeType', xrange(1)), ('SliceType', slice(1)),
    ('EllipsisType', Ellipsis), ('FrameType', sys._getframe()),
    ('BufferType', buffer('')), ('DictProxyType', New.__dict__), ('NotImplementedType', NotImplemented),
]
for name, v in checks:
    t = getattr(types, name)
    print name, t.__name__, isinstance(v, t)
try:
    raise ValueError
except ValueError:
    print isinstance(sys.exc_info()[2], types.TracebackType)
print types.StringTypes
print isinstance('x', types.StringTypes), isinstance(u'x', types.StringTypes), isinstance(1, types.StringTypes)
print types.IntType is int, types.ListType is list, types.TypeType is type, types.NoneType is type(None)
print types.MethodType is types.UnboundMethodType, types.FunctionType is types.LambdaType
print types.ClassType.__name__, type(Old).__name__, type(Old()).__name__, type(Old().m).__name__
print isinstance(Old().m, types.MethodType), isinstance(New.m, types.MethodType)

m = types.ModuleType('dyn')
print m.__name__, m.__doc__, sorted(vars(m))
m2 = types.ModuleType('dyn2', 'docstring')
print m2.__doc__
m2.x = 5
print m2.x
print type(m2).__name__
def add(self, y):
    return self.v + y
class Holder(object):
    v = 10
h = Holder()
bm = types.MethodType(add, h)
print bm(5), bm.im_self is h, bm.im_func is add
um = types.MethodType(add, None, Holder)
print um(h, 1)
Holder.add = types.MethodType(add, None, Holder)
print h.add(2)
code = f.func_code
nf = types.FunctionType(code, {}, 'renamed')
print nf.__name__, nf()
def adder(n):
    def inner(x):
        return x + n
    return inner
i5 = adder(5)
clone = types.FunctionType(i5.func_code, i5.func_globals, 'clone', None, i5.func_closure)
print clone(1), clone.__name__
NewCls = types.ClassType('NewCls', (), {'a': 1})
print NewCls.a, type(NewCls).__name__, NewCls.__name__
T = type('T', (object,), {'b': 2})
print T.b, T.__name__, type(T()).__name__
try:
    types.ModuleType()
except TypeError as e:
    print 'TypeError:', e
try:
    types.FunctionType(1, {})
except TypeError as e:
    print 'TypeError:', e
