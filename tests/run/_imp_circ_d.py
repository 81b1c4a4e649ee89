print '_imp_circ_d: start'
d_value = 'd'
from _imp_circ_c import c_value
