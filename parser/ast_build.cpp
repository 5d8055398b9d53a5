// Node construction helpers for the grammar actions, with CPython 3.11's
// error messages for the constructs its grammar rejects specially.
#include "parser/ast_build.h"

#include <algorithm>

namespace coil::parse {

using namespace coil::ast;

void raise_error(ParseCtx& ctx, const std::string& msg, const Loc& loc, const char* type, bool incomplete) {
  SyntaxError e;
  e.type = type;
  e.msg = msg;
  e.filename = ctx.filename;
  e.line = loc.line;
  e.col = loc.col;
  e.end_line = loc.end_line;
  e.end_col = loc.end_col;
  e.incomplete = incomplete;
  throw SyntaxErrorException{e};
}

Loc end_loc(const Loc& loc) { return Loc{loc.end_line, loc.end_col, loc.end_line, loc.end_col}; }

namespace {

template <class T>
T* node(ParseCtx& ctx, const Loc& loc) {
  T* n = ctx.arena.make<T>();
  n->loc = loc;
  return n;
}

// Compound statements end where their last nested statement ends.
void end_with(Stmt* s, const Body& body) {
  if (body.empty()) return;
  s->loc.end_line = body.back()->loc.end_line;
  s->loc.end_col = body.back()->loc.end_col;
}

bool same_loc(const Loc& a, const Loc& b) {
  return a.line == b.line && a.col == b.col && a.end_line == b.end_line && a.end_col == b.end_col;
}

bool is_const(const Expr* e, ConstKind k) {
  return e->kind == ExprKind::Constant && static_cast<const Constant*>(e)->ckind == k;
}

// The first sub-expression that cannot be a target, or null.
const Expr* invalid_target(const Expr* e, Ctx c) {
  switch (e->kind) {
    case ExprKind::Name:
    case ExprKind::Attribute:
    case ExprKind::Subscript:
      return nullptr;
    case ExprKind::Starred:
      if (c == Ctx::Del) return e;
      return invalid_target(static_cast<const Starred*>(e)->value, c);
    case ExprKind::Tuple:
      for (const Expr* x : static_cast<const Tuple*>(e)->elts)
        if (const Expr* bad = invalid_target(x, c)) return bad;
      return nullptr;
    case ExprKind::List:
      for (const Expr* x : static_cast<const List*>(e)->elts)
        if (const Expr* bad = invalid_target(x, c)) return bad;
      return nullptr;
    default:
      return e;
  }
}

void apply_context(Expr* e, Ctx c) {
  switch (e->kind) {
    case ExprKind::Name: static_cast<Name*>(e)->ctx = c; break;
    case ExprKind::Attribute: static_cast<Attribute*>(e)->ctx = c; break;
    case ExprKind::Subscript: static_cast<Subscript*>(e)->ctx = c; break;
    case ExprKind::Starred:
      static_cast<Starred*>(e)->ctx = c;
      apply_context(static_cast<Starred*>(e)->value, c);
      break;
    case ExprKind::Tuple:
      static_cast<Tuple*>(e)->ctx = c;
      for (Expr* x : static_cast<Tuple*>(e)->elts) apply_context(x, c);
      break;
    case ExprKind::List:
      static_cast<List*>(e)->ctx = c;
      for (Expr* x : static_cast<List*>(e)->elts) apply_context(x, c);
      break;
    default: break;
  }
}

// Expressions at CPython's bitwise_or level or tighter.
bool is_bitwise_or_level(const Expr* e) {
  switch (e->kind) {
    case ExprKind::Compare: case ExprKind::BoolOp: case ExprKind::IfExp: case ExprKind::Lambda:
    case ExprKind::NamedExpr: case ExprKind::Starred: case ExprKind::Yield: case ExprKind::YieldFrom:
      return false;
    case ExprKind::UnaryOp:
      return static_cast<const UnaryOp*>(e)->op != UnaryOpKind::Not;
    default:
      return true;
  }
}

void split_args(ParseCtx& ctx, std::vector<ArgItem>& items, std::vector<Expr*>& args,
                std::vector<Keyword*>& kws) {
  bool seen_kw = false, seen_kwunpack = false;
  for (ArgItem& it : items) {
    switch (it.kind) {
      case ArgItem::Comma:
        break;
      case ArgItem::Gen:
        if (items.size() > 1) raise_error(ctx, "Generator expression must be parenthesized", it.loc);
        args.push_back(it.value);
        break;
      case ArgItem::Pos:
        if (seen_kwunpack) raise_error(ctx, "positional argument follows keyword argument unpacking", end_loc(it.loc));
        if (seen_kw) raise_error(ctx, "positional argument follows keyword argument", end_loc(it.loc));
        args.push_back(it.value);
        break;
      case ArgItem::Star:
        if (seen_kwunpack)
          raise_error(ctx, "iterable argument unpacking follows keyword argument unpacking", it.loc);
        args.push_back(it.value);
        break;
      case ArgItem::Kw: {
        Expr* k = it.kwname;
        if (k->kind == ExprKind::Constant) {
          auto* c = static_cast<Constant*>(k);
          if (c->ckind == ConstKind::True || c->ckind == ConstKind::False || c->ckind == ConstKind::None)
            raise_error(ctx, std::string("cannot assign to ") + expr_description(k), it.loc);
        }
        if (k->kind != ExprKind::Name || !same_loc(k->loc, it.kwloc))
          raise_error(ctx, "expression cannot contain assignment, perhaps you meant \"==\"?",
                      Loc{k->loc.line, k->loc.col, it.loc.end_line, it.loc.end_col});
        auto* kw = node<Keyword>(ctx, it.loc);
        kw->arg = static_cast<Name*>(k)->id;
        kw->value = it.value;
        kws.push_back(kw);
        seen_kw = true;
        break;
      }
      case ArgItem::StarStar: {
        auto* kw = node<Keyword>(ctx, it.loc);
        kw->value = it.value;
        kws.push_back(kw);
        seen_kwunpack = true;
        break;
      }
    }
  }
}

void check_comp_elt(ParseCtx& ctx, Expr* elt) {
  if (elt->kind == ExprKind::Starred)
    raise_error(ctx, "iterable unpacking cannot be used in comprehension", elt->loc);
}

}  // namespace

const char* expr_description(const Expr* e) {
  switch (e->kind) {
    case ExprKind::Attribute: return "attribute";
    case ExprKind::Subscript: return "subscript";
    case ExprKind::Starred: return "starred";
    case ExprKind::Name: return "name";
    case ExprKind::List: return "list";
    case ExprKind::Tuple: return "tuple";
    case ExprKind::Lambda: return "lambda";
    case ExprKind::Call: return "function call";
    case ExprKind::BoolOp: case ExprKind::BinOp: case ExprKind::UnaryOp: return "expression";
    case ExprKind::GeneratorExp: return "generator expression";
    case ExprKind::Yield: case ExprKind::YieldFrom: return "yield expression";
    case ExprKind::Await: return "await expression";
    case ExprKind::ListComp: return "list comprehension";
    case ExprKind::SetComp: return "set comprehension";
    case ExprKind::DictComp: return "dict comprehension";
    case ExprKind::Dict: return "dict literal";
    case ExprKind::Set: return "set display";
    case ExprKind::JoinedStr: case ExprKind::FormattedValue: return "f-string expression";
    case ExprKind::Constant:
      switch (static_cast<const Constant*>(e)->ckind) {
        case ConstKind::None: return "None";
        case ConstKind::True: return "True";
        case ConstKind::False: return "False";
        case ConstKind::Ellipsis: return "ellipsis";
        default: return "literal";
      }
    case ExprKind::Compare: return "comparison";
    case ExprKind::IfExp: return "conditional expression";
    case ExprKind::NamedExpr: return "named expression";
    case ExprKind::Slice: return "slice";
    default: return "expression";
  }
}

void set_context(ParseCtx& ctx, Expr* e, Ctx c) {
  if (const Expr* bad = invalid_target(e, c)) {
    raise_error(ctx, std::string(c == Ctx::Del ? "cannot delete " : "cannot assign to ") + expr_description(bad),
                bad->loc);
  }
  apply_context(e, c);
}

// ---------------------------------------------------------------- statements

Module* mk_module(ParseCtx& ctx, const Loc& loc, Body body) {
  auto* m = ctx.arena.make<Module>();
  m->loc = loc;
  m->body = std::move(body);
  return m;
}

void append_body(Body& to, const Body& from) { to.insert(to.end(), from.begin(), from.end()); }

Stmt* mk_expr_stmt(ParseCtx& ctx, const Loc& loc, Expr* e) {
  auto* s = node<ExprStmt>(ctx, loc);
  s->value = e;
  return s;
}

Stmt* mk_assign(ParseCtx& ctx, const Loc& loc, std::vector<Expr*> chain) {
  auto* s = node<Assign>(ctx, loc);
  s->value = chain.back();
  chain.pop_back();
  for (Expr* t : chain) {
    if (t->kind == ExprKind::Yield || t->kind == ExprKind::YieldFrom)
      raise_error(ctx, "assignment to yield expression not possible", t->loc);
    const Expr* bad = invalid_target(t, Ctx::Store);
    if (bad == t && chain.size() == 1 && s->value->kind != ExprKind::Yield &&
        s->value->kind != ExprKind::YieldFrom && is_bitwise_or_level(t) && t->kind != ExprKind::GeneratorExp &&
        !is_const(t, ConstKind::None) && !is_const(t, ConstKind::True) && !is_const(t, ConstKind::False)) {
      raise_error(ctx,
                  std::string("cannot assign to ") + expr_description(t) +
                      " here. Maybe you meant '==' instead of '='?",
                  t->loc);
    }
    set_context(ctx, t, Ctx::Store);
  }
  s->targets = std::move(chain);
  return s;
}

Stmt* mk_augassign(ParseCtx& ctx, const Loc& loc, Expr* target, const Loc& target_loc, int op, Expr* value) {
  if (target->kind != ExprKind::Name && target->kind != ExprKind::Attribute && target->kind != ExprKind::Subscript)
    raise_error(ctx, std::string("'") + expr_description(target) + "' is an illegal expression for augmented assignment",
                target_loc);
  apply_context(target, Ctx::Store);
  auto* s = node<AugAssign>(ctx, loc);
  s->target = target;
  s->op = static_cast<BinOpKind>(op);
  s->value = value;
  return s;
}

Stmt* mk_annassign(ParseCtx& ctx, const Loc& loc, Expr* target, const Loc& target_loc, Expr* ann, Expr* value) {
  if (target->kind == ExprKind::Tuple) {
    auto* t = static_cast<Tuple*>(target);
    Loc l = !t->parenthesized && !t->elts.empty() ? t->elts[0]->loc : target_loc;
    raise_error(ctx, "only single target (not tuple) can be annotated", l);
  }
  if (target->kind == ExprKind::List) raise_error(ctx, "only single target (not list) can be annotated", target_loc);
  if (target->kind != ExprKind::Name && target->kind != ExprKind::Attribute && target->kind != ExprKind::Subscript)
    raise_error(ctx, "illegal target for annotation", target_loc);
  apply_context(target, Ctx::Store);
  auto* s = node<AnnAssign>(ctx, loc);
  s->target = target;
  s->annotation = ann;
  s->value = value;
  s->simple = target->kind == ExprKind::Name && same_loc(target->loc, target_loc);
  return s;
}

Stmt* mk_delete(ParseCtx& ctx, const Loc& loc, Expr* targets, const Loc& tloc) {
  auto* s = node<Delete>(ctx, loc);
  if (targets->kind == ExprKind::Tuple && same_loc(targets->loc, tloc) &&
      !static_cast<Tuple*>(targets)->parenthesized) {
    for (Expr* t : static_cast<Tuple*>(targets)->elts) {
      set_context(ctx, t, Ctx::Del);
      s->targets.push_back(t);
    }
  } else {
    set_context(ctx, targets, Ctx::Del);
    s->targets.push_back(targets);
  }
  return s;
}

Stmt* mk_return(ParseCtx& ctx, const Loc& loc, Expr* value) {
  auto* s = node<Return>(ctx, loc);
  s->value = value;
  return s;
}

Stmt* mk_raise(ParseCtx& ctx, const Loc& loc, Expr* exc, Expr* cause) {
  auto* s = node<Raise>(ctx, loc);
  s->exc = exc;
  s->cause = cause;
  return s;
}

Stmt* mk_global(ParseCtx& ctx, const Loc& loc, std::vector<std::string> names, bool nonlocal) {
  if (nonlocal) {
    auto* s = node<Nonlocal>(ctx, loc);
    s->names = std::move(names);
    return s;
  }
  auto* s = node<Global>(ctx, loc);
  s->names = std::move(names);
  return s;
}

Stmt* mk_assert(ParseCtx& ctx, const Loc& loc, Expr* test, Expr* msg) {
  auto* s = node<Assert>(ctx, loc);
  s->test = test;
  s->msg = msg;
  return s;
}

Stmt* mk_import(ParseCtx& ctx, const Loc& loc, std::vector<Alias*> names) {
  auto* s = node<Import>(ctx, loc);
  s->names = std::move(names);
  return s;
}

Stmt* mk_import_from(ParseCtx& ctx, const Loc& loc, int level, const std::string& module, std::vector<Alias*> names) {
  auto* s = node<ImportFrom>(ctx, loc);
  s->level = level;
  s->module = module;
  s->names = std::move(names);
  return s;
}

Alias* mk_alias(ParseCtx& ctx, const Loc& loc, const std::string& name, const std::string& asname) {
  auto* a = node<Alias>(ctx, loc);
  a->name = name;
  a->asname = asname;
  return a;
}

Stmt* mk_if(ParseCtx& ctx, const Loc& loc, Expr* test, Body body, Body orelse) {
  auto* s = node<If>(ctx, loc);
  s->test = test;
  s->body = std::move(body);
  s->orelse = std::move(orelse);
  end_with(s, s->orelse.empty() ? s->body : s->orelse);
  return s;
}

Stmt* mk_while(ParseCtx& ctx, const Loc& loc, Expr* test, Body body, Body orelse) {
  auto* s = node<While>(ctx, loc);
  s->test = test;
  s->body = std::move(body);
  s->orelse = std::move(orelse);
  end_with(s, s->orelse.empty() ? s->body : s->orelse);
  return s;
}

Stmt* mk_for(ParseCtx& ctx, const Loc& loc, Expr* target, const Loc&, Expr* iter, Body body, Body orelse) {
  set_context(ctx, target, Ctx::Store);
  auto* s = node<For>(ctx, loc);
  s->target = target;
  s->iter = iter;
  s->body = std::move(body);
  s->orelse = std::move(orelse);
  end_with(s, s->orelse.empty() ? s->body : s->orelse);
  return s;
}

Stmt* mk_try(ParseCtx& ctx, const Loc& loc, Body body, std::vector<ExceptHandler*> handlers, Body orelse,
             Body finalbody) {
  bool star = !handlers.empty() && ctx.star_handlers.count(handlers[0]);
  for (ExceptHandler* h : handlers)
    if (static_cast<bool>(ctx.star_handlers.count(h)) != star)
      raise_error(ctx, "cannot have both 'except' and 'except*' on the same 'try'", h->loc);
  auto* s = node<Try>(ctx, loc);
  s->kind = star ? StmtKind::TryStar : StmtKind::Try;
  s->body = std::move(body);
  s->handlers = std::move(handlers);
  s->orelse = std::move(orelse);
  s->finalbody = std::move(finalbody);
  if (!s->finalbody.empty()) end_with(s, s->finalbody);
  else if (!s->orelse.empty()) end_with(s, s->orelse);
  else if (!s->handlers.empty()) {
    s->loc.end_line = s->handlers.back()->loc.end_line;
    s->loc.end_col = s->handlers.back()->loc.end_col;
  }
  return s;
}

ExceptHandler* mk_handler(ParseCtx& ctx, const Loc& loc, bool star, Expr* type, const std::string& name, Body body) {
  auto* h = node<ExceptHandler>(ctx, loc);
  h->type = type;
  h->name = name;
  h->body = std::move(body);
  if (!h->body.empty()) {
    h->loc.end_line = h->body.back()->loc.end_line;
    h->loc.end_col = h->body.back()->loc.end_col;
  }
  if (star) ctx.star_handlers.insert(h);
  return h;
}

Stmt* mk_with(ParseCtx& ctx, const Loc& loc, std::vector<WithItem*> items, Body body) {
  auto* s = node<With>(ctx, loc);
  s->items = std::move(items);
  s->body = std::move(body);
  end_with(s, s->body);
  return s;
}

WithItem* mk_withitem(ParseCtx& ctx, const Loc& loc, Expr* e, Expr* vars, const Loc&) {
  if (vars) set_context(ctx, vars, Ctx::Store);
  auto* w = node<WithItem>(ctx, loc);
  w->context_expr = e;
  w->optional_vars = vars;
  return w;
}

Stmt* mk_funcdef(ParseCtx& ctx, const Loc& loc, const std::string& name, std::vector<ParamItem> params,
                 Expr* returns, Body body) {
  auto* f = node<FunctionDef>(ctx, loc);
  f->name = name;
  f->args = build_arguments(ctx, std::move(params), loc);
  f->returns = returns;
  f->body = std::move(body);
  end_with(f, f->body);
  return f;
}

Stmt* mk_classdef(ParseCtx& ctx, const Loc& loc, const std::string& name, std::vector<ArgItem> args, Body body) {
  auto* c = node<ClassDef>(ctx, loc);
  c->name = name;
  split_args(ctx, args, c->bases, c->keywords);
  c->body = std::move(body);
  end_with(c, c->body);
  return c;
}

Stmt* mk_decorated(ParseCtx&, const Loc&, std::vector<Expr*> decorators, Stmt* def) {
  if (def->kind == StmtKind::FunctionDef) static_cast<FunctionDef*>(def)->decorators = std::move(decorators);
  else static_cast<ClassDef*>(def)->decorators = std::move(decorators);
  return def;
}

Stmt* mk_async(ParseCtx&, const Loc& loc, Stmt* s) {
  switch (s->kind) {
    case StmtKind::FunctionDef: static_cast<FunctionDef*>(s)->is_async = true; break;
    case StmtKind::For: static_cast<For*>(s)->is_async = true; break;
    case StmtKind::With: static_cast<With*>(s)->is_async = true; break;
    default: break;
  }
  s->loc.line = loc.line;
  s->loc.col = loc.col;
  return s;
}

ParamItem mk_param(ParseCtx& ctx, const Loc& loc, ParamItem::Kind kind, const std::string& name, Expr* annotation,
                   Expr* dflt) {
  ParamItem p;
  p.kind = kind;
  p.loc = loc;
  p.dflt = dflt;
  if (!name.empty()) {
    p.arg = node<Arg>(ctx, loc);
    p.arg->name = name;
    p.arg->annotation = annotation;
    if (dflt) p.arg->loc.end_col = p.arg->loc.col + static_cast<int>(name.size());
  }
  return p;
}

Arguments* build_arguments(ParseCtx& ctx, std::vector<ParamItem> items, const Loc& loc) {
  auto* a = node<Arguments>(ctx, loc);
  bool seen_slash = false, seen_star = false, seen_kwarg = false, seen_default = false;
  for (size_t i = 0; i < items.size(); ++i) {
    ParamItem& p = items[i];
    if (p.kind == ParamItem::Comma) continue;
    if (seen_kwarg) raise_error(ctx, "arguments cannot follow var-keyword argument", p.loc);
    switch (p.kind) {
      case ParamItem::Plain:
        if (seen_star) {
          a->kwonlyargs.push_back(p.arg);
          a->kw_defaults.push_back(p.dflt);
        } else {
          if (p.dflt) {
            seen_default = true;
            a->defaults.push_back(p.dflt);
          } else if (seen_default) {
            raise_error(ctx, "non-default argument follows default argument", p.loc);
          }
          a->args.push_back(p.arg);
        }
        break;
      case ParamItem::Slash:
        if (seen_slash) raise_error(ctx, "/ may appear only once", p.loc);
        if (seen_star) raise_error(ctx, "/ must be ahead of *", p.loc);
        if (a->args.empty()) raise_error(ctx, "at least one argument must precede /", p.loc);
        a->posonlyargs = std::move(a->args);
        a->args.clear();
        seen_slash = true;
        break;
      case ParamItem::Star:
        if (seen_star) raise_error(ctx, "* argument may appear only once", p.loc);
        seen_star = true;
        a->vararg = p.arg;
        if (!p.arg && (i + 1 >= items.size() || items[i + 1].kind != ParamItem::Plain))
          raise_error(ctx, "named arguments must follow bare *", p.loc);
        break;
      case ParamItem::StarStar:
        a->kwarg = p.arg;
        seen_kwarg = true;
        break;
      case ParamItem::Comma:
        break;
    }
  }
  return a;
}

// ------------------------------------------------------------ match statement

Stmt* mk_match(ParseCtx& ctx, const Loc& loc, Expr* subject, std::vector<MatchCase*> cases) {
  auto* m = node<Match>(ctx, loc);
  m->subject = subject;
  m->cases = std::move(cases);
  end_with(m, m->cases.back()->body);
  return m;
}

MatchCase* mk_match_case(ParseCtx& ctx, const Loc& loc, Pattern* pattern, Expr* guard, Body body) {
  auto* c = node<MatchCase>(ctx, loc);
  c->pattern = pattern;
  c->guard = guard;
  c->body = std::move(body);
  return c;
}

Pattern* mk_literal_pattern(ParseCtx& ctx, const Loc& loc, Expr* literal) {
  if (literal->kind == ExprKind::Constant) {
    ConstKind k = static_cast<Constant*>(literal)->ckind;
    if (k == ConstKind::None || k == ConstKind::True || k == ConstKind::False) {
      auto* p = node<MatchSingleton>(ctx, loc);
      p->value = k;
      return p;
    }
  }
  return mk_match_value(ctx, loc, literal);
}

namespace {

// The number literal of a signed_number (NUMBER or -NUMBER).
const Constant* number_of(const Expr* signed_number) {
  if (signed_number->kind == ExprKind::UnaryOp) signed_number = static_cast<const UnaryOp*>(signed_number)->operand;
  return static_cast<const Constant*>(signed_number);
}

}  // namespace

Expr* mk_complex_literal(ParseCtx& ctx, const Loc& loc, Expr* real, BinOpKind op, Expr* imag) {
  if (number_of(real)->ckind == ConstKind::Imag) raise_error(ctx, "real number required in complex literal", real->loc);
  if (number_of(imag)->ckind != ConstKind::Imag)
    raise_error(ctx, "imaginary number required in complex literal", imag->loc);
  return mk_binop(ctx, loc, real, op, imag);
}

namespace {

// `_.x` and `_(...)` are no patterns: CPython's PEG parser commits to the
// wildcard `_` and then fails on what follows it. (As a mapping key `_.x`
// is fine.)
void check_not_wildcard_head(ParseCtx& ctx, const Expr* dotted) {
  while (dotted->kind == ExprKind::Attribute) dotted = static_cast<const Attribute*>(dotted)->value;
  const Loc& at = dotted->loc;
  if (static_cast<const Name*>(dotted)->id == "_")
    raise_error(ctx, "invalid syntax", Loc{at.end_line, at.end_col, at.end_line, at.end_col + 1});
}

}  // namespace

Pattern* mk_match_value(ParseCtx& ctx, const Loc& loc, Expr* value) {
  if (value->kind == ExprKind::Attribute) check_not_wildcard_head(ctx, value);
  auto* p = node<MatchValue>(ctx, loc);
  p->value = value;
  return p;
}

Pattern* mk_capture(ParseCtx& ctx, const Loc& loc, const std::string& name) {
  auto* p = node<MatchAs>(ctx, loc);
  if (name != "_") p->name = name;
  return p;
}

Pattern* mk_match_star(ParseCtx& ctx, const Loc& loc, const std::string& name) {
  auto* p = node<MatchStar>(ctx, loc);
  if (name != "_") p->name = name;
  return p;
}

Pattern* mk_match_as(ParseCtx& ctx, const Loc& loc, Pattern* pattern, const std::string& name, const Loc& name_loc) {
  if (name == "_") raise_error(ctx, "cannot use '_' as a target", name_loc);
  auto* p = node<MatchAs>(ctx, loc);
  p->pattern = pattern;
  p->name = name;
  return p;
}

Pattern* mk_match_or(ParseCtx& ctx, const Loc& loc, std::vector<Pattern*> alternatives) {
  auto* p = node<MatchOr>(ctx, loc);
  p->patterns = std::move(alternatives);
  return p;
}

Pattern* mk_match_sequence(ParseCtx& ctx, const Loc& loc, std::vector<Pattern*> patterns) {
  auto* p = node<MatchSequence>(ctx, loc);
  p->patterns = std::move(patterns);
  return p;
}

Pattern* mk_match_mapping(ParseCtx& ctx, const Loc& loc, std::vector<MappingItem> items, const StrTok& rest) {
  // CPython's double_star_pattern takes a capture target, which `_` is not.
  if (rest.text == "_") raise_error(ctx, "invalid syntax", rest.loc);
  auto* p = node<MatchMapping>(ctx, loc);
  for (MappingItem& it : items) {
    p->keys.push_back(it.key);
    p->patterns.push_back(it.pattern);
  }
  p->rest = rest.text;
  return p;
}

Pattern* mk_match_class(ParseCtx& ctx, const Loc& loc, Expr* cls, std::vector<ClassArg> args) {
  check_not_wildcard_head(ctx, cls);
  auto* p = node<MatchClass>(ctx, loc);
  p->cls = cls;
  bool seen_keyword = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const ClassArg& a = args[i];
    if (!a.kw.empty()) {
      seen_keyword = true;
      p->kwd_attrs.push_back(a.kw);
      p->kwd_patterns.push_back(a.pattern);
      continue;
    }
    if (seen_keyword) {
      // CPython marks the run of positional patterns after the keywords.
      size_t last = i;
      while (last + 1 < args.size() && args[last + 1].kw.empty()) ++last;
      raise_error(ctx, "positional patterns follow keyword patterns",
                  Loc{a.loc.line, a.loc.col, args[last].loc.end_line, args[last].loc.end_col});
    }
    p->patterns.push_back(a.pattern);
  }
  return p;
}

