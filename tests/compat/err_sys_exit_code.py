import sys
def main():
    print('working')
    return 4
sys.exit(main())
