package objects

// builtinTypes lists every built-in type, for Ready.
var builtinTypes []*Type

// NewBuiltinType returns a built-in type named name deriving from base
// (nil for object). Its slots are filled in by the caller; Ready
// completes it.
func NewBuiltinType(name string, base *Type, flags TypeFlags) *Type {
	typ := &Type{Name: name, Base: base, Flags: flags, Dict: newDictRaw()}
	if base != nil {
		typ.Bases = []Value{base}
	}
	builtinTypes = append(builtinTypes, typ)
	return typ
}

// The built-in types.
var (
	ObjectType = NewBuiltinType("object", nil, FlagBaseType)
	TypeType   = NewBuiltinType("type", ObjectType, FlagBaseType|FlagHasDict)

	NoneTypeType           = NewBuiltinType("NoneType", ObjectType, 0)
	NotImplementedTypeType = NewBuiltinType("NotImplementedType", ObjectType, 0)
	EllipsisTypeType       = NewBuiltinType("ellipsis", ObjectType, 0)

	IntType     = NewBuiltinType("int", ObjectType, FlagBaseType)
	BoolType    = NewBuiltinType("bool", IntType, 0)
	LongType    = NewBuiltinType("long", ObjectType, FlagBaseType)
	FloatType   = NewBuiltinType("float", ObjectType, FlagBaseType)
	ComplexType = NewBuiltinType("complex", ObjectType, FlagBaseType)

	BaseStringType = NewBuiltinType("basestring", ObjectType, FlagBaseType|FlagAbstract)
	StrType        = NewBuiltinType("str", BaseStringType, FlagBaseType)
	UnicodeType    = NewBuiltinType("unicode", BaseStringType, FlagBaseType)
	ByteArrayType  = NewBuiltinType("bytearray", ObjectType, FlagBaseType)

	TupleType     = NewBuiltinType("tuple", ObjectType, FlagBaseType)
	ListType      = NewBuiltinType("list", ObjectType, FlagBaseType)
	DictType      = NewBuiltinType("dict", ObjectType, FlagBaseType)
	SetType       = NewBuiltinType("set", ObjectType, FlagBaseType)
	FrozenSetType = NewBuiltinType("frozenset", ObjectType, FlagBaseType)
	SliceType     = NewBuiltinType("slice", ObjectType, 0)
	XRangeType    = NewBuiltinType("xrange", ObjectType, 0)

	FunctionType     = NewBuiltinType("function", ObjectType, 0)
	MethodType       = NewBuiltinType("instancemethod", ObjectType, 0)
	CodeType         = NewBuiltinType("code", ObjectType, 0)
	CellType         = NewBuiltinType("cell", ObjectType, 0)
	ModuleType       = NewBuiltinType("module", ObjectType, FlagBaseType|FlagHasDict)
	ClassMethodType  = NewBuiltinType("classmethod", ObjectType, FlagBaseType)
	StaticMethodType = NewBuiltinType("staticmethod", ObjectType, FlagBaseType)
	PropertyType     = NewBuiltinType("property", ObjectType, FlagBaseType)
	SuperType        = NewBuiltinType("super", ObjectType, FlagBaseType)

	BuiltinFunctionType  = NewBuiltinType("builtin_function_or_method", ObjectType, 0)
	MethodWrapperType    = NewBuiltinType("method-wrapper", ObjectType, 0)
	MethodDescrType      = NewBuiltinType("method_descriptor", ObjectType, 0)
	WrapperDescrType     = NewBuiltinType("wrapper_descriptor", ObjectType, 0)
	ClassMethodDescrType = NewBuiltinType("classmethod_descriptor", ObjectType, 0)
	GetSetDescrType      = NewBuiltinType("getset_descriptor", ObjectType, 0)
	MemberDescrType      = NewBuiltinType("member_descriptor", ObjectType, 0)
	DictProxyType        = NewBuiltinType("dictproxy", ObjectType, 0)

	TracebackType = NewBuiltinType("traceback", ObjectType, 0)
	FrameType     = NewBuiltinType("frame", ObjectType, 0)
	GeneratorType = NewBuiltinType("generator", ObjectType, 0)
	FileType      = NewBuiltinType("file", ObjectType, FlagBaseType)

	// Old-style classes and their instances.
	ClassType    = NewBuiltinType("classobj", ObjectType, 0)
	InstanceType = NewBuiltinType("instance", ObjectType, 0)
)

// Ready completes the built-in types once their slots are set: MROs,
// slot wrappers in their dicts (__add__, __repr__, ...), and the
// inherited slots. It is idempotent.
func Ready() {
	if readyDone {
		return
	}
	readyDone = true
	for _, typ := range builtinTypes {
		readyType(typ)
	}
}

var readyDone bool

func readyType(typ *Type) {
	if typ.MRO != nil {
		return
	}
	if typ.Base != nil {
		readyType(typ.Base)
		typ.Base.addSubclass(typ)
	}
	typ.MRO = []*Type{typ}
	for b := typ.Base; b != nil; b = b.Base {
		typ.MRO = append(typ.MRO, b)
	}
	addSlotWrappers(typ)
	if typ.Base != nil {
		inheritSlots(typ, typ.Base)
	}
	typ.cacheSlotKinds()
	typ.Version = nextTypeVersion()
	if typ.Dict.GetString(nil, "__doc__") == nil {
		typ.Dict.SetString(nil, "__doc__", None)
	}
}

// BuiltinType returns the built-in type named name ("enumerate"), or nil.
func BuiltinType(name string) *Type {
	for _, typ := range builtinTypes {
		if typ.Name == name && typ.Flags&FlagException == 0 {
			return typ
		}
	}
	return nil
}
