# Function objects: attributes func_name/__name__, func_doc/__doc__, func_code, func_globals, func_dict,
# __module__, arbitrary attributes, and code object fields.
def documented(a, b=1, *args, **kw):
    "The docstring."
    local = a + b
    return local
print documented.__name__, documented.func_name, documented.__doc__, documented.func_doc, documented.__module__
print documented.func_defaults, documented.func_closure, documented.func_globals is globals(), documented.__globals__ is globals()
print documented.func_dict, documented.__dict__, type(documented).__name__
documented.tag = 'tagged'
print documented.tag, documented.func_dict, documented.__dict__ is documented.func_dict
documented.__name__ = 'renamed'
print documented.__name__, documented.func_name
try:
    documented.__name__ = 5
except TypeError as e:
    print type(e).__name__, e
documented.__doc__ = 'new doc'
print documented.func_doc
documented.__doc__ = None
print documented.__doc__
try:
    documented.func_globals = {}
except (TypeError, AttributeError) as e:
    print type(e).__name__, e
try:
    documented.func_closure = ()
except (TypeError, AttributeError) as e:
    print type(e).__name__, e
try:
    documented.func_dict = 5
except TypeError as e:
    print type(e).__name__, e
try:
    del documented.func_dict
except TypeError as e:
    print type(e).__name__, e
del documented.tag
print hasattr(documented, 'tag')
try:
    documented.nonexistent
except AttributeError as e:
    print type(e).__name__, e
def nodoc():
    pass
print nodoc.__doc__, nodoc.func_defaults
def docnotfirst():
    x = 1
    "not a docstring"
print docnotfirst.__doc__
# code object
co = documented.func_code
print co.co_name, co.co_argcount, co.co_nlocals, co.co_varnames, co.co_filename, co.co_firstlineno
print co.co_flags & 0x04 == 0x04, co.co_flags & 0x08 == 0x08, co.co_flags & 0x20 == 0x20, documented.__code__ is co
print co.co_consts[0], type(co.co_code).__name__, co.co_freevars, co.co_cellvars, sorted(co.co_names)
def gen():
    yield 1
print gen.func_code.co_flags & 0x20 == 0x20
# replacing func_code
def one():
    return 1
def two():
    return 2
one.func_code = two.func_code
print one(), one.__name__
def needs_free():
    x = 1
    def inner():
        return x
    return inner
try:
    one.func_code = needs_free().func_code
except ValueError as e:
    print type(e).__name__, e
# lambda names and function equality
lam = lambda x: x
print lam.__name__, lam.func_code.co_name, (lambda: 0).__name__
print one == one, one != two, one == two
# functions defined in a class body are plain functions in __dict__
class C(object):
    def m(self):
        pass
print type(C.__dict__['m']).__name__, C.__dict__['m'].__name__, C.m.__func__ is C.__dict__['m']
# new function from code via types
import types
nf = types.FunctionType(two.func_code, {}, 'made')
print nf(), nf.__name__, nf.func_globals
