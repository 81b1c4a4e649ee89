x = ur"\u12"
