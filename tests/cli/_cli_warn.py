import sys, warnings
# Without site, CPython shows warnings itself (no warnings.showwarning).
del warnings.showwarning
warnings.simplefilter("always")
x = u"\xe9" == "\xe9"    
warnings.warn_explicit("line zero", UserWarning, "_cli_warn.py", 0)
warnings.warn_explicit("past the end", UserWarning, "_cli_warn.py", 500)
warnings.warn_explicit("negative", UserWarning, "_cli_warn.py", -1)
warnings.warn_explicit("found on sys.path", UserWarning, "elsewhere/_cli_warn.py", 3)
warnings.warn_explicit("no such file", UserWarning, "nowhere.py", 1)
warnings.warn_explicit("unicode file name", UserWarning, u"_cli_warn.py", 3)
warnings.warn_explicit(u"unicode \xe9", UserWarning, "_cli_warn.py", 3)
class Loader(object):
    def get_source(self, name):
        return "one\n \t two  \nthree"
warnings.warn_explicit("loader", UserWarning, "zz.py", 2,
                       module_globals={"__loader__": Loader(), "__name__": "zz"})
class Writer(object):
    def write(self, s):
        sys.stdout.write(repr(s) + "\n")
sys.stderr = Writer()
warnings.warn("to a writer")
warnings.warn(u"unicode to a writer \xe9")
sys.stderr = None
warnings.warn("stderr is None")
del sys.stderr
warnings.warn("no stderr")
