// Unit tests of the VM: small programs run through the real pipeline
// (parse -> compile -> execute) with a fresh module namespace, checked by the
// values they leave in their globals. Expected values come from CPython 3.11.
// Also: the frame stack after RecursionError, and the garbage collector.
#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <string_view>

#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/heap.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/vm.h"
#include "vm/code.h"

using namespace coil::rt;

namespace {

// A module namespace kept alive (rooted) for the test's duration.
class Script {
 public:
  Script() : globals_(make_obj(new_dict())) {
    dict()->set_str(intern("__name__"), str_value("__main__"));
  }
  Dict* dict() { return as<Dict>(globals_.get()); }
  // Compiles and runs `src` in this namespace; throws PyError on failure.
  void run(std::string_view src) {
    coil::vm::Code* code = compile_source(src, "<test>");
    run_code(code, dict());
  }
  Value get(const char* name) { return dict()->get_str(intern(name)); }
  std::string repr_of(const char* name) {
    Value v = get(name);
    return v.is_undef() ? "<unbound>" : repr(v);
  }
  // "Type: message" of the exception escaping `src`, or "" if none.
  std::string error_of(std::string_view src) {
    try {
      run(src);
    } catch (PyError& e) {
      return type_name(e.exc) + ": " + exception_message(e.exc);
    }
    return "";
  }

 private:
  Rooted globals_;
};

// The interpreter is idle between runs: no frame, nothing on the frame stack.
void expect_vm_idle() {
  VM& m = vm();
  EXPECT_EQ(m.fstack_top, m.fstack_base);
  EXPECT_EQ(m.depth, 0);
  EXPECT_EQ(m.native_depth, 0);
  EXPECT_EQ(m.frame, nullptr);
}

// Turns GC stress on for a scope (collect at every safe point).
class StressScope {
 public:
  StressScope() : was_(heap().stress()) { heap().set_stress(true); }
  ~StressScope() { heap().set_stress(was_); }

 private:
  bool was_;
};

struct ProgramCase {
  const char* name;
  const char* source;
  const char* expected;  // repr(result) under CPython 3.11
};

const ProgramCase kPrograms[] = {
    {"arith",
     R"PY(
a = 2**62 + 2**62
b = a * a - 1
c = -7 // 2, -7 % 2, 7 // -2, divmod(-7, 3)
d = (2**64) // 3, (2**64) % 7, -(2**63) - 1
e = 10**20 // 10**10 == 10**10
f = 1 / 4 + 0.5, 3 * 1.5, 2 ** -1, (-8) ** 2
result = (a, b, c, d, e, f, 9223372036854775807 + 1, -9223372036854775808 - 1, abs(-2**63))
)PY",
     R"PY((9223372036854775808, 85070591730234615865843651857942052863, (-4, 1, -4, (-3, 2)), (6148914691236517205, 2, -9223372036854775809), True, (0.75, 4.5, 0.5, 64), 9223372036854775808, -9223372036854775809, 9223372036854775808))PY"},
    {"closures",
     R"PY(
def counter():
    n = 0
    def inc(k=1):
        nonlocal n
        n += k
        return n
    return inc
c1 = counter(); c2 = counter()
c1(); c1(5); c2()
fs = [lambda i=i: i * i for i in range(4)]
def outer():
    x = 1
    def mid():
        def inner():
            return x
        return inner
    x = 2
    return mid()()
result = (c1(), c2(), [f() for f in fs], outer())
)PY",
     R"PY((7, 2, [0, 1, 4, 9], 2))PY"},
    {"exceptions",
     R"PY(
log = []
def f():
    try:
        log.append('try')
        raise ValueError('boom')
    except ValueError as e:
        log.append('except ' + str(e))
        return 'from except'
    finally:
        log.append('finally')
r1 = f()
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            log.append('body %d' % i)
        finally:
            log.append('fin %d' % i)
    return 'done'
r2 = g()
def h():
    try:
        return 'try'
    finally:
        log.append('h finally')
r3 = h()
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise KeyError('k') from e
except KeyError as e:
    r4 = (type(e.__cause__).__name__, e.__context__ is e.__cause__, e.args)
try:
    try:
        raise TypeError('inner')
    finally:
        log.append('outer finally')
except TypeError as e:
    log.append('caught ' + str(e))
result = (r1, r2, r3, r4, log)
)PY",
     R"PY(('from except', 'done', 'try', ('ZeroDivisionError', True, ('k',)), ['try', 'except boom', 'finally', 'body 0', 'fin 0', 'fin 1', 'fin 2', 'h finally', 'outer finally', 'caught inner']))PY"},
    {"generators",
     R"PY(
log = []
def gen():
    try:
        x = yield 1
        log.append('got %r' % (x,))
        while True:
            try:
                x = yield x * 2
            except ValueError as e:
                log.append('thrown ' + str(e))
                x = -1
    finally:
        log.append('closed')
g = gen()
a = next(g)
b = g.send(10)
c = g.send(3)
d = g.throw(ValueError('v'))
g.close()
try:
    next(g)
    e = 'no'
except StopIteration:
    e = 'stop'
def sub():
    r = yield 'a'
    yield 'b'
    return 'ret:' + str(r)
def deleg():
    v = yield from sub()
    yield v
dl = deleg()
f = [next(dl), dl.send('S'), next(dl)]
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
fl = []
for i, v in enumerate(fib()):
    if i >= 100: break
    fl.append(v)
result = (a, b, c, d, e, f, fl[-1], sum(x * x for x in range(10)), log)
)PY",
     R"PY((1, 20, 6, -2, 'stop', ['a', 'b', 'ret:S'], 218922995834555169026, 285, ['got 10', 'thrown v', 'closed']))PY"},
    {"classes",
     R"PY(
class A:
    def __init__(self, x):
        self.x = x
    def who(self):
        return 'A%d' % self.x
    def __repr__(self):
        return 'A(%r)' % self.x
class B(A):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
    def who(self):
        return 'B+' + super().who()
class C(A):
    def who(self):
        return 'C+' + super().who()
class D(B, C):
    def who(self):
        return 'D+' + super().who()
d = D(1, 2)
class P:
    def __init__(self): self._v = 0
    @property
    def v(self): return self._v
    @v.setter
    def v(self, val): self._v = val * 10
    @staticmethod
    def s(): return 'static'
    @classmethod
    def k(cls): return cls.__name__
p = P(); p.v = 4
result = (d.who(), [k.__name__ for k in D.__mro__], repr(d), p.v, P.s(), P.k(), isinstance(d, A), issubclass(D, C))
)PY",
     R"PY(('D+B+C+A1', ['D', 'B', 'C', 'A', 'object'], 'A(1)', 40, 'static', 'P', True, True))PY"},
};

