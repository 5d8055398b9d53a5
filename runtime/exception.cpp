#include "runtime/exception.h"
#include "runtime/exception_group.h"

#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <new>
#include <stdexcept>

#include "runtime/dict.h"
#include "runtime/function.h"
#include "runtime/heap.h"
#include "runtime/list.h"
#include "runtime/objects/descriptor.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/traceback.h"
#include "runtime/vm.h"

namespace coil::rt {

ExceptionTypes& exc_types() {
  static ExceptionTypes t;
  return t;
}

Exception::Exception(TypeObject* cls) : Instance(cls, Kind::Exception) {
  args = make_obj(empty_tuple());
  cause = make_none();
  context = make_none();
}

void Exception::trace(Tracer& t) {
  Instance::trace(t);
  t.mark(args);
  t.mark(cause);
  t.mark(context);
  t.mark(traceback);
}

Exception* new_exception_args(TypeObject* type, std::vector<Value> args) {
  Exception* e = heap().make<Exception>(type);
  e->args = make_obj(new_tuple(std::move(args)));
  // The attributes AttributeError and NameError always have.
  ExceptionTypes& x = exc_types();
  if (type->is_subtype(x.AttributeError)) {
    e->dict->set_str(intern("name"), make_none());
    e->dict->set_str(intern("obj"), make_none());
  } else if (type->is_subtype(x.NameError)) {
    e->dict->set_str(intern("name"), make_none());
  }
  return e;
}

Exception* new_exception(TypeObject* type, std::string msg) {
  if (msg.empty() && type != exc_types().KeyError) return new_exception_args(type, {});
  return new_exception_args(type, {str_value(msg)});
}

namespace {

// Implicit chaining: an exception raised while another is being handled
// records it as __context__ (unless that would make a cycle).
void set_implicit_context(Value exc) {
  VM& m = vm();
  if (exc.is_obj() && exc.o->kind == Kind::Exception && !m.current_exc.is_undef() &&
      !m.current_exc.is_none() && !m.current_exc.identical(exc)) {
    Exception* e = as<Exception>(exc);
    // Break a cycle: walk the context chain of the handled exception.
    Value c = m.current_exc;
    while (c.is_obj() && c.o->kind == Kind::Exception) {
      Exception* ce = as<Exception>(c);
      if (ce->context.identical(exc)) {
        ce->context = make_none();
        break;
      }
      c = ce->context;
    }
    e->context = m.current_exc;
  }
}

// Raised when even a MemoryError cannot be allocated (made at start-up).
Object* g_spare_memory_error = nullptr;

Value memory_error() {
  try {
    return make_obj(new_exception(exc_types().MemoryError, ""));
  } catch (std::bad_alloc&) {
    as<Exception>(make_obj(g_spare_memory_error))->traceback = nullptr;
    return make_obj(g_spare_memory_error);
  }
}

}  // namespace

void raise_value(Value exc) {
  set_implicit_context(exc);
  throw PyError{exc};
}

Value exception_from_cpp() {
  Value exc;
  try {
    throw;
  } catch (PyError& e) {
    return e.exc;
  } catch (std::bad_alloc&) {
    exc = memory_error();
  } catch (std::length_error&) {
    // A container asked for more than max_size(): a size no allocation
    // could satisfy, which CPython reports as MemoryError too.
    exc = memory_error();
  } catch (std::exception& e) {
    exc = make_obj(new_exception(exc_types().SystemError, std::string("internal error: ") + e.what()));
  }
  set_implicit_context(exc);
  return exc;
}

void raise(TypeObject* type, std::string msg) { raise_value(make_obj(new_exception(type, std::move(msg)))); }

void raisef(TypeObject* type, const char* fmt, ...) {
  va_list ap, again;
  va_start(ap, fmt);
  va_copy(again, ap);
  int n = std::vsnprintf(nullptr, 0, fmt, ap);  // messages may quote long reprs
  va_end(ap);
  std::string msg(n > 0 ? static_cast<size_t>(n) : 0, '\0');
  if (n > 0) std::vsnprintf(msg.data(), msg.size() + 1, fmt, again);
  va_end(again);
  raise(type, std::move(msg));
}

void raise_attribute_error(Value obj, Str* name, std::string msg) {
  Exception* e = new_exception(exc_types().AttributeError, std::move(msg));
  e->dict->set_str(intern("name"), make_obj(name));
  e->dict->set_str(intern("obj"), obj);
  raise_value(make_obj(e));
}

bool exception_matches(Value exc, Value type_or_tuple) {
  if (!(exc.is_obj() && exc.o->kind == Kind::Exception)) return false;
  TypeObject* t = exc.o->type;
  if (is_tuple(type_or_tuple)) {
    for (Value x : as<Tuple>(type_or_tuple)->items)
      if (exception_matches(exc, x)) return true;
    return false;
  }
  return type_or_tuple.is_obj() && type_or_tuple.o->kind == Kind::Type &&
         t->is_subtype(static_cast<TypeObject*>(type_or_tuple.o));
}

std::string exception_message(Value exc) { return str(exc); }

// __traceback__ = v and with_traceback(v): a traceback object or None.
static void set_traceback(Exception* e, Value v) {
  if (v.is_none()) e->traceback = nullptr;
  else if (is_traceback(v)) e->traceback = v.o;
  else raise(exc_types().TypeError, "__traceback__ must be a traceback or None");
}

// ------------------------------------------------- BaseException getsets

static Exception* exc_of(Value self) { return as<Exception>(self); }

static Value exc_get_args(Value self) { return exc_of(self)->args; }
static void exc_set_args(Value self, Value v) {
  if (v.is_undef()) raise(exc_types().TypeError, "args may not be deleted");
  std::vector<Value> items;
  collect_values(v, items);
  exc_of(self)->args = make_obj(new_tuple(std::move(items)));
}
static Value exc_get_cause(Value self) { return exc_of(self)->cause; }
static void exc_set_cause(Value self, Value v) {
  if (v.is_undef()) raise(exc_types().TypeError, "__cause__ may not be deleted");
  if (!v.is_none() && !kind_is(v, Kind::Exception))
    raise(exc_types().TypeError, "exception cause must be None or derive from BaseException");
  exc_of(self)->cause = v;
  exc_of(self)->suppress_context = true;
}
static Value exc_get_context(Value self) { return exc_of(self)->context; }
static void exc_set_context(Value self, Value v) {
  if (v.is_undef()) raise(exc_types().TypeError, "__context__ may not be deleted");
  if (!v.is_none() && !kind_is(v, Kind::Exception))
    raise(exc_types().TypeError, "exception context must be None or derive from BaseException");
  exc_of(self)->context = v;
}
static Value exc_get_suppress(Value self) { return make_bool(exc_of(self)->suppress_context); }
static void exc_set_suppress(Value self, Value v) {
  if (v.is_undef()) raise(exc_types().TypeError, "can't delete attribute");
  exc_of(self)->suppress_context = truthy(v);
}
static Value exc_get_traceback(Value self) { return traceback_object(self); }
static void exc_set_traceback(Value self, Value v) {
  if (v.is_undef()) raise(exc_types().TypeError, "__traceback__ may not be deleted");
  set_traceback(exc_of(self), v);
}
static Value exc_get_dict(Value self) { return make_obj(exc_of(self)->dict); }
static void exc_set_dict(Value self, Value v) {
  if (v.is_undef()) raise(exc_types().TypeError, "cannot delete __dict__");
  if (!kind_is(v, Kind::Dict))
    raise(exc_types().TypeError, "__dict__ must be set to a dictionary, not a '" + type_name(v) + "'");
  exc_of(self)->dict = as<Dict>(v);
}

const GetSetDef kBaseExceptionGetSets[] = {
    {"args", exc_get_args, exc_set_args},
    {"__cause__", exc_get_cause, exc_set_cause},
    {"__context__", exc_get_context, exc_set_context},
    {"__suppress_context__", exc_get_suppress, exc_set_suppress, true},
    {"__traceback__", exc_get_traceback, exc_set_traceback},
    {"__dict__", exc_get_dict, exc_set_dict},
};

// The members that __init__ sets (StopIteration.value, SystemExit.code,
// SyntaxError.msg, ...). They live in the instance dict, since natives that
// raise these exceptions skip __init__; until set, value and code are the
// first argument and the others None.
template <const char* Name, bool FromArgs>
static Value exc_member_get(Value self) {
  Exception* e = exc_of(self);
  Value v = e->dict->get_str(intern(Name));
  if (!v.is_undef()) return v;
  Tuple* args = as<Tuple>(e->args);
  return FromArgs && !args->items.empty() ? args->items[0] : make_none();
}
template <const char* Name>
static void exc_member_set(Value self, Value v) {
  Exception* e = exc_of(self);
  if (v.is_undef()) e->dict->set_str(intern(Name), make_none());
  else e->dict->set_str(intern(Name), v);
}
#define COIL_EXC_MEMBER(ident, from_args)                                              \
  static constexpr char k_##ident[] = #ident;                                         \
  static constexpr GetSetDef k_##ident##_member = {k_##ident, exc_member_get<k_##ident, from_args>, \
                                                   exc_member_set<k_##ident>, true};
COIL_EXC_MEMBER(value, true)
COIL_EXC_MEMBER(code, true)
COIL_EXC_MEMBER(msg, true)
COIL_EXC_MEMBER(filename, false)
COIL_EXC_MEMBER(lineno, false)
COIL_EXC_MEMBER(offset, false)
COIL_EXC_MEMBER(text, false)
COIL_EXC_MEMBER(end_lineno, false)
COIL_EXC_MEMBER(end_offset, false)
COIL_EXC_MEMBER(print_file_and_line, false)
#undef COIL_EXC_MEMBER
const GetSetDef kSyntaxErrorMembers[] = {k_msg_member,       k_filename_member,   k_lineno_member,
                                          k_offset_member,    k_text_member,       k_end_lineno_member,
                                          k_end_offset_member, k_print_file_and_line_member};

// ------------------------------------------------- BaseException methods

static Exception* self_exc(Args& a) {
  if (a.n < 1 || !(a.v[0].is_obj() && a.v[0].o->kind == Kind::Exception))
    raise(exc_types().TypeError, "descriptor requires a 'BaseException' object");
  return as<Exception>(a.v[0]);
}

static Value exc_init(Args& a) {
  Exception* e = self_exc(a);
  e->args = make_obj(new_tuple(std::vector<Value>(a.v + 1, a.v + a.n)));
  return make_none();
}

static Value exc_str(Args& a) {
  Exception* e = self_exc(a);
  Tuple* args = as<Tuple>(e->args);
  if (args->items.empty()) return str_value("");
  if (args->items.size() == 1) {
    if (e->type->is_subtype(exc_types().KeyError)) return make_obj(repr_str(args->items[0]));
    return make_obj(str_str(args->items[0]));
  }
  return make_obj(repr_str(e->args));
}

static Value exc_repr(Args& a) {
  Exception* e = self_exc(a);
  Tuple* args = as<Tuple>(e->args);
  std::string inner;
  if (args->items.size() == 1) inner = repr(args->items[0]);
  else if (!args->items.empty()) {
    inner = repr(e->args);
    inner = inner.substr(1, inner.size() - 2);
    if (args->items.size() == 1 && !inner.empty() && inner.back() == ',') inner.pop_back();
  }
  return str_value(e->type->name->s + "(" + inner + ")");
}

static Value exc_with_traceback(Args& a) {
  Exception* e = self_exc(a);
  if (a.n != 2) raisef(exc_types().TypeError, "BaseException.with_traceback() takes exactly one argument (%d given)", a.n - 1);
  set_traceback(e, a.v[1]);
  return a.v[0];
}

static Value exc_add_note(Args& a) {
  Exception* e = self_exc(a);
  if (a.n != 2) raisef(exc_types().TypeError, "BaseException.add_note() takes exactly one argument (%d given)", a.n - 1);
  if (!is_str(a.v[1])) raise(exc_types().TypeError, "note must be a str, not '" + type_name(a.v[1]) + "'");
  Str* key = intern("__notes__");
  Value notes = e->dict->get_str(key);
  if (notes.is_undef()) {
    notes = make_obj(new_list());
    e->dict->set_str(key, notes);
  }
  as<List>(notes)->items.push_back(a.v[1]);
  return make_none();
}

static Value stop_iteration_init(Args& a) {
  exc_init(a);
  Exception* e = self_exc(a);
  e->dict->set_str(intern("value"), a.n > 1 ? a.v[1] : make_none());
  return make_none();
}

// OSError(errno, strerror[, filename[, winerror[, filename2]]]): with two to
// five arguments the first two are errno and strerror, and args keeps only
// those two; otherwise errno and the rest are None.
static Value os_error_init(Args& a) {
  exc_init(a);
  Exception* e = self_exc(a);
  int n = a.n - 1;
  Value none = make_none();
  bool structured = n >= 2 && n <= 5;
  e->dict->set_str(intern("errno"), structured ? a.v[1] : none);
  e->dict->set_str(intern("strerror"), structured ? a.v[2] : none);
  e->dict->set_str(intern("filename"), structured && n >= 3 ? a.v[3] : none);
  e->dict->set_str(intern("filename2"), structured && n >= 5 ? a.v[5] : none);
  if (structured && n >= 3) e->args = make_obj(new_tuple({a.v[1], a.v[2]}));
  return none;
}

static Value os_error_str(Args& a) {
  Exception* e = self_exc(a);
  Value err = e->dict->get_str(intern("errno")), msg = e->dict->get_str(intern("strerror"));
  Value file = e->dict->get_str(intern("filename")), file2 = e->dict->get_str(intern("filename2"));
  if (!err.is_undef() && !err.is_none() && !msg.is_undef() && !msg.is_none()) {
    std::string s = "[Errno " + str(err) + "] " + str(msg);
    if (!file.is_undef() && !file.is_none()) {
      s += ": " + repr(file);
      if (!file2.is_undef() && !file2.is_none()) s += " -> " + repr(file2);
    }
    return str_value(s);
  }
  return exc_str(a);
}

TypeObject* os_error_type(int err) {
  ExceptionTypes& x = exc_types();
  TypeObject* t = x.OSError;
  switch (err) {
    case EPIPE: case ESHUTDOWN: t = x.BrokenPipeError; break;
    case ECONNABORTED: t = x.ConnectionAbortedError; break;
    case ECONNREFUSED: t = x.ConnectionRefusedError; break;
    case ECONNRESET: t = x.ConnectionResetError; break;
    case EEXIST: t = x.FileExistsError; break;
    case ENOENT: t = x.FileNotFoundError; break;
    case EISDIR: t = x.IsADirectoryError; break;
    case ENOTDIR: t = x.NotADirectoryError; break;
    case EINTR: t = x.InterruptedError; break;
    case EACCES: case EPERM: t = x.PermissionError; break;
    case ESRCH: t = x.ProcessLookupError; break;
    case ETIMEDOUT: t = x.TimeoutError; break;
    case EAGAIN: case EALREADY: case EINPROGRESS: t = x.BlockingIOError; break;
    case ECHILD: t = x.ChildProcessError; break;
    default: break;
  }
  return t;
}

Exception* new_os_error(int err, Value filename) {
  Exception* e = new_exception_args(os_error_type(err), {make_int(err), str_value(std::strerror(err))});
  Value none = make_none();
  e->dict->set_str(intern("errno"), make_int(err));
  e->dict->set_str(intern("strerror"), str_value(std::strerror(err)));
  e->dict->set_str(intern("filename"), filename.is_undef() ? none : filename);
  e->dict->set_str(intern("filename2"), none);
  return e;
}

void raise_os_error(int err, Value filename) { raise_value(make_obj(new_os_error(err, filename))); }

// AttributeError(*args, name=None, obj=None) and NameError(*args,
// name=None): the keywords CPython 3.10+ accepts, as attributes.
static Value init_with_names(Args& a, const char* type, std::initializer_list<const char*> allowed) {
  Exception* e = self_exc(a);
  e->args = make_obj(new_tuple(std::vector<Value>(a.v + 1, a.v + a.n)));
  for (const char* name : allowed) e->dict->set_str(intern(name), make_none());
  for (int k = 0; k < a.nkw(); ++k) {
    Str* key = as_str(a.kwnames->items[static_cast<size_t>(k)]);
    bool ok = false;
    for (const char* name : allowed) ok = ok || key->s == name;
    if (!ok) raisef(exc_types().TypeError, "'%s' is an invalid keyword argument for %s()", key->s.c_str(), type);
    e->dict->set_str(key, a.kw(k));
  }
  return make_none();
}

static Value attribute_error_init(Args& a) { return init_with_names(a, "AttributeError", {"name", "obj"}); }
static Value name_error_init(Args& a) { return init_with_names(a, "NameError", {"name"}); }

// SyntaxError(msg, (filename, lineno, offset, text[, end_lineno,
// end_offset])): the details become attributes, None when not given.
static Value syntax_error_init(Args& a) {
  exc_init(a);
  Exception* e = self_exc(a);
  static const char* const fields[] = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
  Value none = make_none();
  e->dict->set_str(intern("msg"), a.n >= 2 ? a.v[1] : none);
  for (const char* f : fields) e->dict->set_str(intern(f), none);
  e->dict->set_str(intern("print_file_and_line"), none);
  if (a.n == 3) {
    std::vector<Value> info;
    collect_values(a.v[2], info);
    if (info.size() < 4) raisef(exc_types().TypeError, "function takes at least 4 arguments (%zu given)", info.size());
    if (info.size() > 6) raisef(exc_types().TypeError, "function takes at most 6 arguments (%zu given)", info.size());
    for (size_t i = 0; i < info.size(); ++i) e->dict->set_str(intern(fields[i]), info[i]);
  }
  return make_none();
}

// "msg (file.py, line 3)": the file's base name and the line when known.
static Value syntax_error_str(Args& a) {
  Exception* e = self_exc(a);
  Value msg = e->dict->get_str(intern("msg"));
  if (msg.is_undef()) {  // made natively with args only
    Tuple* args = as<Tuple>(e->args);
    msg = args->items.empty() ? make_none() : args->items[0];
  }
  std::string out = str(msg);
  Value filename = e->dict->get_str(intern("filename"));
  Value lineno = e->dict->get_str(intern("lineno"));
  bool has_file = is_str(filename), has_line = lineno.is_int();
  std::string base;
  if (has_file) {
    base = as_str(filename)->s;
    size_t slash = base.rfind('/');
    if (slash != std::string::npos) base = base.substr(slash + 1);
  }
  if (has_file && has_line) out += " (" + base + ", line " + std::to_string(lineno.i) + ")";
  else if (has_file) out += " (" + base + ")";
  else if (has_line) out += " (line " + std::to_string(lineno.i) + ")";
  return str_value(out);
}

static Value system_exit_init(Args& a) {
  exc_init(a);
  Exception* e = self_exc(a);
  e->dict->set_str(intern("code"), a.n == 1 ? make_none() : a.n == 2 ? a.v[1] : e->args);
  return make_none();
}

void init_exception_types() {
  ExceptionTypes& x = exc_types();
  auto mk = [](const char* name, TypeObject* base) {
    TypeObject* t = new_builtin_type(name, base, Kind::Exception);
    return t;
  };
  x.BaseException = mk("BaseException", types().object);
  add_method(x.BaseException, "__init__", exc_init);
  add_method(x.BaseException, "__str__", exc_str);
  add_method(x.BaseException, "__repr__", exc_repr);
  add_method(x.BaseException, "with_traceback", exc_with_traceback);
  add_method(x.BaseException, "add_note", exc_add_note);
  add_getsets(x.BaseException, kBaseExceptionGetSets);
  x.SystemExit = mk("SystemExit", x.BaseException);
  add_method(x.SystemExit, "__init__", system_exit_init);
  add_getset_def(x.SystemExit, k_code_member);
  x.KeyboardInterrupt = mk("KeyboardInterrupt", x.BaseException);
  x.GeneratorExit = mk("GeneratorExit", x.BaseException);
  x.Exception = mk("Exception", x.BaseException);
  x.StopIteration = mk("StopIteration", x.Exception);
  add_method(x.StopIteration, "__init__", stop_iteration_init);
  add_getset_def(x.StopIteration, k_value_member);
  x.StopAsyncIteration = mk("StopAsyncIteration", x.Exception);
  x.ArithmeticError = mk("ArithmeticError", x.Exception);
  x.ZeroDivisionError = mk("ZeroDivisionError", x.ArithmeticError);
  x.OverflowError = mk("OverflowError", x.ArithmeticError);
  x.FloatingPointError = mk("FloatingPointError", x.ArithmeticError);
  x.AssertionError = mk("AssertionError", x.Exception);
  x.AttributeError = mk("AttributeError", x.Exception);
  add_method(x.AttributeError, "__init__", attribute_error_init);
  x.BufferError = mk("BufferError", x.Exception);
  x.EOFError = mk("EOFError", x.Exception);
  x.LookupError = mk("LookupError", x.Exception);
  x.IndexError = mk("IndexError", x.LookupError);
  x.KeyError = mk("KeyError", x.LookupError);
  x.MemoryError = mk("MemoryError", x.Exception);
  x.NameError = mk("NameError", x.Exception);
  add_method(x.NameError, "__init__", name_error_init);
  x.UnboundLocalError = mk("UnboundLocalError", x.NameError);
  x.OSError = mk("OSError", x.Exception);
  add_method(x.OSError, "__init__", os_error_init);
  add_method(x.OSError, "__str__", os_error_str);
  x.FileNotFoundError = mk("FileNotFoundError", x.OSError);
  x.PermissionError = mk("PermissionError", x.OSError);
  x.ConnectionError = mk("ConnectionError", x.OSError);
  x.BrokenPipeError = mk("BrokenPipeError", x.ConnectionError);
  x.ConnectionAbortedError = mk("ConnectionAbortedError", x.ConnectionError);
  x.ConnectionRefusedError = mk("ConnectionRefusedError", x.ConnectionError);
  x.ConnectionResetError = mk("ConnectionResetError", x.ConnectionError);
  x.ProcessLookupError = mk("ProcessLookupError", x.OSError);
  x.TimeoutError = mk("TimeoutError", x.OSError);
  x.FileExistsError = mk("FileExistsError", x.OSError);
  x.IsADirectoryError = mk("IsADirectoryError", x.OSError);
  x.NotADirectoryError = mk("NotADirectoryError", x.OSError);
  x.InterruptedError = mk("InterruptedError", x.OSError);
  x.BlockingIOError = mk("BlockingIOError", x.OSError);
  x.ChildProcessError = mk("ChildProcessError", x.OSError);
  x.RuntimeError = mk("RuntimeError", x.Exception);
  x.SystemError = mk("SystemError", x.Exception);
  x.ReferenceError = mk("ReferenceError", x.Exception);
  x.RecursionError = mk("RecursionError", x.RuntimeError);
  x.NotImplementedError = mk("NotImplementedError", x.RuntimeError);
  x.SyntaxError = mk("SyntaxError", x.Exception);
  add_method(x.SyntaxError, "__init__", syntax_error_init);
  add_method(x.SyntaxError, "__str__", syntax_error_str);
  add_getsets(x.SyntaxError, kSyntaxErrorMembers);
  x.IndentationError = mk("IndentationError", x.SyntaxError);
  x.TabError = mk("TabError", x.IndentationError);
  x.TypeError = mk("TypeError", x.Exception);
  x.ValueError = mk("ValueError", x.Exception);
  x.UnicodeError = mk("UnicodeError", x.ValueError);
  x.UnicodeDecodeError = mk("UnicodeDecodeError", x.UnicodeError);
  x.UnicodeEncodeError = mk("UnicodeEncodeError", x.UnicodeError);
  x.ImportError = mk("ImportError", x.Exception);
  x.ModuleNotFoundError = mk("ModuleNotFoundError", x.ImportError);
  x.BaseExceptionGroup = mk("BaseExceptionGroup", x.BaseException);
  x.ExceptionGroup = mk("ExceptionGroup", x.BaseExceptionGroup);
  x.ExceptionGroup->bases.push_back(x.Exception);
  x.ExceptionGroup->compute_mro();
  init_exception_group_methods();
  x.Warning = mk("Warning", x.Exception);
  x.RuntimeWarning = mk("RuntimeWarning", x.Warning);
  x.DeprecationWarning = mk("DeprecationWarning", x.Warning);
  x.UserWarning = mk("UserWarning", x.Warning);
  x.PendingDeprecationWarning = mk("PendingDeprecationWarning", x.Warning);
  x.SyntaxWarning = mk("SyntaxWarning", x.Warning);
  x.FutureWarning = mk("FutureWarning", x.Warning);
  x.ImportWarning = mk("ImportWarning", x.Warning);
  x.UnicodeWarning = mk("UnicodeWarning", x.Warning);
  x.BytesWarning = mk("BytesWarning", x.Warning);
  x.ResourceWarning = mk("ResourceWarning", x.Warning);
  x.EncodingWarning = mk("EncodingWarning", x.Warning);
  // asyncio's own: their __module__ makes tracebacks say asyncio.exceptions.
  x.CancelledError = mk("CancelledError", x.BaseException);
  x.CancelledError->module = intern("asyncio.exceptions");
  x.InvalidStateError = mk("InvalidStateError", x.Exception);
  x.InvalidStateError->module = intern("asyncio.exceptions");
  g_spare_memory_error = new_exception(x.MemoryError, "");
  heap().permanent_objects.push_back(&g_spare_memory_error);
}

}  // namespace coil::rt
