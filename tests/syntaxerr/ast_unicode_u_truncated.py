x = u"ab\u12"
