// The compiler: walks the AST and emits code objects.
//
// One Unit per code object being built. Stack depth is tracked while
// emitting (needed for exception handler depths) and re-checked by a flow
// pass at the end. break/continue/return unwind through the enclosing
// "frame blocks" (loops, try/finally, with, except bodies) by emitting each
// block's exit code inline, as CPython's compiler does.
#include "vm/compiler.h"

#include <cstdlib>
#include <functional>
#include <unordered_map>

#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/heap.h"
#include "runtime/list.h"
#include "runtime/misc.h"
#include "runtime/objects/bytes.h"
#include "runtime/ops.h"
#include "runtime/numbers.h"
#include "runtime/objects/complex.h"
#include "runtime/set.h"
#include "runtime/set_ops.h"
#include "runtime/str.h"

namespace coil::vm {

using namespace coil::ast;
using rt::make_int;
using rt::make_none;
using rt::make_obj;

namespace {

// AST depth before "too complex" (protects the C stack). CPython 3.11 allows
// about 3000 (3 x the recursion limit) before "maximum recursion depth
// exceeded during compilation"; coil runs on a 1 GiB thread stack (main.cpp).
constexpr int kMaxNesting = 3000;

struct Label {
  int pos = -1;
  int depth = -1;
};

struct FBlock {
  // ExceptClauses marks the region of a try statement's except clauses (CPython's
  // EXCEPTION_HANDLER block): it emits nothing, but counts towards the nesting
  // limit, so that a clause body nests two blocks deep as in CPython.
  // PopValue: while a return's finally body runs, its value sits on the
  // stack; a break or continue in that body drops it (CPython's POP_VALUE).
  enum Kind { WhileLoop, ForLoop, AsyncForLoop, TryExcept, FinallyTry, FinallyEnd, HandlerCleanup, With, AsyncWith,
              ExceptStar, ExceptClauses, PopValue };
  FBlock() : kind(WhileLoop) {}
  FBlock(Kind k, int cont = -1, int brk = -1) : kind(k), continue_label(cont), break_label(brk) {}
  Kind kind;
  int continue_label = -1;
  int break_label = -1;
  const Body* finalbody = nullptr;
  // FinallyTry, FinallyEnd, HandlerCleanup, With, AsyncWith: the handler
  // active outside the block. Its exit code runs under that handler (as
  // CPython's POP_BLOCK does), so an error while leaving the block (say, in
  // __exit__) is never caught by the block's own handler.
  int outer_handler = -1;
  std::string name;  // HandlerCleanup: the `as` name to clear
};

struct Unit {
  Code* code = nullptr;
  Scope* scope = nullptr;
  std::vector<Instr> instrs;
  std::vector<int> handler_of;
  std::vector<int> line_of;
  std::vector<Label> labels;
  std::vector<std::pair<size_t, int>> fixups;
  struct Handler {
    int label;
    int depth;
  };
  std::vector<Handler> handlers;
  int cur_handler = -1;
  int depth = 0;
  int max_depth = 0;
  int line = 1;
  std::vector<FBlock> fblocks;
  std::unordered_map<std::string, int> str_consts;
  std::unordered_map<int64_t, int> int_consts;
  std::unordered_map<std::string, int> names;
  std::unordered_map<std::string, int> varnames;
  std::unordered_map<std::string, int> derefs;  // cells then frees
  std::string qualname;
  bool unreachable = false;
};

class Compiler {
 public:
  explicit Compiler(const CompileOptions& o) : opts_(o) {}

  // Whether a body has `name: annotation` statements outside nested
  // function and class definitions (CPython's find_ann).
  static bool has_annotations(const Body& body) {
    for (const Stmt* st : body) {
      switch (st->kind) {
        case StmtKind::AnnAssign: return true;
        case StmtKind::For: {
          auto* f = static_cast<const For*>(st);
          if (has_annotations(f->body) || has_annotations(f->orelse)) return true;
          break;
        }
        case StmtKind::While: {
          auto* w = static_cast<const While*>(st);
          if (has_annotations(w->body) || has_annotations(w->orelse)) return true;
          break;
        }
        case StmtKind::If: {
          auto* i = static_cast<const If*>(st);
          if (has_annotations(i->body) || has_annotations(i->orelse)) return true;
          break;
        }
        case StmtKind::With:
          if (has_annotations(static_cast<const With*>(st)->body)) return true;
          break;
        case StmtKind::Match:
          for (const MatchCase* c : static_cast<const Match*>(st)->cases)
            if (has_annotations(c->body)) return true;
          break;
        case StmtKind::Try:
        case StmtKind::TryStar: {
          auto* t = static_cast<const Try*>(st);
          if (has_annotations(t->body) || has_annotations(t->orelse) || has_annotations(t->finalbody)) return true;
          for (const ExceptHandler* h : t->handlers)
            if (has_annotations(h->body)) return true;
          break;
        }
        default: break;
      }
    }
    return false;
  }

  Code* module(const Module* m) {
    Scope* top = symtab_.build(m);
    begin_unit(top, "<module>", "<module>", 1);
    unit().code->flags |= CO_MODULE;
    if (opts_.eval_mode) {
      // eval(): the one expression's value is the code's result.
      const auto* es = static_cast<const ExprStmt*>(m->body.at(0));
      set_line(es->loc.line);
      expr(es->value);
      emit(Op::RETURN_VALUE, 0);
      return end_unit();
    }
    if (has_annotations(m->body)) emit(Op::SETUP_ANNOTATIONS, 0);
    // A leading docstring becomes __doc__.
    size_t start = 0;
    if (!opts_.interactive && !m->body.empty() && is_docstring(m->body[0])) {  // the REPL echoes a string
      set_line(m->body[0]->loc.line);
      load_const(docstring_value(m->body[0]));
      emit(opts_.module_name_ops ? Op::STORE_NAME : Op::STORE_GLOBAL, name_index("__doc__"));
      start = 1;
    }
    for (size_t i = start; i < m->body.size(); ++i) stmt(m->body[i]);
    load_const(make_none());
    emit(Op::RETURN_VALUE, 0);
    return end_unit();
  }

 private:
  CompileOptions opts_;
  SymbolTable symtab_;
  std::vector<std::unique_ptr<Unit>> units_;
  int nesting_ = 0;

  Unit& unit() { return *units_.back(); }

  [[noreturn]] void error(const std::string& msg, const Loc& loc) { throw CompileError{msg, loc}; }

  // Pushes a frame block. CPython's compiler allows CO_MAXBLOCKS (20) blocks
  // nested in one code object and reports the statement that opens one more.
  static constexpr size_t kMaxNestedBlocks = 20;
  FBlock& push_block(FBlock b, const Loc& loc) {
    Unit& u = unit();
    if (u.fblocks.size() >= kMaxNestedBlocks) error("too many statically nested blocks", loc);
    u.fblocks.push_back(b);
    return u.fblocks.back();
  }

  struct NestGuard {
    Compiler& c;
    const Loc& loc;
    NestGuard(Compiler& c, const Loc& loc) : c(c), loc(loc) {
      if (++c.nesting_ > kMaxNesting) {
        --c.nesting_;
        throw CompileError{"maximum recursion depth exceeded during compilation", loc, true};
      }
    }
    ~NestGuard() { --c.nesting_; }
  };

  // ------------------------------------------------------------- units

  void begin_unit(Scope* scope, const std::string& name, const std::string& qualname, int firstline) {
    auto u = std::make_unique<Unit>();
    u->scope = scope;
    u->code = rt::heap().make<Code>();
    Code* c = u->code;
    c->name = rt::intern(name);
    c->qualname = rt::intern(qualname);
    c->filename = rt::intern(opts_.filename);
    c->firstlineno = firstline;
    u->line = firstline;
    u->qualname = qualname;
    // Parameters first, in order; then the other locals.
    if (scope->kind == ScopeKind::Function) {
      for (const std::string& p : scope->params) add_varname(*u, p);
      for (const std::string& n : scope->order) {
        NameKind k = scope->kind_of(n);
        if (k == NameKind::Local || k == NameKind::Cell) add_varname(*u, n);
      }
    }
    int i = 0;
    for (const std::string& n : scope->cellvars) {
      c->cellvars.push_back(rt::intern(n));
      auto it = u->varnames.find(n);
      bool is_param = it != u->varnames.end() &&
                      std::find(scope->params.begin(), scope->params.end(), n) != scope->params.end();
      c->cell2arg.push_back(is_param ? it->second : -1);
      u->derefs[n] = i++;
    }
    for (const std::string& n : scope->freevars) {
      c->freevars.push_back(rt::intern(n));
      u->derefs[n] = i++;
    }
    if (scope->is_generator && scope->is_coroutine) c->flags |= CO_ASYNC_GENERATOR;
    else if (scope->is_generator) c->flags |= CO_GENERATOR;
    else if (scope->is_coroutine) c->flags |= CO_COROUTINE;
    if (scope->parent && scope->parent->kind != ScopeKind::Module) c->flags |= CO_NESTED;
    units_.push_back(std::move(u));
  }

  static void add_varname(Unit& u, const std::string& n) {
    if (u.varnames.count(n)) return;
    u.varnames[n] = static_cast<int>(u.code->varnames.size());
    u.code->varnames.push_back(rt::intern(n));
  }

  Code* end_unit() {
    Unit& u = unit();
    Code* c = u.code;
    // Resolve jumps.
    for (auto& [at, label] : u.fixups) {
      int pos = u.labels[label].pos;
      u.instrs[at] = make_instr(instr_op(u.instrs[at]), static_cast<uint32_t>(pos));
    }
    c->instrs = u.instrs;
    // Exception table: runs of instructions sharing a handler.
    size_t n = u.instrs.size();
    for (size_t i = 0; i < n;) {
      int h = u.handler_of[i];
      size_t j = i;
      while (j < n && u.handler_of[j] == h) ++j;
      if (h >= 0) {
        auto& hd = u.handlers[h];
        c->exceptions.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(j),
                                 static_cast<uint32_t>(u.labels[hd.label].pos), static_cast<uint32_t>(hd.depth)});
      }
      i = j;
    }
    // Line table.
    int last = -1;
    for (size_t i = 0; i < n; ++i) {
      if (u.line_of[i] != last) {
        c->lines.push_back({static_cast<uint32_t>(i), u.line_of[i]});
        last = u.line_of[i];
      }
    }
    c->stacksize = std::max(u.max_depth, flow_depth(u)) + 2;
    fuse_pairs(c->instrs);
    c->finish();
    c->global_cache.resize(c->names.size());
    if (!(c->flags & (CO_VARARGS | CO_VARKEYWORDS | CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR |
                      CO_CLASS_BODY | CO_MODULE)) &&
        c->kwonlyargcount == 0 && c->cellvars.empty())
      c->flags |= CO_SIMPLE_ARGS;
    units_.pop_back();
    return c;
  }

  // Peephole: fuse common instruction pairs in place (see the
  // superinstructions at the end of vm/opcodes.h). Runs after the stack
  // depth pass, so that pass sees only plain instructions.
  static void fuse_pairs(std::vector<Instr>& code) {
    for (size_t i = 0; i + 1 < code.size(); ++i) {
      Op a = instr_op(code[i]), b = instr_op(code[i + 1]);
      uint32_t x = instr_arg(code[i]), y = instr_arg(code[i + 1]);
      if (x >= 4096 || y >= 4096) continue;
      Op fused;
      if (a == Op::LOAD_FAST && b == Op::LOAD_FAST) fused = Op::LOAD_FAST_LOAD_FAST;
      else if (a == Op::LOAD_FAST && b == Op::LOAD_CONST) fused = Op::LOAD_FAST_LOAD_CONST;
      else if (a == Op::STORE_FAST && b == Op::LOAD_FAST) fused = Op::STORE_FAST_LOAD_FAST;
      else continue;
      code[i] = make_instr(fused, x | (y << 12));
      ++i;  // the second word stays as it was
    }
  }

