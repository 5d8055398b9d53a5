// Compiling source text and the import system: built-in modules first, then
// `name.py` / `name/__init__.py` along sys.path, each run once and cached in
// sys.modules.
#include <sys/stat.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <unordered_map>

#include "parser/parse.h"
#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/heap.h"
#include "runtime/list.h"
#include "runtime/misc.h"
#include "runtime/ops.h"
#include "runtime/output.h"
#include "runtime/source_cache.h"
#include "runtime/str.h"
#include "runtime/vm.h"
#include "stdlib/modules.h"
#include "vm/call.h"
#include "vm/compiler.h"
#include "vm/interp_support.h"

namespace coil::rt {

namespace {
std::unordered_map<std::string, std::string>& sources() {
  static std::unordered_map<std::string, std::string> s;
  return s;
}
Str* S(const char* s) { return intern(s); }
}  // namespace

void remember_source(const std::string& filename, std::string_view text) { sources()[filename] = std::string(text); }

std::string source_line(const std::string& filename, int line) {
  auto it = sources().find(filename);
  if (it == sources().end() || line < 1) return "";
  const std::string& t = it->second;
  size_t pos = 0;
  for (int i = 1; i < line; ++i) {
    pos = t.find('\n', pos);
    if (pos == std::string::npos) return "";
    ++pos;
  }
  size_t end = t.find('\n', pos);
  std::string l = t.substr(pos, end == std::string::npos ? std::string::npos : end - pos);
  if (!l.empty() && l.back() == '\r') l.pop_back();
  return l;
}

// `text` is the offending line, or Undef for None (CPython has no line to
// show for source it cannot find again, such as exec()'s "<string>").
static Exception* syntax_error(const std::string& type, const std::string& msg, const std::string& filename,
                               int line, int col, int end_line, int end_col, Value text) {
  ExceptionTypes& x = exc_types();
  TypeObject* t = type == "IndentationError" ? x.IndentationError : type == "TabError" ? x.TabError : x.SyntaxError;
  Exception* e = new_exception(t, msg);
  Value txt = text.is_undef() ? make_none() : text;
  Value details = make_obj(new_tuple({str_value(filename), make_int(line), make_int(col + 1), txt,
                                      make_int(end_line), make_int(end_col + 1)}));
  e->args = make_obj(new_tuple({str_value(msg), details}));
  e->dict->set_str(S("msg"), str_value(msg));
  e->dict->set_str(S("filename"), str_value(filename));
  e->dict->set_str(S("lineno"), make_int(line));
  e->dict->set_str(S("offset"), make_int(col + 1));
  e->dict->set_str(S("text"), txt);
  e->dict->set_str(S("end_lineno"), make_int(end_line));
  e->dict->set_str(S("end_offset"), make_int(end_col + 1));
  return e;
}

// As the warnings module shows them: "FILE:LINE: Category: message" and the
// source line, stripped, when there is one.
static void show_compile_warnings(const std::vector<vm::CompileWarning>& warnings, const std::string& filename) {
  if (warnings.empty()) return;
  stdout_flush_quietly();
  for (const vm::CompileWarning& w : warnings) {
    std::string text = filename + ":" + std::to_string(w.line) + ": " + w.category + ": " + w.message + "\n";
    std::string line = source_line(filename, w.line);
    size_t b = line.find_first_not_of(" \t\f");
    size_t e = line.find_last_not_of(" \t\f\r\n");
    if (b != std::string::npos) text += "  " + line.substr(b, e - b + 1) + "\n";
    std::fwrite(text.data(), 1, text.size(), stderr);
  }
}

namespace {

// Line `line` (1-based) of source, without its line break; "" past the end.
std::string line_of_source(std::string_view source, int line) {
  size_t pos = 0;
  for (int i = 1; i < line; ++i) {
    pos = source.find('\n', pos);
    if (pos == std::string_view::npos) return "";
    ++pos;
  }
  size_t end = source.find('\n', pos);
  std::string l(source.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos));
  if (!l.empty() && l.back() == '\r') l.pop_back();
  return l;
}

// compile(..., 'single') takes one statement (a compound one, or simple
// ones on one line, as CPython's single_input); anything after it is
// "multiple statements found while compiling a single statement", reported
// at the end of the first line, as CPython does.
void check_single_statement(const ast::Module* mod, std::string_view source, const std::string& filename) {
  const ast::Body& body = mod->body;
  if (body.empty()) {
    int line = 0;
    for (char c : source) line += c == '\n';
    if (!source.empty() && source.back() != '\n') ++line;
    std::string text = line ? line_of_source(source, line) + (source.empty() || source.back() == '\n' ? "\n" : "") : "";
    throw PyError{make_obj(syntax_error("SyntaxError", "invalid syntax", filename, line, -1, line, -1, str_value(text)))};
  }
  using K = ast::StmtKind;
  auto compound = [](K k) {
    return k == K::FunctionDef || k == K::ClassDef || k == K::For || k == K::While || k == K::If || k == K::With ||
           k == K::Try || k == K::TryStar;
  };
  for (size_t i = 1; i < body.size(); ++i) {
    if (compound(body[0]->kind)) {
      // single_input is `compound_stmt NEWLINE`: the parser stops at
      // whatever follows.
      const ast::Loc& at = body[i]->loc;
      throw PyError{make_obj(syntax_error("SyntaxError", "invalid syntax", filename, at.line, at.col, at.line,
                                          at.col + 1, str_value(line_of_source(source, at.line))))};
    }
    if (body[i]->loc.line <= body[i - 1]->loc.end_line) continue;
    const ast::Loc& at = body[i - 1]->loc;
    throw PyError{make_obj(syntax_error("SyntaxError", "multiple statements found while compiling a single statement",
                                        filename, at.end_line, at.end_col, at.end_line, at.end_col,
                                        str_value(line_of_source(source, at.end_line) + "\n")))};
  }
}

}  // namespace

