"""Module

docstring.
"""
import os
from __future__ import (absolute_import,
    division)
