# KeyboardInterrupt can be caught like any exception; the program goes on and
# exits normally. A handler installed with signal.signal runs instead of the
# default one; SIG_IGN ignores the signal.
import signal

try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print('caught', repr(e))

seen = []
def handler(signum, frame):
    seen.append(signum)

old = signal.signal(signal.SIGINT, handler)
print(old is signal.default_int_handler)
signal.raise_signal(signal.SIGINT)
signal.raise_signal(signal.SIGINT)
print('handler saw', seen)
print(signal.getsignal(signal.SIGINT) is handler)
signal.signal(signal.SIGINT, signal.SIG_IGN)
signal.raise_signal(signal.SIGINT)
print('ignored')
print(signal.signal(signal.SIGINT, signal.default_int_handler) == signal.SIG_IGN)

def raising(signum, frame):
    raise RuntimeError('from handler %d' % signum)
signal.signal(signal.SIGUSR1, raising)
try:
    signal.raise_signal(signal.SIGUSR1)
except RuntimeError as e:
    print('handler raised:', e)

for bad in (0, 65, -1):
    try:
        signal.signal(bad, signal.SIG_DFL)
    except ValueError as e:
        print(bad, 'ValueError', e)
try:
    signal.signal(signal.SIGKILL, handler)
except OSError as e:
    print('SIGKILL', type(e).__name__, e)
try:
    signal.signal(signal.SIGINT, 'nope')
except TypeError as e:
    print('TypeError', e)
print(signal.getsignal(signal.SIGPIPE) == signal.SIG_IGN)
print(signal.getsignal(signal.SIGTERM) == signal.SIG_DFL)
print(signal.strsignal(signal.SIGINT), signal.strsignal(signal.SIGTERM))
print(len(signal.valid_signals()), signal.NSIG)
