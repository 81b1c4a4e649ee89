# Python 2's implicit relative import: "import math" finds the sibling first.
import math
result = getattr(math, 'who', 'the standard math module')
name = math.__name__
