#!/usr/bin/env python3
"""Re-run sample scripts and compare them with their committed goldens.

Usage: python3 tests/check_goldens.py [--python PY] [PATHS...]   (default: samples/)

Each NAME.py is run exactly as tests/make_goldens.py runs it (cwd = its folder,
stdin /dev/null, 60 s timeout, PYTHONHASHSEED=0 ...) with PY (default python3;
pass e.g. --python build/coil to check the interpreter). stdout must equal
NAME.out, stderr NAME.err (empty if absent) and the exit status NAME.code (0 if
absent). In stderr, lines made only of spaces, '^' and '~' (CPython 3.11's
caret lines) are ignored. A missing NAME.out counts as a failure.

Prints a unified diff per mismatch and, last, `N passed, N failed`; exits 1 on
any failure.
"""
import argparse
import concurrent.futures
import difflib
import os
import re
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_goldens import (JOBS, REPO, TIMEOUT, find_scripts, golden_paths, oracle_stdlib,  # noqa: E402
                          rel, run_script)

_CARET = re.compile(r'^[ |]*[\^~][ \^~]*$')


def _read(path):
    if not os.path.exists(path):
        return None
    with open(path, "rb") as f:
        return f.read()


def _lines(data):
    return data.decode("utf-8", errors="replace").splitlines(keepends=True)


def _strip_carets(lines):
    return [l for l in lines if not (_CARET.match(l.rstrip("\r\n")) and l.strip())]


def _diff(expected, actual, name, script):
    d = difflib.unified_diff(expected, actual, f"{rel(script)[:-3]}.{name} (expected)",
                             f"{rel(script)[:-3]}.{name} (actual)")
    text = "".join(l if l.endswith("\n") else l + "\n\\ No newline at end of file\n" for l in d)
    return text


def check_one(script, python, timeout):
    """Return a report string ('' when the script passes)."""
    out_p, err_p, code_p = golden_paths(script)
    exp_out = _read(out_p)
    if exp_out is None:
        return f"=== {rel(script)}: missing golden {rel(out_p)}\n"
    exp_err = _read(err_p) or b""
    exp_code = (_read(code_p) or b"0\n").decode().strip()

    out, err, code = run_script(script, python, timeout)
    report = []
    if code is None:
        report.append(f"timed out after {timeout}s\n")
    if out != exp_out:
        report.append(_diff(_lines(exp_out), _lines(out), "out", script)
                      or "stdout differs (bytes only, e.g. line endings)\n")
    e_lines, a_lines = _strip_carets(_lines(exp_err)), _strip_carets(_lines(err))
    if e_lines != a_lines:
        report.append(_diff(e_lines, a_lines, "err", script))
    if code is not None and str(code) != exp_code:
        report.append(f"exit status: expected {exp_code}, got {code}\n")
    if not report:
        return ""
    return f"=== {rel(script)}: FAILED\n" + "".join(report)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--python", default="python3",
                    help="interpreter command to run the samples with (default: python3)")
    ap.add_argument("-j", "--jobs", type=int, default=JOBS)
    ap.add_argument("--timeout", type=float, default=TIMEOUT)
    ap.add_argument("paths", nargs="*")
    args = ap.parse_args(argv)
    oracle_stdlib()
    paths = args.paths or [os.path.join(REPO, "samples")]
    scripts = find_scripts(paths)
    passed = failed = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        for report in pool.map(lambda s: check_one(s, args.python, args.timeout), scripts):
            if report:
                failed += 1
                sys.stdout.write(report)
            else:
                passed += 1
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
