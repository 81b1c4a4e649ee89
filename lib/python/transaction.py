"""Higher-level constructs for using several cores with pystm.

Under pystm this module builds on the built-in module pypystm: atomic
blocks, per-key containers, a queue whose puts never conflict, and so
on. TransactionQueue runs many small pieces of work ("transactions")
on worker threads, each inside one atomic block, so that the whole
behaves as if the pieces had run one after the other in some order.

Under CPython 2.7 (where there is no pypystm) the same names exist in a
serial form: atomic is a reentrant lock, getsegmentlimit() is 1, the
containers are dict- and set-like classes, and TransactionQueue runs its
transactions one at a time. A program written for pystm thus runs
unchanged on CPython with this file on its path:

    PYTHONPATH=fallback python2 prog.py
"""
# pystm: one file for both interpreters; it is embedded in pystm
# (lib/python) and reached by CPython through fallback/transaction.py.
# A name that the running pypystm lacks takes its serial form here.

import sys
import thread
import atexit
import collections
import threading
import time as _time

try:
    import weakref as _weakref
except ImportError:
    _weakref = None

try:
    import pypystm as _pypystm
except ImportError:
    _pypystm = None

__all__ = ['atomic', 'is_atomic', 'hint_commit_soon', 'getsegmentlimit',
           'stmdict', 'stmset', 'hashtable', 'local', 'time', 'clock',
           'queue', 'Empty', 'signals_enabled', 'stmidset', 'stmiddict',
           'TransactionError', 'TransactionQueue', 'threadlocalproperty']

error = thread.error
if not (isinstance(error, type) and issubclass(error, Exception)):
    class error(Exception):
        """The error of atomic blocks and queues (Jython's thread.error is
        not an exception class)."""


def _builtin(name, serial):
    """Returns pypystm's name when pystm has it, else the serial form."""
    if _pypystm is not None and hasattr(_pypystm, name):
        return getattr(_pypystm, name)
    return serial


# --- The serial forms ------------------------------------------------------

class _SerialAtomic(object):
    """The serial form of atomic: a reentrant lock used as a context
    manager. Atomic blocks of different threads exclude each other; code
    outside any atomic block is not held back."""

    def __init__(self):
        self._lock = thread.allocate_lock()
        self._get_ident = thread.get_ident
        self._owner = None
        self._depth = 0

    def __enter__(self):
        me = self._get_ident()
        if self._owner == me:
            self._depth += 1
            return None
        self._lock.acquire()
        self._owner = me
        self._depth = 1
        return None

    def __exit__(self, exc_type, exc_value, tb):
        if self._owner != self._get_ident() or self._depth <= 0:
            raise error("atomic.__exit__(): more exits than enters")
        self._depth -= 1
        if self._depth == 0:
            self._owner = None
            self._lock.release()
        return False

    def level(self):
        """The nesting depth of atomic blocks in this thread (0: none)."""
        if self._owner == self._get_ident():
            return self._depth
        return 0


_serial_atomic = _SerialAtomic()
_serial_is_atomic = _serial_atomic.level


def _serial_hint_commit_soon():
    """Nothing to commit without transactions."""
    return None


def _serial_getsegmentlimit():
    """One transaction at a time."""
    return 1


class stmdict(object):
    """The serial form of stmdict: a dict with stmdict's operations."""

    def __init__(self):
        self._d = {}

    def __getitem__(self, key):
        return self._d[key]

    def __setitem__(self, key, value):
        self._d[key] = value

    def __delitem__(self, key):
        del self._d[key]

    def __contains__(self, key):
        return key in self._d

    def __len__(self):
        return len(self._d)

    def __iter__(self):
        return iter(self._d.keys())

    def get(self, key, default=None):
        return self._d.get(key, default)

    def setdefault(self, key, default=None):
        return self._d.setdefault(key, default)

    def pop(self, key, *default):
        return self._d.pop(key, *default)

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def iterkeys(self):
        return iter(self._d.keys())

    def itervalues(self):
        return iter(self._d.values())

    def iteritems(self):
        return iter(self._d.items())


class hashtable(stmdict):
    """The serial form of hashtable: a dict with integer keys."""

    def __getitem__(self, key):
        return self._d[_int_key(key)]

    def __setitem__(self, key, value):
        self._d[_int_key(key)] = value

    def __delitem__(self, key):
        del self._d[_int_key(key)]

    def __contains__(self, key):
        return _int_key(key) in self._d

    def get(self, key, default=None):
        return self._d.get(_int_key(key), default)

    def setdefault(self, key, default=None):
        return self._d.setdefault(_int_key(key), default)

    def pop(self, key, *default):
        return self._d.pop(_int_key(key), *default)


