# sys.exit runs finally blocks; sys.exit(0) and sys.exit() are status 0.
import sys
try:
    print("in try")
    sys.exit()
finally:
    print("finally still runs")
