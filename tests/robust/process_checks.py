#!/usr/bin/env python3
"""Whole-process checks of coil that a golden sample cannot express: signals
from outside, closed pipes, odd input files, the test runner's limits.

Usage: process_checks.py COIL CASE     (CASE: one of CASES below, or `all`)

Each case runs coil as a child process and checks its exit status and output;
it prints what it saw and exits 1 on a mismatch. Registered in CTest as
robust_CASE (tests/CMakeLists.txt).
"""
import os
import signal
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
COIL = None


def run(args, **kw):
    kw.setdefault("stdout", subprocess.PIPE)
    kw.setdefault("stderr", subprocess.PIPE)
    kw.setdefault("timeout", 60)
    return subprocess.run([COIL] + args, **kw)


def last_line(data):
    lines = [l for l in data.decode(errors="replace").splitlines() if l.strip()]
    return lines[-1] if lines else ""


def expect(cond, what, detail=""):
    if not cond:
        print("FAIL:", what)
        if detail:
            print(detail)
        sys.exit(1)
    print("ok:", what)


def interrupt(script, ready_marker, *, after=0.3):
    """Starts coil on script, sends SIGINT once it printed ready_marker."""
    p = subprocess.Popen([COIL, script], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    seen = b""
    deadline = time.time() + 30
    while ready_marker not in seen and time.time() < deadline:
        chunk = p.stdout.readline()
        if not chunk:
            break
        seen += chunk
    time.sleep(after)
    start = time.time()
    p.send_signal(signal.SIGINT)
    out, err = p.communicate(timeout=30)
    return p.returncode, seen + out, err, time.time() - start


def case_sigint_busy_loop():
    code, out, err, took = interrupt(os.path.join(HERE, "busy_loop.py"), b"ready")
    expect(code == -signal.SIGINT, "exit by SIGINT (status %d)" % code, err.decode())
    expect(b"finally ran" in out, "the finally block ran", out.decode())
    expect(last_line(err) == "KeyboardInterrupt", "KeyboardInterrupt traceback", err.decode())
    expect(b"Traceback (most recent call last):" in err, "a traceback was printed")


def case_sigint_time_sleep():
    code, out, err, took = interrupt(os.path.join(HERE, "long_sleep.py"), b"ready")
    expect(code == -signal.SIGINT, "exit by SIGINT (status %d)" % code, err.decode())
    expect(took < 10, "time.sleep(3600) was cut short (%.1f s)" % took)
    expect(last_line(err) == "KeyboardInterrupt", "KeyboardInterrupt traceback", err.decode())


def case_sigint_asyncio_run():
    code, out, err, took = interrupt(os.path.join(HERE, "asyncio_sleeper.py"), b"ready")
    expect(code == -signal.SIGINT, "exit by SIGINT (status %d)" % code, err.decode())
    expect(took < 10, "the loop woke up at once (%.1f s)" % took)
    expect(b"main cleanup" in out and b"worker cancelled" in out, "tasks were cancelled and cleaned up", out.decode())
    expect(b"asyncio.exceptions.CancelledError" in err, "the main task's CancelledError is shown", err.decode())
    expect(last_line(err) == "KeyboardInterrupt", "then KeyboardInterrupt", err.decode())


def case_sigint_handler():
    code, out, err, took = interrupt(os.path.join(HERE, "sigint_handler.py"), b"ready")
    expect(code == 0, "a handler installed with signal.signal ran and the script finished (status %d)" % code,
           err.decode())
    expect(b"handled signal 2" in out, "the handler got the signal number", out.decode())


def case_sigalrm_handler():
    """A handler for another signal interrupts time.sleep, runs, and the sleep goes on (PEP 475)."""
    r = run([os.path.join(HERE, "alarm.py")])
    expect(r.returncode == 0, "status 0 (got %d)" % r.returncode, r.stderr.decode())
    expect(r.stdout == b"fired after [1] slept 2\n", "the alarm fired during the sleep", r.stdout.decode())


def case_broken_pipe():
    flood = subprocess.Popen([COIL, os.path.join(HERE, "flood.py")], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE)
    first = flood.stdout.readline()
    flood.stdout.close()  # the reader goes away, as `| head -1` does
    err = flood.stderr.read()
    code = flood.wait(timeout=60)
    expect(first == b"0\n", "the first line arrived")
    expect(code == 1, "exit status 1 (got %d)" % code, err.decode())
    expect(last_line(err) == "BrokenPipeError: [Errno 32] Broken pipe", "BrokenPipeError reported", err.decode())


def case_dev_zero():
    r = run(["/dev/zero"])
    expect(r.returncode == 1, "exit status 1 (got %d)" % r.returncode)
    expect(last_line(r.stderr) == "SyntaxError: source code cannot contain null bytes", "null bytes refused",
           r.stderr.decode())


def case_directory():
    with tempfile.TemporaryDirectory() as d:
        r = run([d])
        expect(r.returncode == 1, "a folder without __main__.py: status 1 (got %d)" % r.returncode)
        expect(last_line(r.stderr) == "coil: can't find '__main__' module in '%s'" % d, "CPython's message",
               r.stderr.decode())
        with open(os.path.join(d, "__main__.py"), "w") as f:
            f.write("import sys\nprint('main of', sys.argv[0] == %r)\n" % d)
        r = run([d])
        expect(r.returncode == 0 and r.stdout == b"main of True\n", "a folder runs its __main__.py",
               r.stdout.decode() + r.stderr.decode())


def case_unreadable():
    r = run(["/nonexistent/x.py"])
    expect(r.returncode == 2, "missing file: status 2 (got %d)" % r.returncode)
    expect(r.stderr.decode().endswith("[Errno 2] No such file or directory\n"), "ENOENT named", r.stderr.decode())
    r = run([os.path.join(HERE, "busy_loop.py", "x.py")])
    expect(r.returncode == 2, "a file used as a folder: status 2 (got %d)" % r.returncode)
    expect(r.stderr.decode().endswith("[Errno 20] Not a directory\n"), "ENOTDIR named", r.stderr.decode())


def case_test_missing_path():
    r = run(["test", "/nonexistent/samples"])
    expect(r.returncode == 2, "coil test on a missing path: status 2 (got %d)" % r.returncode)
    expect(b"No such file or directory" in r.stderr, "the path is reported", r.stderr.decode())


def case_test_output_bound():
    with tempfile.TemporaryDirectory() as d:
        script = os.path.join(d, "floods.py")
        with open(script, "w") as f:
            f.write("while True:\n    print('x' * 1000)\n")
        with open(os.path.join(d, "floods.out"), "w") as f:
            f.write("")
        start = time.time()
        r = run(["test", script], timeout=120)
        expect(r.returncode == 1, "the flooding script fails (status %d)" % r.returncode, r.stdout.decode()[-2000:])
        expect(b"stopped: more than 32 MiB of output" in r.stdout, "the runner stopped it", r.stdout.decode()[-2000:])
        expect(time.time() - start < 60, "promptly")


def case_long_exception_chain():
    r = run([os.path.join(HERE, "long_chain.py")])
    expect(r.returncode == 1, "exit status 1 (got %d)" % r.returncode)
    expect(last_line(r.stderr) == "lost sys.stderr", "CPython's output when the chain is too deep to print",
           r.stderr.decode())
    expect(b"object repr     : ValueError(1999)" in r.stderr, "the last exception is named")


def case_deep_exception_group():
    """An exception group nested 50,000 deep prints as CPython's (10 levels)."""
    script = os.path.join(HERE, "deep_group.py")
    ours = run([script])
    theirs = subprocess.run([sys.executable, script], stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120)

    def text(err):
        return [l for l in err.decode().replace(HERE + "/", "").splitlines() if l.strip(" |^~")]
    expect(ours.returncode == theirs.returncode == 1, "exit status 1 (coil %d)" % ours.returncode)
    expect(ours.stdout == theirs.stdout, "the same stdout")
    expect(text(ours.stderr) == text(theirs.stderr), "the same traceback (%d bytes)" % len(ours.stderr),
           ours.stderr.decode()[-3000:])


def case_huge_source_memory_error():
    """A source too big to compile under a memory limit gives MemoryError."""
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "huge.py")
        with open(path, "w") as f:
            f.write("x = [\n")
            f.write("1, 2, 3, 4, 5, 6, 7, 8,\n" * 400000)
            f.write("]\nprint(len(x))\n")
        limit = 256 << 20

        def apply_limit():
            import resource
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        r = run([path], preexec_fn=apply_limit, timeout=120)
        expect(r.returncode == 1, "exit status 1, not a crash (got %d)" % r.returncode, r.stderr.decode()[-2000:])
        expect(last_line(r.stderr) == "MemoryError", "MemoryError reported", r.stderr.decode()[-2000:])


CASES = {name[5:]: fn for name, fn in globals().items() if name.startswith("case_")}


def main():
    global COIL
    if len(sys.argv) != 3 or (sys.argv[2] not in CASES and sys.argv[2] != "all"):
        sys.exit("usage: process_checks.py COIL {%s|all}" % "|".join(CASES))
    COIL = os.path.abspath(sys.argv[1])
    # The children must start with SIGINT's default disposition even when
    # CTest runs in the background, where the shell ignores SIGINT.
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    for name, fn in CASES.items():
        if sys.argv[2] in (name, "all"):
            print("==", name)
            fn()


if __name__ == "__main__":
    main()
