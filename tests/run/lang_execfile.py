# execfile into the current namespace, an explicit dict, and dict pairs.
execfile('_lang_execfile_src.py')
print value, helper(2)

ns = {'preset': 'hello'}
execfile('_lang_execfile_src.py', ns)
print ns['value'], ns['helper'](5), sorted(k for k in ns if k != '__builtins__')

g = {'__name__': 'custom', 'preset': 'p'}
l = {}
execfile('_lang_execfile_src.py', g, l)
print sorted(l), 'value' in g

# execfile inside a function with explicit globals
def run():
    d = {}
    execfile('_lang_execfile_src.py', d)
    return d['value']
print run()

# errors
try:
    execfile('_no_such_file_here.py')
except IOError as e:
    print type(e).__name__, e.errno, e.strerror
try:
    execfile(42)
except TypeError as e:
    print type(e).__name__, e
try:
    execfile('_lang_execfile_src.py', [])
except TypeError as e:
    print type(e).__name__, e
