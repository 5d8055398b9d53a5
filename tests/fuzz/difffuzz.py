#!/usr/bin/env python3
"""difffuzz: differential fuzzer for coil against CPython 3.11 (issue 9).

    python3 tests/fuzz/difffuzz.py [--coil PATH] [--python PATH] [--seed N]
        [--count N | --time SECONDS] [--jobs N] [--out DIR] [--keep-going]
    python3 tests/fuzz/difffuzz.py --replay FILE [--shrink]
    python3 tests/fuzz/difffuzz.py --seed N --print I      (program I of seed N)

Design (tests/fuzz/README.md has the user's view):

1. Generation (Gen).  A prelude (imports, a `show(f)` helper printing repr(f())
   or the error's type and message) and 12-30 independent chunks, each a few
   lines on one area: `show(lambda: EXPR)` probes over typed expressions built
   from boundary-value pools, list/dict/set mutations, control flow, calls
   with odd signatures, closures, classes, generators, one asyncio scenario,
   sometimes an escaping exception at the end.  Names carry the chunk number.
   Deterministic by construction (no ids, str hashes, string-set order, times,
   unclosed generators with `finally`, unawaited coroutines, sorts of mixed
   types); sizes are small or so huge that CPython fails at once.  Program i of
   seed S comes from random.Random("difffuzz:S:i").

2. Running (Runner, compare).  Both run the file in a temp dir (stdin
   /dev/null, PYTHONHASHSEED=0, C.UTF-8, an address-space limit, no cores);
   coil with --virtual-time.  compare() returns signatures: timeout, crash,
   status (exit status or last stderr line) and one per differing stdout line,
   keyed on the wrong error (coil's) or the missing one (CPython's) or else on
   both lines, numbers and strings masked.  CPython timing out skips the
   program; CPython disagreeing with itself marks it flaky.

3. Shrinking (Shrinker), on CPython's AST: ddmin over every statement list,
   statement rewrites, then expression rewrites (a sub-expression, a small
   constant, fewer elements, shorter strings) to a fixed point or the time
   budget; a candidate must compile without warnings and keep the signature.
   Findings (NNN.py, NNN.txt) are deduplicated by signature, also against the
   folder's earlier findings, and by the masked skeleton of the minimal program.
"""
import argparse
import ast
import collections
import concurrent.futures
import difflib
import os
import re
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import random
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))

# ---------------------------------------------------------------------------
# Value pools.  Every entry is an *atom* (a literal or a parenthesised
# expression), so the generator can splice it anywhere without precedence
# trouble.  Sizes are either small or absurd: CPython rejects the absurd ones
# immediately, while e.g. a width of 2**31 would allocate 2 GB.
# ---------------------------------------------------------------------------
SMALL = ["0", "1", "2", "3", "5", "7", "10", "100", "(-1)", "(-2)", "(-7)"]
EDGE = ["(2**31 - 1)", "(2**31)", "(-2**31)", "(-2**31 - 1)", "(2**32)", "(2**63 - 1)", "(2**63)",
        "(-2**63)", "(-2**63 - 1)", "(2**63 + 1)", "(2**64)", "(-2**64)", "(10**20)", "255", "256"]
INDEX = SMALL + ["(2**31)", "(-2**31)", "(2**63 - 1)", "(2**63)", "(-2**63)", "(-2**63 - 1)", "(2**64)"]
HUGE = ["(2**62)", "(2**63 - 1)", "(2**63)", "(-2**63)", "(2**64)", "(10**20)", "99999999999999999999"]
WIDTH = ["0", "1", "3", "8", "20", "(-1)", "(-5)"] + HUGE  # never 2**31: CPython would allocate 2 GB
BADSIZE = ["1.5", "'3'", "None", "True"]
REPEAT = ["0", "1", "2", "3", "(-1)", "(-2**63)", "(2**62)", "(2**63 - 1)", "(2**63)", "(2**64)"]
SHIFT = ["0", "1", "3", "31", "32", "63", "64", "65", "100", "(-1)", "(2**62)", "(2**63)"]
POWEXP = ["0", "1", "2", "3", "7", "31", "63", "64", "(-1)", "(-2)"]  # a fractional power of a negative is complex
NDIGITS = ["0", "1", "2", "3", "(-1)", "(-2)", "(2**63)", "(-2**63)", "400", "(-400)", "None"]
FLOATS = ["0.0", "(-0.0)", "1.5", "(-2.5)", "0.5", "2.675", "0.1", "0.3", "1e16", "1e308", "(-1e308)",
          "5e-324", "float('nan')", "float('inf')", "float('-inf')", "(2.0**63)", "3.141592653589793",
          "1e-07", "123456789.125", "(1/3)", "9007199254740993.0", "(-1.5)"]
STRS = ["''", "'a'", "'abc'", "'Hello, World'", "'a,b,,c'", "'  pad  '", "'tab\\there'", "'x\\ny\\n'",
        "'ünï'", "'AbC123'", "'1_000'", "' 42 '", "'-17'", "'3.5'", "'nan'", "'-inf'", "'0x1f'", "'aaa'",
        "'€uro'", "'\\t'", "'1e5'", "'straße'", "'a b  c'", "'12'", "'0b101'", "'hello world'"]
TABBED = ["'tab\\there'", "'x\\ny\\n'", "'a\\tbc\\td'", "'\\t'"]
SEPS = ["','", "' '", "'a'", "'ab'", "''", "None", "',,'"]
FMT_INT = ["d", "5d", "-5d", "05d", "+d", "x", "#x", "X", "o", "#o", "b", "#b", ",", "_", "_x", ",d", "c",
           "e", ".2f", "%", "n", "^9", "*^9", "=+8", ">{w}", "<{w}", "{w}d", ".{p}f", "08.{p}e", "g"]
FMT_FLT = [".2f", ".0f", ".{p}f", "e", ".3e", "g", ".{p}g", "%", ".1%", ",", ",.2f", "_.3f", "10.3f",
           "<{w}.2f", ">{w}", "^{w}", "+.1e", "08.2f", "#.0f", "r", ".{p}", "n", "d", "x"]
FMT_STR = ["", "s", ">8", "<8", "^8", "*^9", ".2", ".{p}", ">{w}", "<{w}.{p}", "d", "=5", "10.3s"]
PCT = ["%d", "%5d", "%-5d|", "%05d", "%+d", "%x", "%#X", "%o", "%c", "%e", "%.3f", "%g", "%s", "%r",
       "%10.4s|", "%-8r|", "%%%d", "%*d", "%.*f", "%99999999999999999999d", "%.99999999999999999999f",
       "%(a)s", "%i", "%u", "%a", "%5%", "%z"]
TIMEOUTS = ["0", "(-1)", "0.005", "0.015", "0.05", "1", "None", "float('inf')", "float('nan')"]
DELAYS = ["0", "0", "0.01", "0.02"]
EXC = ["ValueError", "TypeError", "KeyError", "IndexError", "RuntimeError", "ZeroDivisionError",
       "AttributeError", "LookupError", "ArithmeticError", "Exception"]
KINDS = ["int", "int", "float", "str", "str", "list", "tuple", "dict", "bool"]

PRELUDE = '''import asyncio
import math
import sys


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
'''


def recv(s):
    """A method receiver: `5 .x` and `-1 .x` need parentheses."""
    return f"({s})" if s[:1].isdigit() or s.startswith("-") else s


