# pystone: Dhrystone 1.1 (R. P. Weicker, 1984) in Python, written for
# pystm's benchmark suite from the published description of the
# algorithm: a record type, eight procedures and three functions working
# on globals, integer arrays and fixed strings.
#
# usage: pystone.py [LOOPS]
# Prints a checksum of the final global state; never a timing.

import sys

LOOPS = 500000

IDENT1, IDENT2, IDENT3, IDENT4, IDENT5 = 1, 2, 3, 4, 5


class Rec(object):
    def __init__(self, ptr=None, discr=0, enum=0, intcomp=0, strcomp=""):
        self.ptr = ptr
        self.discr = discr
        self.enum = enum
        self.intcomp = intcomp
        self.strcomp = strcomp

    def clone(self):
        return Rec(self.ptr, self.discr, self.enum, self.intcomp, self.strcomp)


int_glob = 0
bool_glob = False
char1_glob = '\0'
char2_glob = '\0'
arr1_glob = [0] * 51
arr2_glob = [[0] * 51 for _ in range(51)]
ptr_glob = None
ptr_glob_next = None


def proc0(loops):
    global int_glob, bool_glob, char1_glob, char2_glob
    global arr1_glob, arr2_glob, ptr_glob, ptr_glob_next

    ptr_glob_next = Rec()
    ptr_glob = Rec(ptr_glob_next, IDENT1, IDENT3, 40,
                   "DHRYSTONE PROGRAM, SOME STRING")
    str1 = "DHRYSTONE PROGRAM, 1'ST STRING"
    arr2_glob[8][7] = 10

    for _ in xrange(loops):
        proc5()
        proc4()
        i1 = 2
        i2 = 3
        str2 = "DHRYSTONE PROGRAM, 2'ND STRING"
        enum = IDENT2
        bool_glob = not func2(str1, str2)
        while i1 < i2:
            i3 = 5 * i1 - i2
            i3 = proc7(i1, i2)
            i1 = i1 + 1
        proc8(arr1_glob, arr2_glob, i1, i3)
        ptr_glob = proc1(ptr_glob)
        ch = 'A'
        while ch <= char2_glob:
            if enum == func1(ch, 'C'):
                enum = proc6(IDENT1)
            ch = chr(ord(ch) + 1)
        i3 = i2 * i1
        i2 = i3 / i1
        i2 = 7 * (i3 - i2) - i1
        i1 = proc2(i1)
    return i1, i2, i3, enum, str2


def proc1(par):
    nxt = ptr_glob.clone()
    par.ptr = nxt
    par.intcomp = 5
    nxt.intcomp = par.intcomp
    nxt.ptr = par.ptr
    nxt.ptr = proc3(nxt.ptr)
    if nxt.discr == IDENT1:
        nxt.intcomp = 6
        nxt.enum = proc6(par.enum)
        nxt.ptr = ptr_glob.ptr
        nxt.intcomp = proc7(nxt.intcomp, 10)
    else:
        par = nxt.clone()
    nxt.ptr = None
    return par


def proc2(par):
    loc = par + 10
    while True:
        if char1_glob == 'A':
            loc = loc - 1
            par = loc - int_glob
            enum = IDENT1
        if enum == IDENT1:
            break
    return par


def proc3(par):
    global int_glob
    if ptr_glob is not None:
        par = ptr_glob.ptr
    else:
        int_glob = 100
    ptr_glob.intcomp = proc7(10, int_glob)
    return par


def proc4():
    global char2_glob
    b = char1_glob == 'A'
    b = b or bool_glob
    char2_glob = 'B'


def proc5():
    global char1_glob, bool_glob
    char1_glob = 'A'
    bool_glob = False


def proc6(par):
    out = par
    if not func3(par):
        out = IDENT4
    if par == IDENT1:
        out = IDENT1
    elif par == IDENT2:
        if int_glob > 100:
            out = IDENT1
        else:
            out = IDENT4
    elif par == IDENT3:
        out = IDENT2
    elif par == IDENT4:
        pass
    elif par == IDENT5:
        out = IDENT3
    return out


def proc7(a, b):
    return b + a + 2


def proc8(a1, a2, p1, p2):
    global int_glob
    loc = p1 + 5
    a1[loc] = p2
    a1[loc + 1] = a1[loc]
    a1[loc + 30] = loc
    for k in range(loc, loc + 2):
        a2[loc][k] = loc
    a2[loc][loc - 1] += 1
    a2[loc + 20][loc] = a1[loc]
    int_glob = 5


def func1(c1, c2):
    loc1 = c1
    loc2 = loc1
    if loc2 != c2:
        return IDENT1
    return IDENT2


def func2(s1, s2):
    loc = 1
    while loc <= 1:
        if func1(s1[loc], s2[loc + 1]) == IDENT1:
            ch = 'A'
            loc = loc + 1
    if ch >= 'W' and ch <= 'Z':
        loc = 7
    if ch == 'X':
        return True
    if s1 > s2:
        loc = loc + 7
        return True
    return False


def func3(par):
    loc = par
    if loc == IDENT3:
        return True
    return False


def main():
    loops = LOOPS
    if len(sys.argv) > 1:
        loops = int(sys.argv[1])
    i1, i2, i3, enum, str2 = proc0(loops)
    arr_sum = sum(arr1_glob) + sum([sum(row) for row in arr2_glob])
    print "pystone loops=%d int_glob=%d bool_glob=%s chars=%s%s" % (
        loops, int_glob, bool_glob, char1_glob, char2_glob)
    print "locals=%d,%d,%d enum=%d str2=%r" % (i1, i2, i3, enum, str2)
    print "arrays=%d ptr=%d,%d,%d,%r" % (
        arr_sum, ptr_glob.discr, ptr_glob.enum, ptr_glob.intcomp,
        ptr_glob.strcomp)


if __name__ == '__main__':
    main()