// Names the case in gtest's failure output instead of dumping its bytes.
void PrintTo(const ProgramCase& c, std::ostream* os) { *os << c.name; }

class Programs : public ::testing::TestWithParam<ProgramCase> {};

TEST_P(Programs, ResultMatchesCPython) {
  const ProgramCase& c = GetParam();
  Script s;
  s.run(c.source);
  EXPECT_EQ(s.repr_of("result"), c.expected);
  expect_vm_idle();
}

TEST_P(Programs, ResultMatchesCPythonUnderGcStress) {
  const ProgramCase& c = GetParam();
  StressScope stress;
  Script s;
  s.run(c.source);
  EXPECT_EQ(s.repr_of("result"), c.expected);
  expect_vm_idle();
}

INSTANTIATE_TEST_SUITE_P(Vm, Programs, ::testing::ValuesIn(kPrograms),
                         [](const ::testing::TestParamInfo<ProgramCase>& i) { return std::string(i.param.name); });

TEST(Vm, SmallIntArithmeticPromotesToBigInt) {
  Script s;
  s.run("a = 9223372036854775807\nb = a + 1\nc = b - 1\nd = a * a\ne = -a - 2\nf = (a + 1) // 2\n");
  EXPECT_TRUE(s.get("a").is_int());
  EXPECT_FALSE(s.get("b").is_int());  // promoted to a BigInt object
  EXPECT_EQ(s.repr_of("b"), "9223372036854775808");
  EXPECT_EQ(s.repr_of("c"), "9223372036854775807");
  EXPECT_EQ(s.repr_of("d"), "85070591730234615847396907784232501249");
  EXPECT_EQ(s.repr_of("e"), "-9223372036854775809");
  EXPECT_EQ(s.repr_of("f"), "4611686018427387904");
}

TEST(Vm, PrintGoesToStdout) {
  Script s;
  ::testing::internal::CaptureStdout();
  s.run("print('hi', 1, 2.5, None, sep='-')\nprint([1, 'a'], end='!')\n");
  std::fflush(stdout);
  EXPECT_EQ(::testing::internal::GetCapturedStdout(), "hi-1-2.5-None\n[1, 'a']!");
}

