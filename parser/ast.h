// The abstract syntax tree built by the parser and walked by the compiler.
//
// Shapes follow CPython's ast module (Lib/ast.py names), so that a reader who
// knows Python's grammar recognises every node. Nodes are owned by an Arena
// that lives as long as one compilation; the tree holds raw pointers into it
// and is never mutated after parsing except by the compiler's constant folding.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace coil::ast {

// A source position. Lines are 1-based; columns are 0-based byte offsets into
// the line, as CPython's col_offset. end_* is one past the last byte.
struct Loc {
  int line = 0, col = 0, end_line = 0, end_col = 0;
};

struct Node {
  Loc loc;
  virtual ~Node() = default;
};

// Owns every node of one parse. Deleting the arena frees the whole tree.
class Arena {
 public:
  template <class T, class... Args>
  T* make(Args&&... args) {
    auto p = std::make_unique<T>(std::forward<Args>(args)...);
    T* raw = p.get();
    nodes_.push_back(std::move(p));
    return raw;
  }

 private:
  std::vector<std::unique_ptr<Node>> nodes_;
};

// ---------------------------------------------------------------- expressions

enum class ExprKind : uint8_t {
  Name, Constant, JoinedStr, FormattedValue, BinOp, UnaryOp, BoolOp, Compare,
  Call, Attribute, Subscript, Slice, List, Tuple, Dict, Set, ListComp, SetComp,
  DictComp, GeneratorExp, Lambda, IfExp, Await, Yield, YieldFrom, Starred,
  NamedExpr,
};

// Load for reads, Store for assignment targets, Del for `del` targets. The
// parser builds every target as a Load expression and then calls set_context.
enum class Ctx : uint8_t { Load, Store, Del };

struct Expr : Node {
  ExprKind kind;
  explicit Expr(ExprKind k) : kind(k) {}
};

struct Name : Expr {
  std::string id;
  Ctx ctx = Ctx::Load;
  Name() : Expr(ExprKind::Name) {}
};

enum class ConstKind : uint8_t { None, True, False, Ellipsis, Int, Float, Imag, Str, Bytes };
struct Constant : Expr {
  ConstKind ckind = ConstKind::None;
  // Int: the literal's digits with underscores removed and the base prefix
  // kept ("0x1f", "123"), so the compiler can build a bignum when needed.
  // Float/Imag: the literal text without underscores (and without the j).
  // Str/Bytes: the decoded value (UTF-8 for Str, raw bytes for Bytes).
  std::string value;
  Constant() : Expr(ExprKind::Constant) {}
};

// An f-string: values are Constant(Str) pieces and FormattedValue nodes.
struct JoinedStr : Expr {
  std::vector<Expr*> values;
  JoinedStr() : Expr(ExprKind::JoinedStr) {}
};

struct FormattedValue : Expr {
  Expr* value = nullptr;
  char conversion = 0;          // 0, 'r', 's' or 'a'
  Expr* format_spec = nullptr;  // a JoinedStr, or null
  // f"{x=}" debugging form: the parser emits Constant("x=") before this node
  // and defaults conversion to 'r' as CPython does; nothing extra here.
  FormattedValue() : Expr(ExprKind::FormattedValue) {}
};

enum class BinOpKind : uint8_t { Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv };
struct BinOp : Expr {
  Expr* left = nullptr;
  BinOpKind op = BinOpKind::Add;
  Expr* right = nullptr;
  BinOp() : Expr(ExprKind::BinOp) {}
};

enum class UnaryOpKind : uint8_t { Invert, Not, UAdd, USub };
struct UnaryOp : Expr {
  UnaryOpKind op = UnaryOpKind::Not;
  Expr* operand = nullptr;
  UnaryOp() : Expr(ExprKind::UnaryOp) {}
};

enum class BoolOpKind : uint8_t { And, Or };
struct BoolOp : Expr {
  BoolOpKind op = BoolOpKind::And;
  std::vector<Expr*> values;  // at least two
  BoolOp() : Expr(ExprKind::BoolOp) {}
};