  // The maximum stack depth by walking the control flow graph.
  int flow_depth(Unit& u) {
    size_t n = u.instrs.size();
    std::vector<int> at(n + 1, -1);
    std::vector<size_t> work;
    int maxd = 0;
    auto push = [&](size_t i, int d) {
      if (i > n) return;
      if (at[i] >= d) return;
      at[i] = d;
      work.push_back(i);
    };
    push(0, 0);
    for (auto& h : u.handlers) push(static_cast<size_t>(u.labels[h.label].pos), h.depth + 1);
    while (!work.empty()) {
      size_t i = work.back();
      work.pop_back();
      int d = at[i];
      while (i < n) {
        Op op = instr_op(u.instrs[i]);
        int arg = static_cast<int>(instr_arg(u.instrs[i]));
        if (d > maxd) maxd = d;
        if (is_jump(op)) push(static_cast<size_t>(arg), d + stack_effect(op, arg, true));
        d += stack_effect(op, arg, false);
        if (d > maxd) maxd = d;
        if (op == Op::JUMP || op == Op::RETURN_VALUE || op == Op::RERAISE || op == Op::RAISE_VARARGS) break;
        ++i;
        if (at[i] >= d) break;
        at[i] = d;
      }
    }
    return maxd;
  }

  // ------------------------------------------------------------ emitting

  void set_line(int line) {
    if (line > 0) unit().line = line;
  }

  size_t emit(Op op, uint32_t arg) {
    Unit& u = unit();
    if (arg > kMaxArg) error("too many constants or names in one code object", Loc{u.line, 0, u.line, 0});
    u.instrs.push_back(make_instr(op, arg));
    u.handler_of.push_back(u.cur_handler);
    u.line_of.push_back(u.line);
    if (!is_jump(op)) {
      u.depth += stack_effect(op, static_cast<int>(arg), false);
      if (u.depth > u.max_depth) u.max_depth = u.depth;
    }
    u.unreachable = op == Op::JUMP || op == Op::RETURN_VALUE || op == Op::RERAISE || op == Op::RAISE_VARARGS;
    return u.instrs.size() - 1;
  }

  int new_label() {
    unit().labels.push_back({});
    return static_cast<int>(unit().labels.size()) - 1;
  }

  void emit_jump(Op op, int label) {
    Unit& u = unit();
    int jd = u.depth + stack_effect(op, 0, true);
    Label& l = u.labels[label];
    if (l.depth < jd) l.depth = jd;
    size_t at = emit(op, 0);
    u.fixups.push_back({at, label});
    u.depth += stack_effect(op, 0, false);
    if (u.depth > u.max_depth) u.max_depth = u.depth;
    if (op == Op::JUMP) u.unreachable = true;
  }

  void bind(int label) {
    Unit& u = unit();
    Label& l = u.labels[label];
    l.pos = static_cast<int>(u.instrs.size());
    if (u.unreachable && l.depth >= 0) u.depth = l.depth;
    u.unreachable = false;
  }

  // Exception handlers: instructions emitted between push and pop jump to
  // `label` with the stack trimmed to the current depth.
  int push_handler(int label) {
    Unit& u = unit();
    u.handlers.push_back({label, u.depth});
    int prev = u.cur_handler;
    u.cur_handler = static_cast<int>(u.handlers.size()) - 1;
    Label& l = u.labels[label];
    l.depth = u.depth + 1;
    return prev;
  }
  void pop_handler(int prev) { unit().cur_handler = prev; }

  int const_index(rt::Value v) {
    auto& c = unit().code->consts;
    c.push_back(v);
    return static_cast<int>(c.size()) - 1;
  }

  void load_const(rt::Value v) {
    Unit& u = unit();
    if (v.is_int()) {
      auto it = u.int_consts.find(v.i);
      if (it != u.int_consts.end()) {
        emit(Op::LOAD_CONST, it->second);
        return;
      }
      int i = const_index(v);
      u.int_consts[v.i] = i;
      emit(Op::LOAD_CONST, i);
      return;
    }
    if (v.is_obj() && v.o->kind == rt::Kind::Str) {
      const std::string& s = static_cast<rt::Str*>(v.o)->s;
      auto it = u.str_consts.find(s);
      if (it != u.str_consts.end()) {
        emit(Op::LOAD_CONST, it->second);
        return;
      }
      int i = const_index(v);
      u.str_consts[s] = i;
      emit(Op::LOAD_CONST, i);
      return;
    }
    emit(Op::LOAD_CONST, const_index(v));
  }

  int name_index(const std::string& n) {
    Unit& u = unit();
    auto it = u.names.find(n);
    if (it != u.names.end()) return it->second;
    int i = static_cast<int>(u.code->names.size());
    u.code->names.push_back(rt::intern(n));
    u.names[n] = i;
    return i;
  }

  rt::Value str_const(const std::string& s) { return make_obj(rt::intern(s)); }

  // ------------------------------------------------------------- names

  enum class Access { Load, Store, Del };

  // Whether names that are implicitly global in scope s go through the
  // namespace (LOAD_NAME / STORE_NAME): always in a class body, and at module
  // level for code that compile()/exec() may run with a locals mapping
  // separate from its globals.
  bool implicit_names_in_namespace(const Scope* s) const {
    return s->kind == ScopeKind::Class || (s->kind == ScopeKind::Module && opts_.module_name_ops);
  }

  void name_op(const std::string& n, Access a, const Loc& loc) {
    Unit& u = unit();
    Scope* s = u.scope;
    NameKind k = s->kind_of(n);
    (void)loc;
    if (n == "__debug__" && a == Access::Load) {
      load_const(rt::make_bool(true));
      return;
    }
    switch (k) {
      case NameKind::Local:
        if (s->kind == ScopeKind::Class) break;
        emit(a == Access::Load ? Op::LOAD_FAST : a == Access::Store ? Op::STORE_FAST : Op::DELETE_FAST,
             u.varnames.at(n));
        return;
      case NameKind::Cell:
      case NameKind::Free:
        emit(a == Access::Load ? Op::LOAD_DEREF : a == Access::Store ? Op::STORE_DEREF : Op::DELETE_DEREF,
             u.derefs.at(n));
        return;
      case NameKind::GlobalExplicit:
        emit(a == Access::Load ? Op::LOAD_GLOBAL : a == Access::Store ? Op::STORE_GLOBAL : Op::DELETE_GLOBAL,
             name_index(n));
        return;
      case NameKind::GlobalImplicit:
        if (implicit_names_in_namespace(s)) break;
        emit(a == Access::Load ? Op::LOAD_GLOBAL : a == Access::Store ? Op::STORE_GLOBAL : Op::DELETE_GLOBAL,
             name_index(n));
        return;
    }
    emit(a == Access::Load ? Op::LOAD_NAME : a == Access::Store ? Op::STORE_NAME : Op::DELETE_NAME, name_index(n));
  }

  // --------------------------------------------------------- statements

  static bool is_docstring(const Stmt* s) {
    if (s->kind != StmtKind::ExprStmt) return false;
    auto* e = static_cast<const ExprStmt*>(s)->value;
    return e->kind == ExprKind::Constant && static_cast<const Constant*>(e)->ckind == ConstKind::Str;
  }
  rt::Value docstring_value(const Stmt* s) {
    auto* c = static_cast<const Constant*>(static_cast<const ExprStmt*>(s)->value);
    return str_const(c->value);
  }

  void body(const Body& b) {
    for (Stmt* s : b) stmt(s);
  }

  bool in_function() const {
    for (auto it = units_.rbegin(); it != units_.rend(); ++it)
      if ((*it)->scope->kind == ScopeKind::Function) return true;
    return false;
  }
  bool in_async_function() {
    Scope* s = unit().scope;
    return (s->kind == ScopeKind::Function && s->is_coroutine) ||
           (s->kind == ScopeKind::Module && opts_.allow_top_level_await);
  }

  void stmt(const Stmt* s) {
    NestGuard guard(*this, s->loc);
    set_line(s->loc.line);
    switch (s->kind) {
      case StmtKind::FunctionDef: function_def(static_cast<const FunctionDef*>(s)); break;
      case StmtKind::ClassDef: class_def(static_cast<const ClassDef*>(s)); break;
      case StmtKind::Return: return_stmt(static_cast<const Return*>(s)); break;
      case StmtKind::Delete:
        for (Expr* t : static_cast<const Delete*>(s)->targets) del_target(t);
        break;
      case StmtKind::Assign: {
        auto* a = static_cast<const Assign*>(s);
        expr(a->value);
        for (size_t i = 0; i < a->targets.size(); ++i) {
          if (i + 1 < a->targets.size()) emit(Op::COPY, 1);
          store_target(a->targets[i]);
        }
        break;
      }
      case StmtKind::AugAssign: aug_assign(static_cast<const AugAssign*>(s)); break;
      case StmtKind::AnnAssign: {
        auto* a = static_cast<const AnnAssign*>(s);
        if (a->value) {
          expr(a->value);
          store_target(a->target);
        }
        if (a->target->kind == ExprKind::Name && a->simple && unit().scope->kind != ScopeKind::Function) {
          // Module and class bodies record `name: annotation` in
          // __annotations__ (functions do not evaluate annotations).
          expr(a->annotation);
          name_op("__annotations__", Access::Load, a->loc);
          load_const(str_const(static_cast<const Name*>(a->target)->id));
          emit(Op::STORE_SUBSCR, 0);
        } else if (!a->value && a->target->kind != ExprKind::Name) {
          // `obj.attr: int` evaluates obj (for its side effects) only.
          if (a->target->kind == ExprKind::Attribute) {
            expr(static_cast<const Attribute*>(a->target)->value);
            emit(Op::POP_TOP, 0);
          }
        }
        break;
      }
      case StmtKind::For: for_stmt(static_cast<const For*>(s)); break;
      case StmtKind::While: while_stmt(static_cast<const While*>(s)); break;
      case StmtKind::If: if_stmt(static_cast<const If*>(s)); break;
      case StmtKind::With: {
        with_stmt(static_cast<const With*>(s), 0);
        break;
      }
      case StmtKind::Raise: {
        auto* r = static_cast<const Raise*>(s);
        int n = 0;
        if (r->exc) { expr(r->exc); ++n; }
        if (r->cause) { expr(r->cause); ++n; }
        emit(Op::RAISE_VARARGS, n);
        break;
      }
      case StmtKind::Try: {
        auto* t = static_cast<const Try*>(s);
        if (!t->finalbody.empty()) try_finally(t);
        else try_except(t);
        break;
      }
      case StmtKind::TryStar: {
        auto* t = static_cast<const Try*>(s);
        if (!t->finalbody.empty()) try_finally(t);
        else try_star(t);
        break;
      }
      case StmtKind::Assert: {
        auto* a = static_cast<const Assert*>(s);
        int end = new_label();
        expr(a->test);
        emit_jump(Op::POP_JUMP_IF_TRUE, end);
        if (a->msg) {
          emit(Op::PUSH_NULL, 0);
          emit(Op::LOAD_ASSERTION_ERROR, 0);
          expr(a->msg);
          emit(Op::CALL, 1);
        } else {
          emit(Op::LOAD_ASSERTION_ERROR, 0);
        }
        emit(Op::RAISE_VARARGS, 1);
        bind(end);
        break;
      }
      case StmtKind::Import: import_stmt(static_cast<const Import*>(s)); break;
      case StmtKind::ImportFrom: import_from(static_cast<const ImportFrom*>(s)); break;
      case StmtKind::Global:
      case StmtKind::Nonlocal:
      case StmtKind::Pass: break;
      case StmtKind::ExprStmt: {
        const Expr* e = static_cast<const ExprStmt*>(s)->value;
        if (opts_.interactive && unit().scope->kind == ScopeKind::Module) {
          expr(e);
          emit(Op::PRINT_EXPR, 0);
        } else if (e->kind == ExprKind::Constant) {
          // A bare constant (docstring, `...`) does nothing.
        } else {
          expr(e);
          emit(Op::POP_TOP, 0);
        }
        break;
      }
      case StmtKind::Break: break_stmt(s); break;
      case StmtKind::Continue: continue_stmt(s); break;
      case StmtKind::Match: match_stmt(static_cast<const Match*>(s)); break;
    }
  }

