# The forms of the raise statement in 2.7 and what they produce.
import sys

def t(label, f):
    try:
        f()
    except BaseException as e:
        print label, '->', type(e).__name__, repr(e.args), '|', str(e)

def r1(): raise ValueError
def r2(): raise ValueError('inst')
def r3(): raise ValueError, 'val'
def r4(): raise ValueError, ('a', 'b')
def r5(): raise ValueError, ('single',)
def r6(): raise ValueError, ()
def r7(): raise ValueError, None
def r8(): raise ValueError, ValueError('already an instance')
def r9(): raise Exception, KeyError('subclass instance')
def r10(): raise KeyError, Exception('base instance as value')
def r11(): raise (KeyError, ValueError), 'tuple: first element used'
def r12(): raise ((IndexError, TypeError), ValueError)
def r13(): raise ValueError('x'), 'second value'
def r14(): raise 5
def r15(): raise 'string exception'
def r16(): raise None
def r17(): raise object
def r18(): raise object()
def r19(): raise int, 5
def r20(): raise ValueError, 'v', None
def r21(): raise ValueError, 'v', 5
def r22():
    raise
def r23(): raise (ValueError,)
def r24(): raise ()
def r25(): raise ValueError, [1, 2]
for name in sorted((k for k in dir() if k[0] == 'r' and k[1:].isdigit()), key=lambda k: int(k[1:])):
    t(name, globals()[name])

# a bare raise re-raises the exception being handled
def reraise():
    try:
        raise KeyError('original')
    except KeyError:
        raise
t('reraise', reraise)
# a bare raise after the handler, in the same frame, still sees it in 2.7
def after_handler():
    try:
        raise IndexError('still current')
    except IndexError:
        pass
    raise
t('after_handler', after_handler)
# raise E, V, tb keeps the traceback
def three():
    try:
        1 / 0
    except ZeroDivisionError:
        tb = sys.exc_info()[2]
    raise RuntimeError, 'with tb', tb
try:
    three()
except RuntimeError as e:
    tb = sys.exc_info()[2]
    lines = []
    while tb:
        lines.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print 'three ->', e, lines

# raising the class calls it with the value
class Recorder(Exception):
    def __init__(self, *args):
        print '   Recorder.__init__', args
        Exception.__init__(self, *args)
def exec_raise(src):
    exec src
t('class with tuple', lambda: exec_raise('raise Recorder, (1, 2)'))
t('class with value', lambda: exec_raise('raise Recorder, 7'))
t('class alone', lambda: exec_raise('raise Recorder'))
t('instance', lambda: exec_raise('raise Recorder(3)'))
