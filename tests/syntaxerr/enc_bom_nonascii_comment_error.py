# café
x = 1 +
