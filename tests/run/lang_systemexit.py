# raise SystemExit: finally clauses and with-exits run, except Exception does not catch it,
# and the process exits with the code.
class CM(object):
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print 'exit saw', t.__name__, v.code
        return False

def work():
    try:
        with CM():
            raise SystemExit(4)
    except Exception:
        print 'not caught by except Exception'
    finally:
        print 'finally ran'

try:
    work()
except SystemExit as e:
    print 'caught once', e.code, e.args
try:
    raise SystemExit
except BaseException as e:
    print 'bare', type(e).__name__, e.code
print 'leaving'
work()
print 'not reached'