class Gen:
    """Random program generator.  e_<kind>(d) returns an expression string of
    roughly that kind (it may raise at run time; show() reports that) of
    nesting depth at most d; c_<area>(k) returns the text of chunk number k."""

    def __init__(self, rng):
        self.r = rng
        self.vars = {k: [] for k in ("int", "float", "str", "list", "tuple", "dict", "bool")}

    # -- helpers -------------------------------------------------------------
    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p):
        return self.r.random() < p

    def some(self, fn, lo, hi):
        return [fn() for _ in range(self.r.randint(lo, hi))]

    def expr(self, kind, d=2):
        return getattr(self, "e_" + kind)(d)

    def e_any(self, d):
        return self.expr(self.pick(KINDS), d)

    def leaf(self, kind, pool):
        if self.vars.get(kind) and self.chance(0.2):
            return self.pick(self.vars[kind])
        return self.pick(pool)

    def arg(self, pool, d=1):
        """An argument drawn from a boundary pool, occasionally anything."""
        r = self.r.random()
        if r < 0.08:
            return self.e_any(d)
        if r < 0.2:
            return self.e_int(d)
        return self.pick(pool)

    # -- expressions -----------------------------------------------------------
    def e_int(self, d):
        if d <= 0 or self.chance(0.25):
            return self.leaf("int", SMALL + EDGE)
        d -= 1
        i, f, s, l = (lambda: self.e_int(d)), (lambda: self.e_float(d)), (lambda: self.e_str(d)), (lambda: self.e_list(d))
        return self.pick([
            lambda: f"({i()} {self.pick(['+', '-', '*', '//', '%', '+', '-', '*'])} {i()})",
            lambda: f"({i()} {self.pick(['&', '|', '^'])} {i()})",
            lambda: f"({i()} {self.pick(['<<', '>>'])} {self.pick(SHIFT)})",
            lambda: f"({recv(self.pick(SMALL + EDGE))} ** {self.pick(POWEXP)})",
            lambda: f"pow({i()}, {i()}, {self.pick(SMALL + EDGE)})",
            lambda: f"{self.pick(['-', '~', '+', 'abs', 'int', 'bool'])}({i()})",
            lambda: f"int({f()})", lambda: f"int({s()})",
            lambda: f"int({self.pick(STRS)}, {self.pick(['0', '2', '10', '16', '36', '1', '37', '(-1)'])})",
            lambda: f"round({f()})", lambda: f"round({i()}, {self.pick(['0', '(-1)', '(-2)', '2', '(-20)'])})",
            lambda: f"math.{self.pick(['floor', 'ceil', 'trunc'])}({f()})",
            lambda: f"len({self.pick([s, l, lambda: self.e_dict(d), lambda: self.e_tuple(d)])()})",
            lambda: f"{recv(s())}.{self.pick(['find', 'rfind', 'index', 'count', 'rindex'])}"
                    f"({self.pick(STRS)}, {self.arg(INDEX)}, {self.arg(INDEX)})",
            lambda: f"{recv(l())}.{self.pick(['index', 'count'])}({self.e_any(0)})",
            lambda: f"{l()}.index({self.e_any(0)}, {self.arg(INDEX)}, {self.arg(INDEX)})",
            lambda: f"ord({s()})", lambda: f"sum({self.e_list_of('int', d)})",
            lambda: f"{self.pick(['min', 'max'])}({self.e_list_of('int', d)})",
            lambda: f"{self.pick(['min', 'max'])}({i()}, {i()}, {f()})",
            lambda: f"divmod({i()}, {i()})[{self.pick(['0', '1', '(-1)'])}]",
            lambda: f"{recv(self.pick(SMALL + EDGE))}.{self.pick(['bit_length', 'bit_count'])}()",
            lambda: f"({i()} if {self.e_bool(d)} else {i()})",
            lambda: f"range({self.arg(EDGE)}, {self.arg(EDGE)}, "
                    f"{self.pick(['1', '2', '(-1)', '(-3)', '(2**63)', '(-2**63)', '0'])})"
                    f"[{self.arg(INDEX)}]",
            lambda: f"len(range({self.arg(EDGE)}, {self.arg(EDGE)}, "
                    f"{self.pick(['1', '3', '(-1)', '(2**62)', '(-2**64)'])}))",
            lambda: f"range({self.arg(EDGE)}, {self.arg(EDGE)}).{self.pick(['index', 'count'])}({self.pick(EDGE + SMALL)})",
            lambda: f"hash({self.pick(SMALL + EDGE + FLOATS[:8])})",
            lambda: f"math.{self.pick(['gcd', 'lcm'])}({i()}, {i()})",
            lambda: f"math.isqrt({i()})", lambda: f"math.comb({self.pick(SMALL)}, {self.pick(SMALL)})",
        ])()

    def e_float(self, d):
        if d <= 0 or self.chance(0.25):
            return self.leaf("float", FLOATS)
        d -= 1
        i, f, s = (lambda: self.e_int(d)), (lambda: self.e_float(d)), (lambda: self.e_str(d))
        return self.pick([
            lambda: f"({f()} {self.pick(['+', '-', '*', '/', '//', '%'])} {self.pick([f, i])()})",
            lambda: f"({i()} / {i()})",
            lambda: f"({f()} ** {self.pick(POWEXP)})",
            lambda: f"(abs({f()}) ** {self.pick(['0.5', '(-0.5)', '1.5', '(-2.5)', '2.675', 'math.inf'])})",
            lambda: f"float({self.pick(STRS + SMALL + EDGE + ['(2**1024)', '(10**400)'])})",
            lambda: f"float({s()})",
            lambda: f"round({f()}, {self.pick(NDIGITS)})",
            lambda: f"math.{self.pick(['sqrt', 'fabs', 'exp', 'log', 'log2', 'log10', 'sin', 'atan', 'floor'])}({f()})",
            lambda: f"math.{self.pick(['copysign', 'fmod', 'hypot', 'atan2', 'pow', 'remainder'])}({f()}, {f()})",
            lambda: f"math.fsum({self.e_list_of('float', d)})", lambda: f"sum({self.e_list_of('float', d)})",
            lambda: f"abs({f()})", lambda: f"-{f()}",
            lambda: f"divmod({f()}, {self.pick([f, i])()})[{self.pick(['0', '1'])}]",
            lambda: f"{self.pick(['min', 'max'])}({f()}, {f()})",
            lambda: f"({f()} if {self.e_bool(d)} else {f()})",
            lambda: f"float.fromhex({self.pick(['0x1p-1074', '0x1.8p1', 'inf', '-0x0p+0', 'zz'])!r})",
            lambda: f"{recv(self.pick(FLOATS))}.{self.pick(['is_integer', 'hex', 'as_integer_ratio', 'conjugate'])}()",
            lambda: f"math.{self.pick(['inf', 'nan', 'pi', 'e', 'tau'])}",
        ])()

    def e_str(self, d):
        if d <= 0 or self.chance(0.2):
            return self.leaf("str", STRS)
        d -= 1
        a, s, i = (lambda: self.e_any(d)), (lambda: self.e_str(d)), (lambda: self.e_int(d))
        meth0 = ["upper", "lower", "title", "capitalize", "swapcase", "strip", "lstrip", "rstrip", "casefold",
                 "splitlines", "isdigit", "isalpha", "isspace", "isidentifier", "isupper", "istitle", "isnumeric"]
        return self.pick([
            lambda: f"({s()} + {s()})", lambda: f"({s()} * {self.pick(REPEAT)})",
            lambda: f"str({a()})", lambda: f"repr({a()})", lambda: f"ascii({s()})",
            lambda: f"{s()}[{self.slice()}]", lambda: f"{s()}[{self.arg(INDEX)}]",
            lambda: f"{recv(s())}.{self.pick(meth0)}()",
            lambda: f"{recv(s())}.{self.pick(['strip', 'lstrip', 'rstrip'])}({self.pick(STRS + ['None'])})",
            lambda: f"{recv(s())}.{self.pick(['center', 'ljust', 'rjust'])}({self.pick(WIDTH + BADSIZE)}"
                    f"{self.pick(['', ', ' + repr(self.pick(['*', '-', '€', 'ab', '']))])})",
            lambda: f"{recv(s())}.zfill({self.pick(WIDTH + BADSIZE)})",
            lambda: f"{self.pick(TABBED)}.expandtabs({self.pick(WIDTH + BADSIZE + ['(2**31)', '(-2**31)'])})",
            lambda: f"{recv(s())}.replace({self.pick(STRS)}, {self.pick(STRS)}{self.pick(['', ', ' + self.arg(INDEX)])})",
            lambda: f"{recv(self.pick(SEPS[:5]))}.join("
                    f"{self.pick([lambda: self.e_list_of('str', d), s, lambda: self.e_list(d)])()})",
            lambda: f"{recv(s())}.{self.pick(['removeprefix', 'removesuffix'])}({self.pick(STRS)})",
            lambda: f"{recv(s())}.{self.pick(['startswith', 'endswith'])}({self.pick(STRS)}, {self.arg(INDEX)})",
            lambda: f"chr({self.pick(['65', '0x20ac', '0x10ffff', '0x110000', '(-1)', '(2**31)', '55296', '97'])})",
            lambda: f"{self.pick(['hex', 'oct', 'bin'])}({i()})",
            lambda: f"format({i()}, {self.fmt(FMT_INT)!r})",
            lambda: f"format({self.e_float(d)}, {self.fmt(FMT_FLT)!r})",
            lambda: f"format({s()}, {self.fmt(FMT_STR)!r})",
            lambda: self.fstring(d), lambda: self.strformat(d), lambda: self.percent(d),
            lambda: f"''.join(reversed({s()}))", lambda: f"' '.join(map(str, {self.e_list(d)}))",
            lambda: f"{recv(s())}.translate("
                    f"{{{self.pick(['97', '32', '0x20ac'])}: {self.pick(['None', repr('xy'), '65'])}}})",
            lambda: f"({s()} if {self.e_bool(d)} else {s()})",
            lambda: f"str({self.pick(SMALL + EDGE)} ** {self.pick(['10', '100', '500', '1000'])})",
        ])()

    def fmt(self, pool):
        spec = self.pick(pool)
        return spec.replace("{w}", self.pick(["0", "1", "12", "99999999999999999999", "9223372036854775807"])) \
                   .replace("{p}", self.pick(["0", "1", "3", "17", "60", "400", "99999999999999999999", "2147483648"]))

    def fstring(self, d):
        kind = self.pick(["int", "float", "str"])
        spec = self.pick({"int": FMT_INT, "float": FMT_FLT, "str": FMT_STR}[kind])
        spec = spec.replace("{w}", "{" + self.pick(WIDTH[:7] + ["(10**20)", "(2**63 - 1)"]) + "}") \
                   .replace("{p}", "{" + self.pick(["0", "2", "17", "(2**31)", "(-1)"]) + "}")
        conv, e = self.pick(["", "", "", "!r", "!s", "!a"]), self.expr(kind, d)
        body = f"<{{{e}{conv}{':' + spec if spec else ''}}}>"
        # 3.11 forbids backslashes and the f-string's own quote inside {...}
        quote = next((q for q in ("'", '"', "'''", '"""') if q[0] not in e), None)
        if "\\" in e or quote is None:
            return f"format({e}, {spec!r})"
        return f"f{quote}{body}{quote}"

    def strformat(self, d):
        kind = self.pick(["int", "float", "str"])
        spec = self.pick({"int": FMT_INT, "float": FMT_FLT, "str": FMT_STR}[kind])
        w, p = self.pick(WIDTH[:7] + ["(10**20)"]), self.pick(["0", "2", "17", "(2**31)", "(-1)"])
        tpl = self.pick(["{0:%s}|{0!r}", "{:%s}", "[{x:%s}]", "{0:%s}{1}", "{}{}{:%s}", "{0[0]:%s}", "{:%s}{{}}"])
        return f"{tpl.replace('%s', spec)!r}.format({self.expr(kind, d)}, x={self.e_int(0)}, w={w}, p={p})"

    def percent(self, d):
        specs = self.some(lambda: self.pick(PCT), 1, 2)
        args = []
        for sp in specs:
            if "*" in sp:
                args.append(self.pick(WIDTH + BADSIZE))
            args.append(self.pick([lambda: self.e_int(d), lambda: self.e_float(d), lambda: self.e_str(d)])())
        if "%(a)s" in specs:
            return f"{''.join(specs)!r} % {{'a': {args[0]}}}"
        if len(args) == 1 and self.chance(0.7):
            return f"{''.join(specs)!r} % {args[0]}"
        return f"{''.join(specs)!r} % ({', '.join(args)}{',' if len(args) == 1 else ''})"

    def slice(self):
        parts = [self.pick(INDEX + ["None", ""]) if self.chance(0.7) else "" for _ in range(2)]
        step = self.pick(["", "1", "2", "(-1)", "(-2)", "3", "0", "(2**63)", "(-2**63)", "(-2**63 - 1)",
                          "(2**63 - 1)", "(-2**64)", "None"])
        return f"{parts[0]}:{parts[1]}:{step}" if step or self.chance(0.5) else f"{parts[0]}:{parts[1]}"

    def e_list_of(self, kind, d):
        """A small homogeneous list, sortable (no NaN).  Lists of mixed types are
        never sorted: the order of comparisons (hence which TypeError, and the
        state a failed sort leaves) is a detail of CPython's timsort."""
        pool = {"int": SMALL + EDGE, "float": [f for f in FLOATS if "nan" not in f], "str": STRS}[kind]
        return "[" + ", ".join(self.pick(pool) for _ in range(self.r.randint(0, 5))) + "]"

    def e_list(self, d):
        if d <= 0 or self.chance(0.2):
            if self.vars["list"] and self.chance(0.3):
                return self.pick(self.vars["list"])
            return "[" + ", ".join(self.e_any(0) for _ in range(self.r.randint(0, 4))) + "]"
        d -= 1
        l, s, a = (lambda: self.e_list(d)), (lambda: self.e_str(d)), (lambda: self.e_any(d))
        start, step = self.pick(EDGE + SMALL), self.pick(["1", "2", "(-1)", "(-3)", "(2**62)", "(-2**63)"])
        return self.pick([
            lambda: "[" + ", ".join(self.e_any(d) for _ in range(self.r.randint(0, 4))) + "]",
            lambda: f"list(range({start}, {start} + {self.r.randint(-2, 6)} * {step}, {step}))",
            lambda: f"list(range({self.pick(SMALL)}, {self.pick(SMALL)}))",
            lambda: f"sorted({self.e_list_of(self.pick(['int', 'str', 'float']), d)}"
                    f"{self.pick(['', ', reverse=True', ', key=abs', ', key=str'])})",
            lambda: f"[{self.pick(['x', 'x * 2', 'str(x)', '(x, x)', 'x % 3', '-x'])} for x in {self.e_list_of('int', d)}"
                    f"{self.pick(['', ' if x', ' if x > 0', ' if x % 2 == 0'])}]",
            lambda: f"{recv(s())}.{self.pick(['split', 'rsplit'])}("
                    f"{self.pick(SEPS)}{self.pick(['', ', ' + self.arg(INDEX)])})",
            lambda: f"list({self.pick([s, l, lambda: self.e_tuple(d), lambda: self.e_dict(d)])()})",
            lambda: f"({l()} + {l()})", lambda: f"({l()} * {self.pick(REPEAT)})",
            lambda: f"{l()}[{self.slice()}]", lambda: f"list(reversed({l()}))",
            lambda: f"list(enumerate({l()}, {self.arg(EDGE + SMALL)}))",
            lambda: f"list(zip({l()}, {s()}))",
            lambda: f"list(map({self.pick(['str', 'repr', 'bool', 'abs', 'int', 'len'])}, {l()}))",
            lambda: f"list(filter(None, {l()}))", lambda: f"sorted({self.e_dict(d)}, key=repr)",
            lambda: f"list({self.e_dict(d)}.{self.pick(['keys', 'values', 'items'])}())",
            lambda: (lambda kind: f"sorted(set({self.e_list_of(kind, d)}) {self.pick(['|', '&', '-', '^'])} "
                                  f"set({self.e_list_of(kind, d)}))")(
                self.pick(["int", "str"])),
            lambda: f"list(divmod({self.pick([lambda: self.e_int(d), lambda: self.e_float(d)])()}, {self.e_int(d)}))",
            lambda: f"[{a()}, *{l()}, *{s()}]",
        ])()

    def e_tuple(self, d):
        if d <= 0 or self.chance(0.2):
            items = [self.e_any(0) for _ in range(self.r.randint(0, 3))]
            return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"
        d -= 1
        t, a = (lambda: self.e_tuple(d)), (lambda: self.e_any(d))
        return self.pick([
            lambda: f"({a()}, {a()})", lambda: f"tuple({self.e_list(d)})", lambda: f"{t()}[{self.slice()}]",
            lambda: f"divmod({self.e_int(d)}, {self.pick([lambda: self.e_int(d), lambda: self.e_float(d)])()})",
            lambda: f"{recv(self.e_str(d))}.{self.pick(['partition', 'rpartition'])}({self.pick(STRS)})",
            lambda: f"({t()} + {t()})", lambda: f"({t()} * {self.pick(REPEAT)})",
            lambda: f"{recv(self.pick(FLOATS))}.as_integer_ratio()",
            lambda: f"tuple(sorted({self.e_list_of('str', d)}, key=len))",
            lambda: f"{t()}.{self.pick(['index', 'count'])}({self.e_any(0)})",
            lambda: f"({self.e_bool(d)}, {t()} {self.pick(['<', '==', '>='])} {t()})",
        ])()

    def e_dict(self, d):
        if d <= 0 or self.chance(0.2):
            if self.vars["dict"] and self.chance(0.3):
                return self.pick(self.vars["dict"])
            return "{" + ", ".join(f"{self.pick(SMALL + STRS[:6] + FLOATS[:4])}: {self.e_any(0)}"
                                   for _ in range(self.r.randint(0, 4))) + "}"
        d -= 1
        dd = lambda: self.e_dict(d)
        return self.pick([
            lambda: f"dict(zip({self.e_list_of('str', d)}, {self.e_list(d)}))",
            lambda: f"{{x: {self.pick(['x * x', 'str(x)', 'x % 2'])} for x in {self.e_list_of('int', d)}}}",
            lambda: f"({dd()} | {dd()})", lambda: f"{{**{dd()}, **{dd()}}}",
            lambda: f"dict.fromkeys({self.e_list_of(self.pick(['int', 'str']), d)}, {self.e_any(0)})",
            lambda: f"dict({self.pick(['a=1, b=2', '[(1, 2), (3, 4)]', '[(1, 2, 3)]', 'x=[]', ''])})",
        ])()

    def e_bool(self, d):
        if d <= 0 or self.chance(0.15):
            return self.pick(["True", "False", "(1 == 1.0)", "(0.0 == -0.0)", "(float('nan') == float('nan'))"])
        d -= 1
        a, i, f = (lambda: self.e_any(d)), (lambda: self.e_int(d)), (lambda: self.e_float(d))
        cmp = lambda: self.pick(["<", "<=", "==", "!=", ">", ">="])
        return self.pick([
            lambda: f"({i()} {cmp()} {self.pick([i, f])()})", lambda: f"({f()} {cmp()} {f()})",
            lambda: f"({i()} {cmp()} {i()} {cmp()} {f()})",
            lambda: f"({a()} {self.pick(['==', '!=', 'in', 'not in', '<'])} {a()})",
            lambda: f"({self.e_any(0)} in "
                    f"{self.pick([lambda: self.e_list(d), lambda: self.e_dict(d), lambda: self.e_str(d)])()})",
            lambda: f"({self.pick(EDGE + SMALL)} in range({self.arg(EDGE)}, {self.arg(EDGE)}, "
                    f"{self.pick(['1', '(-1)', '7', '(2**63)'])}))",
            lambda: f"(not {a()})", lambda: f"bool({a()})",
            lambda: f"({a()} {self.pick(['and', 'or'])} {a()})",
            lambda: f"isinstance({a()}, {self.pick(['int', 'float', 'str', '(int, float)', 'bool', 'list', 'object'])})",
            lambda: f"{self.pick(['any', 'all'])}({self.e_list(d)})",
            lambda: f"math.{self.pick(['isnan', 'isinf', 'isfinite'])}({f()})",
            lambda: f"math.isclose({f()}, {f()})",
            lambda: f"({self.e_list(d)} {cmp()} {self.e_list(d)})", lambda: f"({self.e_str(d)} {cmp()} {self.e_str(d)})",
        ])()

    # -- statement helpers -----------------------------------------------------
    @staticmethod
    def indent(lines, n=1):
        return [("    " * n + ln) if ln else ln for ln in lines]

    def guard(self, lines):
        """Run lines, printing an exception instead of propagating it."""
        return ["try:"] + self.indent(lines) + ["except Exception as e:", "    print(type(e).__name__, e)"]

    def show(self, e):
        return f"show(lambda: {e})"

    # -- chunks ------------------------------------------------------------------
    def chunk(self, k):
        areas = [(self.c_probes, 10), (self.c_assign, 3), (self.c_list_ops, 3), (self.c_dict_ops, 2),
                 (self.c_set_ops, 1), (self.c_format, 3), (self.c_ranges, 2), (self.c_control, 3),
                 (self.c_functions, 2), (self.c_closures, 2), (self.c_classes, 2), (self.c_generators, 2),
                 (self.c_comprehensions, 2), (self.c_exceptions, 2)]
        fn = self.r.choices([a for a, _ in areas], [w for _, w in areas])[0]
        return "\n".join(fn(k)) + "\n"

    def c_probes(self, k):
        return [self.show(self.expr(self.pick(KINDS), self.r.randint(1, 3))) for _ in range(self.r.randint(2, 6))]

    def c_assign(self, k):
        kind = self.pick(["int", "float", "str", "list", "dict", "tuple"])
        v = f"{kind[0]}{k}"
        # Variables only ever hold literals: a value that coil computed wrongly
        # would make every later use of it diverge too (consequences, not bugs).
        lines = [f"{v} = {self.expr(kind, 0)}", f"print(repr({v}))", self.show(self.expr(kind, 2))]
        self.vars[kind].append(v)
        return lines

    def c_list_ops(self, k):
        v = f"lst{k}"
        lines = [f"{v} = {self.pick([self.e_list_of('int', 1), self.e_list(0), 'list(range(5))'])}"]
        for _ in range(self.r.randint(3, 8)):
            op = self.pick([
                f"{v}.insert({self.arg(INDEX)}, {self.e_any(0)})", f"{v}.pop({self.arg(INDEX)})", f"{v}.pop()",
                f"{v}.append({self.e_any(0)})", f"{v}.extend({self.e_any(1)})", f"{v}.remove({self.e_any(0)})",
                f"{v}.index({self.e_any(0)}, {self.arg(INDEX)})", f"{v}.count({self.e_any(0)})",
                f"{v}.reverse()", f"{v}.sort(key=repr)", f"{v}.sort(key=str, reverse=True)", f"{v}.copy()",
                f"{v}[{self.arg(INDEX)}]", f"{v}[{self.slice()}]", f"len({v})", f"{v} * {self.pick(REPEAT)}",
            ])
            stmt = self.pick([
                f"{v}[{self.arg(INDEX)}] = {self.e_any(0)}", f"del {v}[{self.arg(INDEX)}]",
                f"{v}[{self.slice()}] = {self.e_list(0)}", f"del {v}[{self.slice()}]",
                f"{v} += {self.e_any(0)}", f"{v} *= {self.pick(REPEAT[:5])}", f"{v}.clear()",
                f"{v}[{self.pick(SMALL)}:{self.pick(SMALL)}] = {self.e_str(0)}",
            ])
            if self.chance(0.6):
                lines.append(self.show(op))
            else:
                lines += self.guard([stmt])
            lines.append(f"print({v})")
        return lines

    def c_dict_ops(self, k):
        v = f"dct{k}"
        keys = SMALL[:5] + STRS[:5] + ["1.0", "True", "(1, 2)", "None"]
        lines = [f"{v} = {self.e_dict(0)}"]
        for _ in range(self.r.randint(3, 7)):
            kk = self.pick(keys)
            op = self.pick([
                f"{v}.pop({kk})", f"{v}.pop({kk}, {self.e_any(0)})", f"{v}.get({kk})",
                f"{v}.setdefault({kk}, {self.e_any(0)})",
                f"{v}.popitem()", f"{v}[{kk}]", f"{kk} in {v}", f"list({v}.items())", f"{v}.update({self.e_dict(0)})",
                f"{v} | {self.e_dict(0)}", f"len({v})", f"list(reversed({v}))", f"{v} == {self.e_dict(0)}",
                f"{v}.update([({kk}, 1), (2, 3, 4)])", f"{v}[[]]",
            ])
            if self.chance(0.65):
                lines.append(self.show(op))
            else:
                lines += self.guard([self.pick([f"{v}[{kk}] = {self.e_any(0)}", f"del {v}[{kk}]", f"{v} |= {self.e_dict(0)}",
                                                f"for key in {v}:\n        {v}[str(key) + 'x'] = 1"])])
            lines.append(f"print({v})")
        return lines

    def c_set_ops(self, k):
        a, b = f"sa{k}", f"sb{k}"
        ints = lambda: "{" + ", ".join(self.pick(SMALL + EDGE) for _ in range(self.r.randint(1, 5))) + "}"
        lines = [f"{a} = {ints()}", f"{b} = set({self.e_list_of('int', 1)})",
                 f"print({{{', '.join(self.pick(['0', '1', '2', '3', '5', '7', '10']) for _ in range(4))}}})"]
        for _ in range(self.r.randint(2, 6)):
            lines.append(self.show(self.pick([
                f"sorted({a} {self.pick(['|', '&', '-', '^'])} {b})",
                f"{a} {self.pick(['<', '<=', '>', '>=', '==', '!='])} {b}",
                f"len({a})", f"{self.pick(SMALL + EDGE)} in {a}", f"sorted({a}.union({self.e_list_of('int', 1)}))",
                f"{a}.isdisjoint({b})", f"{a}.remove({self.pick(SMALL)})", f"{a}.discard({self.pick(SMALL)})",
                f"{a}.add({self.pick(SMALL + EDGE)})", f"sorted({a})", f"sorted(frozenset({b}) | {a})",
                f"{a}.add([])", f"sorted({{x % 5 for x in {a}}})"])))
        return lines

    def c_format(self, k):
        return [self.show(self.pick([lambda: self.fstring(1), lambda: self.strformat(1), lambda: self.percent(1)])())
                for _ in range(self.r.randint(2, 5))]

    def c_ranges(self, k):
        r = f"rg{k}"
        lines = [f"{r} = range({self.pick(EDGE + SMALL)}, {self.pick(EDGE + SMALL)}, "
                 f"{self.pick(['1', '2', '(-1)', '(-7)', '(2**63)', '(-2**63)', '(2**64)'])})",
                 f"print({r})"]
        for _ in range(self.r.randint(2, 6)):
            lines.append(self.show(self.pick([
                f"len({r})", f"{r}[{self.arg(INDEX)}]", f"{r}[{self.slice()}]", f"{self.pick(EDGE + SMALL)} in {r}",
                f"{r}.index({self.pick(EDGE + SMALL)})", f"{r}.count({self.pick(EDGE + SMALL)})", f"bool({r})",
                f"next(reversed({r}))", f"{r} == range({self.pick(SMALL)})", f"({r}.start, {r}.stop, {r}.step)",
                f"list(zip(range(3), {r}))", f"list(enumerate('abc', {self.arg(EDGE)}))",
                f"[i for i, _ in zip({r}, range(4))]"])))
        return lines

    def c_control(self, k):
        n = self.r.randint(0, 6)
        i, acc = f"i{k}", f"acc{k}"
        body = self.pick([
            [f"if {i} % {self.pick(['2', '3'])} == 0:", "    continue", f"{acc}.append({i} * {self.pick(SMALL)})",
             f"if len({acc}) > {self.r.randint(1, 4)}:", "    break"],
            [f"try:", f"    {acc}.append({self.pick(SMALL)} // ({i} - {self.r.randint(0, 3)}))",
             "except ZeroDivisionError as e:", f"    {acc}.append(str(e))", "    continue",
             "finally:", f"    {acc}.append('f')"],
            [f"{acc}.append({self.pick(['str', 'repr', 'float', 'hex'])}({i}))",
             f"if {i} == {self.r.randint(0, 5)}:", "    break"],
        ])
        lines = [f"{acc} = []", f"for {i} in {self.pick([f'range({n})', self.e_list_of('int', 0)])}:"]
        lines += self.indent(body)
        lines += ["else:", f"    {acc}.append('else')", f"print({acc})"]
        if self.chance(0.6):
            w = f"w{k}"
            lines += [f"{w} = {self.r.randint(0, 5)}", f"while {w} > 0:", f"    {w} -= 1",
                      f"    if {w} == {self.r.randint(0, 3)}:", "        break",
                      f"    print('w', {w}, end=' ')", "else:", "    print('no break', end='')", "print()"]
        if self.chance(0.5):
            lines.append(self.show(f"[{self.pick(['x', 'y', 'x * y', 'x + y'])} for x in range({self.r.randint(0, 4)})"
                                   f" for y in range(x){self.pick(['', ' if y % 2', ' if x != y'])}]"))
        return lines

    def c_functions(self, k):
        f = f"fn{k}"
        params = self.pick(["a, b=2, *args, c=3, **kw", "a, /, b, *, c", "a=1, b=[]", "*args",
                            "a, b, c=None, *rest", "a, *, b, **kw", "**kw"])
        names = [p.strip("*/ ").split("=")[0] for p in params.split(",") if p.strip("*/ ")]
        body = ["b.append(a)", "return b"] if params == "a=1, b=[]" else [f"return ({', '.join(names)},)"]
        lines = [f"def {f}({params}):"] + self.indent(body)
        names = ["a", "b", "c", "d", "kw", "args"]
        for _ in range(self.r.randint(2, 6)):
            pos = [self.e_any(0) for _ in range(self.r.randint(0, 4))]
            kws = [f"{nm}={self.e_any(0)}" for nm in self.r.sample(names, self.r.randint(0, 2))]
            extra = self.pick(["", "", f"*{self.e_list(0)}", f"**{{'c': 5}}", "**{'a': 1, 'b': 2}"])
            lines.append(self.show(f"{f}({', '.join(pos + kws + ([extra] if extra else []))})"))
        if self.chance(0.4):
            lines.append(self.show(f"({f}.__name__, {f}.__defaults__, {f}.__code__.co_argcount)"))
        return lines

    def c_closures(self, k):
        n = self.r.randint(0, 5)
        return self.pick([
            [f"def counter{k}(start={self.pick(SMALL + EDGE)}):", "    n = start", "    def inc(step=1):",
             "        nonlocal n", "        n += step", "        return n", "    return inc",
             f"c{k} = counter{k}()", self.show(f"[c{k}() for _ in range({n})]"), self.show(f"c{k}({self.e_int(1)})")],
            [f"fs{k} = [lambda: i for i in range({n})]", self.show(f"[f() for f in fs{k}]"),
             f"gs{k} = [lambda i=i: i * {self.pick(SMALL)} for i in range({n})]", self.show(f"[g() for g in gs{k}]")],
            [f"def deco{k}(fn):", "    def wrapper(*a, **kw):", "        print('call', fn.__name__, a)",
             "        r = fn(*a, **kw)", "        print('ret', r)", "        return r", "    return wrapper",
             f"@deco{k}", f"def sq{k}(x):", "    return x * x", self.show(f"sq{k}({self.e_int(1)})"),
             self.show(f"sq{k}.__name__")],
            [f"def fact{k}(m):", "    return 1 if m <= 1 else m * fact{k}(m - 1)".replace("{k}", str(k)),
             self.show(f"fact{k}({self.r.randint(0, 40)})"), self.show(f"fact{k}({self.pick(['2.5', '-3', '1e0'])})")],
            [f"total{k} = 0", f"def add{k}(v):", f"    global total{k}", f"    total{k} += v", f"    return total{k}",
             self.show(f"[add{k}(x) for x in {self.e_list_of('int', 1)}]"), self.show(f"add{k}({self.e_any(0)})")],
            [f"def ubl{k}():", f"    x = {self.e_int(0)}", "    def inner():",
             "        x += 1" if self.chance(0.5) else "        return x", "    return inner()", self.show(f"ubl{k}()")],
        ])

    def c_classes(self, k):
        B, S = f"Base{k}", f"Sub{k}"
        lines = [f"class {B}:", "    count = 0", f"    def __init__(self, x, y={self.e_any(0)}):", "        self.x = x",
                 "        self.y = y", f"        {B}.count += 1", "    def __repr__(self):",
                 f"        return f'{B}({{self.x!r}}, {{self.y!r}})'", "    def __eq__(self, other):",
                 f"        if not isinstance(other, {B}):", "            return NotImplemented",
                 "        return (self.x, self.y) == (other.x, other.y)"]
        if self.chance(0.6):
            lines += ["    def __lt__(self, other):", "        return (self.x, self.y) < (other.x, other.y)"]
        if self.chance(0.5):
            lines += ["    def __hash__(self):", "        return hash((self.x, self.y))"]
        lines += ["    @property", "    def total(self):", "        return self.x + self.y"]
        if self.chance(0.5):
            lines += ["    @total.setter", "    def total(self, v):", "        self.x = v - self.y"]
        lines += self.indent(self.pick([
            ["def __len__(self):", "    return self.x", "def __bool__(self):", "    return self.x != 0"],
            ["def __add__(self, other):", f"    return {B}(self.x + other.x, self.y + other.y)",
             "def __radd__(self, other):", "    return self if other == 0 else NotImplemented"],
            ["def __getitem__(self, i):", "    return (self.x, self.y)[i]",
             "def __contains__(self, v):", "    return v == self.x"],
            ["def __str__(self):", "    return 'B<' + str(self.x) + '>'", "@classmethod",
             "def make(cls, v):", "    return cls(v, v)", "@staticmethod", "def twice(v):", "    return v * 2"],
        ]))
        lines += [f"class {S}({B}):", f"    def __init__(self, x, y=0, z={self.e_any(0)}):", "        super().__init__(x, y)",
                  "        self.z = z", "    def __repr__(self):", f"        return '{S}(' + repr(self.x) + ', ' + repr(self.z) + ')'",
                  "    @property", "    def total(self):", "        return super().total * 2"]
        objs = [f"{self.pick([B, S])}({self.e_any(0)}, {self.e_any(0)})" for _ in range(3)]
        lines.append(f"objs{k} = [{', '.join(objs)}]")
        for _ in range(self.r.randint(3, 7)):
            o, o2 = f"objs{k}[{self.r.randint(0, 2)}]", f"objs{k}[{self.r.randint(0, 2)}]"
            probe = self.pick([
                f"{o}", f"{o}.total", f"str({o})", f"{o} == {o2}", f"{o} != {o2}", f"{o} < {o2}",
                f"min(objs{k})", f"max(objs{k})", f"{o}.nope", f"len({o})", f"bool({o})", f"{o} + {o2}", f"sum(objs{k})", f"{o}[{self.pick(INDEX[:6])}]",
                f"{self.e_any(0)} in {o}", f"{B}.make(3)", f"{o}.twice(4)", f"{B}.count", f"type({o}).__name__",
                f"(isinstance({o}, {B}), issubclass({S}, {B}), issubclass({B}, {S}))", f"{S}.__mro__",
                f"{o}.__dict__", f"vars({o})", f"{B}()", f"{S}(1, 2, 3, 4)", f"hash({o}) == hash({o2})",
                f"{o} in objs{k}", f"objs{k}.index({o2})", f"{{{o}: 1}}", f"getattr({o}, 'x', 'dflt')",
                f"hasattr({o}, 'z')", f"[{o}.x for _ in range(2)]", f"{o}.__class__.__name__"])
            lines.append(self.show(probe))
        if self.chance(0.5):
            lines += self.guard([f"{self.pick(['objs' + str(k) + '[0]', 'objs' + str(k) + '[1]'])}.total = {self.e_int(0)}",
                                 f"print(objs{k})"])
        return lines

    def c_generators(self, k):
        g, sub = f"gen{k}", f"sub{k}"
        n = self.r.randint(0, 4)
        lines = [f"def {sub}():", f"    yield {self.e_any(0)}", f"    return {self.e_any(0)}", f"def {g}(n):", "    try:",
                 "        for i in range(n):", "            got = yield i * 10", "            if got is not None:",
                 "                print('got', got)", f"        r = yield from {sub}()", "        print('sub returned', r)",
                 "    finally:", f"        print('{g} finally')", f"    return 'done{k}'"]
        drv = self.pick([
            [f"it = {g}({n})", "print(next(it, 'empty'))", f"print(it.send({self.e_any(0)}))" if n else "",
             "it.close()", "print(next(it, 'closed'))"],
            [f"it = {g}({n})", "try:", "    while True:", "        print(next(it))",
             "except StopIteration as e:", "    print('stop', repr(e.value))"],
            [f"it = {g}({n})", "print(next(it))", f"print(it.throw({self.pick(EXC)}('thrown')))"],
            [f"print(list({g}({n})))", f"print([x for x in {g}({n})])"],
            [f"it = {g}({n})", "print(it.send(None))", "print(it.send(5))"],
        ])
        lines += self.guard([ln for ln in drv if ln])
        if "it = " in "".join(drv):
            lines += ["try:", "    it.close()", "except Exception as e:", "    print('close', type(e).__name__)"]
        if self.chance(0.5):
            lines.append(self.show(self.pick([
                f"list(x * 2 for x in range({n}))", f"next(x for x in {self.e_list(1)} if x)",
                f"list(zip(*[iter(range({n * 2}))] * 2))",
                f"list(map(lambda p: p[0] * p[1], zip(range(3), range({n}, 9))))"])))
        return lines

    def c_comprehensions(self, k):
        src = self.e_list_of("int", 1)
        return [self.show(self.pick([
            f"[x * y for x in {src} for y in range(2) if x > y]", f"{{x: x % 3 for x in {src}}}",
            f"sorted({{x % 4 for x in {src}}})", f"[(i, c) for i, c in enumerate({self.e_str(1)}) if i % 2]",
            f"[y for x in {src} if (y := x * 2) > {self.pick(SMALL)}]",
            f"[[j for j in range(i)] for i in range({self.r.randint(0, 4)})]",
            f"sum(x for x in {src})", f"max((abs(x), x) for x in {src})", f"{{c: {self.e_str(1)}.count(c) for c in 'abc'}}",
            f"[x if x % 2 else -x for x in {src}]", f"list(map(lambda x, y: x + y, {src}, {src}))",
            f"sorted({src}, key=lambda v: (v % 3, -v))", f"[s.strip() for s in {self.e_str(1)}.split(',')]",
        ])) for _ in range(self.r.randint(2, 4))]

    def c_exceptions(self, k):
        E = f"Err{k}"
        lines = [f"class {E}({self.pick(EXC)}):", "    pass"] if self.chance(0.5) else \
                [f"class {E}(Exception):", "    def __init__(self, code):", "        super().__init__('code', code)",
                 "        self.code = code", "    def __str__(self):", "        return f'E{self.code}'"]
        raise_ = self.pick([f"raise {E}({self.e_int(0)})", f"raise {E}({self.e_int(0)}) from None",
                            f"raise {E}({self.e_int(0)}) from ValueError('cause')", f"{self.e_any(1)}",
                            f"assert {self.e_bool(1)}, {self.e_str(0)}", f"raise {self.pick(EXC)}"])
        return lines + [
            f"def risky{k}(v):", "    try:", "        if v:", f"            {raise_}", "        return 'ok'",
            f"    except ({self.pick(EXC)}, {self.pick(EXC)}) as e:", "        print('caught', type(e).__name__, e.args)",
            "        return 'handled'", "    else:", "        print('else')", "    finally:", "        print('finally', v)",
            self.show(f"risky{k}({self.pick(['0', '1', 'True'])})"), self.show(f"risky{k}(1)"),
            "try:", f"    risky{k}(2)", f"except {E} as e:",
            "    print(type(e).__name__, str(e), repr(e), e.args, type(e.__cause__).__name__, e.__suppress_context__)",
            "except Exception as e:", "    print('other', type(e).__name__, e)",
            self.show(f"{E}.__mro__[1].__name__"),
        ]

    def c_async(self, k):
        """One asyncio.run() scenario.  Sleeps are 0, 0.01 or 0.02 s so CPython's
        real-time run stays short and timers stay ordered as in virtual time."""
        w = f"work{k}"
        lines = [f"async def {w}(name, delays, fail=False):", "    for i, d in enumerate(delays):",
                 "        await asyncio.sleep(d)", "        print(name, 'step', i)", "    if fail:",
                 f"        raise {self.pick(EXC[:5])}(name)", "    return name.upper()", f"async def amain{k}():"]
        job = lambda nm, fail=0.15: (f"{w}({nm!r}, [{', '.join(self.some(lambda: self.pick(DELAYS), 0, 3))}]"
                                     f"{', True' if self.chance(fail) else ''})")
        gather_args = lambda: [job(c) for c in "abc"[:self.r.randint(0, 3)]] + self.pick([[], ["return_exceptions=True"]])
        body = []
        for _ in range(self.r.randint(1, 3)):
            body += self.pick([
                lambda: self.guard([f"print(await asyncio.gather({', '.join(gather_args())}))"]),
                lambda: self.guard([f"t = asyncio.create_task({job('t', 0)})", "print(t.done())",
                                    "print(await t, t.done(), t.result())"]),
                lambda: self.guard([f"t = asyncio.create_task({job('c', 0)})", f"await asyncio.sleep({self.pick(DELAYS)})",
                                    f"print(t.cancel(){self.pick(['', ', t.cancelling()'])})", "try:", "    await t",
                                    "except asyncio.CancelledError:", "    print('cancelled', t.cancelled())"]),
                lambda: self.guard([f"print(await asyncio.wait_for({job('w')}, {self.pick(TIMEOUTS)}))"]),
                lambda: self.guard([f"async with asyncio.timeout({self.pick(TIMEOUTS)}):",
                                    f"    print(await {job('to')})"]),
                lambda: self.guard([f"q = asyncio.Queue({self.pick(['0', '1', '2'])})",
                                    "async def prod():", f"    for v in range({self.r.randint(0, 4)}):",
                                    "        await q.put(v)", "        print('put', v, q.qsize())",
                                    "    await q.put(None)", "async def cons():", "    got = []", "    while True:",
                                    f"        v = await q.get()", "        if v is None:", "            return got",
                                    f"        await asyncio.sleep({self.pick(DELAYS)})", "        got.append(v)",
                                    "print(await asyncio.gather(cons(), prod()))",
                                    "print(q.empty(), q.full())", "q.get_nowait()"]),
                lambda: self.guard(["ev = asyncio.Event()", "async def waiter(n):", "    print('wait', n, ev.is_set())",
                                    "    await ev.wait()", "    print('woke', n)", "    return n",
                                    "ts = [asyncio.create_task(waiter(n)) for n in range(3)]",
                                    f"await asyncio.sleep({self.pick(DELAYS)})", "ev.set()",
                                    "print(await asyncio.gather(*ts))", "ev.clear()", "print(ev.is_set())"]),
                lambda: self.guard(["async def ping(n, tag):", "    for i in range(n):", "        print(tag, i)",
                                    "        await asyncio.sleep(0)", "    return tag",
                                    f"print(await asyncio.gather(ping({self.r.randint(0, 3)}, 'x'), "
                                    f"ping({self.r.randint(0, 3)}, 'y')))"]),
                lambda: self.guard(["async with asyncio.TaskGroup() as tg:",
                                    f"    t1 = tg.create_task({job('g1')})", f"    t2 = tg.create_task({job('g2')})",
                                    "print(t1.result(), t2.result())"]),
                lambda: self.guard(["async def agen():", f"    for i in range({self.r.randint(0, 4)}):",
                                    "        yield i", f"        await asyncio.sleep({self.pick(DELAYS)})",
                                    "print([x async for x in agen()])"]),
                lambda: self.guard(["lock = asyncio.Lock()", "async def crit(n):", "    async with lock:",
                                    "        print('in', n)", f"        await asyncio.sleep({self.pick(DELAYS)})",
                                    "        print('out', n)", "await asyncio.gather(crit(1), crit(2))"]),
                lambda: self.guard([f"done, pending = await asyncio.wait([asyncio.create_task({job('d1', 0)}), "
                                    f"asyncio.create_task({job('d2', 0)})], timeout={self.pick(TIMEOUTS[2:6])})",
                                    "print(sorted(t.result() for t in done), len(pending))",
                                    "for t in pending:", "    t.cancel()", "await asyncio.sleep(0)"]),
            ])()
        lines += self.indent(body) + [f"    return {self.e_any(0)}", self.show(f"asyncio.run(amain{k}())")]
        return lines

    def ending(self, k):
        """A last chunk whose exception escapes (or sys.exit), to compare the
        traceback's last line and the exit status."""
        return self.pick([
            lambda: [f"print({self.e_any(2)})"],
            lambda: [f"raise {self.pick(EXC)}({self.e_str(0)})"],
            lambda: [f"sys.exit({self.pick(['0', '1', '3', 'None', repr('bye'), 'True', '[1]'])})"],
            lambda: [f"def deep{k}(n):", f"    return deep{k}(n - 1) if n else {self.e_any(2)}",
                     f"deep{k}({self.r.randint(0, 5)})"],
            lambda: [f"async def boom{k}():", "    await asyncio.sleep(0)", f"    return {self.e_any(2)}",
                     f"print(asyncio.run(boom{k}()))"],
            lambda: [f"x{k} = {self.e_list(1)}", f"print(x{k}[{self.arg(INDEX)}])"],
            lambda: [f"print(undefined_name{k})"], lambda: [f"print({self.e_str(0)}.nosuchattr)"],
            lambda: [f"assert {self.e_bool(1)}, {self.e_str(0)}"],
            lambda: [f"def g{k}():", f"    yield {self.e_any(1)}", f"print(list(g{k}()))"],
            lambda: ["try:", f"    {self.e_any(1)}", "    raise KeyError('k')", "except KeyError:",
                     f"    raise ValueError({self.e_str(0)})"],
        ])()


