# dicts.py dict|stmdict N: two threads write N times to keys of their
# own in a dict they share: a plain dict, or a pypystm.stmdict.
import sys, thread, time

mode, n = sys.argv[1], int(sys.argv[2])
if mode == "stmdict":
    try:
        import pypystm
        d = pypystm.stmdict()
    except (ImportError, AttributeError):
        print "SKIP: pypystm.stmdict is missing"
        sys.exit(0)
else:
    d = {}
ready = [0]
done = [0]
lock = thread.allocate_lock()


def work(me):
    with lock:
        ready[0] += 1
    while ready[0] < 2:
        time.sleep(0.001)
    for i in xrange(n):
        d[me * 4 + i % 4] = i
    with lock:
        done[0] += 1

for k in range(2):
    thread.start_new_thread(work, (k,))
while done[0] < 2:
    time.sleep(0.005)
