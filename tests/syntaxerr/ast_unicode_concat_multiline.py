x = (u"abc"
     u"\u12")
