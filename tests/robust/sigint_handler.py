import signal, sys, time
got = []
signal.signal(signal.SIGINT, lambda signum, frame: got.append(signum))
print('ready')
sys.stdout.flush()
while not got:
    time.sleep(0.05)
print('handled signal', got[0])
