"""pystm's site module, imported at startup unless -S is given.

It adds the interactive helpers that CPython's site module puts in
__builtin__: exit and quit (Quitter objects), copyright, credits and
license (_Printer objects) and help (a _Helper).  pystm has no
site-packages directories, so nothing is added to sys.path.
"""

import sys
import __builtin__

ENABLE_USER_SITE = False
PREFIXES = [sys.prefix, sys.exec_prefix]
USER_SITE = None
USER_BASE = None


class Quitter(object):
    """exit and quit: calling one raises SystemExit after closing stdin."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'Use %s() or %s to exit' % (self.name, 'Ctrl-D (i.e. EOF)')

    def __call__(self, code=None):
        # stdin is closed first, as CPython does, so that a shell reading
        # from it sees the end.
        try:
            sys.stdin.close()
        except:
            pass
        raise SystemExit(code)


def setquit():
    __builtin__.quit = Quitter('quit')
    __builtin__.exit = Quitter('exit')


class _Printer(object):
    """copyright, credits and license: a text shown by repr() when it is
    short, else page by page when the object is called."""

    MAXLINES = 23

    def __init__(self, name, data):
        self.__name = name
        self.__lines = data.split('\n')

    def __repr__(self):
        if len(self.__lines) <= self.MAXLINES:
            return '\n'.join(self.__lines)
        return 'Type %s() to see the full %s text' % ((self.__name,) * 2)

    def __call__(self):
        prompt = 'Hit Return for more, or q (and Return) to quit: '
        shown = 0
        while shown < len(self.__lines):
            for line in self.__lines[shown:shown + self.MAXLINES]:
                print line
            shown += self.MAXLINES
            if shown >= len(self.__lines):
                break
            answer = None
            while answer not in ('', 'q'):
                answer = raw_input(prompt)
            if answer == 'q':
                break


def setcopyright():
    __builtin__.copyright = _Printer('copyright', sys.copyright)
    __builtin__.credits = _Printer('credits', """\
    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands
    for supporting Python development.  See www.python.org for more information.""")
    __builtin__.license = _Printer(
        'license', 'See https://www.python.org/psf/license/')


class _Helper(object):
    """help: calls pydoc.help."""

    def __repr__(self):
        return ('Type help() for interactive help, '
                'or help(object) for help about object.')

    def __call__(self, *args, **kwds):
        import pydoc
        return pydoc.help(*args, **kwds)


def sethelper():
    __builtin__.help = _Helper()


def main():
    setquit()
    setcopyright()
    sethelper()
    try:
        import sitecustomize
    except ImportError:
        pass


main()
