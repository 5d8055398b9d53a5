#!/usr/bin/env python3
"""Regenerate golden outputs for sample scripts by running CPython.

Usage: python3 tests/make_goldens.py [--python PY] [PATHS...]   (default: samples/)

For every NAME.py under PATHS (recursively; files named _*.py and folders named
_* are skipped) runs `PY NAME.py` with cwd = the script's folder, stdin from
/dev/null and a 60 s timeout (the script folder's absolute path is stripped
from the output and the oracle's stdlib folder becomes "<stdlib>", see
normalize()), then writes:
  NAME.out   stdout (always written, may be empty)
  NAME.err   stderr (only if non-empty; a stale one is deleted)
  NAME.code  exit status + newline (only if non-zero; a stale one is deleted)

A folder with a `_rlimit_as` file (a number of bytes) runs its scripts under
that address-space limit (RLIMIT_AS), as `coil test` does.

The goldens must only ever be produced by CPython 3.11 (the oracle).
"""
import argparse
import concurrent.futures
import os
import shlex
import subprocess
import sys

TIMEOUT = 60
JOBS = 8
REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Variables that would change CPython's output if inherited from the caller.
_SCRUB = ("PYTHONWARNINGS", "PYTHONASYNCIODEBUG", "PYTHONDEVMODE", "PYTHONTRACEMALLOC",
          "PYTHONSTARTUP", "PYTHONINSPECT", "PYTHONUNBUFFERED", "PYTHONOPTIMIZE",
          "PYTHONSAFEPATH", "PYTHONPATH", "PYTHONUTF8", "PYTHONFAULTHANDLER")


def child_env():
    env = dict(os.environ)
    for k in _SCRUB:
        env.pop(k, None)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONIOENCODING"] = "utf-8"
    env["LC_ALL"] = env.get("LC_ALL") or "C.UTF-8"
    return env


def find_scripts(paths):
    """All runnable sample scripts under paths, sorted, as absolute paths."""
    found = []
    for p in paths:
        p = os.path.abspath(p)
        if os.path.isfile(p):
            if p.endswith(".py") and not os.path.basename(p).startswith("_"):
                found.append(p)
            continue
        if not os.path.isdir(p):
            raise SystemExit(f"no such file or directory: {p}")
        for root, dirs, files in os.walk(p):
            dirs[:] = sorted(d for d in dirs if not d.startswith("_") and not d.startswith("."))
            for f in sorted(files):
                if f.endswith(".py") and not f.startswith("_"):
                    found.append(os.path.join(root, f))
    return sorted(set(found))


def memory_limit(folder):
    """The address-space limit for a folder's scripts: the bytes in its
    `_rlimit_as` file, or None. `coil test` applies the same limit."""
    path = os.path.join(folder, "_rlimit_as")
    if not os.path.exists(path):
        return None
    with open(path) as f:
        return int(f.read().split()[0])


def run_script(script, python="python3", timeout=TIMEOUT):
    """Run one script; return (stdout bytes, stderr bytes, exit code or None on timeout)."""
    cmd = shlex.split(python) + [os.path.basename(script)]
    limit = memory_limit(os.path.dirname(script))

    def apply_limit():
        # Samples see SIGINT's default disposition even when this script
        # runs in the background (where a shell ignores SIGINT), as coil's
        # runner gives them.
        import signal
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        if limit:
            import resource
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    try:
        with open(os.devnull, "rb") as devnull:
            proc = subprocess.run(cmd, cwd=os.path.dirname(script), stdin=devnull,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  env=child_env(), timeout=timeout, preexec_fn=apply_limit)
    except OSError as e:  # interpreter missing / not executable
        return b"", f"cannot run {cmd[0]}: {e}\n".encode(), 127
    except subprocess.TimeoutExpired as e:
        return normalize(script, e.stdout or b""), normalize(script, e.stderr or b""), None
    return normalize(script, proc.stdout), normalize(script, proc.stderr), proc.returncode


ORACLE = "python3"  # the CPython whose stdlib path is normalized (see normalize())
_STDLIB = None


def oracle_stdlib():
    """The oracle CPython's stdlib folder, e.g. /usr/lib/python3.11 (cached)."""
    global _STDLIB
    if _STDLIB is None:
        try:
            _STDLIB = subprocess.run(
                shlex.split(ORACLE) + ["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"],
                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=child_env(),
                timeout=TIMEOUT, check=True).stdout.decode().strip()
        except (OSError, subprocess.SubprocessError):
            _STDLIB = ""
    return _STDLIB


def normalize(script, data):
    """Make output independent of where the checkout and CPython live.

    CPython 3.11 makes the __main__ script's path absolute, so its tracebacks
    and warnings say File "/abs/path/samples/core/name.py"; strip the script's
    folder so goldens say File "name.py" (what the interpreter under test is
    expected to print when run as `cd folder && PY name.py`).  Frames inside
    the standard library (e.g. asyncio/runners.py in an uncaught exception
    that escapes asyncio.run) are written as File "<stdlib>/asyncio/runners.py".
    """
    folder = os.path.dirname(os.path.abspath(script)) + os.sep
    data = data.replace(folder.encode(), b"")
    stdlib = oracle_stdlib()
    if stdlib:
        data = data.replace((stdlib.rstrip(os.sep) + os.sep).encode(), b"<stdlib>/")
    return data


def golden_paths(script):
    base = script[:-3]
    return base + ".out", base + ".err", base + ".code"


def rel(path):
    try:
        return os.path.relpath(path, REPO)
    except ValueError:
        return path


def _write(path, data):
    with open(path, "wb") as f:
        f.write(data)


def _remove(path):
    if os.path.exists(path):
        os.remove(path)


def make_one(script, python):
    out, err, code = run_script(script, python)
    if code is None:
        return script, f"TIMEOUT after {TIMEOUT}s (goldens not written)"
    out_p, err_p, code_p = golden_paths(script)
    _write(out_p, out)
    if err:
        _write(err_p, err)
    else:
        _remove(err_p)
    if code != 0:
        _write(code_p, f"{code}\n".encode())
    else:
        _remove(code_p)
    return script, None


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--python", default="python3", help="CPython to run (default: python3)")
    ap.add_argument("-j", "--jobs", type=int, default=JOBS)
    ap.add_argument("paths", nargs="*")
    args = ap.parse_args(argv)
    global ORACLE
    ORACLE = args.python
    oracle_stdlib()
    paths = args.paths or [os.path.join(REPO, "samples")]
    scripts = find_scripts(paths)
    errors = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        for script, problem in pool.map(lambda s: make_one(s, args.python), scripts):
            if problem:
                errors += 1
                print(f"{rel(script)}: {problem}", file=sys.stderr)
    print(f"{len(scripts) - errors} goldens written, {errors} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
