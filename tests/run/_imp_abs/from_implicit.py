# implicit relative from-import of a sibling's name
from math import who
