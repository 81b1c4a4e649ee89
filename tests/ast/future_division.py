from __future__ import division, absolute_import
from __future__ import (nested_scopes, generators,
                        with_statement)
from __future__ import print_function as pf
a / b
a // b
a /= b
