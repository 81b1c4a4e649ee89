print 'running _imp_pkg/sub/leaf.py as', __name__
leaf_value = 'leaf'