vm::Code* compile_text(std::string_view source, const std::string& filename, const CompileRequest& req) {
  if (req.remember) remember_source(filename, source);
  ast::Arena arena;
  parse::SyntaxError err;
  ast::Module* mod = nullptr;
  if (req.mode == CompileMode::Eval) {
    if (ast::Expr* e = parse::parse_eval_input(source, filename, arena, &err)) {
      // The compiler takes a module: one statement holding the expression.
      mod = arena.make<ast::Module>();
      auto* st = arena.make<ast::ExprStmt>();
      st->loc = e->loc;
      st->value = e;
      mod->loc = e->loc;
      mod->body.push_back(st);
    }
  } else {
    mod = parse::parse_module(source, filename, arena, &err);
  }
  if (!mod) {
    std::string text = err.text;
    // CPython's exec-mode input ends each line (the last one too) with a
    // newline, which the text of a parser error keeps.
    if (!req.remember && req.mode == CompileMode::Exec && !text.empty() && !err.tokenizer)
      text += "\n";
    Exception* e = syntax_error(err.type, err.msg, err.filename.empty() ? filename : err.filename, err.line,
                                err.col, err.end_line ? err.end_line : err.line, err.end_col, str_value(text));
    if (err.incomplete) e->dict->set_str(S("_incomplete"), make_bool(true));
    throw PyError{make_obj(e)};
  }
  if (req.mode == CompileMode::Single) check_single_statement(mod, source, filename);
  vm::CompileOptions opts;
  opts.filename = filename;
  opts.interactive = req.interactive || req.mode == CompileMode::Single;
  opts.module_name_ops = req.namespace_names;
  opts.eval_mode = req.mode == CompileMode::Eval;
  opts.allow_top_level_await = req.top_level_await;
  std::vector<vm::CompileWarning> warnings;
  opts.warnings = &warnings;
  try {
    vm::Code* code = vm::compile_module(mod, opts);
    show_compile_warnings(warnings, filename);
    return code;
  } catch (vm::CompileError& ce) {
    if (ce.recursion) raise(exc_types().RecursionError, ce.msg);
    Value text = req.remember ? str_value(source_line(filename, ce.loc.line)) : Value();
    Exception* e = syntax_error("SyntaxError", ce.msg, filename, ce.loc.line, ce.loc.col,
                                ce.loc.end_line ? ce.loc.end_line : ce.loc.line,
                                ce.loc.end_col ? ce.loc.end_col : ce.loc.col + 1, text);
    throw PyError{make_obj(e)};
  }
}

