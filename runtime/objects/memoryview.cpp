// memoryview: views of the bytes of a bytes or bytearray, with CPython's
// messages. Views have one dimension; their items are unsigned bytes
// (format 'B', what views of bytes and bytearray have) or, after cast(),
// any native single-character struct format, read in the machine's order.
#include "runtime/objects/memoryview.h"

#include <cinttypes>
#include <cstdio>
#include <cstring>

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

// CPython's flag for one dimension: one item, or items side by side (so an
// empty view with a step is not contiguous).
bool is_contiguous(MemoryView* m) { return m->step == m->itemsize || m->length == 1; }

// The size of a native single-character struct format's items, or 0 for
// any other format.
int format_size(char f) {
  switch (f) {
    case 'c': case 'b': case 'B': case '?': return 1;
    case 'h': case 'H': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': case 'q': case 'Q': case 'n': case 'N': case 'd': case 'P': return 8;
    default: return 0;
  }
}

// A format as cast() takes it: one character, with an optional '@'.
char parse_format(const std::string& f) {
  std::string_view v = f;
  if (v.size() == 2 && v[0] == '@') v.remove_prefix(1);
  if (v.size() != 1 || format_size(v[0]) == 0)
    raise(exc_types().ValueError,
          "memoryview: destination format must be a native single character format prefixed with an optional '@'");
  return v[0];
}

bool is_byte_format(char f) { return f == 'B' || f == 'b' || f == 'c'; }

// The value of the item stored at p.
Value unpack_item(char format, const char* p) {
  auto get = [p](auto x) {
    std::memcpy(&x, p, sizeof x);
    return x;
  };
  switch (format) {
    case 'c': return bytes_value(std::string(p, 1));
    case 'b': return make_int(get(int8_t{}));
    case 'B': return make_int(get(uint8_t{}));
    case '?': return make_bool(get(uint8_t{}) != 0);
    case 'h': return make_int(get(int16_t{}));
    case 'H': return make_int(get(uint16_t{}));
    case 'i': return make_int(get(int32_t{}));
    case 'I': return make_int(get(uint32_t{}));
    case 'l': case 'q': case 'n': return make_int(get(int64_t{}));
    case 'L': case 'Q': case 'N': case 'P': {
      uint64_t x = get(uint64_t{});
      return x <= static_cast<uint64_t>(INT64_MAX) ? make_int(static_cast<int64_t>(x))
                                                    : int_from_i128(static_cast<__int128>(x));
    }
    case 'f': return make_float(get(float{}));
    default: return make_float(get(double{}));
  }
}

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
  if (off < 0 || off + m->itemsize > static_cast<int64_t>(storage(m).size()))
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
  v->format = m->format;
  v->itemsize = m->itemsize;
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
  if (!is_byte_format(m->format))
    raise(exc_types().ValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
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
    char their_format = kind_is(other, Kind::MemoryView) ? self_mv(other)->format : 'B';
    if (self_mv(self)->format == their_format) {
      equal = memoryview_bytes(self_mv(self), &mine_scratch) == theirs;
    } else {
      // Different formats: the items' values are compared.
      Value mine = call_method(self, COIL_NAME("tolist"), nullptr, 0);
      Rooted keep(mine);
      Value view = kind_is(other, Kind::MemoryView) ? other : make_obj(new_memoryview(other));
      Rooted keep_view(view);
      Value their_items = call_method(view, COIL_NAME("tolist"), nullptr, 0);
      equal = values_equal(mine, their_items);
    }
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
  if (item_key(m, key, &i)) return unpack_item(m->format, storage(m).data() + offset_of(m, i));
  if (is_multi_slice(key)) raise(exc_types().NotImplementedError, "multi-dimensional slicing is not implemented");
  raise(exc_types().TypeError, "memoryview: invalid slice key");
}

[[noreturn]] void bad_item(TypeObject* type, const char* what, char format) {
  raisef(type, "memoryview: invalid %s for format '%c'", what, format);
}