def _int_key(key):
    # A hashtable's key is a C long, converted as pystm converts it.
    if isinstance(key, float):
        raise TypeError("integer argument expected, got float")
    if not isinstance(key, (int, long)):
        raise TypeError("an integer is required")
    key = int(key)
    if not -0x8000000000000000 <= key <= 0x7fffffffffffffff:
        raise OverflowError("Python int too large to convert to C long")
    return key


class stmset(object):
    """The serial form of stmset: a set with stmset's operations."""

    def __init__(self):
        self._s = set()

    def __contains__(self, key):
        return key in self._s

    def add(self, key):
        self._s.add(key)

    def remove(self, key):
        self._s.remove(key)

    def discard(self, key):
        self._s.discard(key)

    def __len__(self):
        return len(self._s)

    def __iter__(self):
        return iter(list(self._s))


class Empty(Exception):
    """Raised by queue.get() when it has no item to return."""


class queue(object):
    """The serial form of queue: an unbounded queue (first in, first out
    here, which is one of the orders the unordered queue allows)."""

    # What a worker blocked in get() may still use while the interpreter
    # shuts down, when the module's globals are already gone.
    _new_lock = staticmethod(thread.allocate_lock)
    _is_atomic = None    # set below, once is_atomic is chosen

    def __init__(self):
        self._lock = thread.allocate_lock()
        self._items = collections.deque()
        self._unfinished = 0
        # Threads blocked in get() or join() wait on a lock of their own,
        # released by put() or by the last task_done().
        self._getters = []
        self._joiners = []

    def put(self, item):
        """Puts an item into the queue (it has no maximum size)."""
        with self._lock:
            self._items.append(item)
            self._unfinished += 1
            if self._getters:
                self._getters.pop(0).release()

    def get(self, block=True, timeout=None):
        """Removes and returns an item; block and timeout are as in
        Queue.Queue.get(). Raises Empty when there is none in time."""
        if not isinstance(block, (int, long)):
            if isinstance(block, float):
                raise TypeError("integer argument expected, got float")
            raise TypeError("an integer is required")
        if not block:
            wait = 0.0
        elif timeout is None:
            wait = -1.0
        else:
            if not isinstance(timeout, (int, long, float)):
                raise TypeError("a float is required")
            wait = float(timeout)
            if wait < 0.0:
                raise ValueError("'timeout' must be a non-negative number")
        if wait != 0.0 and self._is_atomic():
            raise error("can't use queue.get(block=True) in an atomic context")
        deadline = None
        if wait > 0.0:
            deadline = _time.time() + wait
        delay = 0.0005
        while True:
            with self._lock:
                if self._items:
                    return self._items.popleft()
                if wait == 0.0:
                    raise Empty
                waiter = None
                if deadline is None:
                    waiter = self._new_lock()
                    waiter.acquire()
                    self._getters.append(waiter)
            if waiter is not None:
                waiter.acquire()
                continue
            # A wait with a timeout polls, as Python 2.7's locks cannot
            # time out.
            left = deadline - _time.time()
            if left <= 0.0:
                with self._lock:
                    if self._items:
                        return self._items.popleft()
                raise Empty
            delay = min(delay * 2, left, 0.05)
            _time.sleep(delay)

    def task_done(self):
        """Marks a task that get() returned as done (see join())."""
        with self._lock:
            self._unfinished -= 1
            if self._unfinished <= 0:
                for w in self._joiners:
                    w.release()
                del self._joiners[:]

    def join(self):
        """Blocks until every item put has been marked done by
        task_done(). Raises ValueError if task_done() was called more
        times than there were items."""
        while True:
            with self._lock:
                if self._unfinished <= 0:
                    n = self._unfinished
                    break
                waiter = self._new_lock()
                waiter.acquire()
                self._joiners.append(waiter)
            waiter.acquire()
        if n < 0:
            raise ValueError("task_done() called too many times (%d more "
                             "than there were items placed in the queue)"
                             % -n)


_SerialStmdict = stmdict
_SerialHashtable = hashtable
_SerialStmset = stmset
_SerialEmpty = Empty
_SerialQueue = queue


class _SerialSignalsEnabled(object):
    """The serial form of signals_enabled: a context manager doing
    nothing."""

    def __enter__(self):
        return None

    def __exit__(self, exc_type, exc_value, tb):
        return False


# --- The names of pypystm --------------------------------------------------

