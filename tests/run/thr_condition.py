# threading: Condition (wait, wait with a timeout, notify(n), notify_all,
# over Lock and RLock), Event and Semaphore shared by several threads.
import threading
import time


def until(pred):
    # Poll pred (checked under no lock) until it is true.
    while not pred():
        time.sleep(0.001)


# --- notify(n) wakes exactly n waiters; notify_all the rest ----------------------
cond = threading.Condition()
state = {'ready': 0, 'woken': 0, 'go': 0}
order = []


def waiter(k):
    with cond:
        state['ready'] += 1
        while state['go'] == 0:
            cond.wait()
            if state['go']:
                break
        state['go'] -= 1
        state['woken'] += 1
        order.append(k)

ws = [threading.Thread(target=waiter, args=(k,)) for k in range(5)]
for t in ws:
    t.start()
# Every waiter counts itself with the lock held and then waits, which frees
# the lock: once we hold it and see all five, all five are waiting.
while True:
    with cond:
        if state['ready'] == 5:
            break
    time.sleep(0.001)

with cond:
    print 'waiters', repr(cond).endswith(', 5)>')
    state['go'] = 2
    cond.notify(2)
    print 'after notify(2)', repr(cond).endswith(', 3)>')
until(lambda: state['woken'] == 2)
time.sleep(0.02)
with cond:
    print 'woken', state['woken']
    cond.notify(0)
    cond.notify(-2)   # a slice [:-2]: all but the last two waiters
    state['go'] = 1
    print 'after notify(-2)', repr(cond).endswith(', 2)>')
until(lambda: state['woken'] == 3)
with cond:
    state['go'] = 2
    cond.notify_all()
    print 'after notify_all', repr(cond).endswith(', 0)>')
for t in ws:
    t.join()
print 'woken', state['woken'], sorted(order)

# --- wait() keeps the RLock's depth ---------------------------------------------
rcond = threading.Condition(threading.RLock())
flag = []
depth_seen = []


def deep_waiter():
    rcond.acquire()
    rcond.acquire()
    rcond.acquire()
    while not flag:
        rcond.wait()
    depth_seen.append(repr(rcond).split(' count=')[1])
    rcond.release()
    rcond.release()
    depth_seen.append(repr(rcond).split(' count=')[1])
    rcond.release()

dw = threading.Thread(target=deep_waiter, name='deep')
dw.start()
until(lambda: '1)>' in repr(rcond))
# the waiter holds the RLock three deep, yet we can take it while it waits
with rcond:
    print 'taken while waiting:', repr(rcond)
    flag.append(1)
    rcond.notify()
dw.join()
print depth_seen, repr(rcond)

# --- wait(timeout) returns after the timeout, with the lock held again -------------
c2 = threading.Condition(threading.Lock())
with c2:
    t0 = time.time()
    r = c2.wait(0.05)
    elapsed = time.time() - t0
    print 'timed wait returned', r, elapsed >= 0.04, elapsed < 5
    print 'lock held after wait:', not c2.acquire(False)
print 'lock free after with:', c2.acquire(False)
c2.release()

# wait(timeout) that is notified in time
c3 = threading.Condition()
box = []


def timed_waiter():
    with c3:
        box.append('waiting')
        c3.wait(30)
        box.append('notified')

tw = threading.Thread(target=timed_waiter)
with c3:
    tw.start()
    # the thread cannot get past "with c3" until we wait or leave
    while not box:
        c3.wait(0.001)
    c3.notify()
t0 = time.time()
tw.join()
print box, time.time() - t0 < 25

# --- a bounded buffer over two conditions sharing one lock --------------------------
lock = threading.Lock()
not_empty = threading.Condition(lock)
not_full = threading.Condition(lock)
buf = []
taken = []


def produce(base):
    for i in range(100):
        with not_full:
            while len(buf) >= 3:
                not_full.wait()
            buf.append(base + i)
            not_empty.notify()


def consume(n):
    for i in range(n):
        with not_empty:
            while not buf:
                not_empty.wait()
            taken.append(buf.pop(0))
            not_full.notify()

ps = [threading.Thread(target=produce, args=(k * 1000,)) for k in range(3)]
cs = [threading.Thread(target=consume, args=(150,)) for k in range(2)]
for t in ps + cs:
    t.start()
for t in ps + cs:
    t.join()
print len(taken), sorted(taken) == sorted(k * 1000 + i for k in range(3) for i in range(100))
# each producer's items come out in the order it put them
for k in range(3):
    mine = [x for x in taken if x // 1000 == k]
    print k, mine == sorted(mine)

# --- Event -------------------------------------------------------------------------
ev = threading.Event()
results = []


def ev_waiter(k):
    results.append((k, ev.wait()))

ews = [threading.Thread(target=ev_waiter, args=(k,)) for k in range(4)]
for t in ews:
    t.start()
time.sleep(0.01)
print 'before set', results, ev.is_set()
ev.set()
for t in ews:
    t.join()
print sorted(results), ev.is_set()
ev.clear()
late = []
lt = threading.Thread(target=lambda: late.append(ev.wait(30)))
lt.start()
time.sleep(0.01)
ev.set()
lt.join()
print late
ev.clear()
print ev.wait(0.01), ev.isSet()

# --- Semaphore: at most N threads inside --------------------------------------------
sem = threading.Semaphore(2)
inside = [0]
most = [0]
count_lock = threading.Lock()


def limited():
    for i in range(5):
        with sem:
            with count_lock:
                inside[0] += 1
                most[0] = max(most[0], inside[0])
            time.sleep(0.001)
            with count_lock:
                inside[0] -= 1

ls = [threading.Thread(target=limited) for k in range(6)]
for t in ls:
    t.start()
for t in ls:
    t.join()
print 'most inside', most[0] <= 2, most[0] >= 1, inside[0]

# a blocked acquire() is woken by release()
s0 = threading.Semaphore(0)
got = []
st = threading.Thread(target=lambda: got.append(s0.acquire()))
st.start()
time.sleep(0.01)
print 'before release', got
s0.release()
st.join()
print got, s0.acquire(False)

bs = threading.BoundedSemaphore(3)
bts = [threading.Thread(target=bs.acquire) for k in range(3)]
for t in bts:
    t.start()
for t in bts:
    t.join()
print bs.acquire(False)
for k in range(3):
    bs.release()
try:
    bs.release()
except ValueError as e:
    print 'ValueError', e
