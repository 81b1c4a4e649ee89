print 'running _imp_badinit/__init__.py'
raise RuntimeError('package init fails')
