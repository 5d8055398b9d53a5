import sys, time
print('ready')
sys.stdout.flush()
time.sleep(3600)
