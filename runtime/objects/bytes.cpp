// bytes: layout, slots, constructor and the methods only bytes has; the
// methods it shares with bytearray are in bytes_methods.cpp.
#include "runtime/objects/bytes.h"

#include <cstdio>

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
#include "runtime/objects/bytearray.h"
#include "runtime/objects/bytes_methods.h"
#include "runtime/objects/memoryview.h"
#include "runtime/ops.h"
#include "runtime/seq_ops.h"
#include "runtime/str.h"

namespace coil::rt {

namespace {

Bytes* self_bytes(Value v) { return static_cast<Bytes*>(v.o); }

// ------------------------------------------------------------------ slots

std::string repr_slot(Value self) { return bytes_repr(self_bytes(self)->data); }
int64_t hash_slot(Value self) { return hash_bytes(self_bytes(self)->data); }

// bytes compares with bytes only (bytearray's richcompare, which takes any
// buffer, answers bytes == bytearray from the reflected side).
Value richcompare_slot(Value self, Value other, int op) {
  if (!kind_is(other, Kind::Bytes)) return not_implemented();
  return compare_bytes(self_bytes(self)->data, self_bytes(other)->data, op);
}

int64_t len_slot(Value self) { return static_cast<int64_t>(self_bytes(self)->data.size()); }

Value getitem_slot(Value self, Value key) {
  const std::string& d = self_bytes(self)->data;
  int64_t n = static_cast<int64_t>(d.size());
  if (key.is_int()) {
    int64_t i = key.as_int() < 0 ? key.as_int() + n : key.as_int();
    if (i < 0 || i >= n) raise(exc_types().IndexError, "index out of range");
    return make_int(static_cast<unsigned char>(d[i]));
  }
  if (kind_is(key, Kind::Slice)) {
    int64_t start, stop, step;
    as<Slice>(key)->indices(n, &start, &stop, &step);
    int64_t len = slice_length(start, stop, step);
    // The whole of an exact bytes is the object itself, as in CPython.
    if (step == 1 && len == n && self.o->type == types().bytes) return self;
    std::string out;
    if (len > 0) {
      if (step == 1) {
        out.assign(d, static_cast<size_t>(start), static_cast<size_t>(len));
      } else {
        out.reserve(static_cast<size_t>(len));
        for (int64_t k = 0; k < len; ++k) out += d[start + k * step];
      }
    }
    return bytes_value(std::move(out));
  }
  Value index = index_or_undef(key);
  if (index.is_undef())
    raisef(exc_types().TypeError, "byte indices must be integers or slices, not %s", type_name(key).c_str());
  int64_t i = index_ssize_of(index, key, exc_types().IndexError);
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise(exc_types().IndexError, "index out of range");
  return make_int(static_cast<unsigned char>(d[i]));
}

int contains_slot(Value self, Value item) { return bytes_contains(self_bytes(self)->data, item); }

Value iter_slot(Value self) { return new_iterator(IterKind::Bytes, self, 0); }

Value binary_slot(int op, Value a, Value b) {
  if (op != static_cast<int>(ast::BinOpKind::Mod) || !kind_is(a, Kind::Bytes)) return not_implemented();
  return bytes_value(bytes_percent(self_bytes(a)->data, b));
}

Value concat_slot(Value self, Value other) {
  std::string scratch;
  std::string_view tail;
  if (!get_buffer(other, &tail, &scratch))
    raisef(exc_types().TypeError, "can't concat %s to %s", type_name(other).c_str(), type_name(self).c_str());
  const std::string& head = self_bytes(self)->data;
  check_allocation(head.size() + tail.size());
  std::string out;
  out.reserve(head.size() + tail.size());
  out += head;
  out += tail;
  return bytes_value(std::move(out));
}

Value repeat_slot(Value self, int64_t n) {
  const std::string& d = self_bytes(self)->data;
  if (n == 1 && self.o->type == types().bytes) return self;
  if (n <= 0 || d.empty()) return bytes_value({});
  size_t total = repeat_bytes(d.size(), n, "repeated bytes are too long");
  std::string out;
  out.reserve(total);
  for (int64_t i = 0; i < n; ++i) out += d;
  return bytes_value(std::move(out));
}

bool truthy_slot(Value self) { return !self_bytes(self)->data.empty(); }

// ------------------------------------------------------------ constructor

// bytes(source=b'', encoding=..., errors=...): CPython's bytes_new.
Value bytes_ctor(Args& a) {
  Value src = a.n > 0 ? a.v[0] : Value(), enc = a.n > 1 ? a.v[1] : Value(), err = a.n > 2 ? a.v[2] : Value();
  if (a.n + a.nkw() > 3) raisef(exc_types().TypeError, "bytes() takes at most 3 arguments (%d given)", a.n + a.nkw());
  const char* names[] = {"source", "encoding", "errors"};
  Value* slots[] = {&src, &enc, &err};
  for (int k = 0; k < a.nkw(); ++k) {
    const std::string& kn = as_str(a.kwnames->items[k])->s;
    int idx = -1;
    for (int j = 0; j < 3; ++j)
      if (kn == names[j]) idx = j;
    if (idx < 0) raisef(exc_types().TypeError, "'%s' is an invalid keyword argument for bytes()", kn.c_str());
    if (idx < a.n)
      raisef(exc_types().TypeError, "argument for bytes() given by name ('%s') and position (%d)", kn.c_str(), idx + 1);
    *slots[idx] = a.kw(k);
  }
  if (!enc.is_undef() && !is_str(enc))
    raisef(exc_types().TypeError, "bytes() argument 'encoding' must be str, not %s", type_name(enc).c_str());
  if (!err.is_undef() && !is_str(err))
    raisef(exc_types().TypeError, "bytes() argument 'errors' must be str, not %s", type_name(err).c_str());
  if (src.is_undef()) {
    if (!enc.is_undef()) raise(exc_types().TypeError, "encoding without a string argument");
    if (!err.is_undef()) raise(exc_types().TypeError, "errors without a string argument");
    return bytes_value({});
  }
  if (!enc.is_undef() || !err.is_undef()) {
    if (!is_str(src))
      raise(exc_types().TypeError, enc.is_undef() ? "errors without a string argument" : "encoding without a string argument");
    if (enc.is_undef()) raise(exc_types().TypeError, "string argument without an encoding");
    return bytes_value(encode_text(as_str(src)->s, as_str(enc)->s, err.is_undef() ? "strict" : as_str(err)->s));
  }
  return bytes_from_object(src);
}

// ---------------------------------------------------------------- methods

// bytes.__bytes__(): self, or a plain bytes copy of a subclass instance.
Value b_bytes(Args& a) {
  Bytes* b = self_of<Bytes>(a);
  if (b->type == types().bytes) return a.v[0];
  return bytes_value(b->data);
}

Value b_getnewargs(Args& a) {
  Bytes* b = self_of<Bytes>(a);
  return make_obj(new_tuple({bytes_value(b->data)}));
}

const MethodDef kBytesMethods[] = {
    {"__bytes__", b_bytes, ArgSpec::NoArgs},
    {"__getnewargs__", b_getnewargs, ArgSpec::NoArgs},
};

}  // namespace

Bytes* new_bytes(std::string data) { return heap().make<Bytes>(std::move(data)); }

std::string bytes_repr(std::string_view data, bool escape_single) {
  bool has_single = data.find('\'') != std::string_view::npos;
  bool has_double = data.find('"') != std::string_view::npos;
  char q = has_single && !has_double ? '"' : '\'';
  static const char hex[] = "0123456789abcdef";
  std::string out;
  out.reserve(data.size() + 3);
  out += 'b';
  out += q;
  for (unsigned char c : data) {
    if (c == static_cast<unsigned char>(q) || c == '\\' || (escape_single && c == '\'')) {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20 || c >= 0x7f) {
      out += "\\x";
      out += hex[c >> 4];
      out += hex[c & 15];
    } else {
      out += static_cast<char>(c);
    }
  }
  out += q;
  return out;
}

bool is_bytes_like(Value v) {
  return v.is_obj() && (v.o->kind == Kind::Bytes || v.o->kind == Kind::ByteArray || v.o->kind == Kind::MemoryView);
}

bool get_buffer(Value v, std::string_view* out, std::string* scratch) {
  if (!v.is_obj()) return false;
  switch (v.o->kind) {
    case Kind::Bytes: *out = static_cast<Bytes*>(v.o)->data; return true;
    case Kind::ByteArray: *out = static_cast<ByteArray*>(v.o)->data; return true;
    case Kind::MemoryView: *out = memoryview_bytes(static_cast<MemoryView*>(v.o), scratch); return true;
    default: return false;
  }
}

std::string_view need_buffer(Value v, std::string* scratch) {
  std::string_view view;
  if (!get_buffer(v, &view, scratch))
    raisef(exc_types().TypeError, "a bytes-like object is required, not '%s'", type_name(v).c_str());
  return view;
}

std::string bytes_from_ints(Value iterable, const char* range_msg, const char* type_name_for_error) {
  std::string out;
  auto add = [&](Value item) {
    // CPython's item conversion: __index__, clipped (so 2**70 is out of
    // range, not an OverflowError).
    int64_t x = index_ssize(item, nullptr);
    if (x < 0 || x > 255) raise(exc_types().ValueError, range_msg);
    out += static_cast<char>(x);
  };
  if (is_exact(iterable, Kind::List) || is_exact(iterable, Kind::Tuple)) {
    // Indexed: an __index__ may change the list while it runs.
    for (size_t i = 0;; ++i) {
      const std::vector<Value>& items =
          kind_is(iterable, Kind::List) ? as<List>(iterable)->items : as<Tuple>(iterable)->items;
      if (i >= items.size()) break;
      Rooted item(items[i]);
      add(item.get());
    }
    return out;
  }
  Rooted it;
  try {
    it.set(get_iter(iterable));
  } catch (PyError& e) {
    if (!type_name_for_error || !exception_matches(e.exc, make_obj(exc_types().TypeError))) throw;
    raisef(exc_types().TypeError, "cannot convert '%s' object to %s", type_name(iterable).c_str(),
           type_name_for_error);
  }
  for (;;) {
    Value x = iter_next(it.get());
    if (x.is_undef()) break;
    Rooted item(x);
    add(x);
  }
  return out;
}

namespace {

// x.__bytes__(), or Undef when x's class has none.
Value call_dunder_bytes(Value x) {
  Value m = lookup_special(x, COIL_NAME("__bytes__"));
  if (m.is_undef()) return m;
  Value r = call0(m);
  if (!kind_is(r, Kind::Bytes)) raisef(exc_types().TypeError, "__bytes__ returned non-bytes (type %s)", type_name(r).c_str());
  return r;
}

// CPython's PyBytes_FromObject: a buffer's bytes, or an iterable of ints.
Value from_buffer_or_ints(Value x) {
  if (is_exact(x, Kind::Bytes)) return x;
  std::string scratch;
  std::string_view view;
  if (get_buffer(x, &view, &scratch)) return bytes_value(std::string(view));
  if (is_str(x)) raise(exc_types().TypeError, "cannot convert 'str' object to bytes");
  return bytes_value(bytes_from_ints(x, "bytes must be in range(0, 256)", "bytes"));
}

}  // namespace

Value bytes_from_object(Value x) {
  Value r = call_dunder_bytes(x);
  if (!r.is_undef()) return r;
  if (is_str(x)) raise(exc_types().TypeError, "string argument without an encoding");
  // A count of zero bytes; an object whose __index__ raises TypeError falls
  // through to the other forms, as in CPython.
  if (!is_bytes_like(x)) {
    Value count;
    try {
      count = index_or_undef(x);
    } catch (PyError& e) {
      if (!exception_matches(e.exc, make_obj(exc_types().TypeError))) throw;
    }
    if (!count.is_undef()) {
      int64_t n = index_ssize(count, exc_types().OverflowError);
      if (n < 0) raise(exc_types().ValueError, "negative count");
      check_allocation(static_cast<size_t>(n));
      return bytes_value(std::string(static_cast<size_t>(n), '\0'));
    }
  }
  return from_buffer_or_ints(x);
}

Value object_bytes(Value x) {
  if (is_exact(x, Kind::Bytes)) return x;
  Value r = call_dunder_bytes(x);
  if (!r.is_undef()) return r;
  return from_buffer_or_ints(x);
}

Value bytes_iter_next(Iterator* it) {
  const std::string& d = kind_is(it->src, Kind::Bytes) ? as<Bytes>(it->src)->data : as<ByteArray>(it->src)->data;
  // A bytearray may shrink while it is iterated: the length is read anew.
  if (it->pos < 0 || it->pos >= static_cast<int64_t>(d.size())) {
    it->pos = -1;
    return Value();
  }
  return make_int(static_cast<unsigned char>(d[it->pos++]));
}

void init_bytes_slots() {
  TypeSlots& s = types().bytes->slots;
  s.repr = repr_slot;
  s.str = repr_slot;  // str() is bytes' own repr, not a subclass's __repr__
  s.hash = hash_slot;
  s.richcompare = richcompare_slot;
  s.len = len_slot;
  s.getitem = getitem_slot;
  s.contains = contains_slot;
  s.iter = iter_slot;
  s.binary = binary_slot;
  s.binary_ops = static_cast<uint16_t>(1u << static_cast<int>(ast::BinOpKind::Mod));
  s.concat = concat_slot;
  s.repeat = repeat_slot;
  s.truthy = truthy_slot;
}

void init_bytes_methods() {
  TypeObject* t = types().bytes;
  t->ctor = bytes_ctor;
  add_bytes_methods(t, Kind::Bytes);
  add_methods(t, kBytesMethods);
}

}  // namespace coil::rt