  // Emits the exit code of frame block `idx` (for break/continue/return).
  // preserve_tos: a return value sits on top and must stay there.
  // Leaves the block's handlers for the rest of the jump's code (CPython's
  // POP_BLOCK): the caller saves cur_handler and restores it afterwards.
  void unwind_block(size_t idx, bool preserve_tos) {
    Unit& u = unit();
    FBlock b = u.fblocks[idx];
    switch (b.kind) {
      case FBlock::WhileLoop:
      case FBlock::ExceptClauses:
        return;
      case FBlock::ExceptStar:
        error("'break', 'continue' and 'return' cannot appear in an except* block", Loc{u.line, 0, u.line, 0});
      case FBlock::TryExcept:
        u.cur_handler = b.outer_handler;
        return;
      case FBlock::ForLoop:
      case FBlock::AsyncForLoop:
        if (preserve_tos) emit(Op::SWAP, 2);
        emit(Op::POP_TOP, 0);
        return;
      case FBlock::FinallyTry: {
        // Run the finally body with the handler that was active outside it
        // and without the blocks from this one inward.
        u.cur_handler = b.outer_handler;
        auto saved_blocks = u.fblocks;
        u.fblocks.resize(idx);
        if (preserve_tos) u.fblocks.push_back(FBlock(FBlock::PopValue));
        body(*b.finalbody);
        u.fblocks = saved_blocks;
        return;
      }
      case FBlock::PopValue:
        if (preserve_tos) emit(Op::SWAP, 2);
        emit(Op::POP_TOP, 0);
        return;
      case FBlock::FinallyEnd:
        // Stack: [prev, exc] (+ value)
        u.cur_handler = b.outer_handler;
        if (preserve_tos) emit(Op::SWAP, 2);
        emit(Op::POP_TOP, 0);
        if (preserve_tos) emit(Op::SWAP, 2);
        emit(Op::POP_EXCEPT, 0);
        return;
      case FBlock::HandlerCleanup:
        u.cur_handler = b.outer_handler;
        if (preserve_tos) emit(Op::SWAP, 2);
        emit(Op::POP_EXCEPT, 0);
        if (!b.name.empty()) {
          load_const(make_none());
          name_op(b.name, Access::Store, Loc{});
          name_op(b.name, Access::Del, Loc{});
        }
        return;
      case FBlock::With:
      case FBlock::AsyncWith:
        u.cur_handler = b.outer_handler;
        if (preserve_tos) emit(Op::SWAP, 2);
        call_exit_with_nones(b.kind == FBlock::AsyncWith);
        return;
    }
  }

  // Stack: [exit] -> []: calls exit(None, None, None) and drops the result.
  void call_exit_with_nones(bool is_async) {
    emit(Op::PUSH_NULL, 0);
    emit(Op::SWAP, 2);
    load_const(make_none());
    load_const(make_none());
    load_const(make_none());
    emit(Op::CALL, 3);
    if (is_async) await_tos();
    emit(Op::POP_TOP, 0);
  }

  void return_stmt(const Return* r) {
    Scope* sc = unit().scope;
    if (sc->kind != ScopeKind::Function) error("'return' outside function", r->loc);
    if (r->value && sc->is_generator && sc->is_coroutine)
      error("'return' with value in async generator", r->loc);
    if (r->value) expr(r->value);
    else load_const(make_none());
    Unit& u = unit();
    // Unwind every block, innermost first.
    int saved_handler = u.cur_handler;
    for (size_t i = u.fblocks.size(); i-- > 0;) unwind_block(i, true);
    emit(Op::RETURN_VALUE, 0);
    u.cur_handler = saved_handler;
  }

  void break_stmt(const Stmt* s) {
    Unit& u = unit();
    int saved_handler = u.cur_handler;
    for (int i = static_cast<int>(u.fblocks.size()) - 1; i >= 0; --i) {
      FBlock b = u.fblocks[i];
      if (b.kind == FBlock::WhileLoop || b.kind == FBlock::ForLoop || b.kind == FBlock::AsyncForLoop) {
        unwind_block(i, false);
        emit_jump(Op::JUMP, b.break_label);
        u.cur_handler = saved_handler;
        return;
      }
      unwind_block(i, false);
    }
    error("'break' outside loop", s->loc);
  }

  void continue_stmt(const Stmt* s) {
    Unit& u = unit();
    int saved_handler = u.cur_handler;
    for (int i = static_cast<int>(u.fblocks.size()) - 1; i >= 0; --i) {
      FBlock b = u.fblocks[i];
      if (b.kind == FBlock::WhileLoop || b.kind == FBlock::ForLoop || b.kind == FBlock::AsyncForLoop) {
        emit_jump(Op::JUMP, b.continue_label);
        u.cur_handler = saved_handler;
        return;
      }
      unwind_block(i, false);
    }
    error("'continue' not properly in loop", s->loc);
  }

  void if_stmt(const If* s) {
    int end = new_label();
    int orelse = s->orelse.empty() ? end : new_label();
    jump_if(s->test, false, orelse);
    body(s->body);
    if (!s->orelse.empty()) {
      emit_jump(Op::JUMP, end);
      bind(orelse);
      body(s->orelse);
    }
    bind(end);
  }

  static bool is_true_constant(const Expr* e) {
    if (e->kind != ExprKind::Constant) return false;
    auto* c = static_cast<const Constant*>(e);
    if (c->ckind == ConstKind::True) return true;
    if (c->ckind == ConstKind::Int) return c->value != "0";
    return false;
  }

  void while_stmt(const While* s) {
    int top = new_label(), end = new_label(), orelse = new_label();
    bind(top);
    if (!is_true_constant(s->test)) jump_if(s->test, false, orelse);
    push_block({FBlock::WhileLoop, top, end}, s->loc);
    body(s->body);
    unit().fblocks.pop_back();
    emit_jump(Op::JUMP, top);
    bind(orelse);
    body(s->orelse);
    bind(end);
  }

  void for_stmt(const For* s) {
    if (s->is_async) {
      async_for_stmt(s);
      return;
    }
    int top = new_label(), exit = new_label(), end = new_label();
    iterable(s->iter);
    emit(Op::GET_ITER, 0);
    bind(top);
    set_line(s->loc.line);
    emit_jump(Op::FOR_ITER, exit);
    store_target(s->target);
    push_block({FBlock::ForLoop, top, end}, s->loc);
    body(s->body);
    unit().fblocks.pop_back();
    set_line(s->loc.line);
    emit_jump(Op::JUMP, top);
    bind(exit);
    body(s->orelse);
    bind(end);
  }

  void async_for_stmt(const For* s) {
    if (!in_async_function()) error("'async for' outside async function", s->loc);
    int top = new_label(), handler = new_label(), end = new_label(), orelse = new_label();
    expr(s->iter);
    emit(Op::GET_AITER, 0);
    bind(top);
    int prev = push_handler(handler);
    emit(Op::GET_ANEXT, 0);
    load_const(make_none());
    send_loop();
    pop_handler(prev);
    store_target(s->target);
    push_block({FBlock::AsyncForLoop, top, end}, s->loc);
    body(s->body);
    unit().fblocks.pop_back();
    emit_jump(Op::JUMP, top);
    bind(handler);
    emit(Op::END_ASYNC_FOR, 0);
    emit_jump(Op::JUMP, orelse);
    bind(orelse);
    body(s->orelse);
    bind(end);
  }

  // [recv, None] -> [result]: the await / yield from loop.
  void send_loop() {
    // REPL top-level await: the module code becomes a coroutine.
    if (unit().scope->kind == ScopeKind::Module) unit().code->flags |= CO_COROUTINE;
    int loop = new_label(), exit = new_label();
    bind(loop);
    emit_jump(Op::SEND, exit);
    emit(Op::YIELD_VALUE, 0);
    emit_jump(Op::JUMP, loop);
    bind(exit);
  }

  void await_tos() {
    emit(Op::GET_AWAITABLE, 0);
    load_const(make_none());
    send_loop();
  }

  // with / async with, one item at a time (nested like CPython's):
  //   [mgr] -> [exit, value]; body under a handler at depth [exit]; the
  //   normal exit calls exit(None, None, None); the handler calls
  //   exit(type, exc, tb) and re-raises unless it returned true.
  // For async with, entering and both exit calls are awaited.
  void with_stmt(const With* w, size_t item) {
    if (w->is_async && !in_async_function()) error("'async with' outside async function", w->loc);
    if (item == w->items.size()) {
      body(w->body);
      return;
    }
    WithItem* it = w->items[item];
    int handler = new_label(), end = new_label(), suppress = new_label(), cleanup = new_label();
    expr(it->context_expr);
    if (w->is_async) {
      emit(Op::BEFORE_ASYNC_WITH, 0);  // [exit, awaitable]
      load_const(make_none());
      send_loop();                     // [exit, value]
    } else {
      emit(Op::BEFORE_WITH, 0);        // [exit, value]
    }
    int prev = push_handler(handler);
    // The handler depth is [exit], one below the entered value.
    unit().handlers.back().depth -= 1;
    unit().labels[handler].depth -= 1;
    if (it->optional_vars) store_target(it->optional_vars);
    else emit(Op::POP_TOP, 0);
    push_block({w->is_async ? FBlock::AsyncWith : FBlock::With}, w->loc).outer_handler = prev;
    with_stmt(w, item + 1);
    unit().fblocks.pop_back();
    pop_handler(prev);
    set_line(w->loc.line);
    call_exit_with_nones(w->is_async);
    emit_jump(Op::JUMP, end);
    bind(handler);  // [exit, exc]
    set_line(w->loc.line);
    int prev2 = push_handler(cleanup);
    emit(Op::PUSH_EXC_INFO, 0);  // [exit, prev, exc]
    unit().handlers.back().depth = unit().depth - 1;
    unit().labels[cleanup].depth = unit().depth;
    emit(Op::WITH_EXCEPT_START, 0);  // [exit, prev, exc, res]
    if (w->is_async) await_tos();
    emit_jump(Op::POP_JUMP_IF_TRUE, suppress);
    emit(Op::RERAISE, 0);
    bind(suppress);  // [exit, prev, exc]
    emit(Op::POP_TOP, 0);
    pop_handler(prev2);
    emit(Op::POP_EXCEPT, 0);
    emit(Op::POP_TOP, 0);
    emit_jump(Op::JUMP, end);
    bind(cleanup);  // [exit, prev, exc2]
    emit(Op::SWAP, 2);
    emit(Op::POP_EXCEPT, 0);
    emit(Op::RERAISE, 0);
    bind(end);
  }

  // The shape shared by try/except and try/except*: the body (and else)
  // under `handler`; at the handler, [exc] -> [prev, exc] with everything
  // after it covered by a cleanup handler that restores prev and re-raises.
  struct ExceptFrame {
    int end, cleanup, prev_handler, base;
  };
  ExceptFrame begin_except(const Try* t) {
    Unit& u = unit();
    ExceptFrame ef{new_label(), new_label(), -1, u.depth};
    int handler = new_label();
    int prev = push_handler(handler);
    push_block({FBlock::TryExcept}, t->loc).outer_handler = prev;
    body(t->body);
    u.fblocks.pop_back();
    pop_handler(prev);
    body(t->orelse);
    emit_jump(Op::JUMP, ef.end);
    bind(handler);  // [exc]
    u.depth = ef.base + 1;
    u.handlers.push_back({ef.cleanup, ef.base + 1});
    ef.prev_handler = u.cur_handler;
    u.cur_handler = static_cast<int>(u.handlers.size()) - 1;
    u.labels[ef.cleanup].depth = ef.base + 2;
    emit(Op::PUSH_EXC_INFO, 0);  // [prev, exc]
    return ef;
  }
  void end_except(const ExceptFrame& ef) {
    Unit& u = unit();
    u.cur_handler = ef.prev_handler;
    bind(ef.cleanup);  // [prev, exc]
    u.depth = ef.base + 2;
    emit(Op::SWAP, 2);
    emit(Op::POP_EXCEPT, 0);
    emit(Op::RERAISE, 0);
    bind(ef.end);
    u.depth = ef.base;
  }