def compiles_cleanly(text):
    """True if text compiles without a SyntaxError or a SyntaxWarning (CPython
    prints warnings such as "'int' object is not subscriptable" on stderr)."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            compile(text, "prog.py", "exec")
            return True
        except (SyntaxError, SyntaxWarning, ValueError):
            return False


def generate(seed, index):
    """The text of program `index` of `seed` (a pure function of both)."""
    rng = random.Random(f"difffuzz:{seed}:{index}")
    g = Gen(rng)
    parts = [PRELUDE]
    n = rng.randint(12, 30)
    async_at = rng.randrange(n) if rng.random() < 0.5 else -1
    for k in range(n + 1):
        for _ in range(20):  # a chunk that would not compile cleanly is drawn again
            if k == n:
                text = "\n".join(g.ending(k)) + "\n" if rng.random() < 0.25 else ""
            else:
                text = "\n".join(g.c_async(k)) + "\n" if k == async_at else g.chunk(k)
            if compiles_cleanly(PRELUDE + text):
                parts.append(text)
                break
    return "\n".join(parts)


# ---------------------------------------------------------------------------
# Running and comparing
# ---------------------------------------------------------------------------
def child_env():
    """The goldens' environment (tests/make_goldens.py), with LC_ALL forced."""
    sys.path.insert(0, os.path.join(REPO, "tests"))
    sys.dont_write_bytecode = True
    from make_goldens import child_env as goldens_env
    env = goldens_env()
    env.pop("PYTHONINTMAXSTRDIGITS", None)
    env["LC_ALL"] = "C.UTF-8"
    return env


