import signal, time
t0 = time.monotonic()
fired = []
signal.signal(signal.SIGALRM, lambda s, f: fired.append(round(time.monotonic() - t0)))
signal.alarm(1)
time.sleep(2)
print('fired after', fired, 'slept', round(time.monotonic() - t0))
