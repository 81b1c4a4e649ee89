# __name__ is '__main__' in the script; importing the script by its file
# name runs it again as an ordinary module.
import sys

print 'body runs with __name__ =', __name__
marker = 'marker of ' + __name__
if __name__ == '__main__':
    print 'main block'
    import _imp_mainguard
    print _imp_mainguard.__name__, _imp_mainguard.main()
    print sys.modules['__main__'].__name__
    import imp_name_main
    print 'imported self:', imp_name_main.__name__
    print imp_name_main is sys.modules['__main__']
    print imp_name_main.marker, marker
    print sys.modules['imp_name_main'] is imp_name_main
    print 'imp_name_main' in sys.modules, '__main__' in sys.modules
    print type(sys.modules['__main__']).__name__
    import __main__
    print __main__.__name__, __main__.marker, __main__ is sys.modules['__main__']
    print __main__.__dict__ is globals()
    exec 'print __name__'
    print eval('__name__')
    def f():
        return __name__
    print f()
    print f.__module__
    class C(object):
        pass
    print C.__module__
    print imp_name_main.C2.__module__
else:
    print 'imported as a module'
    class C2(object):
        pass
print 'end of body for', __name__
