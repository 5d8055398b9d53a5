#include "vm/symtable.h"

#include <algorithm>
#include <set>

namespace coil::vm {

using namespace coil::ast;

void Scope::note(const std::string& n, unsigned f) {
  auto it = flags.find(n);
  if (it == flags.end()) {
    flags.emplace(n, f);
    order.push_back(n);
  } else {
    it->second |= f;
  }
}

NameKind Scope::kind_of(const std::string& n) const {
  auto it = kinds.find(n);
  if (it != kinds.end()) return it->second;
  return kind == ScopeKind::Module ? NameKind::GlobalImplicit : NameKind::GlobalImplicit;
}

Scope* SymbolTable::new_scope(ScopeKind k, const std::string& name, const Node* node, Scope* parent) {
  scopes_.push_back(std::make_unique<Scope>());
  Scope* s = scopes_.back().get();
  s->kind = k;
  s->name = name;
  s->node = node;
  s->parent = parent;
  if (parent) parent->children.push_back(s);
  if (node) by_node_[node] = s;
  return s;
}

Scope* SymbolTable::scope_for(const Node* n) const {
  auto it = by_node_.find(n);
  return it == by_node_.end() ? nullptr : it->second;
}

// The first pass: records definitions and uses per scope.
class ScopeBuilder {
 public:
  explicit ScopeBuilder(SymbolTable& t) : t_(t) {}

  void module(const Module* m, Scope* s) {
    cur_ = s;
    for (Stmt* st : m->body) stmt(st);
  }

 private:
  SymbolTable& t_;
  Scope* cur_ = nullptr;
  // AST depth of the walk. This pass runs before the compiler's own guard
  // (kMaxNesting in compiler.cpp), so it needs one too: `1+1+...+1` with
  // 100k terms is a left-leaning tree that deep, and would overflow the C
  // stack. Same limit and message as the compiler.
  static constexpr int kMaxNesting = 3000;
  int nesting_ = 0;

  struct NestGuard {
    ScopeBuilder& b;
    NestGuard(ScopeBuilder& b, const Loc& loc) : b(b) {
      if (++b.nesting_ > kMaxNesting) {
        --b.nesting_;
        throw CompileError{"maximum recursion depth exceeded during compilation", loc, true};
      }
    }
    ~NestGuard() { --b.nesting_; }
  };

  [[noreturn]] void error(const std::string& msg, const Loc& loc) { throw CompileError{msg, loc}; }

  void def(const std::string& n, const Loc& loc) {
    unsigned f = cur_->flags.count(n) ? cur_->flags[n] : 0;
    (void)loc;
    if (f & (Scope::DEF_GLOBAL | Scope::DEF_NONLOCAL)) return;
    cur_->note(n, Scope::DEF_LOCAL);
  }
  void use(const std::string& n) { cur_->note(n, Scope::USE); }

  void body(const Body& b) {
    for (Stmt* s : b) stmt(s);
  }

  void arguments(const Arguments* a) {
    // Defaults are evaluated in the enclosing scope.
    for (Expr* d : a->defaults) expr(d);
    for (Expr* d : a->kw_defaults)
      if (d) expr(d);
  }

  void params(Scope* s, const Arguments* a) {
    auto add = [&](Arg* arg) {
      if (!arg) return;
      if (s->flags.count(arg->name) && (s->flags[arg->name] & Scope::DEF_PARAM))
        error("duplicate argument '" + arg->name + "' in function definition", arg->loc);
      s->note(arg->name, Scope::DEF_PARAM);
      s->params.push_back(arg->name);
    };
    for (Arg* x : a->posonlyargs) add(x);
    for (Arg* x : a->args) add(x);
    for (Arg* x : a->kwonlyargs) add(x);
    add(a->vararg);
    add(a->kwarg);
  }

