# independent: CPU-bound work with nothing shared. Each job runs a
# small stack-machine interpreter (an assembler, frames, a dispatch table
# of bound methods, calls and returns between interpreted functions) over
# a program of its own, on its own data; the threads share only the
# (read-only) classes and module globals.
#
# usage: independent.py [THREADS [SIZE]]
# A fixed number of jobs (JOBS) is dealt out to THREADS threads, so the
# total work does not depend on the thread count and perfect scaling
# halves the time on two threads. SIZE is the loop count of each job.
# Prints a checksum that is the same for any thread count; never a timing.

import sys
import threading

JOBS = 8
SIZE = 4000

# Opcodes: the index of the handler in VM.ops.
(PUSH, LOAD, STORE, ADD, SUB, MUL, MOD, SHR, XOR, LT, JUMP, JUMP_IF_FALSE,
 CALL, RET) = range(14)


class Function(object):
    """An assembled function: its name, arity, local count and code."""

    def __init__(self, name, nargs, nlocals, code):
        self.name = name
        self.nargs = nargs
        self.nlocals = nlocals
        self.code = code


class Frame(object):
    """One activation: its function, locals, value stack and pc."""

    def __init__(self, func, args):
        self.func = func
        self.code = func.code
        self.locals = args + [0] * (func.nlocals - len(args))
        self.stack = []
        self.pc = 0


def assemble(name, params, source):
    """Turns lines of 'op [arg]' and 'label:' into a Function.

    Arguments are numbers, local variable names, labels or function
    names (for call, with the argument count after a slash: f/2)."""
    names = list(params)
    labels = {}
    lines = []
    for line in source.strip().split('\n'):
        line = line.strip()
        if line.endswith(':'):
            labels[line[:-1]] = len(lines)
        else:
            lines.append(line.split())
    code = []
    for parts in lines:
        op = OPNAMES[parts[0]]
        arg = None
        if len(parts) > 1:
            a = parts[1]
            if op in (JUMP, JUMP_IF_FALSE):
                arg = labels[a]
            elif op in (LOAD, STORE):
                if a not in names:
                    names.append(a)
                arg = names.index(a)
            elif op == CALL:
                fname, n = a.split('/')
                arg = (fname, int(n))
            else:
                arg = int(a)
        code.append((op, arg))
    return Function(name, len(params), len(names), code)


OPNAMES = {
    'push': PUSH, 'load': LOAD, 'store': STORE, 'add': ADD, 'sub': SUB,
    'mul': MUL, 'mod': MOD, 'shr': SHR, 'xor': XOR, 'lt': LT, 'jump': JUMP,
    'jump_if_false': JUMP_IF_FALSE, 'call': CALL, 'ret': RET,
}


class VM(object):
    """Runs assembled functions; counts the instructions it executes."""

    def __init__(self, functions):
        self.functions = dict((f.name, f) for f in functions)
        self.frame = None
        self.frames = []
        self.steps = 0
        self.result = None
        self.ops = [self.op_push, self.op_load, self.op_store, self.op_add,
                    self.op_sub, self.op_mul, self.op_mod, self.op_shr,
                    self.op_xor, self.op_lt, self.op_jump,
                    self.op_jump_if_false, self.op_call, self.op_ret]

    def run(self, name, args):
        self.frame = Frame(self.functions[name], list(args))
        self.result = None
        ops = self.ops
        while self.frame is not None:
            frame = self.frame
            op, arg = frame.code[frame.pc]
            frame.pc += 1
            self.steps += 1
            ops[op](arg)
        return self.result

    def pop2(self):
        stack = self.frame.stack
        b = stack.pop()
        a = stack.pop()
        return a, b

    def op_push(self, arg):
        self.frame.stack.append(arg)

    def op_load(self, arg):
        self.frame.stack.append(self.frame.locals[arg])

    def op_store(self, arg):
        self.frame.locals[arg] = self.frame.stack.pop()

    def op_add(self, arg):
        a, b = self.pop2()
        self.frame.stack.append(a + b)

    def op_sub(self, arg):
        a, b = self.pop2()
        self.frame.stack.append(a - b)

    def op_mul(self, arg):
        a, b = self.pop2()
        self.frame.stack.append(a * b)

    def op_mod(self, arg):
        a, b = self.pop2()
        self.frame.stack.append(a % b)

    def op_shr(self, arg):
        a, b = self.pop2()
        self.frame.stack.append(a >> b)

    def op_xor(self, arg):
        a, b = self.pop2()
        self.frame.stack.append(a ^ b)

    def op_lt(self, arg):
        a, b = self.pop2()
        self.frame.stack.append(a < b)

    def op_jump(self, arg):
        self.frame.pc = arg

    def op_jump_if_false(self, arg):
        if not self.frame.stack.pop():
            self.frame.pc = arg

    def op_call(self, arg):
        name, n = arg
        stack = self.frame.stack
        args = stack[len(stack) - n:]
        del stack[len(stack) - n:]
        self.frames.append(self.frame)
        self.frame = Frame(self.functions[name], args)

    def op_ret(self, arg):
        value = self.frame.stack.pop()
        if self.frames:
            self.frame = self.frames.pop()
            self.frame.stack.append(value)
        else:
            self.frame = None
            self.result = value


# mix(x, seed) = (x*x + seed) % 1009 + (x >> 2) ^ seed
MIX = """
    load x
    load x
    mul
    load seed
    add
    push 1009
    mod
    load x
    push 2
    shr
    load seed
    xor
    add
    ret
"""

# main(n, seed): acc = (acc*31 + mix(i, seed)) % 1000003 for i < n
MAIN = """
    push 0
    store i
    push 0
    store acc
loop:
    load i
    load n
    lt
    jump_if_false end
    load acc
    push 31
    mul
    load i
    load seed
    call mix/2
    add
    push 1000003
    mod
    store acc
    load i
    push 1
    add
    store i
    jump loop
end:
    load acc
    ret
"""


def job(seed, size):
    """One job: assembles the program afresh and runs it; returns the
    program's result and the instruction count."""
    vm = VM([assemble('mix', ['x', 'seed'], MIX),
             assemble('main', ['n', 'seed'], MAIN)])
    return vm.run('main', [size, seed * 7919 + 17]), vm.steps


def worker(jobs, size, results):
    for j in jobs:
        results.append((j, job(j, size)))


def main():
    threads = 1
    size = SIZE
    if len(sys.argv) > 1:
        threads = int(sys.argv[1])
    if len(sys.argv) > 2:
        size = int(sys.argv[2])
    results = [[] for t in range(threads)]
    workers = [threading.Thread(target=worker,
                                args=(range(t, JOBS, threads), size, results[t]))
               for t in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    done = sorted(r for rs in results for r in rs)
    check = 0
    steps = 0
    for j, (value, n) in done:
        check = (check * 1000003 + value) % 2147483647
        steps += n
    print "independent jobs=%d size=%d steps=%d checksum=%d" % (
        len(done), size, steps, check)


if __name__ == '__main__':
    main()
