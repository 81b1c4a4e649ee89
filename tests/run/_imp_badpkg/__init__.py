print 'running _imp_badpkg/__init__.py'
