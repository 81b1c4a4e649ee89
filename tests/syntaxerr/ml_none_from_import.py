from x import (a,
               None)
