#include "runtime/weakref.h"

#include <algorithm>
#include <cinttypes>
#include <cstdio>
#include <unordered_map>

#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/heap.h"
#include "runtime/ops.h"
#include "runtime/output.h"
#include "runtime/str.h"
#include "runtime/traceback.h"
#include "runtime/vm.h"
#include "runtime/warnings.h"

namespace coil::rt {

namespace {

TypeObject* g_ref_type = nullptr;
TypeObject* g_proxy_type = nullptr;
TypeObject* g_callable_proxy_type = nullptr;

// Referent -> its weak references, oldest first. Entries go when the
// referent is collected (clear_dead_referents) or a reference is freed.
std::unordered_map<const Object*, std::vector<WeakRef*>>& weak_table() {
  static std::unordered_map<const Object*, std::vector<WeakRef*>> table;
  return table;
}

// References cleared by the last collection whose callbacks have yet to run;
// traced as roots so that they live until then.
std::vector<Value> g_pending_callbacks;

// Reads of weak references collect first unless backing off: `skip` reads go
// by without a collection after `backoff` fruitless ones.
uint32_t g_skip = 0, g_backoff = 0;
uint64_t g_cleared = 0;  // references cleared so far

std::string address(const void* p) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "0x%" PRIxPTR, reinterpret_cast<uintptr_t>(p));
  return buf;
}

// Whether obj's type supports weak references (CPython's tp_weaklistoffset):
// instances of classes, functions, types, sets, generators, modules, ...;
// not ints, strs, tuples, lists, dicts or plain object() instances.
bool weakrefable(Value v) {
  if (!v.is_obj()) return false;
  Object* o = v.o;
  if (o->has_side_attrs) return true;  // a Python subclass of a built-in
  switch (o->kind) {
    case Kind::Instance: return !o->type->is_builtin;
    case Kind::Exception: case Kind::Function: case Kind::NativeFunction: case Kind::BoundMethod:
    case Kind::Type: case Kind::Set: case Kind::FrozenSet: case Kind::Generator: case Kind::Code:
    case Kind::Module: case Kind::Property: case Kind::Native:
      return true;
    default: return false;
  }
}

// Called between marking and sweeping: references to unmarked objects are
// cleared, and live ones with callbacks queued.
void clear_dead_referents(Tracer& t) {
  auto& table = weak_table();
  for (auto it = table.begin(); it != table.end();) {
    if (it->first->marked) {
      ++it;
      continue;
    }
    for (WeakRef* w : it->second) {
      w->referent = nullptr;
      ++g_cleared;
      if (w->marked && !w->callback.is_none()) g_pending_callbacks.push_back(make_obj(w));
    }
    it = table.erase(it);
  }
  (void)t;
}

void trace_weak_roots(Tracer& t) {
  for (Value v : g_pending_callbacks) t.mark(v);
}

[[noreturn]] void dead_proxy() { raise(exc_types().ReferenceError, "weakly-referenced object no longer exists"); }

// The referent of a proxy, for an operation on it.
Value proxy_target(Value self) {
  Value r = weakref_get(static_cast<WeakRef*>(self.o));
  if (r.is_none()) dead_proxy();
  return r;
}
// An operand that is itself a proxy stands for its referent.
Value unwrap(Value v) {
  if (v.is_obj() && (v.o->type == g_proxy_type || v.o->type == g_callable_proxy_type)) return proxy_target(v);
  return v;
}

// `shared`: without a callback, one plain reference (or proxy) per object
// serves every request, as in CPython; an instance of a subclass of ref is
// always new.
Value make_ref(TypeObject* type, Value obj, Value callback, bool shared = true) {
  if (!weakrefable(obj))
    raise(exc_types().TypeError, "cannot create weak reference to '" + type_name(obj) + "' object");
  if (callback.is_undef()) callback = make_none();
  auto& refs = weak_table()[obj.o];
  if (shared && callback.is_none())
    for (WeakRef* w : refs)
      if (w->type == type && w->callback.is_none() && !w->has_side_attrs) return make_obj(w);
  WeakRef* w = heap().make<WeakRef>(type, obj.o, callback);
  weak_table()[obj.o].push_back(w);
  obj.o->has_weakrefs = true;
  if (!callback.is_none()) obj.o->has_weak_callbacks = true;
  return make_obj(w);
}