class Result:
    """What one interpreter did: stdout text, last non-empty stderr line,
    exit status (negative: killed by that signal), whether it timed out."""

    def __init__(self, out, err, rc, timeout, secs):
        self.out, self.err, self.rc, self.timeout, self.secs = out, err, rc, timeout, secs
        lines = [ln for ln in err.splitlines() if ln.strip()]
        self.last = lines[-1].strip() if lines else ""

    def crashed(self):
        return not self.timeout and (self.rc < 0 or self.rc >= 128)

    def status(self):
        if self.timeout:
            return "timeout"
        if self.rc < 0:
            try:
                return f"{self.rc} ({signal.Signals(-self.rc).name})"
            except ValueError:
                return str(self.rc)
        return str(self.rc)

    def key(self):
        return (self.out, self.last, self.rc, self.timeout)


class Runner:
    """Runs a program text under coil and CPython in a private temp dir."""

    def __init__(self, coil, python, timeout, mem_mb):
        self.coil, self.python, self.timeout, self.mem = coil, python, timeout, mem_mb << 20
        self.env = child_env()

    def _limits(self):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        resource.setrlimit(resource.RLIMIT_AS, (self.mem, self.mem))

    def run(self, argv, path, timeout):
        for attempt in range(60):  # e.g. "Text file busy" while a build replaces the binary
            try:
                return self._run(argv, path, timeout)
            except OSError as e:
                if attempt == 59:
                    raise
                time.sleep(1)

    def _run(self, argv, path, timeout):
        t0 = time.monotonic()
        try:
            p = subprocess.run(argv + [os.path.basename(path)], cwd=os.path.dirname(path), env=self.env,
                               stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout,
                               preexec_fn=self._limits)
            out, err, rc, to = p.stdout, p.stderr, p.returncode, False
        except subprocess.TimeoutExpired as e:
            out, err, rc, to = e.stdout or b"", e.stderr or b"", -9, True
        dec = lambda b: b.decode("utf-8", "backslashreplace")
        return Result(dec(out), dec(err), rc, to, time.monotonic() - t0)

    def both(self, text, timeout=None, python_first=False):
        """(coil, cpython) results for text; CPython may be None if skipped."""
        timeout = timeout or self.timeout
        d = tempfile.mkdtemp(prefix="difffuzz-")
        try:
            path = os.path.join(d, "prog.py")
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            py = self.run([self.python], path, timeout) if python_first else None
            if py is not None and py.timeout:
                return None, py
            c = self.run([self.coil, "--virtual-time"], path, timeout)
            return c, py or self.run([self.python], path, timeout)
        finally:
            shutil.rmtree(d, ignore_errors=True)


