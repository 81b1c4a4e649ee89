package objects

// typeDocs are the docstrings of the built-in types, in pystm's own
// words (CPython's tp_doc; type.__doc__ returns them).
var typeDocs = map[*Type]string{
	ObjectType:       "The base of all new-style classes.",
	TypeType:         "type(object) -> the object's type\ntype(name, bases, dict) -> a new type",
	IntType:          "int(x=0) -> int or long\nint(x, base=10) -> int or long\n\nAn integer that fits a machine word; results too large become long.",
	BoolType:         "bool(x) -> bool\n\nTrue when x is true, False otherwise.",
	LongType:         "long(x=0) -> long\nlong(x, base=10) -> long\n\nAn integer of any size.",
	FloatType:        "float(x) -> floating point number\n\nConverts a number or a string to a double-precision float.",
	ComplexType:      "complex(real[, imag]) -> complex number\n\nA number with a real and an imaginary part.",
	BaseStringType:   "The common base of str and unicode; it cannot be instantiated.",
	StrType:          "str(object='') -> string\n\nAn immutable string of bytes; str(x) is x's printable form.",
	UnicodeType:      "unicode(object='') -> unicode object\nunicode(string[, encoding[, errors]]) -> unicode object\n\nAn immutable string of Unicode characters.",
	ByteArrayType:    "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\nbytearray(bytes_or_bytearray) -> mutable copy\nbytearray(memory_view) -> bytearray\nbytearray(int) -> that many zero bytes\n\nA mutable sequence of bytes.",
	TupleType:        "tuple() -> empty tuple\ntuple(iterable) -> tuple of the iterable's items\n\nAn immutable sequence.",
	ListType:         "list() -> new empty list\nlist(iterable) -> new list of the iterable's items",
	DictType:         "dict() -> new empty dictionary\ndict(mapping) -> new dictionary of the mapping's pairs\ndict(iterable) -> new dictionary of the iterable's (key, value) pairs\ndict(**kwargs) -> new dictionary of the keyword arguments",
	SetType:          "set() -> new empty set object\nset(iterable) -> new set object\n\nAn unordered collection of distinct hashable objects.",
	FrozenSetType:    "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\nAn immutable, hashable set.",
	SliceType:        "slice(stop)\nslice(start, stop[, step])\n\nThe indices of an extended slice (a[start:stop:step]).",
	XRangeType:       "xrange(stop) -> xrange object\nxrange(start, stop[, step]) -> xrange object\n\nLike range(), but gives its numbers one at a time instead of making a list.",
	FunctionType:     "function(code, globals[, name[, argdefs[, closure]]])\n\nA function made from a code object and a globals dictionary.",
	MethodType:       "instancemethod(function, instance, class)\n\nA function bound to an instance, or the unbound method of a class.",
	CodeType:         "code(argcount, nlocals, stacksize, flags, codestring, constants, names,\n      varnames, filename, name, firstlineno, lnotab[, freevars[, cellvars]])\n\nA compiled piece of Python code.",
	ModuleType:       "module(name[, doc])\n\nA module: a namespace of names bound by running its code.",
	ClassMethodType:  "classmethod(function) -> method\n\nA method that receives the class as its first argument.",
	StaticMethodType: "staticmethod(function) -> method\n\nA method that receives no implicit first argument.",
	PropertyType:     "property(fget=None, fset=None, fdel=None, doc=None) -> property attribute\n\nAn attribute computed by functions.",
	SuperType:        "super(type) -> unbound super object\nsuper(type, obj) -> bound super object; requires isinstance(obj, type)\nsuper(type, type2) -> bound super object; requires issubclass(type2, type)\n\nDelegates method calls to the next class in the MRO.",
	FileType:         "file(name[, mode[, buffering]]) -> file object\n\nAn open file. Modes are 'r', 'w' and 'a', with 'b' for binary, '+' for update and 'U' for universal newlines.",
	EnumerateType:    "enumerate(iterable[, start]) -> iterator of (index, value) pairs",
	ReversedType:     "reversed(sequence) -> reverse iterator over its values",
	BufferType:       "buffer(object[, offset[, size]])\n\nA read-only view of the bytes of an object that supports it.",
	MemoryViewType:   "memoryview(object)\n\nA view of the memory of an object that supports the buffer protocol.",
}

func init() {
	for typ, doc := range typeDocs {
		typ.Doc = doc
	}
}