// --------------------------------------------------------------- expressions

Expr* mk_name(ParseCtx& ctx, const Loc& loc, const std::string& id) {
  auto* n = node<Name>(ctx, loc);
  n->id = id;
  return n;
}

Expr* mk_number(ParseCtx& ctx, const Loc& loc, const std::string& text) {
  auto* c = node<Constant>(ctx, loc);
  std::string t;
  for (char ch : text)
    if (ch != '_') t += ch;
  char last = t.back();
  bool prefixed = t.size() > 1 && t[0] == '0' && std::string("xXoObB").find(t[1]) != std::string::npos;
  if (last == 'j' || last == 'J') {
    c->ckind = ConstKind::Imag;
    t.pop_back();
  } else if (!prefixed && t.find_first_of(".eE") != std::string::npos) {
    c->ckind = ConstKind::Float;
  } else {
    c->ckind = ConstKind::Int;
  }
  c->value = t;
  return c;
}

Expr* mk_const(ParseCtx& ctx, const Loc& loc, ConstKind kind) {
  auto* c = node<Constant>(ctx, loc);
  c->ckind = kind;
  return c;
}

Expr* mk_strings(ParseCtx& ctx, const Loc& loc, std::vector<StrTok> toks) { return build_string(ctx, loc, toks); }

