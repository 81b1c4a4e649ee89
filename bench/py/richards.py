# richards: Martin Richards' operating-system simulation benchmark,
# written for pystm's benchmark suite from the published description of
# the algorithm. Six tasks (an idle task, a worker, two packet handlers
# and two devices) pass packets through a priority scheduler; a correct
# run of 10000 idle steps queues 23246 packets and holds 9297 times.
#
# usage: richards.py [ITERATIONS]
# Prints the counts of the last iteration and a checksum; never a timing.

import sys

ITERATIONS = 20
IDLE_STEPS = 10000

ID_IDLE, ID_WORK, ID_HANDLER_A, ID_HANDLER_B, ID_DEV_A, ID_DEV_B = range(1, 7)
KIND_DEV, KIND_WORK = 0, 1
BUFSIZE = 4
ALPHABET = "0ABCDEFGHIJKLMNOPQRSTUVWXYZ"

# Task state bits: a packet is waiting, the task waits for a packet, the
# task is held.
PKT_BIT = 1
WAIT_BIT = 2
HOLD_BIT = 4


class Packet(object):
    __slots__ = ('link', 'dest', 'kind', 'datum', 'data')

    def __init__(self, link, dest, kind):
        self.link = link
        self.dest = dest
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, queue):
        """Puts the packet at the end of queue; returns the new head."""
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task(object):
    def __init__(self, sched, ident, pri, queue, state):
        self.sched = sched
        self.ident = ident
        self.pri = pri
        self.queue = queue
        self.state = state
        self.link = sched.tasks
        sched.tasks = self
        sched.table[ident] = self

    def runnable(self):
        return not (self.state & HOLD_BIT) and self.state != WAIT_BIT

    def take_packet(self):
        pkt = self.queue
        self.queue = pkt.link
        if self.queue is None:
            self.state = 0
        else:
            self.state = PKT_BIT
        return pkt

    def add_packet(self, pkt, current):
        """Queues pkt here; returns the task to run next."""
        if self.queue is None:
            self.queue = pkt
            self.state |= PKT_BIT
            if self.pri > current.pri:
                return self
        else:
            self.queue = pkt.append_to(self.queue)
        return current


class IdleTask(Task):
    def __init__(self, sched, ident, pri, queue, state, seed, count):
        Task.__init__(self, sched, ident, pri, queue, state)
        self.seed = seed
        self.count = count

    def run(self, pkt):
        s = self.sched
        self.count -= 1
        if self.count == 0:
            return s.hold_current()
        if self.seed & 1 == 0:
            self.seed = (self.seed >> 1) & 0x7fff
            return s.release(ID_DEV_A)
        self.seed = ((self.seed >> 1) & 0x7fff) ^ 0xd008
        return s.release(ID_DEV_B)


class WorkTask(Task):
    def __init__(self, sched, ident, pri, queue, state):
        Task.__init__(self, sched, ident, pri, queue, state)
        self.dest = ID_HANDLER_A
        self.letter = 0

    def run(self, pkt):
        s = self.sched
        if pkt is None:
            return s.wait_current()
        self.dest = ID_HANDLER_A + ID_HANDLER_B - self.dest
        pkt.dest = self.dest
        pkt.datum = 0
        data = pkt.data
        for i in range(BUFSIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            data[i] = ALPHABET[self.letter]
        return s.queue_packet(pkt)


class HandlerTask(Task):
    def __init__(self, sched, ident, pri, queue, state):
        Task.__init__(self, sched, ident, pri, queue, state)
        self.work = None
        self.devs = None

    def run(self, pkt):
        s = self.sched
        if pkt is not None:
            if pkt.kind == KIND_WORK:
                self.work = pkt.append_to(self.work)
            else:
                self.devs = pkt.append_to(self.devs)
        work = self.work
        if work is not None:
            n = work.datum
            if n >= BUFSIZE:
                self.work = work.link
                return s.queue_packet(work)
            dev = self.devs
            if dev is not None:
                self.devs = dev.link
                dev.datum = work.data[n]
                work.datum = n + 1
                return s.queue_packet(dev)
        return s.wait_current()


class DeviceTask(Task):
    def __init__(self, sched, ident, pri, queue, state):
        Task.__init__(self, sched, ident, pri, queue, state)
        self.pending = None
        self.out = []

    def run(self, pkt):
        s = self.sched
        if pkt is None:
            pkt = self.pending
            if pkt is None:
                return s.wait_current()
            self.pending = None
            return s.queue_packet(pkt)
        self.pending = pkt
        self.out.append(pkt.datum)
        return s.hold_current()


class Scheduler(object):
    def __init__(self):
        self.tasks = None
        self.table = [None] * 7
        self.current = None
        self.queued = 0
        self.held = 0

    def find(self, ident):
        t = self.table[ident]
        if t is None:
            raise ValueError("no task %d" % ident)
        return t

    def hold_current(self):
        self.held += 1
        cur = self.current
        cur.state |= HOLD_BIT
        return cur.link

    def wait_current(self):
        cur = self.current
        cur.state |= WAIT_BIT
        return cur

    def release(self, ident):
        t = self.find(ident)
        t.state &= ~HOLD_BIT
        if t.pri > self.current.pri:
            return t
        return self.current

    def queue_packet(self, pkt):
        t = self.find(pkt.dest)
        self.queued += 1
        pkt.link = None
        pkt.dest = self.current.ident
        return t.add_packet(pkt, self.current)

    def run(self):
        t = self.tasks
        while t is not None:
            if t.runnable():
                pkt = None
                if t.state == PKT_BIT | WAIT_BIT:
                    pkt = t.take_packet()
                self.current = t
                t = t.run(pkt)
            else:
                t = t.link


def one_run():
    s = Scheduler()
    IdleTask(s, ID_IDLE, 0, None, 0, 1, IDLE_STEPS)

    q = Packet(None, 0, KIND_WORK)
    q = Packet(q, 0, KIND_WORK)
    WorkTask(s, ID_WORK, 1000, q, PKT_BIT | WAIT_BIT)

    q = Packet(None, ID_DEV_A, KIND_DEV)
    q = Packet(q, ID_DEV_A, KIND_DEV)
    q = Packet(q, ID_DEV_A, KIND_DEV)
    HandlerTask(s, ID_HANDLER_A, 2000, q, PKT_BIT | WAIT_BIT)

    q = Packet(None, ID_DEV_B, KIND_DEV)
    q = Packet(q, ID_DEV_B, KIND_DEV)
    q = Packet(q, ID_DEV_B, KIND_DEV)
    HandlerTask(s, ID_HANDLER_B, 3000, q, PKT_BIT | WAIT_BIT)

    DeviceTask(s, ID_DEV_A, 4000, None, WAIT_BIT)
    DeviceTask(s, ID_DEV_B, 5000, None, WAIT_BIT)

    s.run()
    out = s.table[ID_DEV_A].out + s.table[ID_DEV_B].out
    return s.queued, s.held, "".join(out)


def main():
    n = ITERATIONS
    if len(sys.argv) > 1:
        n = int(sys.argv[1])
    check = 0
    for _ in xrange(n):
        queued, held, out = one_run()
        if queued != 23246 or held != 9297:
            print "richards: wrong result queued=%d held=%d" % (queued, held)
            sys.exit(1)
        for ch in out:
            check = (check * 31 + ord(ch)) & 0xffffffff
    print "richards iterations=%d queued=%d held=%d out=%d check=%d" % (
        n, queued, held, len(out), check)


if __name__ == '__main__':
    main()
