# try statements.
try:
    pass
except:
    pass
try:
    pass
finally:
    pass
try:
    pass
except E:
    pass
else:
    pass
finally:
    pass
try:
    try:
        pass
    finally:
        pass
except (A, B):
    pass
