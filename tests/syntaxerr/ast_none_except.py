try:
    pass
except E, None:
    pass
