from __future__ import absolute_import
# With absolute_import, "import math" is the standard module; the sibling
# needs an explicit relative import.
import math
from . import math as local_math
import _imp_abs.math as dotted_local

result = getattr(math, 'who', 'the standard math module')
name = math.__name__
local = local_math.who
dotted = dotted_local.who
has_sqrt = hasattr(math, 'sqrt')