Expr* mk_tuple(ParseCtx& ctx, const Loc& loc, std::vector<Expr*> elts, bool parenthesized) {
  auto* t = node<Tuple>(ctx, loc);
  t->elts = std::move(elts);
  t->parenthesized = parenthesized;
  return t;
}

Expr* mk_paren(ParseCtx& ctx, const Loc& loc, Tlc tlc) {
  if (!tlc.gens.empty()) {
    check_comp_elt(ctx, tlc.elts[0]);
    return mk_genexp(ctx, loc, tlc.elts[0], std::move(tlc.gens));
  }
  if (tlc.elts.size() == 1 && !tlc.trailing_comma) {
    Expr* e = tlc.elts[0];
    if (e->kind == ExprKind::Starred) raise_error(ctx, "cannot use starred expression here", e->loc);
    return e;
  }
  return mk_tuple(ctx, loc, std::move(tlc.elts), true);
}

Expr* mk_list(ParseCtx& ctx, const Loc& loc, Tlc tlc) {
  if (!tlc.gens.empty()) {
    check_comp_elt(ctx, tlc.elts[0]);
    auto* c = ctx.arena.make<Comp>(ExprKind::ListComp);
    c->loc = loc;
    c->elt = tlc.elts[0];
    c->generators = std::move(tlc.gens);
    return c;
  }
  auto* l = node<List>(ctx, loc);
  l->elts = std::move(tlc.elts);
  return l;
}

