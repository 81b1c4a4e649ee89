# coding utf-8
y = "é"
