def exec(): pass