Expr* mk_set(ParseCtx& ctx, const Loc& loc, Tlc tlc) {
  if (!tlc.gens.empty()) {
    check_comp_elt(ctx, tlc.elts[0]);
    auto* c = ctx.arena.make<Comp>(ExprKind::SetComp);
    c->loc = loc;
    c->elt = tlc.elts[0];
    c->generators = std::move(tlc.gens);
    return c;
  }
  auto* s = node<Set>(ctx, loc);
  s->elts = std::move(tlc.elts);
  return s;
}

Expr* mk_dict(ParseCtx& ctx, const Loc& loc, std::vector<DictItem> items) {
  auto* d = node<Dict>(ctx, loc);
  for (DictItem& it : items) {
    d->keys.push_back(it.key);
    d->values.push_back(it.value);
  }
  return d;
}

Expr* mk_dictcomp(ParseCtx& ctx, const Loc& loc, Expr* k, Expr* v, std::vector<Comprehension*> gens) {
  auto* c = ctx.arena.make<Comp>(ExprKind::DictComp);
  c->loc = loc;
  c->key = k;
  c->value = v;
  c->generators = std::move(gens);
  return c;
}

Expr* mk_genexp(ParseCtx& ctx, const Loc& loc, Expr* elt, std::vector<Comprehension*> gens) {
  check_comp_elt(ctx, elt);
  auto* c = ctx.arena.make<Comp>(ExprKind::GeneratorExp);
  c->loc = loc;
  c->elt = elt;
  c->generators = std::move(gens);
  return c;
}

