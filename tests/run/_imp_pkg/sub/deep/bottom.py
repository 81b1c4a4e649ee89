print 'running _imp_pkg/sub/deep/bottom.py as', __name__
where = 'bottom'
