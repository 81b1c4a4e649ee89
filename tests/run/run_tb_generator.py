# A traceback through a generator consumed by a for loop and a list().
def numbers(limit):
    for i in range(limit):
        yield 10 // (3 - i)

def consume():
    out = []
    for n in numbers(5):
        out.append(n)
        print 'got', n
    return out

consume()
