from __future__ import (division,
                        braces)
