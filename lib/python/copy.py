"""Generic shallow and deep copying.

    copy.copy(obj)          -> a shallow copy of obj
    copy.deepcopy(obj)      -> a deep copy of obj

copy.Error is raised for objects that cannot be copied.

A shallow copy is a new compound object holding the same objects as the
original; a deep copy holds copies of them, made recursively. deepcopy()
keeps a memo of what it has copied so far, which makes shared and
recursive structures come out shared and recursive, and copies each
object once.

Classes control copying as they control pickling (__getinitargs__,
__getstate__, __setstate__, __reduce__, __reduce_ex__, and copy_reg), or
by defining __copy__() and __deepcopy__(memo) themselves. Modules,
classes, functions, methods, stack frames, files, sockets and the like are
not copied (classes and functions are returned as they are).
"""
# pystm: pure Python; uses no Go module. weakref is used if there.

import types
from copy_reg import dispatch_table

try:
    import weakref as _weakref
except ImportError:
    _weakref = None


class Error(Exception):
    pass
error = Error

__all__ = ["Error", "copy", "deepcopy"]


def copy(x):
    """Return a shallow copy of x (see the module's documentation)."""
    cls = type(x)
    copier = _copy_dispatch.get(cls)
    if copier:
        return copier(x)
    copier = getattr(cls, "__copy__", None)
    if copier:
        return copier(x)
    rv = _reduce(x, cls, "un(shallow)copyable object of type %s")
    return _reconstruct(x, rv, 0)


def _reduce(x, cls, message):
    # What pickle would do with x: copy_reg's registry first, then
    # __reduce_ex__(2), then __reduce__().
    reductor = dispatch_table.get(cls)
    if reductor:
        return reductor(x)
    reductor = getattr(x, "__reduce_ex__", None)
    if reductor:
        return reductor(2)
    reductor = getattr(x, "__reduce__", None)
    if reductor:
        return reductor()
    raise Error(message % cls)


def _copy_immutable(x):
    return x


def _copy_with_constructor(x):
    return type(x)(x)


class _EmptyClass:
    pass


def _copy_inst(x):
    # Old-style instances.
    if hasattr(x, '__copy__'):
        return x.__copy__()
    if hasattr(x, '__getinitargs__'):
        y = x.__class__(*x.__getinitargs__())
    else:
        y = _EmptyClass()
        y.__class__ = x.__class__
    if hasattr(x, '__getstate__'):
        state = x.__getstate__()
    else:
        state = x.__dict__
    if hasattr(y, '__setstate__'):
        y.__setstate__(state)
    else:
        y.__dict__.update(state)
    return y

_copy_dispatch = {}
for _t in (type(None), int, long, float, bool, str, tuple, frozenset, type,
           xrange, types.ClassType, types.BuiltinFunctionType,
           type(Ellipsis), types.FunctionType, complex, unicode,
           types.CodeType):
    _copy_dispatch[_t] = _copy_immutable
if _weakref is not None:
    _copy_dispatch[_weakref.ref] = _copy_immutable
for _t in (list, dict, set):
    _copy_dispatch[_t] = _copy_with_constructor
_copy_dispatch[types.InstanceType] = _copy_inst


def deepcopy(x, memo=None, _nil=[]):
    """Return a deep copy of x: memo maps the ids of the objects copied so
    far to their copies (see the module's documentation)."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier:
        y = copier(x, memo)
    else:
        try:
            is_class = issubclass(cls, type)
        except TypeError:
            is_class = False
        if is_class:
            # An instance of a metaclass: a class, kept as it is.
            y = x
        else:
            copier = getattr(x, "__deepcopy__", None)
            if copier:
                y = copier(memo)
            else:
                rv = _reduce(x, cls, "un(deep)copyable object of type %s")
                y = _reconstruct(x, rv, 1, memo)
    memo[d] = y
    _keep_alive(x, memo)
    return y


def _deepcopy_atomic(x, memo):
    return x


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    for a in x:
        y.append(deepcopy(a, memo))
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy(a, memo) for a in x]
    # The tuple may have been copied meanwhile, through a cycle.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for i in range(len(x)):
        if x[i] is not y[i]:
            y = tuple(y)
            break
    else:
        # Nothing inside needed copying: the tuple itself does not either.
        y = x
    memo[id(x)] = y
    return y


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.iteritems():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_method(x, memo):
    return type(x)(x.im_func, deepcopy(x.im_self, memo), x.im_class)


def _keep_alive(x, memo):
    """Keep x alive as long as the memo, which knows it by its id: the
    memo holds a list of such objects under its own id."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _deepcopy_inst(x, memo):
    # Old-style instances.
    if hasattr(x, '__deepcopy__'):
        return x.__deepcopy__(memo)
    if hasattr(x, '__getinitargs__'):
        args = deepcopy(x.__getinitargs__(), memo)
        y = x.__class__(*args)
    else:
        y = _EmptyClass()
        y.__class__ = x.__class__
    memo[id(x)] = y
    if hasattr(x, '__getstate__'):
        state = x.__getstate__()
    else:
        state = x.__dict__
    state = deepcopy(state, memo)
    if hasattr(y, '__setstate__'):
        y.__setstate__(state)
    else:
        y.__dict__.update(state)
    return y

_deepcopy_dispatch = {}
for _t in (type(None), type(Ellipsis), int, long, float, bool, complex, str,
           unicode, types.CodeType, type, xrange, types.ClassType,
           types.BuiltinFunctionType, types.FunctionType):
    _deepcopy_dispatch[_t] = _deepcopy_atomic
if _weakref is not None:
    _deepcopy_dispatch[_weakref.ref] = _deepcopy_atomic
_deepcopy_dispatch[list] = _deepcopy_list
_deepcopy_dispatch[tuple] = _deepcopy_tuple
_deepcopy_dispatch[dict] = _deepcopy_dict
_deepcopy_dispatch[types.MethodType] = _deepcopy_method
_deepcopy_dispatch[types.InstanceType] = _deepcopy_inst
del _t


def _reconstruct(x, info, deep, memo=None):
    # Rebuild a copy of x from what its reduction returned: a string
    # (the object is a global: itself), or (callable, args[, state[,
    # listitems[, dictitems]]]).
    if isinstance(info, str):
        return x
    assert isinstance(info, tuple)
    if memo is None:
        memo = {}
    n = len(info)
    assert n in (2, 3, 4, 5)
    callable, args = info[:2]
    state = info[2] if n > 2 else None
    listiter = info[3] if n > 3 else None
    dictiter = info[4] if n > 4 else None
    if deep:
        args = deepcopy(args, memo)
    y = callable(*args)
    memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            # state is the instance dictionary, or a pair of it and a
            # dictionary of slot values.
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.iteritems():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            if deep:
                item = deepcopy(item, memo)
            y.append(item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y
