# CPython's os.walk and os.fwalk over coil's scandir: top-down and
# bottom-up orders, pruning, onerror, symbolic links followed or not, bytes
# paths; os.makedirs/removedirs round trips.
import os
from _scratch import scratch_dir, write_file

with scratch_dir("walk"):
    for d in ["a/b/c", "a/d", "e"]:
        os.makedirs(d)
    for f in ["a/1.txt", "a/b/2.txt", "a/b/c/3.txt", "a/d/4.txt", "e/5.txt", "top.txt"]:
        write_file(f, f.encode())
    os.symlink("../a/b", "e/to_b")

    def show(walker):
        for root, dirs, files in walker:
            dirs.sort()
            print(" ", root, dirs, sorted(files))

    print("top-down")
    show(os.walk("."))
    print("bottom-up")
    rows = [(root, sorted(dirs), sorted(files)) for root, dirs, files in os.walk("a", topdown=False)]
    for row in sorted(rows, key=lambda r: (-r[0].count("/"), r[0])):
        print(" ", *row)
    print("pruned")
    for root, dirs, files in os.walk("."):
        dirs[:] = sorted(d for d in dirs if d != "b")
        print(" ", root, dirs)
    print("followlinks")
    show(os.walk("e", followlinks=True))
    print("bytes")
    show(os.walk(b"a/b"))
    print("onerror")
    errors = []
    print(list(os.walk("missing", onerror=errors.append)), [type(e).__name__ for e in errors], errors[0].filename)
    print(list(os.walk("top.txt", onerror=errors.append)), type(errors[-1]).__name__)
    print("fwalk")
    for root, dirs, files, dfd in os.fwalk("a"):
        dirs.sort()
        print(" ", root, dirs, sorted(files), type(dfd).__name__, sorted(os.listdir(dfd)) == sorted(dirs + files))
    print(sorted(root for root, _, _, _ in os.fwalk("e", follow_symlinks=True)))
