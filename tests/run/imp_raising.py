# A module whose body raises: the exception reaches the importer, the module
# is not left in sys.modules (2.7), and the next import runs it again.
import sys

for attempt in (1, 2):
    try:
        import _imp_raises_value
    except ValueError as e:
        print 'attempt', attempt, 'ValueError:', e
    print '_imp_raises_value' in sys.modules

try:
    import _imp_badpkg.bad_sub
except KeyError as e:
    print 'KeyError:', e
print '_imp_badpkg' in sys.modules, '_imp_badpkg.bad_sub' in sys.modules
import _imp_badpkg
print hasattr(_imp_badpkg, 'bad_sub')
# a module it imported before failing stays imported
print '_imp_counted' in sys.modules
import _imp_badpkg.good_sub
print _imp_badpkg.good_sub.ok
try:
    from _imp_badpkg import bad_sub
except KeyError as e:
    print 'KeyError again:', e

try:
    import _imp_badinit.child
except RuntimeError as e:
    print 'RuntimeError:', e
print '_imp_badinit' in sys.modules, '_imp_badinit.child' in sys.modules
try:
    import _imp_badinit
except RuntimeError as e:
    print 'RuntimeError again:', e

try:
    import _imp_raises_import
except ImportError as e:
    print 'ImportError:', e
print '_imp_raises_import' in sys.modules

try:
    import _imp_syntax_error
except SyntaxError as e:
    print 'SyntaxError:', e.msg, e.lineno, e.offset, repr(e.text)
    import os
    print os.path.basename(e.filename)
print '_imp_syntax_error' in sys.modules

try:
    import _imp_raises_exit
except SystemExit as e:
    print 'SystemExit from import:', e.code
print '_imp_raises_exit' in sys.modules