// ---- ReferenceType

Value ref_new(Args& a) {
  if (a.nkw()) raise(exc_types().TypeError, "ref() takes no keyword arguments");
  if (a.n < 1 || a.n > 2)
    raisef(exc_types().TypeError, "__new__ expected at most 2 arguments, got %d", a.n);
  return make_ref(g_ref_type, a.v[0], a.n > 1 ? a.v[1] : Value());
}

// ReferenceType.__new__(cls, obj, callback=None); a subclass that takes
// more arguments (KeyedRef's key) has a __new__ of its own.
Value ref_type_new(Args& a) {
  if (a.n < 1 || !kind_is(a.v[0], Kind::Type) || !as<TypeObject>(a.v[0])->is_subtype(g_ref_type))
    raise(exc_types().TypeError, "ReferenceType.__new__(X): X is not a subtype of ReferenceType");
  TypeObject* cls = as<TypeObject>(a.v[0]);
  if (a.nkw()) raise(exc_types().TypeError, "ref() takes no keyword arguments");
  if (a.n < 2 || a.n > 3)
    raisef(exc_types().TypeError, "__new__ expected %s 1 argument%s, got %d", a.n < 2 ? "at least" : "at most 2",
           a.n < 2 ? "" : "s", a.n - 1);
  Value callback = a.n > 2 ? a.v[2] : Value();
  if (cls == g_ref_type) return make_ref(g_ref_type, a.v[1], callback);
  Value r = make_ref(g_ref_type, a.v[1], callback, false);
  adopt_into_class(r.o, cls);
  return r;
}

// ReferenceType.__init__ checks the arguments __new__ used.
Value ref_init(Args& a) {
  if (a.nkw()) raise(exc_types().TypeError, "ref() takes no keyword arguments");
  if (a.n < 2 || a.n > 3)
    raisef(exc_types().TypeError, "__init__ expected %s 1 argument%s, got %d", a.n < 2 ? "at least" : "at most 2",
           a.n < 2 ? "" : "s", a.n - 1);
  return make_none();
}

Value ref_call(Args& a) {
  if (a.n != 1 || a.nkw()) raisef(exc_types().TypeError, "weakref() takes no arguments");
  return weakref_get(static_cast<WeakRef*>(a.v[0].o));
}

std::string ref_repr(Value self) {
  WeakRef* w = static_cast<WeakRef*>(self.o);
  Value r = weakref_get(w);
  if (r.is_none()) return "<weakref at " + address(w) + "; dead>";
  return "<weakref at " + address(w) + "; to '" + type_of(r)->name->s + "' at " + address(r.o) + ">";
}

int64_t ref_hash(Value self) {
  WeakRef* w = static_cast<WeakRef*>(self.o);
  if (w->hash != -1) return w->hash;
  if (!w->referent) raise(exc_types().TypeError, "weak object has gone away");
  w->hash = hash_value(make_obj(w->referent));
  return w->hash;
}

Value ref_richcompare(Value self, Value other, int op) {
  if ((op != kCmpEq && op != kCmpNe) || !(other.is_obj() && other.o->type->is_subtype(g_ref_type)))
    return not_implemented();
  WeakRef* a = static_cast<WeakRef*>(self.o);
  WeakRef* b = static_cast<WeakRef*>(other.o);
  if (!a->referent || !b->referent) {
    bool same = a == b;
    return make_bool(op == kCmpEq ? same : !same);
  }
  return compare(op, make_obj(a->referent), make_obj(b->referent));
}

// ---- ProxyType: every operation goes to the referent