vm::Code* compile_source(std::string_view source, const std::string& filename, bool interactive) {
  CompileRequest req;
  req.interactive = interactive;
  return compile_text(source, filename, req);
}

Value run_code_in(vm::Code* code, Dict* globals, Dict* locals, Tuple* closure) {
  Function* fn = heap().make<Function>(code, globals);
  fn->closure = closure;
  Rooted root(make_obj(fn));
  if (code->is_generator_like()) return make_obj(make_generator(fn, nullptr, 0, nullptr));
  Frame* f = push_frame(fn, nullptr, 0, nullptr);
  // Module and class-body code keep their names in a namespace; a separate
  // locals mapping becomes that namespace. Function code has fast locals.
  if (locals && locals != globals && (code->flags & (vm::CO_MODULE | vm::CO_CLASS_BODY))) f->locals_dict = locals;
  f->flags |= FRAME_ENTRY;
  f->back = vm().frame;
  return execute(f);
}

Value run_code(vm::Code* code, Dict* globals) {
  Function* fn = heap().make<Function>(code, globals);
  Rooted root(make_obj(fn));
  if (code->flags & vm::CO_COROUTINE) return make_obj(make_generator(fn, nullptr, 0, nullptr));
  Frame* f = push_frame(fn, nullptr, 0, nullptr);
  f->flags |= FRAME_ENTRY;
  f->back = vm().frame;
  return execute(f);
}

