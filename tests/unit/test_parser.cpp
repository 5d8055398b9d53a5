// Tests of the parser: ASTs compared with CPython 3.11's ast.dump() output
// (expected strings obtained from python3 3.11), syntax errors compared with
// CPython's message/line/column, and robustness on large inputs.
#include <gtest/gtest.h>

#include <string>

#include "parser/ast_dump.h"
#include "parser/parse.h"

namespace {

using coil::parse::SyntaxError;

std::string dump_module(const std::string& src) {
  coil::ast::Arena arena;
  SyntaxError err;
  coil::ast::Module* m = coil::parse::parse_module(src, "t.py", arena, &err);
  if (!m) return err.type + ": " + err.msg + " @" + std::to_string(err.line) + ":" + std::to_string(err.col);
  return coil::ast::dump(m);
}

SyntaxError parse_error(const std::string& src) {
  coil::ast::Arena arena;
  SyntaxError err;
  coil::ast::Module* m = coil::parse::parse_module(src, "t.py", arena, &err);
  EXPECT_EQ(m, nullptr) << "expected a syntax error for: " << src;
  return err;
}

struct DumpCase {
  const char* src;
  const char* dump;
};

const DumpCase kDumpCases[] = {
    {"x = 1\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])"},
    {"a = b = 1",
     "Module(body=[Assign(targets=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], value=Constant(value=1))], type_ignores=[])"},
    {"a, *b = x",
     "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Starred(value=Name(id='b', ctx=Store()), ctx=Store())], ctx=Store())], value=Name(id='x', ctx=Load()))], type_ignores=[])"},
    {"a.b[1] = c.d = 2",
     "Module(body=[Assign(targets=[Subscript(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), slice=Constant(value=1), ctx=Store()), Attribute(value=Name(id='c', ctx=Load()), attr='d', ctx=Store())], value=Constant(value=2))], type_ignores=[])"},
    {"x += 1\ny //= 2\nz **= 3\nw @= 4\nq >>= 1",
     "Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=Add(), value=Constant(value=1)), AugAssign(target=Name(id='y', ctx=Store()), op=FloorDiv(), value=Constant(value=2)), AugAssign(target=Name(id='z', ctx=Store()), op=Pow(), value=Constant(value=3)), AugAssign(target=Name(id='w', ctx=Store()), op=MatMult(), value=Constant(value=4)), AugAssign(target=Name(id='q', ctx=Store()), op=RShift(), value=Constant(value=1))], type_ignores=[])"},
    {"x: int = 1\n(y): int\na.b: str",
     "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=1), simple=1), AnnAssign(target=Name(id='y', ctx=Store()), annotation=Name(id='int', ctx=Load()), simple=0), AnnAssign(target=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Store()), annotation=Name(id='str', ctx=Load()), simple=0)], type_ignores=[])"},
    {"del a, b[0], (c, d)",
     "Module(body=[Delete(targets=[Name(id='a', ctx=Del()), Subscript(value=Name(id='b', ctx=Load()), slice=Constant(value=0), ctx=Del()), Tuple(elts=[Name(id='c', ctx=Del()), Name(id='d', ctx=Del())], ctx=Del())])], type_ignores=[])"},
    {"def f():\n    pass\n    return\n    return *a, b",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass(), Return(), Return(value=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()))], decorator_list=[])], type_ignores=[])"},
    {"raise\nraise x\nraise x from y",
     "Module(body=[Raise(), Raise(exc=Name(id='x', ctx=Load())), Raise(exc=Name(id='x', ctx=Load()), cause=Name(id='y', ctx=Load()))], type_ignores=[])"},
    {"global a, b\nnonlocal c",
     "Module(body=[Global(names=['a', 'b']), Nonlocal(names=['c'])], type_ignores=[])"},
    {"assert x\nassert x, 'msg'",
     "Module(body=[Assert(test=Name(id='x', ctx=Load())), Assert(test=Name(id='x', ctx=Load()), msg=Constant(value='msg'))], type_ignores=[])"},
    {"import a.b as c, d\nfrom .m import (a as b, c)\nfrom m import *\nfrom ... import x\nfrom .... import y\nfrom .a.b import (c,)",
     "Module(body=[Import(names=[alias(name='a.b', asname='c'), alias(name='d')]), ImportFrom(module='m', names=[alias(name='a', asname='b'), alias(name='c')], level=1), ImportFrom(module='m', names=[alias(name='*')], level=0), ImportFrom(names=[alias(name='x')], level=3), ImportFrom(names=[alias(name='y')], level=4), ImportFrom(module='a.b', names=[alias(name='c')], level=1)], type_ignores=[])"},
    {"if a:\n  x\nelif b:\n  y\nelif c:\n  z\nelse:\n  w",
     "Module(body=[If(test=Name(id='a', ctx=Load()), body=[Expr(value=Name(id='x', ctx=Load()))], orelse=[If(test=Name(id='b', ctx=Load()), body=[Expr(value=Name(id='y', ctx=Load()))], orelse=[If(test=Name(id='c', ctx=Load()), body=[Expr(value=Name(id='z', ctx=Load()))], orelse=[Expr(value=Name(id='w', ctx=Load()))])])])], type_ignores=[])"},
    {"while x:\n  break\nelse:\n  continue",
     "Module(body=[While(test=Name(id='x', ctx=Load()), body=[Break()], orelse=[Continue()])], type_ignores=[])"},
    {"for x, y in z:\n  pass\nelse:\n  pass",
     "Module(body=[For(target=Tuple(elts=[Name(id='x', ctx=Store()), Name(id='y', ctx=Store())], ctx=Store()), iter=Name(id='z', ctx=Load()), body=[Pass()], orelse=[Pass()])], type_ignores=[])"},
    {"async def f():\n  async for x in y: pass\n  async with a as b, c: pass\n  await x",
     "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[AsyncFor(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), body=[Pass()], orelse=[]), AsyncWith(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()))], body=[Pass()]), Expr(value=Await(value=Name(id='x', ctx=Load())))], decorator_list=[])], type_ignores=[])"},
    {"try:\n  pass\nexcept E as e:\n  pass\nexcept (A, B):\n  pass\nexcept:\n  pass\nelse:\n  pass\nfinally:\n  pass",
     "Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), name='e', body=[Pass()]), ExceptHandler(type=Tuple(elts=[Name(id='A', ctx=Load()), Name(id='B', ctx=Load())], ctx=Load()), body=[Pass()]), ExceptHandler(body=[Pass()])], orelse=[Pass()], finalbody=[Pass()])], type_ignores=[])"},
    {"try:\n  pass\nfinally:\n  pass",
     "Module(body=[Try(body=[Pass()], handlers=[], orelse=[], finalbody=[Pass()])], type_ignores=[])"},
    {"try:\n  pass\nexcept* E as e:\n  pass\nexcept* F:\n  pass",
     "Module(body=[TryStar(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), name='e', body=[Pass()]), ExceptHandler(type=Name(id='F', ctx=Load()), body=[Pass()])], orelse=[], finalbody=[])], type_ignores=[])"},
    {"with a as b, c as (d, e):\n  pass",
     "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()), optional_vars=Tuple(elts=[Name(id='d', ctx=Store()), Name(id='e', ctx=Store())], ctx=Store()))], body=[Pass()])], type_ignores=[])"},
    {"with (a as b, c):\n  pass",
     "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()))], body=[Pass()])], type_ignores=[])"},
    {"with (a, b) as c:\n  pass",
     "Module(body=[With(items=[withitem(context_expr=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()), optional_vars=Name(id='c', ctx=Store()))], body=[Pass()])], type_ignores=[])"},
    {"with (a, b):\n  pass",
     "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load())), withitem(context_expr=Name(id='b', ctx=Load()))], body=[Pass()])], type_ignores=[])"},
    {"with (a):\n  pass",
     "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()))], body=[Pass()])], type_ignores=[])"},
    {"with (a as b, c,):\n  pass",
     "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()))], body=[Pass()])], type_ignores=[])"},
    {"with (open(x)) as f, g: pass",
     "Module(body=[With(items=[withitem(context_expr=Call(func=Name(id='open', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[]), optional_vars=Name(id='f', ctx=Store())), withitem(context_expr=Name(id='g', ctx=Load()))], body=[Pass()])], type_ignores=[])"},
    {"def f(a, /, b=1, *c, d, e=2, **g) -> int: pass",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], vararg=arg(arg='c'), kwonlyargs=[arg(arg='d'), arg(arg='e')], kw_defaults=[None, Constant(value=2)], kwarg=arg(arg='g'), defaults=[Constant(value=1)]), body=[Pass()], decorator_list=[], returns=Name(id='int', ctx=Load()))], type_ignores=[])"},
    {"def f(a, b: int = 3, *, c, **k): pass",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a'), arg(arg='b', annotation=Name(id='int', ctx=Load()))], kwonlyargs=[arg(arg='c')], kw_defaults=[None], kwarg=arg(arg='k'), defaults=[Constant(value=3)]), body=[Pass()], decorator_list=[])], type_ignores=[])"},
    {"def f(*, a=1): pass\ndef g(a, /): pass\ndef h(**k,): pass\ndef i(*a: int, **k: str): pass",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[arg(arg='a')], kw_defaults=[Constant(value=1)], defaults=[]), body=[Pass()], decorator_list=[]), FunctionDef(name='g', args=arguments(posonlyargs=[arg(arg='a')], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[]), FunctionDef(name='h', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], kwarg=arg(arg='k'), defaults=[]), body=[Pass()], decorator_list=[]), FunctionDef(name='i', args=arguments(posonlyargs=[], args=[], vararg=arg(arg='a', annotation=Name(id='int', ctx=Load())), kwonlyargs=[], kw_defaults=[], kwarg=arg(arg='k', annotation=Name(id='str', ctx=Load())), defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])"},
    {"class C(Base, metaclass=M):\n  x = 1\n  def f(self): pass",
     "Module(body=[ClassDef(name='C', bases=[Name(id='Base', ctx=Load())], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load()))], body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='self')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])], decorator_list=[])], type_ignores=[])"},
    {"class C: pass\nclass D(): pass",
     "Module(body=[ClassDef(name='C', bases=[], keywords=[], body=[Pass()], decorator_list=[]), ClassDef(name='D', bases=[], keywords=[], body=[Pass()], decorator_list=[])], type_ignores=[])"},
    {"@dec\n@dec2(1)\n@a.b[c]\ndef f(): pass\n@d\nclass C: pass\n@x\nasync def g(): pass",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[Name(id='dec', ctx=Load()), Call(func=Name(id='dec2', ctx=Load()), args=[Constant(value=1)], keywords=[]), Subscript(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), slice=Name(id='c', ctx=Load()), ctx=Load())]), ClassDef(name='C', bases=[], keywords=[], body=[Pass()], decorator_list=[Name(id='d', ctx=Load())]), AsyncFunctionDef(name='g', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[Name(id='x', ctx=Load())])], type_ignores=[])"},
    {"x = 1; y = 2;\nif x: y = 1; z = 2",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=2)), If(test=Name(id='x', ctx=Load()), body=[Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=1)), Assign(targets=[Name(id='z', ctx=Store())], value=Constant(value=2))], orelse=[])], type_ignores=[])"},
    {"lambda: 0\nlambda x, y=1, *a, k, **kw: x\nlambda *, k: k\nlambda a, /, b: a",
     "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=0))), Expr(value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='x'), arg(arg='y')], vararg=arg(arg='a'), kwonlyargs=[arg(arg='k')], kw_defaults=[None], kwarg=arg(arg='kw'), defaults=[Constant(value=1)]), body=Name(id='x', ctx=Load()))), Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[arg(arg='k')], kw_defaults=[None], defaults=[]), body=Name(id='k', ctx=Load()))), Expr(value=Lambda(args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Name(id='a', ctx=Load())))], type_ignores=[])"},
    {"a if b else c if d else e",
     "Module(body=[Expr(value=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=IfExp(test=Name(id='d', ctx=Load()), body=Name(id='c', ctx=Load()), orelse=Name(id='e', ctx=Load()))))], type_ignores=[])"},
    {"a or b or c and d and not e",
     "Module(body=[Expr(value=BoolOp(op=Or(), values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load()), BoolOp(op=And(), values=[Name(id='c', ctx=Load()), Name(id='d', ctx=Load()), UnaryOp(op=Not(), operand=Name(id='e', ctx=Load()))])]))], type_ignores=[])"},
    {"(a or b) or c",
     "Module(body=[Expr(value=BoolOp(op=Or(), values=[BoolOp(op=Or(), values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())]), Name(id='c', ctx=Load())]))], type_ignores=[])"},
    {"a < b <= c == d != e > f >= g is h is not i in j not in k",
     "Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), LtE(), Eq(), NotEq(), Gt(), GtE(), Is(), IsNot(), In(), NotIn()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load()), Name(id='d', ctx=Load()), Name(id='e', ctx=Load()), Name(id='f', ctx=Load()), Name(id='g', ctx=Load()), Name(id='h', ctx=Load()), Name(id='i', ctx=Load()), Name(id='j', ctx=Load()), Name(id='k', ctx=Load())]))], type_ignores=[])"},
    {"a | b ^ c & d << e >> f + g - h * i @ j / k % l // m ** n ** o",
     "Module(body=[Expr(value=BinOp(left=Name(id='a', ctx=Load()), op=BitOr(), right=BinOp(left=Name(id='b', ctx=Load()), op=BitXor(), right=BinOp(left=Name(id='c', ctx=Load()), op=BitAnd(), right=BinOp(left=BinOp(left=Name(id='d', ctx=Load()), op=LShift(), right=Name(id='e', ctx=Load())), op=RShift(), right=BinOp(left=BinOp(left=Name(id='f', ctx=Load()), op=Add(), right=Name(id='g', ctx=Load())), op=Sub(), right=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Name(id='h', ctx=Load()), op=Mult(), right=Name(id='i', ctx=Load())), op=MatMult(), right=Name(id='j', ctx=Load())), op=Div(), right=Name(id='k', ctx=Load())), op=Mod(), right=Name(id='l', ctx=Load())), op=FloorDiv(), right=BinOp(left=Name(id='m', ctx=Load()), op=Pow(), right=BinOp(left=Name(id='n', ctx=Load()), op=Pow(), right=Name(id='o', ctx=Load()))))))))))], type_ignores=[])"},
    {"-2**2\n- - -x\n~+x\n2**-1\na**-b**c",
     "Module(body=[Expr(value=UnaryOp(op=USub(), operand=BinOp(left=Constant(value=2), op=Pow(), right=Constant(value=2)))), Expr(value=UnaryOp(op=USub(), operand=UnaryOp(op=USub(), operand=UnaryOp(op=USub(), operand=Name(id='x', ctx=Load()))))), Expr(value=UnaryOp(op=Invert(), operand=UnaryOp(op=UAdd(), operand=Name(id='x', ctx=Load())))), Expr(value=BinOp(left=Constant(value=2), op=Pow(), right=UnaryOp(op=USub(), operand=Constant(value=1)))), Expr(value=BinOp(left=Name(id='a', ctx=Load()), op=Pow(), right=UnaryOp(op=USub(), operand=BinOp(left=Name(id='b', ctx=Load()), op=Pow(), right=Name(id='c', ctx=Load())))))], type_ignores=[])"},
    {"await x ** 2",
     "Module(body=[Expr(value=BinOp(left=Await(value=Name(id='x', ctx=Load())), op=Pow(), right=Constant(value=2)))], type_ignores=[])"},
    {"a[1:2, ::3]\na[:]\na[1:]\na[:2]\na[::]\na[1:2:3]\na[x, y]\na[x,]\na[*b]\na[*b, c]",
     "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Slice(lower=Constant(value=1), upper=Constant(value=2)), Slice(step=Constant(value=3))], ctx=Load()), ctx=Load())), Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(), ctx=Load())), Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(lower=Constant(value=1)), ctx=Load())), Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(upper=Constant(value=2)), ctx=Load())), Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(), ctx=Load())), Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(lower=Constant(value=1), upper=Constant(value=2), step=Constant(value=3)), ctx=Load())), Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Name(id='x', ctx=Load()), Name(id='y', ctx=Load())], ctx=Load()), ctx=Load())), Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Name(id='x', ctx=Load())], ctx=Load()), ctx=Load())), Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()), ctx=Load())), Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Starred(value=Name(id='b', ctx=Load()), ctx=Load()), Name(id='c', ctx=Load())], ctx=Load()), ctx=Load()))], type_ignores=[])"},
    {"f(a, *b, c=1, **d)\nf(*a, *b, **c, **d)\nf(a=1, *b)\nf(x for x in y)\nf()\nf(a,)\nf(x := 1)",
     "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], keywords=[keyword(arg='c', value=Constant(value=1)), keyword(value=Name(id='d', ctx=Load()))])), Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], keywords=[keyword(value=Name(id='c', ctx=Load())), keyword(value=Name(id='d', ctx=Load()))])), Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Starred(value=Name(id='b', ctx=Load()), ctx=Load())], keywords=[keyword(arg='a', value=Constant(value=1))])), Expr(value=Call(func=Name(id='f', ctx=Load()), args=[GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)])], keywords=[])), Expr(value=Call(func=Name(id='f', ctx=Load()), args=[], keywords=[])), Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[])), Expr(value=Call(func=Name(id='f', ctx=Load()), args=[NamedExpr(target=Name(id='x', ctx=Store()), value=Constant(value=1))], keywords=[]))], type_ignores=[])"},
    {"x.y.z\nx().y[0](1)",
     "Module(body=[Expr(value=Attribute(value=Attribute(value=Name(id='x', ctx=Load()), attr='y', ctx=Load()), attr='z', ctx=Load())), Expr(value=Call(func=Subscript(value=Attribute(value=Call(func=Name(id='x', ctx=Load()), args=[], keywords=[]), attr='y', ctx=Load()), slice=Constant(value=0), ctx=Load()), args=[Constant(value=1)], keywords=[]))], type_ignores=[])"},
    {"None, True, False, ...\n1, 1.5, 1e10, 1j, 0x1f, 0o17, 0b101, 1_000_000, 10**100, 1.5j, 00, 0.0, .5, 5., 1e-5, 1E+5",
     "Module(body=[Expr(value=Tuple(elts=[Constant(value=None), Constant(value=True), Constant(value=False), Constant(value=Ellipsis)], ctx=Load())), Expr(value=Tuple(elts=[Constant(value=1), Constant(value=1.5), Constant(value=10000000000.0), Constant(value=1j), Constant(value=31), Constant(value=15), Constant(value=5), Constant(value=1000000), BinOp(left=Constant(value=10), op=Pow(), right=Constant(value=100)), Constant(value=1.5j), Constant(value=0), Constant(value=0.0), Constant(value=0.5), Constant(value=5.0), Constant(value=1e-05), Constant(value=100000.0)], ctx=Load()))], type_ignores=[])"},
    {"'''triple\nquoted''' \"\"\"another\"\"\"",
     "Module(body=[Expr(value=Constant(value='triple\\nquotedanother'))], type_ignores=[])"},
    {"()\n(1,)\n(1, 2)\n(1)\n[]\n[1]\n[1, 2,]\n{}\n{1}\n{1: 2}\n{**a, 'k': v}\n{*a, b}",
     "Module(body=[Expr(value=Tuple(elts=[], ctx=Load())), Expr(value=Tuple(elts=[Constant(value=1)], ctx=Load())), Expr(value=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load())), Expr(value=Constant(value=1)), Expr(value=List(elts=[], ctx=Load())), Expr(value=List(elts=[Constant(value=1)], ctx=Load())), Expr(value=List(elts=[Constant(value=1), Constant(value=2)], ctx=Load())), Expr(value=Dict(keys=[], values=[])), Expr(value=Set(elts=[Constant(value=1)])), Expr(value=Dict(keys=[Constant(value=1)], values=[Constant(value=2)])), Expr(value=Dict(keys=[None, Constant(value='k')], values=[Name(id='a', ctx=Load()), Name(id='v', ctx=Load())])), Expr(value=Set(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Name(id='b', ctx=Load())]))], type_ignores=[])"},
    {"[x for x in y]\n{x for x in y}\n{k: v for k, v in d.items()}\n(x for x in y)\n[x for x in y if a if b for z in x]\n[x async for x in y]",
     "Module(body=[Expr(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)])), Expr(value=SetComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)])), Expr(value=DictComp(key=Name(id='k', ctx=Load()), value=Name(id='v', ctx=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='k', ctx=Store()), Name(id='v', ctx=Store())], ctx=Store()), iter=Call(func=Attribute(value=Name(id='d', ctx=Load()), attr='items', ctx=Load()), args=[], keywords=[]), ifs=[], is_async=0)])), Expr(value=GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)])), Expr(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], is_async=0), comprehension(target=Name(id='z', ctx=Store()), iter=Name(id='x', ctx=Load()), ifs=[], is_async=0)])), Expr(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=1)]))], type_ignores=[])"},
    {"x = yield\nx = yield a\nx = yield a, b\nx = yield from g()\nyield\nawait x",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Yield()), Assign(targets=[Name(id='x', ctx=Store())], value=Yield(value=Name(id='a', ctx=Load()))), Assign(targets=[Name(id='x', ctx=Store())], value=Yield(value=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()))), Assign(targets=[Name(id='x', ctx=Store())], value=YieldFrom(value=Call(func=Name(id='g', ctx=Load()), args=[], keywords=[]))), Expr(value=Yield()), Expr(value=Await(value=Name(id='x', ctx=Load())))], type_ignores=[])"},
    {"if (n := 10) > 5: pass\n[y := f(x), y**2]\nwhile (x := f()): pass",
     "Module(body=[If(test=Compare(left=NamedExpr(target=Name(id='n', ctx=Store()), value=Constant(value=10)), ops=[Gt()], comparators=[Constant(value=5)]), body=[Pass()], orelse=[]), Expr(value=List(elts=[NamedExpr(target=Name(id='y', ctx=Store()), value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[])), BinOp(left=Name(id='y', ctx=Load()), op=Pow(), right=Constant(value=2))], ctx=Load())), While(test=NamedExpr(target=Name(id='x', ctx=Store()), value=Call(func=Name(id='f', ctx=Load()), args=[], keywords=[])), body=[Pass()], orelse=[])], type_ignores=[])"},
    {"print(*a, sep='')\nf(**{'a': 1})",
     "Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Starred(value=Name(id='a', ctx=Load()), ctx=Load())], keywords=[keyword(arg='sep', value=Constant(value=''))])), Expr(value=Call(func=Name(id='f', ctx=Load()), args=[], keywords=[keyword(value=Dict(keys=[Constant(value='a')], values=[Constant(value=1)]))]))], type_ignores=[])"},
    {"x = [\n  1,\n  2,\n]\ny = (1 +\n  2)\nz = 1 + \\\n  2",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=List(elts=[Constant(value=1), Constant(value=2)], ctx=Load())), Assign(targets=[Name(id='y', ctx=Store())], value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2))), Assign(targets=[Name(id='z', ctx=Store())], value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)))], type_ignores=[])"},
    {"if x:\n    # comment\n\n    y = 1\n        # odd comment\n    z = 2\n",
     "Module(body=[If(test=Name(id='x', ctx=Load()), body=[Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=1)), Assign(targets=[Name(id='z', ctx=Store())], value=Constant(value=2))], orelse=[])], type_ignores=[])"},
    {"if x:\n  if y:\n    pass\n  else:\n    pass\nz = 1",
     "Module(body=[If(test=Name(id='x', ctx=Load()), body=[If(test=Name(id='y', ctx=Load()), body=[Pass()], orelse=[Pass()])], orelse=[]), Assign(targets=[Name(id='z', ctx=Store())], value=Constant(value=1))], type_ignores=[])"},
    {"def f():\n\tif x:\n\t\treturn 1\n\treturn 2\n",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[If(test=Name(id='x', ctx=Load()), body=[Return(value=Constant(value=1))], orelse=[]), Return(value=Constant(value=2))], decorator_list=[])], type_ignores=[])"},
    {"x = 1",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])"},
    {"if x:\n  y",
     "Module(body=[If(test=Name(id='x', ctx=Load()), body=[Expr(value=Name(id='y', ctx=Load()))], orelse=[])], type_ignores=[])"},
    {"for x in *a, *b: pass",
     "Module(body=[For(target=Name(id='x', ctx=Store()), iter=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])"},
    {"x = *a, *b",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()))], type_ignores=[])"},
    {"f'{x!r:>{width}.{prec}f}'",
     "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='>'), FormattedValue(value=Name(id='width', ctx=Load()), conversion=-1), Constant(value='.'), FormattedValue(value=Name(id='prec', ctx=Load()), conversion=-1), Constant(value='f')]))]))], type_ignores=[])"},
    {"f'a{x=}b'\nf'{x = !s:>3}'\nf'{x=:>3}'\nf'{x:}'\nf''\nf'{{a}}'\nf'{x}{y}'\nf'{\"a\"}'\nf'''{x\n+ 1}'''\nrf'\\{x}'",
     "Module(body=[Expr(value=JoinedStr(values=[Constant(value='ax='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114), Constant(value='b')])), Expr(value=JoinedStr(values=[Constant(value='x = '), FormattedValue(value=Name(id='x', ctx=Load()), conversion=115, format_spec=JoinedStr(values=[Constant(value='>3')]))])), Expr(value=JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='>3')]))])), Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[]))])), Expr(value=JoinedStr(values=[])), Expr(value=JoinedStr(values=[Constant(value='{a}')])), Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1)])), Expr(value=JoinedStr(values=[FormattedValue(value=Constant(value='a'), conversion=-1)])), Expr(value=JoinedStr(values=[FormattedValue(value=BinOp(left=Name(id='x', ctx=Load()), op=Add(), right=Constant(value=1)), conversion=-1)])), Expr(value=JoinedStr(values=[Constant(value='\\\\'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))], type_ignores=[])"},
    {"f'{a[\"b\"]:{c}}'\nf'{x!a}'\nf'{3.14:.2f}'\nf'{ x }'",
     "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Subscript(value=Name(id='a', ctx=Load()), slice=Constant(value='b'), ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='c', ctx=Load()), conversion=-1)]))])), Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=97)])), Expr(value=JoinedStr(values=[FormattedValue(value=Constant(value=3.14), conversion=-1, format_spec=JoinedStr(values=[Constant(value='.2f')]))])), Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))], type_ignores=[])"},
    {"x = 'é\\u00e9\\U0001F600\\x41\\101\\n\\t\\\\\\'\\\"'",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='éé😀AA\\n\\t\\\\\\'\"'))], type_ignores=[])"},
    {"x = '\\d'",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='\\\\d'))], type_ignores=[])"},
    {"éàü = 1\nπ = 3",
     "Module(body=[Assign(targets=[Name(id='éàü', ctx=Store())], value=Constant(value=1)), Assign(targets=[Name(id='π', ctx=Store())], value=Constant(value=3))], type_ignores=[])"},
    {"a = -1\nb = not a",
     "Module(body=[Assign(targets=[Name(id='a', ctx=Store())], value=UnaryOp(op=USub(), operand=Constant(value=1))), Assign(targets=[Name(id='b', ctx=Store())], value=UnaryOp(op=Not(), operand=Name(id='a', ctx=Load())))], type_ignores=[])"},
    {"x = 1 if y else 2",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=IfExp(test=Name(id='y', ctx=Load()), body=Constant(value=1), orelse=Constant(value=2)))], type_ignores=[])"},
    {"class A:\n    def f(self):\n        return [i for i in range(10) if i % 2]\n",
     "Module(body=[ClassDef(name='A', bases=[], keywords=[], body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='self')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=ListComp(elt=Name(id='i', ctx=Load()), generators=[comprehension(target=Name(id='i', ctx=Store()), iter=Call(func=Name(id='range', ctx=Load()), args=[Constant(value=10)], keywords=[]), ifs=[BinOp(left=Name(id='i', ctx=Load()), op=Mod(), right=Constant(value=2))], is_async=0)]))], decorator_list=[])], decorator_list=[])], type_ignores=[])"},
    {"import a\nimport a.b.c\n",
     "Module(body=[Import(names=[alias(name='a')]), Import(names=[alias(name='a.b.c')])], type_ignores=[])"},
    {"x[a:b, c]\nx[()] \nx[1:2,]",
     "Module(body=[Expr(value=Subscript(value=Name(id='x', ctx=Load()), slice=Tuple(elts=[Slice(lower=Name(id='a', ctx=Load()), upper=Name(id='b', ctx=Load())), Name(id='c', ctx=Load())], ctx=Load()), ctx=Load())), Expr(value=Subscript(value=Name(id='x', ctx=Load()), slice=Tuple(elts=[], ctx=Load()), ctx=Load())), Expr(value=Subscript(value=Name(id='x', ctx=Load()), slice=Tuple(elts=[Slice(lower=Constant(value=1), upper=Constant(value=2))], ctx=Load()), ctx=Load()))], type_ignores=[])"},
    {"def f(a, b=2, /, c=3): pass",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a'), arg(arg='b')], args=[arg(arg='c')], kwonlyargs=[], kw_defaults=[], defaults=[Constant(value=2), Constant(value=3)]), body=[Pass()], decorator_list=[])], type_ignores=[])"},
    {"async def f():\n  return [x async for x in y]\n  return await z",
     "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=1)])), Return(value=Await(value=Name(id='z', ctx=Load())))], decorator_list=[])], type_ignores=[])"},
    {"def f():\n  yield\n  x = yield from g()\n",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=Yield()), Assign(targets=[Name(id='x', ctx=Store())], value=YieldFrom(value=Call(func=Name(id='g', ctx=Load()), args=[], keywords=[])))], decorator_list=[])], type_ignores=[])"},
    {"a[b:c, d:e:f, g]",
     "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Slice(lower=Name(id='b', ctx=Load()), upper=Name(id='c', ctx=Load())), Slice(lower=Name(id='d', ctx=Load()), upper=Name(id='e', ctx=Load()), step=Name(id='f', ctx=Load())), Name(id='g', ctx=Load())], ctx=Load()), ctx=Load()))], type_ignores=[])"},
    {"x = [i*j for i in a for j in b if i if j]",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=ListComp(elt=BinOp(left=Name(id='i', ctx=Load()), op=Mult(), right=Name(id='j', ctx=Load())), generators=[comprehension(target=Name(id='i', ctx=Store()), iter=Name(id='a', ctx=Load()), ifs=[], is_async=0), comprehension(target=Name(id='j', ctx=Store()), iter=Name(id='b', ctx=Load()), ifs=[Name(id='i', ctx=Load()), Name(id='j', ctx=Load())], is_async=0)]))], type_ignores=[])"},
    {"class C(A, B, *mixins, **kw): pass",
     "Module(body=[ClassDef(name='C', bases=[Name(id='A', ctx=Load()), Name(id='B', ctx=Load()), Starred(value=Name(id='mixins', ctx=Load()), ctx=Load())], keywords=[keyword(value=Name(id='kw', ctx=Load()))], body=[Pass()], decorator_list=[])], type_ignores=[])"},
    {"f(a)(b)(c)",
     "Module(body=[Expr(value=Call(func=Call(func=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[]), args=[Name(id='b', ctx=Load())], keywords=[]), args=[Name(id='c', ctx=Load())], keywords=[]))], type_ignores=[])"},
    {"x = a if b else lambda: c",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Name(id='c', ctx=Load()))))], type_ignores=[])"},
    {"not not not x",
     "Module(body=[Expr(value=UnaryOp(op=Not(), operand=UnaryOp(op=Not(), operand=UnaryOp(op=Not(), operand=Name(id='x', ctx=Load())))))], type_ignores=[])"},
    {"x = {**a, **b}",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Dict(keys=[None, None], values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())]))], type_ignores=[])"},
    {"x = 1 < 2 == 3",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Compare(left=Constant(value=1), ops=[Lt(), Eq()], comparators=[Constant(value=2), Constant(value=3)]))], type_ignores=[])"},
    {"b = 3 ** -1",
     "Module(body=[Assign(targets=[Name(id='b', ctx=Store())], value=BinOp(left=Constant(value=3), op=Pow(), right=UnaryOp(op=USub(), operand=Constant(value=1))))], type_ignores=[])"},
    {"print(f'{a!r} and {b!s:{c}}')",
     "Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), conversion=114), Constant(value=' and '), FormattedValue(value=Name(id='b', ctx=Load()), conversion=115, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='c', ctx=Load()), conversion=-1)]))])], keywords=[]))], type_ignores=[])"},
    {"assert (yield)",
     "Module(body=[Assert(test=Yield())], type_ignores=[])"},
    {"x = 'a' 'b' f'{c}' 'd'",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Constant(value='ab'), FormattedValue(value=Name(id='c', ctx=Load()), conversion=-1), Constant(value='d')]))], type_ignores=[])"},
    {"del x\ndel (y)\ndel [z]",
     "Module(body=[Delete(targets=[Name(id='x', ctx=Del())]), Delete(targets=[Name(id='y', ctx=Del())]), Delete(targets=[List(elts=[Name(id='z', ctx=Del())], ctx=Del())])], type_ignores=[])"},
    {"a = b, = c",
     "Module(body=[Assign(targets=[Name(id='a', ctx=Store()), Tuple(elts=[Name(id='b', ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[])"},
    {"for i, (j, k) in x: pass",
     "Module(body=[For(target=Tuple(elts=[Name(id='i', ctx=Store()), Tuple(elts=[Name(id='j', ctx=Store()), Name(id='k', ctx=Store())], ctx=Store())], ctx=Store()), iter=Name(id='x', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])"},
    {"while 1:\n    if x: break\n    else: continue\n",
     "Module(body=[While(test=Constant(value=1), body=[If(test=Name(id='x', ctx=Load()), body=[Break()], orelse=[Continue()])], orelse=[])], type_ignores=[])"},
    {"x = ~-+1",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=UnaryOp(op=Invert(), operand=UnaryOp(op=USub(), operand=UnaryOp(op=UAdd(), operand=Constant(value=1)))))], type_ignores=[])"},
    {"s = '\\x41\\u00e9\\101\\t'",
     "Module(body=[Assign(targets=[Name(id='s', ctx=Store())], value=Constant(value='AéA\\t'))], type_ignores=[])"},
    {"b = b'\\x00\\xff\\'\"'",
     "Module(body=[Assign(targets=[Name(id='b', ctx=Store())], value=Constant(value=b'\\x00\\xff\\'\"'))], type_ignores=[])"},
    {"nums = 1.0, 1e16, 1.2345678901234567e-7, 0.1, 1e22, 123456789012345678.0, 0xdeadbeefcafebabe1234",
     "Module(body=[Assign(targets=[Name(id='nums', ctx=Store())], value=Tuple(elts=[Constant(value=1.0), Constant(value=1e+16), Constant(value=1.2345678901234566e-07), Constant(value=0.1), Constant(value=1e+22), Constant(value=1.2345678901234568e+17), Constant(value=1051570404360395033547316)], ctx=Load()))], type_ignores=[])"},
    {"x = (a\n  + b)  # comment\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Name(id='a', ctx=Load()), op=Add(), right=Name(id='b', ctx=Load())))], type_ignores=[])"},
    {"if a:\n    pass\nelif b:\n    pass\n",
     "Module(body=[If(test=Name(id='a', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='b', ctx=Load()), body=[Pass()], orelse=[])])], type_ignores=[])"},
    {"x = f(\n    1,\n)\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Call(func=Name(id='f', ctx=Load()), args=[Constant(value=1)], keywords=[]))], type_ignores=[])"},
    // The match statement (PEP 634), and match/case as plain names.
    {"match x:\n    case 1 | -2 | 'a' 'b' | b'c' | None | True | False | a.b.c:\n        pass",
     "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchOr(patterns=[MatchValue(value=Constant(value=1)), MatchValue(value=UnaryOp(op=USub(), operand=Constant(value=2))), MatchValue(value=Constant(value='ab')), MatchValue(value=Constant(value=b'c')), MatchSingleton(value=None), MatchSingleton(value=True), MatchSingleton(value=False), MatchValue(value=Attribute(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), attr='c', ctx=Load()))]), body=[Pass()])])], type_ignores=[])"},
    {"match x, *y:\n    case [a, *_, *r] if a:\n        pass\n    case (a, b) | [b, a]:\n        pass",
     "Module(body=[Match(subject=Tuple(elts=[Name(id='x', ctx=Load()), Starred(value=Name(id='y', ctx=Load()), ctx=Load())], ctx=Load()), cases=[match_case(pattern=MatchSequence(patterns=[MatchAs(name='a'), MatchStar(), MatchStar(name='r')]), guard=Name(id='a', ctx=Load()), body=[Pass()]), match_case(pattern=MatchOr(patterns=[MatchSequence(patterns=[MatchAs(name='a'), MatchAs(name='b')]), MatchSequence(patterns=[MatchAs(name='b'), MatchAs(name='a')])]), body=[Pass()])])], type_ignores=[])"},
    {"match x,:\n    case a, *b,:\n        pass\n    case ():\n        pass\n    case []:\n        pass\n    case (x):\n        pass",
     "Module(body=[Match(subject=Tuple(elts=[Name(id='x', ctx=Load())], ctx=Load()), cases=[match_case(pattern=MatchSequence(patterns=[MatchAs(name='a'), MatchStar(name='b')]), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[]), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[]), body=[Pass()]), match_case(pattern=MatchAs(name='x'), body=[Pass()])])], type_ignores=[])"},
    {"match (x := f()):\n    case {1: x, 'k': [y], a.b: _, _.c: 2, **rest}:\n        pass\n    case {}:\n        pass\n    case {**r,}:\n        pass",
     "Module(body=[Match(subject=NamedExpr(target=Name(id='x', ctx=Store()), value=Call(func=Name(id='f', ctx=Load()), args=[], keywords=[])), cases=[match_case(pattern=MatchMapping(keys=[Constant(value=1), Constant(value='k'), Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), Attribute(value=Name(id='_', ctx=Load()), attr='c', ctx=Load())], patterns=[MatchAs(name='x'), MatchSequence(patterns=[MatchAs(name='y')]), MatchAs(), MatchValue(value=Constant(value=2))], rest='rest'), body=[Pass()]), match_case(pattern=MatchMapping(keys=[], patterns=[]), body=[Pass()]), match_case(pattern=MatchMapping(keys=[], patterns=[], rest='r'), body=[Pass()])])], type_ignores=[])"},
    {"match x:\n    case P(1, y=_, z=w) as q:\n        pass\n    case a.B() | C(d,) | a._():\n        pass\n    case _:\n        pass",
     "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchAs(pattern=MatchClass(cls=Name(id='P', ctx=Load()), patterns=[MatchValue(value=Constant(value=1))], kwd_attrs=['y', 'z'], kwd_patterns=[MatchAs(), MatchAs(name='w')]), name='q'), body=[Pass()]), match_case(pattern=MatchOr(patterns=[MatchClass(cls=Attribute(value=Name(id='a', ctx=Load()), attr='B', ctx=Load()), patterns=[], kwd_attrs=[], kwd_patterns=[]), MatchClass(cls=Name(id='C', ctx=Load()), patterns=[MatchAs(name='d')], kwd_attrs=[], kwd_patterns=[]), MatchClass(cls=Attribute(value=Name(id='a', ctx=Load()), attr='_', ctx=Load()), patterns=[], kwd_attrs=[], kwd_patterns=[])]), body=[Pass()]), match_case(pattern=MatchAs(), body=[Pass()])])], type_ignores=[])"},
    {"match x:\n    case -1.5 | 0x1f | 1_000:\n        pass",
     "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchOr(patterns=[MatchValue(value=UnaryOp(op=USub(), operand=Constant(value=1.5))), MatchValue(value=Constant(value=31)), MatchValue(value=Constant(value=1000))]), body=[Pass()])])], type_ignores=[])"},
    {"match = case = 1\nmatch(x)\ncase.y: int = match[0]\nmatch: int\n",
     "Module(body=[Assign(targets=[Name(id='match', ctx=Store()), Name(id='case', ctx=Store())], value=Constant(value=1)), Expr(value=Call(func=Name(id='match', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[])), AnnAssign(target=Attribute(value=Name(id='case', ctx=Load()), attr='y', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Subscript(value=Name(id='match', ctx=Load()), slice=Constant(value=0), ctx=Load()), simple=0), AnnAssign(target=Name(id='match', ctx=Store()), annotation=Name(id='int', ctx=Load()), simple=1)], type_ignores=[])"},
    {"match x:\n    case 1: match\n    case 2: case = 3\n",
     "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchValue(value=Constant(value=1)), body=[Expr(value=Name(id='match', ctx=Load()))]), match_case(pattern=MatchValue(value=Constant(value=2)), body=[Assign(targets=[Name(id='case', ctx=Store())], value=Constant(value=3))])])], type_ignores=[])"},
    {"if x:\n    match y:\n        case [match, case]:\n            match z:\n                case _: pass\ncase[0]: int = 1\n",
     "Module(body=[If(test=Name(id='x', ctx=Load()), body=[Match(subject=Name(id='y', ctx=Load()), cases=[match_case(pattern=MatchSequence(patterns=[MatchAs(name='match'), MatchAs(name='case')]), body=[Match(subject=Name(id='z', ctx=Load()), cases=[match_case(pattern=MatchAs(), body=[Pass()])])])])], orelse=[]), AnnAssign(target=Subscript(value=Name(id='case', ctx=Load()), slice=Constant(value=0), ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=1), simple=0)], type_ignores=[])"},
};