std::string proxy_repr(Value self) {
  WeakRef* w = static_cast<WeakRef*>(self.o);
  Value r = weakref_get(w);
  if (r.is_none()) return "<weakproxy at " + address(w) + "; dead>";
  return "<weakproxy at " + address(w) + " to " + type_of(r)->name->s + " at " + address(r.o) + ">";
}
std::string proxy_str(Value self) { return str(proxy_target(self)); }
int64_t proxy_hash(Value self) { raise_unhashable(self); }
Value proxy_richcompare(Value self, Value other, int op) { return compare(op, proxy_target(self), unwrap(other)); }
int64_t proxy_len(Value self) { return length(proxy_target(self)); }
Value proxy_getitem(Value self, Value key) { return getitem(proxy_target(self), key); }
void proxy_setitem(Value self, Value key, Value value) {
  if (value.is_undef()) delitem(proxy_target(self), key);
  else setitem(proxy_target(self), key, value);
}
int proxy_contains(Value self, Value item) { return contains(proxy_target(self), item) ? 1 : 0; }
Value proxy_iter(Value self) { return get_iter(proxy_target(self)); }
Value proxy_iternext(Value self) { return iter_next(proxy_target(self)); }
Value proxy_binary(int op, Value a, Value b) { return binary_op(op, unwrap(a), unwrap(b)); }
Value proxy_inplace(int op, Value a, Value b) {
  // The referent changes in place (or not); the proxy itself stays.
  binary_op(op, unwrap(a), unwrap(b), true);
  return a;
}
Value proxy_negative(Value self) { return unary_negative(proxy_target(self)); }
Value proxy_positive(Value self) { return unary_positive(proxy_target(self)); }
Value proxy_invert(Value self) { return unary_invert(proxy_target(self)); }
bool proxy_truthy(Value self) { return truthy(proxy_target(self)); }

Value proxy_call(Args& a) {
  Value target = proxy_target(a.v[0]);
  Rooted keep(target);
  return call(target, a.v + 1, a.n - 1, a.kwnames);
}

void fill_proxy_slots(TypeObject* t) {
  TypeSlots& s = t->slots;
  s.repr = proxy_repr;
  s.str = proxy_str;
  s.hash = proxy_hash;
  s.richcompare = proxy_richcompare;
  s.len = proxy_len;
  s.getitem = proxy_getitem;
  s.setitem = proxy_setitem;
  s.contains = proxy_contains;
  s.iter = proxy_iter;
  s.iternext = proxy_iternext;
  s.binary = proxy_binary;
  s.inplace = proxy_inplace;
  s.binary_ops = s.inplace_ops = 0x1fff;
  s.negative = proxy_negative;
  s.positive = proxy_positive;
  s.invert = proxy_invert;
  s.truthy = proxy_truthy;
}

}  // namespace

WeakRef::WeakRef(TypeObject* t, Object* referent, Value callback)
    : NativeObject(t), referent(referent), callback(callback) {}

WeakRef::~WeakRef() {
  if (!referent) return;
  auto& table = weak_table();
  auto it = table.find(referent);
  if (it == table.end()) return;
  auto& refs = it->second;
  refs.erase(std::remove(refs.begin(), refs.end(), this), refs.end());
  referent->has_weak_callbacks =
      std::any_of(refs.begin(), refs.end(), [](const WeakRef* w) { return !w->callback.is_none(); });
  if (refs.empty()) {
    referent->has_weakrefs = false;
    table.erase(it);
  }
}

void WeakRef::trace(Tracer& t) { t.mark(callback); }

bool WeakRef::is_proxy() const { return type == g_proxy_type || type == g_callable_proxy_type; }

Value WeakRef::get_attr(Str* name) {
  if (is_proxy()) return getattr(proxy_target(make_obj(this)), name);
  if (name->s == "__callback__") return callback;
  return Value();
}

bool WeakRef::set_attr(Str* name, Value v) {
  if (!is_proxy()) return false;
  setattr(proxy_target(make_obj(this)), name, v);
  return true;
}

TypeObject* weakref_type() { return g_ref_type; }
TypeObject* weakproxy_type() { return g_proxy_type; }
TypeObject* callable_proxy_type() { return g_callable_proxy_type; }

