# Imports, absolute and relative.
import a
import a.b.c
import a.b as c
import a, b as c, d.e as f
from . import a
from .. import b
from .m import c
from ..m import d
from ...m.n import e as f
from . import (a, b,)
from .... import x
from m import (a as b, c)
from m import *
from .m import *
from a.b.c import d
from . import a as b, c as d