enum class CmpOpKind : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };
struct Compare : Expr {
  Expr* left = nullptr;
  std::vector<CmpOpKind> ops;
  std::vector<Expr*> comparators;  // same length as ops
  Compare() : Expr(ExprKind::Compare) {}
};

struct Keyword : Node {
  std::string arg;  // empty for **kwargs
  Expr* value = nullptr;
};

struct Call : Expr {
  Expr* func = nullptr;
  std::vector<Expr*> args;        // may contain Starred for *args
  std::vector<Keyword*> keywords; // arg empty means **mapping
  Call() : Expr(ExprKind::Call) {}
};

struct Attribute : Expr {
  Expr* value = nullptr;
  std::string attr;
  Ctx ctx = Ctx::Load;
  Attribute() : Expr(ExprKind::Attribute) {}
};

struct Subscript : Expr {
  Expr* value = nullptr;
  Expr* slice = nullptr;  // a Slice, a Tuple (a[1:2, 3]) or any expression
  Ctx ctx = Ctx::Load;
  Subscript() : Expr(ExprKind::Subscript) {}
};

struct Slice : Expr {
  Expr* lower = nullptr;  // each may be null
  Expr* upper = nullptr;
  Expr* step = nullptr;
  Slice() : Expr(ExprKind::Slice) {}
};

struct List : Expr {
  std::vector<Expr*> elts;
  Ctx ctx = Ctx::Load;
  List() : Expr(ExprKind::List) {}
};

struct Tuple : Expr {
  std::vector<Expr*> elts;
  Ctx ctx = Ctx::Load;
  bool parenthesized = false;  // for error messages only
  Tuple() : Expr(ExprKind::Tuple) {}
};

struct Dict : Expr {
  std::vector<Expr*> keys;  // a null key means {**values[i]}
  std::vector<Expr*> values;
  Dict() : Expr(ExprKind::Dict) {}
};

struct Set : Expr {
  std::vector<Expr*> elts;
  Set() : Expr(ExprKind::Set) {}
};

struct Comprehension : Node {
  Expr* target = nullptr;  // Store context
  Expr* iter = nullptr;
  std::vector<Expr*> ifs;
  bool is_async = false;
};

// ListComp, SetComp, GeneratorExp use elt; DictComp uses key and value.
struct Comp : Expr {
  Expr* elt = nullptr;
  Expr* key = nullptr;
  Expr* value = nullptr;
  std::vector<Comprehension*> generators;
  explicit Comp(ExprKind k) : Expr(k) {}
};

struct Arg : Node {
  std::string name;
  Expr* annotation = nullptr;  // evaluated when the def runs (lambda: none)
};

// A parameter list: def f(posonly, /, args, *vararg, kwonly, **kwarg).
struct Arguments : Node {
  std::vector<Arg*> posonlyargs;
  std::vector<Arg*> args;
  Arg* vararg = nullptr;
  std::vector<Arg*> kwonlyargs;
  std::vector<Expr*> kw_defaults;  // parallel to kwonlyargs; null = required
  Arg* kwarg = nullptr;
  std::vector<Expr*> defaults;     // for the last len(defaults) of posonlyargs+args
};

struct Lambda : Expr {
  Arguments* args = nullptr;
  Expr* body = nullptr;
  Lambda() : Expr(ExprKind::Lambda) {}
};

struct IfExp : Expr {
  Expr* test = nullptr;
  Expr* body = nullptr;
  Expr* orelse = nullptr;
  IfExp() : Expr(ExprKind::IfExp) {}
};

struct Await : Expr {
  Expr* value = nullptr;
  Await() : Expr(ExprKind::Await) {}
};

struct Yield : Expr {
  Expr* value = nullptr;  // may be null
  Yield() : Expr(ExprKind::Yield) {}
};

struct YieldFrom : Expr {
  Expr* value = nullptr;
  YieldFrom() : Expr(ExprKind::YieldFrom) {}
};

struct Starred : Expr {
  Expr* value = nullptr;
  Ctx ctx = Ctx::Load;
  Starred() : Expr(ExprKind::Starred) {}
};

