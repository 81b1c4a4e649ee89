x = "\N{foo}" + u"a\N"