  void try_except(const Try* t) {
    Unit& u = unit();
    ExceptFrame ef = begin_except(t);
    int base_depth = ef.base, end = ef.end, prev_c = ef.prev_handler;
    push_block({FBlock::ExceptClauses}, t->loc);
    for (size_t i = 0; i < t->handlers.size(); ++i) {
      ExceptHandler* h = t->handlers[i];
      set_line(h->loc.line);
      if (!h->type && i + 1 < t->handlers.size()) error("default 'except:' must be last", h->loc);
      int next = new_label();
      if (h->type) {
        expr(h->type);
        emit(Op::CHECK_EXC_MATCH, 0);
        emit_jump(Op::POP_JUMP_IF_FALSE, next);
      }
      if (!h->name.empty()) {
        name_op(h->name, Access::Store, h->loc);  // [prev]
        // An exception in the body clears the name, then goes to cleanup.
        int name_cleanup = new_label();
        int prev_n = push_handler(name_cleanup);
        FBlock& cleanup = push_block({FBlock::HandlerCleanup}, h->loc);
        cleanup.name = h->name;
        cleanup.outer_handler = prev_c;
        body(h->body);
        u.fblocks.pop_back();
        // Leaving the clause normally: outside its handlers (as CPython).
        u.cur_handler = prev_c;
        emit(Op::POP_EXCEPT, 0);
        load_const(make_none());
        name_op(h->name, Access::Store, h->loc);
        name_op(h->name, Access::Del, h->loc);
        emit_jump(Op::JUMP, end);
        pop_handler(prev_n);
        bind(name_cleanup);  // [prev, exc2]
        load_const(make_none());
        name_op(h->name, Access::Store, h->loc);
        name_op(h->name, Access::Del, h->loc);
        emit(Op::RERAISE, 0);
      } else {
        emit(Op::POP_TOP, 0);  // [prev]
        push_block({FBlock::HandlerCleanup}, h->loc).outer_handler = prev_c;
        body(h->body);
        u.fblocks.pop_back();
        int in_clause = u.cur_handler;
        u.cur_handler = prev_c;
        emit(Op::POP_EXCEPT, 0);
        emit_jump(Op::JUMP, end);
        u.cur_handler = in_clause;
      }
      bind(next);
      u.depth = base_depth + 2;
    }
    u.fblocks.pop_back();  // ExceptClauses
    // No clause matched: re-raise (goes to cleanup).
    emit(Op::RERAISE, 0);
    end_except(ef);
  }

  // try: ... except* T: ... — each clause takes its part of the exception
  // group; what the clauses raise and the unhandled rest are combined and
  // re-raised at the end (PREP_RERAISE_STAR).
  // Stack inside the clauses: [prev, orig, raised_list, rest].
  void try_star(const Try* t) {
    Unit& u = unit();
    ExceptFrame ef = begin_except(t);
    int base = ef.base, end = ef.end, reraise = new_label();
    emit(Op::COPY, 1);           // [prev, orig, rest]
    emit(Op::BUILD_LIST, 0);     // [prev, orig, rest, list]
    emit(Op::SWAP, 2);           // [prev, orig, list, rest]
    push_block({FBlock::ExceptClauses}, t->loc);
    for (ExceptHandler* h : t->handlers) {
      set_line(h->loc.line);
      int next = new_label(), no_match = new_label(), raised = new_label();
      expr(h->type);
      emit(Op::CHECK_EG_MATCH, 0);  // [.., list, rest, match]
      emit(Op::COPY, 1);
      emit_jump(Op::POP_JUMP_IF_NONE, no_match);
      if (!h->name.empty()) name_op(h->name, Access::Store, h->loc);
      else emit(Op::POP_TOP, 0);
      int prev_h = push_handler(raised);
      push_block({FBlock::ExceptStar}, h->loc);
      body(h->body);
      u.fblocks.pop_back();
      pop_handler(prev_h);
      if (!h->name.empty()) {
        load_const(make_none());
        name_op(h->name, Access::Store, h->loc);
        name_op(h->name, Access::Del, h->loc);
      }
      emit_jump(Op::JUMP, next);
      bind(raised);  // [.., list, rest, raised_exc]
      u.depth = base + 5;
      if (!h->name.empty()) {
        load_const(make_none());
        name_op(h->name, Access::Store, h->loc);
        name_op(h->name, Access::Del, h->loc);
      }
      emit(Op::LIST_APPEND, 2);
      emit_jump(Op::JUMP, next);
      bind(no_match);  // [.., list, rest, None]
      u.depth = base + 5;
      emit(Op::POP_TOP, 0);
      bind(next);
      u.depth = base + 4;
    }
    u.fblocks.pop_back();  // ExceptClauses
    emit(Op::LIST_APPEND, 1);        // the unhandled rest joins the list
    emit(Op::PREP_RERAISE_STAR, 0);  // [prev, to_raise]
    emit(Op::COPY, 1);
    emit_jump(Op::POP_JUMP_IF_NOT_NONE, reraise);
    emit(Op::POP_TOP, 0);
    emit(Op::POP_EXCEPT, 0);
    emit_jump(Op::JUMP, end);
    bind(reraise);
    u.depth = base + 2;
    emit(Op::RERAISE, 0);
    end_except(ef);
  }

  void try_finally(const Try* t) {
    Unit& u = unit();
    int handler = new_label(), end = new_label(), cleanup = new_label();
    int base_depth = u.depth;
    int outer = u.cur_handler;
    int prev = push_handler(handler);
    FBlock& ft = push_block({FBlock::FinallyTry}, t->loc);
    ft.finalbody = &t->finalbody;
    ft.outer_handler = outer;
    if (!t->handlers.empty()) {
      if (t->kind == StmtKind::TryStar) try_star(t);
      else try_except(t);
    } else {
      body(t->body);
    }
    u.fblocks.pop_back();
    pop_handler(prev);
    body(t->finalbody);
    emit_jump(Op::JUMP, end);
    bind(handler);  // [exc]
    u.depth = base_depth + 1;
    u.handlers.push_back({cleanup, base_depth + 1});
    int prev_c = u.cur_handler;
    u.cur_handler = static_cast<int>(u.handlers.size()) - 1;
    u.labels[cleanup].depth = base_depth + 2;
    emit(Op::PUSH_EXC_INFO, 0);  // [prev, exc]
    push_block({FBlock::FinallyEnd}, t->loc).outer_handler = prev_c;
    body(t->finalbody);
    u.fblocks.pop_back();
    emit(Op::RERAISE, 0);
    u.cur_handler = prev_c;
    bind(cleanup);
    u.depth = base_depth + 2;
    emit(Op::SWAP, 2);
    emit(Op::POP_EXCEPT, 0);
    emit(Op::RERAISE, 0);
    bind(end);
    u.depth = base_depth;
  }

  // ------------------------------------------------------ match statement
  //
  // As CPython's compiler: the subject stays on the stack while the cases
  // try it in turn (each on a copy, except the last). A pattern consumes
  // the value it matches; the values it captures stay on the stack and are
  // bound to their names only once the whole pattern has matched, so a
  // failed case binds nothing.

  // The state of one case's pattern while it compiles.
  struct PatternContext {
    // The names of the captured values waiting on the stack, in the order
    // they are popped: stores[0] is the topmost capture. They sit under
    // the on_top items.
    std::vector<std::string> stores;
    // Items above the captures that the enclosing patterns still need
    // (subjects being taken apart, tuples of extracted values).
    int on_top = 0;
    // An irrefutable pattern (capture, wildcard) is allowed here: in a
    // sub-pattern, in the last alternative, or in the last or guarded case.
    bool allow_irrefutable = false;
    // fail_pop[n] pops n items and falls into fail_pop[n - 1]; fail_pop[0]
    // is where the pattern has failed with only its subject consumed.
    std::vector<int> fail_pop;
  };

  // Where errors in a pattern point: the pattern being compiled, which
  // stays current after its sub-patterns (CPython's SET_LOC, unrestored).
  Loc pattern_loc_;

  static bool is_wildcard(const Pattern* p) {
    return p->kind == PatternKind::MatchAs && !static_cast<const MatchAs*>(p)->pattern &&
           static_cast<const MatchAs*>(p)->name.empty();
  }
  static bool is_star_wildcard(const Pattern* p) {
    return p->kind == PatternKind::MatchStar && static_cast<const MatchStar*>(p)->name.empty();
  }

  void match_stmt(const Match* m) {
    expr(m->subject);
    int end = new_label();
    size_t ncases = m->cases.size();
    // A trailing `case _:` needs no copy of the subject, nor a check.
    bool default_last = ncases > 1 && is_wildcard(m->cases.back()->pattern);
    size_t checked = default_last ? ncases - 1 : ncases;
    for (size_t i = 0; i < checked; ++i) {
      const MatchCase* c = m->cases[i];
      bool last_checked = i + 1 == checked;
      set_line(c->pattern->loc.line);
      if (!last_checked) emit(Op::COPY, 1);
      PatternContext pc;
      pc.allow_irrefutable = c->guard || i + 1 == ncases;
      pattern(c->pattern, pc);
      for (const std::string& name : pc.stores) name_op(name, Access::Store, c->pattern->loc);
      if (c->guard) jump_if(c->guard, false, fail_label(pc, 0));
      if (!last_checked) emit(Op::POP_TOP, 0);
      body(c->body);
      emit_jump(Op::JUMP, end);
      // The failure path belongs to the pattern's line, not the body's.
      set_line(c->pattern->loc.line);
      emit_fail_pops(pc);
    }
    if (default_last) {
      const MatchCase* c = m->cases.back();
      set_line(c->pattern->loc.line);
      emit(Op::NOP, 0);  // the line of `case _:` is reached
      if (c->guard) jump_if(c->guard, false, end);
      body(c->body);
    }
    bind(end);
  }

  // The label that pops n items on failure, creating it if needed.
  int fail_label(PatternContext& pc, size_t n) {
    while (pc.fail_pop.size() <= n) pc.fail_pop.push_back(new_label());
    return pc.fail_pop[n];
  }

  // Fails the pattern with `op` (a conditional jump or JUMP), popping the
  // items the pattern has put on the stack so far.
  void jump_to_fail(PatternContext& pc, Op op) {
    emit_jump(op, fail_label(pc, static_cast<size_t>(pc.on_top) + pc.stores.size()));
  }

  void emit_fail_pops(PatternContext& pc) {
    if (pc.fail_pop.empty()) return;
    for (size_t n = pc.fail_pop.size() - 1; n > 0; --n) {
      bind(pc.fail_pop[n]);
      emit(Op::POP_TOP, 0);
    }
    bind(pc.fail_pop[0]);
    pc.fail_pop.clear();
  }

  // Moves TOS down to the count-th place from the top (1 = TOS); the items
  // it passes move up one place each.
  void rotate(size_t count) {
    for (; count > 1; --count) emit(Op::SWAP, static_cast<uint32_t>(count));
  }

  [[noreturn]] void pattern_error(const std::string& msg) { error(msg, pattern_loc_); }

  void check_store_name(const std::string& name) {
    if (name == "__debug__") pattern_error("cannot assign to __debug__");
  }

  // Keeps TOS as the capture for `name` (empty: drops it).
  void pattern_store(const std::string& name, PatternContext& pc) {
    if (name.empty()) {
      emit(Op::POP_TOP, 0);
      return;
    }
    check_store_name(name);
    if (std::find(pc.stores.begin(), pc.stores.end(), name) != pc.stores.end())
      pattern_error("multiple assignments to name '" + name + "' in pattern");
    rotate(static_cast<size_t>(pc.on_top) + pc.stores.size() + 1);
    pc.stores.push_back(name);
  }

  // Compiles `p` against the subject on top of the stack, which it consumes.
  void pattern(const Pattern* p, PatternContext& pc) {
    NestGuard guard(*this, p->loc);
    pattern_loc_ = p->loc;
    set_line(p->loc.line);
    switch (p->kind) {
      case PatternKind::MatchValue: pattern_value(static_cast<const MatchValue*>(p), pc); break;
      case PatternKind::MatchSingleton: {
        ConstKind k = static_cast<const MatchSingleton*>(p)->value;
        load_const(k == ConstKind::None ? make_none() : rt::make_bool(k == ConstKind::True));
        emit(Op::IS_OP, 0);
        jump_to_fail(pc, Op::POP_JUMP_IF_FALSE);
        break;
      }
      case PatternKind::MatchSequence: pattern_sequence(static_cast<const MatchSequence*>(p), pc); break;
      case PatternKind::MatchMapping: pattern_mapping(static_cast<const MatchMapping*>(p), pc); break;
      case PatternKind::MatchClass: pattern_class(static_cast<const MatchClass*>(p), pc); break;
      case PatternKind::MatchStar: pattern_store(static_cast<const MatchStar*>(p)->name, pc); break;
      case PatternKind::MatchAs: pattern_as(static_cast<const MatchAs*>(p), pc); break;
      case PatternKind::MatchOr: pattern_or(static_cast<const MatchOr*>(p), pc); break;
    }
  }