atomic = _builtin('atomic', _serial_atomic)
is_atomic = _builtin('is_atomic', _serial_is_atomic)
hint_commit_soon = _builtin('hint_commit_soon', _serial_hint_commit_soon)
getsegmentlimit = _builtin('getsegmentlimit', _serial_getsegmentlimit)
stmdict = _builtin('stmdict', _SerialStmdict)
stmset = _builtin('stmset', _SerialStmset)
hashtable = _builtin('hashtable', _SerialHashtable)
local = _builtin('local', thread._local)
time = _builtin('time', _time.time)
clock = _builtin('clock', _time.clock)
queue = _builtin('queue', _SerialQueue)
Empty = _builtin('Empty', _SerialEmpty)
signals_enabled = _builtin('signals_enabled', _SerialSignalsEnabled())
_SerialQueue._is_atomic = staticmethod(is_atomic)


# --- Containers keyed by identity ------------------------------------------

class stmidset(object):
    """A set of objects compared by identity (is), not by equality.
    Under pystm its conflicts are per object. It holds the objects it
    contains, so that their ids stay theirs."""

    def __init__(self):
        self._table = hashtable()

    def add(self, obj):
        self._table[id(obj)] = obj

    def __contains__(self, obj):
        return id(obj) in self._table

    def remove(self, obj):
        try:
            del self._table[id(obj)]
        except KeyError:
            raise KeyError(obj)

    def discard(self, obj):
        try:
            del self._table[id(obj)]
        except KeyError:
            pass


class stmiddict(object):
    """A mapping whose keys are compared by identity (is), not by
    equality. Under pystm its conflicts are per key. It holds its keys,
    so that their ids stay theirs."""

    def __init__(self):
        self._table = hashtable()

    def __getitem__(self, key):
        try:
            return self._table[id(key)][1]
        except KeyError:
            raise KeyError(key)

    def __setitem__(self, key, value):
        self._table[id(key)] = (key, value)

    def __delitem__(self, key):
        try:
            del self._table[id(key)]
        except KeyError:
            raise KeyError(key)

    def __contains__(self, key):
        return id(key) in self._table

    def get(self, key, default=None):
        entry = self._table.get(id(key))
        if entry is None:
            return default
        return entry[1]

    def setdefault(self, key, default=None):
        return self._table.setdefault(id(key), (key, default))[1]


# --- TransactionQueue ------------------------------------------------------

class TransactionError(Exception):
    """Raised when TransactionQueue.run() cannot be used."""


class _Run(object):
    """One call of TransactionQueue.run(): the queue of its transactions
    and the first exception one of them raised."""

    def __init__(self, tq):
        self.tq = tq
        self.q = queue()
        self.exc_info = None


# The item that sends a worker back to the pool at the end of a run.
_STOP = object()


class _Pool(object):
    """The worker threads, kept from one run to the next. An idle worker
    waits on the pool's queue for a run to work on. At exit the workers
    are told to end, and waited for."""

    def __init__(self):
        self.q = None
        self.threads = []
        self.tls = local()

    def start(self, run, n):
        """Has n workers work on run, starting threads if there are
        fewer than n."""
        with atomic:
            if self.q is None:
                self.q = queue()
            missing = n - len(self.threads)
            new = []
            for i in range(missing):
                # Daemon threads, so that Jython does not wait for them
                # before the exit functions run.
                worker = threading.Thread(target=_worker, args=(self,),
                                          name='transaction worker')
                worker.daemon = True
                new.append(worker)
            if new:
                if not self.threads:
                    atexit.register(self.stop)
                self.threads.extend(new)
        for worker in new:
            worker.start()
        for i in range(n):
            self.q.put(run)

    def stop(self):
        """Ends the workers. A daemon thread still blocked while CPython
        2.7 shuts down may wake up among freed objects; so none is left
        when it does."""
        with atomic:
            threads, self.threads = self.threads, []
        for worker in threads:
            self.q.put(_QUIT)
        _commit()
        for worker in threads:
            worker.join()

    def current(self):
        """The run this thread works on, or None."""
        return getattr(self.tls, 'run', None)


def _commit():
    """Commits this thread's transaction now, so that its puts are
    published (pystm ends a transaction around a blocking call, such as
    a sleep, wherever the thread is; hint_commit_soon() waits for the
    thread's outermost loop). Under CPython it only lets others run."""
    _time.sleep(0)


# The item that ends a worker thread.
_QUIT = object()


def _worker(pool):
    """A worker thread's life: one run after another."""
    # pystm takes transaction boundaries only in a thread's outermost
    # evaluation loop: the worker's loop is Python code called from
    # threading's run(), which keeps it there.
    tls = pool.tls
    q = pool.q
    while True:
        run = q.get()
        if run is _QUIT:
            return
        tls.run = run
        try:
            _work(run)
        finally:
            tls.run = None