# An error line: "ValueError msg", "KeyError: 'k'" or with a label, "f5 TypeError msg".
_EXC_LINE = re.compile(r"^(\w+ )?[A-Za-z_.]*(Error|Exception|Warning|Iteration|Exit|Interrupt|Group)\b")


def mask(line):
    """Masks numbers (and, outside error messages, quoted strings) so one bug
    seen with other values keeps one signature."""
    if not _EXC_LINE.match(line):
        line = re.sub(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"", "S", line)
    line = re.sub(r"\d+(\.\d+)?(e[+-]?\d+)?", "N", line)
    return re.sub(r"\s+", " ", line).strip()[:160]


def hunk_sig(a, b):
    """Signature of coil printing line a where CPython printed line b (None:
    nothing).  A wrong error from coil is keyed on coil's error alone, and a
    missing error on CPython's, whatever the other side printed."""
    ma, mb = a is not None and _EXC_LINE.match(a), b is not None and _EXC_LINE.match(b)
    if ma:  # (the label of "f5 TypeError ..." is dropped)
        return ("stdout", mask(a[len(ma.group(1) or ""):]), "*")
    if mb:
        return ("stdout", "value" if a is not None else "", mask(b[len(mb.group(1) or ""):]))
    return ("stdout", "" if a is None else mask(a), "" if b is None else mask(b))


