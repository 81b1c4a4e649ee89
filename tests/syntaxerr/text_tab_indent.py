class C:
	x = 1
	break
