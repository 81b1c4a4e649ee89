"""The _imp_pkg package (a helper of the imp_ tests)."""
print 'running _imp_pkg/__init__.py as', __name__
pkg_value = 'from __init__'
