# except clauses, old and new style.
try:
    f()
except E, e:
    pass
except (A, B), e:
    pass
except E as e:
    pass
except (A, B) as e:
    pass
except E, (a, b):
    pass
except E, e.attr:
    pass
except E, e[0]:
    pass
except E:
    pass
except:
    pass
else:
    g()
try:
    f()
except E, e:
    pass
finally:
    h()
