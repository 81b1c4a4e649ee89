x = u"\N{foo}"