Value new_weakref(Value obj, Value callback) { return make_ref(g_ref_type, obj, callback); }

Value new_weakproxy(Value obj, Value callback) {
  TypeObject* t = is_callable(obj) ? g_callable_proxy_type : g_proxy_type;
  return make_ref(t, obj, callback);
}

static void collect_for_read() {
  if (g_skip) {
    --g_skip;
    return;
  }
  uint64_t before = g_cleared;
  heap().collect();
  after_collection();
  if (g_cleared == before) {
    g_backoff = std::min<uint32_t>(g_backoff * 2 + 1, 4096);
    g_skip = g_backoff;
  } else {
    g_backoff = 0;
  }
}

void weak_referent_lost() {
  g_skip = 0;
  g_backoff = 0;
}

Value weakref_get(WeakRef* w) {
  if (w->referent) {
    Rooted keep(make_obj(w));
    collect_for_read();
  }
  return w->referent ? make_obj(w->referent) : make_none();
}

int64_t weakref_count(Value obj) {
  if (!obj.is_obj() || !obj.o->has_weakrefs) return 0;
  collect_for_read();
  auto it = weak_table().find(obj.o);
  return it == weak_table().end() ? 0 : static_cast<int64_t>(it->second.size());
}

void weakrefs_of(Value obj, std::vector<Value>& out) {
  if (!obj.is_obj() || !obj.o->has_weakrefs) return;
  auto it = weak_table().find(obj.o);
  if (it == weak_table().end()) return;
  for (WeakRef* w : it->second) out.push_back(make_obj(w));
}


void run_weakref_callbacks() {
  while (!g_pending_callbacks.empty()) {
    Value w = g_pending_callbacks.front();
    g_pending_callbacks.erase(g_pending_callbacks.begin());
    Rooted keep(w);
    Value cb = static_cast<WeakRef*>(w.o)->callback;
    Rooted keep_cb(cb);
    try {
      call1(cb, w);
    } catch (PyError& e) {
      stdout_flush_quietly();
      std::string text = "Exception ignored in: " + repr(cb) + "\n" + format_exception(e.exc);
      std::fwrite(text.data(), 1, text.size(), stderr);
      std::fflush(stderr);
    }
  }
}

void init_weakrefs() {
  auto mk = [](const char* name) {
    TypeObject* t = new_builtin_type(name, types().object, Kind::Native);
    t->module = intern("weakref");
    t->subclassing = Subclassing::NotYet;
    return t;
  };
  g_ref_type = mk("ReferenceType");
  heap().permanent_objects.push_back(reinterpret_cast<Object**>(&g_ref_type));
  g_proxy_type = mk("ProxyType");
  heap().permanent_objects.push_back(reinterpret_cast<Object**>(&g_proxy_type));
  g_callable_proxy_type = mk("CallableProxyType");
  heap().permanent_objects.push_back(reinterpret_cast<Object**>(&g_callable_proxy_type));
  g_ref_type->ctor = ref_new;
  g_ref_type->slots.repr = ref_repr;
  g_ref_type->slots.hash = ref_hash;
  g_ref_type->slots.richcompare = ref_richcompare;
  add_method(g_ref_type, "__call__", ref_call);
  // weakref.WeakMethod and KeyedRef subclass ref.
  g_ref_type->subclassing = Subclassing::Allowed;
  g_ref_type->dict->set_str(intern("__new__"), make_obj(new_native("__new__", ref_type_new)));
  add_method(g_ref_type, "__init__", ref_init);
  fill_proxy_slots(g_proxy_type);
  fill_proxy_slots(g_callable_proxy_type);
  add_method(g_callable_proxy_type, "__call__", proxy_call);
  for (TypeObject* t : {g_ref_type, g_proxy_type, g_callable_proxy_type}) add_slot_methods(t);
  heap().weak_hook = clear_dead_referents;
  vm().root_hooks.push_back(trace_weak_roots);
}

}  // namespace coil::rt
