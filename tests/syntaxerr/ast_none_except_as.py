try:
    pass
except E as None:
    pass