TEST(Vm, UncaughtExceptionLeavesVmIdle) {
  Script s;
  EXPECT_EQ(s.error_of("def f(d):\n  return d['k']\nf({})\n"), "KeyError: 'k'");
  expect_vm_idle();
  EXPECT_EQ(s.error_of("x = undefined_name\n"), "NameError: name 'undefined_name' is not defined");
  expect_vm_idle();
  EXPECT_EQ(s.error_of("def g():\n  yield 1 / 0\nlist(g())\n"), "ZeroDivisionError: division by zero");
  expect_vm_idle();
}

TEST(Vm, RecursionErrorIsCatchableAndUnwindsFrameStack) {
  Script s;
  s.run(R"PY(
def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    msg = str(e)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
after = depth(500)
)PY");
  EXPECT_EQ(s.repr_of("msg"), "'maximum recursion depth exceeded'");
  EXPECT_EQ(s.repr_of("after"), "500");
  expect_vm_idle();
}

TEST(Vm, UncaughtRecursionErrorUnwindsFrameStack) {
  Script s;
  EXPECT_EQ(s.error_of("def f(n):\n  return f(n + 1)\nf(0)\n"), "RecursionError: maximum recursion depth exceeded");
  expect_vm_idle();
}

TEST(Vm, RecursionThroughNativeReentryIsCatchable) {
  // __repr__ and __eq__ recurse through natives (repr(), ==): each level is
  // a nested dispatch loop on the C stack, so the limit must stop it cleanly.
  Script s;
  s.run(R"PY(
class R:
    def __repr__(self):
        return repr(self)
class E:
    def __eq__(self, other):
        return self == other
out = []
try:
    repr(R())
except RecursionError:
    out.append('repr')
try:
    E() == E()
except RecursionError:
    out.append('eq')
try:
    repr([R()])
except RecursionError:
    out.append('list repr')
)PY");
  EXPECT_EQ(s.repr_of("out"), "['repr', 'eq', 'list repr']");
  expect_vm_idle();
}

TEST(Vm, GeneratorFinallyRunsOnClose) {
  Script s;
  s.run(R"PY(
log = []
def g():
    try:
        yield 1
        yield 2
    finally:
        log.append('fin')
it = g()
next(it)
it.close()
it.close()
log.append(repr(list(it)))
def h():
    try:
        yield 1
    except GeneratorExit:
        yield 2
it2 = h()
next(it2)
try:
    it2.close()
except RuntimeError as e:
    log.append(str(e))
)PY");
  EXPECT_EQ(s.repr_of("log"), "['fin', '[]', 'generator ignored GeneratorExit']");
  expect_vm_idle();
}

TEST(Vm, DeeplyNestedContainersRaiseRecursionError) {
  // repr / == / < of containers nested far past the recursion limit recurse
  // in C++: they must stop with CPython's RecursionError, not overflow.
  Script s;
  s.run(R"PY(
a = []; b = []
for i in range(20000):
    a = [a]; b = [b]
d = {}
for i in range(20000):
    d = {1: d}
out = []
for fn in (lambda: repr(a), lambda: a == b, lambda: a < b, lambda: str(d), lambda: b in [a]):
    try:
        fn()
        out.append('no error')
    except RecursionError as e:
        out.append(str(e))
shallow = []
for i in range(900):
    shallow = [shallow]
n = len(repr(shallow))
)PY");
  EXPECT_EQ(s.repr_of("out"),
            "['maximum recursion depth exceeded while getting the repr of an object', "
            "'maximum recursion depth exceeded in comparison', 'maximum recursion depth exceeded in comparison', "
            "'maximum recursion depth exceeded while getting the repr of an object', "
            "'maximum recursion depth exceeded in comparison']");
  EXPECT_EQ(s.repr_of("n"), "1802");
  expect_vm_idle();
}

TEST(Vm, SortSurvivesInconsistentAndMutatingComparisons) {
  Script s;
  s.run(R"PY(
state = [12345]
def rnd():
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return state[0] >> 16
class R:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return rnd() % 2 == 0
ok = True
for trial in range(10):
    l = [R(i) for i in range(100)]
    l.sort()
    ok = ok and sorted(x.v for x in l) == list(range(100))
log = []
l2 = [3, 1, 2]
def key(x):
    log.append(len(l2))
    l2.append(x)
    return x
try:
    l2.sort(key=key)
except ValueError as e:
    log.append(str(e))
log.append(l2)
)PY");
  EXPECT_EQ(s.repr_of("ok"), "True");
  EXPECT_EQ(s.repr_of("log"), "[0, 1, 2, 'list modified during sort', [1, 2, 3]]");
}

