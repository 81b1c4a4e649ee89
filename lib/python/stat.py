"""Constants and functions for interpreting the results of os.stat() and
os.lstat()."""
# pystm: pure Python; uses no Go module.

# Indices into the tuple that stat() returns.
ST_MODE = 0
ST_INO = 1
ST_DEV = 2
ST_NLINK = 3
ST_UID = 4
ST_GID = 5
ST_SIZE = 6
ST_ATIME = 7
ST_MTIME = 8
ST_CTIME = 9

# File types, as held in the high bits of st_mode.
S_IFDIR = 0040000
S_IFCHR = 0020000
S_IFBLK = 0060000
S_IFREG = 0100000
S_IFIFO = 0010000
S_IFLNK = 0120000
S_IFSOCK = 0140000

# Permission and mode bits.
S_ISUID = 04000
S_ISGID = 02000
S_ENFMT = S_ISGID
S_ISVTX = 01000
S_IREAD = 00400
S_IWRITE = 00200
S_IEXEC = 00100
S_IRWXU = 00700
S_IRUSR = 00400
S_IWUSR = 00200
S_IXUSR = 00100
S_IRWXG = 00070
S_IRGRP = 00040
S_IWGRP = 00020
S_IXGRP = 00010
S_IRWXO = 00007
S_IROTH = 00004
S_IWOTH = 00002
S_IXOTH = 00001

# Flags for chflags(), BSD.
UF_NODUMP = 0x00000001
UF_IMMUTABLE = 0x00000002
UF_APPEND = 0x00000004
UF_OPAQUE = 0x00000008
UF_NOUNLINK = 0x00000010
UF_COMPRESSED = 0x00000020
UF_HIDDEN = 0x00008000
SF_ARCHIVED = 0x00010000
SF_IMMUTABLE = 0x00020000
SF_APPEND = 0x00040000
SF_NOUNLINK = 0x00100000
SF_SNAPSHOT = 0x00200000


def S_IMODE(mode):
    """Return the permission bits of mode (those that chmod() sets)."""
    return mode & 07777


def S_IFMT(mode):
    """Return the file type bits of mode."""
    return mode & 0170000


def S_ISDIR(mode):
    """True if mode is that of a directory."""
    return S_IFMT(mode) == S_IFDIR


def S_ISCHR(mode):
    """True if mode is that of a character device."""
    return S_IFMT(mode) == S_IFCHR


def S_ISBLK(mode):
    """True if mode is that of a block device."""
    return S_IFMT(mode) == S_IFBLK


def S_ISREG(mode):
    """True if mode is that of a regular file."""
    return S_IFMT(mode) == S_IFREG


def S_ISFIFO(mode):
    """True if mode is that of a FIFO (named pipe)."""
    return S_IFMT(mode) == S_IFIFO


def S_ISLNK(mode):
    """True if mode is that of a symbolic link."""
    return S_IFMT(mode) == S_IFLNK


def S_ISSOCK(mode):
    """True if mode is that of a socket."""
    return S_IFMT(mode) == S_IFSOCK
