# Adjacent string literals are concatenated.
'a' 'b'
'a' "b" '''c'''
'a' u'b'
u'a' 'b'
r'\n' '\n'
'a' b'b'
('multi'
 'line'
 u'parts')
x = ('one'
     # a comment between
     'two')