  // Parameter and return annotations, evaluated in the enclosing scope when
  // the def runs.
  void annotations(const FunctionDef* f) {
    const Arguments* a = f->args;
    for (Arg* x : a->posonlyargs)
      if (x->annotation) expr(x->annotation);
    for (Arg* x : a->args)
      if (x->annotation) expr(x->annotation);
    if (a->vararg && a->vararg->annotation) expr(a->vararg->annotation);
    for (Arg* x : a->kwonlyargs)
      if (x->annotation) expr(x->annotation);
    if (a->kwarg && a->kwarg->annotation) expr(a->kwarg->annotation);
    if (f->returns) expr(f->returns);
  }

  void function(const FunctionDef* f) {
    for (Expr* d : f->decorators) expr(d);
    arguments(f->args);
    annotations(f);
    def(f->name, f->loc);
    Scope* s = t_.new_scope(ScopeKind::Function, f->name, f, cur_);
    s->is_coroutine = f->is_async;
    params(s, f->args);
    Scope* saved = cur_;
    cur_ = s;
    body(f->body);
    cur_ = saved;
  }

  void stmt(const Stmt* s) {
    NestGuard guard(*this, s->loc);
    switch (s->kind) {
      case StmtKind::FunctionDef: function(static_cast<const FunctionDef*>(s)); break;
      case StmtKind::ClassDef: {
        auto* c = static_cast<const ClassDef*>(s);
        for (Expr* d : c->decorators) expr(d);
        for (Expr* b : c->bases) expr(b);
        for (Keyword* k : c->keywords) expr(k->value);
        def(c->name, c->loc);
        Scope* cs = t_.new_scope(ScopeKind::Class, c->name, c, cur_);
        Scope* saved = cur_;
        cur_ = cs;
        body(c->body);
        cur_ = saved;
        break;
      }
      case StmtKind::Return: {
        auto* r = static_cast<const Return*>(s);
        if (r->value) expr(r->value);
        break;
      }
      case StmtKind::Delete:
        for (Expr* e : static_cast<const Delete*>(s)->targets) expr(e);
        break;
      case StmtKind::Assign: {
        auto* a = static_cast<const Assign*>(s);
        expr(a->value);
        for (Expr* t : a->targets) expr(t);
        break;
      }
      case StmtKind::AugAssign: {
        auto* a = static_cast<const AugAssign*>(s);
        expr(a->value);
        if (a->target->kind == ExprKind::Name) use(static_cast<Name*>(a->target)->id);
        expr(a->target);
        break;
      }
      case StmtKind::AnnAssign: {
        auto* a = static_cast<const AnnAssign*>(s);
        if (a->value) expr(a->value);
        expr(a->target);
        // Visited wherever it stands, as CPython's symtable does, although
        // only module and class bodies evaluate it: a lambda or a
        // comprehension in it needs its scope.
        expr(a->annotation);
        break;
      }
      case StmtKind::For: {
        auto* f = static_cast<const For*>(s);
        expr(f->iter);
        expr(f->target);
        body(f->body);
        body(f->orelse);
        break;
      }
      case StmtKind::While: {
        auto* w = static_cast<const While*>(s);
        expr(w->test);
        body(w->body);
        body(w->orelse);
        break;
      }
      case StmtKind::If: {
        auto* i = static_cast<const If*>(s);
        expr(i->test);
        body(i->body);
        body(i->orelse);
        break;
      }
      case StmtKind::With: {
        auto* w = static_cast<const With*>(s);
        for (WithItem* it : w->items) {
          expr(it->context_expr);
          if (it->optional_vars) expr(it->optional_vars);
        }
        body(w->body);
        break;
      }
      case StmtKind::Raise: {
        auto* r = static_cast<const Raise*>(s);
        if (r->exc) expr(r->exc);
        if (r->cause) expr(r->cause);
        break;
      }
      case StmtKind::Try:
      case StmtKind::TryStar: {
        auto* t = static_cast<const Try*>(s);
        body(t->body);
        for (ExceptHandler* h : t->handlers) {
          if (h->type) expr(h->type);
          if (!h->name.empty()) def(h->name, h->loc);
          body(h->body);
        }
        body(t->orelse);
        body(t->finalbody);
        break;
      }
      case StmtKind::Assert: {
        auto* a = static_cast<const Assert*>(s);
        expr(a->test);
        if (a->msg) expr(a->msg);
        break;
      }
      case StmtKind::Import:
        for (Alias* a : static_cast<const Import*>(s)->names) {
          std::string n = a->asname.empty() ? a->name.substr(0, a->name.find('.')) : a->asname;
          def(n, a->loc);
        }
        break;
      case StmtKind::ImportFrom:
        for (Alias* a : static_cast<const ImportFrom*>(s)->names) {
          if (a->name == "*") {
            if (cur_->kind != ScopeKind::Module) error("import * only allowed at module level", s->loc);
            continue;
          }
          def(a->asname.empty() ? a->name : a->asname, a->loc);
        }
        break;
      case StmtKind::Global:
        for (const std::string& n : static_cast<const Global*>(s)->names) {
          auto it = cur_->flags.find(n);
          if (it != cur_->flags.end() && (it->second & (Scope::USE | Scope::DEF_LOCAL))) {
            bool assigned = it->second & Scope::DEF_LOCAL;
            // CPython 3.11's wording differs between the two cases.
            error("name '" + n + "' is " + (assigned ? "assigned to before" : "used prior to") + " global declaration",
                  s->loc);
          }
          if (it != cur_->flags.end() && (it->second & Scope::DEF_PARAM))
            error("name '" + n + "' is parameter and global", s->loc);
          cur_->note(n, Scope::DEF_GLOBAL);
        }
        break;
      case StmtKind::Nonlocal:
        if (cur_->kind == ScopeKind::Module) error("nonlocal declaration not allowed at module level", s->loc);
        for (const std::string& n : static_cast<const Nonlocal*>(s)->names) {
          auto it = cur_->flags.find(n);
          if (it != cur_->flags.end() && (it->second & (Scope::USE | Scope::DEF_LOCAL))) {
            bool assigned = it->second & Scope::DEF_LOCAL;
            // CPython 3.11's wording differs between the two cases.
            error("name '" + n + "' is " + (assigned ? "assigned to before" : "used prior to") + " nonlocal declaration",
                  s->loc);
          }
          if (it != cur_->flags.end() && (it->second & Scope::DEF_PARAM))
            error("name '" + n + "' is parameter and nonlocal", s->loc);
          cur_->note(n, Scope::DEF_NONLOCAL);
          cur_->nonlocal_at.emplace(n, s->loc);
        }
        break;
      case StmtKind::Match: {
        auto* m = static_cast<const Match*>(s);
        expr(m->subject);
        for (const MatchCase* c : m->cases) {
          pattern(c->pattern);
          if (c->guard) expr(c->guard);
          body(c->body);
        }
        break;
      }
      case StmtKind::ExprStmt: expr(static_cast<const ExprStmt*>(s)->value); break;
      case StmtKind::Pass:
      case StmtKind::Break:
      case StmtKind::Continue: break;
    }
  }

