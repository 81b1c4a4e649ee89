try:
    pass
except E, 1:
    pass
