def f() -> int:
    pass
