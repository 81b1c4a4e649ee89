"""Queues that many threads can put items into and get items from."""
# pystm: written for pystm over threading's Lock and Condition.

from time import time as _time
import threading as _threading
from collections import deque
import heapq

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue']


class Empty(Exception):
    "Raised by get() when there is no item (without blocking, or in time)."
    pass


class Full(Exception):
    "Raised by put() when there is no room (without blocking, or in time)."
    pass


class Queue:
    """A first-in, first-out queue holding at most maxsize items (no limit
    when maxsize <= 0). Subclasses change the order by overriding _init,
    _qsize, _put and _get, which run with the mutex held."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        # One lock guards the items; three conditions over it say what a
        # waiting thread waits for.
        self.mutex = _threading.Lock()
        self.not_empty = _threading.Condition(self.mutex)
        self.not_full = _threading.Condition(self.mutex)
        self.all_tasks_done = _threading.Condition(self.mutex)
        # Items put but not yet marked done with task_done().
        self.unfinished_tasks = 0

    def task_done(self):
        """Mark one item taken by get() as fully processed; join() returns
        once every item put has been marked. Raises ValueError when called
        more often than items were put."""
        self.all_tasks_done.acquire()
        try:
            left = self.unfinished_tasks - 1
            if left < 0:
                raise ValueError('task_done() called too many times')
            if left == 0:
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = left
        finally:
            self.all_tasks_done.release()

    def join(self):
        """Block until every item put has been marked with task_done()."""
        self.all_tasks_done.acquire()
        try:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()
        finally:
            self.all_tasks_done.release()

    def qsize(self):
        """Return how many items the queue holds (at this instant only)."""
        self.mutex.acquire()
        n = self._qsize()
        self.mutex.release()
        return n

    def empty(self):
        """Return whether the queue holds no item (at this instant only)."""
        self.mutex.acquire()
        answer = not self._qsize()
        self.mutex.release()
        return answer

    def full(self):
        """Return whether the queue is at its maxsize (at this instant
        only); never true for a queue without a limit."""
        self.mutex.acquire()
        answer = 0 < self.maxsize == self._qsize()
        self.mutex.release()
        return answer

    def put(self, item, block=True, timeout=None):
        """Add item to the queue. When it is full: with block false, raise
        Full at once; with a timeout (seconds, >= 0), wait that long for
        room and then raise Full; with no timeout, wait as long as it
        takes."""
        self.not_full.acquire()
        try:
            if self.maxsize > 0:
                if not block:
                    if self._qsize() == self.maxsize:
                        raise Full
                elif timeout is None:
                    while self._qsize() == self.maxsize:
                        self.not_full.wait()
                elif timeout < 0:
                    raise ValueError("'timeout' must be a non-negative number")
                else:
                    deadline = _time() + timeout
                    while self._qsize() == self.maxsize:
                        left = deadline - _time()
                        if left <= 0.0:
                            raise Full
                        self.not_full.wait(left)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()
        finally:
            self.not_full.release()

    def put_nowait(self, item):
        """Add item if there is room, else raise Full: put(item, False)."""
        return self.put(item, False)

    def get(self, block=True, timeout=None):
        """Remove and return the next item. When there is none: with block
        false, raise Empty at once; with a timeout (seconds, >= 0), wait
        that long for one and then raise Empty; with no timeout, wait as
        long as it takes."""
        self.not_empty.acquire()
        try:
            if not block:
                if not self._qsize():
                    raise Empty
            elif timeout is None:
                while not self._qsize():
                    self.not_empty.wait()
            elif timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            else:
                deadline = _time() + timeout
                while not self._qsize():
                    left = deadline - _time()
                    if left <= 0.0:
                        raise Empty
                    self.not_empty.wait(left)
            item = self._get()
            self.not_full.notify()
            return item
        finally:
            self.not_empty.release()

    def get_nowait(self):
        """Remove and return an item if there is one, else raise Empty:
        get(False)."""
        return self.get(False)

    # The storage. These run with the mutex held; override them for
    # another order.

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self, len=len):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()


class PriorityQueue(Queue):
    '''A queue that hands out its smallest item first (items are often
    (priority, data) tuples).'''

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self, len=len):
        return len(self.queue)

    def _put(self, item, heappush=heapq.heappush):
        heappush(self.queue, item)

    def _get(self, heappop=heapq.heappop):
        return heappop(self.queue)


class LifoQueue(Queue):
    '''A queue that hands out the item put last first (a stack).'''

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self, len=len):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()