struct NamedExpr : Expr {
  Name* target = nullptr;
  Expr* value = nullptr;
  NamedExpr() : Expr(ExprKind::NamedExpr) {}
};

// ----------------------------------------------------------------- statements

enum class StmtKind : uint8_t {
  FunctionDef, ClassDef, Return, Delete, Assign, AugAssign, AnnAssign, For,
  While, If, With, Raise, Try, TryStar, Assert, Import, ImportFrom, Global,
  Nonlocal, ExprStmt, Pass, Break, Continue, Match,
};

struct Stmt : Node {
  StmtKind kind;
  explicit Stmt(StmtKind k) : kind(k) {}
};

using Body = std::vector<Stmt*>;

// Also `async def` (is_async). Decorators apply bottom-up as in Python.
struct FunctionDef : Stmt {
  std::string name;
  Arguments* args = nullptr;
  Body body;
  std::vector<Expr*> decorators;
  Expr* returns = nullptr;  // evaluated when the def runs
  bool is_async = false;
  FunctionDef() : Stmt(StmtKind::FunctionDef) {}
};

struct ClassDef : Stmt {
  std::string name;
  std::vector<Expr*> bases;
  std::vector<Keyword*> keywords;
  Body body;
  std::vector<Expr*> decorators;
  ClassDef() : Stmt(StmtKind::ClassDef) {}
};

struct Return : Stmt {
  Expr* value = nullptr;
  Return() : Stmt(StmtKind::Return) {}
};

struct Delete : Stmt {
  std::vector<Expr*> targets;  // Del context
  Delete() : Stmt(StmtKind::Delete) {}
};

// a = b = value: targets are [a, b], each in Store context.
struct Assign : Stmt {
  std::vector<Expr*> targets;
  Expr* value = nullptr;
  Assign() : Stmt(StmtKind::Assign) {}
};

struct AugAssign : Stmt {
  Expr* target = nullptr;  // Store context; Name, Attribute or Subscript
  BinOpKind op = BinOpKind::Add;
  Expr* value = nullptr;
  AugAssign() : Stmt(StmtKind::AugAssign) {}
};

struct AnnAssign : Stmt {
  Expr* target = nullptr;
  Expr* annotation = nullptr;
  Expr* value = nullptr;  // may be null
  bool simple = true;     // a plain name, not (a) or a.b
  AnnAssign() : Stmt(StmtKind::AnnAssign) {}
};

// Also `async for`.
struct For : Stmt {
  Expr* target = nullptr;
  Expr* iter = nullptr;
  Body body, orelse;
  bool is_async = false;
  For() : Stmt(StmtKind::For) {}
};

struct While : Stmt {
  Expr* test = nullptr;
  Body body, orelse;
  While() : Stmt(StmtKind::While) {}
};

struct If : Stmt {
  Expr* test = nullptr;
  Body body, orelse;  // elif chains nest as a single If in orelse
  If() : Stmt(StmtKind::If) {}
};

struct WithItem : Node {
  Expr* context_expr = nullptr;
  Expr* optional_vars = nullptr;  // Store context, may be null
};

// Also `async with`.
struct With : Stmt {
  std::vector<WithItem*> items;
  Body body;
  bool is_async = false;
  With() : Stmt(StmtKind::With) {}
};

struct Raise : Stmt {
  Expr* exc = nullptr;    // null for bare `raise`
  Expr* cause = nullptr;  // `from` clause, may be null
  Raise() : Stmt(StmtKind::Raise) {}
};

struct ExceptHandler : Node {
  Expr* type = nullptr;  // null for bare `except:`
  std::string name;      // empty if no `as`
  Body body;
};

// Try also represents `try: ... except* ...:` when kind is TryStar.
struct Try : Stmt {
  Body body;
  std::vector<ExceptHandler*> handlers;
  Body orelse, finalbody;
  explicit Try(StmtKind k = StmtKind::Try) : Stmt(k) {}
};

struct Assert : Stmt {
  Expr* test = nullptr;
  Expr* msg = nullptr;
  Assert() : Stmt(StmtKind::Assert) {}
};

