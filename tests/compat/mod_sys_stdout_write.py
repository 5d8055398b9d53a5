import sys
n = sys.stdout.write('no newline')
sys.stdout.write(' -- then newline\n')
print(n)
sys.stderr.write('to stderr\n')
print('a', 'b', sep='', end='!\n', file=sys.stdout)
print('err via print', file=sys.stderr)
sys.stdout.flush()
