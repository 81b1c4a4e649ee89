print 'running _imp_raises_import'
import _imp_definitely_not_here
