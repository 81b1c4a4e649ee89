"""Fast file-like objects on string buffers, as CPython's C module
cStringIO offers them.

    StringIO()     an output object (OutputType): it can be written to and
                   read from
    StringIO(s)    an input object (InputType) that reads s, read-only

Both hold 8-bit strings only: unicode is written (or given) as its ASCII
encoding.
"""
# pystm: pure Python; uses the Go module errno. The two types are Python
# classes here, so their repr is "<class 'cStringIO.StringO'>" where
# CPython shows "<type 'cStringIO.StringO'>".

try:
    from errno import EINVAL as _EINVAL
except ImportError:
    _EINVAL = 22


try:
    _buffer = buffer
except NameError:
    class _buffer(object):
        pass


def _as_bytes(what, s):
    # The conversion of CPython's "s*" argument format, as cStringIO uses
    # it: str, buffer, bytearray, and unicode by its ASCII encoding.
    if isinstance(s, str):
        return s
    if isinstance(s, unicode):
        return s.encode('ascii')
    if isinstance(s, (_buffer, bytearray)):
        return str(s)
    raise TypeError("%s argument 1 must be string or buffer, not %s" %
                    (what, _type_name(s)))


def _type_name(v):
    if v is None:
        return 'None'
    return type(v).__name__


def _int_arg(v):
    # CPython's "i"/"n" argument formats.
    if isinstance(v, (int, long)):
        return int(v)
    if isinstance(v, float):
        raise TypeError("integer argument expected, got float")
    if not isinstance(v, basestring) and hasattr(type(v), '__int__'):
        return int(v)
    raise TypeError("an integer is required")


class _IO(object):
    # What input and output objects share. The content is _buf followed by
    # the strings of _pending (writes at the end, not joined yet); _size
    # is its length and _pos the position.

    __slots__ = ('_buf', '_pending', '_size', '_pos', '_closed')

    def _check(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")

    def _content(self):
        if self._pending:
            self._buf = self._buf + ''.join(self._pending)
            self._pending = []
        return self._buf

    @property
    def closed(self):
        """Whether close() was called."""
        return self._closed

    def flush(self):
        """flush(): nothing to do."""
        self._check()

    def getvalue(self, use_pos=None):
        """getvalue([use_pos]) -> the whole content, or only the part before
        the current position if use_pos is true."""
        self._check()
        buf = self._content()
        if use_pos is not None and use_pos:
            return buf[:min(self._pos, self._size)]
        return buf[:self._size]

    def isatty(self):
        """isatty() -> False: no terminal."""
        self._check()
        return False

    def read(self, n=-1):
        """read([n]) -> the next n characters, or all that is left."""
        self._check()
        n = _int_arg(n)
        left = self._size - self._pos
        if n < 0 or n > left:
            n = max(left, 0)
        buf = self._content()
        data = buf[self._pos:self._pos + n]
        self._pos += n
        return data

    def _line(self):
        buf = self._content()
        start = self._pos
        if start >= self._size:
            return ''
        nl = buf.find('\n', start, self._size)
        end = self._size if nl < 0 else nl + 1
        self._pos = end
        return buf[start:end]

    def readline(self, size=-1):
        """readline([size]) -> the next line, at most size characters of it."""
        self._check()
        size = _int_arg(size)
        line = self._line()
        if 0 <= size < len(line):
            self._pos -= len(line) - size
            line = line[:size]
        return line

    def readlines(self, sizehint=0):
        """readlines([sizehint]) -> the lines left (or about sizehint
        characters of them)."""
        self._check()
        sizehint = _int_arg(sizehint)
        lines = []
        total = 0
        while True:
            line = self._line()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < sizehint <= total:
                break
        return lines

    def reset(self):
        """reset(): go back to the start."""
        self._check()
        self._pos = 0

    def tell(self):
        """tell() -> the current position."""
        self._check()
        return self._pos

    def truncate(self, *args):
        """truncate([size]): cut the content at size (the current position by
        default)."""
        self._check()
        if len(args) > 1:
            raise TypeError("truncate() takes at most 1 argument (%d given)"
                            % len(args))
        if args:
            size = _int_arg(args[0])
            if size < 0:
                raise IOError(_EINVAL, "Invalid argument")
        else:
            size = self._pos
        if self._size > size:
            self._buf = self._content()[:size]
            self._size = size
        self._pos = self._size

    def seek(self, position, mode=0):
        """seek(position[, mode]): move to position, from the start (mode 0),
        the current position (1) or the end (2)."""
        self._check()
        position = _int_arg(position)
        mode = _int_arg(mode)
        if mode == 2:
            position += self._size
        elif mode == 1:
            position += self._pos
        self._pos = max(position, 0)

    def close(self):
        """close(): drop the content; the file can no longer be used."""
        self._closed = True
        self._buf = ''
        self._pending = []
        self._size = self._pos = 0

    def __iter__(self):
        self._check()
        return self

    def next(self):
        """next() -> the next line; StopIteration at the end."""
        self._check()
        line = self._line()
        if not line:
            raise StopIteration
        return line


class StringO(_IO):
    """A file that is written to (and read from) in memory."""

    __slots__ = ('softspace',)

    def __init__(self):
        self._buf = ''
        self._pending = []
        self._size = self._pos = 0
        self._closed = False
        self.softspace = 0

    def _write(self, s):
        if not s:
            return
        pos = self._pos
        if pos == self._size:
            self._pending.append(s)
        else:
            buf = self._content()
            if pos > self._size:
                buf += '\0' * (pos - self._size)
            self._buf = buf[:pos] + s + buf[pos + len(s):]
        self._pos = pos + len(s)
        if self._size < self._pos:
            self._size = self._pos

    def write(self, s):
        """write(s): write the string s at the current position."""
        self._check()
        self._write(_as_bytes('write()', s))

    def writelines(self, iterable):
        """writelines(iterable): write each string of iterable, adding no
        newlines."""
        self._check()
        for s in iterable:
            if isinstance(s, unicode):
                s = s.encode('ascii')
            elif not isinstance(s, str):
                raise TypeError("expected string or Unicode object, %s found"
                                % type(s).__name__)
            self._write(s)

StringO.__module__ = 'cStringIO'


class StringI(_IO):
    """A read-only file on a string."""

    __slots__ = ()

    def __init__(self, s):
        self._buf = s
        self._pending = []
        self._size = len(s)
        self._pos = 0
        self._closed = False

StringI.__module__ = 'cStringIO'

InputType = StringI
OutputType = StringO
del StringI, StringO


def StringIO(*args, **kwargs):
    """StringIO([s]) -> a file in memory: one to write to without s, one that
    reads s with it."""
    if kwargs:
        raise TypeError("StringIO() takes no keyword arguments")
    if len(args) > 1:
        raise TypeError("StringIO expected at most 1 arguments, got %d" %
                        len(args))
    if args:
        return InputType(_as_bytes('StringIO()', args[0]))
    return OutputType()
