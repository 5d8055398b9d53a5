// bytearray: layout, slots, constructor and the mutating methods; the
// methods it shares with bytes are in bytes_methods.cpp.
#include "runtime/objects/bytearray.h"

#include <algorithm>

#include "parser/ast.h"
#include "runtime/checked.h"
#include "runtime/codecs.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/heap.h"
#include "runtime/init.h"
#include "runtime/list.h"
#include "runtime/misc.h"
#include "runtime/native.h"
#include "runtime/numbers.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/bytes_methods.h"
#include "runtime/objects/memoryview.h"
#include "runtime/ops.h"
#include "runtime/seq_ops.h"
#include "runtime/str.h"

namespace coil::rt {

namespace {

ByteArray* self_ba(Value v) { return static_cast<ByteArray*>(v.o); }

// What PyNumber_Check accepts: numbers, and objects whose class can make
// one (__index__, __int__, __float__). A slice of a bytearray refuses them.
bool is_number_like(Value v) {
  if (is_number(v)) return true;
  if (!v.is_obj() || v.o->kind != Kind::Instance) return false;
  TypeObject* t = type_of(v);
  return !cached_lookup(t, COIL_NAME("__index__")).is_undef() || !cached_lookup(t, COIL_NAME("__int__")).is_undef() ||
         !cached_lookup(t, COIL_NAME("__float__")).is_undef();
}

// The value of one byte: an int (through __index__) in range(256).
char byte_value(Value v) {
  int64_t x = index_ssize(v, nullptr);  // clipped: 2**70 is out of range, not an OverflowError
  if (x < 0 || x > 255) raise(exc_types().ValueError, "byte must be in range(0, 256)");
  return static_cast<char>(x);
}

// Releases the memoryviews that nobody can reach any more and recounts
// b's exports. Without reference counting a view that a script dropped
// (`memoryview(b).tobytes()`) stays in the heap until the next collection,
// while CPython lets its exporter resize at once; reachability tells the
// two apart. Unreachable views of any exporter are released on the way:
// they can never be used again.
void forget_dropped_views(ByteArray* b) {
  int64_t held = 0;
  heap().with_reachability([&] {
    heap().for_each_object([&](Object* o) {
      if (o->kind != Kind::MemoryView) return;
      MemoryView* m = static_cast<MemoryView*>(o);
      if (m->released) return;
      if (!o->marked) memoryview_forget(m);
      else if (m->obj.is_obj() && m->obj.o == b) ++held;
    });
  });
  b->exports = held;
}

// Replaces data[start:stop] by `with` (CPython's bytearray_setslice_linear).
void set_slice_linear(ByteArray* b, int64_t start, int64_t stop, std::string_view with) {
  if (stop < start) stop = start;
  size_t new_size = b->data.size() - static_cast<size_t>(stop - start) + with.size();
  check_resizable(b, new_size);
  b->data.replace(static_cast<size_t>(start), static_cast<size_t>(stop - start), with);
}

// del data[start:stop:step] for a resolved slice of slen items.
void delete_slice(ByteArray* b, int64_t start, int64_t step, int64_t slen) {
  if (slen <= 0) return;
  if (step == 1) return set_slice_linear(b, start, start + slen, {});
  check_resizable(b, b->data.size() - static_cast<size_t>(slen));
  if (step < 0) {  // the same bytes, walked upwards
    start += step * (slen - 1);
    step = -step;
  }
  std::string& d = b->data;
  std::string out;
  out.reserve(d.size() - static_cast<size_t>(slen));
  int64_t next = start, removed = 0;
  for (int64_t k = 0; k < static_cast<int64_t>(d.size()); ++k) {
    if (removed < slen && k == next) {
      if (++removed < slen) next += step;
      continue;
    }
    out += d[k];
  }
  d.swap(out);
}

// ------------------------------------------------------------------ slots

std::string repr_slot(Value self) {
  // The class's own name, as CPython: a subclass shows as `Sub(b'...')`.
  return self.o->type->name->s + "(" + bytes_repr(self_ba(self)->data, true) + ")";
}

// Compares with any buffer, which is how bytes == bytearray gets answered.
Value richcompare_slot(Value self, Value other, int op) {
  std::string scratch;
  std::string_view theirs;
  if (!get_buffer(other, &theirs, &scratch)) return not_implemented();
  return compare_bytes(self_ba(self)->data, theirs, op);
}

int64_t len_slot(Value self) { return static_cast<int64_t>(self_ba(self)->data.size()); }

Value getitem_slot(Value self, Value key) {
  const std::string& d = self_ba(self)->data;
  if (kind_is(key, Kind::Slice)) {
    int64_t n = static_cast<int64_t>(d.size());
    int64_t start, stop, step;
    as<Slice>(key)->indices(n, &start, &stop, &step);
    int64_t len = slice_length(start, stop, step);
    std::string out;
    if (len > 0) {
      if (step == 1) {
        out.assign(d, static_cast<size_t>(start), static_cast<size_t>(len));
      } else {
        out.reserve(static_cast<size_t>(len));
        for (int64_t k = 0; k < len; ++k) out += d[start + k * step];
      }
    }
    return make_obj(new_bytearray(std::move(out)));
  }
  Value index = index_or_undef(key);
  if (index.is_undef())
    raisef(exc_types().TypeError, "bytearray indices must be integers or slices, not %s", type_name(key).c_str());
  int64_t i = index_ssize_of(index, key, exc_types().IndexError);
  int64_t n = static_cast<int64_t>(d.size());
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise(exc_types().IndexError, "bytearray index out of range");
  return make_int(static_cast<unsigned char>(d[i]));
}

// self[key] = value, or with value Undef del self[key] (CPython's
// bytearray_ass_subscript).
void setitem_slot(Value self, Value key, Value value) {
  ByteArray* b = self_ba(self);
  int64_t start, stop, step, slen;
  if (!kind_is(key, Kind::Slice)) {
    Value index = index_or_undef(key);
    if (index.is_undef())
      raisef(exc_types().TypeError, "bytearray indices must be integers or slices, not %s", type_name(key).c_str());
    int64_t i = index_ssize_of(index, key, exc_types().IndexError);
    // The byte first: its __index__ may change the size.
    char byte = value.is_undef() ? 0 : byte_value(value);
    int64_t n = static_cast<int64_t>(b->data.size());
    if (i < 0) i += n;
    if (i < 0 || i >= n) raise(exc_types().IndexError, "bytearray index out of range");
    if (!value.is_undef()) {
      b->data[i] = byte;
      return;
    }
    return set_slice_linear(b, i, i + 1, {});
  }
  std::string with;
  if (!value.is_undef()) {
    if (kind_is(value, Kind::ByteArray) && value.o != self.o) {
      with = self_ba(value)->data;
    } else if (is_number_like(value) || is_str(value)) {
      raise(exc_types().TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    } else {
      std::string scratch;
      std::string_view view;
      if (get_buffer(value, &view, &scratch)) with.assign(view);
      else with = bytes_from_ints(value, "byte must be in range(0, 256)", "bytearray");
    }
  }
  // Resolved after the value is read: reading it may run script code.
  as<Slice>(key)->indices(static_cast<int64_t>(b->data.size()), &start, &stop, &step);
  slen = slice_length(start, stop, step);
  if (value.is_undef()) return delete_slice(b, start, step, slen);
  if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;  // b[5:2] = ... inserts at 5
  if (step == 1) return set_slice_linear(b, start, stop, with);
  // An extended slice given nothing is deleted (as CPython does).
  if (with.empty()) return delete_slice(b, start, step, slen);
  if (static_cast<int64_t>(with.size()) != slen)
    raisef(exc_types().ValueError, "attempt to assign bytes of size %zu to extended slice of size %lld", with.size(),
           static_cast<long long>(slen));
  for (int64_t i = 0; i < slen; ++i) b->data[start + i * step] = with[i];
}

int contains_slot(Value self, Value item) { return bytes_contains(self_ba(self)->data, item); }

Value iter_slot(Value self) { return new_iterator(IterKind::Bytes, self, 0); }

Value binary_slot(int op, Value a, Value b) {
  if (op != static_cast<int>(ast::BinOpKind::Mod) || !kind_is(a, Kind::ByteArray)) return not_implemented();
  return make_obj(new_bytearray(bytes_percent(self_ba(a)->data, b)));
}

Value concat_slot(Value self, Value other) {
  std::string scratch;
  std::string_view tail;
  if (!get_buffer(other, &tail, &scratch))
    raisef(exc_types().TypeError, "can't concat %s to %s", type_name(other).c_str(), type_name(self).c_str());
  const std::string& head = self_ba(self)->data;
  check_allocation(head.size() + tail.size());
  std::string out;
  out.reserve(head.size() + tail.size());
  out += head;
  out += tail;
  return make_obj(new_bytearray(std::move(out)));
}

std::string repeated(const std::string& d, int64_t n) {
  if (n <= 0 || d.empty()) return {};
  size_t total = repeat_bytes(d.size(), n, "", exc_types().MemoryError);
  std::string out;
  out.reserve(total);
  for (int64_t i = 0; i < n; ++i) out += d;
  return out;
}

Value repeat_slot(Value self, int64_t n) { return make_obj(new_bytearray(repeated(self_ba(self)->data, n))); }

Value inplace_concat_slot(Value self, Value other) {
  std::string scratch;
  std::string_view tail;
  if (!get_buffer(other, &tail, &scratch))
    raisef(exc_types().TypeError, "can't concat %s to %s", type_name(other).c_str(), type_name(self).c_str());
  ByteArray* b = self_ba(self);
  std::string copy(tail);  // tail may be b's own bytes
  check_resizable(b, b->data.size() + copy.size());
  b->data += copy;
  return self;
}

Value inplace_repeat_slot(Value self, int64_t n) {
  ByteArray* b = self_ba(self);
  std::string out = repeated(b->data, n);
  check_resizable(b, out.size());
  b->data.swap(out);
  return self;
}

bool truthy_slot(Value self) { return !self_ba(self)->data.empty(); }

// ------------------------------------------------------------ constructor

// bytearray.__init__(self, source=b'', encoding=..., errors=...).
Value ba_init(Args& a) {
  if (a.n < 1 || !kind_is(a.v[0], Kind::ByteArray))
    raise(exc_types().TypeError, "descriptor '__init__' requires a 'bytearray' object");
  ByteArray* b = self_ba(a.v[0]);
  int n = a.n - 1;
  if (n + a.nkw() > 3)
    raisef(exc_types().TypeError, "bytearray() takes at most 3 arguments (%d given)", n + a.nkw());
  Value args[3];
  for (int i = 0; i < 3; ++i) args[i] = i < n ? a.v[1 + i] : Value();
  const char* names[] = {"source", "encoding", "errors"};
  for (int k = 0; k < a.nkw(); ++k) {
    const std::string& kn = as_str(a.kwnames->items[k])->s;
    int idx = -1;
    for (int j = 0; j < 3; ++j)
      if (kn == names[j]) idx = j;
    if (idx < 0) raisef(exc_types().TypeError, "'%s' is an invalid keyword argument for bytearray()", kn.c_str());
    if (idx < n)
      raisef(exc_types().TypeError, "argument for bytearray() given by name ('%s') and position (%d)", kn.c_str(),
             idx + 1);
    args[idx] = a.kw(k);
  }
  Value src = args[0], enc = args[1], err = args[2];
  if (!enc.is_undef() && !is_str(enc))
    raisef(exc_types().TypeError, "bytearray() argument 'encoding' must be str, not %s", type_name(enc).c_str());
  if (!err.is_undef() && !is_str(err))
    raisef(exc_types().TypeError, "bytearray() argument 'errors' must be str, not %s", type_name(err).c_str());
  // Emptied first, as CPython: b.__init__(b) leaves b empty.
  check_resizable(b, 0);
  b->data.clear();
  if (src.is_undef()) {
    if (!enc.is_undef()) raise(exc_types().TypeError, "encoding without a string argument");
    if (!err.is_undef()) raise(exc_types().TypeError, "errors without a string argument");
    return make_none();
  }
  if (is_str(src)) {
    if (enc.is_undef()) raise(exc_types().TypeError, "string argument without an encoding");
    std::string bytes = encode_text(as_str(src)->s, as_str(enc)->s, err.is_undef() ? "strict" : as_str(err)->s);
    check_resizable(b, bytes.size());
    b->data = std::move(bytes);
    return make_none();
  }
  if (!enc.is_undef()) raise(exc_types().TypeError, "encoding without a string argument");
  if (!err.is_undef()) raise(exc_types().TypeError, "errors without a string argument");
  std::string out;
  std::string scratch;
  std::string_view view;
  Value count;
  if (!is_bytes_like(src)) {
    // A count of zero bytes; an __index__ that raises TypeError means
    // "not a count" (CPython falls through to the other forms).
    try {
      count = index_or_undef(src);
    } catch (PyError& e) {
      if (!exception_matches(e.exc, make_obj(exc_types().TypeError))) throw;
    }
  }
  if (!count.is_undef()) {
    int64_t len = index_ssize(count, exc_types().OverflowError);
    if (len < 0) raise(exc_types().ValueError, "negative count");
    check_allocation(static_cast<size_t>(len));
    out.assign(static_cast<size_t>(len), '\0');
  } else if (get_buffer(src, &view, &scratch)) {
    out.assign(view);
  } else {
    out = bytes_from_ints(src, "byte must be in range(0, 256)", "bytearray");
  }
  check_resizable(b, out.size());
  b->data = std::move(out);
  return make_none();
}

Value bytearray_ctor(Args& a) {
  Rooted made(make_obj(new_bytearray()));
  RootedVector args;
  args.push_back(made.get());
  for (int i = 0; i < a.n + a.nkw(); ++i) args.push_back(a.v[i]);
  Args init{args.data(), a.n + 1, a.kwnames};
  ba_init(init);
  return made.get();
}

// ---------------------------------------------------------------- methods

Value ba_append(Args& a) {
  ByteArray* b = self_of<ByteArray>(a);
  char c = byte_value(a.v[1]);
  check_resizable(b, b->data.size() + 1);
  b->data += c;
  return make_none();
}

Value ba_extend(Args& a) {
  ByteArray* b = self_of<ByteArray>(a);
  Value src = a.v[1];
  std::string more;
  std::string scratch;
  std::string_view view;
  if (get_buffer(src, &view, &scratch)) {
    more.assign(view);
  } else {
    Rooted it;
    try {
      it.set(get_iter(src));
    } catch (PyError& e) {
      if (!exception_matches(e.exc, make_obj(exc_types().TypeError))) throw;
      raisef(exc_types().TypeError, "can't extend bytearray with %s", type_name(src).c_str());
    }
    more = bytes_from_ints(it.get(), "byte must be in range(0, 256)", nullptr);
  }
  check_resizable(b, b->data.size() + more.size());
  b->data += more;
  return make_none();
}

Value ba_insert(Args& a) {
  ByteArray* b = self_of<ByteArray>(a);
  int64_t i = as_ssize(a.v[1]);
  char c = byte_value(a.v[2]);
  int64_t n = static_cast<int64_t>(b->data.size());
  if (i < 0) {
    i += n;
    if (i < 0) i = 0;
  }
  if (i > n) i = n;
  check_resizable(b, b->data.size() + 1);
  b->data.insert(b->data.begin() + i, c);
  return make_none();
}

Value ba_pop(Args& a) {
  ByteArray* b = self_of<ByteArray>(a);
  int64_t i = a.n > 1 ? as_ssize(a.v[1]) : -1;
  int64_t n = static_cast<int64_t>(b->data.size());
  if (n == 0) raise(exc_types().IndexError, "pop from empty bytearray");
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise(exc_types().IndexError, "pop index out of range");
  check_resizable(b, b->data.size() - 1);
  unsigned char c = b->data[i];
  b->data.erase(static_cast<size_t>(i), 1);
  return make_int(c);
}

Value ba_remove(Args& a) {
  ByteArray* b = self_of<ByteArray>(a);
  char c = byte_value(a.v[1]);
  size_t p = b->data.find(c);
  if (p == std::string::npos) raise(exc_types().ValueError, "value not found in bytearray");
  check_resizable(b, b->data.size() - 1);
  b->data.erase(p, 1);
  return make_none();
}

Value ba_reverse(Args& a) {
  ByteArray* b = self_of<ByteArray>(a);
  std::reverse(b->data.begin(), b->data.end());
  return make_none();
}

Value ba_clear(Args& a) {
  ByteArray* b = self_of<ByteArray>(a);
  check_resizable(b, 0);
  b->data.clear();
  return make_none();
}

Value ba_copy(Args& a) { return make_obj(new_bytearray(self_of<ByteArray>(a)->data)); }

const MethodDef kByteArrayMethods[] = {
    {"append", ba_append, ArgSpec::One},      {"extend", ba_extend, ArgSpec::One},
    {"insert", ba_insert, ArgSpec::Range, 2, 2}, {"pop", ba_pop, ArgSpec::Range, 0, 1},
    {"remove", ba_remove, ArgSpec::One},      {"reverse", ba_reverse, ArgSpec::NoArgs},
    {"clear", ba_clear, ArgSpec::NoArgs},     {"copy", ba_copy, ArgSpec::NoArgs},
};

}  // namespace

ByteArray* new_bytearray(std::string data) { return heap().make<ByteArray>(std::move(data)); }

void check_resizable(ByteArray* b, size_t new_size) {
  if (b->exports == 0 || new_size == b->data.size()) return;
  forget_dropped_views(b);
  if (b->exports > 0) raise(exc_types().BufferError, "Existing exports of data: object cannot be re-sized");
}

Value bytearray_init(Args& a) { return ba_init(a); }

void init_bytearray_slots() {
  TypeSlots& s = types().bytearray->slots;
  s.repr = repr_slot;
  s.str = repr_slot;  // str() is bytearray's own repr, not a subclass's __repr__
  s.hash = unhashable_hash;
  s.richcompare = richcompare_slot;
  s.len = len_slot;
  s.getitem = getitem_slot;
  s.setitem = setitem_slot;
  s.contains = contains_slot;
  s.iter = iter_slot;
  s.binary = binary_slot;
  s.binary_ops = static_cast<uint16_t>(1u << static_cast<int>(ast::BinOpKind::Mod));
  s.concat = concat_slot;
  s.repeat = repeat_slot;
  s.inplace_concat = inplace_concat_slot;
  s.inplace_repeat = inplace_repeat_slot;
  s.truthy = truthy_slot;
}

void init_bytearray_methods() {
  TypeObject* t = types().bytearray;
  t->ctor = bytearray_ctor;
  add_bytes_methods(t, Kind::ByteArray);
  add_methods(t, kByteArrayMethods);
}

}  // namespace coil::rt
