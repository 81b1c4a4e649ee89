# coding: utf-16
y = 1
