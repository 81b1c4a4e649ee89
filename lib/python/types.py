"""Names for the types of the standard interpreter's objects.

Each name is bound to the type of a real object, made here, so that the
module holds whatever types this interpreter really uses.
"""
# pystm: uses the Go module sys.
import sys

NoneType = type(None)
TypeType = type
ObjectType = object

IntType = int
LongType = long
FloatType = float
BooleanType = bool
ComplexType = complex

StringType = str
UnicodeType = unicode
StringTypes = (StringType, UnicodeType)

try:
    BufferType = buffer
except NameError:
    pass

TupleType = tuple
ListType = list
DictType = DictionaryType = dict


def _function():
    pass

FunctionType = LambdaType = type(_function)
CodeType = type(_function.func_code)


def _generator():
    yield 1

GeneratorType = type(_generator())


class _OldStyle:
    def _method(self):
        pass

ClassType = type(_OldStyle)
UnboundMethodType = type(_OldStyle._method)
InstanceType = type(_OldStyle())
MethodType = type(_OldStyle()._method)

BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)

ModuleType = type(sys)
FileType = file
XRangeType = xrange

try:
    raise TypeError
except TypeError:
    _tb = sys.exc_info()[2]
    TracebackType = type(_tb)
    FrameType = type(_tb.tb_frame)
    del _tb
sys.exc_clear()

SliceType = slice
EllipsisType = type(Ellipsis)
DictProxyType = type(TypeType.__dict__)
NotImplementedType = type(NotImplemented)

# A function's func_code is a computed attribute (a getset descriptor); its
# func_globals is a plain member (a member descriptor).
GetSetDescriptorType = type(FunctionType.func_code)
MemberDescriptorType = type(FunctionType.func_globals)

del sys, _function, _generator, _OldStyle

__all__ = [_n for _n in list(globals()) if _n[:1] != "_"]
del _n