  // Captures bind names in the current scope like assignments do; value
  // patterns, class names and mapping keys are loads.
  void pattern(const Pattern* p) {
    NestGuard guard(*this, p->loc);
    switch (p->kind) {
      case PatternKind::MatchValue: expr(static_cast<const MatchValue*>(p)->value); break;
      case PatternKind::MatchSingleton: break;
      case PatternKind::MatchSequence:
        for (const Pattern* x : static_cast<const MatchSequence*>(p)->patterns) pattern(x);
        break;
      case PatternKind::MatchMapping: {
        auto* m = static_cast<const MatchMapping*>(p);
        for (const Expr* k : m->keys) expr(k);
        for (const Pattern* x : m->patterns) pattern(x);
        if (!m->rest.empty()) def(m->rest, p->loc);
        break;
      }
      case PatternKind::MatchClass: {
        auto* c = static_cast<const MatchClass*>(p);
        expr(c->cls);
        for (const Pattern* x : c->patterns) pattern(x);
        for (const Pattern* x : c->kwd_patterns) pattern(x);
        break;
      }
      case PatternKind::MatchStar: {
        auto* st = static_cast<const MatchStar*>(p);
        if (!st->name.empty()) def(st->name, p->loc);
        break;
      }
      case PatternKind::MatchAs: {
        auto* a = static_cast<const MatchAs*>(p);
        if (a->pattern) pattern(a->pattern);
        if (!a->name.empty()) def(a->name, p->loc);
        break;
      }
      case PatternKind::MatchOr:
        for (const Pattern* x : static_cast<const MatchOr*>(p)->patterns) pattern(x);
        break;
    }
  }

