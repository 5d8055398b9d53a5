"""_thread for coil, until coil runs threads (DESIGN.md decision 10): one
thread, whose locks work as CPython's do for a single thread. Starting a
thread raises NotImplementedError; waiting for a lock that only another
thread could release raises RuntimeError instead of hanging forever.
"""

import time as _time

error = RuntimeError
TIMEOUT_MAX = 9223372036.0
_MAIN_IDENT = 1


def get_ident():
    return _MAIN_IDENT


def get_native_id():
    return _MAIN_IDENT


def _count():
    return 0


def daemon_threads_allowed():
    return True


def stack_size(size=0, /):
    if size != 0 and size < 32768:
        raise ValueError("size not valid: %d bytes" % size)
    return 0


def start_new_thread(function, args, kwargs=None, /):
    raise NotImplementedError("threads: coil does not run threads yet")


start_new = start_new_thread


def interrupt_main(signum=2, /):
    raise NotImplementedError("_thread.interrupt_main: coil does not run threads yet")


def _wait_for_other_thread(timeout):
    # Only another thread could release the lock, and there is none: a
    # bounded wait runs out, an unbounded one would never end.
    if timeout < 0:
        raise RuntimeError("deadlock: the lock is held and no other thread can release it")
    _time.sleep(timeout)
    return False


def _check_timeout(blocking, timeout):
    if not blocking and timeout != -1:
        raise ValueError("can't specify a timeout for a non-blocking call")
    if timeout < 0 and timeout != -1:
        raise ValueError("timeout value must be a non-negative number")
    if timeout > TIMEOUT_MAX:
        raise OverflowError("timeout value is too large")


class LockType:
    __module__ = '_thread'
    __qualname__ = 'lock'

    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        _check_timeout(blocking, timeout)
        if not self._locked:
            self._locked = True
            return True
        if not blocking:
            return False
        return _wait_for_other_thread(timeout)

    acquire_lock = acquire

    def release(self):
        if not self._locked:
            raise RuntimeError("release unlocked lock")
        self._locked = False

    release_lock = release

    def locked(self):
        return self._locked

    locked_lock = locked

    def _at_fork_reinit(self):
        self._locked = False

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        state = "locked" if self._locked else "unlocked"
        return "<%s _thread.lock object at %#x>" % (state, id(self))


LockType.__name__ = 'lock'


def allocate_lock():
    return LockType()


allocate = allocate_lock


class RLock:
    __module__ = '_thread'

    def __init__(self):
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        _check_timeout(blocking, timeout)
        self._count += 1
        return True

    def release(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1

    def _is_owned(self):
        return self._count > 0

    def _recursion_count(self):
        return self._count

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, _MAIN_IDENT)
        self._count = 0
        return state

    def _acquire_restore(self, state):
        self._count = state[0]

    def _at_fork_reinit(self):
        self._count = 0

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        state = "locked" if self._count else "unlocked"
        return "<%s %s.%s object owner=%d count=%d at %#x>" % (
            state, self.__class__.__module__, self.__class__.__qualname__,
            _MAIN_IDENT if self._count else 0, self._count, id(self))


class _local:
    """Thread-local data: with one thread, an object like any other."""
    __module__ = '_thread'


def _set_sentinel():
    return LockType()
