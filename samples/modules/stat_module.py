# CPython's stat.py (its pure-Python fallback: coil has no _stat) over
# stat results from coil's posix: file types, filemode, permission bits.
import os
import stat
from _scratch import scratch_dir, write_file

print(stat.ST_MODE, stat.ST_SIZE, stat.ST_MTIME, oct(stat.S_IFDIR), oct(stat.S_IFREG), oct(stat.S_IFLNK))
print(oct(stat.S_IRWXU), oct(stat.S_IRUSR | stat.S_IWGRP | stat.S_IXOTH), oct(stat.S_ISUID), oct(stat.S_ISVTX))
with scratch_dir("stat"):
    os.mkdir("d")
    write_file("f", b"abc", mode=0o640)
    os.symlink("f", "l")
    os.mkfifo("p")
    os.chmod("d", 0o1777)
    for name in ["d", "f", "l", "p", "/dev/null"]:
        mode = os.lstat(name).st_mode
        kinds = [k for k in ["S_ISDIR", "S_ISREG", "S_ISLNK", "S_ISFIFO", "S_ISCHR", "S_ISBLK", "S_ISSOCK"]
                 if getattr(stat, k)(mode)]
        print(name, kinds, stat.filemode(mode)[0], oct(stat.S_IFMT(mode)))
    print(stat.filemode(os.stat("d").st_mode), stat.filemode(os.stat("f").st_mode), oct(stat.S_IMODE(os.stat("d").st_mode)))
    os.chmod("f", stat.S_IRUSR | stat.S_IWUSR | stat.S_ISUID | stat.S_IXUSR)
    print(stat.filemode(os.stat("f").st_mode), bool(os.stat("f").st_mode & stat.S_ISUID))
    print(stat.filemode(0o100644), stat.filemode(0o040755), stat.filemode(0o120777), stat.filemode(0o010600))
    print(stat.filemode(0o104755), stat.filemode(0o102755), stat.filemode(0o041777), stat.filemode(0o140755))
