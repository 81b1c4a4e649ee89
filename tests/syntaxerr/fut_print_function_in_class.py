from __future__ import print_function
class C:
    print("ok")
    print "bad"
