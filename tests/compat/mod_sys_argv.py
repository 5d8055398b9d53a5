import sys
print(sys.argv, len(sys.argv), type(sys.argv).__name__)
print(sys.argv[0].endswith('.py'))
