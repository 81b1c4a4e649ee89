print 'running _imp_pkg/sub/__init__.py as', __name__
sub_value = 'sub'
