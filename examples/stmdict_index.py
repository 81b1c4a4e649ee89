# transaction.stmdict: build an inverted index (word -> documents) from
# transactions of a TransactionQueue, one document per transaction.
#
# Two transactions conflict only when they touch the same word, not
# whenever they touch the same dict, so documents with different words
# are indexed in parallel under pystm.
#
#   pystm examples/stmdict_index.py
#   PYTHONPATH=fallback python2 examples/stmdict_index.py
import transaction

WORDS = ("apple banana cherry date elder fig grape honeydew kiwi lemon "
         "mango nectarine olive papaya quince raspberry strawberry tomato "
         "ugli vanilla watermelon").split()


def make_doc(n):
    """A made-up document: a few words picked by a little generator."""
    x = n * 2654435761 % 4294967296
    words = []
    for i in range(12):
        x = (x * 1664525 + 1013904223) % 4294967296
        words.append(WORDS[x % len(WORDS)])
    return ' '.join(words)


index = transaction.stmdict()     # word -> list of document numbers
lengths = transaction.hashtable()  # document number -> word count


def index_doc(n, text):
    words = text.split()
    lengths[n] = len(words)
    for w in set(words):
        docs = index.get(w)
        if docs is None:
            docs = index.setdefault(w, [])
        docs.append(n)


tq = transaction.TransactionQueue()
docs = [make_doc(n) for n in range(200)]
for n, text in enumerate(docs):
    tq.add(index_doc, n, text)
tq.run()

print "documents: %d, words indexed: %d" % (len(lengths), len(index))
for w in sorted(index.keys())[:6]:
    print "%-12s %3d documents, first: %s" % (w, len(index[w]),
                                              sorted(index[w])[:5])
both = set(index['apple']) & set(index['kiwi'])
print "apple and kiwi:", len(both), sorted(both)[:8]
print "missing word:", index.get('zucchini', []), 'zucchini' in index