struct ErrorCase {
  const char* src;
  const char* type;
  const char* msg;
  int line, col;
};

const ErrorCase kErrorCases[] = {
    {"if x:\ny\n", "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 0},
    {"if x:\n", "IndentationError", "expected an indented block after 'if' statement on line 1", 1, 5},
    {"if x:", "IndentationError", "expected an indented block after 'if' statement on line 1", 1, 5},
    {"if x:\n  pass\nelse:\n", "IndentationError", "expected an indented block after 'else' statement on line 3", 3, 5},
    {"async def f():\n  async for x in y:\n  pass\n", "IndentationError", "expected an indented block after 'for' statement on line 2", 3, 2},
    {"def f():\nx", "IndentationError", "expected an indented block after function definition on line 1", 2, 0},
    {"class C:\nx", "IndentationError", "expected an indented block after class definition on line 1", 2, 0},
    {"try:\nx", "IndentationError", "expected an indented block after 'try' statement on line 1", 2, 0},
    {"try:\n  x\nexcept E:\ny", "IndentationError", "expected an indented block after 'except' statement on line 3", 4, 0},
    {"try:\n  x\nexcept* E:\ny", "IndentationError", "expected an indented block after 'except*' statement on line 3", 4, 0},
    {"try:\n  x\nfinally:\ny", "IndentationError", "expected an indented block after 'finally' statement on line 3", 4, 0},
    {"with a:\ny", "IndentationError", "expected an indented block after 'with' statement on line 1", 2, 0},
    {"while a:\ny", "IndentationError", "expected an indented block after 'while' statement on line 1", 2, 0},
    {"if x:\n  pass\nelif y:\nz", "IndentationError", "expected an indented block after 'elif' statement on line 3", 4, 0},
    {"if x:\n    a\n  b\n", "IndentationError", "unindent does not match any outer indentation level", 3, 3},
    {" x = 1\n", "IndentationError", "unexpected indent", 1, 0},
    {"if x:\n\ta\n        b\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 0},
    {"x = (1,\n2", "SyntaxError", "'(' was never closed", 1, 4},
    {"x = (1, 2]", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 9},
    {"x = (1,\n 2]", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 2},
    {"x = 1)", "SyntaxError", "unmatched ')'", 1, 5},
    {"x = 'abc\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 4},
    {"x = '''abc\n\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 2)", 1, 4},
    {"x = 1 + \\", "SyntaxError", "unexpected EOF while parsing", 1, 9},
    {"x = 1 + \\\n", "SyntaxError", "unexpected EOF while parsing", 1, 9},
    {"x = 1 \\ y", "SyntaxError", "unexpected character after line continuation character", 1, 7},
    {"x = = 1", "SyntaxError", "invalid syntax", 1, 4},
    {"x = = 1\ny = 'abc", "SyntaxError", "unterminated string literal (detected at line 2)", 2, 4},
    {"if x\n  pass", "SyntaxError", "expected ':'", 1, 4},
    {"for x in y\n  pass", "SyntaxError", "expected ':'", 1, 10},
    {"def f()\n  pass", "SyntaxError", "expected ':'", 1, 7},
    {"class C\n  pass", "SyntaxError", "expected ':'", 1, 7},
    {"f() = 1", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 0},
    {"1 = x", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 0},
    {"del f()", "SyntaxError", "cannot delete function call", 1, 4},
    {"del 1", "SyntaxError", "cannot delete literal", 1, 4},
    {"f(a.b=1)", "SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 2},
    {"f(**a, *b)", "SyntaxError", "iterable argument unpacking follows keyword argument unpacking", 1, 7},
    {"f(a=1, b)", "SyntaxError", "positional argument follows keyword argument", 1, 8},
    {"f(**a, b)", "SyntaxError", "positional argument follows keyword argument unpacking", 1, 8},
    {"f(x for x in y, 1)", "SyntaxError", "Generator expression must be parenthesized", 1, 2},
    {"(a, f()) = 1", "SyntaxError", "cannot assign to function call", 1, 4},
    {"a + 1 = 2", "SyntaxError", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 0},
    {"[a, 1] = 2", "SyntaxError", "cannot assign to literal", 1, 4},
    {"f() += 1", "SyntaxError", "'function call' is an illegal expression for augmented assignment", 1, 0},
    {"(a, b) += 1", "SyntaxError", "'tuple' is an illegal expression for augmented assignment", 1, 0},
    {"a, b: int", "SyntaxError", "only single target (not tuple) can be annotated", 1, 0},
    {"x = 0777", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 4},
    {"x = 1abc", "SyntaxError", "invalid decimal literal", 1, 4},
    {"x = 0x", "SyntaxError", "invalid hexadecimal literal", 1, 5},
    {"x = 1_", "SyntaxError", "invalid decimal literal", 1, 5},
    {"(((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((", "SyntaxError", "too many nested parentheses", 1, 200},
    {"x = $", "SyntaxError", "invalid syntax", 1, 4},
    {"def f(a=1, b): pass", "SyntaxError", "non-default argument follows default argument", 1, 11},
    {"def f(*, **k): pass", "SyntaxError", "named arguments must follow bare *", 1, 6},
    {"def f(/, a): pass", "SyntaxError", "at least one argument must precede /", 1, 6},
    {"def f(a, *, b, /): pass", "SyntaxError", "/ must be ahead of *", 1, 15},
    {"def f(**k, a): pass", "SyntaxError", "arguments cannot follow var-keyword argument", 1, 11},
    {"def f(*a, *b): pass", "SyntaxError", "* argument may appear only once", 1, 10},
    {"def f(a, /, b, /): pass", "SyntaxError", "/ may appear only once", 1, 15},
    {"(a.b := 1)", "SyntaxError", "cannot use assignment expressions with attribute", 1, 1},
    {"x := 1", "SyntaxError", "invalid syntax", 1, 2},
    {"(*a)", "SyntaxError", "cannot use starred expression here", 1, 1},
    {"f(a b)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 2},
    {"[a b]", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 1},
    {"yield = 1", "SyntaxError", "assignment to yield expression not possible", 1, 0},
    {"a if b else c = 1", "SyntaxError", "cannot assign to conditional expression", 1, 0},
    {"None = 1", "SyntaxError", "cannot assign to None", 1, 0},
    {"x.None = 1", "SyntaxError", "invalid syntax", 1, 2},
    {"lambda: 1 = 1", "SyntaxError", "cannot assign to lambda", 1, 0},
    {"await x = 1", "SyntaxError", "cannot assign to await expression here. Maybe you meant '==' instead of '='?", 1, 0},
    {"(x for x in y) = 1", "SyntaxError", "cannot assign to generator expression", 1, 0},
    {"[x for x in y] = 1", "SyntaxError", "cannot assign to list comprehension here. Maybe you meant '==' instead of '='?", 1, 0},
    {"{1: 2} = 1", "SyntaxError", "cannot assign to dict literal here. Maybe you meant '==' instead of '='?", 1, 0},
    {"f'{x}' = 1", "SyntaxError", "cannot assign to f-string expression here. Maybe you meant '==' instead of '='?", 1, 0},
    {"... = 1", "SyntaxError", "cannot assign to ellipsis here. Maybe you meant '==' instead of '='?", 1, 0},
    {"True = 1", "SyntaxError", "cannot assign to True", 1, 0},
    {"a < b = 1", "SyntaxError", "cannot assign to comparison", 1, 0},
    {"not a = 1", "SyntaxError", "cannot assign to expression", 1, 0},
    {"-a = 1", "SyntaxError", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 0},
    {"a and b = 1", "SyntaxError", "cannot assign to expression", 1, 0},
    {"for f() in x: pass", "SyntaxError", "cannot assign to function call", 1, 4},
    {"with a as f(): pass", "SyntaxError", "cannot assign to function call", 1, 10},
    {"del (a, f())", "SyntaxError", "cannot delete function call", 1, 8},
    {"del *a", "SyntaxError", "cannot delete starred", 1, 4},
    {"del a + b", "SyntaxError", "cannot delete expression", 1, 4},
    {"x = 1 +", "SyntaxError", "invalid syntax", 1, 7},
    {"x = 1 +\n", "SyntaxError", "invalid syntax", 1, 7},
    {"f() = 1, 2", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 0},
    {"f() = a = 1", "SyntaxError", "cannot assign to function call", 1, 0},
    {"x = f() = 1", "SyntaxError", "cannot assign to function call", 1, 4},
    {"f() = yield", "SyntaxError", "cannot assign to function call", 1, 0},
    {"(a, b): int", "SyntaxError", "only single target (not tuple) can be annotated", 1, 0},
    {"[a]: int", "SyntaxError", "only single target (not list) can be annotated", 1, 0},
    {"f(): int", "SyntaxError", "illegal target for annotation", 1, 0},
    {"f((a)=1)", "SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3},
    {"f(True=1)", "SyntaxError", "cannot assign to True", 1, 2},
    {"f() = a < b", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 0},
    {"(f()) = 1", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1},
    {"(*a for a in b)", "SyntaxError", "iterable unpacking cannot be used in comprehension", 1, 1},
    {"[*a for a in b]", "SyntaxError", "iterable unpacking cannot be used in comprehension", 1, 1},
    {"f'{x!z}'", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 8},
    {"f'{}'", "SyntaxError", "f-string: empty expression not allowed", 1, 5},
    {"f'}'", "SyntaxError", "f-string: single '}' is not allowed", 1, 4},
    {"f'{'", "SyntaxError", "f-string: expecting '}'", 1, 4},
    {"f(x for x in y,)", "SyntaxError", "Generator expression must be parenthesized", 1, 2},
    {"'a' b'b'", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 8},
    {"b'é'", "SyntaxError", "bytes can only contain ASCII literal characters", 1, 0},
    {"try:\n  x\nexcept E:\n  y\nexcept* F:\n  z", "SyntaxError", "cannot have both 'except' and 'except*' on the same 'try'", 5, 0},
    {"try:\n  x\nexcept*:\n  y", "SyntaxError", "expected one or more exception types", 3, 7},
    {"from m import a,", "SyntaxError", "trailing comma not allowed without surrounding parentheses", 1, 16},
    {"def f(x):\n    return x\n  y = 1\n", "IndentationError", "unindent does not match any outer indentation level", 3, 7},
    {"x = (1 +\n", "SyntaxError", "'(' was never closed", 1, 4},
    {"foo(\n", "SyntaxError", "'(' was never closed", 1, 3},
    {"x = [1, 2\ny = 3\n", "SyntaxError", "'[' was never closed", 1, 4},
    {"print 'x'", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 0},
    {"if x:\npass", "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 0},
    {"x = 1\n  y = 2", "IndentationError", "unexpected indent", 2, 1},
    {"def f(:\n  pass", "SyntaxError", "invalid syntax", 1, 6},
    {"class", "SyntaxError", "invalid syntax", 1, 5},
    {"x = {'a': 1 'b': 2}", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 10},
    {"f(a, b c)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 5},
    {"a = 1 2", "SyntaxError", "invalid syntax", 1, 6},
    {"1 +* 2", "SyntaxError", "invalid syntax", 1, 3},
    {"if True:\n    x = 1\n   y = 2", "IndentationError", "unindent does not match any outer indentation level", 3, 8},
    {"for x in range(3):\n\n", "IndentationError", "expected an indented block after 'for' statement on line 1", 2, 0},
    {"'''abc", "SyntaxError", "unterminated triple-quoted string literal (detected at line 1)", 1, 0},
    {"x = 'abc", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 4},
    {"x = \"abc\\\n def", "SyntaxError", "unterminated string literal (detected at line 2)", 1, 4},
    {"x = = 1\ny = 'abc", "SyntaxError", "unterminated string literal (detected at line 2)", 2, 4},
    {"for x in y:\n  z = f() = 1\n", "SyntaxError", "cannot assign to function call", 2, 6},
    {"try:\n  pass\n", "SyntaxError", "expected 'except' or 'finally' block", 2, 6},
    {"def f(a, a=1, *b, c, *d): pass", "SyntaxError", "* argument may appear only once", 1, 21},
    // The match statement.
    {"match x\n    case 1:\n        pass\n", "SyntaxError", "expected ':'", 1, 7},
    {"match x:\ncase 1:\n    pass\n", "IndentationError", "expected an indented block after 'match' statement on line 1", 2, 0},
    {"match x:\n    case 1\n        pass\n", "SyntaxError", "expected ':'", 2, 10},
    {"match x:\n    case 1:\n    pass\n", "IndentationError", "expected an indented block after 'case' statement on line 2", 3, 4},
    {"match x:\n    case 1 as _:\n        pass\n", "SyntaxError", "cannot use '_' as a target", 2, 14},
    {"match x:\n    case [1 as 2]:\n        pass\n", "SyntaxError", "invalid pattern target", 2, 15},
    {"match x:\n    case P(a=1, b, c):\n        pass\n", "SyntaxError", "positional patterns follow keyword patterns", 2, 16},
    {"match x:\n    case 1+2:\n        pass\n", "SyntaxError", "imaginary number required in complex literal", 2, 11},
    {"match x:\n    case 1j+2j:\n        pass\n", "SyntaxError", "real number required in complex literal", 2, 9},
    {"match x:\n    case {**_}:\n        pass\n", "SyntaxError", "invalid syntax", 2, 12},
    {"match x:\n    case _.y:\n        pass\n", "SyntaxError", "invalid syntax", 2, 10},
    {"match x:\n    case _():\n        pass\n", "SyntaxError", "invalid syntax", 2, 10},
    {"match x:\n    pass\n", "SyntaxError", "invalid syntax", 2, 4},
    {"x = 1; match x:\n    case 1:\n        pass\n", "SyntaxError", "invalid syntax", 1, 13},
};

class DumpTest : public ::testing::TestWithParam<DumpCase> {};

TEST_P(DumpTest, MatchesCPython) { EXPECT_EQ(dump_module(GetParam().src), GetParam().dump) << GetParam().src; }

INSTANTIATE_TEST_SUITE_P(Parser, DumpTest, ::testing::ValuesIn(kDumpCases));

class ErrorTest : public ::testing::TestWithParam<ErrorCase> {};

TEST_P(ErrorTest, MatchesCPython) {
  const ErrorCase& c = GetParam();
  SyntaxError err = parse_error(c.src);
  EXPECT_EQ(err.type, c.type) << c.src;
  EXPECT_EQ(err.msg, c.msg) << c.src;
  EXPECT_EQ(err.line, c.line) << c.src;
  EXPECT_EQ(err.col, c.col) << c.src;
  EXPECT_EQ(err.filename, "t.py");
}

INSTANTIATE_TEST_SUITE_P(Parser, ErrorTest, ::testing::ValuesIn(kErrorCases));

TEST(ParserErrors, IncompleteFlag) {
  EXPECT_TRUE(parse_error("x = (1,\n").incomplete);
  EXPECT_TRUE(parse_error("if x:\n").incomplete);
  EXPECT_TRUE(parse_error("def f():").incomplete);
  EXPECT_TRUE(parse_error("class C:\n  def f(self):\n").incomplete);
  EXPECT_TRUE(parse_error("x = 1 + \\\n").incomplete);
  EXPECT_TRUE(parse_error("s = '''abc\n").incomplete);
  EXPECT_FALSE(parse_error("x = 1 +\n").incomplete);
  EXPECT_FALSE(parse_error("x = 'abc\n").incomplete);
  EXPECT_FALSE(parse_error("if x\n").incomplete);
  EXPECT_FALSE(parse_error("x = = 1\n").incomplete);
  EXPECT_FALSE(parse_error("if x:\ny\n").incomplete);
}

TEST(ParserErrors, TextAndRange) {
  SyntaxError e = parse_error("x = 1\nf() = 2\n");
  EXPECT_EQ(e.text, "f() = 2");
  EXPECT_EQ(e.line, 2);
  EXPECT_EQ(e.col, 0);
  EXPECT_EQ(e.end_line, 2);
  EXPECT_EQ(e.end_col, 3);
  e = parse_error("x = = 1");
  EXPECT_EQ(e.text, "x = = 1");
  EXPECT_EQ(e.end_col, 5);
}

TEST(ParserErrors, FStrings) {
  SyntaxError e = parse_error("x = 1\ny = f'{a +}'\n");
  EXPECT_EQ(e.msg, "f-string: invalid syntax");
  EXPECT_EQ(e.line, 2);
  EXPECT_EQ(e.text, "y = f'{a +}'");
  EXPECT_EQ(parse_error("f'{a b}'").msg, "f-string: invalid syntax. Perhaps you forgot a comma?");
  EXPECT_EQ(parse_error("f'{x!z}'").msg, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
  EXPECT_EQ(parse_error("f'{a\\n}'").msg, "f-string expression part cannot include a backslash");
  EXPECT_EQ(parse_error("f'{a#}'").msg, "f-string expression part cannot include '#'");
  EXPECT_EQ(parse_error("f'{x:{y:{z}}}'").msg, "f-string: expressions nested too deeply");
  EXPECT_EQ(parse_error("'\\N{DASH}'").msg.substr(0, 15), "(unicode error)");
}

TEST(ParserExpression, ParsesWithOffsets) {
  coil::ast::Arena arena;
  SyntaxError err;
  coil::ast::Expr* e = coil::parse::parse_expression("a +\n b", "t.py", arena, &err, 4, 10);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(coil::ast::dump(e), "BinOp(left=Name(id='a', ctx=Load()), op=Add(), right=Name(id='b', ctx=Load()))");
  EXPECT_EQ(e->loc.line, 5);
  EXPECT_EQ(e->loc.col, 10);
  EXPECT_EQ(e->loc.end_line, 6);
  EXPECT_EQ(e->loc.end_col, 2);
  EXPECT_EQ(coil::parse::parse_expression("x = 1", "t.py", arena, &err), nullptr);
  EXPECT_EQ(err.msg, "invalid syntax");
  e = coil::parse::parse_expression("  1, 2\n", "t.py", arena, &err);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(coil::ast::dump(e), "Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load())");
}

TEST(ParserLocations, StatementsAndExpressions) {
  coil::ast::Arena arena;
  SyntaxError err;
  auto* m = coil::parse::parse_module("x = 1\nif a:\n    y = f(b)\n", "t.py", arena, &err);
  ASSERT_NE(m, nullptr);
  ASSERT_EQ(m->body.size(), 2u);
  auto* iff = static_cast<coil::ast::If*>(m->body[1]);
  EXPECT_EQ(iff->loc.line, 2);
  EXPECT_EQ(iff->loc.end_line, 3);
  auto* assign = static_cast<coil::ast::Assign*>(iff->body[0]);
  EXPECT_EQ(assign->loc.line, 3);
  EXPECT_EQ(assign->loc.col, 4);
  EXPECT_EQ(assign->value->loc.col, 8);
  EXPECT_EQ(assign->value->loc.end_col, 12);
  // f-string fields point into the original source.
  m = coil::parse::parse_module("s = f'ab{xy}'\n", "t.py", arena, &err);
  ASSERT_NE(m, nullptr);
  auto* js = static_cast<coil::ast::JoinedStr*>(static_cast<coil::ast::Assign*>(m->body[0])->value);
  ASSERT_EQ(js->values.size(), 2u);
  auto* fv = static_cast<coil::ast::FormattedValue*>(js->values[1]);
  EXPECT_EQ(fv->value->loc.line, 1);
  EXPECT_EQ(fv->value->loc.col, 9);
  EXPECT_EQ(fv->value->loc.end_col, 11);
}

TEST(ParserRobustness, LongChainsAndDeepNesting) {
  coil::ast::Arena arena;
  SyntaxError err;
  std::string sum = "x = 1";
  for (int i = 0; i < 100000; ++i) sum += "+1";
  EXPECT_NE(coil::parse::parse_module(sum, "t.py", arena, &err), nullptr);
  std::string nots = "x = ";
  for (int i = 0; i < 100000; ++i) nots += "not ";
  EXPECT_NE(coil::parse::parse_module(nots + "y", "t.py", arena, &err), nullptr);
  std::string negs = "x = ";
  for (int i = 0; i < 100000; ++i) negs += "- ";
  EXPECT_NE(coil::parse::parse_module(negs + "y", "t.py", arena, &err), nullptr);
  std::string parens = "x = " + std::string(200, '(') + "1" + std::string(200, ')');
  EXPECT_NE(coil::parse::parse_module(parens, "t.py", arena, &err), nullptr);
  parens = "x = " + std::string(201, '[') + std::string(201, ']');
  EXPECT_EQ(coil::parse::parse_module(parens, "t.py", arena, &err), nullptr);
  EXPECT_EQ(err.msg, "too many nested parentheses");
  std::string blocks;
  for (int i = 0; i < 90; ++i) blocks += std::string(i, ' ') + "if x:\n";
  blocks += std::string(90, ' ') + "pass\n";
  EXPECT_NE(coil::parse::parse_module(blocks, "t.py", arena, &err), nullptr);
}

TEST(ParserRobustness, GarbageNeverCrashes) {
  const char* inputs[] = {"", "\n", ")", "(((", "\"\"\"", "'", "\\", "@", "if", "def", "lambda", "f'{", "f'{{",
                          "f'}'", "x[", "**", "async", "await", "yield from", "from", "import", "..", "\t\tx",
                          "\xef\xbb\xbf", "x = 1\x01", "with (", "with (a as b", "try:", "else:", "class C(", ":="};
  for (const char* s : inputs) {
    coil::ast::Arena arena;
    SyntaxError err;
    (void)coil::parse::parse_module(s, "t.py", arena, &err);
    (void)coil::parse::parse_expression(s, "t.py", arena, &err);
  }
  SUCCEED();
}

TEST(AstDump, Reprs) {
  EXPECT_EQ(coil::ast::repr_str("it's"), "\"it's\"");
  EXPECT_EQ(coil::ast::repr_str("a'b\"c\\\n"), "'a\\'b\"c\\\\\\n'");
  EXPECT_EQ(coil::ast::repr_str("\x01\x7f\xc2\xa0\xc3\xa9"), "'\\x01\\x7f\\xa0\xc3\xa9'");
  EXPECT_EQ(coil::ast::repr_bytes(std::string("\x00\xff'", 3)), "b\"\\x00\\xff'\"");
  EXPECT_EQ(coil::ast::repr_float("1e16"), "1e+16");
  EXPECT_EQ(coil::ast::repr_float("0.0001"), "0.0001");
  EXPECT_EQ(coil::ast::repr_float("1e-5"), "1e-05");
  EXPECT_EQ(coil::ast::repr_float("1e400"), "inf");
  EXPECT_EQ(coil::ast::repr_float("123.456"), "123.456");
  EXPECT_EQ(coil::ast::int_to_decimal("0xffffffffffffffffffff"), "1208925819614629174706175");
  EXPECT_EQ(coil::ast::int_to_decimal("0b101"), "5");
  EXPECT_EQ(coil::ast::int_to_decimal("000"), "0");
}

}  // namespace
