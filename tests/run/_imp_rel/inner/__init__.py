from . import sibling
from .sibling import sib_value
inner_value = 'inner: ' + sib_value
