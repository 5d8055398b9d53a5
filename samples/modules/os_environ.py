# os.environ and os.environb, CPython's _Environ over coil's posix.environ
# (bytes to bytes), with putenv/unsetenv reaching child processes
# (os.system); getenv, fsencode/fsdecode, surrogateescape.
import os
import posix

print(type(os.environ).__name__, type(posix.environ).__name__)
print(all(type(k) is bytes and type(v) is bytes for k, v in posix.environ.items()))
print(all(type(k) is str and type(v) is str for k, v in os.environ.items()))
print(len(os.environ) == len(os.environb), "PATH" in os.environ, b"PATH" in os.environb)

os.environ["COIL_SAMPLE"] = "value one"
print(os.environ["COIL_SAMPLE"], os.environb[b"COIL_SAMPLE"], os.getenv("COIL_SAMPLE"), os.getenvb(b"COIL_SAMPLE"))
print(posix.environ[b"COIL_SAMPLE"], "COIL_SAMPLE" in os.environ, os.environ.get("COIL_MISSING"))
print(os.getenv("COIL_MISSING", "default"), os.environ.setdefault("COIL_SAMPLE", "ignored"))
os.environ["COIL_UNICODE"] = "h\u00e9llo \u2603"
print(os.environb[b"COIL_UNICODE"], ascii(os.environ["COIL_UNICODE"]))
os.environb[b"COIL_RAW"] = b"\xff\xfe"
print(ascii(os.environ["COIL_RAW"]), os.environb[b"COIL_RAW"])
os.environ["COIL_SURROGATE"] = "a\udcffb"
print(os.environb[b"COIL_SURROGATE"])

# Child processes see the changes.
print(os.system('test "$COIL_SAMPLE" = "value one"'), os.waitstatus_to_exitcode(os.system('test -n "$COIL_GONE"')))
del os.environ["COIL_SAMPLE"]
print("COIL_SAMPLE" in os.environ, os.waitstatus_to_exitcode(os.system('test -z "$COIL_SAMPLE"')))
os.putenv("COIL_DIRECT", "1")
print("COIL_DIRECT" in os.environ, os.system('test "$COIL_DIRECT" = 1'))
os.unsetenv("COIL_DIRECT")
print(os.waitstatus_to_exitcode(os.system('test -z "$COIL_DIRECT"')))

# Errors.
for bad in [lambda: os.environ.__setitem__("K", 1), lambda: os.environ.__setitem__(1, "v"),
            lambda: os.environb.__setitem__("K", b"v"), lambda: os.environ.__setitem__("A=B", "v"),
            lambda: os.environ.__setitem__("K", "v\0"), lambda: os.environ["COIL_MISSING"],
            lambda: os.environ.__delitem__("COIL_MISSING"), lambda: os.putenv("", "v"),
            lambda: os.putenv(1, "v"), lambda: os.unsetenv("A=B")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

# Copies and merges are plain dicts.
env = os.environ.copy()
env["COIL_ONLY_IN_COPY"] = "x"
print(type(env).__name__, "COIL_ONLY_IN_COPY" in os.environ)
merged = os.environ | {"COIL_MERGED": "1"}
print(type(merged).__name__, merged["COIL_MERGED"], "COIL_MERGED" in os.environ)
os.environ |= {"COIL_MERGED": "2"}
print(os.environ["COIL_MERGED"])
os.environ.pop("COIL_MERGED")
print(os.environ.pop("COIL_MERGED", "gone"))

# fsencode/fsdecode use the filesystem encoding with surrogateescape.
print(os.fsencode("caf\u00e9"), ascii(os.fsdecode(b"caf\xc3\xa9")), ascii(os.fsdecode(b"\xff")), os.fsencode("\udcff"))
print(os.fsencode(b"raw"), os.fsdecode("text"), os.fspath("p"), os.fspath(b"p"))
