# A traceback through lambdas, sorted() with a key and a nested function.
def make_key():
    table = {'a': 1, 'b': 2}
    return lambda s: table[s]

def sort_names(names):
    key = make_key()
    return sorted(names, key=lambda n: key(n[0]))

print sort_names(['apple', 'banana'])
print sort_names(['apple', 'cherry'])
