# Records CPython 2.7's _random outputs for random_test.go:
#   PYENV_VERSION=2.7.18 python2 testdata/gen_mt.py > testdata/mt.json
# Each line: {"seed": decimal string, "random": [repr of random()...],
# "bits": [getrandbits(32)...], "jump": repr of random() after jumpahead,
# "state": the first 4 state words after seeding}.
import _random
import json

seeds = [0, 1, 42, 12345, -1, 2 ** 32 - 1, 2 ** 32, 2 ** 40 + 7, 9223372036854775807,
         10 ** 30, -(10 ** 30), 2 ** 100 + 1, 2 ** 19937 - 1]
for s in seeds:
    r = _random.Random(s)
    state = [int(x) for x in r.getstate()[:4]]
    rnd = [repr(r.random()) for i in range(700)][::50]
    bits = [int(r.getrandbits(32)) for i in range(5)]
    r.jumpahead(s * 7 + 3)
    jump = repr(r.random())
    print json.dumps({"seed": str(s), "random": rnd, "bits": bits, "jump": jump, "state": state})
