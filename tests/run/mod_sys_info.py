# sys: constants and information functions that are the same on every run.
import sys

print sys.maxint
print type(sys.maxint).__name__
print sys.maxint + 1
print type(sys.maxint + 1).__name__
print -sys.maxint - 1
print type(-sys.maxint - 1).__name__
print sys.maxsize
print sys.maxsize == sys.maxint
print sys.version_info[:2]
print sys.version_info[0], sys.version_info.major, sys.version_info.minor
print type(sys.version_info).__name__
print sys.version_info >= (2, 7)
print sys.version_info < (3,)
print sys.hexversion >> 16
print sys.version[:3]
print type(sys.version).__name__
print sys.byteorder
print sys.byteorder in ('little', 'big')
print sys.getdefaultencoding()
print sys.platform.startswith('linux')
print sys.maxunicode in (0xFFFF, 0x10FFFF)

fi = sys.float_info
print fi.max
print fi.min
print fi.epsilon
print fi.dig, fi.mant_dig
print fi.max_exp, fi.min_exp
print fi.max_10_exp, fi.min_10_exp
print fi.radix, fi.rounds
print fi[0] == fi.max
print len(fi)
print 1.0 + fi.epsilon > 1.0
print 1.0 + fi.epsilon / 2 == 1.0
print type(fi).__name__

li = sys.long_info
print li.bits_per_digit in (15, 30), li.sizeof_digit in (2, 4)

print sys.getrecursionlimit()
print sys.flags.division_warning, sys.flags.optimize, sys.flags.verbose
print sys.flags.py3k_warning
print sys.builtin_module_names.__class__.__name__
print 'sys' in sys.builtin_module_names
print sys.api_version > 0
print sys.exc_info()
print hasattr(sys, 'exc_clear')
print sys.displayhook is sys.__displayhook__
print sys.excepthook is sys.__excepthook__
print sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__
print type(sys.path).__name__, type(sys.modules).__name__, type(sys.argv).__name__
print sys.meta_path
print type(sys.path_hooks).__name__
print type(sys.path_importer_cache).__name__
print sys.getcheckinterval()
sys.setcheckinterval(50)
print sys.getcheckinterval()
sys.setcheckinterval(100)
print sys._getframe().f_code.co_name
def f():
    return sys._getframe().f_code.co_name, sys._getframe(1).f_code.co_name
print f()
print sys._getframe().f_lineno
