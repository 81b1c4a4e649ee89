print '_imp_circ_c: start'
from _imp_circ_d import d_value
c_value = 'c'
