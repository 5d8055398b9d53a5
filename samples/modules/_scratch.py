# Helper for the os samples (skipped by the runners: its name starts with
# '_'): a fresh directory to work in, removed with everything inside it on
# leaving, and small file helpers made of os.open/os.read/os.write (there is
# no built-in open() in coil yet). Nothing machine-specific is printed: the
# samples see only names relative to the scratch directory.
import os


def rmtree(path):
    for entry in os.scandir(path):
        if entry.is_dir(follow_symlinks=False):
            rmtree(entry.path)
        else:
            os.unlink(entry.path)
    os.rmdir(path)


class scratch_dir:
    def __init__(self, tag):
        base = os.environ.get("TMPDIR") or "/tmp"
        self.path = os.path.join(base, "coil-%s-%d" % (tag, os.getpid()))

    def __enter__(self):
        self.old_umask = os.umask(0o022)
        self.old_cwd = os.getcwd()
        os.mkdir(self.path)
        os.chdir(self.path)
        return self.path

    def __exit__(self, *exc):
        os.chdir(self.old_cwd)
        rmtree(self.path)
        os.umask(self.old_umask)
        return False


def write_file(name, data, mode=0o644):
    fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    try:
        while data:
            data = data[os.write(fd, data):]
    finally:
        os.close(fd)


def read_file(name):
    fd = os.open(name, os.O_RDONLY)
    try:
        chunks = []
        while chunk := os.read(fd, 4096):
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)
