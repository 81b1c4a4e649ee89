"""doc"""
x = 1
from __future__ import print_function
