class Stop(BaseException):
    pass
try:
    raise Stop('base')
except Exception:
    print('not caught here')
