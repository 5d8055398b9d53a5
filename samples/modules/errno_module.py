# The errno module: CPython's symbols for Linux and errorcode, the map from
# number to name (for numbers with two names, the one CPython keeps); the
# OSError subclass each number selects.
import errno
import os

print(errno.ENOENT, errno.EACCES, errno.EEXIST, errno.EINTR, errno.EAGAIN, errno.EPIPE, errno.ENOTDIR)
print(errno.errorcode[errno.ENOENT], errno.errorcode[2], errno.errorcode[errno.EWOULDBLOCK])
print(errno.EWOULDBLOCK == errno.EAGAIN, errno.EDEADLOCK == errno.EDEADLK, errno.ENOTSUP == errno.EOPNOTSUPP)
print(errno.errorcode[errno.EDEADLK], errno.errorcode[errno.EOPNOTSUPP])
names = [n for n in dir(errno) if n.startswith("E")]
print(len(names), len(errno.errorcode), sorted(set(names) - set(errno.errorcode.values())))
print(all(getattr(errno, name) in errno.errorcode for name in names))
print(all(errno.errorcode[code] in names for code in errno.errorcode))
print(sorted(errno.errorcode.items())[:12])
print(list(errno.errorcode)[:6], list(errno.errorcode.values())[:6])
print(errno.__doc__.splitlines()[0], errno.__name__)

for code in [errno.ENOENT, errno.EEXIST, errno.EISDIR, errno.ENOTDIR, errno.EACCES, errno.EPERM,
             errno.EAGAIN, errno.EALREADY, errno.EINPROGRESS, errno.EWOULDBLOCK, errno.ECHILD,
             errno.ESRCH, errno.EINTR, errno.EPIPE, errno.ESHUTDOWN, errno.ECONNABORTED,
             errno.ECONNREFUSED, errno.ECONNRESET, errno.ETIMEDOUT, errno.EINVAL, errno.EIO]:
    e = OSError(code, os.strerror(code))
    print(errno.errorcode[code], type(e).__name__, e)
