"""doc"""
"""another"""
from __future__ import division
