print 'running _imp_badpkg/bad_sub.py'
import _imp_counted
raise KeyError('from bad_sub')