def _work(run):
    """A worker's loop over one run's queue, until _STOP."""
    q = run.q
    while True:
        item = q.get()
        if item is _STOP:
            q.task_done()
            return
        f, args, kwds = item
        with atomic:
            # After the first exception (in the transactions' serial
            # order) every later transaction is dropped.
            if run.exc_info is None:
                try:
                    f(*args, **kwds)
                except:
                    run.exc_info = sys.exc_info()
            # Done in the same transaction, after the items it added:
            # the queue never looks empty in between.
            q.task_done()
        # Commit now: what it added is seen by the other workers at
        # once, and the next get() takes published items only.
        hint_commit_soon()


_pool = _Pool()


class TransactionQueue(object):
    """A queue of transactions to run.

    add() queues a call; run() runs every call queued, each inside one
    atomic block, on worker threads, so that they all appear to run in
    some serial order. Calls queued by a running transaction join the
    same run (and run after it); run() returns when there is nothing
    left."""

    def __init__(self):
        self._pending = []

    def add(self, f, *args, **kwds):
        """Queues the transaction f(*args, **kwds). From inside a
        transaction of this queue's run, it joins the same run and
        starts only once the one adding it has committed."""
        run = _pool.current()
        if run is not None and run.tq is self:
            run.q.put((f, args, kwds))
        else:
            self._pending.append((f, args, kwds))

    def add_generator(self, gen):
        """Queues the steps of a generator (or any iterator): each step,
        from one yield to the next, is one transaction."""
        self.add(self._step, iter(gen))

    def _step(self, it):
        try:
            next(it)
        except StopIteration:
            return
        self.add(self._step, it)

    def run(self, nb_segments=0):
        """Runs every queued transaction, and those they add, on
        nb_segments worker threads (0: getsegmentlimit()); returns when
        none is left. The first exception a transaction raises is raised
        again here, and the transactions still queued are dropped."""
        if is_atomic():
            raise TransactionError(
                "TransactionQueue.run() cannot be called in an atomic context")
        if nb_segments <= 0:
            nb_segments = getsegmentlimit()
        items, self._pending = self._pending, []
        if not items:
            return
        run = _Run(self)
        for item in items:
            run.q.put(item)
        _pool.start(run, nb_segments)
        _commit()
        run.q.join()
        # Send the workers back to the pool, and wait until they are
        # there, so that the next run finds them idle.
        for i in range(nb_segments):
            run.q.put(_STOP)
        _commit()
        run.q.join()
        exc_info, run.exc_info = run.exc_info, None
        if exc_info is not None:
            raise exc_info[0], exc_info[1], exc_info[2]


# --- threadlocalproperty ---------------------------------------------------

class _StrongRef(object):
    """A reference that keeps its object alive, for objects (or
    interpreters) without weak references."""

    __slots__ = ('obj',)

    def __init__(self, obj):
        self.obj = obj

    def __call__(self):
        return self.obj


class threadlocalproperty(object):
    """A class attribute whose value is per thread: each thread sees the
    value it set itself. The values are kept by the property, never in
    the instance, so threads using one instance do not conflict.

    Without default_factory, reading a value this thread has not set
    raises AttributeError; with it, the read sets default_factory()
    first. clear(obj) removes obj's value in every thread."""

    def __init__(self, default_factory=None):
        self._factory = default_factory
        self._local = local()
        self._tables = []    # every thread's table, for clear()

    def _table(self):
        # This thread's table: id(obj) -> (reference to obj, value).
        table = getattr(self._local, 'table', None)
        if table is None:
            table = self._local.table = {}
            self._tables.append(table)
        return table

    def _ref(self, obj, table):
        key = id(obj)
        if _weakref is not None:
            def gone(ref):
                entry = table.get(key)
                if entry is not None and entry[0] is ref:
                    del table[key]
            try:
                return _weakref.ref(obj, gone)
            except TypeError:
                pass
        return _StrongRef(obj)

    def _name(self, obj):
        for klass in type(obj).__mro__:
            for name, value in klass.__dict__.items():
                if value is self:
                    return name
        return '?'

    def _missing(self, obj):
        return AttributeError("'%s' object has no attribute '%s'"
                              % (type(obj).__name__, self._name(obj)))

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        table = self._table()
        entry = table.get(id(obj))
        if entry is not None and entry[0]() is obj:
            return entry[1]
        if self._factory is None:
            raise self._missing(obj)
        value = self._factory()
        table[id(obj)] = (self._ref(obj, table), value)
        return value

    def __set__(self, obj, value):
        table = self._table()
        table[id(obj)] = (self._ref(obj, table), value)

    def __delete__(self, obj):
        table = self._table()
        entry = table.get(id(obj))
        if entry is None or entry[0]() is not obj:
            raise self._missing(obj)
        del table[id(obj)]

    def clear(self, obj):
        """Removes obj's value in every thread."""
        key = id(obj)
        for table in list(self._tables):
            entry = table.get(key)
            if entry is not None and entry[0]() is obj:
                del table[key]
