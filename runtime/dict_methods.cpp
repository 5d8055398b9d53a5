// dict: constructor, methods, views, repr, equality and merging.
#include <string>
#include <vector>

#include "runtime/dict.h"
#include "runtime/dict_ops.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/heap.h"
#include "runtime/init.h"
#include "runtime/list.h"
#include "runtime/misc.h"
#include "runtime/native.h"
#include "runtime/ops.h"
#include "runtime/str.h"

namespace coil::rt {

namespace {

bool is_kind(Value v, Kind k) { return v.is_obj() && v.o->kind == k; }

bool eq_items(Value a, Value b) {
  if (a.identical(b)) return true;
  if (a.is_int() && b.is_int()) return false;
  return values_equal(a, b);
}

[[noreturn]] void key_error(Value key) {
  raise_value(make_obj(new_exception_args(exc_types().KeyError, {key})));
}

// Snapshot of live entries (keys and values rooted in `roots`, pairs).
void snapshot(Dict* d, RootedVector& roots) {
  for (const DictEntry& e : d->entries)
    if (!e.key.is_undef()) {
      roots.push_back(e.key);
      roots.push_back(e.value);
    }
}

void merge_pairs(Dict* d, Value iterable) {
  Rooted it(get_iter(iterable));
  for (int64_t i = 0;; ++i) {
    Value item = iter_next(it.get());
    if (item.is_undef()) break;
    Rooted ritem(item);
    RootedVector kv;
    if (is_kind(item, Kind::Tuple) || is_kind(item, Kind::List)) {
      const auto& v = is_kind(item, Kind::Tuple) ? as<Tuple>(item)->items : as<List>(item)->items;
      kv.assign(v.begin(), v.end());
    } else {
      Value sub;
      try {
        sub = get_iter(item);
      } catch (PyError& e) {
        if (isinstance(e.exc, exc_types().TypeError))
          raisef(exc_types().TypeError, "cannot convert dictionary update sequence element #%lld to a sequence",
                 static_cast<long long>(i));
        throw;
      }
      Rooted rsub(sub);
      for (;;) {
        Value x = iter_next(rsub.get());
        if (x.is_undef()) break;
        kv.push_back(x);
      }
    }
    if (kv.size() != 2)
      raisef(exc_types().ValueError, "dictionary update sequence element #%lld has length %zu; 2 is required",
             static_cast<long long>(i), kv.size());
    d->set(kv[0], kv[1]);
  }
}

Value make_view(Dict* d, IterKind k) {
  TypeObject* t = k == IterKind::DictKeys ? types().dict_keys
                  : k == IterKind::DictValues ? types().dict_values
                                              : types().dict_items;
  return make_obj(heap().make<Iterator>(t, k, make_obj(d)));
}

void apply_kwargs(Dict* d, Args& a) {
  for (int i = 0; i < a.nkw(); ++i) d->set(a.kwnames->items[i], a.kw(i));
}

// ---- constructor and methods

Value dict_ctor(Args& a) {
  if (a.n > 1) raisef(exc_types().TypeError, "dict expected at most 1 argument, got %d", a.n);
  Dict* d = new_dict();
  Rooted keep(make_obj(d));
  if (a.n == 1) dict_update_in_place(d, a.v[0]);
  apply_kwargs(d, a);
  return make_obj(d);
}

Value d_get(Args& a) {
  Value v = self_of<Dict>(a)->get(a.v[1]);
  if (!v.is_undef()) return v;
  return a.n > 2 ? a.v[2] : none();
}

Value d_setdefault(Args& a) {
  Dict* d = self_of<Dict>(a);
  Value v = d->get(a.v[1]);
  if (!v.is_undef()) return v;
  Value dflt = a.n > 2 ? a.v[2] : none();
  d->set(a.v[1], dflt);
  return dflt;
}

Value d_pop(Args& a) {
  Dict* d = self_of<Dict>(a);
  Value old;
  if (d->remove(a.v[1], &old)) return old;
  if (a.n > 2) return a.v[2];
  key_error(a.v[1]);
}

Value d_popitem(Args& a) {
  Dict* d = self_of<Dict>(a);
  for (size_t i = d->entries.size(); i-- > 0;) {
    const DictEntry& e = d->entries[i];
    if (e.key.is_undef()) continue;
    Value k = e.key, v = e.value;
    Tuple* t = new_tuple({k, v});
    Rooted keep(make_obj(t));
    d->remove(k);
    return make_obj(t);
  }
  raise(exc_types().KeyError, "popitem(): dictionary is empty");
}

Value d_keys(Args& a) {
  return make_view(self_of<Dict>(a), IterKind::DictKeys);
}
Value d_values(Args& a) {
  return make_view(self_of<Dict>(a), IterKind::DictValues);
}
Value d_items(Args& a) {
  return make_view(self_of<Dict>(a), IterKind::DictItems);
}

Value d_update(Args& a) {
  if (a.n > 2) raisef(exc_types().TypeError, "update expected at most 1 argument, got %d", a.n - 1);
  Dict* d = self_of<Dict>(a);
  if (a.n == 2) dict_update_in_place(d, a.v[1]);
  apply_kwargs(d, a);
  return none();
}

Value d_clear(Args& a) {
  self_of<Dict>(a)->clear();
  return none();
}

Value d_copy(Args& a) {
  Dict* src = self_of<Dict>(a);
  Dict* d = new_dict();
  Rooted keep(make_obj(d));
  RootedVector kv;
  snapshot(src, kv);
  for (size_t i = 0; i < kv.size(); i += 2) d->set(kv[i], kv[i + 1]);
  return make_obj(d);
}

// A classmethod: a.v[0] is the class.
Value d_fromkeys(Args& a) {
  check_no_keywords(a, "dict.fromkeys");
  check_arg_count("fromkeys", a.n - 1, 1, 2);
  Value cls = a.v[0];
  Value value = a.n > 2 ? a.v[2] : none();
  Rooted d(cls.is_obj() && cls.o == types().dict ? make_obj(new_dict()) : call0(cls));
  Rooted it(get_iter(a.v[1]));
  for (;;) {
    Value k = iter_next(it.get());
    if (k.is_undef()) break;
    Rooted rk(k);
    if (is_kind(d.get(), Kind::Dict) && d.get().o->type == types().dict) as<Dict>(d.get())->set(k, value);
    else setitem(d.get(), k, value);
  }
  return d.get();
}







// Views' own methods.

std::vector<Object*>& repr_stack() {
  static std::vector<Object*> s;
  return s;
}

}  // namespace

// ---- exported

void dict_update_in_place(Dict* d, Value other) {
  if (is_kind(other, Kind::Dict)) {
    Dict* src = as<Dict>(other);
    if (src == d) return;
    RootedVector kv;
    snapshot(src, kv);
    for (size_t i = 0; i < kv.size(); i += 2) d->set(kv[i], kv[i + 1]);
    return;
  }
  Value keys_fn = getattr_opt(other, intern("keys"));
  if (!keys_fn.is_undef()) {
    Rooted rk(keys_fn);
    Rooted keys(call0(keys_fn));
    Rooted it(get_iter(keys.get()));
    for (;;) {
      Value k = iter_next(it.get());
      if (k.is_undef()) break;
      Rooted rkey(k);
      Value v = getitem(other, k);
      d->set(k, v);
    }
    return;
  }
  merge_pairs(d, other);
}

std::string dict_repr(Dict* d) {
  for (Object* p : repr_stack())
    if (p == d) return "{...}";
  if (d->size() == 0) return "{}";
  repr_stack().push_back(d);
  std::string out = "{";
  try {
    bool first = true;
    for (size_t i = 0; i < d->entries.size(); ++i) {
      if (d->entries[i].key.is_undef()) continue;
      Rooted k(d->entries[i].key), v(d->entries[i].value);
      if (!first) out += ", ";
      first = false;
      out += repr(k.get());
      out += ": ";
      out += repr(v.get());
    }
  } catch (...) {
    repr_stack().pop_back();
    throw;
  }
  repr_stack().pop_back();
  out += "}";
  return out;
}

bool dict_equal(Dict* a, Dict* b) {
  if (a == b) return true;
  if (a->size() != b->size()) return false;
  for (size_t i = 0; i < a->entries.size(); ++i) {
    if (a->entries[i].key.is_undef()) continue;
    Rooted k(a->entries[i].key), av(a->entries[i].value);
    Value bv = b->get(k.get());
    if (bv.is_undef()) return false;
    Rooted rbv(bv);
    if (!eq_items(av.get(), bv)) return false;
  }
  return true;
}

Value dict_getitem(Dict* d, Value key) {
  Value v = d->get(key);
  if (!v.is_undef()) return v;
  // A subclass may supply missing keys (defaultdict, Counter).
  if (d->has_side_attrs) {
    Value missing = lookup_special(make_obj(d), COIL_NAME("__missing__"));
    if (!missing.is_undef()) return call1(missing, key);
  }
  key_error(key);
}

Value dict_or(Value a, Value b) {
  if (!is_kind(a, Kind::Dict) || !is_kind(b, Kind::Dict)) return Value();
  Dict* d = new_dict();
  Rooted keep(make_obj(d));
  dict_update_in_place(d, a);
  dict_update_in_place(d, b);
  return make_obj(d);
}

Value dict_inplace_or(Value a, Value b) {
  dict_update_in_place(as<Dict>(a), b);
  return a;
}

bool is_dict_view(Value v) {
  if (!is_kind(v, Kind::Iterator)) return false;
  TypeObject* t = v.o->type;
  return t == types().dict_keys || t == types().dict_values || t == types().dict_items;
}

Value dict_iter(Dict* d, IterKind kind) {
  Iterator* it = heap().make<Iterator>(iterator_type(kind, make_obj(d)), kind, make_obj(d));
  it->end = d->size();
  it->version = d->version;
  return make_obj(it);
}

Value dict_view_iter(Value view) {
  Iterator* v = as<Iterator>(view);
  return dict_iter(as<Dict>(v->src), v->which);
}

Value dict_iter_next(Iterator* it) {
  if (!is_kind(it->src, Kind::Dict)) return Value();
  Dict* d = as<Dict>(it->src);
  if (d->size() != it->end) {
    it->end = -1;
    raise(exc_types().RuntimeError, "dictionary changed size during iteration");
  }
  while (it->pos < static_cast<int64_t>(d->entries.size())) {
    const DictEntry& e = d->entries[it->pos++];
    if (e.key.is_undef()) continue;
    switch (it->which) {
      case IterKind::DictKeys: return e.key;
      case IterKind::DictValues: return e.value;
      default: return make_obj(new_tuple({e.key, e.value}));
    }
  }
  it->src = Value();
  return Value();
}

std::string dict_view_repr(Value view) {
  Iterator* v = as<Iterator>(view);
  Dict* d = as<Dict>(v->src);
  std::string out = v->type->name->s + "([";
  for (Object* p : repr_stack())
    if (p == v) return out + "...])";
  repr_stack().push_back(v);
  try {
    bool first = true;
    for (size_t i = 0; i < d->entries.size(); ++i) {
      if (d->entries[i].key.is_undef()) continue;
      Rooted k(d->entries[i].key), val(d->entries[i].value);
      if (!first) out += ", ";
      first = false;
      switch (v->which) {
        case IterKind::DictKeys: out += repr(k.get()); break;
        case IterKind::DictValues: out += repr(val.get()); break;
        default: out += "(" + repr(k.get()) + ", " + repr(val.get()) + ")"; break;
      }
    }
  } catch (...) {
    repr_stack().pop_back();
    throw;
  }
  repr_stack().pop_back();
  return out + "])";
}

int64_t dict_view_len(Value view) { return as<Dict>(as<Iterator>(view)->src)->size(); }

bool dict_view_contains(Value view, Value x) {
  Iterator* v = as<Iterator>(view);
  Dict* d = as<Dict>(v->src);
  switch (v->which) {
    case IterKind::DictKeys: return d->contains(x);
    case IterKind::DictItems: {
      if (!is_kind(x, Kind::Tuple) || as<Tuple>(x)->size() != 2) return false;
      Value val = d->get(as<Tuple>(x)->items[0]);
      if (val.is_undef()) return false;
      Rooted rv(val);
      return eq_items(val, as<Tuple>(x)->items[1]);
    }
    default:
      for (size_t i = 0; i < d->entries.size(); ++i) {
        if (d->entries[i].key.is_undef()) continue;
        Rooted val(d->entries[i].value);
        if (eq_items(val.get(), x)) return true;
      }
      return false;
  }
}

// The methods of dict (runtime/native.h checks their arguments).
const MethodDef kDictMethods[] = {
    {"get", d_get, ArgSpec::Range, 1, 2},
    {"setdefault", d_setdefault, ArgSpec::Range, 1, 2},
    {"pop", d_pop, ArgSpec::Range, 1, 2},
    {"popitem", d_popitem, ArgSpec::NoArgs},
    {"keys", d_keys, ArgSpec::NoArgs},
    {"values", d_values, ArgSpec::NoArgs},
    {"items", d_items, ArgSpec::NoArgs},
    {"update", d_update, ArgSpec::Any},
    {"clear", d_clear, ArgSpec::NoArgs},
    {"copy", d_copy, ArgSpec::NoArgs},
};

void init_dict_methods() {
  BuiltinTypes& t = types();
  t.dict->ctor = dict_ctor;
  add_methods(t.dict, kDictMethods);
  add_classmethod(t.dict, "fromkeys", d_fromkeys);
}

}  // namespace coil::rt
