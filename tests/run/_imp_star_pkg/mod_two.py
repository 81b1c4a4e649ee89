print 'importing _imp_star_pkg.mod_two'
two = 2
