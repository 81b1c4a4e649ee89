"""Higher-level threading: Thread objects and the synchronisation objects
(locks, conditions, semaphores, events, timers) built over the low-level
thread module."""
# pystm: written for pystm on top of its built-in thread module (Go). pystm
# runs threads in parallel but keeps the GIL's semantics, so the objects here
# are plain Python guarded by the thread module's locks. Every wait blocks in
# a lock's acquire(); a wait with a timeout polls acquire(0) and sleeps a
# little longer each round (at most 50 ms), as Python 2.7 does.

import sys as _sys

import thread
import warnings

from itertools import count as _count
from time import time as _time, sleep as _sleep
from traceback import format_exc as _format_exc

__all__ = ['activeCount', 'active_count', 'Condition', 'currentThread',
           'current_thread', 'enumerate', 'Event',
           'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Timer', 'setprofile', 'settrace', 'local', 'stack_size']

_start_new_thread = thread.start_new_thread
_allocate_lock = thread.allocate_lock
_get_ident = thread.get_ident
ThreadError = thread.error
del thread

# A thread's bootstrap calls sys.exc_clear(), which "python -3" reports as
# deprecated; that report is of no use to the program.
warnings.filterwarnings('ignore', category=DeprecationWarning,
                        module='threading', message='sys.exc_clear')


# --- Debug notes ---------------------------------------------------------

# The default of every object's verbose flag. When an object's flag is true,
# it writes a line to sys.stderr for each step it takes (not under -O).
_VERBOSE = False


class _Verbose(object):
    """Base of this module's classes: holds the verbose flag and writes the
    debug notes it asks for."""

    def __init__(self, verbose=None):
        if verbose is None:
            verbose = _VERBOSE
        self.__verbose = verbose

    def _note(self, format, *args):
        if not __debug__ or not self.__verbose:
            return
        text = format % args
        # Look the thread up without current_thread(), which could have to
        # make a _DummyThread and note that in turn.
        ident = _get_ident()
        who = _active.get(ident)
        if who is None:
            label = "<OS thread %d>" % ident
        else:
            label = who.name
        _sys.stderr.write("%s: %s\n" % (label, text))


# --- Trace and profile functions for new threads ---------------------------

_profile_hook = None
_trace_hook = None


def setprofile(func):
    """Make func the profile function (sys.setprofile) of each thread that
    this module starts from now on, installed before its run() method."""
    global _profile_hook
    _profile_hook = func


def settrace(func):
    """Make func the trace function (sys.settrace) of each thread that this
    module starts from now on, installed before its run() method."""
    global _trace_hook
    _trace_hook = func


# --- Locks -----------------------------------------------------------------

Lock = _allocate_lock


def RLock(*args, **kwargs):
    """Return a new reentrant lock: the thread that holds it may acquire it
    again, and must release it as many times as it acquired it."""
    return _RLock(*args, **kwargs)


class _RLock(_Verbose):
    """A lock that its owner may take again; it is free once the owner has
    released it as often as it acquired it. Only the owner may release it."""

    def __init__(self, verbose=None):
        _Verbose.__init__(self, verbose)
        self.__block = _allocate_lock()
        self.__owner = None   # ident of the holding thread
        self.__count = 0      # how many times the owner holds it

    def __repr__(self):
        owner = self.__owner
        holder = _active.get(owner)
        if holder is not None:
            owner = holder.name
        return "<%s owner=%r count=%d>" % (
            self.__class__.__name__, owner, self.__count)

    def acquire(self, blocking=1):
        """Take the lock, or take it once more if this thread holds it.
        Without blocking, give up at once when another thread holds it.
        Returns whether the lock was taken."""
        me = _get_ident()
        if self.__owner == me:
            self.__count += 1
            self._note("%s.acquire(%s): recursive success", self, blocking)
            return 1
        got = self.__block.acquire(blocking)
        if not got:
            self._note("%s.acquire(%s): failure", self, blocking)
            return got
        self.__owner = me
        self.__count = 1
        self._note("%s.acquire(%s): initial success", self, blocking)
        return got

    __enter__ = acquire

    def release(self):
        """Give up one level of ownership; the lock is free again once every
        acquire() of its owner has been matched. Only the owner may call
        this (RuntimeError otherwise)."""
        if self.__owner != _get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self.__count -= 1
        if self.__count:
            self._note("%s.release(): non-final release", self)
            return
        self.__owner = None
        self.__block.release()
        self._note("%s.release(): final release", self)

    def __exit__(self, t, v, tb):
        self.release()

    # Condition.wait() must free the lock entirely whatever the depth, and
    # take it back at the same depth afterwards.

    def _release_save(self):
        self._note("%s._release_save()", self)
        saved = (self.__count, self.__owner)
        self.__count = 0
        self.__owner = None
        self.__block.release()
        return saved

    def _acquire_restore(self, saved):
        count, owner = saved
        self.__block.acquire()
        self.__count = count
        self.__owner = owner
        self._note("%s._acquire_restore()", self)

    def _is_owned(self):
        return self.__owner == _get_ident()


