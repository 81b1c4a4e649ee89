# string.Template: substitute and safe_substitute.
from string import Template

t = Template('$who likes $what')
print t.substitute(who='tim', what='kung pao')
print t.substitute({'who': 'tim', 'what': 'ham'})
print t.substitute({'who': 'a', 'what': 'b'}, what='override')
print t.template
print Template('${noun}ification').substitute(noun='amplify')
print Template('$$ is a dollar, $x').substitute(x=1)
print Template('$x$y').substitute(x=1, y=2)
print Template('$x.$y').substitute(x='a', y='b')
print Template('no placeholders').substitute()
print Template('$a_1 $_b').substitute(a_1='one', _b='two')
print Template('${a}b').substitute(a='A')
print Template(u'unicode $x').substitute(x='ok')
print repr(Template(u'$x').substitute(x='s'))
print Template('$x').substitute(x=[1, 2])
try:
    Template('$missing').substitute()
except KeyError as e:
    print 'KeyError:', e
try:
    Template('${missing}').substitute(other=1)
except KeyError as e:
    print 'KeyError:', e
try:
    Template('bad $').substitute()
except ValueError as e:
    print 'ValueError:', e
try:
    Template('line one\nbad $9').substitute()
except ValueError as e:
    print 'ValueError:', e
try:
    Template('${ bad}').substitute()
except ValueError as e:
    print 'ValueError:', e
print Template('$who and $missing').safe_substitute(who='me')
print Template('${who} and ${missing} $').safe_substitute(who='me')
print Template('$$ $5 ${').safe_substitute()
try:
    Template('$a').substitute({}, {})
except TypeError as e:
    print 'TypeError:', e

class Percent(Template):
    delimiter = '%'
print Percent('%x costs %%%y').substitute(x='it', y=5)

class Dotted(Template):
    idpattern = '[a-z]+\.[a-z]+'
print Dotted('$a.b and ${c.d}').substitute({'a.b': 1, 'c.d': 2})

class Mapping(object):
    def __getitem__(self, key):
        return key.upper()
print Template('$abc $def').substitute(Mapping())
