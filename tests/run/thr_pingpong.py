# threading and Queue under load: two threads hand a token back and forth
# many times through Queues, Conditions, Events and Semaphores, and several
# threads take an RLock recursively; every hand-off must wake its waiter.
import Queue
import threading

ROUNDS = 300

# --- two queues ---------------------------------------------------------------
ping, pong = Queue.Queue(1), Queue.Queue(1)
seen = []


def ponger():
    while True:
        n = ping.get()
        if n is None:
            break
        pong.put(n + 1)

t = threading.Thread(target=ponger)
t.start()
n = 0
for i in range(ROUNDS):
    ping.put(n)
    n = pong.get()
ping.put(None)
t.join()
print 'queues', n

# --- a condition and a shared turn ------------------------------------------------
cond = threading.Condition()
turn = ['a']
log = []


def player(me, other):
    for i in range(ROUNDS):
        with cond:
            while turn[0] != me:
                cond.wait()
            log.append(me)
            turn[0] = other
            cond.notify()

pa = threading.Thread(target=player, args=('a', 'b'))
pb = threading.Thread(target=player, args=('b', 'a'))
pa.start()
pb.start()
pa.join()
pb.join()
print 'condition', len(log), ''.join(log[:10]), log == ['a', 'b'] * ROUNDS

# --- two events --------------------------------------------------------------------
e1, e2 = threading.Event(), threading.Event()
count = [0]


def echo():
    for i in range(ROUNDS):
        e1.wait()
        e1.clear()
        count[0] += 1
        e2.set()

t = threading.Thread(target=echo)
t.start()
for i in range(ROUNDS):
    e1.set()
    e2.wait()
    e2.clear()
t.join()
print 'events', count[0]

# --- two semaphores ----------------------------------------------------------------
s1, s2 = threading.Semaphore(0), threading.Semaphore(0)
steps = []


def stepper():
    for i in range(ROUNDS):
        s1.acquire()
        steps.append('s')
        s2.release()

t = threading.Thread(target=stepper)
t.start()
for i in range(ROUNDS):
    steps.append('m')
    s1.release()
    s2.acquire()
t.join()
print 'semaphores', len(steps), steps == ['m', 's'] * ROUNDS

# --- an RLock taken recursively by several threads --------------------------------
rl = threading.RLock()
total = [0]


def nested(depth):
    with rl:
        if depth:
            nested(depth - 1)
        else:
            v = total[0]
            total[0] = v + 1


def hammer():
    for i in range(100):
        nested(3)

hs = [threading.Thread(target=hammer) for i in range(6)]
for h in hs:
    h.start()
for h in hs:
    h.join()
print 'rlock', total[0], repr(rl)

# --- join with a timeout on a thread that ends in time --------------------------------
done = threading.Event()
t = threading.Thread(target=done.wait)
t.start()
t.join(0.01)
print 'alive after short join', t.is_alive()
done.set()
t.join(30)
print 'alive after join', t.is_alive()
