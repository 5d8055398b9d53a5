# SIGINT outside asyncio: KeyboardInterrupt at the next instruction, finally
# blocks run, output written before it is kept, and the exit is by SIGINT.
import signal

print('start')
try:
    total = 0
    for i in range(10):
        total += i
        if i == 5:
            signal.raise_signal(signal.SIGINT)
        print('step', i)
finally:
    print('finally runs, total', total)
print('not reached')
