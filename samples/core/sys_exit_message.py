# sys.exit with a message: printed to stderr, status 1.
import sys
print("exiting with a message")
sys.exit("fatal: something went wrong")