struct Alias : Node {
  std::string name;    // dotted for `import a.b`; "*" for `from m import *`
  std::string asname;  // empty if none
};

struct Import : Stmt {
  std::vector<Alias*> names;
  Import() : Stmt(StmtKind::Import) {}
};

struct ImportFrom : Stmt {
  std::string module;  // may be empty for `from . import x`
  std::vector<Alias*> names;
  int level = 0;       // number of leading dots
  ImportFrom() : Stmt(StmtKind::ImportFrom) {}
};

struct Global : Stmt {
  std::vector<std::string> names;
  Global() : Stmt(StmtKind::Global) {}
};

struct Nonlocal : Stmt {
  std::vector<std::string> names;
  Nonlocal() : Stmt(StmtKind::Nonlocal) {}
};

struct ExprStmt : Stmt {
  Expr* value = nullptr;
  ExprStmt() : Stmt(StmtKind::ExprStmt) {}
};

struct Pass : Stmt { Pass() : Stmt(StmtKind::Pass) {} };
struct Break : Stmt { Break() : Stmt(StmtKind::Break) {} };
struct Continue : Stmt { Continue() : Stmt(StmtKind::Continue) {} };

// ------------------------------------------------------------------- patterns
// The patterns of a match statement (PEP 634), shaped as CPython's ast
// module: MatchValue(value), MatchSingleton(None/True/False), ...

enum class PatternKind : uint8_t {
  MatchValue, MatchSingleton, MatchSequence, MatchMapping, MatchClass, MatchStar, MatchAs, MatchOr,
};

struct Pattern : Node {
  PatternKind kind;
  explicit Pattern(PatternKind k) : kind(k) {}
};

// A literal (compared with ==) or a dotted name (a value pattern).
struct MatchValue : Pattern {
  Expr* value = nullptr;
  MatchValue() : Pattern(PatternKind::MatchValue) {}
};

// None, True or False: compared with `is`.
struct MatchSingleton : Pattern {
  ConstKind value = ConstKind::None;
  MatchSingleton() : Pattern(PatternKind::MatchSingleton) {}
};

// [p, *rest] / (p, q) / p, q: at most one MatchStar among the patterns.
struct MatchSequence : Pattern {
  std::vector<Pattern*> patterns;
  MatchSequence() : Pattern(PatternKind::MatchSequence) {}
};

// {key: p, **rest}; keys are literals or dotted names; rest is empty when
// there is no **rest.
struct MatchMapping : Pattern {
  std::vector<Expr*> keys;
  std::vector<Pattern*> patterns;
  std::string rest;
  MatchMapping() : Pattern(PatternKind::MatchMapping) {}
};

// cls(p, q, attr=r): positional patterns, then keyword ones.
struct MatchClass : Pattern {
  Expr* cls = nullptr;
  std::vector<Pattern*> patterns;
  std::vector<std::string> kwd_attrs;
  std::vector<Pattern*> kwd_patterns;
  MatchClass() : Pattern(PatternKind::MatchClass) {}
};

// *name inside a sequence pattern; an empty name is `*_`.
struct MatchStar : Pattern {
  std::string name;
  MatchStar() : Pattern(PatternKind::MatchStar) {}
};

// `p as name`, a bare capture `name` (pattern null) or the wildcard `_`
// (pattern null, name empty).
struct MatchAs : Pattern {
  Pattern* pattern = nullptr;
  std::string name;
  MatchAs() : Pattern(PatternKind::MatchAs) {}
};

struct MatchOr : Pattern {
  std::vector<Pattern*> patterns;  // at least two
  MatchOr() : Pattern(PatternKind::MatchOr) {}
};

struct MatchCase : Node {
  Pattern* pattern = nullptr;
  Expr* guard = nullptr;  // may be null
  Body body;
};

struct Match : Stmt {
  Expr* subject = nullptr;
  std::vector<MatchCase*> cases;  // at least one
  Match() : Stmt(StmtKind::Match) {}
};

struct Module : Node {
  Body body;
};

}  // namespace coil::ast
