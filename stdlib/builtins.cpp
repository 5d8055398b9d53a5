// The builtin functions: print, len, sorted, min/max, zip, map, ... and the
// registration of the built-in types under their names.
#include "stdlib/builtins.h"
#include "runtime/vm.h"
#include "runtime/frame.h"

#include <gmp.h>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "parser/ast.h"
#include "runtime/checked.h"
#include "runtime/dict.h"
#include "runtime/dict_ops.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/heap.h"
#include "runtime/init.h"
#include "runtime/list.h"
#include "runtime/misc.h"
#include "runtime/objects/bytes.h"
#include "runtime/numbers.h"
#include "runtime/objects/complex.h"
#include "runtime/objects/union_type.h"
#include "runtime/ops.h"
#include "runtime/output.h"
#include "runtime/seq_ops.h"
#include "runtime/range.h"
#include "runtime/stack_guard.h"
#include "runtime/str.h"
#include "runtime/str_ops.h"
#include "stdlib/modules.h"

namespace coil::rt {

namespace {

constexpr int kLt = static_cast<int>(ast::CmpOpKind::Lt);
constexpr int kGt = static_cast<int>(ast::CmpOpKind::Gt);
constexpr int kAdd = static_cast<int>(ast::BinOpKind::Add);
constexpr int kFloorDiv = static_cast<int>(ast::BinOpKind::FloorDiv);
constexpr int kMod = static_cast<int>(ast::BinOpKind::Mod);
constexpr int kPow = static_cast<int>(ast::BinOpKind::Pow);

bool is_kind(Value v, Kind k) { return v.is_obj() && v.o->kind == k; }

void exactly_one(Args& a, const char* name) {
  if (a.nkw()) raisef(exc_types().TypeError, "%s() takes no keyword arguments", name);
  if (a.n != 1) raisef(exc_types().TypeError, "%s() takes exactly one argument (%d given)", name, a.n);
}

void pos_range(Args& a, const char* name, int lo, int hi, bool kw_ok = false) {
  if (!kw_ok && a.nkw()) raisef(exc_types().TypeError, "%s() takes no keyword arguments", name);
  if (a.n < lo) {
    if (lo == hi) raisef(exc_types().TypeError, "%s expected %d argument%s, got %d", name, lo, lo == 1 ? "" : "s", a.n);
    raisef(exc_types().TypeError, "%s expected at least %d argument%s, got %d", name, lo, lo == 1 ? "" : "s", a.n);
  }
  if (a.n > hi) {
    if (lo == hi) raisef(exc_types().TypeError, "%s expected %d argument%s, got %d", name, hi, hi == 1 ? "" : "s", a.n);
    raisef(exc_types().TypeError, "%s expected at most %d argument%s, got %d", name, hi, hi == 1 ? "" : "s", a.n);
  }
}

// Keyword arguments allowed by name; anything else is an error.
void check_kwnames(Args& a, const char* fname, std::initializer_list<const char*> allowed) {
  for (int i = 0; i < a.nkw(); ++i) {
    Str* k = as_str(a.kwnames->items[i]);
    bool ok = false;
    for (const char* n : allowed)
      if (k->s == n) ok = true;
    if (!ok) raisef(exc_types().TypeError, "%s() got an unexpected keyword argument '%s'", fname, k->s.c_str());
  }
}

bool has_special(Value v, const char* name) { return !lookup_special(v, intern(name)).is_undef(); }

// ---------------------------------------------------------------- output

void write_out(Value file, const std::string& s) {
  if (file.is_undef() || file.is_none()) {
    stdout_write(s);
    return;
  }
  Value arg = make_obj(new_str(s));
  call_method(file, intern("write"), &arg, 1);
}

Value b_print(Args& a) {
  check_kwnames(a, "print", {"sep", "end", "file", "flush"});
  Value sep = a.kwarg("sep"), end = a.kwarg("end"), file = a.kwarg("file"), flush = a.kwarg("flush");
  if (!sep.is_undef() && !sep.is_none() && !is_str(sep))
    raisef(exc_types().TypeError, "sep must be None or a string, not %s", type_name(sep).c_str());
  if (!end.is_undef() && !end.is_none() && !is_str(end))
    raisef(exc_types().TypeError, "end must be None or a string, not %s", type_name(end).c_str());
  std::string sep_s = (sep.is_undef() || sep.is_none()) ? " " : as_str(sep)->s;
  std::string end_s = (end.is_undef() || end.is_none()) ? "\n" : as_str(end)->s;
  Rooted replaced;
  if (file.is_undef() || file.is_none()) {
    // print() writes to sys.stdout, which the program may have replaced
    // (with None: nothing is written).
    replaced.set(replaced_std_stream(1));
    if (replaced.get().is_none()) return none();
    if (!replaced.get().is_undef()) file = replaced.get();
  }
  if (file.is_undef() || file.is_none()) {
    std::string line;
    for (int i = 0; i < a.n; ++i) {
      if (i) line += sep_s;
      if (is_str(a.v[i])) line += as_str(a.v[i])->s;
      else line += str(a.v[i]);
    }
    line += end_s;
    stdout_write(line);
    if (!flush.is_undef() && truthy(flush)) stdout_flush();
    return none();
  }
  for (int i = 0; i < a.n; ++i) {
    if (i) write_out(file, sep_s);
    write_out(file, is_str(a.v[i]) ? as_str(a.v[i])->s : str(a.v[i]));
  }
  write_out(file, end_s);
  if (!flush.is_undef() && truthy(flush)) call_method(file, intern("flush"), nullptr, 0);
  return none();
}

// input() when sys.stdin or sys.stdout was replaced: the prompt through
// sys.stdout.write, the line through sys.stdin.readline(), as CPython does
// for streams that are not the console.
Value input_through_streams(Args& a, Value in, Value out) {
  Rooted fin(in), fout(out);
  Value sys = vm().modules->get_str(intern("sys"));
  if (fin.get().is_undef()) fin.set(getattr(sys, intern("stdin")));
  if (fout.get().is_undef()) fout.set(getattr(sys, intern("stdout")));
  if (fin.get().is_none()) raise(exc_types().RuntimeError, "input(): lost sys.stdin");
  if (fout.get().is_none()) raise(exc_types().RuntimeError, "input(): lost sys.stdout");
  if (a.n == 1) {
    Value prompt = make_obj(str_str(a.v[0]));
    call_method(fout.get(), intern("write"), &prompt, 1);
  }
  try {
    call_method(fout.get(), intern("flush"), nullptr, 0);
  } catch (PyError&) {
  }
  Value line = call_method(fin.get(), intern("readline"), nullptr, 0);
  if (!is_str(line)) raise(exc_types().TypeError, "object.readline() returned non-string");
  Str* s = as_str(line);
  if (s->length == 0) raise(exc_types().EOFError, "EOF when reading a line");
  if (s->s.back() == '\n') return make_obj(new_str(s->s.substr(0, s->s.size() - 1)));
  return line;
}

Value b_input(Args& a) {
  pos_range(a, "input", 0, 1);
  {
    Value in = replaced_std_stream(0), out = replaced_std_stream(1);
    if (!in.is_undef() || !out.is_undef()) return input_through_streams(a, in, out);
  }
  if (a.n == 1) {
    std::string p = str(a.v[0]);
    stdout_write(p);
  }
  stdout_flush();
  std::string line;
  char buf[4096];
  bool got = false;
  while (std::fgets(buf, sizeof buf, stdin)) {
    got = true;
    line += buf;
    if (!line.empty() && line.back() == '\n') break;
  }
  if (!got) raise(exc_types().EOFError, "EOF when reading a line");
  if (!line.empty() && line.back() == '\n') line.pop_back();
  return make_obj(new_str(std::move(line)));
}

// ---------------------------------------------------------------- basics

Value b_len(Args& a) {
  exactly_one(a, "len");
  return make_int(length(a.v[0]));
}

Value b_repr(Args& a) {
  exactly_one(a, "repr");
  return make_obj(repr_str(a.v[0]));
}

Value b_ascii(Args& a) {
  exactly_one(a, "ascii");
  return make_obj(new_str(ascii_escape(repr(a.v[0]))));
}

Value b_ord(Args& a) {
  exactly_one(a, "ord");
  Value v = a.v[0];
  if (is_str(v)) {
    Str* s = as_str(v);
    if (s->length != 1)
      raisef(exc_types().TypeError, "ord() expected a character, but string of length %lld found",
             static_cast<long long>(s->length));
    size_t pos = 0;
    return make_int(utf8_decode(s->s, pos));
  }
  if (is_kind(v, Kind::Bytes) || is_kind(v, Kind::ByteArray)) {
    std::string scratch;
    std::string_view b = need_buffer(v, &scratch);
    if (b.size() != 1)
      raisef(exc_types().TypeError, "ord() expected a character, but string of length %zu found", b.size());
    return make_int(static_cast<unsigned char>(b[0]));
  }
  raisef(exc_types().TypeError, "ord() expected string of length 1, but %s found", type_name(v).c_str());
}

Value b_chr(Args& a) {
  exactly_one(a, "chr");
  int64_t c = as_c_int(a.v[0]);
  if (c < 0 || c > 0x10FFFF) raise(exc_types().ValueError, "chr() arg not in range(0x110000)");
  if (c < 0x80) return make_obj(ascii_char(static_cast<unsigned char>(c)));
  std::string s;
  utf8_append(s, static_cast<uint32_t>(c));
  return make_obj(new_str(std::move(s)));
}

Value b_abs(Args& a) {
  exactly_one(a, "abs");
  Value v = a.v[0];
  if (v.is_float()) return make_float(std::fabs(v.as_float()));
  if (v.is_bool()) return make_int(v.as_bool());
  if (v.is_int()) {
    if (v.as_int() >= 0) return v;
    return unary_negative(v);
  }
  if (is_kind(v, Kind::BigInt)) return mpz_sgn(as<BigInt>(v)->z) < 0 ? unary_negative(v) : v;
  Value m = lookup_special(v, intern("__abs__"));
  if (!m.is_undef()) return call0(m);
  raisef(exc_types().TypeError, "bad operand type for abs(): '%s'", type_name(v).c_str());
}

Value min_max(Args& a, bool is_max) {
  const char* name = is_max ? "max" : "min";
  check_kwnames(a, name, {"key", "default"});
  if (a.n == 0) raisef(exc_types().TypeError, "%s expected at least 1 argument, got 0", name);
  Value key = a.kwarg("key"), dflt = a.kwarg("default");
  if (key.is_none()) key = Value();
  if (a.n > 1 && !dflt.is_undef())
    raisef(exc_types().TypeError, "Cannot specify a default for %s() with multiple positional arguments", name);
  RootedVector items;
  if (a.n == 1) collect_values(a.v[0], items);
  else items.assign(a.v, a.v + a.n);
  if (items.empty()) {
    if (!dflt.is_undef()) return dflt;
    raisef(exc_types().ValueError, "%s() arg is an empty sequence", name);
  }
  Rooted best(items[0]);
  Rooted best_key(key.is_undef() ? items[0] : call1(key, items[0]));
  for (size_t i = 1; i < items.size(); ++i) {
    Rooted k(key.is_undef() ? items[i] : call1(key, items[i]));
    bool better;
    if (k.get().is_int() && best_key.get().is_int())
      better = is_max ? k.get().as_int() > best_key.get().as_int() : k.get().as_int() < best_key.get().as_int();
    else better = compare_bool(is_max ? kGt : kLt, k.get(), best_key.get());
    if (better) {
      best.set(items[i]);
      best_key.set(k.get());
    }
  }
  return best.get();
}

Value b_max(Args& a) { return min_max(a, true); }
Value b_min(Args& a) { return min_max(a, false); }

Value b_sum(Args& a) {
  check_kwnames(a, "sum", {"start"});
  if (a.n < 1) raise(exc_types().TypeError, "sum() takes at least 1 positional argument (0 given)");
  if (a.n > 2) raisef(exc_types().TypeError, "sum() takes at most 2 arguments (%d given)", a.n);
  Value start = a.n > 1 ? a.v[1] : a.kwarg("start");
  if (start.is_undef()) start = make_int(0);
  if (is_str(start)) raise(exc_types().TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  if (is_kind(start, Kind::Bytes)) raise(exc_types().TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
  if (is_kind(start, Kind::ByteArray))
    raise(exc_types().TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
  Rooted acc(start);
  Rooted it(get_iter(a.v[0]));
  for (;;) {
    Value x = iter_next(it.get());
    if (x.is_undef()) break;
    Value cur = acc.get();
    if (cur.is_int() && x.is_int()) {
      int64_t r;
      if (!__builtin_add_overflow(cur.as_int(), x.as_int(), &r)) {
        acc.set(make_int(r));
        continue;
      }
    } else if (cur.is_float() && x.is_float()) {
      acc.set(make_float(cur.as_float() + x.as_float()));
      continue;
    }
    Rooted rx(x);
    acc.set(binary_op(kAdd, cur, x));
  }
  return acc.get();
}

Value b_any(Args& a) {
  exactly_one(a, "any");
  Rooted it(get_iter(a.v[0]));
  for (;;) {
    Value x = iter_next(it.get());
    if (x.is_undef()) return make_bool(false);
    if (truthy(x)) return make_bool(true);
  }
}

Value b_all(Args& a) {
  exactly_one(a, "all");
  Rooted it(get_iter(a.v[0]));
  for (;;) {
    Value x = iter_next(it.get());
    if (x.is_undef()) return make_bool(true);
    if (!truthy(x)) return make_bool(false);
  }
}

Value b_sorted(Args& a) {
  for (int i = 0; i < a.nkw(); ++i) {
    Str* k = as_str(a.kwnames->items[i]);
    if (k->s != "key" && k->s != "reverse")
      raisef(exc_types().TypeError, "'%s' is an invalid keyword argument for sort()", k->s.c_str());
  }
  if (a.n != 1) raisef(exc_types().TypeError, "sorted expected 1 argument, got %d", a.n);
  RootedVector items;
  collect_values(a.v[0], items, /*length_hint=*/true);  // as list(iterable)
  Value rev = a.kwarg("reverse");
  sort_values(items, a.kwarg("key"), !rev.is_undef() && truthy(rev));
  return make_obj(new_list(std::vector<Value>(items.begin(), items.end())));
}

// ---------------------------------------------------------------- lazy iterators

Value reversed_ctor(Args& a) {
  if (a.nkw()) raise(exc_types().TypeError, "reversed() takes no keyword arguments");
  pos_range(a, "reversed", 1, 1);
  Value v = a.v[0];
  if (is_kind(v, Kind::List) || is_kind(v, Kind::Tuple)) {
    TypeObject* t = is_kind(v, Kind::List) ? types().list_reverseiterator : types().reversed;
    Iterator* it = heap().make<Iterator>(t, IterKind::Reversed, v);
    it->pos = static_cast<int64_t>(is_kind(v, Kind::List) ? as<List>(v)->size() : as<Tuple>(v)->size()) - 1;
    return make_obj(it);
  }
  if (is_str(v)) {
    Str* s = as_str(v);
    std::vector<Value> chars;
    chars.reserve(static_cast<size_t>(s->length));
    Rooted keep;
    Tuple* t = new_tuple();
    keep.set(make_obj(t));
    size_t pos = 0;
    while (pos < s->s.size()) {
      size_t nx = utf8_next(s->s, pos);
      if (nx - pos == 1) t->items.push_back(make_obj(ascii_char(static_cast<unsigned char>(s->s[pos]))));
      else t->items.push_back(make_obj(new_str(std::string_view(s->s).substr(pos, nx - pos))));
      pos = nx;
    }
    Iterator* it = heap().make<Iterator>(types().reversed, IterKind::Reversed, make_obj(t));
    it->pos = static_cast<int64_t>(t->items.size()) - 1;
    return make_obj(it);
  }
  if (is_kind(v, Kind::Range)) {
    return range_reversed(as<Range>(v));
  }
  if (is_kind(v, Kind::Dict) || is_dict_view(v)) {
    Dict* d = is_kind(v, Kind::Dict) ? as<Dict>(v) : as<Dict>(as<Iterator>(v)->src);
    IterKind k = is_kind(v, Kind::Dict) ? IterKind::DictKeys : as<Iterator>(v)->which;
    Tuple* t = new_tuple();
    Rooted keep(make_obj(t));
    for (const DictEntry& e : d->entries) {
      if (e.key.is_undef()) continue;
      if (k == IterKind::DictKeys) t->items.push_back(e.key);
      else if (k == IterKind::DictValues) t->items.push_back(e.value);
      else t->items.push_back(make_obj(new_tuple({e.key, e.value})));
    }
    TypeObject* rt = k == IterKind::DictKeys     ? types().dict_reversekeyiterator
                     : k == IterKind::DictValues ? types().dict_reversevalueiterator
                                                 : types().dict_reverseitemiterator;
    Iterator* it = heap().make<Iterator>(rt, IterKind::Reversed, make_obj(t));
    it->pos = static_cast<int64_t>(t->items.size()) - 1;
    return make_obj(it);
  }
  Value m = lookup_special(v, intern("__reversed__"));
  if (!m.is_undef()) {
    if (m.is_none()) raisef(exc_types().TypeError, "'%s' object is not reversible", type_name(v).c_str());
    return call0(m);
  }
  // A sequence (anything with __getitem__) is reversed by index; without
  // __len__ that fails as len() does (PySequence_Size).
  if ((is_kind(v, Kind::Instance) && has_special(v, "__getitem__")) || is_bytes_like(v)) {
    int64_t n = length(v);
    Iterator* it = heap().make<Iterator>(types().reversed, IterKind::Reversed, v);
    it->pos = n - 1;
    return make_obj(it);
  }
  raisef(exc_types().TypeError, "'%s' object is not reversible", type_name(v).c_str());
}

Value enumerate_ctor(Args& a) {
  check_kwnames(a, "enumerate", {"iterable", "start"});
  Value iterable = a.n > 0 ? a.v[0] : a.kwarg("iterable");
  Value start = a.n > 1 ? a.v[1] : a.kwarg("start");
  if (a.n > 2) raisef(exc_types().TypeError, "enumerate() takes at most 2 arguments (%d given)", a.n);
  if (iterable.is_undef()) raise(exc_types().TypeError, "enumerate() missing required argument 'iterable' (pos 1)");
  Rooted s(start.is_undef() ? make_int(0) : index_int(start));
  Rooted it(get_iter(iterable));
  Iterator* e = heap().make<Iterator>(types().enumerate, IterKind::Enumerate, it.get());
  // The counter is `pos` while it fits in int64, then an int in `fn`.
  if (s.get().is_int()) e->pos = s.get().i;
  else e->fn = s.get();
  return make_obj(e);
}

Value iterators_tuple(Value* v, int n) {
  Tuple* t = new_tuple();
  Rooted keep(make_obj(t));
  for (int i = 0; i < n; ++i) t->items.push_back(get_iter(v[i]));
  return make_obj(t);
}

Value zip_ctor(Args& a) {
  check_kwnames(a, "zip", {"strict"});
  Value strict = a.kwarg("strict");
  Rooted t(iterators_tuple(a.v, a.n));
  Iterator* z = heap().make<Iterator>(types().zip, IterKind::Zip, t.get());
  z->strict = !strict.is_undef() && truthy(strict);
  return make_obj(z);
}

Value map_ctor(Args& a) {
  if (a.nkw()) raise(exc_types().TypeError, "map() takes no keyword arguments");
  if (a.n < 2) raise(exc_types().TypeError, "map() must have at least two arguments.");
  Rooted t(iterators_tuple(a.v + 1, a.n - 1));
  Iterator* m = heap().make<Iterator>(types().map, IterKind::Map, t.get());
  m->fn = a.v[0];
  return make_obj(m);
}

Value filter_ctor(Args& a) {
  if (a.nkw()) raise(exc_types().TypeError, "filter() takes no keyword arguments");
  pos_range(a, "filter", 2, 2);
  Rooted it(get_iter(a.v[1]));
  Iterator* f = heap().make<Iterator>(types().filter, IterKind::Filter, it.get());
  f->fn = a.v[0];
  return make_obj(f);
}

Value b_iter(Args& a) {
  pos_range(a, "iter", 1, 2);
  if (a.n == 1) return get_iter(a.v[0]);
  if (!is_callable(a.v[0])) raise(exc_types().TypeError, "iter(v, w): v must be callable");
  Iterator* it = heap().make<Iterator>(iterator_type(IterKind::Callable, a.v[0]), IterKind::Callable, a.v[0]);
  it->fn = a.v[1];
  return make_obj(it);
}

Value b_aiter(Args& a) {
  if (a.n != 1) raise(exc_types().TypeError, "aiter() takes exactly one argument");
  Value m = lookup_special(a.v[0], intern("__aiter__"));
  if (m.is_undef()) raise(exc_types().TypeError, "'" + type_name(a.v[0]) + "' object is not an async iterable");
  return call0(m);
}

Value b_anext(Args& a) {
  if (a.n < 1 || a.n > 2) raise(exc_types().TypeError, "anext expected 1 or 2 arguments");
  Value m = lookup_special(a.v[0], intern("__anext__"));
  if (m.is_undef()) raise(exc_types().TypeError, "'" + type_name(a.v[0]) + "' object is not an async iterator");
  if (a.n == 2) return anext_with_default(call0(m), a.v[1]);
  return call0(m);
}

Value b_next(Args& a) {
  pos_range(a, "next", 1, 2);
  Value it = a.v[0];
  if (!is_iterator(it)) raisef(exc_types().TypeError, "'%s' object is not an iterator", type_name(it).c_str());
  Value x;
  try {
    x = type_of(it)->slots.iternext(it);
  } catch (PyError& e) {
    // A generator's return value travels in StopIteration.value.
    if (a.n > 1 && exception_matches(e.exc, make_obj(exc_types().StopIteration))) return a.v[1];
    throw;
  }
  if (!x.is_undef()) return x;
  if (a.n > 1) return a.v[1];
  raise_value(make_obj(new_exception_args(exc_types().StopIteration, {})));
}

// ---------------------------------------------------------------- types & attributes

// The metaclass's own __instancecheck__ / __subclasscheck__ of cls, or
// Undef when there is none or it is type's (whose checks are the plain
// ones, done here without a call).
Value instancecheck_hook(Value cls, Str* name) {
  TypeObject* meta = type_of(cls);
  if (meta == types().type) return Value();
  Value m = cached_lookup(meta, name);
  if (kind_is(cls, Kind::Type) && kind_is(m, Kind::NativeFunction)) return Value();  // type's own
  return m;
}

[[noreturn]] void bad_class_spec(const char* fname) {
  raisef(exc_types().TypeError, "%s() arg 2 must be a type, a tuple of types, or a union", fname);
}

}  // namespace

// CPython's object_isinstance: the exact type first, then a tuple's items,
// then cls's own __instancecheck__ (a metaclass's, a union's), then the MRO.
bool object_isinstance(Value inst, Value cls) {
  if (kind_is(cls, Kind::Type)) {
    TypeObject* t = as<TypeObject>(cls);
    TypeObject* it = type_of(inst);
    if (it == t) return true;
    if (t->type == types().type) return it->is_subtype(t);  // type's own check
  }
  if (is_union(cls)) cls = make_obj(static_cast<UnionType*>(cls.o)->args);
  if (is_exact(cls, Kind::Tuple)) {
    check_c_stack();
    for (Value x : as<Tuple>(cls)->items)
      if (object_isinstance(inst, x)) return true;
    return false;
  }
  Value hook = instancecheck_hook(cls, COIL_NAME("__instancecheck__"));
  if (!hook.is_undef()) {
    check_c_stack();
    return truthy(call2(hook, cls, inst));
  }
  if (!kind_is(cls, Kind::Type)) bad_class_spec("isinstance");
  return isinstance(inst, as<TypeObject>(cls));
}

bool object_issubclass(Value derived, Value cls) {
  if (is_union(cls)) cls = make_obj(static_cast<UnionType*>(cls.o)->args);
  if (is_exact(cls, Kind::Tuple)) {
    check_c_stack();
    for (Value x : as<Tuple>(cls)->items)
      if (object_issubclass(derived, x)) return true;
    return false;
  }
  Value hook = instancecheck_hook(cls, COIL_NAME("__subclasscheck__"));
  if (!hook.is_undef()) {
    check_c_stack();
    return truthy(call2(hook, cls, derived));
  }
  if (!kind_is(derived, Kind::Type)) raise(exc_types().TypeError, "issubclass() arg 1 must be a class");
  if (!kind_is(cls, Kind::Type)) bad_class_spec("issubclass");
  return as<TypeObject>(derived)->is_subtype(as<TypeObject>(cls));
}

namespace {

Value b_isinstance(Args& a) {
  if (a.nkw()) raise(exc_types().TypeError, "isinstance() takes no keyword arguments");
  pos_range(a, "isinstance", 2, 2);
  return make_bool(object_isinstance(a.v[0], a.v[1]));
}

Value b_issubclass(Args& a) {
  if (a.nkw()) raise(exc_types().TypeError, "issubclass() takes no keyword arguments");
  pos_range(a, "issubclass", 2, 2);
  return make_bool(object_issubclass(a.v[0], a.v[1]));
}

Value b_callable(Args& a) {
  exactly_one(a, "callable");
  return make_bool(is_callable(a.v[0]));
}

Str* attr_name(Value v) {
  if (!is_str(v)) raisef(exc_types().TypeError, "attribute name must be string, not '%s'", type_name(v).c_str());
  return as_str(v);
}

Value b_getattr(Args& a) {
  pos_range(a, "getattr", 2, 3);
  Str* name = attr_name(a.v[1]);
  if (!name->interned) name = intern(name->s);
  if (a.n == 2) return getattr(a.v[0], name);
  try {
    return getattr(a.v[0], name);
  } catch (PyError& e) {
    if (!isinstance(e.exc, exc_types().AttributeError)) throw;
    return a.v[2];
  }
}

Value b_hasattr(Args& a) {
  pos_range(a, "hasattr", 2, 2);
  Str* name = attr_name(a.v[1]);
  if (!name->interned) name = intern(name->s);
  try {
    getattr(a.v[0], name);
    return make_bool(true);
  } catch (PyError& e) {
    if (!isinstance(e.exc, exc_types().AttributeError)) throw;
    return make_bool(false);
  }
}

Value b_setattr(Args& a) {
  pos_range(a, "setattr", 3, 3);
  Str* name = attr_name(a.v[1]);
  if (!name->interned) name = intern(name->s);
  setattr(a.v[0], name, a.v[2]);
  return none();
}

Value b_delattr(Args& a) {
  pos_range(a, "delattr", 2, 2);
  Str* name = attr_name(a.v[1]);
  if (!name->interned) name = intern(name->s);
  delattr(a.v[0], name);
  return none();
}

Value b_id(Args& a) {
  exactly_one(a, "id");
  Value v = a.v[0];
  if (v.is_obj()) return make_int(static_cast<int64_t>(reinterpret_cast<intptr_t>(v.o)));
  // Unboxed values: a stable fake address derived from the tag and payload.
  uint64_t payload = static_cast<uint64_t>(v.i);
  if (v.is_none() || v.is_undef()) payload = 0;
  if (v.is_bool()) payload = v.as_bool();
  uint64_t h = (payload * 0x9E3779B97F4A7C15ull) ^ (static_cast<uint64_t>(v.tag) << 56);
  return make_int(static_cast<int64_t>(0x100000000000ull + ((h >> 20) & 0xFFFFFFFFFull) * 16));
}

Value b_hash(Args& a) {
  exactly_one(a, "hash");
  return make_int(hash_value(a.v[0]));
}

Value b_vars(Args& a) {
  pos_range(a, "vars", 1, 1);
  try {
    return getattr(a.v[0], intern("__dict__"));
  } catch (PyError& e) {
    if (!isinstance(e.exc, exc_types().AttributeError)) throw;
    raise(exc_types().TypeError, "vars() argument must have __dict__ attribute");
  }
}

Value b_dir(Args& a) {
  pos_range(a, "dir", 1, 1);
  Value v = a.v[0];
  Dict* names = new_dict();
  Rooted keep(make_obj(names));
  auto add_dict = [&](Dict* d) {
    for (const DictEntry& e : d->entries)
      if (!e.key.is_undef() && is_str(e.key)) names->set(e.key, none());
  };
  // A class's own __dir__ decides, as CPython's dir() calls type(v).__dir__.
  if (!is_kind(v, Kind::Module) && !is_kind(v, Kind::Type)) {
    Value d = cached_lookup(type_of(v), intern("__dir__"));
    if (!d.is_undef() && !is_kind(d, Kind::NativeFunction)) {
      RootedVector keys;
      collect_values(call1(d, v), keys);
      sort_values(keys, Value(), false);
      return make_obj(new_list(std::vector<Value>(keys.begin(), keys.end())));
    }
  }
  if (InstanceAttrs* ia = instance_attrs(v); ia && ia->dict) add_dict(ia->dict);
  if (is_kind(v, Kind::Module)) {
    add_dict(as<Module>(v)->dict);
  } else {
    TypeObject* t = is_kind(v, Kind::Type) ? as<TypeObject>(v) : type_of(v);
    for (TypeObject* m : t->mro) add_dict(m->dict);
  }
  RootedVector keys;
  for (const DictEntry& e : names->entries)
    if (!e.key.is_undef()) keys.push_back(e.key);
  sort_values(keys, Value(), false);
  return make_obj(new_list(std::vector<Value>(keys.begin(), keys.end())));
}

// ---------------------------------------------------------------- numbers

Value b_divmod(Args& a) {
  pos_range(a, "divmod", 2, 2);
  Value x = a.v[0], y = a.v[1];
  if (is_number(x) && is_number(y)) {
    // float_divmod converts both operands (OverflowError) before the check.
    if ((x.is_float() || y.is_float()) && (to_double(x), to_double(y) == 0.0))
      raise(exc_types().ZeroDivisionError, "float divmod()");
    Rooted q(binary_op(kFloorDiv, x, y));
    Value r = binary_op(kMod, x, y);
    return make_obj(new_tuple({q.get(), r}));
  }
  Value m = lookup_special(x, intern("__divmod__"));
  if (!m.is_undef()) {
    Value r = call1(m, y);
    if (!r.identical(not_implemented())) return r;
  }
  m = lookup_special(y, intern("__rdivmod__"));
  if (!m.is_undef()) {
    Value r = call1(m, x);
    if (!r.identical(not_implemented())) return r;
  }
  raisef(exc_types().TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'", type_name(x).c_str(),
         type_name(y).c_str());
}

bool is_intval(Value v) { return v.is_int() || v.is_bool() || is_kind(v, Kind::BigInt); }

void to_mpz(Value v, mpz_t out) {
  if (v.is_int()) mpz_set_si(out, v.as_int());
  else if (v.is_bool()) mpz_set_si(out, v.as_bool());
  else mpz_set(out, as<BigInt>(v)->z);
}

Value pow_mod(Value b, Value e, Value m) {
  mpz_t zb, ze, zm, r;
  mpz_inits(zb, ze, zm, r, nullptr);
  to_mpz(b, zb);
  to_mpz(e, ze);
  to_mpz(m, zm);
  struct Clear {
    mpz_ptr a, b, c, d;
    ~Clear() { mpz_clears(a, b, c, d, nullptr); }
  } clear{zb, ze, zm, r};
  if (mpz_sgn(zm) == 0) raise(exc_types().ValueError, "pow() 3rd argument cannot be 0");
  mpz_t am;
  mpz_init(am);
  mpz_abs(am, zm);
  if (mpz_sgn(ze) < 0) {
    if (!mpz_invert(zb, zb, am)) {
      mpz_clear(am);
      raise(exc_types().ValueError, "base is not invertible for the given modulus");
    }
    mpz_neg(ze, ze);
  }
  mpz_powm(r, zb, ze, am);
  if (mpz_sgn(zm) < 0 && mpz_sgn(r) != 0) mpz_add(r, r, zm);  // result takes the modulus' sign
  mpz_clear(am);
  return int_from_mpz(r);
}

Value b_pow(Args& a) {
  check_kwnames(a, "pow", {"base", "exp", "mod"});
  Value base = a.n > 0 ? a.v[0] : a.kwarg("base");
  Value exp = a.n > 1 ? a.v[1] : a.kwarg("exp");
  Value mod = a.n > 2 ? a.v[2] : a.kwarg("mod");
  if (a.n > 3) raisef(exc_types().TypeError, "pow() takes at most 3 arguments (%d given)", a.n);
  if (base.is_undef()) raise(exc_types().TypeError, "pow() missing required argument 'base' (pos 1)");
  if (exp.is_undef()) raise(exc_types().TypeError, "pow() missing required argument 'exp' (pos 2)");
  if (mod.is_undef() || mod.is_none()) return binary_op(kPow, base, exp);
  if (is_complex(base) || is_complex(exp) || is_complex(mod)) {
    // CPython's ternary_op tries the slots of base's, exp's and mod's types
    // in turn: int's declines, float's rejects any modulus, complex's
    // rejects it once base and exp are numbers.
    TypeObject* seen[3] = {};
    int n = 0;
    for (Value v : {base, exp, mod}) {
      TypeObject* t = type_of(v);
      if (t == seen[0] || t == seen[1]) continue;
      seen[n++] = t;
      if (t == types().float_)
        raise(exc_types().TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
      if (t == types().complex_ && (is_number(base) || is_complex(base)) && (is_number(exp) || is_complex(exp)))
        raise(exc_types().ValueError, "complex modulo");
    }
  }
  if (!is_intval(base) || !is_intval(exp) || !is_intval(mod)) {
    if (is_number(base) && is_number(exp) && is_number(mod))
      raise(exc_types().TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    // A class's own three-argument __pow__ (the built-in numbers' take two).
    Value raw = cached_lookup(type_of(base), intern("__pow__"));
    bool own = raw.is_obj() && raw.o->kind == Kind::Function;
    Value m = own ? lookup_special(base, intern("__pow__")) : Value();
    if (!m.is_undef()) {
      Value args[2] = {exp, mod};
      Value r = call(m, args, 2);
      if (!r.identical(not_implemented())) return r;
    }
    raisef(exc_types().TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
           type_name(base).c_str(), type_name(exp).c_str(), type_name(mod).c_str());
  }
  return pow_mod(base, exp, mod);
}

Value b_round(Args& a) {
  check_kwnames(a, "round", {"number", "ndigits"});
  Value num = a.n > 0 ? a.v[0] : a.kwarg("number");
  Value nd = a.n > 1 ? a.v[1] : a.kwarg("ndigits");
  if (a.n > 2) raisef(exc_types().TypeError, "round() takes at most 2 arguments (%d given)", a.n);
  if (num.is_undef()) raise(exc_types().TypeError, "round() missing required argument 'number' (pos 1)");
  if (is_number(num)) return round_number(num, nd.is_undef() ? none() : nd);
  Value m = lookup_special(num, intern("__round__"));
  if (!m.is_undef()) {
    if (nd.is_undef() || nd.is_none()) return call0(m);
    return call1(m, nd);
  }
  raisef(exc_types().TypeError, "type %s doesn't define __round__ method", type_name(num).c_str());
}

std::string int_in_base(Value v, int base) {
  if (v.is_int() || v.is_bool()) {
    int64_t x = v.is_bool() ? v.as_bool() : v.as_int();
    uint64_t u = x < 0 ? 0 - static_cast<uint64_t>(x) : static_cast<uint64_t>(x);
    std::string s;
    if (u == 0) s = "0";
    while (u) {
      s += "0123456789abcdef"[u % base];
      u /= base;
    }
    if (x < 0) s += '-';
    return std::string(s.rbegin(), s.rend());
  }
  BigInt* b = as<BigInt>(v);
  std::string s(mpz_sizeinbase(b->z, base) + 2, '\0');
  mpz_get_str(s.data(), base, b->z);
  s.resize(std::strlen(s.c_str()));
  return s;
}

Value base_convert(Args& a, const char* name, int base, const char* prefix) {
  exactly_one(a, name);
  Value v = a.v[0];
  if (!is_intval(v)) {
    v = index_or_undef(v);  // __index__ may return an int of any size
    if (v.is_undef())
      raisef(exc_types().TypeError, "'%s' object cannot be interpreted as an integer", type_name(a.v[0]).c_str());
  }
  std::string s = int_in_base(v, base);
  if (s[0] == '-') return make_obj(new_str("-" + std::string(prefix) + s.substr(1)));
  return make_obj(new_str(prefix + s));
}

Value b_bin(Args& a) { return base_convert(a, "bin", 2, "0b"); }
Value b_oct(Args& a) { return base_convert(a, "oct", 8, "0o"); }
Value b_hex(Args& a) { return base_convert(a, "hex", 16, "0x"); }

Value b_format(Args& a) {
  pos_range(a, "format", 1, 2);
  std::string spec;
  if (a.n > 1) {
    if (!is_str(a.v[1]))
      raisef(exc_types().TypeError, "format() argument 2 must be str, not %s", type_name(a.v[1]).c_str());
    spec = as_str(a.v[1])->s;
  }
  return make_obj(new_str(format_value(a.v[0], spec)));
}

// ---------------------------------------------------------------- range, slice, exit

Value range_ctor(Args& a) {
  if (a.nkw()) raise(exc_types().TypeError, "range() takes no keyword arguments");
  pos_range(a, "range", 1, 3);
  if (a.n == 1) return make_obj(new_range(make_int(0), index_int(a.v[0]), make_int(1)));
  Rooted start(index_int(a.v[0]));
  Rooted stop(index_int(a.v[1]));
  return make_obj(new_range(start.get(), stop.get(), a.n == 3 ? index_int(a.v[2]) : make_int(1)));
}

Value slice_ctor(Args& a) {
  if (a.nkw()) raise(exc_types().TypeError, "slice() takes no keyword arguments");
  pos_range(a, "slice", 1, 3);
  if (a.n == 1) return make_obj(heap().make<Slice>(none(), a.v[0], none()));
  return make_obj(heap().make<Slice>(a.v[0], a.v[1], a.n == 3 ? a.v[2] : none()));
}

Value b_exit(Args& a) {
  if (a.n > 1) raisef(exc_types().TypeError, "__call__() takes from 1 to 2 positional arguments but %d were given", a.n + 1);
  std::vector<Value> args;
  if (a.n == 1) args.push_back(a.v[0]);
  raise_value(make_obj(new_exception_args(exc_types().SystemExit, std::move(args))));
}

// ---------------------------------------------------------------- zip helpers

[[noreturn]] void zip_error(size_t i, bool shorter) {
  if (i == 1)
    raisef(exc_types().ValueError, "zip() argument 2 is %s than argument 1", shorter ? "shorter" : "longer");
  raisef(exc_types().ValueError, "zip() argument %zu is %s than arguments 1-%zu", i + 1,
         shorter ? "shorter" : "longer", i);
}

}  // namespace

Value builtin_iterator_next(Iterator* it) {
  switch (it->which) {
    case IterKind::Enumerate: {
      if (it->src.is_undef()) return Value();
      Value x = iter_next_propagating(it->src);
      if (x.is_undef()) return Value();
      Rooted rx(x);
      Value count;
      if (it->fn.is_undef()) {
        count = make_int(it->pos);
        if (it->pos == INT64_MAX) it->fn = number_binary(static_cast<int>(ast::BinOpKind::Add), count, make_int(1));
        else ++it->pos;
      } else {
        count = it->fn;
        it->fn = number_binary(static_cast<int>(ast::BinOpKind::Add), count, make_int(1));
      }
      Rooted rc(count);
      return make_obj(new_tuple({count, x}));
    }
    case IterKind::Zip: {
      if (!is_kind(it->src, Kind::Tuple)) return Value();
      Tuple* its = as<Tuple>(it->src);
      size_t n = its->size();
      if (n == 0) return Value();
      RootedVector items;
      for (size_t i = 0; i < n; ++i) {
        Value x = it->strict ? iter_next(its->items[i]) : iter_next_propagating(its->items[i]);
        if (x.is_undef()) {
          Rooted keep(it->src);
          it->src = Value();
          if (it->strict) {
            if (i > 0) zip_error(i, true);
            for (size_t j = 1; j < n; ++j) {
              Value y = iter_next(as<Tuple>(keep.get())->items[j]);
              if (!y.is_undef()) zip_error(j, false);
            }
          }
          return Value();
        }
        items.push_back(x);
      }
      return make_obj(new_tuple(std::vector<Value>(items.begin(), items.end())));
    }
    case IterKind::Map: {
      if (!is_kind(it->src, Kind::Tuple)) return Value();
      Tuple* its = as<Tuple>(it->src);
      RootedVector args;
      for (size_t i = 0; i < its->size(); ++i) {
        Value x = iter_next_propagating(its->items[i]);
        if (x.is_undef()) return Value();
        args.push_back(x);
      }
      return call(it->fn, args.data(), static_cast<int>(args.size()));
    }
    case IterKind::Filter: {
      if (it->src.is_undef()) return Value();
      for (;;) {
        Value x = iter_next(it->src);
        if (x.is_undef()) return Value();
        if (it->fn.is_none() || (it->fn.is_obj() && it->fn.o == types().bool_)) {
          if (truthy(x)) return x;
          continue;
        }
        Rooted rx(x);
        if (truthy(call1(it->fn, x))) return rx.get();
      }
    }
    case IterKind::Reversed: {
      if (it->pos < 0 || it->src.is_undef()) return Value();
      Value s = it->src;
      if (is_kind(s, Kind::List)) {
        List* l = as<List>(s);
        if (it->pos >= static_cast<int64_t>(l->size())) {
          it->pos = -1;
          it->src = Value();
          return Value();
        }
        return l->items[it->pos--];
      }
      if (is_kind(s, Kind::Tuple)) return as<Tuple>(s)->items[it->pos--];
      Value idx = make_int(it->pos--);
      try {
        return getitem(s, idx);
      } catch (PyError& e) {
        if (isinstance(e.exc, exc_types().IndexError) || isinstance(e.exc, exc_types().StopIteration)) {
          it->pos = -1;
          it->src = Value();
          return Value();
        }
        throw;
      }
    }
    case IterKind::Callable: {
      if (it->src.is_undef()) return Value();
      Value r = call0(it->src);
      Rooted rr(r);
      if (values_equal(r, it->fn)) {
        it->src = Value();
        return Value();
      }
      return rr.get();
    }
    default: return Value();
  }
}

void init_builtins(Dict* b) {
  struct F {
    const char* name;
    NativeFn fn;
  };
  static const F fns[] = {
      {"print", b_print},         {"input", b_input},       {"len", b_len},
      {"repr", b_repr},           {"ascii", b_ascii},       {"ord", b_ord},
      {"chr", b_chr},             {"abs", b_abs},           {"min", b_min},
      {"max", b_max},             {"sum", b_sum},           {"any", b_any},
      {"all", b_all},             {"sorted", b_sorted},     {"iter", b_iter}, {"aiter", b_aiter}, {"anext", b_anext},
      {"next", b_next},           {"isinstance", b_isinstance}, {"issubclass", b_issubclass},
      {"callable", b_callable},   {"getattr", b_getattr},   {"hasattr", b_hasattr},
      {"setattr", b_setattr},     {"delattr", b_delattr},   {"id", b_id},
      {"hash", b_hash},           {"vars", b_vars},         {"dir", b_dir},
      {"divmod", b_divmod},       {"pow", b_pow},           {"round", b_round},
      {"bin", b_bin},             {"oct", b_oct},           {"hex", b_hex},
      {"format", b_format},       {"exit", b_exit},         {"quit", b_exit},
  };
  for (const F& f : fns) b->set_str(intern(f.name), make_obj(new_native(f.name, f.fn)));

  BuiltinTypes& t = types();
  t.range->ctor = range_ctor;
  t.slice->ctor = slice_ctor;
  t.enumerate->ctor = enumerate_ctor;
  t.zip->ctor = zip_ctor;
  t.map->ctor = map_ctor;
  t.filter->ctor = filter_ctor;
  t.reversed->ctor = reversed_ctor;
  TypeObject* named[] = {t.int_, t.float_, t.complex_, t.str, t.bool_, t.list, t.tuple, t.dict, t.set, t.frozenset,
                         t.range, t.object, t.type, t.slice, t.bytes, t.bytearray, t.memoryview, t.enumerate, t.zip, t.map, t.filter,
                         t.reversed, t.property, t.staticmethod, t.classmethod};
  for (TypeObject* ty : named)
    if (ty) b->set_str(intern(ty->name->s), make_obj(ty));
  b->set_str(intern("NotImplemented"), not_implemented());
  b->set_str(intern("Ellipsis"), ellipsis());
}

}  // namespace coil::rt
