// Unit tests of the opcode table and the compiler: stack effects, the
// exception table and stack depth of try/except/finally/with, and the
// SyntaxErrors the compiler itself raises (CPython 3.11's messages and lines).
#include <gtest/gtest.h>

#include <cstring>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/exception.h"
#include "runtime/heap.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/vm.h"
#include "vm/code.h"
#include "vm/opcodes.h"

using namespace coil::rt;
using coil::vm::Code;
using coil::vm::ExceptionEntry;
using coil::vm::Op;

namespace {

// ------------------------------------------------------------ opcode table

TEST(OpcodeTable, EveryOpHasUniqueNameAndDoc) {
  std::set<std::string> seen;
  for (int i = 0; i < coil::vm::kNumOps; ++i) {
    Op op = static_cast<Op>(i);
    const char* name = coil::vm::op_name(op);
    const char* doc = coil::vm::op_doc(op);
    ASSERT_NE(name, nullptr) << i;
    ASSERT_NE(doc, nullptr) << name;
    EXPECT_GT(std::strlen(name), 0u) << i;
    EXPECT_GT(std::strlen(doc), 5u) << name;
    EXPECT_TRUE(seen.insert(name).second) << "duplicate name " << name;
  }
  EXPECT_STREQ(coil::vm::op_name(Op::CALL), "CALL");
  EXPECT_STREQ(coil::vm::op_name(Op::NOP), "NOP");
}

TEST(OpcodeTable, StackEffects) {
  using coil::vm::stack_effect;
  for (int n = 0; n < 300; ++n) EXPECT_EQ(stack_effect(Op::CALL, n, false), -(n + 1)) << n;
  EXPECT_EQ(stack_effect(Op::BUILD_TUPLE, 0, false), 1);
  EXPECT_EQ(stack_effect(Op::BUILD_TUPLE, 3, false), -2);
  EXPECT_EQ(stack_effect(Op::BUILD_MAP, 2, false), -3);
  EXPECT_EQ(stack_effect(Op::UNPACK_SEQUENCE, 3, false), 2);
  EXPECT_EQ(stack_effect(Op::UNPACK_EX, 1 | (2 << 8), false), 3);  // a, *b, c, d: 4 items for 1
  EXPECT_EQ(stack_effect(Op::CALL_EX, 0, false), -2);
  EXPECT_EQ(stack_effect(Op::CALL_EX, 1, false), -3);
  EXPECT_EQ(stack_effect(Op::MAKE_FUNCTION, 1 | 2 | 8, false), -3);
  EXPECT_EQ(stack_effect(Op::FORMAT_VALUE, 4, false), -1);
  EXPECT_EQ(stack_effect(Op::FORMAT_VALUE, 2, false), 0);
  // Jumps: FOR_ITER pushes an item or pops the iterator; SEND leaves the result.
  EXPECT_EQ(stack_effect(Op::FOR_ITER, 0, false), 1);
  EXPECT_EQ(stack_effect(Op::FOR_ITER, 0, true), -1);
  EXPECT_EQ(stack_effect(Op::SEND, 0, true), -1);
  EXPECT_EQ(stack_effect(Op::JUMP_IF_FALSE_OR_POP, 0, true), 0);
  EXPECT_EQ(stack_effect(Op::POP_JUMP_IF_TRUE, 0, true), -1);
  EXPECT_TRUE(coil::vm::is_jump(Op::JUMP));
  EXPECT_TRUE(coil::vm::is_jump(Op::FOR_ITER));
  EXPECT_FALSE(coil::vm::is_jump(Op::CALL));
}

TEST(OpcodeTable, InstructionEncoding) {
  using namespace coil::vm;
  Instr i = make_instr(Op::LOAD_CONST, kMaxArg);
  EXPECT_EQ(instr_op(i), Op::LOAD_CONST);
  EXPECT_EQ(instr_arg(i), kMaxArg);
}

// ---------------------------------------------------------------- compiler

// Code objects stay reachable through the module code's constants; nothing
// here runs script code, so no collection can happen while they are in use.
Code* compile(std::string_view src) { return compile_source(src, "<test>"); }

Code* find_code(Code* c, const char* name) {
  if (c->name && c->name->s == name) return c;
  for (const Value& v : c->consts)
    if (v.is_obj() && v.o->kind == Kind::Code)
      if (Code* r = find_code(as<Code>(v), name)) return r;
  return nullptr;
}

// An independent walk of the control flow: the depth before each instruction
// must be the same on every path, never negative and within stacksize; a
// handler's depth must not exceed the depth of any instruction it covers
// (the interpreter trims the stack to it and pushes the exception).
std::string check_stack(Code* c) {
  using namespace coil::vm;
  size_t n = c->instrs.size();
  std::vector<int> at(n, -1);
  std::vector<size_t> work;
  std::string err;
  auto reach = [&](size_t i, int d, size_t from) {
    if (i >= n) {
      err += "jump out of range at " + std::to_string(from) + "\n";
      return;
    }
    if (d < 0) err += "negative depth at " + std::to_string(i) + "\n";
    if (at[i] == -1) {
      at[i] = d;
      work.push_back(i);
    } else if (at[i] != d) {
      err += "depth mismatch at " + std::to_string(i) + ": " + std::to_string(at[i]) + " vs " +
             std::to_string(d) + " (from " + std::to_string(from) + ")\n";
    }
  };
  reach(0, 0, 0);
  for (const ExceptionEntry& e : c->exceptions) reach(e.target, static_cast<int>(e.depth) + 1, e.start);
  while (!work.empty()) {
    size_t i = work.back();
    work.pop_back();
    Op op = instr_op(c->instrs[i]);
    int arg = static_cast<int>(instr_arg(c->instrs[i]));
    int d = at[i];
    if (d + std::max(0, stack_effect(op, arg, false)) > c->stacksize)
      err += "stack overflow at " + std::to_string(i) + "\n";
    if (is_jump(op)) reach(static_cast<size_t>(arg), d + stack_effect(op, arg, true), i);
    if (op == Op::JUMP || op == Op::RETURN_VALUE || op == Op::RERAISE || op == Op::RAISE_VARARGS) continue;
    reach(i + instr_width(op), d + stack_effect(op, arg, false), i);
  }
  for (const ExceptionEntry& e : c->exceptions) {
    if (!(e.start < e.end && e.end <= n)) err += "bad range\n";
    if (static_cast<int>(e.depth) + 1 > c->stacksize) err += "handler depth beyond stacksize\n";
    for (uint32_t i = e.start; i < e.end && i < n; ++i)
      if (at[i] >= 0 && at[i] < static_cast<int>(e.depth))
        err += "instruction " + std::to_string(i) + " below its handler's depth\n";
  }
  for (size_t k = 1; k < c->exceptions.size(); ++k)
    if (c->exceptions[k].start < c->exceptions[k - 1].end) err += "overlapping exception entries\n";
  for (const Value& v : c->consts)
    if (v.is_obj() && v.o->kind == Kind::Code) err += check_stack(as<Code>(v));
  return err;
}

const ExceptionEntry* entry_covering(Code* c, uint32_t idx) { return c->handler_for(idx); }

// The index of the n-th (0-based) instruction with this opcode, or -1.
int find_op(Code* c, Op op, int nth = 0) {
  for (size_t i = 0; i < c->instrs.size(); ++i)
    if (coil::vm::instr_op(c->instrs[i]) == op && nth-- == 0) return static_cast<int>(i);
  return -1;
}

TEST(Compiler, TryExceptFinallyExceptionTable) {
  Code* mod = compile(R"PY(
def f():
    try:
        a()
    except ValueError as e:
        b()
    finally:
        c()
)PY");
  Code* f = find_code(mod, "f");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(check_stack(mod), "");
  // The call to a() is covered by the except handler, which starts with
  // PUSH_EXC_INFO at the depth of the try (0).
  int call_a = find_op(f, Op::CALL, 0);
  const ExceptionEntry* h = entry_covering(f, call_a);
  ASSERT_NE(h, nullptr);
  EXPECT_EQ(coil::vm::instr_op(f->instrs[h->target]), Op::PUSH_EXC_INFO);
  EXPECT_EQ(h->depth, 0u);
  // The call to b() (inside the handler) is covered by a cleanup handler at
  // depth 1 (the saved previous exception), and that cleanup in turn by the
  // finally handler.
  int call_b = find_op(f, Op::CALL, 1);
  const ExceptionEntry* hb = entry_covering(f, call_b);
  ASSERT_NE(hb, nullptr);
  EXPECT_EQ(hb->depth, 1u);
  EXPECT_NE(hb->target, h->target);
  // c() runs twice: inline on the normal path (not covered) and in the
  // finally handler (covered by its cleanup at depth 1).
  int call_c1 = find_op(f, Op::CALL, 2), call_c2 = find_op(f, Op::CALL, 3);
  ASSERT_GE(call_c2, 0);
  EXPECT_EQ(entry_covering(f, call_c1), nullptr);
  const ExceptionEntry* hc = entry_covering(f, call_c2);
  ASSERT_NE(hc, nullptr);
  EXPECT_EQ(hc->depth, 1u);
  EXPECT_GE(f->stacksize, 3);
}

TEST(Compiler, WithExceptionTableAndDepth) {
  Code* mod = compile(R"PY(
def g():
    with m() as x:
        y()
    return x
)PY");
  Code* g = find_code(mod, "g");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(check_stack(mod), "");
  // The body runs with the bound __exit__ on the stack (depth 1); the
  // handler calls it through WITH_EXCEPT_START.
  int call_y = find_op(g, Op::CALL, 1);
  const ExceptionEntry* h = entry_covering(g, call_y);
  ASSERT_NE(h, nullptr);
  EXPECT_EQ(h->depth, 1u);
  EXPECT_EQ(coil::vm::instr_op(g->instrs[h->target]), Op::PUSH_EXC_INFO);
  EXPECT_EQ(coil::vm::instr_op(g->instrs[h->target + 1]), Op::WITH_EXCEPT_START);
  // [exit, prev_exc, exc, result of exit()] at the deepest point.
  EXPECT_GE(g->stacksize, 4);
  // The __exit__(None, None, None) call on the normal path is not covered.
  int exit_call = find_op(g, Op::CALL, 2);
  EXPECT_EQ(entry_covering(g, exit_call), nullptr);
}

TEST(Compiler, StackDepthIsConsistentOnAllPaths) {
  Code* mod = compile(R"PY(
def h(xs):
    total = 0
    for x in xs:
        try:
            with open(x) as fh, ctx() as other:
                total += len([y for y in fh if y])
        except (OSError, ValueError) as e:
            continue
        except:
            break
        else:
            total += 1
        finally:
            total -= 1
    while total > 0:
        try:
            return {k: v for k, v in zip(xs, xs)}
        finally:
            total = f(*xs, **{'a': 1})
    return total if total else [*xs, *xs]
async def co(q):
    async with q as r:
        async for item in r:
            await item
    return [await z async for z in q]
def gen():
    x = yield 1
    yield from gen()
    try:
        yield x
    finally:
        del x
class K(Base, metaclass=M):
    a: int = 3
    def m(self): return super().m()
)PY");
  EXPECT_EQ(check_stack(mod), "");
}

TEST(Compiler, MatchStackDepthIsConsistentOnAllPaths) {
  // Captures wait on the stack until a pattern has matched, under the items
  // its enclosing patterns still need; every failure path pops them.
  Code* mod = compile(R"PY(
def f(v, C):
    for item in v:
        match item:
            case [1, (a, b) | [b, a], *rest] if a:
                continue
            case {"k": [x, *_, y], **kw} | (x, y, kw):
                try:
                    with open(x) as fh:
                        return fh
                except E as e:
                    break
            case C(p, q=[r, {1: s}]) as whole:
                pass
            case (C.A | C.B) as c if c:
                return c
            case -1 | 2.5 | "s" | None | True:
                pass
            case [[*_, last], *_]:
                pass
            case _:
                match item:
                    case n:
                        return n
    return 0
async def g(v):
    match await v:
        case [a] if await a:
            async with a as b:
                pass
)PY");
  EXPECT_EQ(check_stack(mod), "");
}

TEST(Compiler, HandlerForUsesHalfOpenRanges) {
  Code* mod = compile("try:\n    x = 1\nexcept:\n    pass\n");
  ASSERT_FALSE(mod->exceptions.empty());
  const ExceptionEntry& e = mod->exceptions[0];
  EXPECT_EQ(mod->handler_for(e.start), &e);
  EXPECT_NE(mod->handler_for(e.end), &e);
}

// ------------------------------------------------------------ SyntaxErrors

struct SyntaxErr {
  std::string type, msg;
  int line = 0;
};

SyntaxErr syntax_error_of(std::string_view src) {
  SyntaxErr r;
  try {
    compile(src);
  } catch (PyError& e) {
    r.type = type_name(e.exc);
    r.msg = as_str(getattr(e.exc, intern("msg")))->s;
    r.line = static_cast<int>(getattr(e.exc, intern("lineno")).as_int());
  }
  return r;
}

TEST(CompilerErrors, ReturnOutsideFunction) {
  SyntaxErr e = syntax_error_of("x = 1\nreturn 5\n");
  EXPECT_EQ(e.type, "SyntaxError");
  EXPECT_EQ(e.msg, "'return' outside function");
  EXPECT_EQ(e.line, 2);
  e = syntax_error_of("class C:\n    x = 1\n    return x\n");
  EXPECT_EQ(e.msg, "'return' outside function");
  EXPECT_EQ(e.line, 3);
}

TEST(CompilerErrors, AwaitOutsideFunction) {
  SyntaxErr e = syntax_error_of("await x\n");
  EXPECT_EQ(e.type, "SyntaxError");
  EXPECT_EQ(e.msg, "'await' outside function");
  EXPECT_EQ(e.line, 1);
  e = syntax_error_of("class C:\n\n  await x\n");
  EXPECT_EQ(e.msg, "'await' outside function");
  EXPECT_EQ(e.line, 3);
}

TEST(CompilerErrors, BreakAndContinueOutsideLoop) {
  SyntaxErr e = syntax_error_of("if 1:\n    break\n");
  EXPECT_EQ(e.type, "SyntaxError");
  EXPECT_EQ(e.msg, "'break' outside loop");
  EXPECT_EQ(e.line, 2);
  e = syntax_error_of("for i in x:\n    def f():\n        break\n");
  EXPECT_EQ(e.msg, "'break' outside loop");
  EXPECT_EQ(e.line, 3);
  e = syntax_error_of("\ncontinue\n");
  EXPECT_EQ(e.msg, "'continue' not properly in loop");
  EXPECT_EQ(e.line, 2);
}

TEST(CompilerErrors, YieldOutsideFunction) {
  SyntaxErr e = syntax_error_of("yield 1\n");
  EXPECT_EQ(e.msg, "'yield' outside function");
  EXPECT_EQ(e.line, 1);
}

TEST(CompilerErrors, ScopeDeclarations) {
  EXPECT_EQ(syntax_error_of("def f():\n  nonlocal q\n").msg, "no binding for nonlocal 'q' found");
  EXPECT_EQ(syntax_error_of("def f():\n  x = 1\n  global x\n").msg,
            "name 'x' is assigned to before global declaration");
  EXPECT_EQ(syntax_error_of("def f():\n  x\n  global x\n").msg, "name 'x' is used prior to global declaration");
  EXPECT_EQ(syntax_error_of("def f():\n  x = 1\n  def g():\n    x = 2\n    nonlocal x\n").msg,
            "name 'x' is assigned to before nonlocal declaration");
  EXPECT_EQ(syntax_error_of("nonlocal x\n").msg, "nonlocal declaration not allowed at module level");
}

TEST(CompilerErrors, MatchPatterns) {
  struct Case {
    const char* src;
    const char* msg;
    int line;
  } cases[] = {
      {"match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
       "name capture 'y' makes remaining patterns unreachable", 2},
      {"match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
       "wildcard makes remaining patterns unreachable", 2},
      {"match x:\n    case y | 1:\n        pass\n", "name capture 'y' makes remaining patterns unreachable", 2},
      {"match x:\n    case (1 | y) as z:\n        pass\n    case 2:\n        pass\n",
       "name capture 'y' makes remaining patterns unreachable", 2},
      {"match x:\n    case [a, *a]:\n        pass\n", "multiple assignments to name 'a' in pattern", 2},
      {"match x:\n    case {'k': a, **a}:\n        pass\n", "multiple assignments to name 'a' in pattern", 2},
      {"match x:\n    case [a] | b:\n        pass\n", "alternative patterns bind different names", 2},
      {"match x:\n    case (1, a) | (2, b):\n        pass\n", "alternative patterns bind different names", 2},
      {"match x:\n    case P(a=1,\n           a=2):\n        pass\n", "attribute name repeated in class pattern: a", 3},
      {"match x:\n    case {'a': 1, 'a': 2}:\n        pass\n", "mapping pattern checks duplicate key ('a')", 2},
      {"match x:\n    case {True: 1, 1: 2}:\n        pass\n", "mapping pattern checks duplicate key (1)", 2},
      {"match x:\n    case {-1: 1, -1.0: 2}:\n        pass\n", "mapping pattern checks duplicate key (-1.0)", 2},
      {"match x:\n    case [*a, *b]:\n        pass\n", "multiple starred names in sequence pattern", 2},
      {"match x:\n    case f'a':\n        pass\n", "patterns may only match literals and attribute lookups", 2},
      {"match x:\n    case __debug__:\n        pass\n", "cannot assign to __debug__", 2},
  };
  for (const Case& c : cases) {
    SyntaxErr e = syntax_error_of(c.src);
    EXPECT_EQ(e.type, "SyntaxError") << c.src;
    EXPECT_EQ(e.msg, c.msg) << c.src;
    EXPECT_EQ(e.line, c.line) << c.src;
  }
  // A guarded capture, and one in the last case, are allowed.
  EXPECT_NE(compile("match x:\n    case y if y:\n        pass\n    case z:\n        pass\n"), nullptr);
}

TEST(CompilerErrors, DeepNestingIsACleanError) {
  // Far past the compiler's nesting guard: an error, never a C stack overflow.
  std::string src = "x = " + std::string(5000, '(') + "1" + std::string(5000, ')') + "\n";
  SyntaxErr e = syntax_error_of(src);
  EXPECT_FALSE(e.type.empty());
  // Like CPython: a RecursionError raised while compiling, not a crash.
  std::string sum = "x = 1";
  for (int i = 0; i < 100000; ++i) sum += "+1";
  std::string got;
  try {
    compile(sum + "\n");
  } catch (PyError& err) {
    got = type_name(err.exc) + ": " + str(err.exc);
  }
  EXPECT_EQ(got, "RecursionError: maximum recursion depth exceeded during compilation");
}

TEST(CompilerErrors, LongExpressionsWithinCPythonsLimitCompile) {
  // CPython 3.11 compiles a 2900-term sum (its limit is about 3000).
  std::string sum = "x = 1";
  for (int i = 1; i < 2900; ++i) sum += "+1";
  Code* c = compile(sum + "\n");
  EXPECT_NE(c, nullptr);
}

}  // namespace