def compare(c, p):
    """The list of signatures (tuples) of how coil's run c differs from CPython's run p."""
    if c.timeout:
        return [] if p.timeout else [("timeout",)]
    if c.crashed():
        return [("crash", c.status())]
    sigs, values_seen = [], False
    exit_differs = c.rc != p.rc or c.last != p.last
    if exit_differs:
        sigs.append(("status", c.rc, p.rc, mask(c.last), mask(p.last)))
    if c.out != p.out:
        a, b = c.out.splitlines(), p.out.splitlines()
        for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
            if tag == "equal" or (exit_differs and i1 == len(a)):
                continue  # coil stopped early: a consequence of the status signature
            if i2 - i1 == j2 - j1:  # line-for-line replacement: each pair on its own
                pairs = [(a[i1 + n], b[j1 + n]) for n in range(i2 - i1)]
            else:
                pairs = [(a[i1] if i1 < i2 else None, b[j1] if j1 < j2 else None)]
            for pair in pairs:
                sig = hunk_sig(*pair)
                # A wrong value is reported only if it is the first difference: after
                # an error (or another wrong value) it is most likely a consequence.
                if "*" in sig or _EXC_LINE.match(pair[1] or "") or not values_seen:
                    sigs.append(sig)
                values_seen = True
    return list(dict.fromkeys(sigs))


