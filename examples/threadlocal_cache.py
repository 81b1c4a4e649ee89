# transaction.threadlocalproperty: a scratch buffer and a memo per
# thread, on one object that every worker uses.
#
# The Tokenizer below is shared by all the transactions. If its buffer
# and its cache were ordinary attributes, every transaction would write
# the same object and conflict with every other one under pystm. As
# threadlocalproperty attributes each worker thread has its own, kept
# outside the instance.
#
#   pystm examples/threadlocal_cache.py
#   PYTHONPATH=fallback python2 examples/threadlocal_cache.py
import transaction
from transaction import threadlocalproperty


class Tokenizer(object):
    buffer = threadlocalproperty(list)   # scratch space, per thread
    cache = threadlocalproperty(dict)    # line -> tokens, per thread

    def tokens(self, line):
        cached = self.cache.get(line)
        if cached is not None:
            return cached
        buf = self.buffer
        del buf[:]
        word = []
        for ch in line:
            if ch.isalnum():
                word.append(ch)
            elif word:
                buf.append(''.join(word))
                word = []
            if not ch.isalnum() and not ch.isspace():
                buf.append(ch)
        if word:
            buf.append(''.join(word))
        result = tuple(buf)
        self.cache[line] = result
        return result


LINES = ["x = f(a, b) + 1", "if x > 10: print x", "y = [i * 2 for i in z]",
         "return (a + b) * c"]
tok = Tokenizer()
counts = transaction.hashtable()
tq = transaction.TransactionQueue()


def work(i):
    counts[i] = len(tok.tokens(LINES[i % len(LINES)]))


for i in range(400):
    tq.add(work, i)
tq.run()
print "token counts:", [counts[i] for i in range(len(LINES))]
print "total tokens:", sum(counts.values())
print "the instance holds nothing:", tok.__dict__
print "main thread's cache is its own:", tok.cache
print tok.tokens(LINES[0])
print "now cached here:", len(tok.cache)
Tokenizer.cache.clear(tok)
print "after clear:", tok.cache
