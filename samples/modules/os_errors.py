# The errors of coil's posix functions are CPython's: the OSError subclass
# chosen by errno, with errno, strerror, filename and filename2 set; the
# TypeErrors of argument parsing (Argument Clinic's wording); path
# conversion (str, bytes, os.PathLike, fd) and its messages.
import os
from _scratch import scratch_dir, write_file


def show(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print("ok", r if r is None or isinstance(r, (bool, int, str, bytes)) else type(r).__name__)
    except Exception as e:
        extra = ""
        if isinstance(e, OSError):
            extra = " | errno=%s filename=%r filename2=%r" % (e.errno, e.filename, e.filename2)
        print("%s: %s%s" % (type(e).__name__, e, extra))


class PathLike:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


with scratch_dir("errors"):
    write_file("file", b"")
    os.mkdir("dir")
    print("-- errno picks the class")
    show(os.stat, "missing")
    show(os.stat, b"missing")
    show(os.stat, PathLike("missing/x"))
    show(os.listdir, "file")
    show(os.mkdir, "dir")
    show(os.rmdir, "file")
    show(os.unlink, "dir")
    show(os.rename, "missing", "other")
    show(os.link, "missing", "other")
    show(os.symlink, "file", "dir")
    show(os.readlink, "file")
    show(os.open, "missing", os.O_RDONLY)
    show(os.open, "dir", os.O_WRONLY)
    show(os.chdir, "file")
    show(os.close, 987)
    show(os.fstat, 987)
    show(os.read, 987, 1)
    show(os.stat, 987)
    show(os.listdir, 987)
    show(os.utime, "missing")
    show(os.kill, 2**22 + 12345, 0)
    show(os.waitpid, -1, 0)
    show(os.read, 0, -1)
    show(os.lseek, 987, 0, 0)
    e = OSError(2, "No such file or directory", "name")
    print(type(e).__name__, e.args, e.errno, e.strerror, e.filename, str(e))
    print(isinstance(e, FileNotFoundError), os.error is OSError)

    print("-- argument parsing")
    show(os.stat)
    show(os.stat, "a", "b")
    show(os.stat, "a", bogus=1)
    show(os.stat, "file", path="file")
    show(os.stat, path="file")
    show(os.open, "x")
    show(os.open, "x", 0, 0, 0)
    show(os.mkdir, "x", "mode")
    show(os.listdir, ".", ".")
    show(os.read, 0)
    show(os.read, fd=0, length=1)
    show(os.getcwd, 1)
    show(os.umask)
    show(os.dup)
    show(os.kill, 1)
    show(os.waitpid, 1, 2, 3)
    show(os.WEXITSTATUS)
    show(os.WIFEXITED, 1, 2)
    show(os.fspath)
    show(os.urandom, -1)
    show(os.close, "0")
    show(os.close, 1.5)
    show(os.close, 2**70)
    show(os.write, 1, "text")
    show(os.stat, "file", dir_fd="3")
    show(os.stat, 0, dir_fd=3)
    show(os.stat, 0, follow_symlinks=False)
    show(os.utime, "file", 5)
    show(os.utime, "file", (1, 2), ns=(1, 2))
    show(os.utime, "file", ns=[1, 2])

    print("-- paths")
    show(os.stat, 1.5)
    show(os.mkdir, 1.5)
    show(os.listdir, 1.5)
    show(os.rename, 1, "x")
    show(os.rename, "x", 2)
    show(os.access, 0, os.F_OK)
    show(os.stat, "bad\0name")
    show(os.stat, b"bad\0name")
    show(os.stat, PathLike(42))
    show(os.fspath, PathLike(42))
    show(os.fspath, 42)
    show(os.fspath, PathLike("fine"))
    show(os.path.exists, PathLike("file"))
    show(os.stat, True)
    show(os.stat, PathLike(b"file"))
