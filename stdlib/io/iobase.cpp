#include "stdlib/io/iobase.h"

#include <algorithm>
#include <cstring>
#include <unordered_set>
#include <vector>

#include "runtime/checked.h"
#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/heap.h"
#include "runtime/list.h"
#include "runtime/objects/bytearray.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/descriptor.h"
#include "runtime/objects/memoryview.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/vm.h"

namespace coil::rt::io {

namespace {
IoTypes g_io_types{};
}  // namespace

IoTypes& io_types() { return g_io_types; }

// ------------------------------------------------------------ IOObject

namespace {

std::unordered_set<IOObject*>& tracked() {
  static std::unordered_set<IOObject*> set;
  return set;
}
uint64_t g_next_close_order = 1;
void (*g_previous_after_mark)() = nullptr;

// Before the sweep: the tracked objects the marking did not reach write out
// what they buffer (their buffers and files are still intact).
void flush_dead_streams() {
  if (g_previous_after_mark) g_previous_after_mark();
  for (IOObject* o : tracked())
    if (!o->marked) o->flush_unreachable();
}

// At exit: close() what is still open, the most recently made first (a text
// wrapper before its buffer), ignoring errors as CPython's finalizers do.
void close_at_exit() {
  std::vector<IOObject*> live(tracked().begin(), tracked().end());
  std::sort(live.begin(), live.end(), [](IOObject* a, IOObject* b) { return a->close_order > b->close_order; });
  RootedVector keep;
  for (IOObject* o : live) keep.push_back(make_obj(o));
  for (Value v : keep) {
    try {
      call_method0(v, "close");
    } catch (PyError&) {
    }
  }
}

}  // namespace

IOObject::~IOObject() {
  if (close_order) tracked().erase(this);
}

void track_for_close(IOObject* o) {
  if (g_next_close_order == 1) {
    g_previous_after_mark = heap().after_mark_hook;
    heap().after_mark_hook = flush_dead_streams;
    vm().late_exit_hooks.push_back(close_at_exit);
  }
  o->close_order = g_next_close_order++;
  tracked().insert(o);
}

void IOObject::trace(Tracer& t) { t.mark(dict); }

Value IOObject::get_attr(Str* name) {
  if (name == COIL_NAME("__IOBase_closed")) return iobase_closed ? make_bool(true) : Value();
  if (!dict) return Value();
  return dict->get_str(name);
}

bool IOObject::set_attr(Str* name, Value v) {
  if (name == COIL_NAME("__IOBase_closed")) {
    iobase_closed = !v.is_undef();
    return true;
  }
  // A subclass instance keeps its attributes in the side table; data
  // descriptors of the type (closed, name of a buffered object) decide for
  // themselves.
  if (has_side_attrs) return false;
  Value ca = cached_lookup(type, name);
  if (kind_is(ca, Kind::GetSet) || kind_is(ca, Kind::Property)) return false;
  if (v.is_undef()) {
    if (!dict || !dict->remove(make_obj(name))) return false;
    return true;
  }
  if (!dict) dict = new_dict();
  dict->set_str(name, v);
  return true;
}

// ------------------------------------------------------------ errors

void raise_unsupported(const std::string& msg) {
  Exception* e = new_exception(io_types().UnsupportedOperation, msg);
  raise_value(make_obj(e));
}

void raise_closed() { raise(exc_types().ValueError, "I/O operation on closed file."); }

void raise_errno(int err, Value filename) { raise_os_error(err, filename); }

// ------------------------------------------------------------ calls

Value call_method0(Value obj, const char* name) { return call_method(obj, intern(name), nullptr, 0); }

Value call_method1(Value obj, const char* name, Value arg) { return call_method(obj, intern(name), &arg, 1); }

bool attr_closed(Value obj) { return truthy(getattr(obj, COIL_NAME("closed"))); }

namespace {
void check_true(Value obj, const char* method, const char* what) {
  Value r = call_method0(obj, method);
  if (!(r.is_bool() && r.b)) raise_unsupported(std::string("File or stream is not ") + what + ".");
}
}  // namespace

void check_readable(Value obj) { check_true(obj, "readable", "readable"); }
void check_writable(Value obj) { check_true(obj, "writable", "writable"); }
void check_seekable(Value obj) { check_true(obj, "seekable", "seekable"); }

void check_closed_attr(Value obj) {
  Value c = getattr_opt(obj, COIL_NAME("closed"));
  if (!c.is_undef() && truthy(c)) raise_closed();
}

// ------------------------------------------------------------ arguments

int64_t optional_size(Value v, int64_t dflt) {
  if (v.is_undef() || v.is_none()) return dflt;
  Value i = index_or_undef(v);
  if (i.is_undef()) raise(exc_types().TypeError, "argument should be integer or None, not '" + type_name(v) + "'");
  return index_ssize_of(i, v, exc_types().OverflowError);
}

Str* optional_str(Value v, const char* fn, const char* arg) {
  if (v.is_undef() || v.is_none()) return nullptr;
  if (!is_str(v))
    raisef(exc_types().TypeError, "%s() argument '%s' must be str or None, not %s", fn, arg, type_name(v).c_str());
  return as_str(v);
}

int64_t size_arg(Value v, int64_t dflt) {
  if (v.is_undef()) return dflt;
  return as_ssize(v);
}

// ------------------------------------------------------------ buffers

void WritableBuffer::fill(std::string_view data) const {
  size_t n = std::min(data.size(), static_cast<size_t>(length));
  if (step == 1) {
    std::memcpy(storage->data() + start, data.data(), n);
    return;
  }
  for (size_t i = 0; i < n; ++i) (*storage)[static_cast<size_t>(start + static_cast<int64_t>(i) * step)] = data[i];
}

WritableBuffer writable_buffer(Value v, const char* fn) {
  WritableBuffer b;
  if (kind_is(v, Kind::ByteArray)) {
    ByteArray* ba = as<ByteArray>(v);
    b.storage = &ba->data;
    b.length = static_cast<int64_t>(ba->data.size());
    return b;
  }
  if (kind_is(v, Kind::MemoryView)) {
    MemoryView* m = as<MemoryView>(v);
    if (m->released) raise(exc_types().ValueError, "operation forbidden on released memoryview object");
    if (!m->readonly && kind_is(m->obj, Kind::ByteArray)) {
      b.storage = &as<ByteArray>(m->obj)->data;
      b.start = m->start;
      b.step = m->step;
      b.length = m->length;
      return b;
    }
  }
  raisef(exc_types().TypeError, "%s() argument must be read-write bytes-like object, not %s", fn,
         type_name(v).c_str());
}

// ------------------------------------------------------------ _IOBase

bool iobase_is_closed(Value self) {
  if (self.is_obj() && self.o->kind == Kind::Native && self.o->type->is_subtype(io_types().IOBase))
    return static_cast<IOObject*>(self.o)->iobase_closed;
  return !getattr_opt(self, COIL_NAME("__IOBase_closed")).is_undef();
}

namespace {

Value self_value(Args& a) { return a.v[0]; }

Value iob_seek(Args& a) {
  (void)a;
  raise_unsupported("seek");
}

Value iob_tell(Args& a) {
  Value args[2] = {make_int(0), make_int(1)};
  return call_method(self_value(a), COIL_NAME("seek"), args, 2);
}

Value iob_truncate(Args& a) {
  (void)a;
  raise_unsupported("truncate");
}

Value iob_flush(Args& a) {
  if (iobase_is_closed(self_value(a))) raise_closed();
  return make_none();
}

Value iob_close(Args& a) { return iobase_close(self_value(a)); }

Value iob_false(Args& a) {
  (void)a;
  return make_bool(false);
}

Value iob_check_closed(Args& a) {
  check_closed_attr(self_value(a));
  return make_none();
}

Value iob_check_seekable(Args& a) {
  check_seekable(self_value(a));
  return make_bool(true);
}

Value iob_check_readable(Args& a) {
  check_readable(self_value(a));
  return make_bool(true);
}

Value iob_check_writable(Args& a) {
  check_writable(self_value(a));
  return make_bool(true);
}

Value iob_fileno(Args& a) {
  (void)a;
  raise_unsupported("fileno");
}

Value iob_isatty(Args& a) {
  check_closed_attr(self_value(a));
  return make_bool(false);
}

Value iob_enter(Args& a) {
  check_closed_attr(self_value(a));
  return self_value(a);
}

Value iob_exit(Args& a) { return call_method0(self_value(a), "close"); }

// _IOBase.readline(size=-1): byte by byte, or through peek() when the
// object has one, until b'\n'.
Value iob_readline(Args& a) {
  Value self = self_value(a);
  int64_t limit = optional_size(a.n > 1 ? a.v[1] : Value());
  Rooted peek(getattr_opt(self, COIL_NAME("peek")));
  std::string buffer;
  while (limit < 0 || static_cast<int64_t>(buffer.size()) < limit) {
    int64_t nreadahead = 1;
    if (!peek.get().is_undef()) {
      Value ahead = call1(peek.get(), make_int(1));
      if (!kind_is(ahead, Kind::Bytes))
        raise(exc_types().OSError, "peek() should have returned a bytes object, not '" + type_name(ahead) + "'");
      const std::string& d = as<Bytes>(ahead)->data;
      if (!d.empty()) {
        int64_t n = 0;
        int64_t size = static_cast<int64_t>(d.size());
        while (n < size && (limit < 0 || n < limit)) {
          if (d[static_cast<size_t>(n++)] == '\n') break;
        }
        nreadahead = n;
      }
    }
    Value b = call_method1(self, "read", make_int(nreadahead));
    if (!kind_is(b, Kind::Bytes))
      raise(exc_types().OSError, "read() should have returned a bytes object, not '" + type_name(b) + "'");
    const std::string& d = as<Bytes>(b)->data;
    if (d.empty()) break;
    buffer += d;
    if (buffer.back() == '\n') break;
  }
  return bytes_value(std::move(buffer));
}

Value iob_iter_slot(Value self) {
  check_closed_attr(self);
  return self;
}

Value iob_readlines(Args& a) {
  Value self = self_value(a);
  int64_t hint = optional_size(a.n > 1 ? a.v[1] : Value());
  Rooted result(make_obj(new_list()));
  List* out = as<List>(result.get());
  Rooted it(get_iter(self));
  int64_t total = 0;
  for (;;) {
    Value line = iter_next(it.get());
    if (line.is_undef()) break;
    out->items.push_back(line);
    if (hint <= 0) continue;
    int64_t n = length(line);
    if (n > hint - total) break;
    total += n;
  }
  return result.get();
}

Value iob_writelines(Args& a) {
  Value self = self_value(a);
  check_closed_attr(self);
  Rooted it(get_iter(a.v[1]));
  for (;;) {
    Value line = iter_next(it.get());
    if (line.is_undef()) break;
    call_method1(self, "write", line);
  }
  return make_none();
}

Value iob_closed_get(Value self) { return make_bool(iobase_is_closed(self)); }

Value iob_dict_get(Value self) {
  if (InstanceAttrs* ia = instance_attrs(self); ia && ia->dict) return make_obj(ia->dict);
  if (self.is_obj() && self.o->kind == Kind::Native) {
    IOObject* o = static_cast<IOObject*>(self.o);
    if (!o->dict) o->dict = new_dict();
    return make_obj(o->dict);
  }
  raise_attribute_error(self, COIL_NAME("__dict__"), "'" + type_name(self) + "' object has no attribute '__dict__'");
}

const MethodDef kIOBaseMethods[] = {
    {"seek", iob_seek, ArgSpec::VarArgs},
    {"tell", iob_tell, ArgSpec::NoArgs},
    {"truncate", iob_truncate, ArgSpec::VarArgs},
    {"flush", iob_flush, ArgSpec::NoArgs},
    {"close", iob_close, ArgSpec::NoArgs},
    {"seekable", iob_false, ArgSpec::NoArgs},
    {"readable", iob_false, ArgSpec::NoArgs},
    {"writable", iob_false, ArgSpec::NoArgs},
    {"_checkClosed", iob_check_closed, ArgSpec::VarArgs},
    {"_checkSeekable", iob_check_seekable, ArgSpec::VarArgs},
    {"_checkReadable", iob_check_readable, ArgSpec::VarArgs},
    {"_checkWritable", iob_check_writable, ArgSpec::VarArgs},
    {"fileno", iob_fileno, ArgSpec::NoArgs},
    {"isatty", iob_isatty, ArgSpec::NoArgs},
    {"__enter__", iob_enter, ArgSpec::NoArgs},
    {"__exit__", iob_exit, ArgSpec::VarArgs},
    {"readline", iob_readline, ArgSpec::Range, 0, 1},
    {"readlines", iob_readlines, ArgSpec::Range, 0, 1},
    {"writelines", iob_writelines, ArgSpec::One},
};

const GetSetDef kIOBaseGetSets[] = {
    {"closed", iob_closed_get},
    {"__dict__", iob_dict_get},
};

// ------------------------------------------------------------ _RawIOBase

Value raw_read(Args& a) {
  Value self = self_value(a);
  int64_t n = a.n > 1 ? as_ssize(a.v[1]) : -1;
  if (n < 0) return call_method0(self, "readall");
  Rooted b(make_obj(new_bytearray(std::string(static_cast<size_t>(n), '\0'))));
  Value res = call_method1(self, "readinto", b.get());
  if (res.is_none()) return res;
  int64_t got = index_ssize(res, exc_types().ValueError);
  std::string& d = as<ByteArray>(b.get())->data;
  if (got < 0 || got > static_cast<int64_t>(d.size()))
    raisef(exc_types().ValueError, "readinto returned %lld outside buffer size %zu", static_cast<long long>(got),
           d.size());
  return bytes_value(d.substr(0, static_cast<size_t>(got)));
}

Value raw_readall(Args& a) {
  Value self = self_value(a);
  std::string all;
  bool any = false;
  for (;;) {
    Value data = call_method1(self, "read", make_int(kDefaultBufferSize));
    if (data.is_none()) {
      if (!any) return data;
      break;
    }
    if (!kind_is(data, Kind::Bytes)) raise(exc_types().TypeError, "read() should return bytes");
    const std::string& d = as<Bytes>(data)->data;
    if (d.empty()) break;
    all += d;
    any = true;
  }
  return bytes_value(std::move(all));
}

Value not_implemented_error(Args& a) {
  (void)a;
  raise_value(make_obj(new_exception_args(exc_types().NotImplementedError, {})));
}

const MethodDef kRawIOBaseMethods[] = {
    {"read", raw_read, ArgSpec::Range, 0, 1},
    {"readall", raw_readall, ArgSpec::NoArgs},
    {"readinto", not_implemented_error, ArgSpec::VarArgs},
    {"write", not_implemented_error, ArgSpec::VarArgs},
};

// ------------------------------------------------------------ _BufferedIOBase

Value bufbase_readinto_generic(Args& a, const char* method, const char* fn) {
  Value self = self_value(a);
  WritableBuffer wb = writable_buffer(a.v[1], fn);
  int64_t len = wb.length;
  Value data = call_method1(self, method, make_int(len));
  if (!kind_is(data, Kind::Bytes)) raise(exc_types().TypeError, "read() should return bytes");
  const std::string& d = as<Bytes>(data)->data;
  if (static_cast<int64_t>(d.size()) > len)
    raisef(exc_types().ValueError, "read() returned too much data: %lld bytes requested, %zu returned",
           static_cast<long long>(len), d.size());
  // The buffer may have changed while read() ran.
  writable_buffer(a.v[1], fn).fill(d);
  return make_int(static_cast<int64_t>(d.size()));
}

Value bufbase_readinto(Args& a) { return bufbase_readinto_generic(a, "read", "readinto"); }
Value bufbase_readinto1(Args& a) { return bufbase_readinto_generic(a, "read1", "readinto1"); }
Value bufbase_detach(Args& a) {
  (void)a;
  raise_unsupported("detach");
}
Value bufbase_read(Args& a) {
  (void)a;
  raise_unsupported("read");
}
Value bufbase_read1(Args& a) {
  (void)a;
  raise_unsupported("read1");
}
Value bufbase_write(Args& a) {
  (void)a;
  raise_unsupported("write");
}

const MethodDef kBufferedIOBaseMethods[] = {
    {"detach", bufbase_detach, ArgSpec::NoArgs},   {"read", bufbase_read, ArgSpec::VarArgs},
    {"read1", bufbase_read1, ArgSpec::VarArgs},    {"readinto", bufbase_readinto, ArgSpec::One},
    {"readinto1", bufbase_readinto1, ArgSpec::One}, {"write", bufbase_write, ArgSpec::VarArgs},
};

// ------------------------------------------------------------ _TextIOBase

Value textbase_detach(Args& a) {
  (void)a;
  raise_unsupported("detach");
}
Value textbase_read(Args& a) {
  (void)a;
  raise_unsupported("read");
}
Value textbase_readline(Args& a) {
  (void)a;
  raise_unsupported("readline");
}
Value textbase_write(Args& a) {
  (void)a;
  raise_unsupported("write");
}
Value none_getter(Value) { return make_none(); }

const MethodDef kTextIOBaseMethods[] = {
    {"detach", textbase_detach, ArgSpec::NoArgs},
    {"read", textbase_read, ArgSpec::VarArgs},
    {"readline", textbase_readline, ArgSpec::VarArgs},
    {"write", textbase_write, ArgSpec::VarArgs},
};

const GetSetDef kTextIOBaseGetSets[] = {
    {"encoding", none_getter},
    {"newlines", none_getter},
    {"errors", none_getter},
};

// An abstract base: instances are plain instances of it.
TypeObject* new_abstract_base(const char* name, TypeObject* base) {
  TypeObject* t = new_io_type(name, base, Kind::Instance);
  t->instances_have_dict = true;
  return t;
}

// Calling an abstract base directly (`_io._IOBase()`), as CPython allows.
template <TypeObject* IoTypes::*Member>
Value abstract_ctor(Args& a) {
  TypeObject* t = io_types().*Member;
  if (a.n || a.nkw()) raise(exc_types().TypeError, t->name->s + "() takes no arguments");
  return make_obj(heap().make<Instance>(t));
}

}  // namespace

Value iobase_close(Value self) {
  if (iobase_is_closed(self)) return make_none();
  Rooted keep(self);
  try {
    call_method0(self, "flush");
  } catch (PyError&) {
    setattr(self, COIL_NAME("__IOBase_closed"), make_bool(true));
    throw;
  }
  setattr(self, COIL_NAME("__IOBase_closed"), make_bool(true));
  return make_none();
}

Value iobase_iternext(Value self) {
  Value line = call_method0(self, "readline");
  if (length(line) <= 0) return Value();
  return line;
}

TypeObject* new_io_type(const char* name, TypeObject* base, Kind kind) {
  TypeObject* t = new_builtin_type(name, base, kind);
  t->module = intern("_io");
  t->qualified_tp_name = true;
  t->subclassing = Subclassing::Allowed;
  return t;
}

namespace {

// T.__new__(cls, *args, **kwargs): an empty instance of the native layout.
struct NewEntry {
  TypeObject* type;
  Value (*make)(TypeObject*);
};
std::vector<NewEntry>& new_entries() {
  static std::vector<NewEntry> entries;
  return entries;
}

Value io_new(Args& a) {
  TypeObject* owner = a.callee ? a.callee->slot_owner : nullptr;
  Value (*make)(TypeObject*) = nullptr;
  for (const NewEntry& e : new_entries())
    if (e.type == owner) make = e.make;
  if (!owner || !make) raise(exc_types().SystemError, "_io __new__ without an owner");
  const std::string& tn = owner->name->s;
  if (a.n < 1) raise(exc_types().TypeError, tn + ".__new__(): not enough arguments");
  if (!kind_is(a.v[0], Kind::Type))
    raise(exc_types().TypeError, tn + ".__new__(X): X is not a type object (" + type_name(a.v[0]) + ")");
  TypeObject* cls = as<TypeObject>(a.v[0]);
  if (!cls->is_subtype(owner))
    raise(exc_types().TypeError, tn + ".__new__(" + cls->name->s + "): " + cls->name->s + " is not a subtype of " + tn);
  Value made = make(owner);
  if (cls != owner) adopt_into_class(made.o, cls);
  return made;
}

}  // namespace

void add_io_new(TypeObject* t, Value (*make)(TypeObject*)) {
  new_entries().push_back({t, make});
  NativeFunction* f = new_native("__new__", io_new);
  f->owner = t;
  f->slot_owner = t;
  f->is_method = false;
  t->dict->set_str(intern("__new__"), make_obj(f));
}

Value construct(TypeObject* t, Args& a, NativeFn init) {
  Value (*make)(TypeObject*) = nullptr;
  for (const NewEntry& e : new_entries())
    if (e.type == t) make = e.make;
  RootedVector args;
  args.push_back(make(t));
  int total = a.n + a.nkw();
  for (int i = 0; i < total; ++i) args.push_back(a.v[i]);
  Args ia{args.data(), a.n + 1, a.kwnames};
  init(ia);
  return args[0];
}

void init_iobase_types() {
  IoTypes& io = io_types();
  io.IOBase = new_abstract_base("_IOBase", types().object);
  io.IOBase->ctor = abstract_ctor<&IoTypes::IOBase>;
  TypeSlots& s = io.IOBase->slots;
  s.iter = iob_iter_slot;
  s.iternext = iobase_iternext;
  add_slot_methods(io.IOBase);
  add_methods(io.IOBase, kIOBaseMethods);
  add_getsets(io.IOBase, kIOBaseGetSets);

  io.RawIOBase = new_abstract_base("_RawIOBase", io.IOBase);
  io.RawIOBase->ctor = abstract_ctor<&IoTypes::RawIOBase>;
  add_methods(io.RawIOBase, kRawIOBaseMethods);

  io.BufferedIOBase = new_abstract_base("_BufferedIOBase", io.IOBase);
  io.BufferedIOBase->ctor = abstract_ctor<&IoTypes::BufferedIOBase>;
  add_methods(io.BufferedIOBase, kBufferedIOBaseMethods);

  io.TextIOBase = new_abstract_base("_TextIOBase", io.IOBase);
  io.TextIOBase->ctor = abstract_ctor<&IoTypes::TextIOBase>;
  add_methods(io.TextIOBase, kTextIOBaseMethods);
  add_getsets(io.TextIOBase, kTextIOBaseGetSets);
}

}  // namespace coil::rt::io
