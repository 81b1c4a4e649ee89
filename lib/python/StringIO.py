"""File-like objects that read from and write to a string buffer.

    f = StringIO()        # a file to write to
    f = StringIO(buf)     # a file to read from (and write to) buf
    f.getvalue()          # the whole content, at any time before close()

The methods are those of file objects: read, readline, readlines, write,
writelines, seek, tell, truncate, flush, isatty, close, and iteration.
str and unicode may both be written, but if both are, an 8-bit str that is
not ASCII makes getvalue() (and reads after the mixing) raise
UnicodeError.
"""
# pystm: pure Python; uses the Go module errno.

try:
    from errno import EINVAL
except ImportError:
    EINVAL = 22

__all__ = ["StringIO"]


def _complain_ifclosed(closed):
    if closed:
        raise ValueError("I/O operation on closed file")


class StringIO:
    """class StringIO([buffer])

    A file whose content is a string in memory: buffer (a str or unicode,
    or any object, which is turned into a str) at first, empty by default.
    """

    # The content is buf followed by the strings of buflist, which writes
    # at the end append to without joining; len is the length of the
    # whole and pos the position in it.

    def __init__(self, buf=''):
        if not isinstance(buf, basestring):
            buf = str(buf)
        self.buf = buf
        self.len = len(buf)
        self.buflist = []
        self.pos = 0
        self.closed = False
        self.softspace = 0

    def _join(self):
        if self.buflist:
            self.buf += ''.join(self.buflist)
            self.buflist = []

    def __iter__(self):
        return self

    def next(self):
        """Return the next line, or raise StopIteration at the end (files
        are their own iterators)."""
        _complain_ifclosed(self.closed)
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def close(self):
        """Close the file and drop its content."""
        if not self.closed:
            self.closed = True
            del self.buf, self.pos

    def isatty(self):
        """Return False: a StringIO is no terminal."""
        _complain_ifclosed(self.closed)
        return False

    def seek(self, pos, mode=0):
        """Set the position: pos from the start (mode 0, the default), from
        the current position (mode 1) or from the end (mode 2). A position
        before the start becomes 0."""
        _complain_ifclosed(self.closed)
        self._join()
        if mode == 1:
            pos += self.pos
        elif mode == 2:
            pos += self.len
        self.pos = max(0, pos)

    def tell(self):
        """The current position."""
        _complain_ifclosed(self.closed)
        return self.pos

    def read(self, n=-1):
        """Read at most n characters (all that is left if n is negative or
        None); '' at the end."""
        _complain_ifclosed(self.closed)
        self._join()
        if n is None or n < 0:
            end = self.len
        else:
            end = min(self.pos + n, self.len)
        data = self.buf[self.pos:end]
        self.pos = end
        return data

    def readline(self, length=None):
        """Read one line, with its newline if it has one; at most length
        characters of it if length is given and not negative. '' only at
        the end."""
        _complain_ifclosed(self.closed)
        self._join()
        nl = self.buf.find('\n', self.pos)
        if nl < 0:
            end = self.len
        else:
            end = nl + 1
        if length is not None and length >= 0 and self.pos + length < end:
            end = self.pos + length
        line = self.buf[self.pos:end]
        self.pos = end
        return line

    def readlines(self, sizehint=0):
        """Read the lines up to the end, or stop once the lines read hold
        sizehint characters or more, if sizehint is positive."""
        total = 0
        lines = []
        line = self.readline()
        while line:
            lines.append(line)
            total += len(line)
            if 0 < sizehint <= total:
                break
            line = self.readline()
        return lines

    def truncate(self, size=None):
        """Cut the content to size characters (the current position by
        default); the position moves back to size if it was beyond."""
        _complain_ifclosed(self.closed)
        if size is None:
            size = self.pos
        elif size < 0:
            raise IOError(EINVAL, "Negative size not allowed")
        elif size < self.pos:
            self.pos = size
        self.buf = self.getvalue()[:size]
        self.len = size

    def write(self, s):
        """Write s (a str or unicode; anything else is turned into a str)
        at the current position. Writing beyond the end first fills the
        gap with NUL characters."""
        _complain_ifclosed(self.closed)
        if not s:
            return
        if not isinstance(s, basestring):
            s = str(s)
        pos = self.pos
        size = self.len
        if pos == size:
            self.buflist.append(s)
            self.len = self.pos = pos + len(s)
            return
        if pos > size:
            self.buflist.append('\0' * (pos - size))
            size = pos
        end = pos + len(s)
        if pos < size:
            # Overwrite inside the content: splice s in.
            self._join()
            self.buflist = [self.buf[:pos], s, self.buf[end:]]
            self.buf = ''
            if end > size:
                size = end
        else:
            self.buflist.append(s)
            size = end
        self.len = size
        self.pos = end

    def writelines(self, iterable):
        """Write each string of iterable (no newlines are added)."""
        write = self.write
        for line in iterable:
            write(line)

    def flush(self):
        """Do nothing (there is no buffer to flush), unless closed."""
        _complain_ifclosed(self.closed)

    def getvalue(self):
        """Return the whole content (until close() is called)."""
        _complain_ifclosed(self.closed)
        self._join()
        return self.buf