  // A pattern nested in another: irrefutable ones are fine there.
  void subpattern(const Pattern* p, PatternContext& pc) {
    bool saved = pc.allow_irrefutable;
    pc.allow_irrefutable = true;
    pattern(p, pc);
    pc.allow_irrefutable = saved;
  }

  // A literal or a dotted name, as CPython's AST optimizer leaves the
  // value of a MatchValue: a constant (a signed or complex number folds
  // into one) or an attribute lookup.
  static bool is_match_value_expr(const Expr* e) {
    switch (e->kind) {
      case ExprKind::Constant: case ExprKind::Attribute: return true;
      case ExprKind::UnaryOp: case ExprKind::BinOp: return folds_to_constant(e);
      default: return false;
    }
  }

  void pattern_value(const MatchValue* p, PatternContext& pc) {
    if (!is_match_value_expr(p->value)) pattern_error("patterns may only match literals and attribute lookups");
    expr(p->value);
    emit(Op::COMPARE_OP, static_cast<uint32_t>(CmpOpKind::Eq));
    jump_to_fail(pc, Op::POP_JUMP_IF_FALSE);
  }

  void pattern_as(const MatchAs* p, PatternContext& pc) {
    if (!p->pattern) {
      if (!pc.allow_irrefutable) {
        if (!p->name.empty()) pattern_error("name capture '" + p->name + "' makes remaining patterns unreachable");
        pattern_error("wildcard makes remaining patterns unreachable");
      }
      pattern_store(p->name, pc);
      return;
    }
    // Match a copy; the subject itself is what `as` captures.
    ++pc.on_top;
    emit(Op::COPY, 1);
    pattern(p->pattern, pc);
    --pc.on_top;
    pattern_store(p->name, pc);
  }

  void pattern_sequence(const MatchSequence* p, PatternContext& pc) {
    const std::vector<Pattern*>& items = p->patterns;
    size_t size = items.size();
    int star = -1;
    bool only_wildcards = true, star_wildcard = false;
    for (size_t i = 0; i < size; ++i) {
      if (items[i]->kind == PatternKind::MatchStar) {
        if (star >= 0) pattern_error("multiple starred names in sequence pattern");
        star = static_cast<int>(i);
        star_wildcard = is_star_wildcard(items[i]);
        only_wildcards = only_wildcards && star_wildcard;
      } else {
        only_wildcards = only_wildcards && is_wildcard(items[i]);
      }
    }
    // The subject stays on top during the checks.
    ++pc.on_top;
    emit(Op::MATCH_SEQUENCE, 0);
    jump_to_fail(pc, Op::POP_JUMP_IF_FALSE);
    if (star < 0 || size > 1) {
      emit(Op::GET_LEN, 0);
      load_const(make_int(static_cast<int64_t>(star < 0 ? size : size - 1)));
      emit(Op::COMPARE_OP, static_cast<uint32_t>(star < 0 ? CmpOpKind::Eq : CmpOpKind::GtE));
      jump_to_fail(pc, Op::POP_JUMP_IF_FALSE);
    }
    if (only_wildcards) {
      --pc.on_top;
      emit(Op::POP_TOP, 0);
    } else if (star_wildcard) {
      sequence_by_index(items, static_cast<size_t>(star), pc);
    } else {
      --pc.on_top;
      sequence_by_unpacking(items, star, pc);
    }
  }

  // Unpacks the subject (UNPACK_SEQUENCE / UNPACK_EX) and matches each item.
  void sequence_by_unpacking(const std::vector<Pattern*>& items, int star, PatternContext& pc) {
    size_t size = items.size();
    if (star < 0) {
      emit(Op::UNPACK_SEQUENCE, static_cast<uint32_t>(size));
    } else {
      size_t after = size - static_cast<size_t>(star) - 1;
      if (star >= 256) pattern_error("too many expressions in star-unpacking sequence pattern");
      emit(Op::UNPACK_EX, static_cast<uint32_t>(star) | static_cast<uint32_t>(after << 8));
    }
    // The items wait on the stack, first on top; each is consumed in turn.
    pc.on_top += static_cast<int>(size);
    for (const Pattern* item : items) {
      --pc.on_top;
      subpattern(item, pc);
    }
  }

  // With a `*_` there is no need to build the middle list: the items
  // around it are fetched by index (from the end through len(), since the
  // subject may not take negative indices).
  void sequence_by_index(const std::vector<Pattern*>& items, size_t star, PatternContext& pc) {
    size_t size = items.size();
    for (size_t i = 0; i < size; ++i) {
      if (i == star || is_wildcard(items[i])) continue;
      emit(Op::COPY, 1);
      if (i < star) {
        load_const(make_int(static_cast<int64_t>(i)));
      } else {
        emit(Op::GET_LEN, 0);
        load_const(make_int(static_cast<int64_t>(size - i)));
        emit(Op::BINARY_OP, static_cast<uint32_t>(BinOpKind::Sub));
      }
      emit(Op::BINARY_SUBSCR, 0);
      subpattern(items[i], pc);
    }
    --pc.on_top;
    emit(Op::POP_TOP, 0);
  }

  // The value of a constant mapping key, for the duplicate check; Undef for
  // a dotted name.
  rt::Value mapping_key_constant(const Expr* key) {
    if (key->kind == ExprKind::Attribute) return rt::Value();
    if (!is_match_value_expr(key)) pattern_error("mapping pattern keys may only match literals and attribute lookups");
    return folded_constant(key);
  }

  void pattern_mapping(const MatchMapping* p, PatternContext& pc) {
    size_t size = p->keys.size();
    ++pc.on_top;
    emit(Op::MATCH_MAPPING, 0);
    jump_to_fail(pc, Op::POP_JUMP_IF_FALSE);
    if (size == 0 && p->rest.empty()) {
      --pc.on_top;
      emit(Op::POP_TOP, 0);
      return;
    }
    if (size > 0) {
      emit(Op::GET_LEN, 0);
      load_const(make_int(static_cast<int64_t>(size)));
      emit(Op::COMPARE_OP, static_cast<uint32_t>(CmpOpKind::GtE));
      jump_to_fail(pc, Op::POP_JUMP_IF_FALSE);
    }
    std::vector<rt::Value> seen;
    for (const Expr* key : p->keys) {
      rt::Value k = mapping_key_constant(key);
      if (!k.is_undef()) {
        for (const rt::Value& other : seen)
          if (rt::values_equal(other, k)) pattern_error("mapping pattern checks duplicate key (" + rt::repr(k) + ")");
        seen.push_back(k);
      }
      expr(key);
    }
    emit(Op::BUILD_TUPLE, static_cast<uint32_t>(size));
    emit(Op::MATCH_KEYS, 0);  // [subject, keys, values or None]
    pc.on_top += 2;
    emit(Op::COPY, 1);
    load_const(make_none());
    emit(Op::IS_OP, 1);
    jump_to_fail(pc, Op::POP_JUMP_IF_FALSE);
    emit(Op::UNPACK_SEQUENCE, static_cast<uint32_t>(size));
    pc.on_top += static_cast<int>(size) - 1;
    for (const Pattern* value : p->patterns) {
      --pc.on_top;
      subpattern(value, pc);
    }
    // Matched: what follows consumes the keys and the subject.
    pc.on_top -= 2;
    if (p->rest.empty()) {
      emit(Op::POP_TOP, 0);
      emit(Op::POP_TOP, 0);
      return;
    }
    // rest = dict(subject), then del rest[key] for each key.
    emit(Op::BUILD_MAP, 0);     // [subject, keys, rest]
    emit(Op::SWAP, 3);          // [rest, keys, subject]
    emit(Op::DICT_UPDATE, 2);   // [rest, keys]
    emit(Op::UNPACK_SEQUENCE, static_cast<uint32_t>(size));
    for (size_t left = size; left > 0; --left) {
      emit(Op::COPY, static_cast<uint32_t>(left + 1));  // [rest, keys..., rest]
      emit(Op::SWAP, 2);
      emit(Op::DELETE_SUBSCR, 0);
    }
    pattern_store(p->rest, pc);
  }

  void check_class_keywords(const MatchClass* p) {
    const std::vector<std::string>& attrs = p->kwd_attrs;
    for (size_t i = 0; i < attrs.size(); ++i) {
      pattern_loc_ = p->kwd_patterns[i]->loc;
      check_store_name(attrs[i]);
      for (size_t j = i + 1; j < attrs.size(); ++j) {
        if (attrs[i] != attrs[j]) continue;
        pattern_loc_ = p->kwd_patterns[j]->loc;
        pattern_error("attribute name repeated in class pattern: " + attrs[i]);
      }
    }
    pattern_loc_ = p->loc;
  }

  void pattern_class(const MatchClass* p, PatternContext& pc) {
    check_class_keywords(p);
    size_t npos = p->patterns.size(), nkw = p->kwd_attrs.size();
    expr(p->cls);
    std::vector<rt::Value> names;
    for (const std::string& a : p->kwd_attrs) names.push_back(str_const(a));
    load_const(make_obj(rt::new_tuple(std::move(names))));
    emit(Op::MATCH_CLASS, static_cast<uint32_t>(npos));  // [attributes or None]
    emit(Op::COPY, 1);
    load_const(make_none());
    emit(Op::IS_OP, 1);
    ++pc.on_top;
    jump_to_fail(pc, Op::POP_JUMP_IF_FALSE);
    emit(Op::UNPACK_SEQUENCE, static_cast<uint32_t>(npos + nkw));
    pc.on_top += static_cast<int>(npos + nkw) - 1;
    for (size_t i = 0; i < npos + nkw; ++i) {
      --pc.on_top;
      const Pattern* sub = i < npos ? p->patterns[i] : p->kwd_patterns[i - npos];
      if (is_wildcard(sub)) {
        emit(Op::POP_TOP, 0);
        continue;
      }
      subpattern(sub, pc);
    }
  }

  // Each alternative matches a copy of the subject in a context of its
  // own; all must capture the same names, which end up on the stack in the
  // first alternative's order and then join the enclosing captures.
  void pattern_or(const MatchOr* p, PatternContext& pc) {
    int end = new_label();
    size_t nalts = p->patterns.size();
    std::vector<std::string> names;  // the first alternative's stores
    for (size_t i = 0; i < nalts; ++i) {
      const Pattern* alt = p->patterns[i];
      pattern_loc_ = alt->loc;
      set_line(alt->loc.line);
      PatternContext alt_pc;
      alt_pc.allow_irrefutable = i + 1 == nalts && pc.allow_irrefutable;
      emit(Op::COPY, 1);
      pattern(alt, alt_pc);
      if (i == 0) names = alt_pc.stores;
      else reorder_captures(alt_pc.stores, names);
      emit_jump(Op::JUMP, end);
      emit_fail_pops(alt_pc);
    }
    // No alternative matched: drop the subject and fail. (Unreachable when
    // the last alternative is irrefutable: it has no failure path.)
    if (!unit().unreachable) {
      emit(Op::POP_TOP, 0);
      jump_to_fail(pc, Op::JUMP);
    }
    bind(end);  // [subject, captures...]
    size_t depth = names.size() + 1 + static_cast<size_t>(pc.on_top) + pc.stores.size();
    for (const std::string& name : names) {
      rotate(depth);
      if (std::find(pc.stores.begin(), pc.stores.end(), name) != pc.stores.end())
        pattern_error("multiple assignments to name '" + name + "' in pattern");
      pc.stores.push_back(name);
    }
    emit(Op::POP_TOP, 0);  // the subject
  }

  // Brings the captures on top of the stack (stores[0] on top) into the
  // order of `wanted`, fixing the deepest place first: the wanted value is
  // rotated up to the top, then sunk to its place.
  void reorder_captures(std::vector<std::string>& stores, const std::vector<std::string>& wanted) {
    if (stores.size() != wanted.size()) pattern_error("alternative patterns bind different names");
    for (size_t place = wanted.size(); place-- > 0;) {
      auto it = std::find(stores.begin(), stores.end(), wanted[place]);
      if (it == stores.end()) pattern_error("alternative patterns bind different names");
      size_t at = static_cast<size_t>(it - stores.begin());
      if (at == place) continue;
      // The deeper places are settled already, so at < place.
      for (size_t k = 0; k <= at; ++k) {
        rotate(place + 1);
        std::string top = stores.front();
        stores.erase(stores.begin());
        stores.insert(stores.begin() + static_cast<long>(place), top);
      }
    }
  }

