// The sys module: argv, exit, stdout/stderr, path, modules, limits.
#include <unistd.h>

#include <algorithm>
#include <cfloat>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "runtime/checked.h"
#include "runtime/codecs.h"
#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/frame_object.h"
#include "runtime/function.h"
#include "runtime/heap.h"
#include "runtime/list.h"
#include "runtime/misc.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/namespace.h"
#include "runtime/objects/structseq.h"
#include "runtime/ops.h"
#include "runtime/output.h"
#include "runtime/str.h"
#include "runtime/traceback.h"
#include "runtime/vm.h"
#include "stdlib/modules.h"
#include "vm/interp_support.h"

namespace coil::rt {

namespace {

Str* S(const char* s) { return intern(s); }

// sys.stdout / sys.stderr / sys.stdin: thin wrappers over the C streams,
// with the attributes of CPython's TextIOWrapper that programs read
// (encoding, errors, name, mode, buffer, ...). Their `buffer` is a
// BinaryStream over the same C stream, so that text and bytes written to
// stdout keep their order. (CPython's own are _io.TextIOWrapper objects;
// coil keeps stdout behind runtime/output.h's buffer, which tracebacks and
// the exit status share.)
struct TextStream : NativeObject {
  FILE* f;
  const char* name;
  Value buffer;  // the BinaryStream, made when first asked for
  // What reconfigure() set (Undef: the start-up value). The text is
  // written as UTF-8 whatever `encoding` says.
  Value encoding, errors, line_buffering, write_through;
  TextStream(FILE* f, const char* name) : NativeObject(stream_type()), f(f), name(name) {}
  static TypeObject* stream_type();
  void trace(Tracer& t) override {
    t.mark(buffer);
    t.mark(encoding);
    t.mark(errors);
    t.mark(line_buffering);
    t.mark(write_through);
  }
  Value get_attr(Str* attr) override;
};

struct BinaryStream : NativeObject {
  FILE* f;
  const char* name;
  BinaryStream(FILE* f, const char* name)
      : NativeObject(f == stdin ? reader_type() : writer_type()), f(f), name(name) {}
  static TypeObject* reader_type();
  static TypeObject* writer_type();
  Value get_attr(Str* attr) override;
};

TextStream* self_stream(Args& a) {
  if (a.n < 1 || !(a.v[0].is_obj() && a.v[0].o->type == TextStream::stream_type()))
    raise(exc_types().TypeError, "expected a text stream");
  return static_cast<TextStream*>(a.v[0].o);
}

BinaryStream* self_binary(Args& a) {
  if (a.n < 1 || !a.v[0].is_obj() ||
      (a.v[0].o->type != BinaryStream::reader_type() && a.v[0].o->type != BinaryStream::writer_type()))
    raise(exc_types().TypeError, "expected a binary stream");
  return static_cast<BinaryStream*>(a.v[0].o);
}

// Whether CPython would run the standard streams with surrogateescape: in
// the C or POSIX locale (C.UTF-8 included), which it coerces.
bool c_locale() {
  const char* loc = nullptr;
  for (const char* v : {"LC_ALL", "LC_CTYPE", "LANG"}) {
    const char* s = std::getenv(v);
    if (s && *s) {
      loc = s;
      break;
    }
  }
  if (!loc) return true;
  std::string l = loc;
  return l == "C" || l == "POSIX" || l == "C.UTF-8" || l == "C.utf8";
}

// The error handler of stdin and stdout: PYTHONIOENCODING's (strict when
// it names only an encoding), else surrogateescape in the C locale.
std::string stdio_errors() {
  const char* env = std::getenv("PYTHONIOENCODING");
  if (env && *env) {
    const char* colon = std::strchr(env, ':');
    return colon && colon[1] ? colon + 1 : "strict";
  }
  return c_locale() ? "surrogateescape" : "strict";
}

void write_bytes(FILE* f, std::string_view data) {
  if (f == stdout) {
    stdout_write(data);
  } else {
    if (f == stderr) stdout_flush_quietly();
    std::fwrite(data.data(), 1, data.size(), f);
    if (f == stderr) std::fflush(stderr);
  }
}

// One line of the C stream's bytes, with its '\n'; at most limit bytes.
std::string read_line_bytes(FILE* f, int64_t limit = -1) {
  std::string line;
  int c;
  while ((limit < 0 || static_cast<int64_t>(line.size()) < limit) && (c = std::fgetc(f)) != EOF) {
    line += static_cast<char>(c);
    if (c == '\n') break;
  }
  return line;
}

std::string read_all_bytes(FILE* f, int64_t limit = -1) {
  std::string all;
  char buf[4096];
  size_t n;
  while (limit < 0 || static_cast<int64_t>(all.size()) < limit) {
    size_t want = sizeof buf;
    if (limit >= 0) want = std::min<size_t>(want, static_cast<size_t>(limit - static_cast<int64_t>(all.size())));
    n = std::fread(buf, 1, want, f);
    if (n == 0) break;
    all.append(buf, n);
  }
  return all;
}

Value decode_input(const std::string& data) {
  return decode_bytes(data, "utf-8", stdio_errors());
}

int64_t size_or_all(Args& a) {
  if (a.n < 2 || a.v[1].is_none()) return -1;
  return index_value(a.v[1]);
}

Value stream_write(Args& a) {
  TextStream* s = self_stream(a);
  if (a.n != 2 || !is_str(a.v[1]))
    raise(exc_types().TypeError, "write() argument must be str, not " + (a.n > 1 ? type_name(a.v[1]) : "nothing"));
  Str* text = as_str(a.v[1]);
  write_bytes(s->f, text->s);
  return make_int(text->length);
}

Value stream_writelines(Args& a) {
  self_stream(a);
  if (a.n != 2) raise(exc_types().TypeError, "writelines() takes exactly one argument");
  Rooted it(get_iter(a.v[1]));
  for (;;) {
    Value line = iter_next(it.get());
    if (line.is_undef()) break;
    Rooted keep(line);
    Value args[2] = {a.v[0], line};
    Args wa{args, 2, nullptr};
    stream_write(wa);
  }
  return make_none();
}

Value stream_flush(Args& a) {
  TextStream* s = self_stream(a);
  if (s->f == stdout) stdout_flush();
  else std::fflush(s->f);
  return make_none();
}

Value stream_readline(Args& a) {
  TextStream* s = self_stream(a);
  return decode_input(read_line_bytes(s->f, size_or_all(a)));
}

Value stream_read(Args& a) {
  TextStream* s = self_stream(a);
  return decode_input(read_all_bytes(s->f, size_or_all(a)));
}

Value stream_readlines(Args& a) {
  TextStream* s = self_stream(a);
  Rooted out(make_obj(new_list()));
  for (;;) {
    std::string line = read_line_bytes(s->f);
    if (line.empty()) break;
    as<List>(out.get())->items.push_back(decode_input(line));
  }
  return out.get();
}

Value stream_isatty(Args& a) { return make_bool(isatty(fileno(self_stream(a)->f))); }
Value stream_fileno(Args& a) { return make_int(fileno(self_stream(a)->f)); }
Value stream_readable(Args& a) { return make_bool(self_stream(a)->f == stdin); }
Value stream_writable(Args& a) { return make_bool(self_stream(a)->f != stdin); }
Value stream_seekable(Args& a) {
  self_stream(a);
  return make_bool(false);
}

// reconfigure(*, encoding=None, errors=None, newline=..., line_buffering=None,
// write_through=None): checks its arguments as TextIOWrapper's does and
// records what the attributes then report.
Value stream_reconfigure(Args& a) {
  TextStream* s = self_stream(a);
  if (a.n > 1) raise(exc_types().TypeError, "reconfigure() takes no positional arguments");
  Value v[5];
  bind_keyword_args(a, "reconfigure", {"encoding", "errors", "newline", "line_buffering", "write_through"}, v);
  for (int i = 0; i < 2; ++i)
    if (!v[i].is_undef() && !v[i].is_none() && !is_str(v[i]))
      raise(exc_types().TypeError, std::string("reconfigure() argument '") + (i ? "errors" : "encoding") +
                                       "' must be str or None, not " + type_name(v[i]));
  if (!v[0].is_undef() && !v[0].is_none()) {
    codec_canonical_name(as_str(v[0])->s);  // LookupError for an unknown one
    s->encoding = v[0];
    if (v[1].is_undef() || v[1].is_none()) s->errors = str_value("strict");
  }
  if (!v[1].is_undef() && !v[1].is_none()) s->errors = v[1];
  if (!v[2].is_undef() && !v[2].is_none()) {
    if (!is_str(v[2]))
      raise(exc_types().TypeError, "reconfigure() argument 'newline' must be str or None, not " + type_name(v[2]));
    const std::string& nl = as_str(v[2])->s;
    if (!nl.empty() && nl != "\n" && nl != "\r" && nl != "\r\n")
      raise(exc_types().ValueError, "illegal newline value: " + nl);
  }
  if (!v[3].is_undef() && !v[3].is_none()) s->line_buffering = make_bool(truthy(v[3]));
  if (!v[4].is_undef() && !v[4].is_none()) s->write_through = make_bool(truthy(v[4]));
  if (s->f == stdout) stdout_flush();
  else std::fflush(s->f);
  return make_none();
}

Value stream_iter(Value self) { return self; }
Value stream_iternext(Value self) {
  TextStream* s = static_cast<TextStream*>(self.o);
  std::string line = read_line_bytes(s->f);
  if (line.empty()) return Value();
  return decode_input(line);
}

Value TextStream::get_attr(Str* attr) {
  const std::string& n = attr->s;
  if (n == "encoding") return encoding.is_undef() ? str_value("utf-8") : encoding;
  if (n == "errors") return !errors.is_undef() ? errors : str_value(f == stderr ? "backslashreplace" : stdio_errors());
  if (n == "name") return str_value(name);
  if (n == "mode") return str_value(f == stdin ? "r" : "w");
  if (n == "closed") return make_bool(false);
  if (n == "write_through") return write_through.is_undef() ? make_bool(false) : write_through;
  if (n == "line_buffering")
    return line_buffering.is_undef() ? make_bool(f == stderr || isatty(fileno(f))) : line_buffering;
  if (n == "newlines") return make_none();
  if (n == "buffer") {
    if (buffer.is_undef()) buffer = make_obj(heap().make<BinaryStream>(f, name));
    return buffer;
  }
  return Value();
}

Value BinaryStream::get_attr(Str* attr) {
  const std::string& n = attr->s;
  if (n == "name") return str_value(name);
  if (n == "mode") return str_value(f == stdin ? "rb" : "wb");
  if (n == "closed") return make_bool(false);
  return Value();
}

Value binary_write(Args& a) {
  BinaryStream* s = self_binary(a);
  if (a.n != 2) raise(exc_types().TypeError, "write() takes exactly one argument");
  std::string scratch;
  std::string_view data = need_buffer(a.v[1], &scratch);
  write_bytes(s->f, data);
  return make_int(static_cast<int64_t>(data.size()));
}

Value binary_flush(Args& a) {
  BinaryStream* s = self_binary(a);
  if (s->f == stdout) stdout_flush();
  else std::fflush(s->f);
  return make_none();
}

Value binary_read(Args& a) { return bytes_value(read_all_bytes(self_binary(a)->f, size_or_all(a))); }
Value binary_readline(Args& a) { return bytes_value(read_line_bytes(self_binary(a)->f, size_or_all(a))); }
Value binary_isatty(Args& a) { return make_bool(isatty(fileno(self_binary(a)->f))); }
Value binary_fileno(Args& a) { return make_int(fileno(self_binary(a)->f)); }

TypeObject* TextStream::stream_type() {
  static TypeObject* t = nullptr;
  if (!t) {
    t = new_builtin_type("TextIOWrapper", types().object, Kind::Native);
    heap().permanent_objects.push_back(reinterpret_cast<Object**>(&t));
    t->slots.iter = stream_iter;
    t->slots.iternext = stream_iternext;
    add_slot_methods(t);
    add_method(t, "write", stream_write);
    add_method(t, "writelines", stream_writelines);
    add_method(t, "flush", stream_flush);
    add_method(t, "readline", stream_readline);
    add_method(t, "readlines", stream_readlines);
    add_method(t, "read", stream_read);
    add_method(t, "isatty", stream_isatty);
    add_method(t, "fileno", stream_fileno);
    add_method(t, "readable", stream_readable);
    add_method(t, "writable", stream_writable);
    add_method(t, "seekable", stream_seekable);
    add_method(t, "reconfigure", stream_reconfigure);
  }
  return t;
}

TypeObject* make_binary_type(const char* name) {
  TypeObject* t = new_builtin_type(name, types().object, Kind::Native);
  add_method(t, "write", binary_write);
  add_method(t, "flush", binary_flush);
  add_method(t, "read", binary_read);
  add_method(t, "readline", binary_readline);
  add_method(t, "isatty", binary_isatty);
  add_method(t, "fileno", binary_fileno);
  return t;
}

TypeObject* BinaryStream::reader_type() {
  static TypeObject* t = nullptr;
  if (!t) {
    t = make_binary_type("BufferedReader");
    heap().permanent_objects.push_back(reinterpret_cast<Object**>(&t));
  }
  return t;
}

TypeObject* BinaryStream::writer_type() {
  static TypeObject* t = nullptr;
  if (!t) {
    t = make_binary_type("BufferedWriter");
    heap().permanent_objects.push_back(reinterpret_cast<Object**>(&t));
  }
  return t;
}

Value sys_exit(Args& a) {
  Exception* e = new_exception_args(exc_types().SystemExit, a.n ? std::vector<Value>{a.v[0]} : std::vector<Value>{});
  e->dict->set_str(S("code"), a.n ? a.v[0] : make_none());
  raise_value(make_obj(e));
}

Value sys_getrecursionlimit(Args&) { return make_int(vm().recursion_limit); }

Value sys_setrecursionlimit(Args& a) {
  if (a.nkw()) raise(exc_types().TypeError, "setrecursionlimit() takes no keyword arguments");
  if (a.n != 1) raisef(exc_types().TypeError, "setrecursionlimit() takes exactly one argument (%d given)", a.n);
  if (a.v[0].is_float()) raise(exc_types().TypeError, "'float' object cannot be interpreted as an integer");
  int limit = as_c_int(a.v[0]);
  if (limit < 1) raise(exc_types().ValueError, "recursion limit must be greater or equal than 1");
  if (limit <= vm().depth)
    raisef(exc_types().RecursionError,
           "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low", limit,
           vm().depth);
  // Any limit is kept, as CPython does: what really bounds recursion past it
  // is the frame stack (script calls) and the C++ stack guard (natives).
  vm().recursion_limit = limit;
  return make_none();
}

Value sys_exc_info(Args&) {
  Value e = vm().current_exc;
  if (e.is_undef() || e.is_none()) return make_obj(new_tuple({make_none(), make_none(), make_none()}));
  return make_obj(new_tuple({make_obj(type_of(e)), e, traceback_object(e)}));
}

}  // namespace

// sys.displayhook(value) and sys.__displayhook__: what the REPL and
// compile(..., 'single') do with an expression statement's value.
Value sys_displayhook(Args& a) {
  if (a.nkw()) raise(exc_types().TypeError, "sys.displayhook() takes no keyword arguments");
  if (a.n != 1) raisef(exc_types().TypeError, "sys.displayhook() takes exactly one argument (%d given)", a.n);
  display_value(a.v[0]);
  return make_none();
}

namespace {

// sys.excepthook(type, value, traceback): what an uncaught exception
// prints, on stderr.
Value sys_excepthook(Args& a) {
  if (a.nkw()) raise(exc_types().TypeError, "excepthook() takes no keyword arguments");
  if (a.n != 3) raisef(exc_types().TypeError, "excepthook expected 3 arguments, got %d", a.n);
  if (!kind_is(a.v[1], Kind::Exception)) raise(exc_types().TypeError, "print_exception(): Exception expected for value, " + type_name(a.v[1]) + " found");
  print_exception(a.v[1]);
  return make_none();
}

// sys._getframe([depth]): the frame object `depth` calls below the caller
// (natives have no frames, so the caller is the innermost script frame).
Value sys_getframe(Args& a) {
  if (a.nkw()) raise(exc_types().TypeError, "sys._getframe() takes no keyword arguments");
  if (a.n > 1) raisef(exc_types().TypeError, "_getframe expected at most 1 argument, got %d", a.n);
  int64_t depth = a.n ? index_value(a.v[0]) : 0;
  Frame* f = vm().frame;
  for (; f && depth > 0; --depth) f = f->back;
  if (!f) raise(exc_types().ValueError, "call stack is not deep enough");
  return make_obj(frame_object(f));
}

Value sys_exception(Args&) {
  Value e = vm().current_exc;
  return e.is_undef() ? make_none() : e;
}

Value sys_intern(Args& a) {
  if (a.n != 1 || !is_str(a.v[0])) raise(exc_types().TypeError, "intern() argument must be str");
  return make_obj(intern(as_str(a.v[0])->s));
}

Value sys_getsizeof(Args& a) {
  if (a.n < 1) raise(exc_types().TypeError, "getsizeof() takes at least 1 argument");
  if (!a.v[0].is_obj()) return make_int(28);
  return make_int(static_cast<int64_t>(a.v[0].o->heap_size()));
}

void set(Module* m, const char* name, Value v) { m->dict->set_str(S(name), v); }
void fn(Module* m, const char* name, NativeFn f) { set(m, name, make_obj(new_native(name, f))); }

}  // namespace

namespace {
// The sys module and the streams it started with, for replaced_std_stream.
Module* g_sys_module = nullptr;
Value g_original_streams[3];
}  // namespace

Value replaced_std_stream(int which) {
  static const char* const names[] = {"stdin", "stdout", "stderr"};
  if (!g_sys_module) return Value();
  Value v = g_sys_module->dict->get_str(intern(names[which]));
  if (v.is_undef()) return make_none();
  if (v.identical(g_original_streams[which])) return Value();
  return v;
}

Module* init_sys_module() {
  Module* m = new_module("sys");
  g_sys_module = m;
  heap().permanent_objects.push_back(reinterpret_cast<Object**>(&g_sys_module));
  VM& v = vm();
  std::vector<Value> argv;
  for (const std::string& s : v.argv) argv.push_back(str_value(s));
  set(m, "argv", make_obj(new_list(std::move(argv))));
  std::string dir = v.main_path.empty() ? "" : v.main_path.substr(0, v.main_path.rfind('/') == std::string::npos ? 0 : v.main_path.rfind('/'));
  // The script's folder, then CPython's standard library (CMakeLists.txt).
  std::vector<Value> path{str_value(dir)};
  const char* lib = std::getenv("COIL_CPYTHON_LIB");
  if (!lib) lib = COIL_CPYTHON_LIB_DIR;
  if (*lib) path.push_back(str_value(lib));
  set(m, "path", make_obj(new_list(std::move(path))));
  set(m, "modules", make_obj(v.modules));
  set(m, "stdout", make_obj(heap().make<TextStream>(stdout, "<stdout>")));
  set(m, "stderr", make_obj(heap().make<TextStream>(stderr, "<stderr>")));
  set(m, "stdin", make_obj(heap().make<TextStream>(stdin, "<stdin>")));
  set(m, "__stdout__", m->dict->get_str(S("stdout")));
  for (int i = 0; i < 3; ++i) {
    static const char* const names[] = {"stdin", "stdout", "stderr"};
    g_original_streams[i] = m->dict->get_str(S(names[i]));
    heap().permanent_values.push_back(&g_original_streams[i]);
  }
  set(m, "__stderr__", m->dict->get_str(S("stderr")));
  set(m, "maxsize", make_int(INT64_MAX));
  set(m, "byteorder", str_value("little"));
  set(m, "platform", str_value("linux"));
  set(m, "executable", str_value("/proc/self/exe"));
  set(m, "version", str_value("3.11.0 (coil)"));
  TypeObject* vi = new_structseq_type("sys", "version_info", {"major", "minor", "micro", "releaselevel", "serial"});
  Value version_info = new_structseq(vi, {make_int(3), make_int(11), make_int(0), str_value("final"), make_int(0)});
  set(m, "version_info", version_info);
  set(m, "hexversion", make_int(0x030B00F0));
  // PEP 421: a cache_tag of None means that compiled modules are not cached
  // on disk.
  Dict* impl = new_dict();
  Rooted keep_impl(make_obj(impl));
  impl->set_str(intern("name"), str_value("coil"));
  impl->set_str(intern("cache_tag"), make_none());
  impl->set_str(intern("version"), version_info);
  impl->set_str(intern("hexversion"), make_int(0x030B00F0));
  set(m, "implementation", new_simple_namespace(impl));
  fn(m, "exit", sys_exit);
  fn(m, "getrecursionlimit", sys_getrecursionlimit);
  fn(m, "setrecursionlimit", sys_setrecursionlimit);
  fn(m, "exc_info", sys_exc_info);
  fn(m, "exception", sys_exception);
  fn(m, "intern", sys_intern);
  fn(m, "getsizeof", sys_getsizeof);
  fn(m, "_getframe", sys_getframe);
  fn(m, "displayhook", sys_displayhook);
  set(m, "__displayhook__", m->dict->get_str(S("displayhook")));
  fn(m, "excepthook", sys_excepthook);
  set(m, "__excepthook__", m->dict->get_str(S("excepthook")));
  set(m, "__stdin__", m->dict->get_str(S("stdin")));
  // What CPython's own modules read of sys.
  {
    std::vector<const char*> names = native_module_names();
    std::sort(names.begin(), names.end(), [](const char* a, const char* b) { return std::strcmp(a, b) < 0; });
    std::vector<Value> items;
    for (const char* n : names) items.push_back(str_value(n));
    set(m, "builtin_module_names", make_obj(new_tuple(std::move(items))));
  }
  set(m, "warnoptions", make_obj(new_list()));
  set(m, "_xoptions", make_obj(new_dict()));
  set(m, "meta_path", make_obj(new_list()));
  set(m, "path_hooks", make_obj(new_list()));
  set(m, "path_importer_cache", make_obj(new_dict()));
  {
    std::vector<Value> orig;
    for (const std::string& s : v.argv) orig.push_back(str_value(s));
    set(m, "orig_argv", make_obj(new_list(std::move(orig))));
  }
  const char* lib_dir = std::getenv("COIL_CPYTHON_LIB");
  if (!lib_dir) lib_dir = COIL_CPYTHON_LIB_DIR;
  // prefix/lib/python3.11 is the library; coil has no site-packages.
  std::string prefix = lib_dir;
  for (int i = 0; i < 2 && prefix.rfind('/') != std::string::npos; ++i) prefix = prefix.substr(0, prefix.rfind('/'));
  for (const char* k : {"prefix", "base_prefix", "exec_prefix", "base_exec_prefix"}) set(m, k, str_value(prefix));
  set(m, "platlibdir", str_value("lib"));
  set(m, "pycache_prefix", make_none());
  set(m, "dont_write_bytecode", make_bool(true));
  set(m, "api_version", make_int(1013));
  set(m, "maxunicode", make_int(0x10FFFF));
  set(m, "float_repr_style", str_value("short"));
  set(m, "abiflags", str_value(""));
  set(m, "copyright", str_value("coil: Python 3.11 semantics; CPython is Copyright (c) 2001-2023 Python Software Foundation."));
  {
    TypeObject* ft = new_structseq_type(
        "sys", "flags",
        {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
         "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode",
         "utf8_mode", "warn_default_encoding", "safe_path"});
    std::vector<Value> vals(17, make_int(0));
    vals[4] = make_int(1);   // dont_write_bytecode
    vals[11] = make_int(1);  // hash_randomization
    vals[16] = make_bool(false);
    vals[13] = make_bool(false);
    set(m, "flags", new_structseq(ft, std::move(vals)));
  }
  {
    TypeObject* fi = new_structseq_type("sys", "float_info",
                                        {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig",
                                         "mant_dig", "epsilon", "radix", "rounds"});
    set(m, "float_info", new_structseq(fi, {make_float(DBL_MAX), make_int(DBL_MAX_EXP), make_int(DBL_MAX_10_EXP),
                                            make_float(DBL_MIN), make_int(DBL_MIN_EXP), make_int(DBL_MIN_10_EXP),
                                            make_int(DBL_DIG), make_int(DBL_MANT_DIG), make_float(DBL_EPSILON),
                                            make_int(FLT_RADIX), make_int(1)}));
    TypeObject* ii = new_structseq_type("sys", "int_info",
                                        {"bits_per_digit", "sizeof_digit", "default_max_str_digits",
                                         "str_digits_check_threshold"});
    set(m, "int_info", new_structseq(ii, {make_int(30), make_int(4), make_int(4300), make_int(640)}));
    TypeObject* hi = new_structseq_type("sys", "hash_info",
                                        {"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits",
                                         "seed_bits", "cutoff"});
    set(m, "hash_info", new_structseq(hi, {make_int(64), make_int((int64_t{1} << 61) - 1), make_int(314159),
                                           make_int(0), make_int(1000003), str_value("siphash13"), make_int(64),
                                           make_int(128), make_int(0)}));
  }
  fn(m, "getdefaultencoding", [](Args&) -> Value { return str_value("utf-8"); });
  fn(m, "getfilesystemencoding", [](Args&) -> Value { return str_value("utf-8"); });
  fn(m, "getfilesystemencodeerrors", [](Args&) -> Value { return str_value("surrogateescape"); });
  fn(m, "gettrace", [](Args&) -> Value { return make_none(); });
  fn(m, "getprofile", [](Args&) -> Value { return make_none(); });
  fn(m, "settrace", [](Args&) -> Value { return make_none(); });
  fn(m, "setprofile", [](Args&) -> Value { return make_none(); });
  fn(m, "audit", [](Args&) -> Value { return make_none(); });
  fn(m, "addaudithook", [](Args&) -> Value { return make_none(); });
  fn(m, "is_finalizing", [](Args&) -> Value { return make_bool(false); });
  return m;
}

}  // namespace coil::rt
