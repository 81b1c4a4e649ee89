"""Issue warnings, and decide, through a list of filters, which ones are
shown, ignored, or raised as exceptions."""
# pystm: uses the Go modules sys (_getframe, flags, warnoptions, argv,
# py3kwarning, getfilesystemencoding) and _warnings, and linecache; re for
# the filters' regular expressions if there, _relite otherwise.
#
# As in CPython, the core (filters, default_action, once_registry, warn,
# warn_explicit) comes from the _warnings module, written in Go. The
# Python versions below stand in for it when it is missing; they behave as
# _warnings does (explicit category=None is an error, the registry records
# True, "once" and "module" remember (text, category) in the module's
# registry, and so on).

import linecache
import sys

__all__ = ["warn", "warn_explicit", "showwarning",
           "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]


class _OldStyle:
    def _method(self):
        pass
_ClassType = type(_OldStyle)
_FunctionType = type(_OldStyle._method.im_func)
_MethodType = type(_OldStyle._method)
del _OldStyle


def _regex(pattern, flags=0):
    try:
        import re
    except ImportError:
        import _relite as re
    return re.compile(pattern, flags)

_IGNORECASE = 2


def warnpy3k(message, category=None, stacklevel=1):
    """Warn about something that changes in Python 3.x: only when Python
    runs with -3 (sys.py3kwarning)."""
    if getattr(sys, 'py3kwarning', False):
        if category is None:
            category = DeprecationWarning
        warn(message, category, stacklevel + 1)


def _show_warning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to file (sys.stderr by default); replace
    warnings.showwarning to show them some other way."""
    if file is None:
        file = sys.stderr
        if file is None:
            return
    try:
        file.write(formatwarning(message, category, filename, lineno, line))
    except (IOError, UnicodeError):
        # Nowhere to write it: the warning is lost.
        pass
showwarning = _show_warning


def formatwarning(message, category, filename, lineno, line=None):
    """Format a warning the standard way:
    "filename:lineno: Category: message" and the source line below."""
    try:
        message = str(message)
    except UnicodeEncodeError:
        pass
    s = "%s: %s: %s\n" % (lineno, category.__name__, message)
    if line is None:
        line = linecache.getline(filename, lineno)
    if line:
        line = line.strip()
        if isinstance(s, unicode) and isinstance(line, str):
            line = unicode(line, 'latin1')
        s += "  %s\n" % line
    if isinstance(s, unicode) and isinstance(filename, str):
        enc = sys.getfilesystemencoding()
        if enc:
            try:
                filename = unicode(filename, enc)
            except UnicodeDecodeError:
                pass
    return "%s:%s" % (filename, s)


_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=0):
    """Add a filter to the front of the list (to its end if append is
    true). A warning matches it if its text matches the regular expression
    message (ignoring case), its category is category or a subclass, its
    module's name matches the regular expression module, and lineno is 0
    or its line number; action ("error", "ignore", "always", "default",
    "module" or "once") then says what becomes of it."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, basestring), "message must be a string"
    assert isinstance(category, (type, _ClassType)), \
        "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, basestring), "module must be a string"
    assert isinstance(lineno, (int, long)) and lineno >= 0, \
        "lineno must be an int >= 0"
    item = (action, _regex(message, _IGNORECASE), category, _regex(module),
            int(lineno))
    if append:
        filters.append(item)
    else:
        filters.insert(0, item)


def simplefilter(action, category=Warning, lineno=0, append=0):
    """Add a filter that matches every message and module, as
    filterwarnings does."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, (int, long)) and lineno >= 0, \
        "lineno must be an int >= 0"
    item = (action, None, category, None, int(lineno))
    if append:
        filters.append(item)
    else:
        filters.insert(0, item)


def resetwarnings():
    """Remove every filter."""
    filters[:] = []


class _OptionError(Exception):
    """An invalid -W option."""
    pass


def _processoptions(args):
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError, msg:
            print >>sys.stderr, "Invalid -W option ignored:", msg


_ESCAPE_KEEP = frozenset('abcdefghijklmnopqrstuvwxyz'
                         'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')


def _escape(s):
    # re.escape, as 2.7 has it.
    out = []
    for c in s:
        if c in _ESCAPE_KEEP:
            out.append(c)
        elif c == '\000':
            out.append('\\000')
        else:
            out.append('\\' + c)
    return s[:0].join(out)


def _setoption(arg):
    # A -W option: action:message:category:module:lineno.
    parts = arg.split(':')
    if len(parts) > 5:
        raise _OptionError("too many fields (max 5): %r" % (arg,))
    while len(parts) < 5:
        parts.append('')
    action, message, category, module, lineno = [s.strip() for s in parts]
    action = _getaction(action)
    message = _escape(message)
    category = _getcategory(category)
    module = _escape(module)
    if module:
        module = module + '$'
    if lineno:
        try:
            lineno = int(lineno)
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError("invalid lineno %r" % (lineno,))
    else:
        lineno = 0
    filterwarnings(action, message, category, module, lineno)


def _getaction(action):
    if not action:
        return "default"
    if action == "all":
        return "always"
    for a in ('default', 'always', 'ignore', 'module', 'once', 'error'):
        if a.startswith(action):
            return a
    raise _OptionError("invalid action: %r" % (action,))


def _getcategory(category):
    if not category:
        return Warning
    plain = True
    for c in category:
        if c not in _ESCAPE_KEEP and c != '_':
            plain = False
            break
    if plain:
        try:
            cat = eval(category)
        except NameError:
            raise _OptionError("unknown warning category: %r" % (category,))
    else:
        i = category.rfind(".")
        module = category[:i]
        klass = category[i + 1:]
        try:
            m = __import__(module, None, None, [klass])
        except ImportError:
            raise _OptionError("invalid module name: %r" % (module,))
        try:
            cat = getattr(m, klass)
        except AttributeError:
            raise _OptionError("unknown warning category: %r" % (category,))
    if not issubclass(cat, Warning):
        raise _OptionError("invalid warning category: %r" % (category,))
    return cat


_NO_CATEGORY = object()


def _int_arg(v):
    # The conversion of CPython's "i" argument format.
    if isinstance(v, (int, long)):
        return int(v)
    if isinstance(v, float):
        raise TypeError("integer argument expected, got float")
    if hasattr(type(v), '__int__') and not isinstance(v, basestring):
        return int(v)
    raise TypeError("an integer is required")


def warn(message, category=_NO_CATEGORY, stacklevel=1):
    """Warn with message (a string or a Warning) of category (UserWarning
    by default), as if from the code stacklevel frames up from the caller
    (1: the caller); the filters decide whether it is shown, ignored or
    raised."""
    if isinstance(message, Warning):
        category = message.__class__
    elif category is _NO_CATEGORY:
        category = UserWarning
    if not issubclass(category, Warning):
        raise ValueError("category is not a subclass of Warning")
    # The frame stacklevel levels up from the caller of warn (1: the
    # caller itself); beyond the outermost frame, sys stands for it.
    if stacklevel < 1:
        stacklevel = 1
    try:
        caller = sys._getframe(stacklevel)
    except ValueError:
        globals = sys.__dict__
        lineno = 1
    else:
        globals = caller.f_globals
        lineno = caller.f_lineno
    if '__name__' in globals:
        module = globals['__name__']
    else:
        module = "<string>"
    filename = globals.get('__file__')
    if isinstance(filename, str):
        if filename[-4:].lower() in ('.pyc', '.pyo'):
            filename = filename[:-1]
    else:
        filename = None
        if module == "__main__":
            argv = getattr(sys, 'argv', None)
            if argv:
                filename = argv[0] or "__main__"
            else:
                filename = "__main__"
        if filename is None:
            filename = module
    registry = globals.get("__warningregistry__")
    if registry is None:
        registry = globals["__warningregistry__"] = {}
    warn_explicit(message, category, filename, lineno, module, registry,
                  globals)


def warn_explicit(message, category, filename, lineno,
                  module=None, registry=None, module_globals=None):
    """Issue a warning at an explicit place (filename and lineno, in
    module, whose warnings registry is registry), or maybe ignore it or
    raise an exception."""
    lineno = _int_arg(lineno)
    if registry is not None and not isinstance(registry, dict):
        raise TypeError("'registry' must be a dict or None")
    if module is None:
        if not filename:
            module = "<unknown>"
        elif filename[-3:] == ".py":
            module = filename[:-3]
        else:
            module = filename
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry is not None and registry.get(key):
        return

    for i, item in enumerate(filters):
        if not isinstance(item, tuple) or len(item) != 5:
            raise ValueError("_warnings.filters item %d isn't a 5-tuple" % i)
        action, msg, cat, mod, ln = item
        good_msg = msg is None or msg.match(text)
        good_mod = mod is None or mod.match(module)
        if (good_msg and issubclass(category, cat) and good_mod and
                (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction

    if action == "error":
        raise message

    if action != "always":
        if registry is not None:
            registry[key] = True
        if action == "ignore":
            return
        if action == "once" or action == "module":
            # Remember (text, category): in the module's registry, or for
            # "once" without one, in onceregistry.
            reg = registry
            if reg is None and action == "once":
                reg = onceregistry
            if reg is not None:
                altkey = (text, category)
                if reg.get(altkey):
                    return
                reg[altkey] = True
        elif action != "default":
            raise RuntimeError("Unrecognized action (%s) in "
                               "warnings.filters:\n %s" % (action, item))

    # Have the source lines ready (they may come from a loader).
    linecache.getlines(filename, module_globals)
    show = showwarning
    if not isinstance(show, (_FunctionType, _MethodType)):
        raise TypeError("warnings.showwarning() must be set to a "
                        "function or method")
    show(message, category, filename, lineno)


class WarningMessage(object):
    """The arguments of one call of showwarning(), as catch_warnings
    records them."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


class catch_warnings(object):
    """A context manager that saves the warnings filters and showwarning on
    entry and restores them on exit.

    With record=True, showwarning is replaced by a function that appends a
    WarningMessage for each warning to a list, which __enter__ returns.
    module is the warnings module to work on (sys.modules['warnings'] by
    default); only tests of warnings itself need another.
    """

    def __init__(self, record=False, module=None):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._filters = self._module.filters
        self._module.filters = self._filters[:]
        self._showwarning = self._module.showwarning
        if not self._record:
            return None
        log = []

        def showwarning(*args, **kwargs):
            log.append(WarningMessage(*args, **kwargs))
        self._module.showwarning = showwarning
        return log

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        self._module.filters = self._filters
        self._module.showwarning = self._showwarning


# The filters, the default action and the registry of "once" warnings:
# _warnings' own, with the filters that CPython 2.7 starts with (as
# _default_filters makes them when _warnings is missing); then the -W
# options.
_warnings_defaults = False
try:
    from _warnings import (filters, default_action, once_registry,
                           warn, warn_explicit)
    defaultaction = default_action
    onceregistry = once_registry
    _warnings_defaults = True
except ImportError:
    filters = []
    defaultaction = "default"
    onceregistry = {}


def _default_filters():
    flags = getattr(sys, 'flags', None)
    py3k = getattr(sys, 'py3kwarning', False)
    division_warning = getattr(flags, 'division_warning', 0)
    bytes_warning = getattr(flags, 'bytes_warning', 0)
    if not py3k and not division_warning:
        simplefilter("ignore", category=DeprecationWarning, append=1)
    simplefilter("ignore", category=PendingDeprecationWarning, append=1)
    simplefilter("ignore", category=ImportWarning, append=1)
    if bytes_warning > 1:
        action = "error"
    elif bytes_warning:
        action = "default"
    else:
        action = "ignore"
    simplefilter(action, category=BytesWarning, append=1)

if not _warnings_defaults:
    _default_filters()
_processoptions(getattr(sys, 'warnoptions', []))
del _warnings_defaults