  void import_stmt(const Import* s) {
    for (Alias* a : s->names) {
      load_const(make_none());
      if (!a->asname.empty() && a->name.find('.') != std::string::npos) {
        // import a.b as c binds the leaf module.
        emit(Op::POP_TOP, 0);
        load_const(rt::make_bool(true));
      }
      emit(Op::IMPORT_NAME, name_index(a->name));
      std::string bound = a->asname.empty() ? a->name.substr(0, a->name.find('.')) : a->asname;
      name_op(bound, Access::Store, a->loc);
    }
  }

  void import_from(const ImportFrom* s) {
    std::vector<rt::Value> names;
    for (Alias* a : s->names) names.push_back(str_const(a->name));
    load_const(make_obj(rt::new_tuple(std::move(names))));
    std::string mod(static_cast<size_t>(s->level), '.');
    mod += s->module;
    emit(Op::IMPORT_NAME, name_index(mod));
    if (s->names.size() == 1 && s->names[0]->name == "*") {
      emit(Op::IMPORT_STAR, 0);
      return;
    }
    for (Alias* a : s->names) {
      emit(Op::IMPORT_FROM, name_index(a->name));
      name_op(a->asname.empty() ? a->name : a->asname, Access::Store, a->loc);
    }
    emit(Op::POP_TOP, 0);
  }

  void aug_assign(const AugAssign* a) {
    uint32_t op = static_cast<uint32_t>(a->op) | 16;
    switch (a->target->kind) {
      case ExprKind::Name: {
        auto* n = static_cast<const Name*>(a->target);
        name_op(n->id, Access::Load, n->loc);
        expr(a->value);
        set_line(a->loc.line);
        emit(Op::BINARY_OP, op);
        name_op(n->id, Access::Store, n->loc);
        break;
      }
      case ExprKind::Attribute: {
        auto* at = static_cast<const Attribute*>(a->target);
        expr(at->value);
        emit(Op::COPY, 1);
        emit(Op::LOAD_ATTR, name_index(at->attr));
        expr(a->value);
        set_line(a->loc.line);
        emit(Op::BINARY_OP, op);
        emit(Op::SWAP, 2);
        emit(Op::STORE_ATTR, name_index(at->attr));
        break;
      }
      case ExprKind::Subscript: {
        auto* sub = static_cast<const Subscript*>(a->target);
        expr(sub->value);
        expr(sub->slice);
        emit(Op::COPY, 2);
        emit(Op::COPY, 2);
        emit(Op::BINARY_SUBSCR, 0);
        expr(a->value);
        set_line(a->loc.line);
        emit(Op::BINARY_OP, op);
        emit(Op::SWAP, 3);
        emit(Op::SWAP, 2);
        emit(Op::STORE_SUBSCR, 0);
        break;
      }
      default: error("'" + std::string("expression") + "' is an illegal expression for augmented assignment", a->loc);
    }
  }

  void store_target(const Expr* t) {
    switch (t->kind) {
      case ExprKind::Name: name_op(static_cast<const Name*>(t)->id, Access::Store, t->loc); break;
      case ExprKind::Attribute: {
        auto* a = static_cast<const Attribute*>(t);
        expr(a->value);
        set_line(t->loc.line);
        emit(Op::STORE_ATTR, name_index(a->attr));
        break;
      }
      case ExprKind::Subscript: {
        auto* s = static_cast<const Subscript*>(t);
        expr(s->value);
        expr(s->slice);
        set_line(t->loc.line);
        emit(Op::STORE_SUBSCR, 0);
        break;
      }
      case ExprKind::Tuple:
      case ExprKind::List: {
        const auto& elts = t->kind == ExprKind::Tuple ? static_cast<const Tuple*>(t)->elts
                                                      : static_cast<const List*>(t)->elts;
        int star = -1;
        for (size_t i = 0; i < elts.size(); ++i) {
          if (elts[i]->kind == ExprKind::Starred) {
            if (star >= 0) error("multiple starred expressions in assignment", elts[i]->loc);
            star = static_cast<int>(i);
          }
        }
        set_line(t->loc.line);
        if (star < 0) {
          emit(Op::UNPACK_SEQUENCE, static_cast<uint32_t>(elts.size()));
        } else {
          uint32_t before = static_cast<uint32_t>(star);
          uint32_t after = static_cast<uint32_t>(elts.size() - star - 1);
          if (before > 255) error("too many expressions in star-unpacking assignment", t->loc);
          emit(Op::UNPACK_EX, before | (after << 8));
        }
        for (const Expr* e : elts) {
          if (e->kind == ExprKind::Starred) store_target(static_cast<const Starred*>(e)->value);
          else store_target(e);
        }
        break;
      }
      case ExprKind::Starred: error("starred assignment target must be in a list or tuple", t->loc);
      default: error("cannot assign to expression", t->loc);
    }
  }

  void del_target(const Expr* t) {
    switch (t->kind) {
      case ExprKind::Name: name_op(static_cast<const Name*>(t)->id, Access::Del, t->loc); break;
      case ExprKind::Attribute: {
        auto* a = static_cast<const Attribute*>(t);
        expr(a->value);
        emit(Op::DELETE_ATTR, name_index(a->attr));
        break;
      }
      case ExprKind::Subscript: {
        auto* s = static_cast<const Subscript*>(t);
        expr(s->value);
        expr(s->slice);
        emit(Op::DELETE_SUBSCR, 0);
        break;
      }
      case ExprKind::Tuple:
        for (Expr* e : static_cast<const Tuple*>(t)->elts) del_target(e);
        break;
      case ExprKind::List:
        for (Expr* e : static_cast<const List*>(t)->elts) del_target(e);
        break;
      default: error("cannot delete expression", t->loc);
    }
  }

  // ------------------------------------------------ functions and classes

  std::string child_qualname(const std::string& name) {
    Unit& u = unit();
    if (u.scope->kind == ScopeKind::Module) return name;
    if (u.scope->kind == ScopeKind::Class) return u.qualname + "." + name;
    return u.qualname + ".<locals>." + name;
  }

  // Pushes the closure tuple for `child` (if it has free variables) and
  // returns the MAKE_FUNCTION flag bit for it.
  uint32_t load_closure(Scope* child) {
    if (child->freevars.empty()) return 0;
    Unit& u = unit();
    for (const std::string& n : child->freevars) {
      auto it = u.derefs.find(n);
      if (it == u.derefs.end()) error("internal error: no cell for free variable '" + n + "'", Loc{});
      emit(Op::LOAD_CLOSURE, it->second);
    }
    emit(Op::BUILD_TUPLE, static_cast<uint32_t>(child->freevars.size()));
    return 8;
  }

  uint32_t load_defaults(const Arguments* a) {
    uint32_t flags = 0;
    if (!a->defaults.empty()) {
      for (Expr* d : a->defaults) expr(d);
      emit(Op::BUILD_TUPLE, static_cast<uint32_t>(a->defaults.size()));
      flags |= 1;
    }
    int nkw = 0;
    for (size_t i = 0; i < a->kwonlyargs.size(); ++i) {
      if (!a->kw_defaults[i]) continue;
      load_const(str_const(a->kwonlyargs[i]->name));
      expr(a->kw_defaults[i]);
      ++nkw;
    }
    if (nkw) {
      emit(Op::BUILD_MAP, nkw);
      flags |= 2;
    }
    return flags;
  }

  // CPython's compiler_visit_annotations: (name, value) pairs for the
  // parameters in order, *args, the keyword-only ones, **kwargs and the
  // return, as a tuple; returns the MAKE_FUNCTION flag bit (4) if any.
  uint32_t load_annotations(const FunctionDef* f) {
    const Arguments* a = f->args;
    uint32_t n = 0;
    auto one = [&](const std::string& name, const Expr* e) {
      if (!e) return;
      load_const(str_const(name));
      expr(e);
      ++n;
    };
    for (Arg* x : a->posonlyargs) one(x->name, x->annotation);
    for (Arg* x : a->args) one(x->name, x->annotation);
    if (a->vararg) one(a->vararg->name, a->vararg->annotation);
    for (Arg* x : a->kwonlyargs) one(x->name, x->annotation);
    if (a->kwarg) one(a->kwarg->name, a->kwarg->annotation);
    one("return", f->returns);
    if (!n) return 0;
    emit(Op::BUILD_TUPLE, 2 * n);
    return 4;
  }

  static void set_signature(Code* c, const Arguments* a) {
    c->posonlyargcount = static_cast<int>(a->posonlyargs.size());
    c->argcount = static_cast<int>(a->posonlyargs.size() + a->args.size());
    c->kwonlyargcount = static_cast<int>(a->kwonlyargs.size());
    if (a->vararg) c->flags |= CO_VARARGS;
    if (a->kwarg) c->flags |= CO_VARKEYWORDS;
  }

  void function_def(const FunctionDef* f) {
    for (Expr* d : f->decorators) {
      emit(Op::PUSH_NULL, 0);
      expr(d);
    }
    set_line(f->loc.line);
    uint32_t flags = load_defaults(f->args);
    flags |= load_annotations(f);
    Scope* s = symtab_.scope_for(f);
    int line = f->decorators.empty() ? f->loc.line : f->decorators[0]->loc.line;
    (void)line;
    begin_unit(s, f->name, child_qualname(f->name), f->loc.line);
    Code* c = unit().code;
    set_signature(c, f->args);
    // The class cell arrangement needs the code's argcount before the body.
    size_t start = 0;
    if (!f->body.empty() && is_docstring(f->body[0])) {
      const_index(docstring_value(f->body[0]));
      c->flags |= CO_HAS_DOCSTRING;
      start = 1;
    }
    for (size_t i = start; i < f->body.size(); ++i) stmt(f->body[i]);
    if (!unit().unreachable) {
      load_const(make_none());
      emit(Op::RETURN_VALUE, 0);
    }
    Code* code = end_unit();
    code->argcount = static_cast<int>(f->args->posonlyargs.size() + f->args->args.size());
    set_line(f->loc.line);
    flags |= load_closure(s);
    load_const(make_obj(code));
    emit(Op::MAKE_FUNCTION, flags);
    for (size_t i = 0; i < f->decorators.size(); ++i) emit(Op::CALL, 1);
    name_op(f->name, Access::Store, f->loc);
  }

  void lambda(const Lambda* l) {
    uint32_t flags = load_defaults(l->args);
    Scope* s = symtab_.scope_for(l);
    begin_unit(s, "<lambda>", child_qualname("<lambda>"), l->loc.line);
    set_signature(unit().code, l->args);
    expr(l->body);
    emit(Op::RETURN_VALUE, 0);
    Code* code = end_unit();
    flags |= load_closure(s);
    load_const(make_obj(code));
    emit(Op::MAKE_FUNCTION, flags);
  }

  void class_def(const ClassDef* c) {
    for (Expr* d : c->decorators) {
      emit(Op::PUSH_NULL, 0);
      expr(d);
    }
    set_line(c->loc.line);
    Scope* s = symtab_.scope_for(c);
    begin_unit(s, c->name, child_qualname(c->name), c->loc.line);
    unit().code->flags |= CO_CLASS_BODY;
    emit(Op::LOAD_NAME, name_index("__name__"));
    emit(Op::STORE_NAME, name_index("__module__"));
    load_const(str_const(unit().qualname));
    emit(Op::STORE_NAME, name_index("__qualname__"));
    if (has_annotations(c->body)) emit(Op::SETUP_ANNOTATIONS, 0);
    size_t start = 0;
    if (!c->body.empty() && is_docstring(c->body[0])) {
      load_const(docstring_value(c->body[0]));
      emit(Op::STORE_NAME, name_index("__doc__"));
      start = 1;
    }
    for (size_t i = start; i < c->body.size(); ++i) stmt(c->body[i]);
    if (s->needs_class_cell) {
      emit(Op::LOAD_CLOSURE, unit().derefs.at("__class__"));
    } else {
      load_const(make_none());
    }
    emit(Op::RETURN_VALUE, 0);
    Code* code = end_unit();
    set_line(c->loc.line);
    emit(Op::PUSH_NULL, 0);
    emit(Op::LOAD_BUILD_CLASS, 0);
    uint32_t flags = load_closure(s);
    load_const(make_obj(code));
    emit(Op::MAKE_FUNCTION, flags);
    load_const(str_const(c->name));
    std::vector<Expr*> args(c->bases.begin(), c->bases.end());
    call_args(2, args, c->keywords, c->loc);
    for (size_t i = 0; i < c->decorators.size(); ++i) emit(Op::CALL, 1);
    name_op(c->name, Access::Store, c->loc);
  }

