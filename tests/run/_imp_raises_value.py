print 'running _imp_raises_value'
x = 1
raise ValueError('raised while importing')
