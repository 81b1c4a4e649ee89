# sys.exit(0) after output on both streams.
import sys
sys.stdout.write('out\n')
sys.stderr.write('err\n')
sys.exit(0)
