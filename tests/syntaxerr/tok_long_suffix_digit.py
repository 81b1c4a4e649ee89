x = 0L1
