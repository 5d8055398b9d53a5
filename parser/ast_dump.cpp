// ast.dump() compatible printer (see ast_dump.h).
#include "parser/ast_dump.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace coil::ast {

namespace {

const char* binop_name(BinOpKind k) {
  static const char* const n[] = {"Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow",
                                  "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"};
  return n[static_cast<int>(k)];
}
const char* unop_name(UnaryOpKind k) {
  static const char* const n[] = {"Invert", "Not", "UAdd", "USub"};
  return n[static_cast<int>(k)];
}
const char* cmpop_name(CmpOpKind k) {
  static const char* const n[] = {"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"};
  return n[static_cast<int>(k)];
}
const char* ctx_name(Ctx c) { return c == Ctx::Load ? "Load()" : c == Ctx::Store ? "Store()" : "Del()"; }

// Decodes one UTF-8 sequence at s[i]; advances i.
unsigned long next_cp(const std::string& s, size_t& i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  unsigned long cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
  for (int k = 1; k < len && i + k < s.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  i += len;
  return cp;
}

class Dumper {
 public:
  std::string out;

  void node(const Node* n) {
    if (!n) {
      out += "None";
      return;
    }
    if (auto* m = dynamic_cast<const Module*>(n)) {
      out += "Module(body=";
      body(m->body);
      out += ", type_ignores=[])";
    } else if (auto* e = dynamic_cast<const Expr*>(n)) {
      expr(e);
    } else if (auto* s = dynamic_cast<const Stmt*>(n)) {
      stmt(s);
    } else if (auto* k = dynamic_cast<const Keyword*>(n)) {
      out += "keyword(";
      if (!k->arg.empty()) out += "arg=" + repr_str(k->arg) + ", ";
      out += "value=";
      expr(k->value);
      out += ")";
    } else if (auto* c = dynamic_cast<const Comprehension*>(n)) {
      out += "comprehension(target=";
      expr(c->target);
      out += ", iter=";
      expr(c->iter);
      out += ", ifs=";
      exprs(c->ifs);
      out += c->is_async ? ", is_async=1)" : ", is_async=0)";
    } else if (auto* a = dynamic_cast<const Arg*>(n)) {
      out += "arg(arg=" + repr_str(a->name);
      if (a->annotation) {
        out += ", annotation=";
        expr(a->annotation);
      }
      out += ")";
    } else if (auto* a = dynamic_cast<const Arguments*>(n)) {
      out += "arguments(posonlyargs=";
      list(a->posonlyargs);
      out += ", args=";
      list(a->args);
      if (a->vararg) {
        out += ", vararg=";
        node(a->vararg);
      }
      out += ", kwonlyargs=";
      list(a->kwonlyargs);
      out += ", kw_defaults=";
      exprs(a->kw_defaults);
      if (a->kwarg) {
        out += ", kwarg=";
        node(a->kwarg);
      }
      out += ", defaults=";
      exprs(a->defaults);
      out += ")";
    } else if (auto* w = dynamic_cast<const WithItem*>(n)) {
      out += "withitem(context_expr=";
      expr(w->context_expr);
      if (w->optional_vars) {
        out += ", optional_vars=";
        expr(w->optional_vars);
      }
      out += ")";
    } else if (auto* h = dynamic_cast<const ExceptHandler*>(n)) {
      out += "ExceptHandler(";
      if (h->type) {
        out += "type=";
        expr(h->type);
        out += ", ";
      }
      if (!h->name.empty()) out += "name=" + repr_str(h->name) + ", ";
      out += "body=";
      body(h->body);
      out += ")";
    } else if (auto* p = dynamic_cast<const Pattern*>(n)) {
      pattern(p);
    } else if (auto* mc = dynamic_cast<const MatchCase*>(n)) {
      out += "match_case(pattern=";
      pattern(mc->pattern);
      field("guard", mc->guard);
      out += ", body=";
      body(mc->body);
      out += ")";
    } else if (auto* a = dynamic_cast<const Alias*>(n)) {
      out += "alias(name=" + repr_str(a->name);
      if (!a->asname.empty()) out += ", asname=" + repr_str(a->asname);
      out += ")";
    } else {
      out += "?";
    }
  }

  template <class T>
  void list(const std::vector<T*>& v) {
    out += "[";
    for (size_t i = 0; i < v.size(); ++i) {
      if (i) out += ", ";
      node(v[i]);
    }
    out += "]";
  }
  void exprs(const std::vector<Expr*>& v) { list(v); }
  void body(const Body& b) { list(b); }
  void field(const char* name, const Expr* e) {  // optional field
    if (!e) return;
    out += ", ";
    out += name;
    out += "=";
    expr(e);
  }

  void constant(const Constant* c) {
    out += "Constant(value=";
    switch (c->ckind) {
      case ConstKind::None: out += "None"; break;
      case ConstKind::True: out += "True"; break;
      case ConstKind::False: out += "False"; break;
      case ConstKind::Ellipsis: out += "Ellipsis"; break;
      case ConstKind::Int: out += int_to_decimal(c->value); break;
      case ConstKind::Float: out += repr_float(c->value); break;
      case ConstKind::Imag: {
        std::string r = repr_float(c->value);
        if (r.size() > 2 && r.compare(r.size() - 2, 2, ".0") == 0) r.resize(r.size() - 2);
        out += r + "j";
        break;
      }
      case ConstKind::Str: out += repr_str(c->value); break;
      case ConstKind::Bytes: out += repr_bytes(c->value); break;
    }
    out += ")";
  }

  void expr(const Expr* e) {
    if (!e) {
      out += "None";
      return;
    }
    switch (e->kind) {
      case ExprKind::Name: {
        auto* n = static_cast<const Name*>(e);
        out += "Name(id=" + repr_str(n->id) + ", ctx=" + ctx_name(n->ctx) + ")";
        break;
      }
      case ExprKind::Constant: constant(static_cast<const Constant*>(e)); break;
      case ExprKind::JoinedStr:
        out += "JoinedStr(values=";
        exprs(static_cast<const JoinedStr*>(e)->values);
        out += ")";
        break;
      case ExprKind::FormattedValue: {
        auto* f = static_cast<const FormattedValue*>(e);
        out += "FormattedValue(value=";
        expr(f->value);
        out += ", conversion=" + std::to_string(f->conversion ? static_cast<int>(f->conversion) : -1);
        field("format_spec", f->format_spec);
        out += ")";
        break;
      }
      case ExprKind::BinOp: {
        auto* b = static_cast<const BinOp*>(e);
        out += "BinOp(left=";
        expr(b->left);
        out += std::string(", op=") + binop_name(b->op) + "(), right=";
        expr(b->right);
        out += ")";
        break;
      }
      case ExprKind::UnaryOp: {
        auto* u = static_cast<const UnaryOp*>(e);
        out += std::string("UnaryOp(op=") + unop_name(u->op) + "(), operand=";
        expr(u->operand);
        out += ")";
        break;
      }
      case ExprKind::BoolOp: {
        auto* b = static_cast<const BoolOp*>(e);
        out += std::string("BoolOp(op=") + (b->op == BoolOpKind::And ? "And" : "Or") + "(), values=";
        exprs(b->values);
        out += ")";
        break;
      }
      case ExprKind::Compare: {
        auto* c = static_cast<const Compare*>(e);
        out += "Compare(left=";
        expr(c->left);
        out += ", ops=[";
        for (size_t i = 0; i < c->ops.size(); ++i) out += std::string(i ? ", " : "") + cmpop_name(c->ops[i]) + "()";
        out += "], comparators=";
        exprs(c->comparators);
        out += ")";
        break;
      }
      case ExprKind::Call: {
        auto* c = static_cast<const Call*>(e);
        out += "Call(func=";
        expr(c->func);
        out += ", args=";
        exprs(c->args);
        out += ", keywords=";
        list(c->keywords);
        out += ")";
        break;
      }
      case ExprKind::Attribute: {
        auto* a = static_cast<const Attribute*>(e);
        out += "Attribute(value=";
        expr(a->value);
        out += ", attr=" + repr_str(a->attr) + ", ctx=" + ctx_name(a->ctx) + ")";
        break;
      }
      case ExprKind::Subscript: {
        auto* s = static_cast<const Subscript*>(e);
        out += "Subscript(value=";
        expr(s->value);
        out += ", slice=";
        expr(s->slice);
        out += std::string(", ctx=") + ctx_name(s->ctx) + ")";
        break;
      }
      case ExprKind::Slice: {
        auto* s = static_cast<const Slice*>(e);
        out += "Slice(";
        size_t mark = out.size();
        field("lower", s->lower);
        field("upper", s->upper);
        field("step", s->step);
        if (out.size() > mark) out.erase(mark, 2);  // drop the leading ", "
        out += ")";
        break;
      }
      case ExprKind::List: {
        auto* l = static_cast<const List*>(e);
        out += "List(elts=";
        exprs(l->elts);
        out += std::string(", ctx=") + ctx_name(l->ctx) + ")";
        break;
      }
      case ExprKind::Tuple: {
        auto* t = static_cast<const Tuple*>(e);
        out += "Tuple(elts=";
        exprs(t->elts);
        out += std::string(", ctx=") + ctx_name(t->ctx) + ")";
        break;
      }
      case ExprKind::Dict: {
        auto* d = static_cast<const Dict*>(e);
        out += "Dict(keys=";
        exprs(d->keys);
        out += ", values=";
        exprs(d->values);
        out += ")";
        break;
      }
      case ExprKind::Set:
        out += "Set(elts=";
        exprs(static_cast<const Set*>(e)->elts);
        out += ")";
        break;
      case ExprKind::ListComp: case ExprKind::SetComp: case ExprKind::GeneratorExp: case ExprKind::DictComp: {
        auto* c = static_cast<const Comp*>(e);
        out += e->kind == ExprKind::ListComp ? "ListComp(" : e->kind == ExprKind::SetComp ? "SetComp("
               : e->kind == ExprKind::GeneratorExp ? "GeneratorExp(" : "DictComp(";
        if (e->kind == ExprKind::DictComp) {
          out += "key=";
          expr(c->key);
          out += ", value=";
          expr(c->value);
        } else {
          out += "elt=";
          expr(c->elt);
        }
        out += ", generators=";
        list(c->generators);
        out += ")";
        break;
      }
      case ExprKind::Lambda: {
        auto* l = static_cast<const Lambda*>(e);
        out += "Lambda(args=";
        node(l->args);
        out += ", body=";
        expr(l->body);
        out += ")";
        break;
      }
      case ExprKind::IfExp: {
        auto* i = static_cast<const IfExp*>(e);
        out += "IfExp(test=";
        expr(i->test);
        out += ", body=";
        expr(i->body);
        out += ", orelse=";
        expr(i->orelse);
        out += ")";
        break;
      }
      case ExprKind::Await:
        out += "Await(value=";
        expr(static_cast<const Await*>(e)->value);
        out += ")";
        break;
      case ExprKind::Yield: {
        auto* y = static_cast<const Yield*>(e);
        out += "Yield(";
        if (y->value) {
          out += "value=";
          expr(y->value);
        }
        out += ")";
        break;
      }
      case ExprKind::YieldFrom:
        out += "YieldFrom(value=";
        expr(static_cast<const YieldFrom*>(e)->value);
        out += ")";
        break;
      case ExprKind::Starred: {
        auto* s = static_cast<const Starred*>(e);
        out += "Starred(value=";
        expr(s->value);
        out += std::string(", ctx=") + ctx_name(s->ctx) + ")";
        break;
      }
      case ExprKind::NamedExpr: {
        auto* n = static_cast<const NamedExpr*>(e);
        out += "NamedExpr(target=";
        expr(n->target);
        out += ", value=";
        expr(n->value);
        out += ")";
        break;
      }
    }
  }

  void names(const std::vector<std::string>& v) {
    out += "[";
    for (size_t i = 0; i < v.size(); ++i) out += (i ? ", " : "") + repr_str(v[i]);
    out += "]";
  }

  void pattern(const Pattern* p) {
    switch (p->kind) {
      case PatternKind::MatchValue:
        out += "MatchValue(value=";
        expr(static_cast<const MatchValue*>(p)->value);
        out += ")";
        break;
      case PatternKind::MatchSingleton: {
        ConstKind k = static_cast<const MatchSingleton*>(p)->value;
        out += k == ConstKind::None ? "MatchSingleton(value=None)"
               : k == ConstKind::True ? "MatchSingleton(value=True)"
                                      : "MatchSingleton(value=False)";
        break;
      }
      case PatternKind::MatchSequence:
        out += "MatchSequence(patterns=";
        list(static_cast<const MatchSequence*>(p)->patterns);
        out += ")";
        break;
      case PatternKind::MatchMapping: {
        auto* m = static_cast<const MatchMapping*>(p);
        out += "MatchMapping(keys=";
        exprs(m->keys);
        out += ", patterns=";
        list(m->patterns);
        if (!m->rest.empty()) out += ", rest=" + repr_str(m->rest);
        out += ")";
        break;
      }
      case PatternKind::MatchClass: {
        auto* c = static_cast<const MatchClass*>(p);
        out += "MatchClass(cls=";
        expr(c->cls);
        out += ", patterns=";
        list(c->patterns);
        out += ", kwd_attrs=";
        names(c->kwd_attrs);
        out += ", kwd_patterns=";
        list(c->kwd_patterns);
        out += ")";
        break;
      }
      case PatternKind::MatchStar: {
        auto* st = static_cast<const MatchStar*>(p);
        out += st->name.empty() ? "MatchStar()" : "MatchStar(name=" + repr_str(st->name) + ")";
        break;
      }
      case PatternKind::MatchAs: {
        auto* a = static_cast<const MatchAs*>(p);
        out += "MatchAs(";
        if (a->pattern) {
          out += "pattern=";
          pattern(a->pattern);
          if (!a->name.empty()) out += ", ";
        }
        if (!a->name.empty()) out += "name=" + repr_str(a->name);
        out += ")";
        break;
      }
      case PatternKind::MatchOr:
        out += "MatchOr(patterns=";
        list(static_cast<const MatchOr*>(p)->patterns);
        out += ")";
        break;
    }
  }

  void stmt(const Stmt* s) {
    switch (s->kind) {
      case StmtKind::FunctionDef: {
        auto* f = static_cast<const FunctionDef*>(s);
        out += f->is_async ? "AsyncFunctionDef(" : "FunctionDef(";
        out += "name=" + repr_str(f->name) + ", args=";
        node(f->args);
        out += ", body=";
        body(f->body);
        out += ", decorator_list=";
        exprs(f->decorators);
        field("returns", f->returns);
        out += ")";
        break;
      }
      case StmtKind::ClassDef: {
        auto* c = static_cast<const ClassDef*>(s);
        out += "ClassDef(name=" + repr_str(c->name) + ", bases=";
        exprs(c->bases);
        out += ", keywords=";
        list(c->keywords);
        out += ", body=";
        body(c->body);
        out += ", decorator_list=";
        exprs(c->decorators);
        out += ")";
        break;
      }
      case StmtKind::Return: {
        auto* r = static_cast<const Return*>(s);
        out += "Return(";
        if (r->value) {
          out += "value=";
          expr(r->value);
        }
        out += ")";
        break;
      }
      case StmtKind::Delete:
        out += "Delete(targets=";
        exprs(static_cast<const Delete*>(s)->targets);
        out += ")";
        break;
      case StmtKind::Assign: {
        auto* a = static_cast<const Assign*>(s);
        out += "Assign(targets=";
        exprs(a->targets);
        out += ", value=";
        expr(a->value);
        out += ")";
        break;
      }
      case StmtKind::AugAssign: {
        auto* a = static_cast<const AugAssign*>(s);
        out += "AugAssign(target=";
        expr(a->target);
        out += std::string(", op=") + binop_name(a->op) + "(), value=";
        expr(a->value);
        out += ")";
        break;
      }
      case StmtKind::AnnAssign: {
        auto* a = static_cast<const AnnAssign*>(s);
        out += "AnnAssign(target=";
        expr(a->target);
        out += ", annotation=";
        expr(a->annotation);
        field("value", a->value);
        out += a->simple ? ", simple=1)" : ", simple=0)";
        break;
      }
      case StmtKind::For: {
        auto* f = static_cast<const For*>(s);
        out += f->is_async ? "AsyncFor(target=" : "For(target=";
        expr(f->target);
        out += ", iter=";
        expr(f->iter);
        out += ", body=";
        body(f->body);
        out += ", orelse=";
        body(f->orelse);
        out += ")";
        break;
      }
      case StmtKind::While: {
        auto* w = static_cast<const While*>(s);
        out += "While(test=";
        expr(w->test);
        out += ", body=";
        body(w->body);
        out += ", orelse=";
        body(w->orelse);
        out += ")";
        break;
      }
      case StmtKind::If: {
        auto* i = static_cast<const If*>(s);
        out += "If(test=";
        expr(i->test);
        out += ", body=";
        body(i->body);
        out += ", orelse=";
        body(i->orelse);
        out += ")";
        break;
      }
      case StmtKind::With: {
        auto* w = static_cast<const With*>(s);
        out += w->is_async ? "AsyncWith(items=" : "With(items=";
        list(w->items);
        out += ", body=";
        body(w->body);
        out += ")";
        break;
      }
      case StmtKind::Raise: {
        auto* r = static_cast<const Raise*>(s);
        out += "Raise(";
        if (r->exc) {
          out += "exc=";
          expr(r->exc);
        }
        if (r->cause) {
          out += ", cause=";
          expr(r->cause);
        }
        out += ")";
        break;
      }
      case StmtKind::Try: case StmtKind::TryStar: {
        auto* t = static_cast<const Try*>(s);
        out += s->kind == StmtKind::Try ? "Try(body=" : "TryStar(body=";
        body(t->body);
        out += ", handlers=";
        list(t->handlers);
        out += ", orelse=";
        body(t->orelse);
        out += ", finalbody=";
        body(t->finalbody);
        out += ")";
        break;
      }
      case StmtKind::Assert: {
        auto* a = static_cast<const Assert*>(s);
        out += "Assert(test=";
        expr(a->test);
        field("msg", a->msg);
        out += ")";
        break;
      }
      case StmtKind::Import:
        out += "Import(names=";
        list(static_cast<const Import*>(s)->names);
        out += ")";
        break;
      case StmtKind::ImportFrom: {
        auto* i = static_cast<const ImportFrom*>(s);
        out += "ImportFrom(";
        if (!i->module.empty()) out += "module=" + repr_str(i->module) + ", ";
        out += "names=";
        list(i->names);
        out += ", level=" + std::to_string(i->level) + ")";
        break;
      }
      case StmtKind::Global: case StmtKind::Nonlocal: {
        out += s->kind == StmtKind::Global ? "Global(names=" : "Nonlocal(names=";
        names(s->kind == StmtKind::Global ? static_cast<const Global*>(s)->names
                                          : static_cast<const Nonlocal*>(s)->names);
        out += ")";
        break;
      }
      case StmtKind::ExprStmt:
        out += "Expr(value=";
        expr(static_cast<const ExprStmt*>(s)->value);
        out += ")";
        break;
      case StmtKind::Match: {
        auto* m = static_cast<const Match*>(s);
        out += "Match(subject=";
        expr(m->subject);
        out += ", cases=";
        list(m->cases);
        out += ")";
        break;
      }
      case StmtKind::Pass: out += "Pass()"; break;
      case StmtKind::Break: out += "Break()"; break;
      case StmtKind::Continue: out += "Continue()"; break;
    }
  }
};

bool printable(unsigned long cp) {
  if (cp < 0x20 || cp == 0x7F) return false;
  if (cp >= 0x80 && cp <= 0xA0) return false;
  if (cp == 0xAD) return false;
  if ((cp >= 0x2000 && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202F) || (cp >= 0x205F && cp <= 0x206F) ||
      cp == 0x3000 || cp == 0xFEFF || (cp >= 0xD800 && cp <= 0xDFFF) || (cp >= 0xE000 && cp <= 0xF8FF))
    return false;
  return true;
}

}  // namespace

std::string dump(const Node* node) {
  Dumper d;
  d.node(node);
  return d.out;
}

std::string repr_str(const std::string& s) {
  char q = (s.find('\'') != std::string::npos && s.find('"') == std::string::npos) ? '"' : '\'';
  std::string out(1, q);
  for (size_t i = 0; i < s.size();) {
    size_t at = i;
    unsigned long cp = next_cp(s, i);
    char buf[32];
    if (cp == static_cast<unsigned char>(q) || cp == '\\') {
      out += '\\';
      out += static_cast<char>(cp);
    } else if (cp == '\n') out += "\\n";
    else if (cp == '\t') out += "\\t";
    else if (cp == '\r') out += "\\r";
    else if (printable(cp)) out.append(s, at, i - at);
    else {
      if (cp < 0x100) std::snprintf(buf, sizeof buf, "\\x%02lx", cp);
      else if (cp < 0x10000) std::snprintf(buf, sizeof buf, "\\u%04lx", cp);
      else std::snprintf(buf, sizeof buf, "\\U%08lx", cp);
      out += buf;
    }
  }
  out += q;
  return out;
}

std::string repr_bytes(const std::string& s) {
  char q = (s.find('\'') != std::string::npos && s.find('"') == std::string::npos) ? '"' : '\'';
  std::string out = "b";
  out += q;
  for (unsigned char c : s) {
    if (c == static_cast<unsigned char>(q) || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\n') out += "\\n";
    else if (c == '\t') out += "\\t";
    else if (c == '\r') out += "\\r";
    else if (c < 0x20 || c >= 0x7F) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else out += static_cast<char>(c);
  }
  out += q;
  return out;
}

std::string repr_float(const std::string& literal) {
  double v = std::strtod(literal.c_str(), nullptr);
  if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
  if (std::isnan(v)) return "nan";
  if (v == 0) return std::signbit(v) ? "-0.0" : "0.0";
  char buf[64];
  int prec = 1;
  for (; prec <= 17; ++prec) {
    std::snprintf(buf, sizeof buf, "%.*e", prec - 1, v);
    if (std::strtod(buf, nullptr) == v) break;
  }
  // buf is [-]d.ddde[+-]XX: split into digits and decimal exponent.
  std::string s = buf;
  bool neg = s[0] == '-';
  if (neg) s.erase(0, 1);
  size_t e = s.find('e');
  int exp = std::atoi(s.c_str() + e + 1);
  std::string digits;
  for (size_t i = 0; i < e; ++i)
    if (s[i] != '.') digits += s[i];
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  std::string out = neg ? "-" : "";
  int n = static_cast<int>(digits.size());
  if (exp >= -4 && exp < 16) {
    if (exp < 0) {
      out += "0." + std::string(-exp - 1, '0') + digits;
    } else if (exp + 1 >= n) {
      out += digits + std::string(exp + 1 - n, '0') + ".0";
    } else {
      out += digits.substr(0, exp + 1) + "." + digits.substr(exp + 1);
    }
  } else {
    out += digits.substr(0, 1);
    if (n > 1) out += "." + digits.substr(1);
    char eb[16];
    std::snprintf(eb, sizeof eb, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    out += eb;
  }
  return out;
}

std::string int_to_decimal(const std::string& lit) {
  int base = 10;
  size_t i = 0;
  if (lit.size() > 1 && lit[0] == '0') {
    char c = static_cast<char>(lit[1] | 0x20);
    if (c == 'x') base = 16, i = 2;
    else if (c == 'o') base = 8, i = 2;
    else if (c == 'b') base = 2, i = 2;
  }
  std::vector<unsigned> limbs;  // base 1e9, little endian
  for (; i < lit.size(); ++i) {
    char c = lit[i];
    if (c == '_') continue;
    unsigned d = c >= '0' && c <= '9' ? static_cast<unsigned>(c - '0') : static_cast<unsigned>((c | 0x20) - 'a' + 10);
    unsigned long long carry = d;
    for (unsigned& l : limbs) {
      unsigned long long v = static_cast<unsigned long long>(l) * static_cast<unsigned>(base) + carry;
      l = static_cast<unsigned>(v % 1000000000ULL);
      carry = v / 1000000000ULL;
    }
    if (carry) limbs.push_back(static_cast<unsigned>(carry));
  }
  if (limbs.empty()) return "0";
  std::string out = std::to_string(limbs.back());
  for (size_t k = limbs.size() - 1; k-- > 0;) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%09u", limbs[k]);
    out += buf;
  }
  return out;
}

}  // namespace coil::ast