def describe(c, p, limit=40):
    """A short human-readable account of the difference."""
    lines = [f"exit status: coil {c.status()}, cpython {p.status()}",
             f"stderr last line: coil {c.last!r}", f"                  cpython {p.last!r}"]
    if c.out != p.out:
        diff = list(difflib.unified_diff(p.out.splitlines(), c.out.splitlines(), "cpython", "coil", lineterm="", n=1))
        lines += ["stdout diff (- cpython, + coil):"] + diff[:limit] + (["..."] if len(diff) > limit else [])
    else:
        lines.append("stdout: identical")
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# Shrinking
# ---------------------------------------------------------------------------
class Shrinker:
    """Reduces a program (via its AST) while `pred(text)` stays true."""

    def __init__(self, text, pred, budget):
        self.tree = ast.parse(text)
        self.pred, self.deadline = pred, time.monotonic() + budget
        self.cache, self.tests = {}, 0
        self.best = self.render()

    def render(self):
        try:
            text = ast.unparse(ast.fix_missing_locations(self.tree)) + "\n"
            return text if compiles_cleanly(text) else None
        except Exception:
            return None

    def out_of_time(self):
        return time.monotonic() > self.deadline

    def ok(self):
        """Is the current tree valid, smaller than best and still interesting?
        Updates best.  (A text equal to best is no progress: False.)"""
        text = self.render()
        if text is None or text == self.best or self.out_of_time():
            return False
        if text not in self.cache:
            self.tests += 1
            self.cache[text] = self.pred(text)
        if self.cache[text]:
            self.best = text
        return self.cache[text]

    def stmt_lists(self):
        for node in ast.walk(self.tree):
            for field in ("body", "orelse", "finalbody", "handlers"):
                v = getattr(node, field, None)
                if isinstance(v, list) and v and isinstance(v[0], (ast.stmt, ast.excepthandler)):
                    yield node, field

    def ddmin(self, node, field):
        items, n, changed = getattr(node, field), 2, False
        while len(items) >= 1 and not self.out_of_time():
            chunk = max(1, -(-len(items) // n))
            for start in range(0, len(items), chunk):
                cand = items[:start] + items[start + chunk:]
                if not cand and field in ("body", "handlers") and not isinstance(node, ast.Module):
                    cand = [ast.Pass()] if field == "body" else cand
                setattr(node, field, cand)
                if cand != items and self.ok():
                    items, n, changed = cand, max(n - 1, 2), True
                    break
                setattr(node, field, items)
            else:
                if chunk == 1:
                    break
                n = min(len(items), n * 2)
        setattr(node, field, items)
        return changed

    def stmt_rewrites(self, st):
        if isinstance(st, (ast.If, ast.For, ast.While, ast.With, ast.Try, ast.AsyncWith)):
            yield st.body
            if getattr(st, "orelse", None):
                yield st.orelse
            if getattr(st, "finalbody", None):
                yield st.body + st.finalbody
        if isinstance(st, ast.Expr) and isinstance(st.value, ast.Call) and getattr(st.value.func, "id", "") == "show" \
                and st.value.args and isinstance(st.value.args[0], ast.Lambda):
            e = st.value.args[0].body
            yield [ast.Expr(ast.Call(ast.Name("print", ast.Load()), [ast.Call(ast.Name("repr", ast.Load()), [e], [])], []))]

    def pass_statements(self):
        changed = False
        for node, field in list(self.stmt_lists()):
            changed |= self.ddmin(node, field)
        for node, field in list(self.stmt_lists()):
            i = 0
            while i < len(items := getattr(node, field)):
                for repl in self.stmt_rewrites(items[i]):
                    setattr(node, field, items[:i] + repl + items[i + 1:])
                    if self.ok():
                        changed = True
                        break
                    setattr(node, field, items)
                i += 1
        return changed

    def expr_candidates(self, e):
        """Smaller expressions that could replace e."""
        if isinstance(e, ast.Constant):
            if isinstance(e.value, str) and e.value:
                s = e.value
                for c in ("", s[: len(s) // 2], s[1:], s[:-1]):
                    if c != s:
                        yield ast.Constant(c)
            elif isinstance(e.value, int) and not isinstance(e.value, bool) and e.value not in (0, 1):
                yield ast.Constant(0)
                yield ast.Constant(1)
            return
        if isinstance(e, (ast.FormattedValue, ast.Starred, ast.Slice)):
            return
        for child in ast.iter_child_nodes(e):
            if isinstance(child, ast.expr) and not isinstance(child, (ast.FormattedValue, ast.Slice, ast.Starred)):
                yield child
        if not isinstance(e, (ast.Lambda, ast.Name)):
            yield ast.Constant(0)
            yield ast.Constant("")

    def drop_elements(self, node):
        """Drops single elements of displays, call arguments, keywords, and
        operands of and/or; Dict keys and values go together."""
        groups = {ast.Dict: [("keys", "values")], ast.List: [("elts",)], ast.Tuple: [("elts",)],
                  ast.Set: [("elts",)], ast.Call: [("args",), ("keywords",)], ast.BoolOp: [("values",)],
                  ast.JoinedStr: [("values",)]}.get(type(node), [])
        changed = False
        for fields in groups:
            lists, i = [getattr(node, f) for f in fields], 0
            while i < len(lists[0]) and not self.out_of_time():
                saved = [list(lst) for lst in lists]
                for lst in lists:
                    del lst[i]
                if not (isinstance(node, ast.BoolOp) and len(lists[0]) < 2) and self.ok():
                    changed = True
                    continue
                for lst, old in zip(lists, saved):
                    lst[:] = old
                i += 1
        return changed

    def pass_expressions(self):
        """Top-down: drop elements, then replace each expression by a smaller one."""
        changed, todo = False, [self.tree]
        while todo and not self.out_of_time():
            node = todo.pop(0)
            changed |= self.drop_elements(node)
            for field, value in ast.iter_fields(node):
                if isinstance(value, list):
                    for i in range(len(value)):
                        if isinstance(value[i], ast.expr):
                            changed |= self.try_replace(lambda r, i=i, v=value: v.__setitem__(i, r), value[i])
                elif isinstance(value, ast.expr) and not isinstance(getattr(value, "ctx", None), (ast.Store, ast.Del)):
                    changed |= self.try_replace(lambda r, f=field: setattr(node, f, r), value)
            todo.extend(ast.iter_child_nodes(node))
        return changed

    def try_replace(self, put, orig):
        for cand in self.expr_candidates(orig):
            put(cand)
            if self.ok():
                return True
        put(orig)
        return False

    def run(self):
        while not self.out_of_time():
            if not (self.pass_statements() | self.pass_expressions()):
                break
        return self.best


def skeleton(text):
    """A masked AST dump: numbers and plain words become placeholders, so two
    minimal programs differing only in such constants count as one finding."""
    def norm(node):
        for n in ast.walk(node):
            if isinstance(n, ast.Constant):
                if isinstance(n.value, (int, float)) and not isinstance(n.value, bool):
                    n.value = 0
                elif isinstance(n.value, str) and re.fullmatch(r"[\w ]*", n.value):
                    n.value = "w"
        return ast.dump(node)
    try:
        return norm(ast.parse(text))
    except SyntaxError:
        return text


# ---------------------------------------------------------------------------
# Driver
# ---------------------------------------------------------------------------
class Fuzzer:
    """Runs programs seed:start, seed:start+1, ...; shrinks and writes what is new."""

    def __init__(self, args):
        self.a = args
        self.runner = Runner(args.coil, args.python, args.timeout, args.mem_mb)
        self.known, self.skeletons, self.hard = collections.Counter(), set(), {"timeout": 0, "crash": 0}
        self.stats = dict(programs=0, divergent=0, unique=0, crashes=0, timeouts=0, skipped=0, flaky=0)
        os.makedirs(args.out, exist_ok=True)
        self.next_no = 1
        for name in sorted(os.listdir(args.out)):  # earlier runs' findings count as known
            base = os.path.join(args.out, name[:-4])
            if re.fullmatch(r"\d+\.txt", name) and os.path.exists(base + ".py"):
                self.next_no = max(self.next_no, int(name[:-4]) + 1)
                with open(base + ".txt", encoding="utf-8") as f, open(base + ".py", encoding="utf-8") as g:
                    self.known.update(ln[11:].strip() for ln in f if ln.startswith("signature: "))
                    self.skeletons.add(skeleton(g.read()))

    def log(self, msg):
        print(msg, file=sys.stderr, flush=True)

    def check(self, i, text):
        c, p = self.runner.both(text, python_first=True)
        return i, text, c, p

    def interesting(self, sig, timeout):
        def pred(text):
            c, p = self.runner.both(text, timeout=timeout, python_first=True)
            return c is not None and sig in compare(c, p)
        return pred

    def handle(self, i, text, c, p):
        self.stats["programs"] += 1
        if c is None:
            self.stats["skipped"] += 1  # CPython itself timed out: the generator's fault
            self.log(f"program {i}: CPython timed out; skipped")
            return False
        sigs = compare(c, p)
        if not sigs:
            return False
        p2 = self.runner.both(text)[1]
        if p2.key() != p.key():
            self.stats["flaky"] += 1
            self.log(f"program {i}: CPython is not deterministic on it; ignored")
            return False
        self.stats["divergent"] += 1
        self.stats["crashes"] += c.crashed()
        self.stats["timeouts"] += c.timeout
        new, tried = False, 0
        for sig in sigs:  # (in output order: the first difference is the likeliest cause)
            key = repr(sig)
            if sig[0] in ("timeout", "crash"):
                # One signature for every hang (or every SIGSEGV): shrink the first
                # few of them and tell them apart by their minimal programs.
                if self.hard[sig[0]] >= self.a.max_hard:
                    continue
                self.hard[sig[0]] += 1
            elif self.known[key] >= self.a.max_per_signature:
                continue
            if tried == self.a.max_per_program:
                break  # the rest may be consequences; later programs will show them again
            tried += 1
            self.known[key] += 1
            new |= self.shrink_and_write(i, text, sig, c, p)
        return new

    def shrink_and_write(self, i, text, sig, c, p):
        """Shrinks program i for signature sig; writes it unless an earlier
        finding has the same skeleton.  True if written."""
        self.log(f"program {i}: new divergence {sig!r}; shrinking")
        t0 = time.monotonic()
        sh = Shrinker(text, self.interesting(sig, min(self.a.timeout, max(3.0, 4 * p.secs))), self.a.shrink_time)
        small = sh.run()
        c2, p2 = self.runner.both(small)
        if sig not in compare(c2, p2) or sig not in compare(*self.runner.both(small)):
            small, c2, p2 = text, c, p  # the shrunk one does not reproduce reliably: keep the original
        self.log(f"  {len(text.splitlines())} -> {len(small.splitlines())} lines, {sh.tests} runs, "
                 f"{time.monotonic() - t0:.0f}s")
        sk = skeleton(small)
        if sk in self.skeletons:
            self.log("  same minimal program as an earlier finding; not written")
            return False
        self.skeletons.add(sk)
        self.write(small, sig, c2, p2, i)
        return True

    def write(self, text, sig, c, p, i):
        no = f"{self.next_no:03d}"
        self.next_no += 1
        self.stats["unique"] += 1
        with open(os.path.join(self.a.out, no + ".py"), "w", encoding="utf-8") as f:
            f.write(text)
        with open(os.path.join(self.a.out, no + ".txt"), "w", encoding="utf-8") as f:
            f.write(f"signature: {sig!r}\nkind: {sig[0]}\nfound: seed {self.a.seed}, program {i} "
                    f"(python3 tests/fuzz/difffuzz.py --seed {self.a.seed} --print {i}), with a copy of "
                    f"{self.a.coil_shown} built {time.ctime(os.path.getmtime(self.a.coil))}\n{describe(c, p)}\n")
        self.log(f"  wrote {os.path.join(self.a.out, no)}.py")

    def loop(self):
        a, i = self.a, self.a.start
        stop_at = time.monotonic() + a.time if a.time else None
        more = lambda: (a.count is None or i < a.start + a.count) and (stop_at is None or time.monotonic() < stop_at)
        with concurrent.futures.ThreadPoolExecutor(max_workers=a.jobs) as pool:
            pending = []
            while True:
                while more() and len(pending) < 2 * a.jobs:
                    pending.append(pool.submit(self.check, i, generate(a.seed, i)))
                    i += 1
                if not pending:
                    break
                fut = pending.pop(0)
                if self.handle(*fut.result()) and not a.keep_going:
                    for f in pending:
                        f.cancel()
                    break
                if self.stats["programs"] % 50 == 0:
                    self.log(f"... {self.stats['programs']} programs, {self.stats['divergent']} divergences")
        s = self.stats
        print(f"difffuzz: {s['programs']} programs, {s['divergent']} divergences ({s['unique']} unique), "
              f"{s['crashes']} crashes, {s['timeouts']} timeouts, seed {a.seed}")
        if s["skipped"] or s["flaky"]:
            self.log(f"({s['skipped']} programs skipped because CPython timed out, {s['flaky']} flaky)")
        return 1 if s["divergent"] else 0


def replay(args):
    with open(args.replay, encoding="utf-8") as f:
        text = f.read()
    runner = Runner(args.coil, args.python, args.timeout, args.mem_mb)
    c, p = runner.both(text)
    sigs = compare(c, p)
    print(describe(c, p))
    print("signatures:", *sigs, sep="\n  ") if sigs else print("no difference")
    if sigs and args.shrink:
        def pred(t):
            c2, p2 = runner.both(t, python_first=True)
            return c2 is not None and sigs[0] in compare(c2, p2)
        print("--- shrunk for", sigs[0], "---")
        print(Shrinker(text, pred, args.shrink_time).run(), end="")
    return 1 if sigs else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--coil", default=os.path.join(REPO, "build", "coil"))
    ap.add_argument("--python", default="python3")
    ap.add_argument("--seed", type=int, default=None, help="default: time-based (printed in the summary)")
    ap.add_argument("--start", type=int, default=0, help="index of the first program")
    ap.add_argument("--count", type=int, default=None, help="number of programs (default 100 unless --time)")
    ap.add_argument("--time", type=float, default=None, help="stop starting new programs after SECONDS")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--out", default=os.path.join(HERE, "findings"))
    ap.add_argument("--keep-going", action="store_true", help="do not stop at the first new finding")
    ap.add_argument("--timeout", type=float, default=10.0, help="per run, seconds")
    ap.add_argument("--shrink-time", type=float, default=240.0, help="budget per finding, seconds")
    ap.add_argument("--mem-mb", type=int, default=4096, help="address-space limit of each run")
    ap.add_argument("--max-per-program", type=int, default=3, help="new signatures shrunk per program")
    ap.add_argument("--max-per-signature", type=int, default=2,
                    help="programs shrunk per signature (the minimal programs then dedupe)")
    ap.add_argument("--max-hard", type=int, default=5, help="timeouts (and crashes) shrunk per run")
    ap.add_argument("--replay", metavar="FILE", help="run FILE under both and show the difference")
    ap.add_argument("--shrink", action="store_true", help="with --replay: also shrink FILE")
    ap.add_argument("--print", type=int, metavar="I", dest="print_i", help="print program I of --seed and exit")
    a = ap.parse_args()
    a.coil = os.path.abspath(a.coil)
    if a.replay:
        return replay(a)
    if a.seed is None:
        a.seed = int(time.time()) % 100000
    if a.print_i is not None:
        sys.stdout.write(generate(a.seed, a.print_i))
        return 0
    if a.count is None and a.time is None:
        a.count = 100
    # Fuzz a private copy: the build in build/ may be replaced while we run.
    snap = tempfile.mkdtemp(prefix="difffuzz-coil-")
    try:
        shutil.copy2(a.coil, os.path.join(snap, "coil"))
        a.coil_shown, a.coil = a.coil, os.path.join(snap, "coil")
        return Fuzzer(a).loop()
    finally:
        shutil.rmtree(snap, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