Comprehension* mk_comprehension(ParseCtx& ctx, const Loc& loc, Expr* target, const Loc&, Expr* iter, bool is_async) {
  set_context(ctx, target, Ctx::Store);
  auto* c = node<Comprehension>(ctx, loc);
  c->target = target;
  c->iter = iter;
  c->is_async = is_async;
  return c;
}

Expr* relocate(Expr* e, const Loc& loc) {
  e->loc = loc;
  return e;
}

Expr* mk_starred(ParseCtx& ctx, const Loc& loc, Expr* value) {
  auto* s = node<Starred>(ctx, loc);
  s->value = value;
  return s;
}

Expr* mk_yield(ParseCtx& ctx, const Loc& loc, Expr* value) {
  auto* y = node<Yield>(ctx, loc);
  y->value = value;
  return y;
}

Expr* mk_yield_from(ParseCtx& ctx, const Loc& loc, Expr* value) {
  auto* y = node<YieldFrom>(ctx, loc);
  y->value = value;
  return y;
}

Expr* mk_named(ParseCtx& ctx, const Loc& loc, Expr* target, const Loc& tloc, Expr* value) {
  if (target->kind != ExprKind::Name)
    raise_error(ctx, std::string("cannot use assignment expressions with ") + expr_description(target), tloc);
  auto* n = node<NamedExpr>(ctx, loc);
  n->target = static_cast<Name*>(target);
  n->target->ctx = Ctx::Store;
  n->value = value;
  return n;
}

