print '_imp_circ_b: start'
import _imp_circ_a
print '_imp_circ_b: a is partly initialised:', hasattr(_imp_circ_a, 'a_early'), hasattr(_imp_circ_a, 'a_late')
b_value = 'b value'

def b_func():
    # by the time this runs, a has finished
    return 'b_func sees ' + _imp_circ_a.a_late