TEST(Vm, WithExitRaisingOnReturnIsNotCaughtByItsOwnHandler) {
  // return/break out of a `with` calls __exit__ outside the block's handler:
  // an exception from __exit__ propagates (it used to re-enter the handler).
  Script s;
  s.run(R"PY(
log = []
class M:
    def __enter__(self): return self
    def __exit__(self, *a):
        log.append(a[0])
        raise ValueError('x')
def f():
    with M():
        return 1
def g():
    for i in range(2):
        with M():
            break
for fn in (f, g):
    try:
        fn()
    except ValueError as e:
        log.append('caught ' + str(e))
)PY");
  EXPECT_EQ(s.repr_of("log"), "[None, 'caught x', None, 'caught x']");
}

TEST(Vm, StrModFormatsUserObjects) {
  Script s;
  s.run(R"PY(
class N:
    def __str__(self): return 'N'
class M:
    def __getitem__(self, k): return k * 2
r = ('%s' % N(), '%(ab)s' % M(), 'a%%' % M())
)PY");
  EXPECT_EQ(s.repr_of("r"), "('N', 'abab', 'a%')");
}

TEST(Gc, UnreachableObjectsAreFreed) {
  Script s;
  s.run("x = [[i, str(i)] for i in range(5000)]\n");
  heap().collect();
  size_t with = heap().live_objects();
  s.run("del x\n");
  heap().collect();
  size_t without = heap().live_objects();
  ASSERT_LT(without, with);
  EXPECT_GE(with - without, 10000u);  // 5000 lists + their strings + the outer list
}

TEST(Gc, CyclesAreFreed) {
  Script s;
  s.run(R"PY(
class Node:
    def __init__(self):
        self.other = None
def make():
    for _ in range(1000):
        a = Node(); b = Node()
        a.other = b; b.other = a
make()
)PY");
  heap().collect();
  size_t after_first = heap().live_objects();
  s.run("make()\n");
  heap().collect();
  // The second batch of 1000 cycles is garbage as well: nothing accumulates.
  EXPECT_LE(heap().live_objects(), after_first + 10);
}

TEST(Gc, SuspendedGeneratorKeepsLocalsAlive) {
  Script s;
  s.run(R"PY(
def g():
    data = ['item%d' % i for i in range(200)]
    total = 0
    for x in data:
        total += len(x)
        yield x
    yield total
it = g()
first = next(it)
)PY");
  heap().collect();
  // Reuse freed memory, then collect again while the generator is suspended.
  s.run("junk = [str(i) * 3 for i in range(2000)]\ndel junk\n");
  heap().collect();
  s.run("rest = list(it)\n");
  EXPECT_EQ(s.repr_of("first"), "'item0'");
  s.run("n = len(rest)\nlast = rest[-1]\nsecond = rest[0]\nok = rest[:-1] == ['item%d' % i for i in range(1, 200)]\n");
  EXPECT_EQ(s.repr_of("n"), "200");
  EXPECT_EQ(s.repr_of("second"), "'item1'");
  EXPECT_EQ(s.repr_of("last"), "1290");
  EXPECT_EQ(s.repr_of("ok"), "True");
}

TEST(Gc, UnreachableSuspendedGeneratorIsFreed) {
  Script s;
  s.run("def g():\n  data = [str(i) for i in range(3000)]\n  yield from data\nit = g()\nnext(it)\n");
  heap().collect();
  size_t with = heap().live_objects();
  s.run("del it\n");
  heap().collect();
  EXPECT_GE(with - heap().live_objects(), 3000u);
}