  // -------------------------------------------------------- expressions

  void expr(const Expr* e) {
    NestGuard guard(*this, e->loc);
    int saved_line = unit().line;
    set_line(e->loc.line);
    expr_inner(e);
    unit().line = saved_line;
  }

  rt::Value constant_value(const Constant* c) {
    switch (c->ckind) {
      case ConstKind::None: return make_none();
      case ConstKind::True: return rt::make_bool(true);
      case ConstKind::False: return rt::make_bool(false);
      case ConstKind::Ellipsis: return rt::ellipsis();
      case ConstKind::Int: {
        int base = 10;
        std::string digits = c->value;
        return rt::int_from_string(digits, base == 10 && digits.size() > 1 && digits[0] == '0' ? 0 : base);
      }
      case ConstKind::Float: return rt::make_float(std::strtod(c->value.c_str(), nullptr));
      case ConstKind::Imag: return rt::make_complex(0.0, std::strtod(c->value.c_str(), nullptr));
      case ConstKind::Str: return str_const(c->value);
      case ConstKind::Bytes: return rt::bytes_value(c->value);
    }
    return make_none();
  }

  // The value of an element that CPython's AST optimizer turns into a
  // constant (a literal, or a signed number literal); Undef otherwise.
  rt::Value folded_constant(const Expr* e) {
    if (e->kind == ExprKind::Constant) {
      auto* c = static_cast<const Constant*>(e);
      return constant_value(c);
    }
    if (e->kind == ExprKind::UnaryOp) {
      auto* u = static_cast<const UnaryOp*>(e);
      if (u->op == UnaryOpKind::USub && u->operand->kind == ExprKind::Constant) {
        auto* c = static_cast<const Constant*>(u->operand);
        if (c->ckind == ConstKind::Int || c->ckind == ConstKind::Float) return rt::number_negative(constant_value(c));
        if (c->ckind == ConstKind::Imag) return rt::unary_negative(constant_value(c));
      }
    }
    return rt::Value();
  }

  // A set display of constants as the frozenset constant CPython makes of it
  // (for `{1, 2, 3}`, `x in {...}`, `for x in {...}`), or Undef. CPython
  // builds it from the elements in order, and builds it again from its own
  // iteration order when it merges the code's constants
  // (merge_consts_recursive); the second build can reorder colliding ints,
  // and that order is what iteration shows.
  rt::Value frozenset_constant(const std::vector<Expr*>& elts) {
    std::vector<rt::Value> items;
    for (const Expr* x : elts) {
      rt::Value v = folded_constant(x);
      if (v.is_undef()) return rt::Value();
      items.push_back(v);
    }
    rt::Set* first = rt::make_frozenset(make_obj(rt::new_tuple(std::move(items))));
    std::vector<rt::Value> ordered;
    for (const rt::SetEntry& e : first->table)
      if (!e.key.is_undef()) ordered.push_back(e.key);
    return make_obj(rt::make_frozenset(make_obj(rt::new_tuple(std::move(ordered)))));
  }

  // An iterable in `for`, a comprehension or after `in`: CPython's AST
  // optimizer (fold_iter) makes a set display of constants a frozenset
  // constant there, whatever its size.
  void iterable(const Expr* e) {
    if (e->kind == ExprKind::Set) {
      rt::Value folded = frozenset_constant(static_cast<const Set*>(e)->elts);
      if (!folded.is_undef()) {
        load_const(folded);
        return;
      }
    }
    expr(e);
  }

  void expr_inner(const Expr* e) {
    switch (e->kind) {
      case ExprKind::Name: name_op(static_cast<const Name*>(e)->id, Access::Load, e->loc); break;
      case ExprKind::Constant: load_const(constant_value(static_cast<const Constant*>(e))); break;
      case ExprKind::JoinedStr: {
        auto* j = static_cast<const JoinedStr*>(e);
        if (j->values.empty()) {
          load_const(str_const(""));
          break;
        }
        for (Expr* v : j->values) expr(v);
        if (j->values.size() > 1) emit(Op::BUILD_STRING, static_cast<uint32_t>(j->values.size()));
        else if (j->values[0]->kind != ExprKind::FormattedValue) {
        }
        break;
      }
      case ExprKind::FormattedValue: {
        auto* f = static_cast<const FormattedValue*>(e);
        expr(f->value);
        uint32_t flags = f->conversion == 's' ? 1 : f->conversion == 'r' ? 2 : f->conversion == 'a' ? 3 : 0;
        if (f->format_spec) {
          expr(f->format_spec);
          flags |= 4;
        }
        emit(Op::FORMAT_VALUE, flags);
        break;
      }
      case ExprKind::BinOp: {
        auto* b = static_cast<const BinOp*>(e);
        expr(b->left);
        expr(b->right);
        set_line(e->loc.line);
        emit(Op::BINARY_OP, static_cast<uint32_t>(b->op));
        break;
      }
      case ExprKind::UnaryOp: {
        auto* u = static_cast<const UnaryOp*>(e);
        // Fold -<number literal> so that -9223372036854775808 stays small.
        if (u->op == UnaryOpKind::USub && u->operand->kind == ExprKind::Constant) {
          auto* c = static_cast<const Constant*>(u->operand);
          if (c->ckind == ConstKind::Int || c->ckind == ConstKind::Float) {
            load_const(rt::number_negative(constant_value(c)));
            break;
          }
        }
        expr(u->operand);
        switch (u->op) {
          case UnaryOpKind::Invert: emit(Op::UNARY_INVERT, 0); break;
          case UnaryOpKind::Not: emit(Op::UNARY_NOT, 0); break;
          case UnaryOpKind::UAdd: emit(Op::UNARY_POSITIVE, 0); break;
          case UnaryOpKind::USub: emit(Op::UNARY_NEGATIVE, 0); break;
        }
        break;
      }
      case ExprKind::BoolOp: {
        auto* b = static_cast<const BoolOp*>(e);
        int end = new_label();
        for (size_t i = 0; i < b->values.size(); ++i) {
          expr(b->values[i]);
          if (i + 1 < b->values.size())
            emit_jump(b->op == BoolOpKind::And ? Op::JUMP_IF_FALSE_OR_POP : Op::JUMP_IF_TRUE_OR_POP, end);
        }
        bind(end);
        break;
      }
      case ExprKind::Compare: compare(static_cast<const Compare*>(e)); break;
      case ExprKind::Call: call(static_cast<const Call*>(e)); break;
      case ExprKind::Attribute: {
        auto* a = static_cast<const Attribute*>(e);
        expr(a->value);
        set_line(e->loc.line);
        emit(Op::LOAD_ATTR, name_index(a->attr));
        break;
      }
      case ExprKind::Subscript: {
        auto* s = static_cast<const Subscript*>(e);
        expr(s->value);
        expr(s->slice);
        set_line(e->loc.line);
        emit(Op::BINARY_SUBSCR, 0);
        break;
      }
      case ExprKind::Slice: {
        auto* s = static_cast<const Slice*>(e);
        if (s->lower) expr(s->lower); else load_const(make_none());
        if (s->upper) expr(s->upper); else load_const(make_none());
        if (s->step) {
          expr(s->step);
          emit(Op::BUILD_SLICE, 3);
        } else {
          emit(Op::BUILD_SLICE, 2);
        }
        break;
      }
      case ExprKind::List: sequence(static_cast<const List*>(e)->elts, Op::BUILD_LIST, false); break;
      case ExprKind::Tuple: sequence(static_cast<const Tuple*>(e)->elts, Op::BUILD_TUPLE, true); break;
      case ExprKind::Set: {
        const auto& elts = static_cast<const Set*>(e)->elts;
        rt::Value folded = elts.size() > 2 ? frozenset_constant(elts) : rt::Value();
        if (folded.is_undef()) {
          sequence(elts, Op::BUILD_SET, false);
        } else {  // as CPython 3.11: BUILD_SET 0, LOAD_CONST frozenset, SET_UPDATE 1
          emit(Op::BUILD_SET, 0);
          load_const(folded);
          emit(Op::SET_UPDATE, 1);
        }
        break;
      }
      case ExprKind::Dict: dict_display(static_cast<const Dict*>(e)); break;
      case ExprKind::ListComp:
      case ExprKind::SetComp:
      case ExprKind::DictComp:
      case ExprKind::GeneratorExp: comprehension(static_cast<const Comp*>(e)); break;
      case ExprKind::Lambda: lambda(static_cast<const Lambda*>(e)); break;
      case ExprKind::IfExp: {
        auto* i = static_cast<const IfExp*>(e);
        int orelse = new_label(), end = new_label();
        jump_if(i->test, false, orelse);
        expr(i->body);
        emit_jump(Op::JUMP, end);
        bind(orelse);
        expr(i->orelse);
        bind(end);
        break;
      }
      case ExprKind::Await: {
        Scope* s = unit().scope;
        if (s->kind == ScopeKind::Module && !opts_.allow_top_level_await) error("'await' outside function", e->loc);
        if (s->kind == ScopeKind::Class) error("'await' outside function", e->loc);
        if (s->kind == ScopeKind::Function && !s->is_coroutine && !s->is_comprehension)
          error("'await' outside async function", e->loc);
        expr(static_cast<const Await*>(e)->value);
        set_line(e->loc.line);
        await_tos();
        break;
      }
      case ExprKind::Yield: {
        Scope* s = unit().scope;
        if (s->kind != ScopeKind::Function) error("'yield' outside function", e->loc);
        auto* y = static_cast<const Yield*>(e);
        if (y->value) expr(y->value); else load_const(make_none());
        // In an async generator, arg 1 marks the generator's own yield.
        emit(Op::YIELD_VALUE, s->is_coroutine ? 1 : 0);
        break;
      }
      case ExprKind::YieldFrom: {
        Scope* s = unit().scope;
        if (s->kind != ScopeKind::Function) error("'yield' outside function", e->loc);
        if (s->is_coroutine) error("'yield from' inside async function", e->loc);
        expr(static_cast<const YieldFrom*>(e)->value);
        emit(Op::GET_YIELD_FROM_ITER, 0);
        load_const(make_none());
        send_loop();
        break;
      }
      case ExprKind::Starred: error("can't use starred expression here", e->loc);
      case ExprKind::NamedExpr: {
        auto* n = static_cast<const NamedExpr*>(e);
        expr(n->value);
        emit(Op::COPY, 1);
        name_op(n->target->id, Access::Store, n->loc);
        break;
      }
    }
  }

  void warn(int line, const char* category, std::string msg) {
    if (!opts_.warnings) return;
    opts_.warnings->push_back({line, category, std::move(msg)});
  }

  // A literal as CPython's AST optimizer leaves it: a constant, or an
  // operator or tuple over constants that it folds into one.
  static bool folds_to_constant(const Expr* e) {
    switch (e->kind) {
      case ExprKind::Constant: return true;
      case ExprKind::UnaryOp: {
        auto* u = static_cast<const UnaryOp*>(e);
        return u->op != UnaryOpKind::Not && folds_to_constant(u->operand);
      }
      case ExprKind::BinOp: {
        auto* b = static_cast<const BinOp*>(e);
        return folds_to_constant(b->left) && folds_to_constant(b->right);
      }
      case ExprKind::Tuple: {
        for (const Expr* x : static_cast<const Tuple*>(e)->elts)
          if (!folds_to_constant(x)) return false;
        return true;
      }
      default: return false;
    }
  }
  // compiler_check_compare: `is` with a literal other than None, True,
  // False or ... is almost always a mistake.
  static bool is_literal(const Expr* e) {
    if (e->kind == ExprKind::Constant) {
      ConstKind k = static_cast<const Constant*>(e)->ckind;
      return k != ConstKind::None && k != ConstKind::True && k != ConstKind::False && k != ConstKind::Ellipsis;
    }
    return folds_to_constant(e);
  }
  void check_compare(const Compare* c) {
    bool left = is_literal(c->left);
    for (size_t i = 0; i < c->ops.size(); ++i) {
      bool right = is_literal(c->comparators[i]);
      if ((c->ops[i] == CmpOpKind::Is || c->ops[i] == CmpOpKind::IsNot) && (left || right)) {
        warn(c->loc.line, "SyntaxWarning",
             c->ops[i] == CmpOpKind::Is ? "\"is\" with a literal. Did you mean \"==\"?"
                                        : "\"is not\" with a literal. Did you mean \"!=\"?");
        return;
      }
      left = right;
    }
  }

