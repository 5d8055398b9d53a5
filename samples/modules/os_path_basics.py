# CPython's os.path (posixpath and genericpath) on coil's posix module: the
# pure string operations, and the queries that stat the file system, inside
# a scratch directory.
import os
import os.path
import posixpath
import sys
from _scratch import scratch_dir, write_file

print(os.path is posixpath, sys.modules["os.path"] is posixpath, os.name)
print(repr(os.sep), repr(os.pathsep), repr(os.curdir), repr(os.pardir), repr(os.extsep), os.altsep, repr(os.linesep))
print(os.devnull, os.defpath)

# Strings only.
print(os.path.join("a", "b", "c"), os.path.join("a/", "/abs", "x"), os.path.join(b"a", b"b"))
print(os.path.split("a/b/c.txt"), os.path.split("/"), os.path.split("name"), os.path.split("a/b/"))
print(os.path.splitext("archive.tar.gz"), os.path.splitext(".bashrc"), os.path.splitext("a.b/c"))
print(os.path.basename("/x/y.py"), os.path.dirname("/x/y.py"), os.path.basename(b"dir/f"), os.path.dirname("f"))
print(os.path.normpath("a//b/./c/../d"), os.path.normpath("/../x"), os.path.normpath(""), os.path.normpath(b"x/../../y"))
print(os.path.isabs("/a"), os.path.isabs("a"), os.path.isabs(b"/"))
print(os.path.commonprefix(["interstellar", "internet", "interval"]), os.path.commonprefix([]))
print(os.path.commonpath(["/usr/lib", "/usr/local/lib"]), os.path.commonpath(["a/b", "a/c/d"]))
print(os.path.relpath("/a/b/c", "/a/d"), os.path.relpath("a/b", "a"), os.path.relpath("x", "x"))
print(os.path.splitdrive("/a/b"), os.path.normcase("MiXeD"), os.path.expanduser("plain"))
try:
    os.path.commonpath(["/abs", "rel"])
except ValueError as e:
    print("ValueError:", e)
try:
    os.path.join("a", b"b")
except TypeError as e:
    print("TypeError:", e)

with scratch_dir("path") as top:
    os.mkdir("sub")
    write_file("sub/data.bin", b"x" * 1234)
    os.symlink("sub/data.bin", "link")
    os.symlink("missing", "dangling")
    print(os.path.exists("sub"), os.path.exists("nope"), os.path.exists("dangling"), os.path.lexists("dangling"))
    print(os.path.isdir("sub"), os.path.isdir("link"), os.path.isfile("link"), os.path.isfile("sub"))
    print(os.path.islink("link"), os.path.islink("sub"), os.path.ismount("sub"), os.path.ismount("/"))
    print(os.path.getsize("sub/data.bin"), os.path.getsize("link"))
    print(os.path.samefile("link", "sub/data.bin"), os.path.samefile("sub", "."))
    print(os.path.abspath("sub") == os.path.join(top, "sub"), os.path.abspath(".") == top)
    print(os.path.realpath("link") == os.path.join(os.path.realpath(top), "sub", "data.bin"))
    print(os.path.relpath(os.path.join(top, "sub", "data.bin")))
    print(os.path.getmtime("sub") == os.stat("sub").st_mtime, type(os.path.getatime("sub")).__name__)
    print(os.path.exists(b"sub"), os.path.isdir(os.fsencode(top)), os.path.exists("bad\0name"))
    print(os.path.sameopenfile(0, 0), os.path.samestat(os.stat("link"), os.stat("sub/data.bin")))
