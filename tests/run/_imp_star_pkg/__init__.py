__all__ = ['mod_one', 'mod_two', 'pkg_name']
pkg_name = 'star pkg'
