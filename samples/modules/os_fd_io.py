# File descriptors through CPython's os module on coil's posix: open flags,
# read/write/lseek, pread/pwrite, ftruncate, fstat, pipes, dup/dup2,
# inheritable and blocking flags, closerange; bytes-like data; EOF.
import os
import stat
from _scratch import scratch_dir, read_file

with scratch_dir("fdio"):
    fd = os.open("data.bin", os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o640)
    print(type(fd).__name__, stat.filemode(os.fstat(fd).st_mode), os.fstat(fd).st_size)
    print(os.write(fd, b"hello "), os.write(fd, bytearray(b"world")), os.write(fd, memoryview(b"!\n")))
    print(os.lseek(fd, 0, os.SEEK_CUR), os.lseek(fd, 0, os.SEEK_END), os.lseek(fd, 0, os.SEEK_SET))
    print(os.read(fd, 5), os.read(fd, 0), os.read(fd, 100), os.read(fd, 100))
    print(os.lseek(fd, -3, os.SEEK_END), os.read(fd, 2))
    print(os.pread(fd, 4, 6), os.lseek(fd, 0, os.SEEK_CUR))
    print(os.pwrite(fd, b"W", 6), read_file("data.bin"))
    os.ftruncate(fd, 5)
    print(os.fstat(fd).st_size, read_file("data.bin"))
    os.lseek(fd, 10, os.SEEK_SET)
    os.write(fd, b"end")
    print(read_file("data.bin"))
    print(os.get_inheritable(fd), os.get_blocking(fd), os.isatty(fd))
    os.set_inheritable(fd, True)
    os.set_blocking(fd, False)
    print(os.get_inheritable(fd), os.get_blocking(fd))
    os.set_inheritable(fd, False)
    os.set_blocking(fd, True)
    os.fsync(fd)
    os.fdatasync(fd)
    os.close(fd)
    try:
        os.open("data.bin", os.O_WRONLY | os.O_CREAT | os.O_EXCL)
    except FileExistsError as e:
        print("FileExistsError:", e)

    # O_APPEND and O_TRUNC
    fd = os.open("data.bin", os.O_WRONLY | os.O_APPEND)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, b"+")
    os.close(fd)
    print(read_file("data.bin"))
    fd = os.open("data.bin", os.O_WRONLY | os.O_TRUNC)
    os.close(fd)
    print(read_file("data.bin"))

    # pipes
    r, w = os.pipe()
    print(os.get_inheritable(r), os.get_inheritable(w), stat.S_ISFIFO(os.fstat(r).st_mode))
    print(os.write(w, b"through the pipe"), os.read(r, 7), os.read(r, 100))
    os.set_blocking(r, False)
    try:
        os.read(r, 1)
    except BlockingIOError as e:
        print("BlockingIOError", e.errno == __import__("errno").EAGAIN)
    os.close(w)
    print(os.read(r, 10))
    os.close(r)
    r, w = os.pipe2(0)
    print(os.get_inheritable(r))
    os.close(r)
    try:
        os.write(w, b"x")
    except BrokenPipeError as e:
        print("BrokenPipeError:", e)
    os.close(w)

    # dup and dup2
    fd = os.open("data.bin", os.O_RDWR)
    d = os.dup(fd)
    print(d != fd, os.get_inheritable(d))
    os.write(d, b"shared offset")
    print(os.lseek(fd, 0, os.SEEK_CUR))
    print(os.dup2(fd, 60), os.get_inheritable(60), os.dup2(fd, 61, inheritable=False), os.get_inheritable(61))
    os.closerange(60, 62)
    try:
        os.fstat(60)
    except OSError as e:
        print("closed:", e)
    os.close(d)
    os.close(fd)
    fd = os.open(b"data.bin", os.O_RDONLY)
    print(os.read(fd, 100))
    os.close(fd)
    print(os.isatty(fd), os.device_encoding(fd))
