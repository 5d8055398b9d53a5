# os.scandir and its DirEntry objects, listdir with str, bytes and fd
# paths, and os.stat_result: fields, hidden and unnamed fields, times in
# seconds and nanoseconds, lstat against stat, dir_fd and fd forms.
import os
import stat
from _scratch import scratch_dir, write_file

with scratch_dir("scandir"):
    os.mkdir("sub")
    write_file("sub/inner.txt", b"inner")
    write_file("file.txt", b"12345")
    os.symlink("file.txt", "link")
    os.symlink("sub", "dirlink")
    os.symlink("nowhere", "broken")

    print(sorted(os.listdir()), sorted(os.listdir(".")), sorted(os.listdir(b".")))
    with os.scandir() as it:
        print(type(it).__name__, type(it).__module__)
        entries = sorted(it, key=lambda e: e.name)
    for e in entries:
        print(repr(e), e.name, e.path, "dir" if e.is_dir() else "-", "file" if e.is_file() else "-",
              "link" if e.is_symlink() else "-", e.is_dir(follow_symlinks=False), e.is_file(follow_symlinks=False),
              e.inode() == e.stat(follow_symlinks=False).st_ino, os.fspath(e))
    broken = [e for e in entries if e.name == "broken"][0]
    try:
        broken.stat()
    except FileNotFoundError as err:
        print("FileNotFoundError:", err)
    print(broken.stat(follow_symlinks=False).st_mode == os.lstat("broken").st_mode)
    print([(e.name, e.path) for e in sorted(os.scandir("sub"), key=lambda e: e.name)])
    print([(e.name, e.path) for e in sorted(os.scandir(b"sub"), key=lambda e: e.name)])
    print([(e.name, e.path) for e in sorted(os.scandir("sub/"), key=lambda e: e.name)])
    print(os.path.join("sub", "inner.txt") == os.fspath([*os.scandir("sub")][0]))
    print(type(os.DirEntry).__name__, os.DirEntry.__module__, os.DirEntry[str])
    try:
        os.DirEntry()
    except TypeError as err:
        print("TypeError:", err)
    it = os.scandir()
    next(it)
    it.close()
    it.close()
    print(list(it))
    it = os.scandir("sub")
    print(len(list(it)), list(it))

    # Through a directory descriptor.
    dfd = os.open("sub", os.O_RDONLY | os.O_DIRECTORY)
    print(sorted(os.listdir(dfd)), sorted(os.listdir(dfd)))
    print([(e.name, e.path, e.is_file(), e.stat().st_size) for e in os.scandir(dfd)])
    print(os.stat("inner.txt", dir_fd=dfd).st_size, os.lstat("inner.txt", dir_fd=dfd).st_size)
    os.mkdir("made", dir_fd=dfd)
    fd = os.open("made/x", os.O_WRONLY | os.O_CREAT, dir_fd=dfd)
    os.close(fd)
    os.rename("made/x", "made/y", src_dir_fd=dfd, dst_dir_fd=dfd)
    os.symlink("inner.txt", "ln", dir_fd=dfd)
    print(os.readlink("ln", dir_fd=dfd), os.access("made/y", os.F_OK, dir_fd=dfd), sorted(os.listdir("sub/made")))
    os.unlink("made/y", dir_fd=dfd)
    os.rmdir("made", dir_fd=dfd)
    os.unlink("ln", dir_fd=dfd)
    print(sorted(os.listdir("sub")), stat.S_ISDIR(os.stat(dfd).st_mode))
    os.close(dfd)
    print(os.stat in os.supports_dir_fd, os.scandir in os.supports_fd, os.stat in os.supports_follow_symlinks)

    # stat_result
    st = os.stat("file.txt")
    print(type(st), len(st), st.n_fields, st.n_sequence_fields, st.n_unnamed_fields)
    print(st.st_size, st[stat.ST_SIZE], stat.S_ISREG(st.st_mode), stat.filemode(st.st_mode), st.st_nlink)
    print(type(st.st_mtime).__name__, type(st[stat.ST_MTIME]).__name__, type(st.st_mtime_ns).__name__)
    print(st[stat.ST_MTIME] == int(st.st_mtime), st.st_mtime_ns // 10**9 == st[8])
    print(os.stat_result.__match_args__)
    print(stat.S_ISLNK(os.lstat("link").st_mode), stat.S_ISLNK(os.stat("link").st_mode))
    print(os.stat("link", follow_symlinks=False) == os.lstat("link"), os.stat("link") == os.stat("file.txt"))
    fd = os.open("file.txt", os.O_RDONLY)
    print(os.fstat(fd) == os.stat("file.txt"), os.stat(fd).st_size)
    os.close(fd)

    # Times set exactly.
    os.utime("file.txt", (1000000000, 1234567890.5))
    st = os.stat("file.txt")
    print(st.st_atime, st.st_mtime, st[7], st[8], st.st_atime_ns, st.st_mtime_ns)
    os.utime("file.txt", ns=(1, 2 * 10**18 + 3))
    st = os.stat("file.txt")
    print(st.st_atime_ns, st.st_mtime_ns, st.st_atime, st[7])
    os.utime("file.txt", (-0.25, 0))
    print(os.stat("file.txt").st_atime_ns, os.stat("file.txt")[7])
    os.utime("link", (5, 6), follow_symlinks=False)
    print(os.lstat("link").st_mtime, os.stat("link").st_mtime)

    # A stat_result made by hand.
    r = os.stat_result(range(10))
    print(r)
    print(r.st_atime, r.st_mtime, r.st_ctime, r.st_atime_ns, r.st_blksize, r[7:])
    r = os.stat_result(tuple(range(10)), {"st_atime": 1.5, "st_blocks": 8})
    print(r.st_atime, r.st_blocks, r.st_mtime)
    print(os.stat_result(range(19)).st_rdev, r.__reduce__()[0] is os.stat_result)
    for bad in [lambda: os.stat_result((1, 2)), lambda: os.stat_result(range(20)),
                lambda: os.stat_result(5), lambda: setattr(r, "st_size", 1),
                lambda: os.stat_result(range(10), 5)]:
        try:
            bad()
        except Exception as err:
            print(type(err).__name__, err)
    sv = os.statvfs(".")
    print(type(sv).__name__, len(sv), sv.f_bsize > 0, sv.f_namemax > 0, type(os.statvfs(b".")).__name__)
