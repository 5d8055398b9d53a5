// memoryview: views of the bytes of a bytes or bytearray, with CPython's
// messages. Only the one-dimensional unsigned-byte format 'B' exists here
// (what views of bytes and bytearray have); cast() keeps it.
#include "runtime/objects/memoryview.h"

#include <cinttypes>
#include <cstdio>

#include "runtime/checked.h"
#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/heap.h"
#include "runtime/init.h"
#include "runtime/list.h"
#include "runtime/misc.h"
#include "runtime/native.h"
#include "runtime/objects/bytearray.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/bytes_methods.h"
#include "runtime/ops.h"
#include "runtime/seq_ops.h"
#include "runtime/str.h"

namespace coil::rt {

namespace {

MemoryView* self_mv(Value v) { return static_cast<MemoryView*>(v.o); }

// CPython's flag for one dimension: one item, or items a byte apart (so an
// empty view with a step is not contiguous).
bool is_contiguous(MemoryView* m) { return m->step == 1 || m->length == 1; }

void check_released(MemoryView* m) {
  if (m->released) raise(exc_types().ValueError, "operation forbidden on released memoryview object");
}

// The exporter's storage (bytes and bytearray both keep a std::string).
std::string& storage(MemoryView* m) {
  return kind_is(m->obj, Kind::Bytes) ? as<Bytes>(m->obj)->data : as<ByteArray>(m->obj)->data;
}

// Byte offset of item i (0 <= i < length) in the exporter's storage. A
// bytearray cannot resize while a view of it is held (check_resizable);
// the check guards against a view that reachability judged dropped while a
// native still used it.
size_t offset_of(MemoryView* m, int64_t i) {
  int64_t off = m->start + i * m->step;
  if (off < 0 || off >= static_cast<int64_t>(storage(m).size()))
    raise(exc_types().IndexError, "index out of bounds on dimension 1");
  return static_cast<size_t>(off);
}

// A new view of m's exporter: items start, start+step, ... (length of them)
// in m's own item numbering.
MemoryView* subview(MemoryView* m, int64_t start, int64_t step, int64_t length, bool readonly) {
  MemoryView* v = heap().make<MemoryView>();
  v->obj = m->obj;
  v->start = m->start + start * m->step;
  v->step = m->step * step;
  v->length = length;
  v->readonly = readonly;
  if (kind_is(v->obj, Kind::ByteArray)) ++as<ByteArray>(v->obj)->exports;
  return v;
}

void release(MemoryView* m) {
  if (m->released) return;
  m->released = true;
  if (kind_is(m->obj, Kind::ByteArray) && as<ByteArray>(m->obj)->exports > 0) --as<ByteArray>(m->obj)->exports;
}

// A tuple of indices: one is an item (the view has one dimension); none
// would be a sub-view.
bool is_multi_index(Value key) {
  if (!kind_is(key, Kind::Tuple)) return false;
  for (Value x : as<Tuple>(key)->items)
    if (!x.is_int() && !x.is_bool() && !kind_is(x, Kind::BigInt) &&
        !(kind_is(x, Kind::Instance) && !cached_lookup(type_of(x), COIL_NAME("__index__")).is_undef()))
      return false;
  return true;
}

bool is_multi_slice(Value key) {
  if (!kind_is(key, Kind::Tuple)) return false;
  for (Value x : as<Tuple>(key)->items)
    if (!kind_is(x, Kind::Slice)) return false;
  return true;
}

// Whether key names one item: an int, anything with __index__ (run here,
// once), or a tuple of one such (an index for each of the view's one
// dimension). Sets *i to the item, checked against the view's length.
bool item_key(MemoryView* m, Value key, int64_t* i) {
  Value original = key;
  Value index = index_or_undef(key);
  if (index.is_undef()) {
    if (!is_multi_index(key)) return false;
    Tuple* t = as<Tuple>(key);
    if (t->items.empty()) raise(exc_types().NotImplementedError, "sub-views are not implemented");
    if (t->items.size() > 1)
      raisef(exc_types().TypeError, "cannot index 1-dimension view with %zu-element tuple", t->items.size());
    original = t->items[0];
    index = index_or_undef(original);
    if (index.is_undef()) raise(exc_types().TypeError, "memoryview: invalid slice key");
  }
  int64_t x = index_ssize_of(index, original, exc_types().IndexError);
  if (x < 0) x += m->length;
  if (x < 0 || x >= m->length) raise(exc_types().IndexError, "index out of bounds on dimension 1");
  *i = x;
  return true;
}

// ------------------------------------------------------------------ slots

std::string address(const void* p) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "0x%" PRIxPTR, reinterpret_cast<uintptr_t>(p));
  return buf;
}

