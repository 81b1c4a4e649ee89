#!/usr/bin/python
# vim: set fileencoding=klingon :
x = 1
