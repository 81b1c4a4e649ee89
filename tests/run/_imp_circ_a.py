print '_imp_circ_a: start'
a_early = 'a early'
import _imp_circ_b
print '_imp_circ_a: after importing b, b.b_value =', _imp_circ_b.b_value
a_late = 'a late'

def a_func():
    return 'a_func sees ' + _imp_circ_b.b_value
