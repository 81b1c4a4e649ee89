# dict_insert: threads insert disjoint keys into one shared plain dict,
# then read them back: stmdict_insert.py on a dict. Every insert writes
# the one dict object, so under pystm the threads' transactions conflict
# (an stmdict's conflicts are per key instead).
#
# usage: dict_insert.py [THREADS [SIZE]] (see stmdict_insert.py)

import stmdict_insert

if __name__ == '__main__':
    stmdict_insert.main(dict, "dict_insert")