  static void note_iter_vars(Scope* s, const Expr* target) {
    switch (target->kind) {
      case ExprKind::Name: s->comp_iter_vars.insert(static_cast<const Name*>(target)->id); break;
      case ExprKind::Tuple:
        for (const Expr* e : static_cast<const Tuple*>(target)->elts) note_iter_vars(s, e);
        break;
      case ExprKind::List:
        for (const Expr* e : static_cast<const List*>(target)->elts) note_iter_vars(s, e);
        break;
      case ExprKind::Starred: note_iter_vars(s, static_cast<const Starred*>(target)->value); break;
      default: break;
    }
  }

  void comprehension(const Comp* c) {
    // The first iterable is evaluated in the enclosing scope.
    expr(c->generators[0]->iter);
    Scope* s = t_.new_scope(ScopeKind::Function,
                            c->kind == ExprKind::ListComp ? "<listcomp>"
                            : c->kind == ExprKind::SetComp ? "<setcomp>"
                            : c->kind == ExprKind::DictComp ? "<dictcomp>"
                                                            : "<genexpr>",
                            c, cur_);
    s->is_comprehension = true;
    s->note(".0", Scope::DEF_PARAM);
    s->params.push_back(".0");
    if (c->kind == ExprKind::GeneratorExp) s->is_generator = true;
    Scope* saved = cur_;
    cur_ = s;
    for (size_t i = 0; i < c->generators.size(); ++i) {
      Comprehension* g = c->generators[i];
      if (i > 0) expr(g->iter);
      note_iter_vars(s, g->target);
      expr(g->target);
      for (Expr* e : g->ifs) expr(e);
      if (g->is_async) s->is_coroutine = true;
    }
    if (c->elt) expr(c->elt);
    if (c->key) expr(c->key);
    if (c->value) expr(c->value);
    cur_ = saved;
  }

