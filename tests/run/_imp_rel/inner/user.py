from . import sibling
from .sibling import sib_value
from .. import util
from ..util import helper, name as util_name
from .. import top
from ..inner import inner_value
from .core import engine
from .core.engine import run
import sys as _sys

results = [sibling.__name__, sib_value, util.__name__, helper(), util_name, top,
           inner_value, engine.__name__, run(), __name__, __package__]
