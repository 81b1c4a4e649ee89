# Escape sequences in str and unicode literals.
'\n\t\r\a\b\f\v\0'
'\x41\x7f\x80\xff'
'\101\1\12\123\1234'
'\777'
'\400'
'\q\w\e'
'\\'
'\''
'\"'
"\'"
'\u1234\U00012345\N{BULLET}'
u'\n\t\r\a\b\f\v\0'
u'\x41\xff'
u'\101\777'
u'\u1234\uffff\u0000'
u'\U00012345\U0010ffff\U00000041'
u'\ud800'
u'\udc00\ud800'
u'\ud83d\ude00'
u'\q'
'line \
continued'
u'line \
continued'
'a\
'
'tab	inside'