  void expr(const Expr* e) {
    if (!e) return;
    NestGuard guard(*this, e->loc);
    switch (e->kind) {
      case ExprKind::Name: {
        auto* n = static_cast<const Name*>(e);
        if (n->ctx == Ctx::Load) {
          use(n->id);
          if (n->id == "super") cur_->uses_super = true;
        } else {
          def(n->id, n->loc);
        }
        break;
      }
      case ExprKind::Constant: break;
      case ExprKind::JoinedStr:
        for (Expr* v : static_cast<const JoinedStr*>(e)->values) expr(v);
        break;
      case ExprKind::FormattedValue: {
        auto* f = static_cast<const FormattedValue*>(e);
        expr(f->value);
        expr(f->format_spec);
        break;
      }
      case ExprKind::BinOp: {
        auto* b = static_cast<const BinOp*>(e);
        expr(b->left);
        expr(b->right);
        break;
      }
      case ExprKind::UnaryOp: expr(static_cast<const UnaryOp*>(e)->operand); break;
      case ExprKind::BoolOp:
        for (Expr* v : static_cast<const BoolOp*>(e)->values) expr(v);
        break;
      case ExprKind::Compare: {
        auto* c = static_cast<const Compare*>(e);
        expr(c->left);
        for (Expr* x : c->comparators) expr(x);
        break;
      }
      case ExprKind::Call: {
        auto* c = static_cast<const Call*>(e);
        expr(c->func);
        for (Expr* a : c->args) expr(a);
        for (Keyword* k : c->keywords) expr(k->value);
        break;
      }
      case ExprKind::Attribute: expr(static_cast<const Attribute*>(e)->value); break;
      case ExprKind::Subscript: {
        auto* s = static_cast<const Subscript*>(e);
        expr(s->value);
        expr(s->slice);
        break;
      }
      case ExprKind::Slice: {
        auto* s = static_cast<const Slice*>(e);
        expr(s->lower);
        expr(s->upper);
        expr(s->step);
        break;
      }
      case ExprKind::List:
        for (Expr* x : static_cast<const List*>(e)->elts) expr(x);
        break;
      case ExprKind::Tuple:
        for (Expr* x : static_cast<const Tuple*>(e)->elts) expr(x);
        break;
      case ExprKind::Set:
        for (Expr* x : static_cast<const Set*>(e)->elts) expr(x);
        break;
      case ExprKind::Dict: {
        auto* d = static_cast<const Dict*>(e);
        for (size_t i = 0; i < d->values.size(); ++i) {
          expr(d->keys[i]);
          expr(d->values[i]);
        }
        break;
      }
      case ExprKind::ListComp:
      case ExprKind::SetComp:
      case ExprKind::DictComp:
      case ExprKind::GeneratorExp: comprehension(static_cast<const Comp*>(e)); break;
      case ExprKind::Lambda: {
        auto* l = static_cast<const Lambda*>(e);
        arguments(l->args);
        Scope* s = t_.new_scope(ScopeKind::Function, "<lambda>", l, cur_);
        s->is_lambda = true;
        params(s, l->args);
        Scope* saved = cur_;
        cur_ = s;
        expr(l->body);
        cur_ = saved;
        break;
      }
      case ExprKind::IfExp: {
        auto* i = static_cast<const IfExp*>(e);
        expr(i->test);
        expr(i->body);
        expr(i->orelse);
        break;
      }
      case ExprKind::Await:
        expr(static_cast<const Await*>(e)->value);
        if (cur_->is_comprehension) cur_->is_coroutine = true;
        break;
      case ExprKind::Yield:
        expr(static_cast<const Yield*>(e)->value);
        cur_->is_generator = true;
        break;
      case ExprKind::YieldFrom:
        expr(static_cast<const YieldFrom*>(e)->value);
        cur_->is_generator = true;
        break;
      case ExprKind::Starred: expr(static_cast<const Starred*>(e)->value); break;
      case ExprKind::NamedExpr: {
        auto* n = static_cast<const NamedExpr*>(e);
        expr(n->value);
        for (Scope* c = cur_; c && c->is_comprehension; c = c->parent)
          if (c->comp_iter_vars.count(n->target->id))
            error("assignment expression cannot rebind comprehension iteration variable '" + n->target->id + "'",
                  n->loc);
        // In a comprehension the target binds in the enclosing function.
        Scope* target = cur_;
        while (target->is_comprehension && target->parent) target = target->parent;
        if (target != cur_) {
          if (target->kind == ScopeKind::Class)
            error("assignment expression within a comprehension cannot be used in a class body", n->loc);
          Scope* saved = cur_;
          cur_ = target;
          def(n->target->id, n->loc);
          cur_ = saved;
          // The comprehensions in between see the name as the target
          // scope's variable: a global at module level or where the
          // function declares it global, else a free one.
          auto declared = target->flags.find(n->target->id);
          bool global = target->kind == ScopeKind::Module ||
                        (declared != target->flags.end() && (declared->second & Scope::DEF_GLOBAL));
          unsigned how = global ? Scope::DEF_GLOBAL : Scope::DEF_NONLOCAL;
          for (Scope* s = saved; s != target; s = s->parent) s->note(n->target->id, how);
        } else {
          def(n->target->id, n->loc);
        }
        break;
      }
    }
  }
};

// The second pass: resolves each name, propagating free variables upward.
// `bound` holds the names bound in enclosing function scopes.
static std::set<std::string> analyze(Scope* s, const std::set<std::string>& bound,
                                     const std::set<std::string>& enclosing_globals) {
  std::set<std::string> local_names;
  std::set<std::string> globals_here = enclosing_globals;
  for (const std::string& n : s->order) {
    unsigned f = s->flags[n];
    if (f & Scope::DEF_GLOBAL) {
      s->kinds[n] = NameKind::GlobalExplicit;
      globals_here.insert(n);
    } else if (f & Scope::DEF_NONLOCAL) {
      if (!bound.count(n) && !(s->is_comprehension))
        throw CompileError{"no binding for nonlocal '" + n + "' found",
                           s->nonlocal_at.count(n) ? s->nonlocal_at[n] : s->node ? s->node->loc : ast::Loc{}};
      s->kinds[n] = NameKind::Free;
    } else if (f & (Scope::DEF_LOCAL | Scope::DEF_PARAM)) {
      s->kinds[n] = s->kind == ScopeKind::Module ? NameKind::GlobalImplicit : NameKind::Local;
      if (s->kind != ScopeKind::Module) local_names.insert(n);
      globals_here.erase(n);
    } else if (s->kind != ScopeKind::Module && bound.count(n) && !globals_here.count(n)) {
      s->kinds[n] = NameKind::Free;
    } else {
      s->kinds[n] = enclosing_globals.count(n) ? NameKind::GlobalExplicit : NameKind::GlobalImplicit;
    }
  }
  // Names visible to nested functions.
  std::set<std::string> child_bound;
  if (s->kind == ScopeKind::Function) {
    child_bound = bound;
    for (const std::string& n : local_names) child_bound.insert(n);
    for (auto& [n, k] : s->kinds)
      if (k == NameKind::Free) child_bound.insert(n);
    for (auto& [n, k] : s->kinds)
      if (k == NameKind::GlobalExplicit) child_bound.erase(n);
  } else if (s->kind == ScopeKind::Class) {
    child_bound = bound;
    child_bound.insert("__class__");
  }
  std::set<std::string> needed_from_children;
  for (Scope* c : s->children) {
    // A method that uses super() needs the __class__ cell of its class.
    if (s->kind == ScopeKind::Class && c->kind == ScopeKind::Function && c->uses_super && !c->is_comprehension) {
      c->note("__class__", Scope::USE);
    }
    std::set<std::string> free = analyze(c, child_bound, s->kind == ScopeKind::Module ? std::set<std::string>{}
                                                                                      : globals_here);
    needed_from_children.insert(free.begin(), free.end());
  }
  std::set<std::string> my_free;
  for (const std::string& n : needed_from_children) {
    if (s->kind == ScopeKind::Class && n == "__class__") {
      s->needs_class_cell = true;
      continue;
    }
    auto it = s->kinds.find(n);
    if (it != s->kinds.end() && it->second == NameKind::Local && s->kind == ScopeKind::Function) {
      it->second = NameKind::Cell;
    } else if (it != s->kinds.end() && it->second == NameKind::Cell) {
    } else {
      if (it == s->kinds.end()) s->order.push_back(n);
      s->kinds[n] = NameKind::Free;
    }
  }
  for (const std::string& n : s->order) {
    auto k = s->kinds[n];
    if (k == NameKind::Cell) s->cellvars.push_back(n);
    if (k == NameKind::Free) {
      s->freevars.push_back(n);
      my_free.insert(n);
    }
  }
  if (s->needs_class_cell) s->cellvars.push_back("__class__");
  return my_free;
}

Scope* SymbolTable::build(const Module* mod) {
  Scope* top = new_scope(ScopeKind::Module, "<module>", mod, nullptr);
  ScopeBuilder b(*this);
  b.module(mod, top);
  analyze(top, {}, {});
  return top;
}

}  // namespace coil::vm
