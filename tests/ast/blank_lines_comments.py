if x:
    a = 1

    
# comment at column 0
        # deeper comment
    b = 2
  # shallower comment
    c = 3
	

d = 4