TEST(Gc, StressModeRunsMixedProgramCorrectly) {
  StressScope stress;
  Script s;
  size_t before = heap().collections();
  s.run(R"PY(class Pt:
    def __init__(self, x, y):
        self.x = x; self.y = y
    def __repr__(self):
        return f"Pt({self.x}, {self.y})"
    def __eq__(self, o):
        return isinstance(o, Pt) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
pts = [Pt(i % 7, i // 7) for i in range(60)]
srt = sorted(pts, key=lambda p: (str(p.y * 3 % 5), [p.x] * 2))
d = {p: str(p) for p in pts}
d2 = {Pt(3, 4): 'again'}
joined = ",".join(f"{p.x}:{p.y!r}" for p in srt[:10])
def make_adders(n):
    return [lambda v, k=k: v + k for k in range(n)]
adders = sum(f(100) for f in make_adders(30))
def pipeline():
    evens = (x for x in range(200) if x % 2 == 0)
    sq = (str(x * x) for x in evens)
    return len("".join(sq))
errs = []
for i in range(20):
    try:
        if i % 3 == 0: raise ValueError(f"v{i}")
        {}[f"k{i}"]
    except (ValueError, KeyError) as e:
        errs.append(repr(e))
result = (repr(srt[:5]), len(d), d[Pt(3, 4)], joined, adders, pipeline(), errs[:4], len(errs))
)PY");
  EXPECT_EQ(s.repr_of("result"), R"PY(('[Pt(0, 0), Pt(0, 5), Pt(1, 0), Pt(1, 5), Pt(2, 0)]', 60, 'Pt(3, 4)', '0:0,0:5,1:0,1:5,2:0,2:5,3:0,3:5,4:0,4:5', 3435, 427, ["ValueError('v0')", "KeyError('k1')", "KeyError('k2')", "ValueError('v3')"], 20))PY");
  EXPECT_GT(heap().collections(), before + 100);
  expect_vm_idle();
}

TEST(Gc, StressModeNativeCallbacksKeepTemporaries) {
  // Natives that call back into script code (sorted key, str.join over a
  // generator, dict with user __hash__/__eq__, list repr with __repr__)
  // must keep their intermediate objects rooted.
  StressScope stress;
  Script s;
  s.run(R"PY(
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v % 10)
    def __eq__(self, o): return isinstance(o, K) and self.v == o.v
    def __repr__(self): return 'K' + str(self.v)
ks = sorted([K(i) for i in range(40)], key=lambda k: (str(-k.v), [k.v]))
d = {}
for k in ks:
    d[k] = [k.v] * 2
s = '-'.join(f'{k!r}:{d[k][0]}' for k in ks[:5])
r = repr([K(1), [K(2), (K(3),)], {'a': K(4)}])
m = max(ks, key=lambda k: str(k.v * 7 % 13))
result = (s, r, len(d), m.v, K(12) in d, K(99) in d)
)PY");
  EXPECT_EQ(s.repr_of("result"),
            "('K1:1-K10:10-K11:11-K12:12-K13:13', \"[K1, [K2, (K3,)], {'a': K4}]\", 40, 18, True, False)");
}

TEST(Gc, DisableStopsAutomaticCollection) {
  Script s;
  s.run("import gc\ngc.disable()\n");
  size_t before = heap().collections();
  // Far past the 8 MiB threshold, but under the disabled backstop.
  s.run("keep = []\nfor i in range(200000):\n    keep.append(str(i) * 4)\n    keep.append([i])\ndel keep\n");
  EXPECT_EQ(heap().collections(), before);
  s.run("gc.enable()\nx = [[i] for i in range(400000)]\ndel x\n");
  EXPECT_GT(heap().collections(), before);
  s.run("n = gc.collect()\n");
  EXPECT_EQ(s.repr_of("n"), "0");
  EXPECT_TRUE(heap().automatic());
}

TEST(Gc, FrameObjectsOutliveTheirFrames) {
  // Frame objects detach when their frame returns, unwinds or finishes as
  // a generator; the memory of those frames is reused at once by later
  // calls, so anything still reading it would see other frames.
  StressScope stress;
  Script s;
  s.run(R"PY(
import sys
def leaf(n):
    local = n * 2
    return sys._getframe()
frames = [leaf(i) for i in range(30)]
def noise(k):
    a = [k] * 3
    return a if k == 0 else noise(k - 1)
noise(40)
def thrower(v):
    inner_local = v
    raise ValueError(v)
tbs = []
for i in range(20):
    try:
        thrower(i)
    except ValueError as e:
        tbs.append(e.__traceback__)
noise(40)
def gen():
    g_local = 'g'
    yield sys._getframe()
gens = [gen() for _ in range(10)]
gframes = [next(g) for g in gens]
del gens
noise(40)
result = (
    [f.f_locals['local'] for f in frames[:5]],
    frames[3].f_back.f_code.co_name,
    [t.tb_next.tb_frame.f_locals['inner_local'] for t in tbs[:4]],
    {f.f_code.co_name for f in gframes},
    gframes[0].f_locals,
)
)PY");
  EXPECT_EQ(s.repr_of("result"), "([0, 2, 4, 6, 8], '<listcomp>', [0, 1, 2, 3], {'gen'}, {'g_local': 'g'})");
  expect_vm_idle();
}

}  // namespace