Expr* mk_ifexp(ParseCtx& ctx, const Loc& loc, Expr* test, Expr* body, Expr* orelse) {
  auto* e = node<IfExp>(ctx, loc);
  e->test = test;
  e->body = body;
  e->orelse = orelse;
  return e;
}

Expr* mk_lambda(ParseCtx& ctx, const Loc& loc, Arguments* args, Expr* body) {
  auto* l = node<Lambda>(ctx, loc);
  l->args = args;
  l->body = body;
  return l;
}

Expr* mk_boolop(ParseCtx& ctx, const Loc& loc, BoolOpKind op, Expr* a, Expr* b) {
  auto* e = node<BoolOp>(ctx, loc);
  e->op = op;
  e->values = {a, b};
  return e;
}

Expr* boolop_append(Expr* boolop, const Loc& loc, Expr* v) {
  static_cast<BoolOp*>(boolop)->values.push_back(v);
  boolop->loc = loc;
  return boolop;
}

Expr* mk_unary(ParseCtx& ctx, const Loc& loc, UnaryOpKind op, Expr* operand) {
  auto* e = node<UnaryOp>(ctx, loc);
  e->op = op;
  e->operand = operand;
  return e;
}

Expr* mk_compare(ParseCtx& ctx, const Loc& loc, Expr* left, int op, Expr* right) {
  auto* e = node<Compare>(ctx, loc);
  e->left = left;
  e->ops.push_back(static_cast<CmpOpKind>(op));
  e->comparators.push_back(right);
  return e;
}

