# float: the classic float benchmark, written for pystm's suite from its
# description: build many small point objects from sin/cos/sqrt, normalize
# each, then fold them into their componentwise maximum. Object creation
# with attributes, method calls and math functions.
#
# usage: float.py [ROUNDS]
# Prints the maximum point to nine places; never a timing.

import sys
from math import sin, cos, sqrt

ROUNDS = 12
POINTS = 100000


class Point(object):
    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2

    def __repr__(self):
        return "<Point %.9f %.9f %.9f>" % (self.x, self.y, self.z)

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        norm = sqrt(x * x + y * y + z * z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def maximize(points):
    best = points[0]
    for p in points[1:]:
        best = best.maximize(p)
    return best


def one_round(n):
    points = [None] * n
    for i in xrange(n):
        points[i] = Point(i)
    for p in points:
        p.normalize()
    return maximize(points)


def main():
    rounds = ROUNDS
    if len(sys.argv) > 1:
        rounds = int(sys.argv[1])
    for _ in xrange(rounds):
        best = one_round(POINTS)
    print "float rounds=%d points=%d" % (rounds, POINTS)
    print best


if __name__ == '__main__':
    main()