std::string repr_slot(Value self) {
  return std::string(self_mv(self)->released ? "<released memory at " : "<memory at ") + address(self.o) + ">";
}

int64_t hash_slot(Value self) {
  MemoryView* m = self_mv(self);
  if (m->hash != -1) return m->hash;
  check_released(m);
  if (!m->readonly) raise(exc_types().ValueError, "cannot hash writable memoryview object");
  hash_value(m->obj);  // an unhashable exporter makes the view unhashable, as in CPython
  std::string scratch;
  m->hash = hash_bytes(memoryview_bytes(m, &scratch));
  return m->hash;
}

// == and != only: equal items, against any buffer.
Value richcompare_slot(Value self, Value other, int op) {
  if (op != kCmpEq && op != kCmpNe) return not_implemented();
  bool equal;
  if (self.identical(other)) {
    equal = true;
  } else if (self_mv(self)->released || (kind_is(other, Kind::MemoryView) && self_mv(other)->released)) {
    equal = false;
  } else {
    std::string mine_scratch, theirs_scratch;
    std::string_view theirs;
    if (!get_buffer(other, &theirs, &theirs_scratch)) return not_implemented();
    equal = memoryview_bytes(self_mv(self), &mine_scratch) == theirs;
  }
  return make_bool(equal == (op == kCmpEq));
}

int64_t len_slot(Value self) {
  check_released(self_mv(self));
  return self_mv(self)->length;
}

bool truthy_slot(Value self) { return len_slot(self) != 0; }

Value getitem_slot(Value self, Value key) {
  MemoryView* m = self_mv(self);
  check_released(m);
  if (kind_is(key, Kind::Slice)) {
    int64_t start, stop, step;
    as<Slice>(key)->indices(m->length, &start, &stop, &step);
    return make_obj(subview(m, start, step, slice_length(start, stop, step), m->readonly));
  }
  int64_t i;
  if (item_key(m, key, &i)) return make_int(static_cast<unsigned char>(storage(m)[offset_of(m, i)]));
  if (is_multi_slice(key)) raise(exc_types().NotImplementedError, "multi-dimensional slicing is not implemented");
  raise(exc_types().TypeError, "memoryview: invalid slice key");
}

// One item's value for format 'B'.
char item_value(Value v) {
  Value i = index_or_undef(v);
  if (i.is_undef()) raise(exc_types().TypeError, "memoryview: invalid type for format 'B'");
  int64_t x = i.is_int() ? i.as_int() : i.is_bool() ? i.as_bool() : -1;  // a big int is out of range
  if (x < 0 || x > 255) raise(exc_types().ValueError, "memoryview: invalid value for format 'B'");
  return static_cast<char>(x);
}

void setitem_slot(Value self, Value key, Value value) {
  MemoryView* m = self_mv(self);
  check_released(m);
  if (m->readonly) raise(exc_types().TypeError, "cannot modify read-only memory");
  if (value.is_undef()) raise(exc_types().TypeError, "cannot delete memory");
  if (kind_is(key, Kind::Slice)) {
    std::string scratch;
    std::string src(need_buffer(value, &scratch));
    int64_t start, stop, step;
    as<Slice>(key)->indices(m->length, &start, &stop, &step);
    int64_t len = slice_length(start, stop, step);
    if (static_cast<int64_t>(src.size()) != len)
      raise(exc_types().ValueError, "memoryview assignment: lvalue and rvalue have different structures");
    for (int64_t k = 0; k < len; ++k) storage(m)[offset_of(m, start + k * step)] = src[static_cast<size_t>(k)];
    return;
  }
  int64_t i;
  if (item_key(m, key, &i)) {
    char c = item_value(value);
    storage(m)[offset_of(m, i)] = c;
    return;
  }
  if (is_multi_slice(key))
    raise(exc_types().NotImplementedError, "memoryview slice assignments are currently restricted to ndim = 1");
  raise(exc_types().TypeError, "memoryview: invalid slice key");
}

Value iter_slot(Value self) {
  check_released(self_mv(self));
  return new_iterator(IterKind::MemoryView, self, 0);
}

// ------------------------------------------------------------ constructor

