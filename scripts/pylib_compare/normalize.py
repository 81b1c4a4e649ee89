# Makes the outputs of the modes comparable: a traceback entry or a warning
# for a file of a standard library (CPython's or pystm's lib/python/) names
# the file without its folder and drops its line number and source line,
# which naturally differ between two implementations.
import re
import sys

LIB_FRAME = re.compile(r'^(\s*)File "(?:[^"]*/lib/python2\.7|[^"]*/lib/python)/'
                       r'([^"/]+\.py)", line \d+, in (.*)$')

LIB_WARNING = re.compile(r'^(?:[^:]*/lib/python2\.7|[^:]*/lib/python)/'
                         r'([^/:]+\.py):\d+: (\w+: .*)$')

lines = sys.stdin.read().split('\n')
out = []
skip_source = False
for line in lines:
    if skip_source:
        skip_source = False
        if line.startswith('  ') and not line.lstrip().startswith('File '):
            continue
    m = LIB_WARNING.match(line)
    if m:
        # A warning attributed to a line of a library file.
        out.append('<lib>/%s:?: %s' % m.groups())
        skip_source = True
        continue
    m = LIB_FRAME.match(line)
    if m:
        out.append('%sFile "<lib>/%s", line ?, in %s' % m.groups())
        skip_source = True
        continue
    out.append(line)
sys.stdout.write('\n'.join(out))
