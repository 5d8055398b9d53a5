// The builtins that compile and run code at run time: compile(), eval() and
// exec(), with CPython's argument rules, scoping and messages.
//
// Scoping, as CPython: with no globals the code runs in the caller's globals
// and locals (a function's locals are the snapshot dict that locals()
// returns, so assignments do not reach its fast locals); with globals only,
// the locals are the globals; a globals dict without '__builtins__' gets the
// builtins dict inserted. Code compiled here looks module-level names up
// through the frame's namespace (LOAD_NAME), so a separate locals dict
// receives the assignments of exec'd module code, and class bodies behave as
// in CPython.
#include <algorithm>
#include <string>

#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/frame.h"
#include "runtime/frame_object.h"
#include "runtime/function.h"
#include "runtime/heap.h"
#include "runtime/init.h"
#include "runtime/list.h"
#include "runtime/misc.h"
#include "runtime/objects/bytes.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/vm.h"
#include "vm/code.h"

namespace coil::rt {

namespace {

// compile()'s flags (CPython's PyCF_* and CO_FUTURE_* values).
constexpr int64_t kOnlyAst = 0x400;
constexpr int64_t kTopLevelAwait = 0x2000;
// Everything compile() accepts: the __future__ flags (ignored: coil has the
// 3.11 behaviour of each), CO_NESTED (obsolete), and PyCF_ONLY_AST,
// PyCF_DONT_IMPLY_DEDENT, PyCF_TYPE_COMMENTS, PyCF_ALLOW_TOP_LEVEL_AWAIT,
// PyCF_ALLOW_INCOMPLETE_INPUT.
constexpr int64_t kFutureFlags = 0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 | 0x400000 | 0x800000 | 0x1000000;
constexpr int64_t kAcceptedFlags = kFutureFlags | 0x10 | kOnlyAst | 0x200 | 0x1000 | kTopLevelAwait | 0x4000;

bool is_code(Value v) { return v.is_obj() && v.o->kind == Kind::Code; }
bool is_bytes(Value v) { return v.is_obj() && v.o->kind == Kind::Bytes; }
// A source given as bytes: bytes, bytearray or memoryview (any buffer, as
// CPython's source_as_string).
bool is_byte_source(Value v) { return is_bytes_like(v); }

// Binds Argument-Clinic-style parameters: `names` in order, the first
// `npos_only` positional-only, then positional-or-keyword up to `npos`,
// then keyword-only. Fills out[] (Undef: not given). Messages as CPython's
// clinic parser gives them.
void bind_clinic(Args& a, const char* fname, const std::vector<const char*>& names, int npos_only, int npos,
                 Value* out) {
  int n = static_cast<int>(names.size());
  if (a.n > npos) {
    raisef(exc_types().TypeError, "%s() takes at most %d positional argument%s (%d given)", fname, npos,
           npos == 1 ? "" : "s", a.n);
  }
  for (int i = 0; i < n; ++i) out[i] = i < a.n ? a.v[i] : Value();
  for (int k = 0; k < a.nkw(); ++k) {
    const std::string& key = as_str(a.kwnames->items[k])->s;
    int found = -1;
    for (int i = npos_only; i < n; ++i)
      if (key == names[i]) found = i;
    if (found < 0) raisef(exc_types().TypeError, "'%s' is an invalid keyword argument for %s()", key.c_str(), fname);
    if (found < a.n)
      raisef(exc_types().TypeError, "argument for %s() given by name ('%s') and position (%d)", fname, key.c_str(),
             found + 1);
    out[found] = a.kw(k);
  }
}

// The source text of compile()/eval()/exec()'s first argument: str as is,
// a buffer as its (UTF-8) bytes.
std::string source_text(Value src) {
  if (is_str(src)) return as_str(src)->s;
  std::string scratch;
  return std::string(need_buffer(src, &scratch));
}

// --------------------------------------------- locals that are not dicts
// Frames keep a namespace as a dict, and LOAD_NAME / STORE_NAME /
// DELETE_NAME already go through the item dunders of a dict subclass. A
// locals mapping of another type is therefore wrapped in an instance of a
// hidden dict subclass whose dunders forward to it; locals(), vars(), dir()
// and f_locals give the mapping itself back (script_locals).
Value g_proxy_class;

Value mapping_of(Value proxy) { return getattr(proxy, intern("mapping")); }

Value proxy_getitem(Args& a) { return getitem(mapping_of(a.v[0]), a.v[1]); }
Value proxy_setitem(Args& a) {
  setitem(mapping_of(a.v[0]), a.v[1], a.v[2]);
  return make_none();
}
Value proxy_delitem(Args& a) {
  delitem(mapping_of(a.v[0]), a.v[1]);
  return make_none();
}

Value proxy_class() {
  if (g_proxy_class.is_undef()) {
    Dict* ns = new_dict();
    Rooted keep(make_obj(ns));
    // Methods (they bind to the instance, as a built-in type's do).
    const std::pair<const char*, NativeFn> dunders[] = {
        {"__getitem__", proxy_getitem}, {"__setitem__", proxy_setitem}, {"__delitem__", proxy_delitem}};
    for (const auto& [name, fn] : dunders) {
      NativeFunction* nf = new_native(name, fn);
      nf->is_method = true;
      ns->set_str(intern(name), make_obj(nf));
    }
    ns->set_str(intern("__module__"), str_value("builtins"));
    Value args[3] = {str_value("locals_mapping"), make_obj(new_tuple({make_obj(types().dict)})), make_obj(ns)};
    Rooted keep_name(args[0]), keep_bases(args[1]);
    g_proxy_class = call(make_obj(types().type), args, 3);
    heap().permanent_values.push_back(&g_proxy_class);
  }
  return g_proxy_class;
}

Dict* namespace_for_mapping(Value mapping) {
  Value proxy = call0(proxy_class());
  Rooted keep(proxy);
  setattr(proxy, intern("mapping"), mapping);
  return as<Dict>(proxy);
}

// The globals and locals eval()/exec() run with, as CPython resolves them.
struct Scope {
  Dict* globals;
  Dict* locals;
};

Scope resolve_scope(Value globals, Value locals, const char* fname) {
  bool has_globals = !globals.is_undef() && !globals.is_none();
  bool has_locals = !locals.is_undef() && !locals.is_none();
  bool is_eval = std::string(fname) == "eval";
  if (has_globals && !is_dict(globals)) {
    if (is_eval) {
      bool mapping = globals.is_obj() && !lookup_special(globals, intern("__getitem__")).is_undef();
      raise(exc_types().TypeError,
            mapping ? "globals must be a real dict; try eval(expr, {}, mapping)" : "globals must be a dict");
    }
    raise(exc_types().TypeError, "exec() globals must be a dict, not " + type_name(globals));
  }
  if (has_locals && !is_dict(locals)) {
    bool mapping = locals.is_obj() && !lookup_special(locals, intern("__getitem__")).is_undef();
    if (!mapping) {
      if (is_eval) raise(exc_types().TypeError, "locals must be a mapping");
      raise(exc_types().TypeError, "locals must be a mapping or None, not " + type_name(locals));
    }
  }
  Scope s;
  auto explicit_locals = [&]() { return is_dict(locals) ? as<Dict>(locals) : namespace_for_mapping(locals); };
  if (!has_globals) {
    Frame* f = vm().frame;
    if (!f) raise(exc_types().SystemError, "globals and locals cannot be NULL");
    s.globals = f->globals;
    s.locals = has_locals ? explicit_locals() : frame_locals(f);
  } else {
    s.globals = as<Dict>(globals);
    s.locals = has_locals ? explicit_locals() : s.globals;
  }
  // CPython inserts the builtins dict of the running frame: coil has one.
  Str* key = intern("__builtins__");
  if (s.globals->get_str(key).is_undef()) s.globals->set_str(key, make_obj(vm().builtins));
  return s;
}

// The cells exec()'s closure= supplies for code's free variables.
Tuple* closure_for(vm::Code* code, Value closure, const char* fname) {
  bool given = !closure.is_undef() && !closure.is_none();
  if (code->nfree() == 0) {
    if (given) raise(exc_types().TypeError, "cannot use a closure with this code object");
    return nullptr;
  }
  // eval() has no closure argument; exec() asks for one of the right size.
  if (std::string(fname) == "eval")
    raise(exc_types().TypeError, "code object passed to eval() may not contain free variables");
  bool ok = given && is_tuple(closure) && static_cast<int>(as<Tuple>(closure)->size()) == code->nfree();
  if (ok)
    for (Value c : as<Tuple>(closure)->items) ok = ok && c.is_obj() && c.o->kind == Kind::Cell;
  if (!ok) raisef(exc_types().TypeError, "code object requires a closure of exactly length %d", code->nfree());
  // coil keeps free variables in order of first use; co_freevars (and so a
  // closure tuple from __closure__) is sorted by name.
  std::vector<size_t> order(code->freevars.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(),
            [&](size_t x, size_t y) { return code->freevars[x]->s < code->freevars[y]->s; });
  std::vector<Value> cells(order.size());
  for (size_t k = 0; k < order.size(); ++k) cells[order[k]] = as<Tuple>(closure)->items[k];
  return new_tuple(std::move(cells));
}

CompileMode parse_mode(const std::string& mode) {
  if (mode == "exec") return CompileMode::Exec;
  if (mode == "eval") return CompileMode::Eval;
  if (mode == "single") return CompileMode::Single;
  raise(exc_types().ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
}

// Compiles a string for compile()/eval()/exec(): names at module level go
// through the namespace, and the text is not kept for traceback lines.
vm::Code* compile_for_runtime(const std::string& text, const std::string& filename, CompileMode mode,
                              bool top_level_await) {
  // CPython checks the string before tokenizing: no location.
  if (text.find('\0') != std::string::npos)
    raise_value(make_obj(new_exception(exc_types().SyntaxError, "source code string cannot contain null bytes")));
  CompileRequest req;
  req.mode = mode;
  req.namespace_names = true;
  req.top_level_await = top_level_await;
  req.remember = false;
  return compile_text(text, filename, req);
}

Value b_compile(Args& a) {
  static const std::vector<const char*> names = {"source", "filename", "mode", "flags", "dont_inherit", "optimize",
                                                 "_feature_version"};
  Value v[7];
  bind_clinic(a, "compile", names, 0, 6, v);
  for (int i = 0; i < 3; ++i)
    if (v[i].is_undef()) raisef(exc_types().TypeError, "compile() missing required argument '%s' (pos %d)", names[i], i + 1);
  std::string filename;
  if (is_str(v[1])) filename = as_str(v[1])->s;
  else if (is_bytes(v[1])) filename = as<Bytes>(v[1])->data;
  else raise(exc_types().TypeError, "expected str, bytes or os.PathLike object, not " + type_name(v[1]));
  if (!is_str(v[2])) raise(exc_types().TypeError, "compile() argument 'mode' must be str, not " + type_name(v[2]));
  int64_t flags = v[3].is_undef() ? 0 : index_value(v[3]);
  if (!v[4].is_undef()) truthy(v[4]);  // dont_inherit: coil has no __future__ state to inherit
  int64_t optimize = v[5].is_undef() ? -1 : index_value(v[5]);
  if (!v[6].is_undef()) index_value(v[6]);
  if (flags & ~kAcceptedFlags) raise(exc_types().ValueError, "compile(): unrecognised flags");
  if (optimize < -1 || optimize > 2) raise(exc_types().ValueError, "compile(): invalid optimize value");
  CompileMode mode = parse_mode(as_str(v[2])->s);
  if (flags & kOnlyAst)
    raise(exc_types().NotImplementedError, "compile() with ast.PyCF_ONLY_AST: coil has no ast module");
  if (!is_str(v[0]) && !is_byte_source(v[0]))
    raise(exc_types().TypeError, "compile() arg 1 must be a string, bytes or AST object");
  return make_obj(compile_for_runtime(source_text(v[0]), filename, mode, flags & kTopLevelAwait));
}

Value b_eval(Args& a) {
  if (a.nkw()) raise(exc_types().TypeError, "eval() takes no keyword arguments");
  if (a.n < 1) raisef(exc_types().TypeError, "eval expected at least 1 argument, got %d", a.n);
  if (a.n > 3) raisef(exc_types().TypeError, "eval expected at most 3 arguments, got %d", a.n);
  Value src = a.v[0];
  Scope s = resolve_scope(a.n > 1 ? a.v[1] : Value(), a.n > 2 ? a.v[2] : Value(), "eval");
  Rooted keep_locals(make_obj(s.locals));  // a fresh snapshot of the caller's locals
  vm::Code* code;
  if (is_code(src)) {
    code = as<vm::Code>(src);
  } else if (is_str(src) || is_byte_source(src)) {
    // eval() drops leading spaces and tabs (not newlines), as CPython does.
    std::string text = source_text(src);
    size_t skip = text.find_first_not_of(" \t");
    text.erase(0, skip == std::string::npos ? text.size() : skip);
    code = compile_for_runtime(text, "<string>", CompileMode::Eval, false);
  } else {
    raise(exc_types().TypeError, "eval() arg 1 must be a string, bytes or code object");
  }
  Rooted keep_code(make_obj(code));
  Tuple* closure = closure_for(code, Value(), "eval");
  return run_code_in(code, s.globals, s.locals, closure);
}

Value b_exec(Args& a) {
  static const std::vector<const char*> names = {"source", "globals", "locals", "closure"};
  if (a.n < 1) raisef(exc_types().TypeError, "exec() takes at least 1 positional argument (%d given)", a.n);
  Value v[4];
  bind_clinic(a, "exec", names, 3, 3, v);
  Value src = v[0];
  Scope s = resolve_scope(v[1], v[2], "exec");
  Rooted keep_locals(make_obj(s.locals));
  vm::Code* code;
  if (is_code(src)) {
    code = as<vm::Code>(src);
  } else if (is_str(src) || is_byte_source(src)) {
    if (!v[3].is_undef() && !v[3].is_none())
      raise(exc_types().TypeError, "closure can only be used when source is a code object");
    code = compile_for_runtime(source_text(src), "<string>", CompileMode::Exec, false);
  } else {
    raise(exc_types().TypeError, "exec() arg 1 must be a string, bytes or code object");
  }
  Rooted keep_code(make_obj(code));
  Tuple* closure = closure_for(code, v[3], "exec");
  Rooted keep_closure(closure ? make_obj(closure) : Value());
  run_code_in(code, s.globals, s.locals, closure);
  return make_none();
}

}  // namespace

Value script_locals(Dict* ns) {
  if (ns->has_side_attrs && !g_proxy_class.is_undef() && ns->type == as<TypeObject>(g_proxy_class))
    return mapping_of(make_obj(ns));
  return make_obj(ns);
}

void init_eval_exec(Dict* b) {
  b->set_str(intern("compile"), make_obj(new_native("compile", b_compile)));
  b->set_str(intern("eval"), make_obj(new_native("eval", b_eval)));
  b->set_str(intern("exec"), make_obj(new_native("exec", b_exec)));
}

}  // namespace coil::rt
