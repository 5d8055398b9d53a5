# Making, renaming and removing files, directories and links with CPython's
# os module on coil's posix: mkdir/makedirs, rename/replace/renames,
# remove/unlink/rmdir/removedirs, link/symlink/readlink, chmod, access,
# truncate, umask, in a scratch directory. Listings are sorted.
import os
import stat
from _scratch import scratch_dir, write_file, read_file


def tree(top="."):
    out = []
    for root, dirs, files in os.walk(top):
        dirs.sort()
        for name in sorted(dirs):
            out.append(os.path.join(root, name) + "/")
        for name in sorted(files):
            out.append(os.path.join(root, name))
    return out


with scratch_dir("files"):
    os.mkdir("a")
    os.mkdir("b", 0o700)
    print(oct(stat.S_IMODE(os.stat("a").st_mode)), oct(stat.S_IMODE(os.stat("b").st_mode)))
    os.makedirs("a/x/y/z")
    os.makedirs("a/x/y/z", exist_ok=True)
    try:
        os.makedirs("a/x/y/z")
    except FileExistsError as e:
        print("FileExistsError:", e)
    try:
        os.mkdir("a")
    except FileExistsError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename)
    write_file("a/one.txt", b"first\n")
    write_file("a/x/two.txt", b"second\n")
    write_file(b"bytes-name.txt", b"made with a bytes path\n")
    print(tree())

    # rename, replace, renames
    os.rename("a/one.txt", "a/uno.txt")
    write_file("b/target.txt", b"old\n")
    os.replace("a/uno.txt", "b/target.txt")
    print(read_file("b/target.txt"), os.path.exists("a/uno.txt"))
    os.renames("a/x/two.txt", "c/d/dos.txt")
    print(tree())
    os.rename("c", "c2")
    os.rename(b"c2", b"c3")
    print(sorted(os.listdir(".")))

    # links
    os.link("b/target.txt", "hard.txt")
    print(os.stat("hard.txt").st_nlink, os.path.samefile("hard.txt", "b/target.txt"))
    os.symlink("b/target.txt", "soft.txt")
    os.symlink("b", "dirlink", target_is_directory=True)
    print(os.readlink("soft.txt"), os.readlink(b"dirlink"), sorted(os.listdir("dirlink")))
    print(read_file("soft.txt"), os.path.islink("soft.txt"), os.path.islink("hard.txt"))
    os.unlink("soft.txt")
    os.remove("dirlink")

    # modes and access
    os.chmod("hard.txt", 0o600)
    print(stat.filemode(os.stat("hard.txt").st_mode), oct(os.stat("b/target.txt").st_mode & 0o777))
    os.chmod("hard.txt", stat.S_IRUSR | stat.S_IWUSR | stat.S_IXUSR | stat.S_IRGRP)
    print(stat.filemode(os.stat("hard.txt").st_mode), os.access("hard.txt", os.F_OK), os.access("hard.txt", os.R_OK))
    print(os.access("nothing", os.F_OK), os.access("hard.txt", os.F_OK, effective_ids=True))
    old = os.umask(0o077)
    write_file("private.txt", b"", mode=0o666)
    os.mkdir("private")
    print(oct(os.umask(old)), stat.filemode(os.stat("private.txt").st_mode), stat.filemode(os.stat("private").st_mode))

    # truncate
    write_file("t.txt", b"0123456789")
    os.truncate("t.txt", 4)
    print(read_file("t.txt"), os.path.getsize("t.txt"))
    os.truncate("t.txt", 6)
    print(read_file("t.txt"))

    # removing
    try:
        os.rmdir("b")
    except OSError as e:
        print(type(e).__name__, e.errno == __import__("errno").ENOTEMPTY)
    try:
        os.remove("b")
    except IsADirectoryError as e:
        print("IsADirectoryError:", e)
    os.unlink("b/target.txt")
    os.rmdir("b")
    os.removedirs("a/x/y/z")
    print(sorted(os.listdir(".")))
    os.unlink("c3/d/dos.txt")
    os.removedirs("c3/d")
    print(tree())
