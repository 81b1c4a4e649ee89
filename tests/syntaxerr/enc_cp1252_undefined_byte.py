# coding: cp1252
y = ""
