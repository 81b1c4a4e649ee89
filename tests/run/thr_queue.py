# Queue: FIFO, LIFO and priority queues, bounds, blocking and non-blocking
# put/get with timeouts, task_done/join, subclass hooks, and producers and
# consumers in several threads.
import Queue
import threading
import time


def attempt(label, func, *args, **kwargs):
    try:
        r = func(*args, **kwargs)
    except Exception as e:
        print label, '->', type(e).__name__ + ':', e
    else:
        print label, '=', repr(r)


print sorted(Queue.__all__)
print issubclass(Queue.Empty, Exception), issubclass(Queue.Full, Exception)
print Queue.Empty.__module__, Queue.Full.__name__, Queue.Empty.__doc__ is not None
q = Queue.Queue()
print type(q).__name__, q.__class__.__name__, isinstance(q, Queue.Queue)
print issubclass(Queue.LifoQueue, Queue.Queue), issubclass(Queue.PriorityQueue, Queue.Queue)
print q.maxsize, q.unfinished_tasks, type(q.queue).__name__, q.qsize(), q.empty(), q.full()
print type(Queue.LifoQueue().queue).__name__, type(Queue.PriorityQueue().queue).__name__

# --- order ------------------------------------------------------------------------
for cls in (Queue.Queue, Queue.LifoQueue, Queue.PriorityQueue):
    q = cls()
    for x in [5, 1, 4, 2, 3, 1]:
        q.put(x)
    print cls.__name__, q.qsize(), q.empty(), q.full(), q.unfinished_tasks,
    print [q.get() for i in range(6)], q.qsize(), q.empty()

pq = Queue.PriorityQueue()
for item in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'A')]:
    pq.put_nowait(item)
print [pq.get_nowait() for i in range(4)]

# --- bounds and non-blocking calls -------------------------------------------------------
q = Queue.Queue(2)
print q.maxsize, q.full()
q.put('a')
print q.full(), q.qsize()
q.put_nowait('b')
print q.full(), q.qsize(), q.empty()
attempt('put_nowait full', q.put_nowait, 'c')
attempt('put non-blocking full', q.put, 'c', False)
attempt('put non-blocking, timeout ignored', q.put, 'c', False, 5)
attempt('put timeout on full', q.put, 'c', True, 0.01)
attempt('put timeout 0 on full', q.put, 'c', timeout=0)
attempt('put negative timeout', q.put, 'c', timeout=-1)
attempt('get', q.get)
attempt('put negative timeout with room', q.put, 'c', True, -1)
attempt('put with timeout and room', q.put, 'c', True, 0.5)
print list(q.queue)
attempt('get_nowait', q.get_nowait)
attempt('get non-blocking', q.get, False)
attempt('get_nowait empty', q.get_nowait)
attempt('get non-blocking empty', q.get, False)
attempt('get non-blocking empty, timeout ignored', q.get, 0, 3)
attempt('get timeout on empty', q.get, True, 0.01)
attempt('get timeout 0 on empty', q.get, timeout=0)
attempt('get negative timeout', q.get, timeout=-0.5)
q.put(1)
attempt('get negative timeout with an item', q.get, True, -1)
attempt('get with timeout and an item', q.get, timeout=1)
print q.unfinished_tasks

# an unbounded queue (maxsize <= 0) never blocks nor checks put's timeout
for size in (0, -1):
    q = Queue.Queue(size)
    for i in range(100):
        q.put(i, timeout=-1)
    print size, q.qsize(), q.full(), q.unfinished_tasks

# --- task_done and join -----------------------------------------------------------------
q = Queue.Queue()
attempt('task_done on a fresh queue', q.task_done)
q.join()
print 'join on a fresh queue returns'
q.put(1)
q.put(2)
q.get()
q.task_done()
print q.unfinished_tasks
q.get()
q.task_done()
attempt('task_done too often', q.task_done)
print q.unfinished_tasks
q.join()
print 'joined'

# --- hooks that subclasses override ---------------------------------------------------------


class SetQueue(Queue.Queue):
    # A queue that drops duplicates and hands out the smallest item.
    def _init(self, maxsize):
        self.queue = set()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.add(item)

    def _get(self):
        item = min(self.queue)
        self.queue.remove(item)
        return item

sq = SetQueue(3)
for x in 'abba':
    sq.put_nowait(x)
print sq.qsize(), sq.full(), sq.unfinished_tasks
attempt('SetQueue get', sq.get)
attempt('SetQueue get', sq.get)
attempt('SetQueue get empty', sq.get_nowait)

# --- threads: producers and consumers -------------------------------------------------------
q = Queue.Queue(5)
results = []
results_lock = threading.Lock()


def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        with results_lock:
            results.append(item * 2)
        q.task_done()


def producer(base):
    for i in range(50):
        q.put(base + i)

consumers = [threading.Thread(target=consumer) for i in range(3)]
producers = [threading.Thread(target=producer, args=(k * 1000,)) for k in range(4)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
q.join()
print len(results), sum(results), q.qsize(), q.unfinished_tasks
for t in consumers:
    q.put(None)
for t in consumers:
    t.join()
print q.empty(), q.unfinished_tasks, [t.is_alive() for t in consumers]
print sorted(results) == sorted(2 * (k * 1000 + i) for k in range(4) for i in range(50))

# a blocked get() wakes up when an item arrives
q = Queue.Queue()
got = []
waiter = threading.Thread(target=lambda: got.append(q.get()))
waiter.start()
time.sleep(0.01)
q.put('late')
waiter.join()
print got

# a blocked put() wakes up when an item is taken
q = Queue.Queue(1)
q.put('first')
putter = threading.Thread(target=q.put, args=('second',))
putter.start()
time.sleep(0.01)
print q.get()
putter.join()
print q.get(), q.empty()

# a get() with a timeout gets an item that comes in time
q = Queue.Queue()
got = []


def timed_get():
    got.append(q.get(timeout=10))
tg = threading.Thread(target=timed_get)
tg.start()
time.sleep(0.01)
q.put('in time')
tg.join()
print got

# a put() with a timeout gets room in time
q = Queue.Queue(1)
q.put('x')
tp = threading.Thread(target=q.put, args=('y',), kwargs={'timeout': 10})
tp.start()
time.sleep(0.01)
print q.get()
tp.join()
print q.get()

# join() in another thread returns once every task is done
q = Queue.Queue()
for i in range(3):
    q.put(i)
joined = []
jt = threading.Thread(target=lambda: (q.join(), joined.append('joined')))
jt.start()
for i in range(3):
    q.get()
    q.task_done()
jt.join()
print joined

# LIFO and priority queues shared by threads
lq = Queue.LifoQueue()
ws = [threading.Thread(target=lambda k=k: [lq.put(k * 10 + i) for i in range(10)])
      for k in range(4)]
for t in ws:
    t.start()
for t in ws:
    t.join()
print lq.qsize(), sorted(lq.get() for i in range(40)) == range(40)
pq = Queue.PriorityQueue()
ws = [threading.Thread(target=lambda k=k: [pq.put(k + 4 * i) for i in range(10)])
      for k in range(4)]
for t in ws:
    t.start()
for t in ws:
    t.join()
print [pq.get() for i in range(40)] == range(40)
