# -*- coding: utf-8 -*-
"""cpython_astdump.py: CPython 2.7's side of pystm's AST comparison.

Run with CPython 2.7 (PYENV_VERSION=2.7.18 python2). Three modes:

  cpython_astdump.py FILE
      Print ast.dump(ast.parse(source, FILE)) for FILE, read in binary
      mode; on a SyntaxError print what CPython prints and exit 1.

  cpython_astdump.py --batch OUTDIR INDEX FILE [INDEX FILE ...]
      For each pair, write OUTDIR/INDEX.cpy: "ok\\n" and the dump, or
      "error LINE\\n" and the exception ("error ?" if it has no line).

  cpython_astdump.py --compare OUTDIR ROOT LISTFILE
      LISTFILE holds the files, NUL-separated, in INDEX order. Compare
      each OUTDIR/INDEX.cpy with pystm's OUTDIR/INDEX.out, INDEX.err and
      INDEX.rc; print each differing file (relative to ROOT) with the
      first difference, then "N/M identical"; exit 1 unless N == M.

The source is read in binary mode: CPython's compile() translates \\r\\n
and \\r itself, as the tokenizer does for files, so the tree is the one
`python FILE` compiles.
"""

import ast
import os
import re
import sys

# The context shown each side of the first difference of two dumps.
CONTEXT = 60


def dump_file(path):
    """Return ("ok", dump) or ("error LINE", message) for one file."""
    with open(path, 'rb') as f:
        source = f.read()
    try:
        tree = ast.parse(source, path)
    except SyntaxError as e:
        line = e.lineno if e.lineno is not None else '?'
        return 'error %s' % line, '%s: %s' % (type(e).__name__, e.msg)
    except (TypeError, ValueError) as e:
        # compile() rejects sources with NUL bytes this way.
        return 'error ?', '%s: %s' % (type(e).__name__, e)
    return 'ok', ast.dump(tree)


def batch(outdir, pairs):
    for i in range(0, len(pairs) - 1, 2):
        index, path = pairs[i], pairs[i + 1]
        try:
            status, text = dump_file(path)
        except Exception as e:  # a crash of the reference: record it
            status, text = 'error ?', 'crash: %s: %s' % (type(e).__name__, e)
        tmp = os.path.join(outdir, index + '.cpy.tmp')
        with open(tmp, 'wb') as f:
            f.write(status + '\n' + text)
        os.rename(tmp, os.path.join(outdir, index + '.cpy'))


def read(path):
    try:
        with open(path, 'rb') as f:
            return f.read()
    except IOError:
        return None


def short(s, limit=CONTEXT):
    """Return repr-free, one-line text of at most limit characters."""
    s = s.replace('\n', '\\n')
    if len(s) > limit:
        s = s[:limit] + '...'
    return s


def first_difference(want, got):
    """Describe where two dumps first differ."""
    n = min(len(want), len(got))
    i = 0
    # Compare in blocks first: dumps can be megabytes long.
    step = 4096
    while i + step <= n and want[i:i + step] == got[i:i + step]:
        i += step
    while i < n and want[i] == got[i]:
        i += 1
    start = max(0, i - 20)
    lead = '...' if start > 0 else ''
    return 'at char %d: cpython %s%s | pystm %s%s' % (
        i, lead, short(want[start:i + CONTEXT]),
        lead, short(got[start:i + CONTEXT]))


FILE_LINE = re.compile(r'^  File "(.*)", line (\d+)', re.M)


def pystm_error_line(err):
    """Return the line number of pystm's SyntaxError report, or None."""
    m = None
    for m in FILE_LINE.finditer(err):
        pass
    return m.group(2) if m else None


def last_line(text):
    lines = [l for l in text.splitlines() if l.strip()]
    return lines[-1] if lines else ''


def compare(outdir, root, listfile):
    with open(listfile, 'rb') as f:
        files = [p for p in f.read().split('\0') if p]
    same = 0
    for index, path in enumerate(files):
        name = os.path.relpath(path, root)
        base = os.path.join(outdir, str(index))
        cpy = read(base + '.cpy')
        out = read(base + '.out')
        err = read(base + '.err') or ''
        rc = (read(base + '.rc') or '').strip()
        if cpy is None:
            print '%s: no CPython result' % name
            continue
        status, _, want = cpy.partition('\n')
        if out is None or rc == '':
            print '%s: no pystm result' % name
            continue
        if status == 'ok':
            if rc == '0' and out.rstrip('\n') == want:
                same += 1
            elif rc == '0':
                print '%s: %s' % (name, first_difference(want, out.rstrip('\n')))
            else:
                print '%s: pystm rejects (exit %s: %s), CPython accepts' % (
                    name, rc, short(last_line(err) + pystm_line_note(err), 120))
            continue
        line = status.split(' ', 1)[1]
        if rc == '0':
            print '%s: pystm accepts, CPython rejects on line %s (%s)' % (
                name, line, short(want, 100))
            continue
        got = pystm_error_line(err)
        if rc == '1' and got is not None and (got == line or line == '?'):
            same += 1
        else:
            print '%s: CPython rejects on line %s (%s), pystm on line %s (exit %s: %s)' % (
                name, line, short(want, 80), got, rc, short(last_line(err), 80))
    print '%d/%d identical' % (same, len(files))
    return 0 if same == len(files) else 1


def pystm_line_note(err):
    line = pystm_error_line(err)
    return ' on line %s' % line if line else ''


def main(argv):
    if len(argv) >= 2 and argv[1] == '--batch':
        batch(argv[2], argv[3:])
        return 0
    if len(argv) == 5 and argv[1] == '--compare':
        return compare(argv[2], argv[3], argv[4])
    if len(argv) == 2:
        status, text = dump_file(argv[1])
        if status == 'ok':
            sys.stdout.write(text + '\n')
            return 0
        sys.stderr.write('  File "%s", line %s\n%s\n' % (argv[1], status.split(' ', 1)[1], text))
        return 1
    sys.stderr.write(__doc__)
    return 2


if __name__ == '__main__':
    sys.exit(main(sys.argv))