Value memoryview_ctor(Args& a) {
  Value obj = a.n > 0 ? a.v[0] : Value();
  for (int k = 0; k < a.nkw(); ++k) {
    if (as_str(a.kwnames->items[k])->s != "object") continue;
    if (a.n > 0)
      raise(exc_types().TypeError, "argument for memoryview() given by name ('object') and position (1)");
    obj = a.kw(k);
  }
  if (obj.is_undef()) raise(exc_types().TypeError, "memoryview() missing required argument 'object' (pos 1)");
  if (a.n + a.nkw() > 1)
    raisef(exc_types().TypeError, "memoryview() takes at most 1 argument (%d given)", a.n + a.nkw());
  return make_obj(new_memoryview(obj));
}

// ---------------------------------------------------------------- methods

Value mv_tobytes(Args& a) {
  Value v[1];
  MemoryView* m = self_of<MemoryView>(a);
  bind_keyword_args(a, "tobytes", {"order"}, v);
  if (!v[0].is_undef() && !v[0].is_none()) {
    if (!is_str(v[0]))
      raisef(exc_types().TypeError, "tobytes() argument 'order' must be str or None, not %s", type_name(v[0]).c_str());
    const std::string& o = as_str(v[0])->s;
    if (o != "C" && o != "F" && o != "A") raise(exc_types().ValueError, "order must be 'C', 'F' or 'A'");
  }
  std::string scratch;
  return bytes_value(std::string(memoryview_bytes(m, &scratch)));
}

Value mv_tolist(Args& a) {
  MemoryView* m = self_of<MemoryView>(a);
  std::string scratch;
  std::string_view d = memoryview_bytes(m, &scratch);
  std::vector<Value> items;
  items.reserve(d.size());
  for (unsigned char c : d) items.push_back(make_int(c));
  return make_obj(new_list(std::move(items)));
}

Value mv_hex(Args& a) {
  Value v[2];
  MemoryView* m = self_of<MemoryView>(a);
  bind_keyword_args(a, "hex", {"sep", "bytes_per_sep"}, v);
  check_released(m);
  HexSep sep = hex_sep(v[0], v[1]);
  std::string scratch;
  return str_value(bytes_hex(memoryview_bytes(m, &scratch), sep));
}

Value mv_release(Args& a) {
  release(self_of<MemoryView>(a));
  return make_none();
}

Value mv_toreadonly(Args& a) {
  MemoryView* m = self_of<MemoryView>(a);
  check_released(m);
  return make_obj(subview(m, 0, 1, m->length, true));
}

// cast() to the format the view already has; other formats would need the
// struct module's item codecs, which coil does not have.
Value mv_cast(Args& a) {
  Value v[2];
  MemoryView* m = self_of<MemoryView>(a);
  bind_keyword_args(a, "cast", {"format", "shape"}, v);
  check_released(m);
  if (v[0].is_undef()) raise(exc_types().TypeError, "cast() missing required argument 'format' (pos 1)");
  if (!is_str(v[0]))
    raisef(exc_types().TypeError, "cast() argument 'format' must be str, not %s", type_name(v[0]).c_str());
  const std::string& f = as_str(v[0])->s;
  if (!is_contiguous(m)) raise(exc_types().TypeError, "memoryview: casts are restricted to C-contiguous views");
  if ((f != "B" && f != "@B") || !v[1].is_undef())
    raise(exc_types().NotImplementedError, "memoryview.cast() supports only format 'B' without a shape");
  return make_obj(subview(m, 0, 1, m->length, m->readonly));
}

Value mv_enter(Args& a) {
  check_released(self_of<MemoryView>(a));
  return a.v[0];
}

Value mv_exit(Args& a) {
  release(self_of<MemoryView>(a));
  return make_none();
}

const MethodDef kMethods[] = {
    {"tobytes", mv_tobytes},
    {"tolist", mv_tolist, ArgSpec::NoArgs},
    {"hex", mv_hex},
    {"release", mv_release, ArgSpec::NoArgs},
    {"cast", mv_cast},
    {"toreadonly", mv_toreadonly, ArgSpec::NoArgs},
    {"__enter__", mv_enter, ArgSpec::NoArgs},
    {"__exit__", mv_exit, ArgSpec::VarArgs},
};

// --------------------------------------------------------------- attributes

template <Value (*Get)(MemoryView*)>
Value attribute(Args& a) {
  MemoryView* m = self_of<MemoryView>(a);
  check_released(m);
  return Get(m);
}

