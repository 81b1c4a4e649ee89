# threading: the errors of misused threads, locks, conditions, semaphores
# and events, with their types and messages.
import thread
import threading


def attempt(label, func, *args, **kwargs):
    try:
        r = func(*args, **kwargs)
    except Exception as e:
        print label, '->', type(e).__name__ + ':', e
    else:
        print label, '=', repr(r)


def in_thread(func, *args):
    # Run func in a new thread and return what it returned or raised.
    box = []

    def body():
        try:
            box.append(('ok', func(*args)))
        except Exception as e:
            box.append((type(e).__name__, str(e)))
    t = threading.Thread(target=body)
    t.start()
    t.join()
    return box[0]


# --- Thread -----------------------------------------------------------------------
t = threading.Thread(target=lambda: None)
attempt('join before start', t.join)
attempt('join before start, timeout', t.join, 1)
t.start()
attempt('start twice', t.start)
t.join()
attempt('start after finishing', t.start)
attempt('daemon after start', setattr, t, 'daemon', True)
attempt('setDaemon after start', t.setDaemon, False)
attempt('join main', threading.current_thread().join)
print in_thread(lambda: threading.current_thread().join())
attempt('group', threading.Thread, group=1)
attempt('bad keyword', threading.Thread, bogus=1)
attempt('too many args', threading.Thread, None, None, None, (), {}, None, 7)


class NoInit(threading.Thread):
    def __init__(self):
        pass

ni = NoInit()
attempt('start no init', ni.start)
attempt('join no init', ni.join)
attempt('repr no init', repr, ni)
attempt('name no init', getattr, ni, 'name')
attempt('ident no init', getattr, ni, 'ident')
attempt('daemon no init', getattr, ni, 'daemon')
attempt('set daemon no init', setattr, ni, 'daemon', True)
attempt('set name no init', setattr, ni, 'name', 'x')
attempt('is_alive no init', ni.is_alive)
attempt('getName no init', ni.getName)

# a dummy thread cannot be joined
box = []
done = thread.allocate_lock()
done.acquire()


def raw():
    box.append(threading.current_thread())
    done.release()
thread.start_new_thread(raw, ())
done.acquire()
attempt('join dummy', box[0].join)

attempt('Timer no args', threading.Timer)
attempt('Timer one arg', threading.Timer, 1)

# --- Lock and RLock ---------------------------------------------------------------------
lk = threading.Lock()
attempt('release unlocked Lock', lk.release)
try:
    lk.release()
except threading.ThreadError as e:
    print 'caught as ThreadError:', e

r = threading.RLock()
print repr(r)
attempt('release unacquired RLock', r.release)
attempt('acquire', r.acquire)
attempt('acquire again', r.acquire)
attempt('acquire non-blocking', r.acquire, 0)
print repr(r)
print in_thread(r.release)
print in_thread(r.acquire, 0)
print in_thread(r.acquire, False)
print in_thread(repr, r)
attempt('release', r.release)
attempt('release', r.release)
attempt('release', r.release)
attempt('release once too often', r.release)
print repr(r)
with r:
    print 'in with', repr(r)
    with r:
        print 'in nested with', repr(r)
print repr(r)
attempt('RLock with args', threading.RLock, 1, 2)

# an exception inside "with" releases the lock
try:
    with r:
        raise KeyError('inside')
except KeyError as e:
    print 'KeyError', e, repr(r)

# --- Condition ------------------------------------------------------------------------
c = threading.Condition()
print repr(c)
attempt('wait unacquired', c.wait)
attempt('wait unacquired, timeout', c.wait, 0.01)
attempt('notify unacquired', c.notify)
attempt('notify_all unacquired', c.notify_all)
attempt('notifyAll unacquired', c.notifyAll)
c.acquire()
print repr(c)
print in_thread(c.notify)
print in_thread(c.wait)
attempt('notify with no waiters', c.notify)
attempt('notify 5', c.notify, 5)
attempt('notify_all', c.notify_all)
attempt('wait timing out', c.wait, 0.01)
attempt('wait zero', c.wait, 0)
attempt('wait negative', c.wait, -1)
print repr(c)
c.release()
attempt('bad lock', threading.Condition, 5)

cl = threading.Condition(threading.Lock())
attempt('plain lock: wait unacquired', cl.wait)
attempt('plain lock: notify unacquired', cl.notify)
with cl:
    attempt('plain lock: wait timing out', cl.wait, 0.001)
    attempt('plain lock: notify', cl.notify)
print cl.acquire(), cl.acquire(0)
cl.release()

# --- Semaphores --------------------------------------------------------------------------
attempt('negative semaphore', threading.Semaphore, -1)
attempt('negative bounded semaphore', threading.BoundedSemaphore, -1)
s = threading.Semaphore(0)
attempt('acquire empty semaphore, non-blocking', s.acquire, False)
s.release()
s.release()
attempt('acquire', s.acquire)
attempt('acquire non-blocking', s.acquire, 0)
attempt('acquire empty', s.acquire, 0)
s.release()
with s as got:
    pass
print 'with semaphore gave', got

b = threading.BoundedSemaphore(2)
attempt('bounded release at start', b.release)
attempt('bounded acquire', b.acquire)
attempt('bounded release', b.release)
attempt('bounded release again', b.release)
print b._initial_value
b0 = threading.BoundedSemaphore(0)
attempt('bounded(0) acquire', b0.acquire, 0)
attempt('bounded(0) release', b0.release)
try:
    with threading.BoundedSemaphore(1) as v:
        print 'bounded with', v
        raise IndexError('x')
except IndexError:
    print 'released by with'

# --- Event --------------------------------------------------------------------------------
ev = threading.Event()
attempt('is_set', ev.is_set)
attempt('wait zero', ev.wait, 0)
attempt('wait short', ev.wait, 0.01)
attempt('wait negative', ev.wait, -5)
ev.set()
attempt('wait set', ev.wait)
attempt('wait set, timeout', ev.wait, 0)
attempt('isSet', ev.isSet)
ev.clear()
attempt('wait cleared', ev.wait, 0.001)
attempt('Event with args', threading.Event, 1, 2)