# --- Condition variables ---------------------------------------------------

def Condition(*args, **kwargs):
    """Return a new condition variable over the given lock (Lock or RLock);
    with none, over a new RLock."""
    return _Condition(*args, **kwargs)


def _acquire_within(lock, timeout):
    """Try to take lock for at most timeout seconds. The thread module's
    locks have no timed acquire, so this tries without blocking and sleeps
    between tries: 1 ms first, twice as long each time, 50 ms at most, and
    never past the deadline. Returns whether the lock was taken."""
    deadline = _time() + timeout
    pause = 0.0005
    while not lock.acquire(0):
        left = deadline - _time()
        if left <= 0:
            return False
        pause = min(pause * 2, left, .05)
        _sleep(pause)
    return True


class _Condition(_Verbose):
    """A condition variable: threads holding its lock wait() until another
    thread holding it calls notify() or notify_all()."""

    def __init__(self, lock=None, verbose=None):
        _Verbose.__init__(self, verbose)
        if lock is None:
            lock = RLock()
        self.__lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        # A lock that knows how to save and restore its own state (RLock)
        # replaces the plain versions below.
        for name in ('_release_save', '_acquire_restore', '_is_owned'):
            try:
                method = getattr(lock, name)
            except AttributeError:
                continue
            setattr(self, name, method)
        # One locked lock per waiting thread; notify() releases it.
        self.__waiters = []

    def __enter__(self):
        return self.__lock.__enter__()

    def __exit__(self, *args):
        return self.__lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self.__lock, len(self.__waiters))

    def _release_save(self):
        self.__lock.release()

    def _acquire_restore(self, saved):
        self.__lock.acquire()

    def _is_owned(self):
        # A plain lock does not know its holder: it counts as ours if it is
        # held at all.
        if self.__lock.acquire(0):
            self.__lock.release()
            return False
        return True

    def wait(self, timeout=None):
        """Release the lock, block until notified (or until timeout seconds
        have passed, when timeout is not None), then take the lock back.
        The calling thread must hold the lock (RuntimeError otherwise)."""
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        gate = _allocate_lock()
        gate.acquire()
        self.__waiters.append(gate)
        saved = self._release_save()
        try:
            if timeout is None:
                gate.acquire()
                self._note("%s.wait(): got it", self)
            elif _acquire_within(gate, timeout):
                self._note("%s.wait(%s): got it", self, timeout)
            else:
                self._note("%s.wait(%s): timed out", self, timeout)
                try:
                    self.__waiters.remove(gate)
                except ValueError:
                    pass
        finally:
            self._acquire_restore(saved)

    def notify(self, n=1):
        """Wake at most n of the threads waiting on this condition. The
        calling thread must hold the lock (RuntimeError otherwise)."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self.__waiters
        chosen = waiters[:n]
        if not chosen:
            self._note("%s.notify(): no waiters", self)
            return
        self._note("%s.notify(): notifying %d waiter%s", self, n,
                   n != 1 and "s" or "")
        for gate in chosen:
            gate.release()
            try:
                waiters.remove(gate)
            except ValueError:
                pass

    def notifyAll(self):
        """Wake every thread waiting on this condition. The calling thread
        must hold the lock (RuntimeError otherwise)."""
        self.notify(len(self.__waiters))

    notify_all = notifyAll


# --- Semaphores ------------------------------------------------------------

def Semaphore(*args, **kwargs):
    """Return a new semaphore: a counter (1 unless given) that acquire()
    decrements, waiting while it is zero, and release() increments."""
    return _Semaphore(*args, **kwargs)


class _Semaphore(_Verbose):
    """A counter that never goes below zero: acquire() takes one, waiting
    for a release() while there is none; release() gives one back."""

    def __init__(self, value=1, verbose=None):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        _Verbose.__init__(self, verbose)
        self.__cond = Condition(Lock())
        self.__value = value

    def acquire(self, blocking=1):
        """Take one from the counter, waiting while it is zero; without
        blocking, return False at once instead of waiting. Returns True
        once one has been taken."""
        with self.__cond:
            while self.__value == 0:
                if not blocking:
                    return False
                self._note("%s.acquire(%s): blocked waiting, value=%s",
                           self, blocking, self.__value)
                self.__cond.wait()
            self.__value -= 1
            self._note("%s.acquire: success, value=%s", self, self.__value)
            return True

    __enter__ = acquire

    def release(self):
        """Add one to the counter and wake one waiting acquire()."""
        with self.__cond:
            self.__value += 1
            self._note("%s.release: success, value=%s", self, self.__value)
            self.__cond.notify()

    def __exit__(self, t, v, tb):
        self.release()


def BoundedSemaphore(*args, **kwargs):
    """Return a new bounded semaphore: a semaphore whose release() raises
    ValueError when it would take the counter above its initial value."""
    return _BoundedSemaphore(*args, **kwargs)


class _BoundedSemaphore(_Semaphore):
    """A semaphore that refuses to be released more often than acquired."""

    def __init__(self, value=1, verbose=None):
        _Semaphore.__init__(self, value, verbose)
        self._initial_value = value

    def release(self):
        """Add one to the counter and wake one waiting acquire(); raise
        ValueError if the counter is already at its initial value."""
        cond = self._Semaphore__cond
        with cond:
            if self._Semaphore__value >= self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._Semaphore__value += 1
            cond.notify()


# --- Events ----------------------------------------------------------------

def Event(*args, **kwargs):
    """Return a new event: a flag, false at first, that threads can wait
    for to become true."""
    return _Event(*args, **kwargs)


class _Event(_Verbose):
    """A flag that set() makes true and clear() false; wait() blocks until
    it is true."""

    def __init__(self, verbose=None):
        _Verbose.__init__(self, verbose)
        self.__cond = Condition(Lock())
        self.__flag = False

    def _reset_internal_locks(self):
        # After fork() the old lock may be held by a thread that is gone.
        self.__cond.__init__(Lock())

    def isSet(self):
        """Return whether the flag is true."""
        return self.__flag

    is_set = isSet

    def set(self):
        """Make the flag true and wake every thread waiting for it."""
        with self.__cond:
            self.__flag = True
            self.__cond.notify_all()

    def clear(self):
        """Make the flag false."""
        with self.__cond:
            self.__flag = False

    def wait(self, timeout=None):
        """Block until the flag is true, or until timeout seconds have
        passed when timeout is not None. Returns the flag, which is false
        only when the wait timed out."""
        with self.__cond:
            if not self.__flag:
                self.__cond.wait(timeout)
            return self.__flag


# --- Threads ---------------------------------------------------------------

# Numbers for default names ("Thread-1", "Dummy-2", ...); 0 is never used.
_counter = _count(1).next


def _newname(template="Thread-%d"):
    return template % _counter()


# _active maps the ident of each running thread to its Thread object;
# _limbo holds the threads that start() has launched but that have not yet
# registered themselves. Both are guarded by _active_limbo_lock.
_active_limbo_lock = _allocate_lock()
_active = {}
_limbo = {}


class Thread(_Verbose):
    """A thread of control: run() (by default, target(*args, **kwargs))
    runs in a new thread once start() is called. Subclasses may override
    run(); one that overrides __init__ must call Thread.__init__ first."""

    __initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, verbose=None):
        """Arguments, best passed by keyword: group (must be None), target
        (what run() calls; None for nothing), name (by default "Thread-N"),
        args and kwargs (target's arguments; () and {} by default), verbose
        (write debug notes)."""
        assert group is None, "group argument must be None for now"
        _Verbose.__init__(self, verbose)
        if kwargs is None:
            kwargs = {}
        self.__target = target
        self.__name = str(name or _newname())
        self.__args = args
        self.__kwargs = kwargs
        self.__daemonic = self._set_daemon()
        self.__ident = None
        self.__started = Event()
        self.__stopped = False
        self.__block = Condition(Lock())
        self.__initialized = True
        # Where to report an exception if sys.stderr is gone by then.
        self.__stderr = _sys.stderr

    def _reset_internal_locks(self):
        # After fork(): new locks for the surviving thread. A dummy thread
        # has no __block.
        if hasattr(self, '_Thread__block'):
            self.__block.__init__()
        self.__started._reset_internal_locks()

    @property
    def _block(self):
        return self.__block

    def _set_daemon(self):
        # A new thread is a daemon if the thread creating it is one.
        return current_thread().daemon

    def __repr__(self):
        assert self.__initialized, "Thread.__init__() was not called"
        if self.__stopped:
            status = "stopped"
        elif self.__started.is_set():
            status = "started"
        else:
            status = "initial"
        if self.__daemonic:
            status += " daemon"
        if self.__ident is not None:
            status += " %s" % self.__ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self.__name, status)

    def start(self):
        """Run run() in a new thread. A Thread can be started only once
        (RuntimeError otherwise)."""
        if not self.__initialized:
            raise RuntimeError("thread.__init__() not called")
        if self.__started.is_set():
            raise RuntimeError("threads can only be started once")
        self._note("%s.start(): starting thread", self)
        with _active_limbo_lock:
            _limbo[self] = self
        try:
            _start_new_thread(self.__bootstrap, ())
        except Exception:
            with _active_limbo_lock:
                del _limbo[self]
            raise
        # Return only once the new thread has registered itself.
        self.__started.wait()

    def run(self):
        """The thread's work: call the target with the args and kwargs
        given to the constructor. Subclasses may override it."""
        try:
            if self.__target:
                self.__target(*self.__args, **self.__kwargs)
        finally:
            # Drop the references, so that they do not outlive the work.
            del self.__target, self.__args, self.__kwargs

    def __bootstrap(self):
        # The function that the new thread starts with.
        self.__bootstrap_inner()

    def _set_ident(self):
        self.__ident = _get_ident()

    def __bootstrap_inner(self):
        try:
            self._set_ident()
            self.__started.set()
            with _active_limbo_lock:
                _active[self.__ident] = self
                del _limbo[self]
            self._note("%s.__bootstrap(): thread started", self)
            if _trace_hook:
                self._note("%s.__bootstrap(): registering trace hook", self)
                _install_hook('settrace', _trace_hook)
            if _profile_hook:
                self._note("%s.__bootstrap(): registering profile hook", self)
                _install_hook('setprofile', _profile_hook)
            try:
                self.run()
            except SystemExit:
                # sys.exit() ends just this thread, quietly.
                self._note("%s.__bootstrap(): raised SystemExit", self)
            except:
                self._note("%s.__bootstrap(): unhandled exception", self)
                self.__report_exception()
            else:
                self._note("%s.__bootstrap(): normal return", self)
            finally:
                _sys.exc_clear()
        finally:
            with _active_limbo_lock:
                self.__stop()
                try:
                    del _active[_get_ident()]
                except:
                    pass

    def __report_exception(self):
        # Print the exception being handled, and its traceback, on
        # sys.stderr; if that is None, print a bare traceback on the
        # stderr of the time the thread was made.
        if _sys.stderr is not None:
            print >>_sys.stderr, ("Exception in thread %s:\n%s" %
                                  (self.name, _format_exc()))
            return
        out = self.__stderr
        if out is None:
            return
        exc_type, exc_value, tb = _sys.exc_info()
        try:
            print >>out, ("Exception in thread " + self.name +
                          " (most likely raised during interpreter"
                          " shutdown):")
            print >>out, "Traceback (most recent call last):"
            while tb is not None:
                code = tb.tb_frame.f_code
                print >>out, ('  File "%s", line %s, in %s' %
                              (code.co_filename, tb.tb_lineno, code.co_name))
                tb = tb.tb_next
            print >>out, "%s: %s" % (exc_type, exc_value)
        finally:
            del exc_type, exc_value, tb

    def __stop(self):
        # Mark the thread finished and wake its joiners. A dummy thread has
        # no __block and nobody joins it.
        if not hasattr(self, '_Thread__block'):
            return
        with self.__block:
            self.__stopped = True
            self.__block.notify_all()

    def __delete(self):
        # Unregister the calling thread, which is this one.
        try:
            with _active_limbo_lock:
                del _active[_get_ident()]
        except KeyError:
            if 'dummy_threading' not in _sys.modules:
                raise

    def join(self, timeout=None):
        """Wait until the thread has finished, or until timeout seconds
        have passed when timeout is not None (join() returns None either
        way: isAlive() tells which). A thread cannot join itself nor a
        thread not yet started (RuntimeError)."""
        if not self.__initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self.__started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if not self.__stopped:
            self._note("%s.join(): waiting until thread stops", self)
        with self.__block:
            if timeout is None:
                while not self.__stopped:
                    self.__block.wait()
                self._note("%s.join(): thread stopped", self)
                return
            deadline = _time() + timeout
            while not self.__stopped:
                left = deadline - _time()
                if left <= 0:
                    self._note("%s.join(): timed out", self)
                    return
                self.__block.wait(left)
            self._note("%s.join(): thread stopped", self)

    @property
    def name(self):
        """The thread's name, a string used only to identify it."""
        assert self.__initialized, "Thread.__init__() not called"
        return self.__name

    @name.setter
    def name(self, name):
        assert self.__initialized, "Thread.__init__() not called"
        self.__name = str(name)

    @property
    def ident(self):
        """The thread's identifier (thread.get_ident() in that thread), or
        None before it has started. It stays after the thread ends."""
        assert self.__initialized, "Thread.__init__() not called"
        return self.__ident

    def isAlive(self):
        """Return whether the thread has started and not yet finished."""
        assert self.__initialized, "Thread.__init__() not called"
        return self.__started.is_set() and not self.__stopped

    is_alive = isAlive

    @property
    def daemon(self):
        """Whether this is a daemon thread: the program exits when only
        daemon threads are left. It starts as the creating thread's and can
        be changed only before start()."""
        assert self.__initialized, "Thread.__init__() not called"
        return self.__daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self.__initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self.__started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self.__daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


def _install_hook(setter, func):
    # sys.settrace / sys.setprofile, where this sys has them.
    install = getattr(_sys, setter, None)
    if install is not None:
        install(func)


# --- Timers ----------------------------------------------------------------

def Timer(*args, **kwargs):
    """Return a new timer: Timer(interval, function, args=[], kwargs={}) is
    a thread that, once started, calls function(*args, **kwargs) after
    interval seconds unless cancel() is called first."""
    return _Timer(*args, **kwargs)


class _Timer(Thread):
    """A thread that calls a function after a delay unless cancelled."""

    def __init__(self, interval, function, args=[], kwargs={}):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args
        self.kwargs = kwargs
        self.finished = Event()

    def cancel(self):
        """Keep the function from being called, if it has not been yet."""
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


# --- The main thread and threads made elsewhere -------------------------------

class _MainThread(Thread):
    """The thread that imported this module."""

    def __init__(self):
        Thread.__init__(self, name="MainThread")
        self._Thread__started.set()
        self._set_ident()
        with _active_limbo_lock:
            _active[_get_ident()] = self

    def _set_daemon(self):
        return False

    def _exitfunc(self):
        # Run by the interpreter at exit (as _shutdown): wait for every
        # thread that is not a daemon.
        self._Thread__stop()
        other = _pickSomeNonDaemonThread()
        if other:
            self._note("%s: waiting for other threads", self)
        while other:
            other.join()
            other = _pickSomeNonDaemonThread()
        self._note("%s: exiting", self)
        self._Thread__delete()


def _pickSomeNonDaemonThread():
    for t in enumerate():
        if not t.daemon and t.is_alive():
            return t
    return None


class _DummyThread(Thread):
    """Stands for a thread that this module did not start (one from
    thread.start_new_thread) when it asks for current_thread(). It is a
    daemon, alive for good, and cannot be joined."""

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"))
        # Nothing will ever mark it stopped, so it needs no condition.
        del self._Thread__block
        self._Thread__started.set()
        self._set_ident()
        with _active_limbo_lock:
            _active[_get_ident()] = self

    def _set_daemon(self):
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


# --- Module functions ------------------------------------------------------

def currentThread():
    """Return the Thread object of the calling thread (a _DummyThread if
    this module did not start it)."""
    try:
        return _active[_get_ident()]
    except KeyError:
        return _DummyThread()

current_thread = currentThread


def activeCount():
    """Return how many Thread objects are alive: len(enumerate())."""
    with _active_limbo_lock:
        return len(_active) + len(_limbo)

active_count = activeCount


def _enumerate():
    # enumerate() without the lock, for callers that hold it.
    return _active.values() + _limbo.values()


def enumerate():
    """Return a list of the Thread objects alive: the main thread, started
    threads that have not finished, and dummy threads."""
    with _active_limbo_lock:
        return _active.values() + _limbo.values()


from thread import stack_size

# The interpreter calls threading._shutdown() at exit when this module has
# been imported; the thread that imports it first is the main thread.
_shutdown = _MainThread()._exitfunc

from thread import _local as local


def _after_fork():
    # In the child of fork(), only the thread that forked is left: give it
    # new locks and mark every other thread stopped.
    global _active_limbo_lock
    _active_limbo_lock = _allocate_lock()
    me = current_thread()
    survivors = {}
    with _active_limbo_lock:
        for t in _enumerate():
            if hasattr(t, '_reset_internal_locks'):
                t._reset_internal_locks()
            if t is me:
                ident = _get_ident()
                t._Thread__ident = ident
                survivors[ident] = t
            else:
                t._Thread__stop()
        _limbo.clear()
        _active.clear()
        _active.update(survivors)
