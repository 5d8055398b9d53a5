def cleanup():
    raise OSError('cleanup failed')
try:
    {}['key']
except KeyError:
    cleanup()
