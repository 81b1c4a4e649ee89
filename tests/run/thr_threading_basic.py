# threading: Thread objects (target, args, kwargs, subclasses, names,
# daemon flag, idents, reprs), current_thread, enumerate, active_count,
# dummy threads, Timer, local, and the module's names.
import sys
import thread
import threading
import time


def show(t):
    # A thread's repr with its ident (which varies) replaced by ID.
    r = repr(t)
    if t.ident is not None:
        r = r.replace(str(t.ident), 'ID')
    return r


# --- the module's names -----------------------------------------------------
print sorted(threading.__all__)
print threading.Lock is thread.allocate_lock
print threading.ThreadError is thread.error
print threading.local is thread._local
print threading.stack_size is thread.stack_size
print threading.currentThread is threading.current_thread
print threading.activeCount is threading.active_count
print type(threading.Lock()) is thread.LockType
for name in ('RLock', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Event',
             'Timer'):
    print name, type(getattr(threading, name)).__name__
print threading.Thread.__name__, threading.Thread.__module__
print isinstance(threading.Thread, type)

# --- the main thread ----------------------------------------------------------
main = threading.current_thread()
print show(main)
print type(main).__name__, main.name, main.getName(), main.daemon, main.isDaemon()
print main.is_alive(), main.isAlive()
print main.ident == thread.get_ident()
print threading.active_count(), threading.activeCount()
print [t.name for t in threading.enumerate()]
print threading.currentThread() is main

# --- a thread with a target, args and kwargs --------------------------------
results = []


def work(a, b, c=None, d=None):
    me = threading.current_thread()
    results.append((a, b, c, d, me.name, me is t1,
                    me.ident == thread.get_ident(), me.is_alive(),
                    me in threading.enumerate()))

t1 = threading.Thread(target=work, args=(1, 2), kwargs={'d': 4})
print show(t1)
print t1.name, t1.ident, t1.is_alive(), t1.daemon
t1.start()
t1.join()
print results
print show(t1)
print t1.is_alive(), type(t1.ident) in (int, long), t1.ident != main.ident
print t1 in threading.enumerate(), threading.active_count()
print hasattr(t1, '_Thread__target'), hasattr(t1, '_Thread__args')

# default names count up; a given name is kept (and made a str)
t2 = threading.Thread()
t3 = threading.Thread(name='worker')
t4 = threading.Thread(name=42)
t5 = threading.Thread(name='')
print t2.name, t3.name, repr(t4.name), t5.name
t3.name = 'renamed'
print t3.name, t3.getName()
t3.setName(['x'])
print repr(t3.getName())
print show(t3)

# a target of None runs nothing
t2.start()
t2.join()
print show(t2)

# join() twice and join with a timeout on a finished thread are fine
t2.join()
t2.join(0.5)
t2.join(0)
print 'joined again'

# --- subclasses ---------------------------------------------------------------


class Adder(threading.Thread):
    def __init__(self, items):
        threading.Thread.__init__(self)
        self.items = items
        self.total = None

    def run(self):
        self.total = sum(self.items)

adders = [Adder(range(i * 10)) for i in range(4)]
for a in adders:
    a.start()
for a in adders:
    a.join()
print [(a.name, a.total) for a in adders]
print show(adders[0])


class Named(threading.Thread):
    pass

n = Named(name='named-one')
print show(n)
n.start()
n.join()
print show(n)

# --- daemon flags ---------------------------------------------------------------
d = threading.Thread()
print d.daemon
d.daemon = True
print d.daemon, d.isDaemon(), show(d)
d.setDaemon(0)
print repr(d.daemon), show(d)
d.setDaemon(1)
print repr(d.daemon), show(d)

inherited = []


def spawn():
    child = threading.Thread(target=lambda: None)
    inherited.append(child.daemon)
    child.start()
    child.join()
    inherited.append(show(child).replace('ID', '?'))

dm = threading.Thread(target=spawn)
dm.daemon = True
dm.start()
dm.join()
nd = threading.Thread(target=spawn)
nd.start()
nd.join()
print inherited
print show(dm)

# --- many threads at once ---------------------------------------------------------
lock = threading.Lock()
counter = [0]


def bump(n):
    for i in range(n):
        with lock:
            counter[0] += 1

many = [threading.Thread(target=bump, args=(200,)) for i in range(8)]
for t in many:
    t.start()
for t in many:
    t.join()
print counter[0], [t.is_alive() for t in many]
print threading.active_count(), [t.name for t in threading.enumerate()]

# threads that are running show up in enumerate() and active_count()
gate = threading.Event()
started = threading.Semaphore(0)


def hold():
    started.release()
    gate.wait()

holders = [threading.Thread(target=hold, name='holder-%d' % i) for i in range(3)]
for t in holders:
    t.start()
for t in holders:
    started.acquire()
print threading.active_count()
print sorted(t.name for t in threading.enumerate())
print [t.is_alive() for t in holders]
print show(holders[0])
gate.set()
for t in holders:
    t.join()
print threading.active_count(), [t.is_alive() for t in holders]

# --- threads not started by threading: dummy threads --------------------------------
done = thread.allocate_lock()
done.acquire()
seen = []


def raw():
    me = threading.current_thread()
    seen.append((type(me).__name__, me.name, me.daemon, me.is_alive(),
                 me is threading.current_thread(),
                 me.ident == thread.get_ident(), show(me),
                 me in threading.enumerate()))
    # a Thread made here inherits the dummy thread's daemon flag
    child = threading.Thread()
    seen.append((child.name, child.daemon))
    done.release()

thread.start_new_thread(raw, ())
done.acquire()
for s in seen:
    print s
# the count goes on after the dummy thread's number
print threading.Thread().name

# --- Timer ---------------------------------------------------------------------------
fired = []
tm = threading.Timer(0.01, lambda *a, **k: fired.append((a, k)), args=(1, 2),
                     kwargs={'k': 3})
print type(tm).__name__, isinstance(tm, threading.Thread), show(tm)
print tm.interval, tm.args, tm.kwargs, tm.finished.is_set()
tm.start()
tm.join()
print fired, tm.finished.is_set()

cancelled = []
tc = threading.Timer(5.0, cancelled.append, args=('fired',))
tc.start()
tc.cancel()
tc.join()
print cancelled, tc.finished.is_set(), tc.is_alive()

tz = threading.Timer(0, cancelled.append, args=('zero',))
tz.start()
tz.join()
print cancelled

# --- local -------------------------------------------------------------------------
data = threading.local()
data.x = 'main'
seen_local = []


def use_local(v):
    seen_local.append(hasattr(data, 'x'))
    data.x = v
    time.sleep(0.001)
    seen_local.append(data.x == v)

lt = [threading.Thread(target=use_local, args=(i,)) for i in range(4)]
for t in lt:
    t.start()
for t in lt:
    t.join()
print sorted(seen_local), data.x


class MyLocal(threading.local):
    def __init__(self, v):
        self.v = v

ml = MyLocal(7)
got = []
t = threading.Thread(target=lambda: got.append(ml.v))
t.start()
t.join()
print got, ml.v

# --- settrace / setprofile: stored, and threads still run ------------------------------


def tracer(frame, event, arg):
    return None

threading.settrace(tracer)
threading.setprofile(tracer)
print threading._trace_hook is tracer, threading._profile_hook is tracer
ran = []
t = threading.Thread(target=ran.append, args=('ran',))
t.start()
t.join()
threading.settrace(None)
threading.setprofile(None)
sys.settrace(None)
sys.setprofile(None)
print ran

# --- stack_size ------------------------------------------------------------------------
print threading.stack_size()
print 'end'
