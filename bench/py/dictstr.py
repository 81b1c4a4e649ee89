# dictstr: a dict- and string-heavy workload written for pystm's suite.
# Each round makes a deterministic pseudo-random text, counts its words
# (dict get/set, `in`, setdefault), builds an index and a report
# (% formatting, str.format, join, split, partition, replace, strip,
# upper/lower, startswith/endswith, find) and iterates its dicts (keys,
# values, items, iteritems). Nothing printed depends on the order a dict
# iterates in.
#
# usage: dictstr.py [ROUNDS]
# Prints counts and checksums of the last round; never a timing.

import sys

ROUNDS = 60
LINES = 2000
SYLLABLES = ["ka", "lo", "mi", "ne", "su", "ta", "ri", "po", "an", "el",
             "or", "ux", "bre", "sto", "qui", "dra"]


class Rand(object):
    """A small linear congruential generator, the same everywhere."""

    def __init__(self, seed):
        self.state = seed

    def next(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7fffffff
        return (self.state >> 8) % n


def vocabulary(rnd, size):
    words = {}
    while len(words) < size:
        parts = [SYLLABLES[rnd.next(len(SYLLABLES))]
                 for _ in range(1 + rnd.next(3))]
        w = "".join(parts)
        words[w] = True
    return sorted(words)


def make_text(rnd, vocab):
    lines = []
    n = len(vocab)
    for i in xrange(LINES):
        words = []
        for j in range(4 + rnd.next(8)):
            w = vocab[rnd.next(n) if j & 1 else rnd.next(n // 8 + 1)]
            if j == 0:
                w = w.capitalize()
            words.append(w)
        sep = ", " if i % 3 == 0 else " "
        lines.append(sep.join(words) + ".")
    return "\n".join(lines)


def count_words(text):
    counts = {}
    index = {}
    firsts = {}
    for lineno, line in enumerate(text.splitlines()):
        for raw in line.split():
            w = raw.strip(".,").lower()
            counts[w] = counts.get(w, 0) + 1
            index.setdefault(w, []).append(lineno)
            if w not in firsts:
                firsts[w] = lineno
    return counts, index, firsts


def report(counts, index, firsts):
    rows = []
    for w, n in counts.iteritems():
        lines = index[w]
        rows.append("%-12s %5d %4d..%-4d first=%d" %
                    (w, n, lines[0], lines[-1], firsts[w]))
    rows.sort()
    return "\n".join(rows)


def transform(counts):
    """Derived dicts keyed by formatted and rewritten strings."""
    by_len = {}
    tagged = {}
    for w in counts.keys():
        by_len[len(w)] = by_len.get(len(w), 0) + counts[w]
        key = "{0}:{1}".format(w.upper(), len(w))
        tagged[key] = w.replace("a", "4").replace("o", "0")
    total = 0
    for key, val in tagged.items():
        head, _, tail = key.partition(":")
        if head.lower() == val.replace("4", "a").replace("0", "o"):
            total += int(tail)
        if val.startswith("k") or val.endswith("x"):
            total += 1
        if val.find("br") >= 0:
            total += 2
    return by_len, total


def split_join(text):
    """Splits and rejoins the text around commas and vowels."""
    n = 0
    for chunk in text.split(","):
        parts = chunk.strip().split("e")
        joined = "E".join(parts)
        n += len(joined) + len(parts)
    pieces = []
    for i, line in enumerate(text.split("\n")):
        if i % 5 == 0:
            pieces.append(line[:10] + str(i) + line[-5:])
    return n + len("|".join(pieces))


def one_round(seed):
    rnd = Rand(seed)
    vocab = vocabulary(rnd, 2000)
    text = make_text(rnd, vocab)
    counts, index, firsts = count_words(text)
    rep = report(counts, index, firsts)
    by_len, tagged_total = transform(counts)
    sj = split_join(text)
    words = sum(counts.values())
    long_words = sum([v for k, v in by_len.items() if k > 6])
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    return (len(text), words, len(counts), len(rep), rep.count("\n"),
            long_words, tagged_total, sj, top)


def main():
    rounds = ROUNDS
    if len(sys.argv) > 1:
        rounds = int(sys.argv[1])
    acc = 0
    for r in xrange(rounds):
        res = one_round(r + 1)
        acc = (acc * 31 + res[0] + res[1] * 3 + res[3] + res[7]) % 1000000007
    (chars, words, distinct, replen, replines, long_words, tagged, sj,
     top) = res
    print "dictstr rounds=%d chars=%d words=%d distinct=%d" % (
        rounds, chars, words, distinct)
    print "report=%d/%d long=%d tagged=%d split=%d acc=%d" % (
        replen, replines, long_words, tagged, sj, acc)
    print "top=%s" % ", ".join(["%s:%d" % kv for kv in top])


if __name__ == '__main__':
    main()