  void compare(const Compare* c) {
    check_compare(c);
    auto op_of = [&](CmpOpKind k) {
      switch (k) {
        case CmpOpKind::Is: emit(Op::IS_OP, 0); break;
        case CmpOpKind::IsNot: emit(Op::IS_OP, 1); break;
        case CmpOpKind::In: emit(Op::CONTAINS_OP, 0); break;
        case CmpOpKind::NotIn: emit(Op::CONTAINS_OP, 1); break;
        default: emit(Op::COMPARE_OP, static_cast<uint32_t>(k)); break;
      }
    };
    expr(c->left);
    // fold_compare: only the last comparator of `in` / `not in` is folded.
    auto operand = [&](size_t i) {
      bool last_in = i + 1 == c->ops.size() && (c->ops[i] == CmpOpKind::In || c->ops[i] == CmpOpKind::NotIn);
      if (last_in) iterable(c->comparators[i]);
      else expr(c->comparators[i]);
    };
    if (c->ops.size() == 1) {
      operand(0);
      set_line(c->loc.line);
      op_of(c->ops[0]);
      return;
    }
    int cleanup = new_label(), end = new_label();
    for (size_t i = 0; i + 1 < c->ops.size(); ++i) {
      expr(c->comparators[i]);
      emit(Op::SWAP, 2);
      emit(Op::COPY, 2);
      op_of(c->ops[i]);
      emit_jump(Op::JUMP_IF_FALSE_OR_POP, cleanup);
    }
    operand(c->ops.size() - 1);
    op_of(c->ops.back());
    emit_jump(Op::JUMP, end);
    bind(cleanup);
    unit().depth += 1;  // [left, result]
    emit(Op::SWAP, 2);
    emit(Op::POP_TOP, 0);
    bind(end);
  }

  // Conditional jump with the usual short-circuit structure.
  void jump_if(const Expr* e, bool cond, int label) {
    NestGuard guard(*this, e->loc);
    if (e->kind == ExprKind::UnaryOp && static_cast<const UnaryOp*>(e)->op == UnaryOpKind::Not) {
      jump_if(static_cast<const UnaryOp*>(e)->operand, !cond, label);
      return;
    }
    if (e->kind == ExprKind::BoolOp) {
      auto* b = static_cast<const BoolOp*>(e);
      bool is_and = b->op == BoolOpKind::And;
      if (is_and != cond) {
        // and-jump-if-false / or-jump-if-true: any operand decides.
        for (Expr* v : b->values) jump_if(v, cond, label);
      } else {
        int skip = new_label();
        for (size_t i = 0; i + 1 < b->values.size(); ++i) jump_if(b->values[i], !cond, skip);
        jump_if(b->values.back(), cond, label);
        bind(skip);
      }
      return;
    }
    expr(e);
    emit_jump(cond ? Op::POP_JUMP_IF_TRUE : Op::POP_JUMP_IF_FALSE, label);
  }

  void sequence(const std::vector<Expr*>& elts, Op build, bool is_tuple) {
    bool has_star = false;
    for (Expr* x : elts) has_star = has_star || x->kind == ExprKind::Starred;
    if (!has_star) {
      for (Expr* x : elts) expr(x);
      emit(build, static_cast<uint32_t>(elts.size()));
      return;
    }
    Op start = build == Op::BUILD_SET ? Op::BUILD_SET : Op::BUILD_LIST;
    Op add_many = build == Op::BUILD_SET ? Op::SET_UPDATE : Op::LIST_EXTEND;
    emit(start, 0);
    for (Expr* x : elts) {
      if (x->kind == ExprKind::Starred) {
        expr(static_cast<const Starred*>(x)->value);
        emit(add_many, 1);
      } else {
        expr(x);
        emit(build == Op::BUILD_SET ? Op::SET_ADD : Op::LIST_APPEND, 1);
      }
    }
    if (is_tuple) emit(Op::LIST_TO_TUPLE, 0);
  }

  void dict_display(const Dict* d) {
    size_t i = 0;
    size_t n = d->keys.size();
    bool built = false;
    while (i < n) {
      size_t run = 0;
      while (i + run < n && d->keys[i + run]) {
        expr(d->keys[i + run]);
        expr(d->values[i + run]);
        ++run;
      }
      if (run) {
        emit(Op::BUILD_MAP, static_cast<uint32_t>(run));
        if (built) emit(Op::DICT_UPDATE, 1);
        built = true;
        i += run;
      }
      if (i < n && !d->keys[i]) {
        if (!built) {
          emit(Op::BUILD_MAP, 0);
          built = true;
        }
        expr(d->values[i]);
        emit(Op::DICT_UPDATE, 1);
        ++i;
      }
    }
    if (!built) emit(Op::BUILD_MAP, 0);
  }

  void call(const Call* c) {
    // obj.method(...) without star-args uses LOAD_METHOD.
    bool simple = true;
    for (Expr* a : c->args) simple = simple && a->kind != ExprKind::Starred;
    for (Keyword* k : c->keywords) simple = simple && !k->arg.empty();
    if (c->func->kind == ExprKind::Attribute && simple) {
      auto* a = static_cast<const Attribute*>(c->func);
      expr(a->value);
      set_line(a->loc.end_line > 0 ? a->loc.line : c->loc.line);
      emit(Op::LOAD_METHOD, name_index(a->attr));
      call_args(0, c->args, c->keywords, c->loc);
      return;
    }
    if (c->func->kind == ExprKind::Name && is_global_load(static_cast<const Name*>(c->func)->id)) {
      set_line(c->func->loc.line);
      emit(Op::LOAD_GLOBAL_CALLABLE, name_index(static_cast<const Name*>(c->func)->id));
    } else {
      emit(Op::PUSH_NULL, 0);
      expr(c->func);
    }
    call_args(0, c->args, c->keywords, c->loc);
  }

  // True when name_op would load `n` with LOAD_GLOBAL.
  bool is_global_load(const std::string& n) {
    if (n == "__debug__") return false;
    Scope* s = unit().scope;
    NameKind k = s->kind_of(n);
    if (k == NameKind::GlobalExplicit) return true;
    if (k == NameKind::GlobalImplicit) return !implicit_names_in_namespace(s);
    return false;
  }

  // Emits the arguments and the call; `already` values are on the stack as
  // leading positional arguments (class definitions).
  void call_args(int already, const std::vector<Expr*>& args, const std::vector<Keyword*>& kws, const Loc& loc) {
    for (size_t i = 0; i < kws.size(); ++i)
      for (size_t j = 0; j < i; ++j)
        if (!kws[i]->arg.empty() && kws[i]->arg == kws[j]->arg)
          error("keyword argument repeated: " + kws[i]->arg, kws[i]->loc);
    bool star = false;
    for (Expr* a : args) star = star || a->kind == ExprKind::Starred;
    for (Keyword* k : kws) star = star || k->arg.empty();
    if (!star) {
      for (Expr* a : args) expr(a);
      std::vector<rt::Value> names;
      for (Keyword* k : kws) {
        expr(k->value);
        names.push_back(str_const(k->arg));
      }
      set_line(loc.line);
      if (!names.empty()) emit(Op::KW_NAMES, const_index(make_obj(rt::new_tuple(std::move(names)))));
      emit(Op::CALL, static_cast<uint32_t>(already + args.size() + kws.size()));
      return;
    }
    // General form: build the positional tuple and the keyword dict. A lone
    // `*x` is passed as it is (CPython 3.11): CALL_EX makes the tuple, and
    // its error names the callee.
    if (already == 0 && args.size() == 1 && args[0]->kind == ExprKind::Starred) {
      expr(static_cast<const Starred*>(args[0])->value);
    } else {
      emit(Op::BUILD_LIST, already);
      for (Expr* a : args) {
        if (a->kind == ExprKind::Starred) {
          expr(static_cast<const Starred*>(a)->value);
          emit(Op::LIST_EXTEND, 1);
        } else {
          expr(a);
          emit(Op::LIST_APPEND, 1);
        }
      }
      emit(Op::LIST_TO_TUPLE, 0);
    }
    uint32_t flags = 0;
    if (!kws.empty()) {
      emit(Op::BUILD_MAP, 0);
      for (Keyword* k : kws) {
        if (k->arg.empty()) {
          expr(k->value);
        } else {
          load_const(str_const(k->arg));
          expr(k->value);
          emit(Op::BUILD_MAP, 1);
        }
        emit(Op::DICT_MERGE, 1);
      }
      flags = 1;
    }
    set_line(loc.line);
    emit(Op::CALL_EX, flags);
  }

  void comprehension(const Comp* c) {
    Scope* s = symtab_.scope_for(c);
    std::string name = s->name;
    begin_unit(s, name, child_qualname(name), c->loc.line);
    Code* code = unit().code;
    code->argcount = 1;
    Op build = c->kind == ExprKind::ListComp ? Op::BUILD_LIST
               : c->kind == ExprKind::SetComp ? Op::BUILD_SET
               : c->kind == ExprKind::DictComp ? Op::BUILD_MAP
                                                : Op::NOP;
    if (build != Op::NOP) emit(build, 0);
    comp_generator(c, 0, static_cast<int>(c->generators.size()));
    if (build == Op::NOP) load_const(make_none());
    emit(Op::RETURN_VALUE, 0);
    Code* done = end_unit();
    emit(Op::PUSH_NULL, 0);
    uint32_t flags = load_closure(s);
    load_const(make_obj(done));
    emit(Op::MAKE_FUNCTION, flags);
    iterable(c->generators[0]->iter);
    if (c->generators[0]->is_async) emit(Op::GET_AITER, 0);
    else emit(Op::GET_ITER, 0);
    emit(Op::CALL, 1);
    if (s->is_coroutine && c->kind != ExprKind::GeneratorExp) await_tos();
  }

  void comp_generator(const Comp* c, int index, int total) {
    Comprehension* g = c->generators[index];
    int top = new_label(), exit = new_label(), handler = new_label();
    if (index == 0) {
      emit(Op::LOAD_FAST, 0);  // .0
    } else {
      iterable(g->iter);
      emit(g->is_async ? Op::GET_AITER : Op::GET_ITER, 0);
    }
    bind(top);
    int prev = -1;
    if (g->is_async) {
      prev = push_handler(handler);
      emit(Op::GET_ANEXT, 0);
      load_const(make_none());
      send_loop();
      pop_handler(prev);
    } else {
      emit_jump(Op::FOR_ITER, exit);
    }
    store_target(g->target);
    for (Expr* cond : g->ifs) jump_if(cond, false, top);
    if (index + 1 < total) {
      comp_generator(c, index + 1, total);
    } else {
      int depth = total + 1;
      switch (c->kind) {
        case ExprKind::ListComp:
          expr(c->elt);
          emit(Op::LIST_APPEND, depth);
          break;
        case ExprKind::SetComp:
          expr(c->elt);
          emit(Op::SET_ADD, depth);
          break;
        case ExprKind::DictComp:
          expr(c->key);
          expr(c->value);
          emit(Op::MAP_ADD, depth);
          break;
        default:
          expr(c->elt);
          emit(Op::YIELD_VALUE, unit().scope->is_coroutine ? 1 : 0);
          emit(Op::POP_TOP, 0);
          break;
      }
    }
    emit_jump(Op::JUMP, top);
    if (g->is_async) {
      bind(handler);
      emit(Op::END_ASYNC_FOR, 0);
    } else {
      bind(exit);
    }
  }
};

}  // namespace

Code* compile_module(const ast::Module* mod, const CompileOptions& opts) {
  Compiler c(opts);
  return c.module(mod);
}

}  // namespace coil::vm