Expr* compare_append(Expr* cmp, const Loc& loc, int op, Expr* right) {
  auto* c = static_cast<Compare*>(cmp);
  c->ops.push_back(static_cast<CmpOpKind>(op));
  c->comparators.push_back(right);
  c->loc = loc;
  return c;
}

Expr* mk_binop(ParseCtx& ctx, const Loc& loc, Expr* l, BinOpKind op, Expr* r) {
  auto* e = node<BinOp>(ctx, loc);
  e->left = l;
  e->op = op;
  e->right = r;
  return e;
}

Expr* mk_await(ParseCtx& ctx, const Loc& loc, Expr* value) {
  auto* e = node<Await>(ctx, loc);
  e->value = value;
  return e;
}

Expr* mk_attribute(ParseCtx& ctx, const Loc& loc, Expr* value, const std::string& attr) {
  auto* e = node<Attribute>(ctx, loc);
  e->value = value;
  e->attr = attr;
  return e;
}

Expr* mk_call(ParseCtx& ctx, const Loc& loc, Expr* func, std::vector<ArgItem> args) {
  auto* c = node<Call>(ctx, loc);
  c->func = func;
  split_args(ctx, args, c->args, c->keywords);
  return c;
}

Expr* mk_subscript(ParseCtx& ctx, const Loc& loc, Expr* value, Expr* slice) {
  if (slice->kind == ExprKind::Starred) slice = mk_tuple(ctx, slice->loc, {slice}, false);
  auto* s = node<Subscript>(ctx, loc);
  s->value = value;
  s->slice = slice;
  return s;
}

Expr* mk_slice(ParseCtx& ctx, const Loc& loc, Expr* lo, Expr* hi, Expr* step) {
  auto* s = node<Slice>(ctx, loc);
  s->lower = lo;
  s->upper = hi;
  s->step = step;
  return s;
}

}  // namespace coil::parse
