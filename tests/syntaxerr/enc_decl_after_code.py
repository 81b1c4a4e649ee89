x = 1  # coding: utf-8
y = "é"