Value get_obj(MemoryView* m) { return m->obj; }
Value get_nbytes(MemoryView* m) { return make_int(m->length); }
Value get_readonly(MemoryView* m) { return make_bool(m->readonly); }
Value get_itemsize(MemoryView*) { return make_int(1); }
Value get_format(MemoryView*) { return str_value("B"); }
Value get_ndim(MemoryView*) { return make_int(1); }
Value get_shape(MemoryView* m) { return make_obj(new_tuple({make_int(m->length)})); }
Value get_strides(MemoryView* m) { return make_obj(new_tuple({make_int(m->step)})); }
Value get_suboffsets(MemoryView*) { return make_obj(empty_tuple()); }
Value get_contiguous(MemoryView* m) { return make_bool(is_contiguous(m)); }

// Read-only attributes: properties whose getter is checked as a method
// without arguments, so that fget(5) is refused as CPython's descriptors
// refuse it.
const MethodDef kAttributes[] = {
    {"obj", attribute<get_obj>, ArgSpec::NoArgs},
    {"nbytes", attribute<get_nbytes>, ArgSpec::NoArgs},
    {"readonly", attribute<get_readonly>, ArgSpec::NoArgs},
    {"itemsize", attribute<get_itemsize>, ArgSpec::NoArgs},
    {"format", attribute<get_format>, ArgSpec::NoArgs},
    {"ndim", attribute<get_ndim>, ArgSpec::NoArgs},
    {"shape", attribute<get_shape>, ArgSpec::NoArgs},
    {"strides", attribute<get_strides>, ArgSpec::NoArgs},
    {"suboffsets", attribute<get_suboffsets>, ArgSpec::NoArgs},
    {"c_contiguous", attribute<get_contiguous>, ArgSpec::NoArgs},
    {"f_contiguous", attribute<get_contiguous>, ArgSpec::NoArgs},
    {"contiguous", attribute<get_contiguous>, ArgSpec::NoArgs},
};

void add_attribute(TypeObject* t, const MethodDef& def) {
  NativeFunction* f = new_native(def.name, def.fn);
  f->owner = t;
  f->def = &def;
  f->def_owner = t;
  Property* p = heap().make<Property>();
  p->fget = make_obj(f);
  p->doc = make_none();
  t->dict->set_str(intern(def.name), make_obj(p));
}

}  // namespace

MemoryView* new_memoryview(Value v) {
  if (kind_is(v, Kind::MemoryView)) {
    MemoryView* m = self_mv(v);
    check_released(m);
    return subview(m, 0, 1, m->length, m->readonly);
  }
  if (!kind_is(v, Kind::Bytes) && !kind_is(v, Kind::ByteArray))
    raisef(exc_types().TypeError, "memoryview: a bytes-like object is required, not '%s'", type_name(v).c_str());
  MemoryView* m = heap().make<MemoryView>();
  m->obj = v;
  m->readonly = kind_is(v, Kind::Bytes);
  if (kind_is(v, Kind::ByteArray)) {
    m->length = static_cast<int64_t>(as<ByteArray>(v)->data.size());
    ++as<ByteArray>(v)->exports;
  } else {
    m->length = static_cast<int64_t>(as<Bytes>(v)->data.size());
  }
  return m;
}

std::string_view memoryview_bytes(MemoryView* m, std::string* scratch) {
  check_released(m);
  if (m->length == 0) return {};
  const std::string& d = storage(m);
  size_t first = offset_of(m, 0);
  offset_of(m, m->length - 1);  // both ends inside the storage, so every item is
  if (m->step == 1) return std::string_view(d).substr(first, static_cast<size_t>(m->length));
  scratch->clear();
  scratch->reserve(static_cast<size_t>(m->length));
  for (int64_t i = 0; i < m->length; ++i) *scratch += d[static_cast<size_t>(m->start + i * m->step)];
  return *scratch;
}

void memoryview_forget(MemoryView* m) { m->released = true; }

Value memoryview_iter_next(Iterator* it) {
  MemoryView* m = self_mv(it->src);
  check_released(m);
  if (it->pos < 0 || it->pos >= m->length) {
    it->pos = -1;
    return Value();
  }
  return make_int(static_cast<unsigned char>(storage(m)[offset_of(m, it->pos++)]));
}

void init_memoryview_slots() {
  TypeSlots& s = types().memoryview->slots;
  s.repr = repr_slot;
  s.hash = hash_slot;
  s.richcompare = richcompare_slot;
  s.len = len_slot;
  s.getitem = getitem_slot;
  s.setitem = setitem_slot;
  s.iter = iter_slot;
  s.truthy = truthy_slot;
}

void init_memoryview_methods() {
  TypeObject* t = types().memoryview;
  t->ctor = memoryview_ctor;
  add_methods(t, kMethods);
  for (const MethodDef& def : kAttributes) add_attribute(t, def);
}

}  // namespace coil::rt
