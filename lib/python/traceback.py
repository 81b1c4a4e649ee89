"""Extract, format and print the stack traces of exceptions and of running
code, in the interpreter's own format."""
# pystm: uses the Go module sys (exc_info, _getframe, tracebacklimit,
# last_type/last_value/last_traceback) and linecache.

import linecache
import sys

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'tb_lineno']


class _OldStyle:
    pass
_InstanceType = type(_OldStyle())
del _OldStyle


def _print(file, str='', terminator='\n'):
    file.write(str + terminator)


def _limit(limit):
    if limit is None and hasattr(sys, 'tracebacklimit'):
        return sys.tracebacklimit
    return limit


def _source_line(filename, lineno, f_globals):
    # The stripped source line, or None.
    linecache.checkcache(filename)
    line = linecache.getline(filename, lineno, f_globals)
    if line:
        return line.strip()
    return None


def print_list(extracted_list, file=None):
    """Print a list of entries such as extract_tb() and extract_stack()
    return, as a stack trace, to file (sys.stderr by default)."""
    if file is None:
        file = sys.stderr
    for filename, lineno, name, line in extracted_list:
        _print(file, '  File "%s", line %d, in %s' % (filename, lineno, name))
        if line:
            _print(file, '    %s' % line.strip())


def format_list(extracted_list):
    """Format a list of entries such as extract_tb() and extract_stack()
    return: one string per entry, each ending in a newline (and holding a
    second line, the source, where there is one)."""
    result = []
    for filename, lineno, name, line in extracted_list:
        item = '  File "%s", line %d, in %s\n' % (filename, lineno, name)
        if line:
            item = item + '    %s\n' % line.strip()
        result.append(item)
    return result


def print_tb(tb, limit=None, file=None):
    """Print the entries of traceback tb (at most limit of them, if limit
    is not None) to file, sys.stderr by default."""
    if file is None:
        file = sys.stderr
    limit = _limit(limit)
    n = 0
    while tb is not None and (limit is None or n < limit):
        f = tb.tb_frame
        lineno = tb.tb_lineno
        co = f.f_code
        filename = co.co_filename
        _print(file, '  File "%s", line %d, in %s' % (filename, lineno,
                                                      co.co_name))
        linecache.checkcache(filename)
        line = linecache.getline(filename, lineno, f.f_globals)
        if line:
            _print(file, '    ' + line.strip())
        tb = tb.tb_next
        n = n + 1


def format_tb(tb, limit=None):
    """format_list(extract_tb(tb, limit))"""
    return format_list(extract_tb(tb, limit))


def extract_tb(tb, limit=None):
    """The entries of traceback tb (at most limit of them, if limit is not
    None), oldest first: (filename, line number, function name, source
    line) each, the source line stripped, or None when it is not
    available."""
    limit = _limit(limit)
    result = []
    n = 0
    while tb is not None and (limit is None or n < limit):
        f = tb.tb_frame
        lineno = tb.tb_lineno
        co = f.f_code
        result.append((co.co_filename, lineno, co.co_name,
                       _source_line(co.co_filename, lineno, f.f_globals)))
        tb = tb.tb_next
        n = n + 1
    return result


def print_exception(etype, value, tb, limit=None, file=None):
    """Print an exception as the interpreter does: the header "Traceback
    (most recent call last):" and the entries of tb when tb is not None,
    then the exception (for a SyntaxError, with the line in error and a
    caret under the position)."""
    if file is None:
        file = sys.stderr
    if tb:
        _print(file, 'Traceback (most recent call last):')
        print_tb(tb, limit, file)
    for line in format_exception_only(etype, value):
        _print(file, line, '')


def format_exception(etype, value, tb, limit=None):
    """The text print_exception() prints, as a list of strings that each
    end in a newline (some hold several lines)."""
    if tb:
        result = ['Traceback (most recent call last):\n']
        result = result + format_tb(tb, limit)
    else:
        result = []
    return result + format_exception_only(etype, value)


def format_exception_only(etype, value):
    """The exception part of a traceback, as a list of strings that each
    end in a newline: one line, "Type: message", or for a SyntaxError
    the place of the error first. The exception line is always the
    last."""
    if (isinstance(etype, BaseException) or
            isinstance(etype, _InstanceType) or
            etype is None or type(etype) is str):
        # An instance, a string exception or None: shown as it is.
        return [_format_final_exc_line(etype, value)]
    stype = etype.__name__
    if not issubclass(etype, SyntaxError):
        return [_format_final_exc_line(stype, value)]
    lines = []
    try:
        msg, (filename, lineno, offset, badline) = value.args
    except Exception:
        pass
    else:
        filename = filename or "<string>"
        lines.append('  File "%s", line %d\n' % (filename, lineno))
        if badline is not None:
            lines.append('    %s\n' % badline.strip())
            if offset is not None:
                text = badline.rstrip('\n')
                offset = min(len(text), offset) - 1
                text = text[:offset].lstrip()
                # Keep tabs where they are, so that the caret lines up.
                spaces = ''.join((c.isspace() and c or ' ') for c in text)
                lines.append('    %s^\n' % spaces)
        value = msg
    lines.append(_format_final_exc_line(stype, value))
    return lines


def _format_final_exc_line(etype, value):
    valuestr = _some_str(value)
    if value is None or not valuestr:
        return "%s\n" % etype
    return "%s: %s\n" % (etype, valuestr)


def _some_str(value):
    try:
        return str(value)
    except Exception:
        pass
    try:
        value = unicode(value)
        return value.encode("ascii", "backslashreplace")
    except Exception:
        pass
    return '<unprintable %s object>' % type(value).__name__


def print_exc(limit=None, file=None):
    """Print the exception being handled (sys.exc_info()) as
    print_exception() does."""
    if file is None:
        file = sys.stderr
    try:
        etype, value, tb = sys.exc_info()
        print_exception(etype, value, tb, limit, file)
    finally:
        etype = value = tb = None


def format_exc(limit=None):
    """What print_exc() prints, as a string."""
    try:
        etype, value, tb = sys.exc_info()
        return ''.join(format_exception(etype, value, tb, limit))
    finally:
        etype = value = tb = None


def print_last(limit=None, file=None):
    """Print the last uncaught exception (sys.last_type, sys.last_value,
    sys.last_traceback) as print_exception() does."""
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    if file is None:
        file = sys.stderr
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file)


def print_stack(f=None, limit=None, file=None):
    """Print the stack from frame f (by default the caller's) back to the
    start of the program; limit and file as for print_exception()."""
    if f is None:
        f = sys._getframe(1)
    print_list(extract_stack(f, limit), file)


def format_stack(f=None, limit=None):
    """format_list(extract_stack(f, limit)), f being the caller's frame
    by default."""
    if f is None:
        f = sys._getframe(1)
    return format_list(extract_stack(f, limit))


def extract_stack(f=None, limit=None):
    """The entries of the stack from frame f (by default the caller's),
    as extract_tb() gives them, oldest first; limit counts from f
    outwards."""
    if f is None:
        f = sys._getframe(1)
    limit = _limit(limit)
    result = []
    n = 0
    while f is not None and (limit is None or n < limit):
        lineno = f.f_lineno
        co = f.f_code
        result.append((co.co_filename, lineno, co.co_name,
                       _source_line(co.co_filename, lineno, f.f_globals)))
        f = f.f_back
        n = n + 1
    result.reverse()
    return result


def tb_lineno(tb):
    """The line number of traceback tb (tb.tb_lineno; kept for old
    code)."""
    return tb.tb_lineno
