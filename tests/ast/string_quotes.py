# Strings whose reprs need each kind of quote.
"it's"
'say "hi"'
"both ' and \""
'both \' and "'
"'"
'"'
"\\"
u"it's"
u'say "hi"'
u"both ' and \""
