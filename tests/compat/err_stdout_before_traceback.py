import sys
print('line on stdout')
print('line on stderr', file=sys.stderr)
raise SystemError('boom') if False else IndexError('late')