static bool file_exists(const std::string& p) {
  struct stat st;
  return stat(p.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

static std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

[[noreturn]] static void no_module(const std::string& name) {
  Exception* e = new_exception(exc_types().ModuleNotFoundError, "No module named '" + name + "'");
  e->dict->set_str(S("name"), str_value(name));
  raise_value(make_obj(e));
}

static Module* load_file_module(const std::string& name, const std::string& path, bool is_package) {
  std::string text = read_file(path);
  Module* m = new_module(name.c_str());
  Rooted root(make_obj(m));
  Dict* g = m->dict;
  g->set_str(S("__file__"), str_value(path));
  g->set_str(S("__builtins__"), make_obj(vm().builtins));
  std::string pkg = is_package ? name : (name.rfind('.') == std::string::npos ? "" : name.substr(0, name.rfind('.')));
  g->set_str(S("__package__"), str_value(pkg));
  if (is_package) {
    std::string dir = path.substr(0, path.rfind('/'));
    g->set_str(S("__path__"), make_obj(new_list({str_value(dir)})));
  }
  vm().modules->set(make_obj(intern(name)), make_obj(m));
  try {
    vm::Code* code = compile_source(text, path);
    run_code(code, g);
  } catch (PyError&) {
    vm().modules->remove(make_obj(intern(name)));
    throw;
  }
  return m;
}

static Value sys_path() {
  Value sys = vm().modules->get(str_value("sys"));
  if (sys.is_undef()) return Value();
  return as<Module>(sys)->dict->get_str(S("path"));
}

static Module* import_one(const std::string& full, Module* parent) {
  Value cached = vm().modules->get(make_obj(intern(full)));
  if (!cached.is_undef() && cached.is_obj() && cached.o->kind == Kind::Module) return as<Module>(cached);
  if (!parent) {
    if (Module* b = make_builtin_module(full)) {
      vm().modules->set(make_obj(intern(full)), make_obj(b));
      return b;
    }
  }
  std::string leaf = full.substr(full.rfind('.') == std::string::npos ? 0 : full.rfind('.') + 1);
  std::vector<std::string> dirs;
  if (parent) {
    Value p = parent->dict->get_str(S("__path__"));
    if (is_list(p))
      for (Value d : as<List>(p)->items)
        if (is_str(d)) dirs.push_back(as_str(d)->s);
  } else {
    Value p = sys_path();
    if (is_list(p))
      for (Value d : as<List>(p)->items)
        if (is_str(d)) dirs.push_back(as_str(d)->s);
  }
  for (const std::string& d : dirs) {
    std::string base = (d.empty() ? "." : d) + "/" + leaf;
    if (file_exists(base + "/__init__.py")) return load_file_module(full, base + "/__init__.py", true);
    if (file_exists(base + ".py")) return load_file_module(full, base + ".py", false);
  }
  no_module(full);
}

Value import_name(Str* name, Value fromlist, Dict* globals) {
  std::string full = name->s;
  size_t level = 0;
  while (level < full.size() && full[level] == '.') ++level;
  if (level) {
    Value pkg = globals->get_str(S("__package__"));
    std::string base = is_str(pkg) ? as_str(pkg)->s : "";
    if (base.empty()) raise(exc_types().ImportError, "attempted relative import with no known parent package");
    for (size_t i = 1; i < level; ++i) {
      size_t dot = base.rfind('.');
      if (dot == std::string::npos) raise(exc_types().ImportError, "attempted relative import beyond top-level package");
      base = base.substr(0, dot);
    }
    std::string rest = full.substr(level);
    full = rest.empty() ? base : base + "." + rest;
  }
  Module* top = nullptr;
  Module* cur = nullptr;
  size_t pos = 0;
  while (true) {
    size_t dot = full.find('.', pos);
    std::string prefix = full.substr(0, dot);
    Module* m = import_one(prefix, cur);
    if (cur) cur->dict->set_str(intern(prefix.substr(prefix.rfind('.') + 1)), make_obj(m));
    if (!top) top = m;
    cur = m;
    if (dot == std::string::npos) break;
    pos = dot + 1;
  }
  bool want_leaf = !(fromlist.is_none() || fromlist.is_undef()) || level > 0;
  return make_obj(want_leaf ? cur : top);
}

Value import_from(Value module, Str* name) {
  Value v = getattr_opt(module, name);
  if (!v.is_undef()) return v;
  Module* m = as<Module>(module);
  if (!m->dict->get_str(S("__path__")).is_undef()) {
    // A submodule (`from . import _parser`). Only its own absence is the
    // ImportError below; an error inside it propagates, as in CPython.
    std::string full = m->name->s + "." + name->s;
    try {
      Module* sub = import_one(full, m);
      m->dict->set_str(name, make_obj(sub));
      return make_obj(sub);
    } catch (PyError& e) {
      if (!exception_matches(e.exc, make_obj(exc_types().ModuleNotFoundError))) throw;
      Value missing = as<Exception>(e.exc)->dict->get_str(S("name"));
      if (!(is_str(missing) && as_str(missing)->s == full)) throw;
    }
  }
  Value file = m->dict->get_str(S("__file__"));
  std::string where = is_str(file) ? as_str(file)->s : "unknown location";
  Exception* e = new_exception(exc_types().ImportError, "cannot import name '" + name->s + "' from '" + m->name->s +
                                                            "' (" + where + ")");
  e->dict->set_str(S("name"), make_obj(m->name));
  raise_value(make_obj(e));
}

void import_star(Value module, Dict* ns) {
  Module* m = as<Module>(module);
  // A namespace that is a dict subclass (or wraps a mapping exec() was
  // given) is written through its __setitem__, which may run script code.
  Rooted keep_module(module), keep_ns(make_obj(ns));
  auto bind = [&](Value name, Value v) {
    if (ns->has_side_attrs) setitem(keep_ns.get(), name, v);
    else ns->set(name, v);
  };
  Value all = m->dict->get_str(S("__all__"));
  if (!all.is_undef()) {
    RootedVector names;
    collect_values(all, names);
    for (Value n : names) bind(n, getattr(module, as_str(n)));
    return;
  }
  RootedVector pairs;
  for (size_t i = 0; i < m->dict->entries.size(); ++i) {
    DictEntry e = m->dict->entries[i];
    if (e.key.is_undef() || !is_str(e.key) || as_str(e.key)->s.empty() || as_str(e.key)->s[0] == '_') continue;
    pairs.push_back(e.key);
    pairs.push_back(e.value);
  }
  for (size_t i = 0; i + 1 < pairs.size(); i += 2) bind(pairs[i], pairs[i + 1]);
}

}  // namespace coil::rt