// Stores v at p as an item of the format.
void pack_item(char format, Value v, char* p) {
  auto put = [p](auto x) { std::memcpy(p, &x, sizeof x); };
  if (format == 'c') {
    if (!kind_is(v, Kind::Bytes) || as<Bytes>(v)->data.size() != 1) bad_item(exc_types().TypeError, "type", format);
    *p = as<Bytes>(v)->data[0];
    return;
  }
  if (format == '?') {
    put(static_cast<uint8_t>(truthy(v)));
    return;
  }
  if (format == 'f' || format == 'd') {
    double d = 0;
    if (v.is_float()) d = v.as_float();
    else if (v.is_int()) d = static_cast<double>(v.as_int());
    else if (v.is_bool()) d = v.as_bool();
    else bad_item(exc_types().TypeError, "type", format);
    if (format == 'f') put(static_cast<float>(d));
    else put(d);
    return;
  }
  Value i = index_or_undef(v);
  if (i.is_undef()) bad_item(exc_types().TypeError, "type", format);
  // A big int is out of range of every format but the 64-bit unsigned ones,
  // which coil reads through int64 and so refuses past 2**63 too.
  int64_t x = i.is_int() ? i.as_int() : i.is_bool() ? i.as_bool() : INT64_MIN;
  bool in_range;
  switch (format) {
    case 'b': in_range = x >= INT8_MIN && x <= INT8_MAX; break;
    case 'B': in_range = x >= 0 && x <= UINT8_MAX; break;
    case 'h': in_range = x >= INT16_MIN && x <= INT16_MAX; break;
    case 'H': in_range = x >= 0 && x <= UINT16_MAX; break;
    case 'i': in_range = x >= INT32_MIN && x <= INT32_MAX; break;
    case 'I': in_range = x >= 0 && x <= UINT32_MAX; break;
    case 'L': case 'Q': case 'N': case 'P': in_range = x >= 0; break;
    default: in_range = x != INT64_MIN; break;
  }
  if (!in_range) bad_item(exc_types().ValueError, "value", format);
  switch (format_size(format)) {
    case 1: put(static_cast<uint8_t>(x)); break;
    case 2: put(static_cast<uint16_t>(x)); break;
    case 4: put(static_cast<uint32_t>(x)); break;
    default: put(static_cast<uint64_t>(x)); break;
  }
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
    if (static_cast<int64_t>(src.size()) != len * m->itemsize)
      raise(exc_types().ValueError, "memoryview assignment: lvalue and rvalue have different structures");
    for (int64_t k = 0; k < len; ++k)
      std::memcpy(storage(m).data() + offset_of(m, start + k * step), src.data() + k * m->itemsize,
                  static_cast<size_t>(m->itemsize));
    return;
  }
  int64_t i;
  if (item_key(m, key, &i)) {
    char item[8];
    pack_item(m->format, value, item);
    std::memcpy(storage(m).data() + offset_of(m, i), item, static_cast<size_t>(m->itemsize));
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
  List* list = new_list();
  Rooted keep(make_obj(list));
  list->items.reserve(static_cast<size_t>(m->length));
  for (size_t off = 0; off < d.size(); off += static_cast<size_t>(m->itemsize))
    list->items.push_back(unpack_item(m->format, d.data() + off));
  return make_obj(list);
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

// cast() to another one-dimensional format: from bytes to items or back.
Value mv_cast(Args& a) {
  Value v[2];
  MemoryView* m = self_of<MemoryView>(a);
  bind_keyword_args(a, "cast", {"format", "shape"}, v);
  check_released(m);
  if (v[0].is_undef()) raise(exc_types().TypeError, "cast() missing required argument 'format' (pos 1)");
  if (!is_str(v[0]))
    raisef(exc_types().TypeError, "cast() argument 'format' must be str, not %s", type_name(v[0]).c_str());
  if (!is_contiguous(m)) raise(exc_types().TypeError, "memoryview: casts are restricted to C-contiguous views");
  char f = parse_format(as_str(v[0])->s);
  if (!v[1].is_undef()) raise(exc_types().NotImplementedError, "memoryview.cast() supports no shape");
  if (!is_byte_format(f) && !is_byte_format(m->format))
    raise(exc_types().TypeError, "memoryview: cannot cast between two non-byte formats");
  int64_t nbytes = m->length * m->itemsize;
  int size = format_size(f);
  if (nbytes % size != 0) raise(exc_types().TypeError, "memoryview: length is not a multiple of itemsize");
  MemoryView* c = subview(m, 0, 1, 0, m->readonly);
  c->step = c->itemsize = size;
  c->format = f;
  c->length = nbytes / size;
  return make_obj(c);
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
Value get_nbytes(MemoryView* m) { return make_int(m->length * m->itemsize); }
Value get_readonly(MemoryView* m) { return make_bool(m->readonly); }
Value get_itemsize(MemoryView* m) { return make_int(m->itemsize); }
Value get_format(MemoryView* m) { return str_value(std::string(1, m->format)); }
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
  if (is_contiguous(m)) return std::string_view(d).substr(first, static_cast<size_t>(m->length * m->itemsize));
  scratch->clear();
  scratch->reserve(static_cast<size_t>(m->length * m->itemsize));
  for (int64_t i = 0; i < m->length; ++i)
    scratch->append(d, static_cast<size_t>(m->start + i * m->step), static_cast<size_t>(m->itemsize));
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
  return unpack_item(m->format, storage(m).data() + offset_of(m, it->pos++));
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
