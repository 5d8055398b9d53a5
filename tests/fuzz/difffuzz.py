#!/usr/bin/env python3
"""difffuzz: differential fuzzer for coil against CPython 3.11 (issue 9).

    python3 tests/fuzz/difffuzz.py [--coil PATH] [--python PATH] [--seed N]
        [--count N | --time SECONDS] [--jobs N] [--out DIR] [--keep-going]
    python3 tests/fuzz/difffuzz.py --replay FILE [--shrink]
    python3 tests/fuzz/difffuzz.py --seed N --print I      (program I of seed N)

Design (tests/fuzz/README.md has the user's view):

1. Generation (Gen = BaseGen + SemanticGen + AsyncGen).  A prelude (imports,
   `desc(e)`: an exception's type and message, with the members of a group,
   and `show(f)`: repr(f()) or desc of what it raised) and 12-30 independent
   chunks, each a few lines on one area.  BaseGen: `show(lambda: EXPR)` probes
   over typed expressions built from boundary-value pools, list/dict/set
   mutations, control flow, calls with odd signatures.  SemanticGen: classes
   with random sets of special methods and super() chains, dataclasses,
   generator protocols (send/throw/close, yield from), generator expressions,
   exception chains and groups (except*), closures and scopes, f-strings,
   comprehension semantics, Unicode str methods, sorting with key=, the
   library modules, math at its boundaries.  AsyncGen: at most one
   asyncio.run() of one to three scenarios (gather, tasks, cancellation,
   wait_for, timeout, TaskGroup, queues, events, as_completed, wait, shield,
   locks, async generators and context managers, futures and callbacks) on a
   Timeline of distinct 10 ms wake-up slots.  Sometimes a last statement whose
   exception escapes.  Names carry the chunk number.  Deterministic by
   construction (no ids, addresses, str hashes, string-set order, times,
   timers due at the same instant, unclosed generators with `finally`,
   unawaited coroutines, unretrieved task exceptions, sorts of mixed types);
   sizes are small or so huge that CPython fails at once.  Program i of seed
   S comes from random.Random("difffuzz:S:i").

2. Running (Runner, compare).  Both run the file in a temp dir (stdin
   /dev/null, PYTHONHASHSEED=0, C.UTF-8, an address-space limit, no cores);
   coil with --virtual-time.  compare() returns signatures: timeout, crash
   (a signal or status >= 128 that CPython did not end with), status (exit
   status or last stderr line), stderr (the first differing line of the
   tracebacks, carets dropped and paths normalised as in the goldens) and one
   per differing stdout line, keyed on the wrong error (coil's) or the missing
   one (CPython's) or else on both lines, numbers and strings masked; "at
   0x..." addresses are masked everywhere.  CPython timing out skips the
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
import textwrap
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

# Pools of the semantic scenarios (classes, generators, the standard library):
# plain values, so that a scenario tests semantics rather than numerics.
IVALS = ["0", "1", "2", "3", "5", "7", "(-1)", "(-4)", "10", "42"]
SVALS = ["'a'", "'b'", "'xy'", "'Zed'", "''", "'ñ'", "'aa'", "'B'"]
VALS = IVALS[:6] + SVALS[:4] + ["2.5", "None", "True", "(1, 2)", "[]", "[1, 'a']", "0.1"]
WORDS = ["'apple'", "'Banana'", "'cherry'", "'date'", "'Elder'", "'fig'", "'apple'", "''", "'ñandú'",
         "'Äpfel'", "'zebra'", "'Zoë'", "'b'", "'aa'"]
# Unicode text: case mappings that change length (ß, ŉ, İ, ǰ, ﬁ), title-case
# digraphs (ǅ), final sigma, digits that are not decimal (², ½, Ⅻ, ١), odd
# whitespace and line breaks (\u3000, \x1c, \u2028, \x85), combining marks,
# astral characters.
UNI = ["'straße'", "'ǅungla ǆ'", "'İstanbul'", "'ﬁne ﬂow'", "'ΣΑΣ ΟΔΟΣ'", "'naïve café'", "'ÀÉÎÕÜ'",
       "'日本語テキスト'", "'ŉ ǰ ΐ'", "'²½Ⅻ١٢٣'", "'a\\u0301e\\u0301'", "'\\u3000sp\\u3000ace\\u2003'",
       "'x\\u2028y\\x85z\\x1cw'", "'🐍 snake 🐍'", "'ⓐⓑⒸ'", "'ᾳ ᾼ'", "'Ǆ'", "'ß'", "'ǈ'", "'MiXeD ünï'",
       "'\\t\\n\\x0b\\x0c\\r'", "'ⅷ'", "'𝔘𝔫𝔦'", "'ĳ'", "'Ωmega ω'", "'a_b1'", "'1abc'", "'\\u00a0nbsp'",
       "'\\u200b'", "'ΐ'", "'Ꭰꭰ'", "'abc'", "'Hello World'", "''"]
UMETH0 = ["upper", "lower", "casefold", "title", "capitalize", "swapcase", "isalpha", "isdigit", "isdecimal",
          "isnumeric", "isalnum", "isspace", "isprintable", "isidentifier", "islower", "isupper", "istitle",
          "split", "splitlines", "strip", "lstrip", "rstrip", "isascii"]
EXC_NAMES = ["ValueError", "KeyError", "TypeError", "RuntimeError", "ZeroDivisionError", "IndexError",
             "OSError", "LookupError", "AttributeError", "NotImplementedError"]

PRELUDE = '''import asyncio
import math
import sys


def desc(e):
    """Type and message; an exception group also lists its members."""
    s = type(e).__name__ + ' ' + str(e)
    if isinstance(e, BaseExceptionGroup):
        s += ' [' + ', '.join(desc(x) for x in e.exceptions) + ']'
    return s


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(desc(e))
'''


def recv(s):
    """A method receiver: `5 .x` and `-1 .x` need parentheses."""
    return f"({s})" if s[:1].isdigit() or s.startswith("-") else s


class BaseGen:
    """Random program generator, part 1: expressions over boundary values and
    the original chunk kinds.  e_<kind>(d) returns an expression string of
    roughly that kind (it may raise at run time; show() reports that) of
    nesting depth at most d; c_<area>(k) returns the lines of chunk number k."""

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

    # -- chunks (the original kinds) ---------------------------------------------
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


def tpl(text, **subs):
    """Template lines: text dedented, each $name replaced by subs[name]
    (longest names first, so $k does not eat $kw)."""
    text = textwrap.dedent(text).strip("\n")
    for name in sorted(subs, key=len, reverse=True):
        text = text.replace("$" + name, str(subs[name]))
    return text.split("\n")


# Special methods a generated class may define, by group: one member of a
# group at most (the members of a group define the same method).  {C} is the
# class's name; instances have .v (a value) and .items (a list).
OBJ_FEATURES = [
    {"eq": ["def __eq__(self, other):", "    if not isinstance(other, {C}):", "        return NotImplemented",
            "    return self.v == other.v"],
     "eqhash": ["def __eq__(self, other):", "    return isinstance(other, {C}) and self.v == other.v",
                "def __hash__(self):", "    return hash(self.v)"]},
    {"lt": ["def __lt__(self, other):", "    return self.v < other.v"],
     "total": ["def __lt__(self, other):", "    if not isinstance(other, {C}):", "        return NotImplemented",
               "    return self.v < other.v", "def __le__(self, other):", "    return self.v <= other.v"]},
    {"str": ["def __str__(self):", "    return '<' + str(self.v) + '>'"]},
    {"bool": ["def __bool__(self):", "    return bool(self.v)"],
     "badbool": ["def __bool__(self):", "    return self.v"]},
    {"len": ["def __len__(self):", "    return len(self.items)"],
     "badlen": ["def __len__(self):", "    return self.v"]},
    {"iter": ["def __iter__(self):", "    yield self.v", "    yield from self.items"],
     "getitem": ["def __getitem__(self, i):", "    return self.items[i]"],
     "next": ["def __iter__(self):", "    return self", "def __next__(self):", "    if not self.items:",
              "        raise StopIteration", "    return self.items.pop()"]},
    {"contains": ["def __contains__(self, x):", "    return x == self.v"]},
    {"call": ["def __call__(self, *args, **kw):", "    return (self.v, args, sorted(kw.items()))"]},
    {"format": ["def __format__(self, spec):", "    return 'F[' + format(self.v, spec) + ']'"]},
    {"add": ["def __add__(self, other):", "    if isinstance(other, {C}):", "        return type(self)(self.v + other.v)",
             "    return NotImplemented", "def __radd__(self, other):", "    return type(self)(other + self.v)"],
     "iadd": ["def __iadd__(self, other):", "    self.items.append(other)", "    return self"]},
    {"neg": ["def __neg__(self):", "    return type(self)(-self.v)", "def __abs__(self):", "    return abs(self.v)"]},
    {"index": ["def __index__(self):", "    return self.v"]},
    {"getattr": ["def __getattr__(self, name):", "    if name.startswith('x'):", "        return name * 2",
                 "    raise AttributeError('no ' + name)"]},
    {"setattr": ["def __setattr__(self, name, value):", "    print('set', name, value)",
                 "    object.__setattr__(self, name, value)"]},
    {"ctx": ["def __enter__(self):", "    print('enter', self.v)", "    return self.v",
             "def __exit__(self, et, ev, tb):", "    print('exit', et.__name__ if et else None, ev)",
             "    return bool(self.items)"]},
    {"prop": ["@property", "def double(self):", "    return self.v * 2", "@double.setter", "def double(self, value):",
              "    if not value:", "        raise ValueError('zero')", "    self.v = value // 2",
              "@double.deleter", "def double(self):", "    print('deleting')"]},
    {"cls": ["@classmethod", "def make(cls, *a):", "    return cls(*a)", "@staticmethod", "def twice(x):",
             "    return x * 2"]},
    {"reversed": ["def __reversed__(self):", "    return iter(self.items[::-1])"]},
]

# Probes of such classes.  {o} {o2}: instances; {objs}: the list of them;
# {C} {D}: the base and the derived class; {val}: a plain value; {i}: an index.
OBJ_PROBES = [
    "{o}", "str({o})", "repr({o})", "[{o}, {o2}]", "{o} == {o2}", "{o} != {o2}", "{o} < {o2}", "{o} > {o2}",
    "{o} <= {o2}", "{o} >= {o2}", "{o} == {val}", "sorted({objs})", "sorted({objs}, reverse=True)",
    "min({objs})", "max({objs})", "sorted({objs}, key=repr)", "max({objs}, key=lambda o: len(o.items))",
    "bool({o})", "len({o})", "list({o})", "{val} in {o}", "{o}[{i}]", "{o}[1:]", "list(reversed({o}))",
    "len({{{o}, {o2}}})", "{{{o}: 1, {o2}: 2}}", "{o} in {objs}", "{objs}.index({o2})", "{objs}.count({o})",
    "{o}({val}, k={val})", "format({o}, '>8')", "format({o}, '')", "f'[{{{o}}}|{{{o}!r}}|{{{o}!s:>12}}]'",
    "{o} + {o2}", "{o} + 1", "1 + {o}", "sum({objs})", "-{o}", "abs({o})", "[10, 20, 30, 40][{o}]",
    "range(50)[{o}]", "hex({o})", "{o}.xyz", "{o}.nope", "getattr({o}, 'nope', 'dflt')", "hasattr({o}, 'xa')",
    "{o}.double", "{C}.make({val})", "{o}.twice(3)", "{D}.twice('ab')", "{o}.who()", "{C}.who({o})",
    "type({o}).__name__", "[c.__name__ for c in type({o}).__mro__]", "[c.__name__ for c in {D}.__mro__]",
    "(isinstance({o}, {C}), isinstance({o}, {D}), issubclass({D}, {C}), issubclass({C}, {D}))",
    "{o}.kind", "({C}.kind, {D}.kind)", "{C}.log", "vars({o})", "{o}.__dict__", "{o}.__class__.__name__",
    "({C}.__name__, {D}.__qualname__, {D}.__bases__)", "{C}.__hash__ is None", "{o}.__eq__({o2})",
    "{o}.__ne__({val})", "[a for a in dir({o}) if not a.startswith('__')]", "{o}.items", "{o}.v",
    "list(map(str, {objs}))", "[x for x in {o}]", "dict.fromkeys({objs}, 0)", "{o} is {o2}",
    "{C}({val}) == {C}({val})", "next(iter({o}))", "{o}.__len__()", "any({objs})", "all({objs})",
    "list(filter(None, {objs}))", "sorted({objs}, key=lambda o: o.v)", "{objs}[::-1]",
]

OBJ_STMTS = [
    ["{o}.v = {val}", "print({objs})"],
    ["{o}.kind = 'mine'", "print({o}.kind, {C}.kind, {D}.kind)", "del {o}.kind", "print({o}.kind)", "del {o}.kind"],
    ["{C}.kind = 'changed'", "print({o}.kind, {o2}.kind, {D}.kind)"],
    ["{o} += {val}", "print({o}, {objs})"],
    ["{o}.double = {val}", "print({o}.v)", "del {o}.double"],
    ["with {o} as w:", "    print('inside', w)", "    raise KeyError('in with')", "print('after with')"],
    ["for x in {o}:", "    print('item', x)", "else:", "    print('loop done')"],
    ["print(*{o})"], ["a, *b = {o}", "print(a, b)"],
    ["del {o}.v", "print({o}.v)"],
    ["{o}.items.append({val})", "print({objs})"],
    ["setattr({o}, 'dyn', {val})", "print({o}.dyn, getattr({o2}, 'dyn', None))"],
    ["{C}.log.clear()", "{C}({val})", "print({C}.log, {o}.log is {C}.log)"],
    ["print(f'{{{o}=}} {{{o2}!r:>20}}')"],
    ["{objs}.sort(reverse=True)", "print({objs})"],
    ["print({o} if {o} else 'falsy', not {o2})"],
]

CONV_ARGS = ["3", "(-2)", "0", "(2**70)", "'s'", "1"]  # what Conv.__index__ returns
# The innermost function of the exception-chain chunk, and its arguments.
CHAIN_LOW = ["return 10 // v", "return {'a': 1, 'b': 2}[v]", "return [1, 2][v]", "return int(v)",
             "return v.upper()", "return len(v)"]
CHAIN_VALUES = ["0", "1", "'a'", "'c'", "5", "None", "'7'", "2"]

UNI_NUMS = ["'١٢٣'", "'²'", "'٣'", "'\\u0661\\u0660'", "'𝟗𝟖'", "'  ٤٢  '", "'Ⅻ'", "'٣_٤'"]
UNI_FLOATS = ["'١.٥'", "'𝟏𝟐'", "'½'", "'1_0.5'", "' 7e1 '", "'\\u0663e2'"]
CAPWORDS = ["'  hello   world-x  '", "'a\\tb'", "'ǆemal ßig'"]
MATH1 = ["sqrt", "exp", "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan", "asin", "acos", "atan",
         "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "erf", "erfc", "gamma", "lgamma", "floor", "ceil",
         "trunc", "fabs", "isqrt", "factorial", "frexp", "modf", "degrees", "radians", "cbrt", "exp2", "ulp",
         "isfinite", "isinf", "isnan"]
MATH2 = ["pow", "atan2", "copysign", "fmod", "remainder", "hypot", "ldexp", "log", "gcd", "lcm", "comb",
         "perm", "nextafter", "isclose"]
MARGS = ["0", "0.0", "(-0.0)", "1", "(-1)", "0.5", "2", "3", "1e-300", "5e-324", "1e308", "(-1e308)", "709.78",
         "710", "(-745.2)", "math.inf", "(-math.inf)", "math.nan", "(2**53 + 1)", "(10**400)", "(-10**400)",
         "171", "170.5", "(-2.5)", "1.0000000000000002", "math.pi", "(math.pi / 2)", "100", "20", "True",
         "'3'", "None", "(2**1023 * 2)", "(-3)", "0.1", "1e16", "(2**63)", "(-2**63)", "(-1e-320)"]


class SemanticGen(BaseGen):
    """Random program generator, part 2: chunks that exercise semantics over
    plain values (classes and their special methods, generators, exception
    chains and groups, closures, f-strings, comprehension scoping, Unicode
    string methods, sorting with key=, itertools/functools/collections/
    dataclasses/heapq/bisect/operator/copy/string, math at its boundaries).
    Everything that may raise runs under show() or guard().  Generated
    classes always define __repr__ (a default repr shows an address); no set
    of strings is ever printed or iterated (its order depends on str hashes);
    generators with finally blocks are exhausted or closed explicitly."""

    def val(self):
        return self.pick(VALS)

    def ilist(self, lo=0, hi=5):
        return "[" + ", ".join(self.pick(IVALS) for _ in range(self.r.randint(lo, hi))) + "]"

    def wlist(self, lo=0, hi=5):
        return "[" + ", ".join(self.pick(WORDS) for _ in range(self.r.randint(lo, hi))) + "]"

    # -- classes -----------------------------------------------------------------
    def c_objects(self, k):
        """A base class with a random set of special methods, a subclass using
        super(), sometimes a diamond; then probes and guarded statements."""
        C, D, L, R, LR = (f"{n}{k}" for n in ("Obj", "Der", "Left", "Right", "Both"))
        feats = [self.pick(sorted(g)) for g in self.r.sample(OBJ_FEATURES, self.r.randint(2, 7))]
        groups = {name: g for g in OBJ_FEATURES for name in g}
        body = []
        for f in feats:
            body += [ln.replace("{C}", C) for ln in groups[f][f]]
        log = self.pick([f"{C}.log.append(v)", "self.log = self.log + [v]"])
        lines = (["import functools", "@functools.total_ordering"] if "total" in feats else []) + [
            f"class {C}:", "    kind = 'base'", "    log = []", "    def __init__(self, v, *items):",
            "        self.v = v", "        self.items = list(items)", f"        {log}", "    def __repr__(self):",
            f"        return '{C}(' + repr(self.v) + ', ' + repr(self.items) + ')'",
            "    def who(self):", f"        return '{C}'"] + self.indent(body)
        lines += [f"class {D}({C}):"] + (["    kind = 'derived'"] if self.chance(0.5) else []) + [
            "    def __init__(self, v, *items):", "        super().__init__(v, *items)",
            "        self.extra = len(items)", "    def __repr__(self):", f"        return 'D:' + super().__repr__()",
            "    def who(self):", "        return 'D>' + super().who()"]
        if self.chance(0.4):
            lines += [f"class {L}({C}):", "    def who(self):", "        return 'L>' + super().who()",
                      f"class {R}({C}):", "    kind = 'right'", "    def who(self):", "        return 'R>' + super().who()",
                      f"class {LR}({L}, {R}):", "    def who(self):", "        return 'LR>' + super().who()"]
            classes = [C, D, LR]
        else:
            classes = [C, D]
        vpool = self.pick([IVALS, IVALS, SVALS])  # (no bools: __index__ returning a bool warns)
        objs = [f"{self.pick(classes)}({', '.join(self.pick(vpool) for _ in range(self.r.randint(1, 4)))})"
                for _ in range(self.r.randint(2, 4))]
        ov = f"objs{k}"
        lines += self.guard([f"{ov} = [{', '.join(objs)}]"]) + [f"{ov} = globals().get('{ov}', [])"]
        lines = ["# classes: " + " ".join(feats)] + lines

        def fill(t):
            n = len(objs)
            return t.format(o=f"{ov}[{self.r.randrange(n)}]", o2=f"{ov}[{self.r.randrange(n)}]", objs=ov, C=C, D=D,
                            val=self.pick(vpool + VALS[:4]), i=self.pick(["0", "1", "(-1)", "5", "'k'"]))
        for _ in range(self.r.randint(4, 10)):
            if self.chance(0.75):
                lines.append(self.show(fill(self.pick(OBJ_PROBES))))
            else:
                lines += self.guard([fill(t) for t in self.pick(OBJ_STMTS)])
        return lines

    def c_protocols(self, k):
        """Descriptors and class hooks, reflected operators and their priority
        for subclasses, rich comparisons returning non-bools, conversions."""
        pick = self.r.randrange(3)
        if pick == 0:
            lines = tpl("""
                class Field$k:
                    def __set_name__(self, owner, name):
                        self.name = '_' + name
                        print('set_name', owner.__name__, name)
                    def __get__(self, obj, objtype=None):
                        if obj is None:
                            return 'class access ' + objtype.__name__
                        return getattr(obj, self.name, 'unset')
                    def __set__(self, obj, value):
                        if value < 0:
                            raise ValueError('negative ' + self.name)
                        setattr(obj, self.name, value)
                    def __delete__(self, obj):
                        print('delete', self.name)
                class Host$k:
                    a = Field$k()
                    b = Field$k()
                    plain = 'class value'
                    def __init_subclass__(cls, tag='none', **kw):
                        super().__init_subclass__(**kw)
                        cls.tag = tag
                        print('init_subclass', cls.__name__, tag)
                    def __repr__(self):
                        return f'Host$k(a={self.a!r}, b={self.b!r})'
                class Child$k(Host$k, tag='child'):
                    b = 'shadowed'
                h$k = $cls()""", k=k, cls=self.pick([f"Host{k}", f"Child{k}"]))
            stmts = [[f"h{k}.a = {self.pick(IVALS)}", f"print(h{k})"], [f"h{k}.b = {self.pick(IVALS)}", f"print(h{k}, vars(h{k}))"],
                     [f"del h{k}.a", f"print(h{k})"], [f"h{k}.plain = 'mine'", f"print(h{k}.plain, Host{k}.plain)"],
                     [f"h{k}.a = 'x'"], [f"print(Host{k}.a, Child{k}.tag, getattr(Host{k}, 'tag', 'no tag'))"],
                     [f"class Grand{k}(Child{k}, tag={self.pick(['None', repr('g'), '1'])}):", "    pass",
                      f"print(Grand{k}.tag, Grand{k}().a)"], [f"class Bad{k}(Host{k}, other=1):", "    pass"]]
        elif pick == 1:
            lines = tpl("""
                class Num$k:
                    def __init__(self, v):
                        self.v = v
                    def __repr__(self):
                        return f'{type(self).__name__}({self.v})'
                    def __add__(self, other):
                        return f'{self!r}.add({other!r})'
                    def __radd__(self, other):
                        return f'{self!r}.radd({other!r})'
                    def __lt__(self, other):
                        return f'{self!r}.lt({other!r})'
                    def __gt__(self, other):
                        return f'{self!r}.gt({other!r})'
                    def __eq__(self, other):
                        return $eq
                class Sub$k(Num$k):
                    def __radd__(self, other):
                        return f'{self!r}.sub_radd({other!r})'
                    def __gt__(self, other):
                        return f'{self!r}.sub_gt({other!r})'
                n$k, s$k = Num$k(1), Sub$k(2)""", k=k, eq=self.pick(["f'{self!r}.eq'", "NotImplemented", "self.v == getattr(other, 'v', other)", "0"]))
            stmts = [[f"print({e})"] for e in (
                f"n{k} + s{k}", f"s{k} + n{k}", f"1 + n{k}", f"n{k} + 1", f"n{k} < s{k}", f"s{k} < n{k}", f"n{k} > 1",
                f"1 < n{k}", f"n{k} == 5", f"5 == n{k}", f"n{k} != n{k}", f"n{k} != Num{k}(1)", f"[n{k}] == [Num{k}(1)]",
                f"n{k} in [Num{k}(3)]", f"n{k} == s{k}", f"s{k} == n{k}", f"sum([n{k}, s{k}], 0)", f"n{k} <= s{k}",
                f"[n{k}, s{k}].index(s{k})", f"sorted([s{k}, n{k}])", f"max(n{k}, s{k})", f"{{n{k}: 1}}")]
        else:
            lines = tpl("""
                class Conv$k:
                    def __init__(self, v):
                        self.v = v
                    def __repr__(self):
                        return 'Conv$k(' + repr(self.v) + ')'
                    def __index__(self):
                        return self.v
                    $extra""", k=k, extra=self.pick([
                    "def __float__(self):\n        return 2.5", "def __int__(self):\n        return 7",
                    "def __round__(self, n=None):\n        return ('round', n)", "def __len__(self):\n        return self.v",
                    "def __str__(self):\n        return self.v", "__hash__ = None", "__iter__ = None",
                    "def __bool__(self):\n        return False\n    def __len__(self):\n        return 5",
                    "def __contains__(self, x):\n        return x == 'in'",
                    "def __getitem__(self, i):\n        print('getitem', repr(i))\n        return i"]))
            c = f"Conv{k}({self.pick(CONV_ARGS)})"
            stmts = [[f"show(lambda: {e})"] for e in (
                f"int({c})", f"float({c})", f"round({c})", f"round({c}, 2)", f"bin({c})", f"hex({c})", f"[0, 1, 2, 3][{c}]",
                f"'abcdef'[{c}:]", f"range({c})", f"list(range(10))[:{c}]", f"str({c})", f"bool({c})", f"len({c})",
                f"'in' in {c}", f"list({c})", f"{{{c}}}", f"{c}[1:2]", f"{c}[::2]", f"{c}[1, 2]", f"operator.index({c})",
                f"divmod(7, {c})", f"{c} * 2", f"'ab' * {c}", f"pow(2, {c}, 5)", f"math.factorial({c})", f"chr(65 + {c})",
                f'f"{{{c}!s}}"', f"format({c}, 'd')", f"abs({c})")]
            lines = ["import operator"] + lines
        for _ in range(self.r.randint(3, 8)):
            lines += self.guard(self.pick(stmts))
        return lines

    def c_dataclasses(self, k):
        P, Q = f"Pt{k}", f"Pt3d{k}"
        opts = [o for o in ("order=True", "frozen=True", "eq=False", "kw_only=True", "repr=False") if self.chance(0.25)]
        field = self.pick(["tags: list = dataclasses.field(default_factory=list)",
                           "tags: list = dataclasses.field(default_factory=list, compare=False, repr=False)",
                           "tags: tuple = ()", "tags: list = []", "note: str = dataclasses.field(default='n', repr=False)"])
        post = ["    def __post_init__(self):", "        print('post_init', self.x)"] if self.chance(0.4) else []
        lines = ["import dataclasses"] + self.guard(
            [f"@dataclasses.dataclass({', '.join(opts)})", f"class {P}:", "    x: int",
             f"    y: int = {self.pick(IVALS)}", f"    {field}", "    def norm(self):",
             "        return abs(self.x) + abs(self.y)"] + post +
            ["@dataclasses.dataclass" + ("(frozen=True)" if "frozen=True" in opts else ""), f"class {Q}({P}):",
             "    z: int = 0"])
        kw = "kw_only=True" in opts
        mk = lambda cls: (f"{cls}(x={self.pick(IVALS)}, y={self.pick(IVALS)})" if kw or self.chance(0.3)
                          else f"{cls}({', '.join(self.pick(IVALS) for _ in range(self.r.randint(0, 3)))})")
        lines += self.guard([f"a{k} = {mk(P)}", f"b{k} = {mk(self.pick([P, Q]))}", f"print(a{k}, b{k})"])
        probes = [f"a{k} == b{k}", f"a{k} < b{k}", f"sorted([b{k}, a{k}])", f"dataclasses.asdict(b{k})",
                  f"dataclasses.astuple(a{k})", f"dataclasses.replace(a{k}, y={self.pick(IVALS)})",
                  f"[f.name for f in dataclasses.fields({Q})]", f"hash(a{k}) == hash(dataclasses.replace(a{k}))",
                  f"{mk(P)}", f"{P}()", f"{P}(1, 2, 3, 4, 5)", f"{P}(y=1)", f"dataclasses.is_dataclass(a{k})",
                  f"a{k}.norm()", f"repr(b{k})", f"a{k} == (a{k}.x, a{k}.y)", f"{{a{k}: 1}}",
f"dataclasses.replace(a{k}, w=1)"]
        for _ in range(self.r.randint(3, 7)):
            lines.append(self.show(self.pick(probes)))
        if self.chance(0.5):
            lines += self.guard([f"a{k}.x = {self.pick(IVALS)}", f"print(a{k})"])
        return lines

    # -- generators ----------------------------------------------------------------
    def gen_ops(self, g, n):
        """Drive generator g with n of next/send/throw/close, printing each outcome."""
        lines = []
        for _ in range(n):
            op = self.pick([f"next({g})", f"next({g})", f"{g}.send({self.pick(IVALS)})", f"{g}.send(None)",
                            f"{g}.throw(ValueError('v'))", f"{g}.throw(KeyError('k'))", f"{g}.close()",
                            f"next({g}, 'dflt')", f"{g}.throw(GeneratorExit)"])
            lines += ["try:", f"    print({op!r}, {op})", "except StopIteration as e:",
                      f"    print({op!r}, 'stop', e.value)", "except BaseException as e:", f"    print({op!r}, desc(e))"]
        return lines

    def c_gen_protocol(self, k):
        variant = self.r.randrange(4)
        if variant == 0:
            lines = tpl("""
                def acc$k(limit):
                    total = 0
                    try:
                        while total < limit:
                            try:
                                x = yield total
                            except ValueError as e:
                                print('acc caught', repr(e))
                                x = $v
                            if x is None:
                                x = 1
                            total += x
                        return total
                    finally:
                        print('acc$k cleanup', total)
                g$k = acc$k($limit)""", k=k, v=self.pick(IVALS), limit=self.pick(["3", "10", "0", "(-1)", "100"]))
        elif variant == 1:
            lines = tpl("""
                def inner$k(n):
                    try:
                        for i in range(n):
                            got = yield ('in', i)
                            if got is not None:
                                print('inner got', got)
                    except KeyError as e:
                        print('inner caught', repr(e))
                        yield 'recovered'
                    finally:
                        print('inner$k finally')
                    return n * 10
                def outer$k(n):
                    r = yield from inner$k(n)
                    print('outer got', r)
                    r2 = yield from $iterable
                    return (r, r2)
                g$k = outer$k($n)""", k=k, n=self.r.randint(0, 3),
                iterable=self.pick(["[r, r + 1]", "range(2)", "''", "'ab'", "inner$k(1)".replace("$k", str(k))]))
        elif variant == 2:
            lines = tpl("""
                def stubborn$k():
                    n = 0
                    while True:
                        try:
                            yield n
                        except GeneratorExit:
                            n += 1
                            print('exit seen', n)
                            if n == 1:
                                yield 'again'
                            $after
                        n += 10
                g$k = stubborn$k()""", k=k, after=self.pick(["return", "raise", "raise ValueError('on close')", "return 'r'"]))
        else:
            lines = tpl("""
                def fin$k(items):
                    try:
                        for x in items:
                            if x == 3:
                                raise StopIteration('leak')
                            yield x
                        $tail
                    finally:
                        print('fin$k finally')
                        $fin
                g$k = fin$k($items)""", k=k, items=self.ilist(0, 4),
                tail=self.pick(["return 'ret'", "pass", "yield 'last'"]),
                fin=self.pick(["pass", "pass", "return 'fin-ret'"]))
        lines += self.gen_ops(f"g{k}", self.r.randint(2, 7))
        # Cleanup must not depend on the garbage collector: close explicitly,
        # twice if the first close is refused.
        lines += ["for _ in range(2):", "    try:", f"        g{k}.close()", "        break",
                  "    except Exception as e:", "        print('close', desc(e))"]
        if self.chance(0.3):
            lines.append(self.show(f"list({self.pick(['acc', 'outer', 'fin'])}{k}({self.pick(['2', '[1, 2]', '0'])}))"))
        return lines

    def c_genexp(self, k):
        data, m = f"data{k}", f"m{k}"
        pick = self.r.randrange(6)
        if pick == 0:
            return [f"{data} = {self.ilist(1, 5)}", f"{m} = {self.pick(IVALS)}",
                    f"g{k} = (x * {m} for x in {data} if x)", f"{m} = {self.pick(IVALS)}", f"{data} = ['rebound']",
                    self.show(f"list(g{k})"), self.show(f"list(g{k})"), self.show(f"next(g{k}, 'exhausted')")]
        if pick == 1:
            return [f"g{k} = (1 // x for x in {self.ilist(1, 4)})", self.show(f"next(g{k})"), self.show(f"next(g{k})"),
                    self.show(f"next(g{k})"), self.show(f"list(g{k})")]
        if pick == 2:
            return [f"it{k} = iter(range({self.r.randint(0, 6)}))",
                    self.show(f"list(zip(it{k}, {self.pick(WORDS)}))"), self.show(f"next(it{k}, 'end')"),
                    self.show(f"list(it{k})")]
        if pick == 3:
            return [f"def noisy{k}(v):", "    print('test', v)", f"    return v % {self.pick(['2', '3'])} == 0",
                    self.show(f"{self.pick(['any', 'all'])}(noisy{k}(v) for v in {self.ilist()})"),
                    self.show(f"max((v for v in {self.ilist(0, 3)}), default='none')"),
                    self.show(f"sorted((v % 3 for v in {self.ilist()}), reverse=True)"),
                    self.show(f"sum(v * v for v in range({self.r.randint(0, 6)}))")]
        if pick == 4:
            return [f"def selfref{k}():", f"    yield next(gs{k})", f"gs{k} = selfref{k}()", self.show(f"next(gs{k})"),
                    self.show(f"next(gs{k}, 'finished')"),
                    f"vals{k} = {self.ilist(1, 6)}", self.show(f"list(iter(vals{k}.pop, {self.pick(IVALS)}))"),
                    self.show(f"vals{k}"), self.show(f"list(iter({self.pick(['5', 'None', '[]', '{}'])}))"),
                    self.show(f"next({self.pick(['[]', '(1,)', 'iter([])', '{}'])})")]
        return [f"class Countdown{k}:", "    def __init__(self, n):", "        self.n = n",
                "    def __repr__(self):", "        return f'Countdown({self.n})'",
                "    def __iter__(self):", "        return self", "    def __next__(self):", "        if self.n <= 0:",
                "            raise StopIteration", "        self.n -= 1", "        return self.n",
                f"cd{k} = Countdown{k}({self.r.randint(0, 4)})", self.show(f"list(cd{k})"), self.show(f"list(cd{k})"),
                self.show(f"[x for x in Countdown{k}(3) if x]"), self.show(f"dict(enumerate(Countdown{k}(2)))"),
                f"for x in Countdown{k}({self.r.randint(0, 5)}):", f"    if x == {self.r.randint(0, 3)}:",
                "        print('break at', x)", "        break", "else:", "    print('no break')"]

    # -- exceptions ---------------------------------------------------------------
    def c_chains(self, k):
        """Exceptions raised through three functions with implicit and explicit
        chaining, printed via __cause__/__context__/__suppress_context__."""
        handler = self.pick(["raise DbErr$k('lookup failed', 7) from e", "raise DbErr$k('lookup failed', 7) from None",
                             "raise AppErr$k('wrapped')", "raise", "return 'mid handled'",
                             "e.add_note('note $k')\n        raise"])
        top = self.pick(["raise RuntimeError('top')", "return chain$k(e)", "raise",
                         "raise ValueError('top') from e.__cause__", "raise TypeError('top') from None"])
        lines = tpl("""
            class AppErr$k(Exception):
                def __init__(self, msg, code=0):
                    super().__init__(msg)
                    self.code = code
            class DbErr$k(AppErr$k):
                def __str__(self):
                    return f'db[{self.code}]: {self.args[0]}'
            def chain$k(e):
                out = []
                while e is not None:
                    out.append(f'{type(e).__name__}({e})')
                    e = e.__cause__ or (None if e.__suppress_context__ else e.__context__)
                return ' <- '.join(out)
            def low$k(v):
                $low
            def mid$k(v):
                try:
                    return low$k(v)
                except (ZeroDivisionError, KeyError, IndexError) as e:
                    $handler
                except Exception:
                    $mexc
                finally:
                    print('mid finally', $fin)
            def top$k(v):
                try:
                    return mid$k(v)
                except AppErr$k as e:
                    $top
            for v in [$vals]:
                try:
                    print('ok', top$k(v))
                except Exception as e:
                    print('chain', chain$k(e), e.__suppress_context__, getattr(e, '__notes__', None))""",
            k=k, low=self.pick(CHAIN_LOW), handler=handler.replace("$k", str(k)), top=top.replace("$k", str(k)),
            mexc=self.pick(["raise", "raise AppErr$k('other') from None".replace("$k", str(k)), "return None"]),
            fin=self.pick(["v", "repr(v)", "sys.exc_info()[0].__name__ if sys.exc_info()[0] else None"]),
            vals=", ".join(self.r.sample(CHAIN_VALUES, self.r.randint(1, 4))))
        return lines + [self.show(self.pick([
            f"(str(DbErr{k}('m', 3)), repr(AppErr{k}('x', 1)), AppErr{k}('x').args, DbErr{k}.__mro__[2].__name__)",
            f"[str(e) for e in ({self.pick(EXC_NAMES)}(), {self.pick(EXC_NAMES)}('a'), {self.pick(EXC_NAMES)}('a', 2))]",
            f"[repr(e) for e in (KeyError('k'), KeyError(), OSError(2, 'gone'), StopIteration(5), SystemExit(3))]",
            f"(str(KeyError('k')), str(OSError(2, 'gone')), OSError(2, 'gone').errno, StopIteration(7).value)",
            f"(SystemExit().code, SystemExit(2, 3).code, UnicodeError('u').args, AttributeError('a', name='n').name)",
            f"issubclass(DbErr{k}, (KeyError, AppErr{k}))",
        ]))]

    def c_handlers(self, k):
        """Odd corners of try statements: finally overriding return, the
        unbound `as` name, bare raise without an exception, context managers."""
        pick = self.r.randrange(5)
        if pick == 0:
            return tpl("""
                def ret$k(v):
                    try:
                        if v:
                            raise ValueError(v)
                        return 'body'
                    except ValueError:
                        return 'handler'
                    else:
                        print('else runs')
                    finally:
                        print('finally runs')
                        $fin
                show(lambda: [ret$k(0), ret$k(1)])""", k=k, fin=self.pick(["pass", "return 'finally'", "1 / 0"]))
        if pick == 1:
            return tpl("""
                try:
                    raise KeyError($v)
                except KeyError as e$k:
                    print('caught', repr(e$k))
                show(lambda: e$k)
                try:
                    raise
                except RuntimeError as e:
                    print(desc(e))""", k=k, v=self.pick(VALS))
        if pick == 2:
            return tpl("""
                class Ctx$k:
                    def __init__(self, name, swallow):
                        self.name, self.swallow = name, swallow
                    def __repr__(self):
                        return f'Ctx$k({self.name!r})'
                    def __enter__(self):
                        print('enter', self.name)
                        return self
                    def __exit__(self, et, ev, tb):
                        print('exit', self.name, et.__name__ if et else None, repr(ev))
                        return self.swallow
                try:
                    with Ctx$k('a', $s1) as a, Ctx$k('b', $s2) as b:
                        print('body', a, b)
                        $body
                    print('after with')
                except Exception as e:
                    print('escaped', desc(e))""", k=k, s1=self.pick(["True", "False", "None", "1"]),
                       s2=self.pick(["True", "False"]),
                       body=self.pick(["raise ValueError('boom')", "pass", "1 / 0", "raise KeyError('k')"]))
        if pick == 3:
            return tpl("""
                def nested$k():
                    try:
                        try:
                            $inner
                        finally:
                            print('inner finally')
                    except $catch as e:
                        print('outer caught', desc(e), type(e.__context__).__name__)
                        return 'recovered'
                    return 'clean'
                show(nested$k)""", k=k, catch=self.pick(["Exception", "LookupError", "(TypeError, ValueError)", "ArithmeticError"]),
                       inner=self.pick(["raise KeyError('x')", "x = [][0]", "raise ValueError('v')",
                                        "int('z')", "{}['missing']", "None.attr", "pass"]))
        return tpl("""
            def loop$k(items):
                out = []
                for x in items:
                    try:
                        if x == 0:
                            continue
                        if x < 0:
                            break
                        out.append(10 // (x - 1))
                    except ZeroDivisionError:
                        out.append('zero')
                    finally:
                        out.append('f')
                else:
                    out.append('else')
                return out
            show(lambda: loop$k($items))""", k=k, items=self.ilist(0, 6))

    def c_exgroups(self, k):
        """ExceptionGroup construction, except* splitting, subgroup/split/derive."""
        leaves = ["ValueError(1)", "TypeError('t')", "KeyError('k')", "ValueError(2)", "OSError(5, 'io')",
                  "ZeroDivisionError('z')", "RuntimeError('r')"]

        def group(depth):
            items = [self.pick(leaves) for _ in range(self.r.randint(1, 3))]
            if depth and self.chance(0.5):
                items.insert(self.r.randint(0, len(items)), group(depth - 1))
            return f"ExceptionGroup({self.pick(['outer', 'inner', 'eg'])!r}, [{', '.join(items)}])"
        g = group(2)
        raised = g if self.chance(0.8) else self.pick(leaves)
        clauses = self.r.sample(["ValueError", "(TypeError, KeyError)", "OSError", "ArithmeticError", "LookupError",
                                 "RuntimeError", "Exception"], self.r.randint(1, 3))
        lines = ["try:", "    try:", f"        raise {raised}"]
        for c in clauses:
            lines += [f"    except* {c} as eg:", f"        print({c!r}, repr(eg), eg.message)"]
            if self.chance(0.15):
                lines.append(f"        raise {self.pick(['RuntimeError', 'ValueError'])}('in handler')")
        lines += ["except BaseException as e:", "    print('left over', repr(e))",
                  "    print('context', repr(e.__context__))"]
        lines.append(f"eg{k} = {group(1)}")
        for _ in range(self.r.randint(1, 4)):
            lines.append(self.show(self.pick([
                f"eg{k}.subgroup({self.pick(['ValueError', 'TypeError', '(KeyError, OSError)'])})",
                f"eg{k}.subgroup(lambda e: isinstance(e, {self.pick(['ValueError', 'ExceptionGroup'])}))",
                f"eg{k}.split({self.pick(['ValueError', 'LookupError', 'Exception'])})",
                f"(str(eg{k}), len(eg{k}.exceptions), eg{k}.message)", f"eg{k}.derive([ValueError(9)])",
                "ExceptionGroup('x', [])", "ExceptionGroup('x', [1])", "ExceptionGroup(1, [ValueError()])",
                "type(BaseExceptionGroup('b', [ValueError(1)])).__name__",
                "type(BaseExceptionGroup('b', [KeyboardInterrupt()])).__name__",
                "ExceptionGroup('x', [KeyboardInterrupt()])", "ExceptionGroup('x', ValueError(1))",
                f"repr(eg{k})", f"[desc(e) for e in eg{k}.exceptions]"])))
        if self.chance(0.3):
            lines += ["try:", f"    raise {self.pick(leaves)}", "except* ExceptionGroup:", "    print('unreachable')",
                      "except TypeError as e:", "    print(desc(e))"]
        return lines

    # -- closures and scopes ---------------------------------------------------------
    def c_scopes(self, k):
        pick = self.r.randrange(7)
        if pick == 0:
            return tpl("""
                def make$k():
                    x = $v
                    def get():
                        return x
                    def put(v):
                        nonlocal x
                        old, x = x, v
                        return old
                    def wrap():
                        nonlocal x
                        x = [x]
                        return x
                    return get, put, wrap
                get$k, put$k, wrap$k = make$k()
                show(lambda: (get$k(), put$k($w), get$k(), wrap$k(), get$k()))
                show(lambda: [c.cell_contents for c in get$k.__closure__])""",
                       k=k, v=self.val(), w=self.val())
        if pick == 1:
            return tpl("""
                def outer$k():
                    x = 0
                    def mid():
                        nonlocal x
                        x += 1
                        def inner():
                            nonlocal x
                            x *= 10
                            return x
                        return inner
                    fs = [mid() for _ in range($n)]
                    before = x
                    return before, [f() for f in fs], x
                show(outer$k)""", k=k, n=self.r.randint(0, 3))
        if pick == 2:
            return tpl("""
                def late$k():
                    def inner():
                        return y
                    r = []
                    try:
                        r.append(inner())
                    except NameError as e:
                        r.append(str(e))
                    y = $v
                    r.append(inner())
                    del y
                    try:
                        r.append(inner())
                    except NameError as e:
                        r.append(str(e))
                    return r
                show(late$k)
                cnt$k = 0
                def inc$k():
                    cnt$k += 1
                    return cnt$k
                show(inc$k)
                def glob$k():
                    global cnt$k
                    cnt$k += 5
                    return cnt$k
                show(lambda: (glob$k(), glob$k(), cnt$k))""", k=k, v=self.val())
        if pick == 3:
            return tpl("""
                def loops$k():
                    out = []
                    for i in range($n):
                        def f(j=i):
                            return (i, j)
                        out.append(f)
                    return [f() for f in out]
                show(loops$k)
                adders$k = {n: (lambda v, n=n: v + n) for n in range(3)}
                show(lambda: [adders$k[n](10) for n in adders$k])
                mults$k = [lambda v: v * i for i in range(3)]
                show(lambda: [m(2) for m in mults$k])""", k=k, n=self.r.randint(0, 4))
        if pick == 4:
            body = self.pick(["vals = [base + i for i in range(3)]", "vals = [i for i in range(base)]",
                              "vals = {i: base for i in range(2)}", "vals = [j for i in range(base) for j in range(i)]",
                              "vals = (lambda: base)()", "vals = sorted(range(base), key=lambda i: -i)"])
            return self.guard([f"class Scope{k}:", "    base = 3", f"    {body}", "    def meth(self):",
                               "        return base", f"print(Scope{k}.vals)", f"print(Scope{k}().meth())"])
        if pick == 5:
            return tpl("""
                import functools
                def tag$k(label):
                    def deco(fn):
                        @functools.wraps(fn)
                        def wrapper(*a, **kw):
                            wrapper.calls += 1
                            return f'{label}:{fn(*a, **kw)}'
                        wrapper.calls = 0
                        return wrapper
                    return deco
                @tag$k('x')
                @tag$k('y')
                def base$k(n, *, sep='-'):
                    "Join numbers."
                    return sep.join(str(i) for i in range(n))
                show(lambda: (base$k($n), base$k(2, sep='+'), base$k.calls))
                show(lambda: (base$k.__name__, base$k.__doc__, base$k.__wrapped__(1), base$k.__wrapped__.calls))
                show(lambda: base$k(1, 2))""", k=k, n=self.r.randint(0, 4))
        return tpl("""
            def fib_memo$k():
                memo = {}
                def fib(n):
                    if n in memo:
                        return memo[n]
                    memo[n] = r = n if n < 2 else fib(n - 1) + fib(n - 2)
                    return r
                return fib, memo
            f$k, memo$k = fib_memo$k()
            show(lambda: (f$k($n), len(memo$k), sorted(memo$k)[:5]))
            show(lambda: (lambda a, *b, c=3, **d: (a, b, c, sorted(d)))($args))""",
                   k=k, n=self.r.randint(0, 30),
                   args=self.pick(["1", "1, 2, 3", "1, c=4, z=5", "", "c=1", "1, 2, c=3, a=4"]))

    # -- formatting ------------------------------------------------------------------
    def c_fstrings(self, k):
        x, n, s, w, p = (f"{c}{k}" for c in ("fx", "fn", "fs", "fw", "fp"))
        lines = [f"{x} = {self.val()}", f"{n} = {self.pick(IVALS + ['2.5', '(-0.0)', '1234567.891', '1e-7', 'True'])}",
                 f"{s} = {self.pick(WORDS + UNI[:12])}", f"{w} = {self.pick(['0', '3', '8', '12'])}",
                 f"{p} = {self.pick(['0', '1', '3'])}"]
        fields = [f"{{{x}=}}", f"{{{x} = }}", f"{{{x}=!s}}", f"{{{n}=:>8}}", f"{{{x}!r:^12}}", f"{{{s}!a}}",
                  f"{{{n}:{{{w}}}}}", f"{{{s}:*^{{{w}}}}}", f"{{{n}:,}}", f"{{{n}:_}}", f"{{{n}:+08.{{{p}}}f}}",
                  f"{{{n}:.2%}}", f"{{{n}:e}}", f"{{{s}:.3}}", f"{{{s}:<8}}|", f"{{{n}:#x}}", f"{{{n}:b}}",
                  f"{{{n}!r:>{{{w}}}}}", f'{{{x} if {x} else "z"}}', "{{literal}}", f'{{f"{{{s}!r}}"}}',
                  f"{{3.14159:.{{{p}}}f}}", "{-0.0:+}", "{True:>5}", "{None!r:^6}", f"{{{n}:=+10}}",
                  f"{{[{x}, {n}]!s:>10}}", f"{{({x},)}}", f"{{{s}[::-1]}}", f"{{len({s}):03}}", f"{{{n}:g}}",
                  f"{{{n}:n}}", f"{{{s}:>{{{w}}}.{{{p}}}}}", f"{{{s}!r:.4}}", f"{{{n}:x<5}}", f"{{{n}:^+9.3g}}"]
        for _ in range(self.r.randint(2, 5)):
            body = "".join(self.pick(fields) + self.pick([" ", "|", ""]) for _ in range(self.r.randint(1, 3)))
            lines.append(self.show(f"f'{body}'"))
        for _ in range(self.r.randint(0, 2)):
            lines.append(self.show(self.pick([
                f"'{{0}}-{{1!r}}-{{0:>{{2}}}}'.format({s}, {x}, {w})", f"'{{a[1]}}|{{b.real}}'.format(a=[1, {x}], b={n})",
                f"'{{!r:>{{}}}}'.format({x}, {w})", f"'{{:{{}}{{}}}}'.format({n}, '>', {w})", f"'%(a)s-%(b)5.1f' % {{'a': {s}, 'b': {n}}}",
                f"'{{0}}{{}}'.format(1, 2)", f"'{{}}{{1}}'.format(1, 2)", f"'{{x}}'.format({x})", f"'{{0[1]}}'.format({s})",
                f"format({n}, {self.fmt(FMT_INT + FMT_FLT)!r})", f"'{{:{{}}}}'.format({s}, '^' + str({w}))",
                f"'{{:%}}'.format({n})", f"'{{0:{{1}}}}'.format({n}, '.{{}}f')",
            ])))
        return lines

    # -- comprehensions ----------------------------------------------------------------
    def c_comp_semantics(self, k):
        data = f"src{k}"
        lines = [f"{data} = {self.ilist(0, 6)}"]
        pool = [
            [f"xs{k} = 'outer'", f"print([xs{k} for xs{k} in range(3)], xs{k})"],
            [f"print([(w{k} := v * 2) for v in {data}])", f"print(globals().get('w{k}', 'unbound'))"],
            [f"def wal{k}(items):", f"    if any((hit := v) > 2 for v in items):", "        return 'hit', hit",
             "    return 'none', locals().get('hit')", f"print(wal{k}({data}))"],
            [f"print([(a, b) for a in range({self.r.randint(0, 4)}) for b in range(a) if (a + b) % 2])"],
            [f"print([[a * b for b in range(3)] for a in {data}])"],
            [f"print({{v % 3: v for v in {data}}})", f"print({{v: i for i, v in enumerate({self.pick(WORDS)})}})"],
            [f"print({{v % 5 for v in {data}}}, {{abs(v) for v in {data}}})"],
            [f"def src_gen{k}():", f"    for v in {data}:", "        print('yield', v)", "        yield v",
             f"def pred{k}(v):", "    print('test', v)", "    return v % 2",
             f"print([v * 10 for v in src_gen{k}() if pred{k}(v)])"],
            [f"print([(h, t) for h, *t in [[1, 2, 3], [4], 'ab', ()]])"],
            [f"d{k} = {{1: 'a', 2: 'b', 3: 'c'}}", f"print({{key: d{k}.pop(key) for key in d{k}}})"],
            [f"print([v for v in {data} if v if v > 0], [v if v else 'zero' for v in {data}])"],
            [f"print(list(zip({data}, {self.pick(WORDS)}, strict=True)))"],
            [f"rows{k} = [{self.ilist(2, 2)}, {self.ilist(2, 2)}, {self.ilist(2, 2)}]",
             f"print(list(zip(*rows{k})), [sum(r) for r in rows{k}])"],
            [f"print({{k: v for k, v in [(1, 'x'), (1, 'y'), (2, 'z')]}}, dict([(1, 'x'), (1, 'y')]))"],
            [f"print([v for v in (1 // x for x in {data})])"],
            [f"gen{k} = (v for v in {data})", f"print(list(gen{k}), [v for v in gen{k}], {data})"],
            [f"print(sorted({{c for c in {self.pick(WORDS)}}}), len({{c for c in {self.pick(UNI)}}}))"],
            [f"print([y for x in [{data}, [9]] for y in x], [*{data}, *range(2)], {{**{{1: 2}}, 3: 4}})"],
        ]
        for _ in range(self.r.randint(2, 4)):
            lines += self.guard(self.pick(pool))
        return lines

    # -- Unicode strings ---------------------------------------------------------------
    def c_unicode(self, k):
        u = f"u{k}"
        lines = [f"{u} = {self.pick(UNI)}", f"print(repr({u}), len({u}))"]
        for _ in range(self.r.randint(3, 8)):
            lines.append(self.show(self.pick([
                f"{u}.{self.pick(UMETH0)}()", f"{u}.{self.pick(UMETH0)}()", f"[c.{self.pick(UMETH0[6:17])}() for c in {u}]",
                f"({u}.{self.pick(['center', 'ljust', 'rjust'])}({self.pick(['0', '5', '12'])}, {self.pick(['*', '·', '€', '🐍', 'ß'])!r}))",
                f"{u}.zfill(9)", f"{u}[::-1]", f"{u}[1:4]", f"[ord(c) for c in {u}][:8]", f"ascii({u})",
                f"{u}.split({self.pick(['None', repr(' '), repr('a'), repr('ß')])}{self.pick(['', ', 1'])})",
                f"{u}.rsplit(None, 1)", f"{u}.partition(' ')", f"{u}.find({self.pick(UNI[:8] + ['s', 'ß', ' '])!r})",
                f"{u}.count({self.pick(['s', 'a', '', ' '])!r})", f"{u}.replace({self.pick(['s', 'ß', ' ', 'a'])!r}, '-')",
                f"{u}.startswith(({self.pick(UNI)}, {self.pick(['s', 'İ', 'ǅ', ''])!r}))", f"sorted({u})[:6]",
                f"(max({u}), min({u}))", f"{u}.translate(str.maketrans('aeßs', 'AEZS', 'x'))",
                f"{u}.upper().lower() == {u}.lower()", f"{u}.casefold() == {self.pick(UNI)}.casefold()",
                f"{u}.title().swapcase()", f"'{{:^12}}|{{!a}}'.format({u}, {u})", f"f'{{{u}!a:>15}}'",
                f"{u}.splitlines(True)", f"{u}.expandtabs(4)", "'naïve'.encode('ascii')",
                f"int({self.pick(UNI_NUMS)})", f"float({self.pick(UNI_FLOATS)})",
                f"{u}.lower().islower()", f"{u}.upper().isupper()", f"(len({u}.upper()), len({u}.lower()), len({u}.casefold()))",
                f"{u}.index('Q')", f"[{u}.isdecimal(), {u}.isdigit(), {u}.isnumeric()]", f"str.isidentifier({u})",
                f"{u} < {self.pick(UNI)}", f"{u} * 2", f"{u}.strip('\\u3000 ')", f"'-'.join({u})",
                f"{u}.removeprefix({u}[:2])", f"{u}.capitalize()", f"{u}.istitle()", f"{u}.title()",
            ])))
        return lines

    # -- sorting and key functions -------------------------------------------------------
    def c_sorting(self, k):
        recs = f"recs{k}"
        rows = ", ".join(f"({self.pick(WORDS)}, {self.pick(IVALS[:5])})" for _ in range(self.r.randint(0, 6)))
        words = f"words{k}"
        lines = ["import operator", "import functools", "import heapq", f"{recs} = [{rows}]",
                 f"{words} = {self.wlist(0, 6)}"]
        for _ in range(self.r.randint(3, 8)):
            lines.append(self.show(self.pick([
                f"sorted({recs}, key=lambda r: r[1])", f"sorted({recs}, key=lambda r: r[1], reverse=True)",
                f"sorted({recs}, key=lambda r: (-r[1], r[0]))", f"sorted({recs}, key=lambda r: r[0].lower())",
                f"min({recs}, key=lambda r: r[1])", f"max({recs}, key=lambda r: r[1])",
                f"max({recs}, key=operator.itemgetter(1), default=None)", f"min({recs}, default='none')",
                f"min({recs})", f"max({self.pick(IVALS)}, {self.pick(IVALS)}, key=lambda v: -v)",
                f"min(1, 2, default=0)", f"max([], key=len)", f"sorted({words}, key=len)",
                f"sorted({words}, key=str.casefold)", f"sorted({words}, key=lambda w: w[-1:])",
                f"sorted({words}, reverse=True)", f"sorted({words}, key=len, reverse=True)",
                f"sorted({self.ilist()}, key=lambda v: 10 // v)",
                f"sorted({self.ilist()}, key=functools.cmp_to_key(lambda a, b: (a % 3) - (b % 3)))",
                f"heapq.nsmallest({self.pick(['2', '0', '10'])}, {recs}, key=lambda r: r[1])",
                f"heapq.nlargest(2, {words}, key=len)", f"sorted(dict({recs}).items(), key=lambda kv: kv[1])",
                f"sorted({recs}, key=operator.itemgetter(1, 0))", f"sorted({self.ilist()}, key=abs)",
                f"[r[0] for r in sorted({recs}, key=lambda r: r[1])]", f"sorted({words}, key=None)",
                f"sorted({self.ilist()}, reverse=1)", f"sorted(range(5), key=lambda v: v % 2)",
                f"list(reversed(sorted({self.ilist()})))", f"sorted({self.ilist()}, {self.pick(['True', 'abs'])})",
                f"max({words}, key=len)", f"min({words}, key=lambda w: (len(w), w))",
            ])))
        if self.chance(0.5):
            lines += [f"lst{k} = list({recs})", f"print(lst{k}.sort(key=lambda r: r[1]), lst{k})",
                      f"print(lst{k}.sort(key=lambda r: r[0], reverse=True), lst{k})"]
        return lines

    # -- library modules -------------------------------------------------------------
    def c_itertools(self, k):
        L, S = self.ilist(0, 5), self.pick(WORDS)
        r = lambda: self.pick(["0", "1", "2", "3", "(-1)"])
        lines = ["import itertools", "import operator"]
        for _ in range(self.r.randint(3, 7)):
            lines.append(self.show(self.pick([
                f"list(itertools.accumulate({L}))", f"list(itertools.accumulate({L}, operator.mul))",
                f"list(itertools.accumulate({L}, max, initial={self.pick(IVALS)}))",
                f"list(itertools.chain({L}, {S}))", f"list(itertools.chain.from_iterable([{L}, {S}, []]))",
                f"list(itertools.combinations({S}, {r()}))", f"list(itertools.permutations({L}, {r()}))",
                f"list(itertools.product({S}, {L}))", f"list(itertools.product('ab', repeat={r()}))",
                f"list(itertools.combinations_with_replacement({L}, {r()}))",
                f"list(itertools.compress({S}, {self.ilist()}))",
                f"list(itertools.islice(itertools.count({self.pick(['0', '2.5', '(-3)'])}, {self.pick(['1', '0.5', '(-2)'])}), 4))",
                f"list(itertools.islice(itertools.cycle({S}), {self.r.randint(0, 7)}))",
                f"list(itertools.repeat({self.val()}, {r()}))",
                f"list(itertools.{self.pick(['dropwhile', 'takewhile', 'filterfalse'])}(lambda v: v < 3, {L}))",
                f"[(key, list(grp)) for key, grp in itertools.groupby(sorted({L}))]",
                f"[(key, len(list(grp))) for key, grp in itertools.groupby({S})]",
                f"[(key, list(grp)) for key, grp in list(itertools.groupby({S}))]",
                f"[(key, list(grp)) for key, grp in itertools.groupby({self.wlist()}, key=len)]",
                f"list(itertools.islice({S}, {self.pick(['2', '1, 3', 'None', '0, None, 2', '(-1)', '1, 2, 0'])}))",
                f"list(itertools.pairwise({S}))", f"list(itertools.starmap(pow, [(2, 3), (3, 2), (10, 0)]))",
                f"[list(t) for t in itertools.tee({L}, {self.pick(['2', '3', '0'])})]",
                f"list(itertools.zip_longest({L}, {S}, fillvalue='-'))",
                f"(repr(itertools.count({self.pick(['3', '1.5', '0, 2'])})), repr(itertools.repeat('a', 2)))",
                f"list(itertools.combinations(range(4), {self.pick(['(-1)', '5', '2.0', 'None'])}))",
                f"list(itertools.permutations(3))", f"itertools.count('a')",
                f"next(itertools.dropwhile(lambda v: True, {L}), 'none')",
            ])))
        return lines

    def c_functools(self, k):
        pick = self.r.randrange(4)
        if pick == 0:
            lines = tpl("""
                import functools
                @functools.lru_cache(maxsize=$size)
                def fib$k(n):
                    print('compute', n)
                    return n if n < 2 else fib$k(n - 1) + fib$k(n - 2)
                show(lambda: fib$k($n))
                show(lambda: fib$k.cache_info())
                show(lambda: (fib$k($n), fib$k.cache_info().hits))
                fib$k.cache_clear()
                show(lambda: fib$k.cache_info())""", k=k, size=self.pick(["2", "None", "0", "128"]),
                        n=self.r.randint(0, 6))
        elif pick == 1:
            lines = tpl("""
                import functools
                @functools.total_ordering
                class Ver$k:
                    def __init__(self, *parts):
                        self.parts = parts
                    def __eq__(self, other):
                        return self.parts == other.parts
                    def __lt__(self, other):
                        return self.parts < other.parts
                    def __repr__(self):
                        return 'Ver' + repr(self.parts)
                vs$k = [Ver$k(1, 2), Ver$k(1, 10), Ver$k(0, 9, 9), Ver$k(1, 2)]""", k=k)
            lines += [self.show(self.pick([f"sorted(vs{k})", f"max(vs{k})", f"vs{k}[0] <= vs{k}[3]",
                                           f"vs{k}[1] > vs{k}[2]", f"vs{k}[2] >= vs{k}[0]", f"vs{k}[0] != vs{k}[3]",
                                           f"sorted(vs{k}, reverse=True)", f"vs{k}[0] < 3"]))
                      for _ in range(self.r.randint(2, 4))]
        elif pick == 2:
            lines = tpl("""
                import functools
                import operator
                def fn$k(a, b, c=0, *rest, d=1):
                    return (a, b, c, rest, d)
                p$k = functools.partial(fn$k, $pargs)""", k=k,
                        pargs=self.pick(["1", "1, 2", "d=5", "1, c=9", "b=2"]))
            lines += [self.show(self.pick([f"p{k}({self.pick(['', '2', '2, 3', '2, 3, 4, 5', 'd=0', 'a=7', 'c=1'])})",
                                           f"(p{k}.args, p{k}.keywords, p{k}.func is fn{k})",
                                           f"functools.reduce(operator.{self.pick(['add', 'mul', 'sub'])}, {self.ilist()})",
                                           f"functools.reduce(lambda a, b: a + [b], {self.ilist()}, [])",
                                           f"functools.reduce(max, {self.ilist(0, 3)}, {self.pick(IVALS)})",
                                           f"functools.partial(functools.partial(fn{k}, 1), 2)(3)"]))
                      for _ in range(self.r.randint(2, 5))]
        else:
            lines = tpl("""
                import functools
                class Lazy$k:
                    def __init__(self, v):
                        self.v = v
                    def __repr__(self):
                        return f'Lazy$k({self.v!r})'
                    @functools.cached_property
                    def heavy(self):
                        print('computing', self.v)
                        return self.v * 2
                lz$k = Lazy$k($v)
                show(lambda: (lz$k.heavy, lz$k.heavy, sorted(vars(lz$k))))
                del lz$k.heavy
                show(lambda: lz$k.heavy)
                show(lambda: Lazy$k.heavy.attrname)""", k=k, v=self.val())
        return lines

    def c_collections(self, k):
        pick = self.r.randrange(5)
        lines = ["import collections"]
        if pick == 0:
            d = f"dq{k}"
            lines += self.guard([f"{d} = collections.deque({self.ilist()}{self.pick(['', ', maxlen=3', ', maxlen=0', ', 2'])})"])
            for _ in range(self.r.randint(3, 8)):
                op = self.pick([f"{d}.append({self.val()})", f"{d}.appendleft({self.val()})", f"{d}.pop()",
                                f"{d}.popleft()", f"{d}.extend({self.ilist()})", f"{d}.extendleft({self.ilist()})",
                                f"{d}.rotate({self.pick(['1', '(-2)', '7', '0'])})", f"{d}[{self.pick(['0', '(-1)', '5'])}]",
                                f"{d}.index({self.pick(IVALS)})", f"{d}.remove({self.pick(IVALS)})",
                                f"{d}.insert({self.pick(['0', '1', '(-1)'])}, 'i')", f"{d}.count({self.pick(IVALS)})",
                                f"list(reversed({d}))", f"{d} * 2", f"{d} + {d}", f"len({d})", f"{d}.maxlen",
                                f"{d} == collections.deque({self.ilist()})", f"{d}.copy()", f"{d}.clear()",
                                f"{d}.reverse()", f"{d}[1:]"])
                lines += [self.show(op), f"print({d})"]
        elif pick == 1:
            c = f"ctr{k}"
            lines.append(f"{c} = collections.Counter({self.pick([self.pick(WORDS), self.wlist(), self.ilist(), 'a=2, b=1'])})")
            for _ in range(self.r.randint(3, 8)):
                lines.append(self.show(self.pick([
                    f"{c}.most_common({self.pick(['', '1', '2', '(-1)'])})", f"{c}['zz']", f"{c}", f"{c}.total()",
                    f"{c} + collections.Counter({self.pick(WORDS)})", f"{c} - collections.Counter({self.pick(WORDS)})",
                    f"{c} & collections.Counter({self.pick(WORDS)})", f"{c} | collections.Counter({self.pick(WORDS)})",
                    f"+{c}", f"-{c}", f"sorted({c}.elements())", f"list({c}.items())",
                    f"{c} == collections.Counter({self.pick(WORDS)})", f"{c}.update({self.pick(WORDS)}) or {c}",
                    f"{c}.subtract({self.pick(WORDS)}) or {c}", f"{c}.setdefault('q', 3)", f"list({c})",
                    f"collections.Counter({{'a': -1, 'b': 0, 'c': 2}})", f"{c} <= collections.Counter({self.pick(WORDS)})"])))
        elif pick == 2:
            dd = f"dd{k}"
            fac = self.pick(["list", "int", "None", "str", "tuple"])
            lines += [f"{dd} = collections.defaultdict({fac})"]
            for _ in range(self.r.randint(2, 6)):
                key = self.pick(["'a'", "'b'", "1", "(1, 2)"])
                lines += self.guard([self.pick([f"{dd}[{key}].append({self.val()})", f"{dd}[{key}] += {self.val()}",
                                                f"print({dd}[{key}])", f"print({dd}.get('zz'), 'zz' in {dd})",
                                                f"print({dd}.default_factory)", f"del {dd}[{key}]",
                                                f"print(dict({dd}), len({dd}))", f"print({dd}.copy())"])])
            lines.append(f"print({dd})")
        elif pick == 3:
            P = f"Rec{k}"
            fields = self.pick(["'x y'", "'x, y, z'", "['x', 'y']", "['a', 'def', 'a']", "'x x'", "''", "'_a b'"])
            extra = self.pick(["", ", defaults=[0]", ", rename=True", ", defaults=[1, 2, 3, 4]"])
            lines += self.guard([f"{P} = collections.namedtuple('{P}', {fields}{extra})", f"print({P}._fields)"])
            args = lambda: ", ".join(self.pick(IVALS) for _ in range(self.r.randint(0, 3)))
            for _ in range(self.r.randint(2, 6)):
                lines.append(self.show(self.pick([
                    f"{P}({args()})", f"{P}({args()})._asdict()", f"{P}(1, 2, 3)._replace(x={self.pick(IVALS)})",
                    f"{P}(1, 2, 3)._replace(w=1)", f"{P}._make([{args()}])", f"{P}._field_defaults",
                    f"{P}(1, 2, 3) == (1, 2, 3)", f"{P}(1, 2, 3)[{self.pick(['0', '(-1)', '1:', '5'])}]",
                    f"{P}(1, 2, 3).x", f"{P}(x=1, y=2, q=3)", f"{P}(1, 2) + (9,)", f"len({P}(1, 2, 3))",
                    f"{P}.__name__", f"tuple({P}(3, 4, 5))", f"{P}(1, 2, 3).count(2)", f"{P}(*range(3))"])))
        else:
            lines += [f"od{k} = collections.OrderedDict(zip({self.wlist(1, 5)}, range(9)))",
                      f"cm{k} = collections.ChainMap({{'a': 1, 'b': 2}}, {{'b': 3, 'c': 4}})"]
            for _ in range(self.r.randint(2, 6)):
                lines.append(self.show(self.pick([
                    f"od{k}.move_to_end({self.pick(WORDS)}{self.pick(['', ', last=False'])}) or od{k}",
                    f"od{k}.popitem(last={self.pick(['True', 'False'])})", f"od{k}", f"list(od{k})",
                    f"od{k} == dict(od{k})", f"od{k} == collections.OrderedDict(reversed(od{k}.items()))",
                    f"(cm{k}['b'], cm{k}.get('z', 0), len(cm{k}), list(cm{k}))", f"cm{k}.maps",
                    f"cm{k}.new_child({{'z': 0}})['z']", f"dict(cm{k}.parents)",
                    f"cm{k}.__setitem__('c', 9) or cm{k}.maps", f"cm{k}['q']", f"od{k}.copy()"])))
        return lines

    def c_misc_modules(self, k):
        pick = self.r.randrange(5)
        if pick == 0:
            h = f"hp{k}"
            lines = ["import heapq", f"{h} = []"]
            for v in self.r.sample(range(-5, 20), self.r.randint(0, 7)):
                lines.append(f"heapq.heappush({h}, {v})")
            lines.append(f"print({h})")
            for _ in range(self.r.randint(2, 5)):
                lines.append(self.show(self.pick([f"heapq.heappop({h})", f"heapq.heappushpop({h}, {self.pick(IVALS)})",
                                                  f"heapq.heapreplace({h}, {self.pick(IVALS)})", f"{h}",
                                                  f"list(heapq.merge(sorted({self.ilist()}), sorted({self.ilist()})))",
                                                  f"heapq.heapify(x{k} := {self.ilist()}) or x{k}"])))
            return lines
        if pick == 1:
            a = f"ar{k}"
            lines = ["import bisect", f"{a} = sorted({self.ilist()})"]
            for _ in range(self.r.randint(2, 5)):
                lines.append(self.show(self.pick([
                    f"bisect.bisect_left({a}, {self.pick(IVALS)})", f"bisect.bisect_right({a}, {self.pick(IVALS)})",
                    f"bisect.insort({a}, {self.pick(IVALS)}) or {a}", f"bisect.bisect({a}, 3, {self.pick(['1', '(-1)', '0, 2'])})",
                    f"bisect.bisect_left([('a', 1), ('b', 5)], 3, key=lambda t: t[1])",
                    f"bisect.insort_left({a}, {self.pick(IVALS)}, hi=1) or {a}"])))
            return lines
        if pick == 2:
            lines = ["import operator"]
            for _ in range(self.r.randint(2, 6)):
                lines.append(self.show(self.pick([
                    f"operator.itemgetter(1)({self.pick(WORDS)})", f"operator.itemgetter(0, 2)({self.ilist(3, 5)})",
                    "operator.attrgetter('real', 'imag')(3)", f"operator.methodcaller('split', ',')('a,b,,c')",
                    f"operator.methodcaller('upper')({self.pick(WORDS)})", "operator.add(1, 2.5)",
                    f"operator.index({self.pick(['2.5', '7', 'True', '(2**70)'])})", "operator.concat([1], (2,))",
                    f"operator.contains({self.ilist()}, 3)", f"operator.getitem({self.pick(WORDS)}, -1)",
                    f"operator.countOf({self.ilist()}, 1)", f"operator.neg({self.pick(IVALS)})",
                    f"operator.truediv({self.pick(IVALS)}, {self.pick(IVALS)})", "operator.attrgetter('x.y')(1)",
                    f"list(map(operator.mul, {self.ilist()}, {self.ilist()}))"])))
            return lines
        if pick == 3:
            return tpl("""
                import copy
                orig$k = [[1, 2], {'k': [3]}, ($v,)]
                shallow$k = copy.copy(orig$k)
                deep$k = copy.deepcopy(orig$k)
                orig$k[0].append(9)
                orig$k[1]['k'].append(8)
                print(shallow$k, deep$k)
                print(shallow$k[0] is orig$k[0], deep$k[0] is orig$k[0], deep$k[2] is orig$k[2])
                cyc$k = [1]
                cyc$k.append(cyc$k)
                show(lambda: copy.deepcopy(cyc$k))
                show(lambda: copy.copy({'a': [1]}))""", k=k, v=self.val())
        return ["import string"] + [self.show(self.pick([
            "string.ascii_letters[20:30]", "string.digits + string.hexdigits", "string.punctuation", "string.whitespace",
            f"string.capwords({self.pick(WORDS + CAPWORDS)})",
            "string.Template('$who likes ${what}!').substitute(who='tim', what='kung pao')",
            "string.Template('$who likes $what').safe_substitute(who='x')",
            "string.Template('$who likes $what').substitute(who='x')", "string.Template('$ 1').substitute()",
            "string.Template('$$ and $x').substitute({'x': 5})", "len(string.printable)", "string.ascii_uppercase[::5]",
            "string.octdigits"])) for _ in range(self.r.randint(2, 5))]

    # -- math at its boundaries -----------------------------------------------------
    def call_math(self, fns):
        """math.f(args) from the boundary pool; factorial/comb/perm never get
        an argument such as 2**53 + 1 that CPython would compute for hours."""
        fn = self.pick(fns)
        pool = [a for a in MARGS if "**" not in a] if fn in ("factorial", "comb", "perm") else MARGS
        n = 1 if fns is MATH1 else 2
        return f"math.{fn}({', '.join(self.pick(pool) for _ in range(n))})"

    def c_math(self, k):
        lines = []
        for _ in range(self.r.randint(3, 8)):
            lines.append(self.show(self.pick([
                lambda: self.call_math(MATH1), lambda: self.call_math(MATH1),
                lambda: self.call_math(MATH2), lambda: self.call_math(MATH2),
                lambda: f"math.log({self.pick(MARGS)}, {self.pick(['2', '10', '1', '0.5', '0', 'math.e'])})",
                lambda: f"math.prod([{', '.join(self.pick(MARGS[:12]) for _ in range(self.r.randint(0, 3)))}])",
                lambda: f"math.fsum([{', '.join(self.pick(MARGS[:16]) for _ in range(self.r.randint(0, 4)))}])",
                lambda: f"math.hypot({', '.join(self.pick(MARGS[:16]) for _ in range(self.r.randint(0, 3)))})",
                lambda: f"math.dist(({self.pick(MARGS[:12])}, 0), (3, {self.pick(MARGS[:12])}))",
                lambda: f"math.isclose({self.pick(MARGS)}, {self.pick(MARGS)}, rel_tol={self.pick(['0.1', '0', '(-1)'])})",
                lambda: f"round({self.pick(MARGS)}, {self.pick(['None', '0', '2', '(-1)', '400'])})",
                lambda: f"math.{self.pick(['floor', 'ceil', 'trunc'])}({self.pick(MARGS)})",
                lambda: f"(math.{self.pick(MATH1[:22])}({self.pick(MARGS)}), math.{self.pick(MATH1[:22])}({self.pick(MARGS)}))",
                lambda: f"divmod({self.pick(MARGS[:16])}, {self.pick(MARGS[:16])})",
                lambda: f"math.perm({self.pick(['5', '0', '(-1)', '20'])})",
                lambda: f"len(str(math.factorial({self.pick(['0', '20', '170', '400', '(-1)', '10**20'])})))",
            ])()))
        return lines


UNIT = 100  # asyncio times are in units of 1/UNIT s (10 ms)


def secs(units):
    """The literal for `units` time units (half units allowed): 3 -> '0.03'."""
    return repr(units / UNIT)


class Timeline:
    """The wake-up slots of one asyncio scenario, in units after its start.

    CPython runs the program on the real clock, coil on its virtual clock.
    Two timers due at the same virtual instant would fire in CPython in an
    order that depends on scheduling jitter; worse, a chain of sleeps drifts
    late (about 0.2 ms a sleep, p99 over 5 ms on a loaded machine).  So wake-up
    slots are at least two units apart, whoever wakes; a timeout or callback
    deadline falls on a half unit with no wake-up in the slots just before and
    after it (at least 25 ms after the last earlier wake-up), each on its own.
    A task that starts at slot s wakes at fresh slots after s.  Times stay
    under TOP + 1 units; drain() outlasts them."""
    TOP = 20

    def __init__(self, rng):
        self.r, self.free = rng, set(range(1, self.TOP + 1))

    def _use(self, s, spread):
        self.free -= set(range(s - spread, s + spread + 1))

    def take(self, after, n):
        got = []
        for _ in range(n):
            pool = sorted(s for s in self.free if s > after)
            if not pool:
                break
            got.append(self.r.choice(pool[:6]))  # (early slots, so that later steps still fit)
            self._use(got[-1], 1)
            after = got[-1]
        return got

    def sleeps(self, n, after=0):
        """(sleep literals, last slot) of a task that starts at slot `after` and
        wakes n times (sometimes with an extra sleep(0) in between)."""
        out, prev = [], after
        for s in self.take(after, n):
            if self.r.random() < 0.15:
                out.append("0")
            out.append(secs(s - prev))
            prev = s
        return out, prev

    def half(self, after=0):
        """A fresh deadline h + 0.5 (in units) later than slot `after`, where h
        and h + 1 are free; None if there is none."""
        pool = sorted(h for h in self.free if h >= after and h + 1 in self.free | {self.TOP + 1})
        if not pool:
            return None
        h = self.r.choice(pool)
        self.free -= {h, h + 1}
        return h + 0.5

    def drain(self):
        """Outlasts every timer of the scenario (tasks it left running)."""
        return f"await asyncio.sleep({secs(self.TOP + 2)})"


class AsyncGen(BaseGen):
    """Random program generator, part 3: one asyncio.run() per program (at
    most), running one to three scenarios in sequence.  Scenarios share a
    worker coroutine wk<k>(name, delays, exc) that prints each step, raises
    exc at the end if given, and reports cancellation and its finally block.
    Every scenario has its own Timeline; one that may leave tasks running
    ends by sleeping past all of its timers.  No task's exception is ever
    left unretrieved (CPython reports those when the task is collected, and
    coil's collector runs at other times), no async generator is left
    suspended, and no task or future is printed (their reprs hold addresses
    and source paths)."""

    def job(self, tl, name, n=None, after=0, fail=0.0):
        """(call text, last slot, fails) of the worker for task `name`."""
        n = self.r.randint(0, 3) if n is None else n
        delays, end = tl.sleeps(n, after)
        exc = self.chance(fail)
        text = f"wk{self.ak}({name!r}, [{', '.join(delays)}]" + \
               (f", {self.pick(EXC_NAMES[:6])}({name!r}))" if exc else ")")
        return text, end, exc

    def timeout(self, tl, after=0, odd=0.25):
        """A timeout: usually a fresh half unit, sometimes 0, negative, None, inf or nan."""
        h = tl.half(after)
        if h is None or self.chance(odd):
            return self.pick(["0", "(-1)", "None", "float('inf')", "float('nan')", "0"])
        return secs(h)

    def aguard(self, lines):
        return ["try:"] + self.indent(lines) + ["except (Exception, asyncio.CancelledError) as e:",
                                                "    print('!', desc(e))"]

    # Each scenario returns (lines, needs a drain).
    def a_gather(self, tl):
        rex, jobs, fails = self.chance(0.5), [], 0
        for name in "abcd"[:self.r.randint(0, 4)]:
            text, _, failed = self.job(tl, name, fail=0.35 if rex or not fails else 0)
            fails += failed
            jobs.append(text)
        if self.chance(0.1):
            jobs.append("asyncio.sleep(0, 'slept')")  # (never a non-awaitable: the
            # coroutines before it would become tasks left running, those after it never awaited)
        args = ", ".join(jobs + (["return_exceptions=True"] if rex else []))
        return self.aguard([f"print('gathered', await asyncio.gather({args}))"]), not rex and fails > 0

    def a_tasks(self, tl):
        names = ["t1", "t2", "t3"][:self.r.randint(1, 3)]
        made = []
        for nm in names:
            text, _, _ = self.job(tl, nm, fail=0.25)
            made.append(f"asyncio.create_task({text}{self.pick(['', f', name={nm!r}'])})")
        wake = tl.take(0, 1)
        lines = [f"ts = [{', '.join(made)}]", "print('done?', [t.done() for t in ts])"]
        if wake:
            lines += [f"await asyncio.sleep({secs(wake[0])})", "print('done?', [t.done() for t in ts])"]
        if self.chance(0.3):
            lines.append("print([t.get_name() for t in ts], asyncio.current_task().get_name(), len(asyncio.all_tasks()))")
        lines += ["for t in ts:", "    try:", "        print('awaited', await t)", "    except Exception as e:",
                  "        print('failed', desc(e))", "print([(t.done(), t.cancelled()) for t in ts])"]
        return self.aguard(lines), False

    def a_cancel(self, tl):
        text, end, _ = self.job(tl, "v", n=self.r.randint(1, 4), fail=0.15)
        lines = [f"t = asyncio.create_task({text})"]
        when = self.pick(["slot", "slot", "zero", "now"])
        wake = tl.take(0, 1) if when == "slot" else []
        if wake:
            lines.append(f"await asyncio.sleep({secs(wake[0])})")
        elif when == "zero":
            lines.append("await asyncio.sleep(0)")
        lines.append(f"print('cancel', t.cancel({self.pick(['', repr('why'), 'None'])}))")
        if self.chance(0.3):
            lines.append("print('again', t.cancel(), t.cancelling())")
        lines += ["try:", "    print('result', await t)", "except asyncio.CancelledError as e:",
                  "    print('cancelled', e.args)", "print(t.done(), t.cancelled(), t.cancel())"]
        if self.chance(0.4):
            lines += ["try:", "    print('result()', t.result())", "except BaseException as e:", "    print('result()', desc(e))"]
        return self.aguard(lines), False

    def a_wait_for(self, tl):
        text, end, _ = self.job(tl, "w", n=self.r.randint(0, 4), fail=0.2)
        if self.chance(0.3):  # on a task, which wait_for cancels on timeout
            return self.aguard([f"t = asyncio.create_task({text})",
                                f"try:", f"    print('wait_for', await asyncio.wait_for(t, {self.timeout(tl)}))",
                                "except TimeoutError:", "    print('timed out', t.cancelled())"]), False
        return self.aguard([f"print('wait_for', await asyncio.wait_for({text}, {self.timeout(tl)}))"]), False

    def a_timeout(self, tl):
        first, end, _ = self.job(tl, "to1", n=self.r.randint(0, 3), fail=0.15)
        body = [f"print('first', await {first})"]
        if self.chance(0.5):
            second, _, _ = self.job(tl, "to2", n=self.r.randint(0, 3), after=end, fail=0.1)
            body.append(f"print('second', await {second})")
        if self.chance(0.5):  # nested
            inner = ["try:", f"    async with asyncio.timeout({self.timeout(tl)}) as inner:"] + \
                    self.indent(body, 2) + ["except TimeoutError:", "    print('inner timeout', inner.expired())",
                                            "await asyncio.sleep(0)", "print('after inner')"]
            body = inner
        if self.chance(0.2):
            h = tl.half()
            if h is not None:
                body.insert(0, f"cm.reschedule(asyncio.get_running_loop().time() + {secs(h)})")
        if self.chance(0.1):
            body.insert(0, "cm.reschedule(None)")
        lines = ["try:", f"    async with asyncio.timeout({self.timeout(tl, odd=0.15)}) as cm:"] + \
                self.indent(body, 2) + ["except TimeoutError as e:", "    print('timed out', cm.expired(), e.args)",
                                        "else:", "    print('in time', cm.expired(), cm.when() is None)"]
        return self.aguard(lines), False

    def a_taskgroup(self, tl):
        # CPython's TaskGroup cancels the other children by iterating a set of
        # tasks (address order), so when the first failure comes (a child's or
        # the body's) at most one other child may still be running.
        kids = [(nm,) + tl.sleeps(self.r.randint(0, 3)) for nm in ["g1", "g2", "g3"][:self.r.randint(1, 3)]]
        wake = tl.take(0, 1) if self.chance(0.5) else []
        for _ in range(5):
            fails = [self.chance(0.35) for _ in kids]
            body_raises = self.chance(0.2)
            t = min([end for (nm, ds, end), f in zip(kids, fails) if f] +
                    ([wake[0] if wake else 0] if body_raises else []), default=None)
            if t is None or sum(end > t for nm, ds, end in kids) <= 1:
                break
        else:
            fails, body_raises = [False] * len(kids), False
        made = [f"tg.create_task(wk{self.ak}({nm!r}, [{', '.join(ds)}]"
                + (f", {self.pick(EXC_NAMES[:6])}({nm!r})))" if f else "))") for (nm, ds, end), f in zip(kids, fails)]
        body = [f"ts = [{', '.join(made)}]", "print('started', [t.done() for t in ts])"]
        if wake:
            body += [f"await asyncio.sleep({secs(wake[0])})", "print('body awake', [t.done() for t in ts])"]
        if body_raises:
            body.append(f"raise {self.pick(['ValueError', 'KeyError'])}('body')")
        lines = ["ts = []", "try:", "    async with asyncio.TaskGroup() as tg:"] + self.indent(body, 2) + [
            "    print('all done', [t.result() for t in ts])", "except* ValueError as eg:",
            "    print('value errors', [desc(x) for x in eg.exceptions])", "except* Exception as eg:",
            "    print('other errors', [desc(x) for x in eg.exceptions])",
            "print('states', [(t.done(), t.cancelled()) for t in ts])"]
        return self.aguard(lines), False

    def a_queue(self, tl):
        kind = self.pick(["Queue", "Queue", "LifoQueue", "PriorityQueue"])
        prods = []
        for nm in ["p0", "p1"][:self.r.randint(1, 2)]:
            delays, _ = tl.sleeps(self.r.randint(1, 3))
            prods.append(f"prod({nm!r}, [{', '.join(delays)}])")
        ncons = self.r.randint(1, 2)
        lines = [f"q = asyncio.{kind}({self.pick(['0', '1', '2'])})", "STOP = (99, 'stop')",
                 "async def prod(name, delays):", "    for i, d in enumerate(delays):", "        await asyncio.sleep(d)",
                 "        await q.put((i, name))", "        print(name, 'put', i, q.qsize())",
                 "async def cons(name):", "    got = []", "    while True:", "        item = await q.get()",
                 "        if item == STOP:", "            q.task_done()", "            return name, got",
                 "        print(name, 'got', item)", "        got.append(item)"] + \
                (["        await asyncio.sleep(0)"] if self.chance(0.5) else []) + [
                 "        q.task_done()",
                 "cs = [asyncio.create_task(cons(f'c{i}')) for i in range(" + str(ncons) + ")]",
                 f"await asyncio.gather({', '.join(prods)})", "await q.join()", "print('joined', q.qsize())",
                 "for c in cs:", "    await q.put(STOP)", "print(await asyncio.gather(*cs))",
                 "print(q.empty(), q.full(), q.maxsize)", "try:", "    q.get_nowait()", "except asyncio.QueueEmpty:",
                 "    print('empty')"]
        if self.chance(0.3):
            lines += ["q2 = asyncio.Queue(1)", "q2.put_nowait(1)", "try:", "    q2.put_nowait(2)",
                      "except asyncio.QueueFull:", "    print('full', q2.qsize())"]
        return self.aguard(lines), False

    def a_event(self, tl):
        lines = ["ev = asyncio.Event()", "async def waiter(name, limit):", "    try:",
                 "        await asyncio.wait_for(ev.wait(), limit)", "    except TimeoutError:",
                 "        print(name, 'gave up')", "        return name + '-'", "    print(name, 'saw', ev.is_set())",
                 "    return name + '+'"]
        ws = [f"asyncio.create_task(waiter('w{i}', {self.timeout(tl, odd=0.2)}))" for i in range(self.r.randint(1, 3))]
        lines.append(f"ws = [{', '.join(ws)}]")
        wake = tl.take(0, 1)
        lines.append(f"await asyncio.sleep({secs(wake[0]) if wake else '0'})")
        lines += ["ev.set()", "print('set', ev.is_set())"]
        if self.chance(0.3):
            lines.append("ev.clear()")
        lines.append("print(await asyncio.gather(*ws))")
        return self.aguard(lines), False

    def a_as_completed(self, tl):
        limit = self.timeout(tl, odd=0.3) if self.chance(0.4) else None
        jobs = [self.job(tl, nm, fail=0 if limit else 0.3)[0] for nm in ["c1", "c2", "c3"][:self.r.randint(1, 3)]]
        lines = [f"for i, f in enumerate(asyncio.as_completed([{', '.join(jobs)}]{f', timeout={limit}' if limit else ''})):",
                 "    try:", "        print('completed', i, await f)", "    except Exception as e:",
                 "        print('failed', i, desc(e))"]
        return self.aguard(lines), bool(limit)

    def a_wait(self, tl):
        made = []
        for nm in ["d1", "d2", "d3"][:self.r.randint(1, 3)]:
            text, _, _ = self.job(tl, nm, n=self.r.randint(0, 3), fail=0.3)
            made.append(f"asyncio.create_task({text}, name={nm!r})")
        when = self.pick(["FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED"])
        limit = f", timeout={self.timeout(tl, odd=0.2)}" if self.chance(0.4) else ""
        lines = [f"ts = [{', '.join(made)}]",
                 f"done, pending = await asyncio.wait(ts, return_when=asyncio.{when}{limit})",
                 "print(sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))",
                 "for t in ts:", "    if t in done:", "        print(t.get_name(), repr(t.exception()) if t.exception() else t.result())",
                 "for t in ts:", "    if t in pending:", "        t.cancel()", "await asyncio.sleep(0)"]
        return self.aguard(lines), True

    def a_shield(self, tl):
        text, end, _ = self.job(tl, "s", n=self.r.randint(1, 3), fail=0.2)
        return self.aguard([f"inner = asyncio.create_task({text})", "try:",
                            f"    print('shielded', await asyncio.wait_for(asyncio.shield(inner), {self.timeout(tl)}))",
                            "except TimeoutError:", "    print('outer timed out', inner.done(), inner.cancelled())",
                            "print('inner', await inner)"]), False

    def a_lock(self, tl):
        # Serialised: a task sleeps only while it holds the lock, so any delays do.
        kind = self.pick(["asyncio.Lock()", "asyncio.Semaphore(1)", "asyncio.Semaphore(2)", "asyncio.BoundedSemaphore(1)"])
        many = kind.endswith("(2)")
        calls = []
        for nm in ["a", "b", "c"][:self.r.randint(1, 3)]:
            ds = ["0"] * self.r.randint(0, 2) if many else [self.pick(["0", "0.01", "0.02"]) for _ in range(self.r.randint(0, 2))]
            calls.append(f"crit({nm!r}, [{', '.join(ds)}])")
        lines = [f"lock = {kind}", "async def crit(name, delays):", "    print(name, 'wants', lock.locked())",
                 "    async with lock:", "        print(name, 'in')", "        for d in delays:",
                 "            await asyncio.sleep(d)", "        print(name, 'out')", "    return name",
                 f"print(await asyncio.gather({', '.join(calls)}))", "print(lock.locked())"]
        if "Bounded" in kind and self.chance(0.5):
            lines.append("lock.release()")
        return self.aguard(lines), False

    def a_agen(self, tl):
        n = self.r.randint(0, 4)
        lines = ["async def agen(n):", "    try:", "        for i in range(n):",
                 f"            await asyncio.sleep({self.pick(['0', '0.01'])})", "            got = yield i",
                 "            if got is not None:", "                print('agen got', got)", "    finally:",
                 "        print('agen cleanup', n)", f"ag = agen({n})"]
        body = []
        for _ in range(self.r.randint(1, 4)):
            op = self.pick(["await anext(ag)", "await anext(ag, 'dflt')", f"await ag.asend({self.pick(IVALS)})",
                            "await ag.asend(None)", "await ag.athrow(ValueError('x'))", "await ag.aclose()",
                            "[x async for x in ag]", f"[x async for x in agen({self.r.randint(0, 3)})]"])
            body += ["try:", f"    print({op!r}, {op})", "except StopAsyncIteration:", f"    print({op!r}, 'stop')",
                     "except Exception as e:", f"    print({op!r}, desc(e))"]
        if self.chance(0.4):
            body += ["async for x in ag:", "    print('for', x)", f"    if x == {self.r.randint(0, 2)}:", "        break"]
        lines += ["try:"] + self.indent(body) + ["finally:", "    await ag.aclose()"]
        return self.aguard(lines), False

    def a_actx(self, tl):
        lines = ["class ACtx:", "    def __init__(self, name, swallow):", "        self.name, self.swallow = name, swallow",
                 "    async def __aenter__(self):", "        print('aenter', self.name)", "        await asyncio.sleep(0)",
                 "        return self.name", "    async def __aexit__(self, et, ev, tb):",
                 "        await asyncio.sleep(0.01)", "        print('aexit', self.name, et.__name__ if et else None)",
                 "        return self.swallow",
                 f"async with ACtx('x', {self.pick(['True', 'False'])}) as a, ACtx('y', {self.pick(['True', 'False'])}) as b:",
                 "    print('body', a, b)", f"    {self.pick(['pass', 'raise ValueError(1)', 'await asyncio.sleep(0)', '1 / 0'])}",
                 "print('after')"]
        return self.aguard(lines), False

    def a_future(self, tl):
        h1, h2 = tl.half(), tl.half()
        settle = self.pick(["fut.set_result, 'v'", "fut.set_exception, ValueError('f')", "fut.cancel"])
        lines = ["loop = asyncio.get_running_loop()", "fut = loop.create_future()",
                 f"loop.call_later({secs(h1)}, {settle})", f"loop.call_later({secs(h2)}, print, 'timer fired')",
                 "loop.call_soon(print, 'soon 1')", "loop.call_soon(print, 'soon 2')",
                 "fut.add_done_callback(lambda f: print('callback', f.cancelled()))", "print('done?', fut.done())",
                 "try:", "    print('awaited', await fut)", "except asyncio.CancelledError:", "    print('future cancelled')",
                 "print(fut.done(), fut.cancelled())", "try:", "    fut.set_result(1)",
                 "except asyncio.InvalidStateError as e:", "    print('invalid state', e)"]
        if self.chance(0.3):
            lines += [f"print(await asyncio.sleep(0, {self.val()}))"]
        return self.aguard(lines), True

    def a_inspect(self, tl):
        text, end, _ = self.job(tl, "i", n=self.r.randint(0, 3), fail=0.5)
        wake = tl.take(end, 1)
        lines = [f"t = asyncio.create_task({text})", "try:", "    t.result()",
                 "except asyncio.InvalidStateError as e:", "    print('not ready', e)",
                 "try:", "    t.exception()", "except asyncio.InvalidStateError as e:", "    print('not ready', e)",
                 f"await asyncio.sleep({secs(wake[0])})" if wake else "await asyncio.wait([t])",
                 "print(t.done(), repr(t.exception()))", "try:", "    print(t.result())", "except Exception as e:",
                 "    print('result raises', desc(e))"]
        return self.aguard(lines), False

    def a_gather_cancel(self, tl):
        jobs = [self.job(tl, nm, n=self.r.randint(1, 3))[0] for nm in ["x", "y"]]
        wake = tl.take(0, 1)
        return self.aguard([f"g = asyncio.gather({', '.join(jobs)})",
                            f"await asyncio.sleep({secs(wake[0]) if wake else '0'})",
                            "print('cancel gather', g.cancel())", "try:", "    print(await g)",
                            "except asyncio.CancelledError:", "    print('gather cancelled', g.cancelled())"]), True

    def a_blocked(self, tl):
        """Tasks blocked on a primitive; one is cancelled while it waits, then
        the primitive is released: the next waiter must get it."""
        prim = self.pick(["lock", "queue", "event", "sem", "cond"])
        setup, wait, release = {
            "lock": (["lk = asyncio.Lock()", "await lk.acquire()"],
                     ["async with lk:", "    print(name, 'holds', lk.locked())"], ["lk.release()"]),
            "queue": (["q = asyncio.Queue()"], ["print(name, 'got', await q.get())"],
                      ["q.put_nowait('item')", "q.put_nowait('more')"]),
            "event": (["ev = asyncio.Event()"], ["await ev.wait()", "print(name, 'saw event')"], ["ev.set()"]),
            "sem": (["sm = asyncio.Semaphore(0)"], ["async with sm:", "    print(name, 'in')"], ["sm.release()"]),
            "cond": (["cv = asyncio.Condition()"], ["async with cv:", "    await cv.wait()", "    print(name, 'notified')"],
                     ["async with cv:", "    cv.notify(1)"]),
        }[prim]
        names = ["b1", "b2", "b3"][:self.r.randint(2, 3)]
        victim = self.pick(names)
        w1 = (tl.take(0, 1) or [None])[0]
        lines = setup + ["async def blocked(name):", "    try:", "        print(name, 'waits')"] + \
            self.indent(wait, 2) + [
            "        return name", "    except asyncio.CancelledError:", "        print(name, 'cancelled while blocked')",
            "        raise",
            f"ws = [asyncio.create_task(blocked(n)) for n in {names!r}]",
            f"await asyncio.sleep({secs(w1) if w1 else '0'})",
            f"print('cancel', ws[{names.index(victim)}].cancel())", "await asyncio.sleep(0)"] + release + [
            "await asyncio.sleep(0)", "await asyncio.sleep(0)",
            "print([(t.done(), t.cancelled()) for t in ws])",
            "for t in ws:", "    t.cancel()",
            "print(await asyncio.gather(*ws, return_exceptions=True))"]
        return self.aguard(lines), False

    def a_await_chain(self, tl):
        """A task awaiting another task: cancelling the awaiter cancels the
        awaited one; cancelling the awaited one raises in the awaiter."""
        text, end, _ = self.job(tl, "inner", n=self.r.randint(1, 3), fail=0.2)
        wake = tl.take(0, 1)
        target = self.pick(["outer", "inner", "outer", "none"])
        lines = [f"inner = asyncio.create_task({text})", "async def outer_fn():", "    try:",
                 "        r = await inner", "        print('outer got', r)", "        return r",
                 "    except asyncio.CancelledError as e:", "        print('outer cancelled', e.args, inner.cancelled())",
                 f"        {self.pick(['raise', 'return None'])}",
                 "outer = asyncio.create_task(outer_fn())",
                 f"await asyncio.sleep({secs(wake[0]) if wake else '0'})"]
        if target != "none":
            lines.append(f"print('cancel {target}', {target}.cancel({self.pick(['', repr('m')])}))")
        lines += ["for t in (outer, inner):", "    try:", "        print('awaited', await t)",
                  "    except BaseException as e:", "        print('awaited', desc(e))",
                  "print(outer.cancelled(), inner.cancelled())"]
        return self.aguard(lines), False

    def a_ping(self, tl):
        return self.aguard(["async def ping(n, tag):", "    for i in range(n):", "        print(tag, i)",
                            "        await asyncio.sleep(0)", "    return tag",
                            f"print(await asyncio.gather(ping({self.r.randint(0, 3)}, 'x'), ping({self.r.randint(0, 3)}, 'y')"
                            f"{', ping(2, ' + repr('z') + ')' if self.chance(0.3) else ''}))"]), False

    def c_async(self, k):
        """One asyncio.run() of amain<k>, which runs one to three scenarios."""
        self.ak = k
        cancelled = self.pick(["raise", "raise", "raise", "return name + '?'"])  # a worker may swallow its cancellation
        lines = tpl("""
            async def wk$k(name, delays, exc=None):
                try:
                    for i, d in enumerate(delays):
                        await asyncio.sleep(d)
                        print(name, 'step', i)
                    if exc is not None:
                        print(name, 'raises')
                        raise exc
                    return name.upper()
                except asyncio.CancelledError as ce:
                    print(name, 'cancelled', ce.args)
                    $cancelled
                finally:
                    print(name, 'finally')
            async def amain$k():""", k=k, cancelled=cancelled)
        scenarios = [(self.a_gather, 3), (self.a_tasks, 2), (self.a_cancel, 3), (self.a_wait_for, 3),
                     (self.a_timeout, 3), (self.a_taskgroup, 3), (self.a_queue, 2), (self.a_event, 2),
                     (self.a_as_completed, 1), (self.a_wait, 2), (self.a_shield, 1), (self.a_lock, 1),
                     (self.a_agen, 2), (self.a_actx, 1), (self.a_future, 1), (self.a_inspect, 1),
                     (self.a_gather_cancel, 1), (self.a_ping, 1), (self.a_blocked, 3), (self.a_await_chain, 2)]
        body = []
        for _ in range(self.r.randint(1, 3)):
            tl = Timeline(self.r)
            fn = self.r.choices([s for s, _ in scenarios], [w for _, w in scenarios])[0]
            scen, drain = fn(tl)
            body += scen + ([tl.drain()] if drain else [])
        lines += self.indent(body) + [f"    return {self.e_any(0)}", self.show(f"asyncio.run(amain{k}())")]
        return lines


class Gen(SemanticGen, AsyncGen):
    """The program generator: picks chunk kinds by weight (the original,
    expression-heavy kinds and the semantic scenarios), the asyncio
    scenario, and a last statement whose exception may escape."""

    def chunk(self, k):
        areas = [(self.c_probes, 5), (self.c_assign, 2), (self.c_list_ops, 2), (self.c_dict_ops, 1),
                 (self.c_set_ops, 1), (self.c_format, 2), (self.c_ranges, 1), (self.c_control, 2),
                 (self.c_functions, 2), (self.c_closures, 1), (self.c_classes, 1), (self.c_generators, 1),
                 (self.c_comprehensions, 1), (self.c_exceptions, 1),
                 # semantic scenarios
                 (self.c_objects, 6), (self.c_protocols, 3), (self.c_dataclasses, 2), (self.c_gen_protocol, 4), (self.c_genexp, 2),
                 (self.c_chains, 3), (self.c_handlers, 2), (self.c_exgroups, 3), (self.c_scopes, 3),
                 (self.c_fstrings, 3), (self.c_comp_semantics, 3), (self.c_unicode, 4), (self.c_sorting, 3),
                 (self.c_itertools, 2), (self.c_functools, 2), (self.c_collections, 3), (self.c_misc_modules, 2),
                 (self.c_math, 3)]
        fn = self.r.choices([a for a, _ in areas], [w for _, w in areas])[0]
        return "\n".join(fn(k)) + "\n"

    def ending(self, k):
        """A last chunk whose exception escapes (or sys.exit), to compare the
        traceback, its last line and the exit status."""
        return self.pick([
            lambda: [f"print({self.e_any(2)})"],
            lambda: [f"raise {self.pick(EXC)}({self.e_str(0)})"],
            lambda: [f"sys.exit({self.pick(['0', '1', '3', 'None', repr('bye'), 'True', '[1]', '(-1)', '256', '2.5'])})"],
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
            # chains, custom exceptions, groups, notes
            lambda: tpl("""
                class Fatal$k(Exception):
                    def __str__(self):
                        return 'fatal ' + repr(self.args)
                def fail$k():
                    try:
                        $inner
                    except Exception as e:
                        raise Fatal$k(1, 'two') $frm
                fail$k()""", k=k, inner=self.pick(["1 / 0", "{}['k']", "int('x')", "raise KeyError()", "[][1]"]),
                        frm=self.pick(["", "from e", "from None", "from ValueError('cause')"])),
            lambda: ["raise ExceptionGroup('top', [" + ", ".join(self.pick(
                ["ValueError(1)", "TypeError(2)", "KeyError(3)", "ExceptionGroup('in', [OSError(4)])"])
                for _ in range(self.r.randint(1, 3))) + "])"],
            lambda: ["try:", "    1 / 0", "except ZeroDivisionError as e:", "    e.add_note('first note')",
                     f"    e.add_note({self.pick(['42', repr('second'), repr('')])!s})", "    raise"],
            lambda: tpl("""
                async def child$k(n):
                    await asyncio.sleep(n / 100)
                    raise $exc(n)
                async def main$k():
                    async with asyncio.TaskGroup() as tg:
                        for n in range($n):
                            tg.create_task(child$k(n + 1))
                asyncio.run(main$k())""", k=k, n=self.r.randint(1, 3), exc=self.pick(EXC_NAMES[:5])),
            lambda: tpl("""
                async def main$k():
                    await asyncio.sleep(0)
                    $what
                asyncio.run(main$k())""", k=k, what=self.pick([
                    "sys.exit(4)", "raise KeyError('in main')", "await asyncio.wait_for(asyncio.sleep(1), 0.01)",
                    "asyncio.current_task().cancel()\n    await asyncio.sleep(0)", "raise SystemExit('bye')",
                    "async with asyncio.timeout(0.01):\n        await asyncio.sleep(1)"])),
            lambda: [f"def rec{k}(n):", f"    return rec{k}(n + 1)", f"rec{k}(0)"],
            lambda: [f"print('to stderr', file=sys.stderr)", f"raise SystemExit({self.pick(['5', repr('msg'), 'None'])})"],
            lambda: [f"class Bad{k}(Exception):", "    def __str__(self):", "        raise ValueError('no str')",
                     f"raise Bad{k}('x')"],
            lambda: [f"raise {self.pick(['KeyError', 'IndexError', 'ValueError'])}({self.pick(['', repr(''), '(1, 2)', repr('a b'), 'None'])})"],
            lambda: ["try:", "    raise ValueError('inner')", "finally:", "    print('finally runs')"],
            lambda: [f"import collections", f"collections.namedtuple('P', 'x y')(1)"],
            lambda: [f"raise KeyboardInterrupt"],
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
    async_at = rng.randrange(n) if rng.random() < 0.7 else -1
    for k in range(n + 1):
        for _ in range(20):  # a chunk that would not compile cleanly is drawn again
            if k == n:
                text = "\n".join(g.ending(k)) + "\n" if rng.random() < 0.35 else ""
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


_ADDR = re.compile(r"\bat 0x[0-9a-fA-F]+")
_CARET = re.compile(r"(\s*\|)*\s*[\^~][\^~ ]*")
_MAIN_FILE = re.compile(r'[^\s"\'(<]*/prog\.py')
_STDLIB_FILE = re.compile(r'File "[^"]*/lib/python3\.\d+/')


def traceback_lines(err):
    """stderr as compared: CPython 3.11's caret lines dropped (as `coil test`
    does), the script's path reduced to prog.py, the oracle's standard library
    folder written <stdlib>/ (as in the goldens), addresses masked."""
    out = []
    for ln in err.splitlines():
        if not ln.strip() or _CARET.fullmatch(ln):
            continue
        ln = _STDLIB_FILE.sub('File "<stdlib>/', _MAIN_FILE.sub("prog.py", ln))
        out.append(_ADDR.sub("at 0x?", ln.rstrip()))
    return out


class Result:
    """What one interpreter did: stdout text (addresses masked: "at 0x..."
    differs from run to run), stderr as traceback_lines() and its last line,
    exit status (negative: killed by that signal), whether it timed out."""

    def __init__(self, out, err, rc, timeout, secs):
        self.out, self.err, self.rc, self.timeout, self.secs = _ADDR.sub("at 0x?", out), err, rc, timeout, secs
        self.tb = traceback_lines(err)
        self.last = self.tb[-1].strip() if self.tb else ""

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
        return (self.out, tuple(self.tb), self.rc, self.timeout)


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
    if re.match(r"\w*(Error|Exception|Group)\(", line):  # a repr: one signature per type
        return re.match(r"\w*", line).group() + "(...)"
    if not _EXC_LINE.match(line):
        line = re.sub(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"", "S", line)
    line = re.sub(r"\d+(\.\d+)?(e[+-]?\d+)?", "N", line)
    line = re.sub(r"\b(?:Obj|Der|Left|Right|Both)N\b", "ObjN", line)  # the classes of one c_objects chunk
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


def tb_key(line):
    """A traceback line for a signature: a frame in the standard library is
    keyed on its module alone (coil's library modules written in Python show
    frames where CPython's C code has none, one signature per module)."""
    m = re.search(r'File "<stdlib>/([\w/]+)\.py"', line)
    return f"frame in <stdlib>/{m.group(1)}" if m else mask(line)


def compare(c, p):
    """The list of signatures (tuples) of how coil's run c differs from CPython's run p."""
    if c.timeout:
        return [] if p.timeout else [("timeout",)]
    if c.crashed() and c.rc != p.rc:  # (a KeyboardInterrupt ends both by SIGINT)
        return [("crash", c.status())]
    sigs, values_seen = [], False
    exit_differs = c.rc != p.rc or c.last != p.last
    if exit_differs:
        sigs.append(("status", c.rc, p.rc, mask(c.last), mask(p.last)))
    elif c.tb != p.tb:  # same last line, but the traceback (or a warning) differs above it
        sm = difflib.SequenceMatcher(None, c.tb, p.tb, autojunk=False)
        tag, i1, i2, j1, j2 = next(op for op in sm.get_opcodes() if op[0] != "equal")
        sigs.append(("stderr", tb_key(c.tb[i1]) if i1 < i2 else "", tb_key(p.tb[j1]) if j1 < j2 else ""))
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
    if c.tb != p.tb and c.tb and p.tb:
        diff = list(difflib.unified_diff(p.tb, c.tb, "cpython", "coil", lineterm="", n=1))
        lines += ["stderr diff (- cpython, + coil; carets dropped, paths normalised):"] + diff[:limit] + \
                 (["..."] if len(diff) > limit else [])
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
    """A masked AST dump: numbers and plain words become placeholders and the
    chunk number is dropped from names (hp11 -> hp), so two minimal programs
    differing only in such constants or in their chunk count as one finding."""
    def norm(node):
        for n in ast.walk(node):
            if isinstance(n, ast.Constant):
                if isinstance(n.value, (int, float)) and not isinstance(n.value, bool):
                    n.value = 0
                elif isinstance(n.value, str) and re.fullmatch(r"[\w ]*", n.value):
                    n.value = "w"
            for field in ("id", "name", "arg"):
                if isinstance(getattr(n, field, None), str):
                    setattr(n, field, re.sub(r"(?<=[A-Za-z_])\d+$", "", getattr(n, field)))
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
        self.stats["crashes"] += sigs[0][0] == "crash"
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
