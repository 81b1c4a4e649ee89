print 'importing _imp_star_pkg.mod_one'
one = 1
