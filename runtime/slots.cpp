#include "runtime/slots.h"

#include <cinttypes>
#include <cstdio>
#include <cstring>

#include "parser/ast.h"
#include "runtime/checked.h"
#include "runtime/dict.h"
#include "runtime/dict_ops.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/heap.h"
#include "runtime/list.h"
#include "runtime/misc.h"
#include "runtime/nesting.h"
#include "runtime/numbers.h"
#include "runtime/objects/bytearray.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/complex.h"
#include "runtime/objects/descriptor.h"
#include "runtime/objects/memoryview.h"
#include "runtime/objects/union_type.h"
#include "runtime/ops.h"
#include "runtime/range.h"
#include "runtime/seq_ops.h"
#include "runtime/set.h"
#include "runtime/set_ops.h"
#include "runtime/str.h"
#include "runtime/str_ops.h"
#include "runtime/types.h"
#include "runtime/vm.h"
#include "vm/call.h"
#include "vm/code.h"

namespace coil::rt {

std::string address_of(const void* p) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "0x%012" PRIxPTR, reinterpret_cast<uintptr_t>(p));
  return buf;
}

namespace {

const char* const kCompareDunders[] = {"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"};
// By ast::BinOpKind: __add__, __radd__, __iadd__ are built from these.
const char* const kBinaryNames[] = {"add__", "sub__", "mul__", "matmul__", "truediv__", "mod__", "pow__",
                                    "lshift__", "rshift__", "or__", "xor__", "and__", "floordiv__"};
constexpr int kBinaryOps = sizeof(kBinaryNames) / sizeof(kBinaryNames[0]);


// ------------------------------------------------------- dunder wrappers

// Calls the dunder m, found on self's type, as CPython's vectorcall_method:
// a function (or a built-in's method) gets self as its first argument;
// anything else (a staticmethod, a classmethod, a callable object) is bound
// through the descriptor protocol first.
template <class... A>
Value call_dunder_method(Value m, Value self, A... args) {
  if (m.is_obj() && (m.o->kind == Kind::Function ||
                     (m.o->kind == Kind::NativeFunction && static_cast<NativeFunction*>(m.o)->is_method))) {
    Value argv[] = {self, args...};
    return call(m, argv, static_cast<int>(sizeof...(A)) + 1);
  }
  Value bound = bind_attribute(m, self);
  Rooted keep(bound);
  Value argv[] = {args..., Value()};
  return call(bound, argv, static_cast<int>(sizeof...(A)));
}

// The value a dunder returned for repr()/str(), checked as CPython does.
std::string text_result(Value r, const char* dunder) {
  if (!is_str(r)) raise(exc_types().TypeError, std::string(dunder) + " returned non-string (type " + type_name(r) + ")");
  return as_str(r)->s;
}

// The slot method a dunder lookup found, when it is one (list.__repr__,
// object.__eq__): its owner's slot is then called directly.
TypeObject* slot_owner(Value m, Str* name) {
  if (!m.is_obj() || m.o->kind != Kind::NativeFunction) return nullptr;
  NativeFunction* f = static_cast<NativeFunction*>(m.o);
  // Only the slot method of the dunder looked up: a class may bind another
  // type's method to it (`__str__ = int.__repr__`, as enum does), which
  // must run as what it is.
  if (!f->slot_owner || std::strcmp(f->name, name->s.c_str()) != 0) return nullptr;
  return f->slot_owner;
}

std::string repr_by_dunder(Value self) {
  Value m = cached_lookup(type_of(self), COIL_NAME("__repr__"));
  if (TypeObject* owner = slot_owner(m, COIL_NAME("__repr__"))) return owner->slots.repr(self);
  if (m.is_undef()) return object_repr_slot(self);
  return text_result(call_dunder_method(m, self), "__repr__");
}

std::string str_by_dunder(Value self) {
  Value m = cached_lookup(type_of(self), COIL_NAME("__str__"));
  if (TypeObject* owner = slot_owner(m, COIL_NAME("__str__"))) return owner->slots.str(self);
  if (m.is_undef()) return repr(self);
  return text_result(call_dunder_method(m, self), "__str__");
}

int64_t hash_by_dunder(Value self) {
  Value h = cached_lookup(type_of(self), COIL_NAME("__hash__"));
  if (h.is_none()) raise_unhashable(self);
  if (TypeObject* owner = slot_owner(h, COIL_NAME("__hash__"))) return owner->slots.hash(self);
  if (h.is_undef()) return object_hash_slot(self);
  Value r = call_dunder_method(h, self);
  if (!r.is_int() && !r.is_bool() && !(r.is_obj() && r.o->kind == Kind::BigInt))
    raise(exc_types().TypeError, "__hash__ method should return an integer");
  // Used as is when it fits (CPython reduces only big ints); -1 is reserved
  // for errors in CPython, so it becomes -2.
  int64_t x = r.is_int() ? r.i : r.is_bool() ? r.b : number_hash(r);
  return x == -1 ? -2 : x;
}

int64_t len_by_dunder(Value self) {
  Value m = cached_lookup(type_of(self), COIL_NAME("__len__"));
  if (TypeObject* owner = slot_owner(m, COIL_NAME("__len__"))) return owner->slots.len(self);
  if (m.is_undef() || m.is_none()) raise_no_len(self);
  int64_t n = index_ssize(call_dunder_method(m, self), exc_types().OverflowError);  // slot_sq_length
  if (n < 0) raise(exc_types().ValueError, "__len__() should return >= 0");
  return n;
}

Value getitem_by_dunder(Value self, Value key) {
  Value m = cached_lookup(type_of(self), COIL_NAME("__getitem__"));
  if (TypeObject* owner = slot_owner(m, COIL_NAME("__getitem__"))) return owner->slots.getitem(self, key);
  if (m.is_undef() || m.is_none()) raise_not_subscriptable(self);
  return call_dunder_method(m, self, key);
}

void setitem_by_dunder(Value self, Value key, Value value) {
  bool deleting = value.is_undef();
  Str* name = deleting ? COIL_NAME("__delitem__") : COIL_NAME("__setitem__");
  Value m = cached_lookup(type_of(self), name);
  if (TypeObject* owner = slot_owner(m, name)) return owner->slots.setitem(self, key, value);
  if (m.is_undef() || m.is_none()) raise_no_item_assignment(self, deleting);
  if (deleting) {
    call_dunder_method(m, self, key);
  } else {
    call_dunder_method(m, self, key, value);
  }
}

int contains_by_dunder(Value self, Value item) {
  Value m = cached_lookup(type_of(self), COIL_NAME("__contains__"));
  if (TypeObject* owner = slot_owner(m, COIL_NAME("__contains__"))) return owner->slots.contains(self, item);
  if (m.is_undef()) return -1;
  if (m.is_none()) raise(exc_types().TypeError, "'" + type_name(self) + "' object is not a container");
  return truthy(call_dunder_method(m, self, item)) ? 1 : 0;
}

Value iter_by_dunder(Value self) {
  Value m = cached_lookup(type_of(self), COIL_NAME("__iter__"));
  if (TypeObject* owner = slot_owner(m, COIL_NAME("__iter__"))) return owner->slots.iter(self);
  if (m.is_none()) raise_not_iterable(self);
  if (m.is_undef()) {
    // A sequence (anything with __getitem__) iterates by index.
    if (cached_lookup(type_of(self), COIL_NAME("__getitem__")).is_undef()) raise_not_iterable(self);
    return new_iterator(IterKind::SeqGetItem, self, 0);
  }
  Value r = call_dunder_method(m, self);
  if (!is_iterator(r)) raise(exc_types().TypeError, "iter() returned non-iterator of type '" + type_name(r) + "'");
  return r;
}

Value iternext_by_dunder(Value self) {
  Value m = cached_lookup(type_of(self), COIL_NAME("__next__"));
  if (TypeObject* owner = slot_owner(m, COIL_NAME("__next__"))) return owner->slots.iternext(self);
  if (m.is_undef() || m.is_none()) raise(exc_types().TypeError, "'" + type_name(self) + "' object is not an iterator");
  return call_dunder_method(m, self);
}

Value binary_method(Args& a);
Value reflected_method(Args& a);
Value inplace_method(Args& a);

// Calls self's dunder `name` with other, as CPython's vectorcall_maybe:
// NotImplemented when the type has none. A built-in's slot method calls its
// slot directly (with the operands back in source order when reflected).
Value call_binary_dunder(int op, Str* name, bool reflected, Value self, Value other) {
  Value m = cached_lookup(type_of(self), name);
  if (m.is_undef() || m.is_none()) return not_implemented();
  if (TypeObject* owner = slot_owner(m, name)) {
    // list.__add__ and tuple.__mul__ are the sequence slots, which
    // binary_op tries after the number protocol has declined.
    NativeFn fn = static_cast<NativeFunction*>(m.o)->fn;
    if (fn != binary_method && fn != reflected_method) return not_implemented();
    return reflected ? owner->slots.binary(op, other, self) : owner->slots.binary(op, self, other);
  }
  return call_dunder_method(m, self, other);
}

// CPython's SLOT1BINFULL: a's __op__, or b's __rop__ when b's type differs;
// b's first when its type is a subclass of a's that overrides __rop__.
Value binary_by_dunder(int op, Value a, Value b) {
  TypeObject* ta = type_of(a);
  TypeObject* tb = type_of(b);
  Str* rname = reflected_dunder(op);
  bool do_other = ta != tb && tb->slots.binary == binary_by_dunder;
  if (ta->slots.binary == binary_by_dunder) {
    if (do_other && tb->is_subtype(ta) && !cached_lookup(tb, rname).identical(cached_lookup(ta, rname))) {
      Value r = call_binary_dunder(op, rname, true, b, a);
      if (!r.identical(not_implemented())) return r;
      do_other = false;
    }
    Value r = call_binary_dunder(op, binary_dunder(op), false, a, b);
    if (!r.identical(not_implemented()) || ta == tb) return r;
  }
  if (do_other) return call_binary_dunder(op, rname, true, b, a);
  return not_implemented();
}

Value inplace_by_dunder(int op, Value a, Value b) {
  Value m = cached_lookup(type_of(a), inplace_dunder(op));
  if (TypeObject* owner = slot_owner(m, inplace_dunder(op))) {
    // list.__iadd__ / __imul__: the sequence slots, tried by binary_op later.
    if (static_cast<NativeFunction*>(m.o)->fn != inplace_method) return not_implemented();
    return owner->slots.inplace(op, a, b);
  }
  if (m.is_undef() || m.is_none()) return not_implemented();
  return call_dunder_method(m, a, b);
}

template <const char* Name, const char* Symbol, Value (*TypeSlots::*Slot)(Value)>
Value unary_by_dunder(Value self) {
  Str* name = intern(Name);
  Value m = cached_lookup(type_of(self), name);
  if (TypeObject* owner = slot_owner(m, name)) return (owner->slots.*Slot)(self);
  if (m.is_undef() || m.is_none())
    raise(exc_types().TypeError, std::string("bad operand type for unary ") + Symbol + ": '" + type_name(self) + "'");
  return call_dunder_method(m, self);
}
constexpr char kNeg[] = "__neg__", kPos[] = "__pos__", kInvert[] = "__invert__";
constexpr char kMinus[] = "-", kPlus[] = "+", kTilde[] = "~";

// __bool__, else __len__, else true (PyObject_IsTrue).
bool truthy_by_dunder(Value self) {
  TypeObject* t = type_of(self);
  Value b = cached_lookup(t, COIL_NAME("__bool__"));
  if (TypeObject* owner = slot_owner(b, COIL_NAME("__bool__"))) return owner->slots.truthy(self);
  if (!b.is_undef()) {
    Value r = call_dunder_method(b, self);
    if (!r.is_bool()) raise(exc_types().TypeError, "__bool__ should return bool, returned " + type_name(r));
    return r.b;
  }
  if (cached_lookup(t, COIL_NAME("__len__")).is_undef()) return true;
  return t->slots.len(self) != 0;
}

Value richcompare_by_dunder(Value self, Value other, int op) {
  Value m = cached_lookup(type_of(self), compare_dunder(op));
  if (TypeObject* owner = slot_owner(m, compare_dunder(op))) return owner->slots.richcompare(self, other, op);
  if (m.is_undef() || m.is_none()) return not_implemented();
  return call_dunder_method(m, self, other);
}

// ------------------------------------------------- built-in types' slots

template <class T, std::string (*F)(T*)>
std::string nested_repr(Value self) {
  ContainerNesting nest(kInRepr);
  return F(static_cast<T*>(self.o));
}

std::string none_repr(Value) { return "None"; }
std::string bool_repr(Value self) { return self.b ? "True" : "False"; }
std::string int_repr(Value self) { return self.is_int() ? std::to_string(self.i) : int_to_string(self); }
std::string float_repr_slot(Value self) { return float_repr(unbox_float(self).f); }
std::string str_repr_slot(Value self) { return str_repr(as_str(self)->s); }
std::string str_str_slot(Value self) { return as_str(self)->s; }
std::string range_repr_slot(Value self) { return range_repr(static_cast<Range*>(self.o)); }
std::string type_repr(Value self) { return class_repr(static_cast<TypeObject*>(self.o)); }
std::string dict_view_repr_slot(Value self) { return dict_view_repr(self); }

std::string slice_repr(Value self) {
  Slice* s = static_cast<Slice*>(self.o);
  return "slice(" + repr(s->start) + ", " + repr(s->stop) + ", " + repr(s->step) + ")";
}

std::string function_repr(Value self) {
  return "<function " + static_cast<Function*>(self.o)->qualname->s + " at " + address_of(self.o) + ">";
}

// A type's name as CPython's tp_name gives it ("_io.StringIO" for the types
// flagged qualified_tp_name).


std::string builtin_function_repr(Value self) {
  NativeFunction* f = static_cast<NativeFunction*>(self.o);
  if (!f->self.is_undef())
    return std::string("<built-in method ") + f->name + " of " + tp_name_of(type_of(f->self)) + " object at " +
           address_of(f->self.is_obj() ? f->self.o : nullptr) + ">";
  if (f->is_method) {
    // An unbound method of a built-in type: CPython's slot wrapper (a slot's
    // method) or method descriptor.
    TypeObject* owner = f->owner ? f->owner : f->slot_owner ? f->slot_owner : f->def_owner;
    std::string owner_name;
    if (owner) owner_name = tp_name_of(owner);
    else if (f->qualname && f->qualname->s.rfind('.') != std::string::npos)
      owner_name = f->qualname->s.substr(0, f->qualname->s.rfind('.'));
    if (!owner_name.empty()) {
      bool wrapper = f->slot_owner && std::string_view(f->name) != "__getitem__";
      return std::string(wrapper ? "<slot wrapper '" : "<method '") + f->name + "' of '" + owner_name + "' objects>";
    }
  }
  return std::string("<built-in function ") + f->name + ">";
}

std::string method_repr(Value self) {
  BoundMethod* m = static_cast<BoundMethod*>(self.o);
  Value fn = m->func;
  if (fn.is_obj() && fn.o->kind == Kind::NativeFunction) {  // a built-in's method, bound
    NativeFunction* nf = as<NativeFunction>(fn);
    bool wrapper = nf->slot_owner && std::string_view(nf->name) != "__getitem__";
    std::string head = wrapper ? "<method-wrapper '" + std::string(nf->name) + "'" : "<built-in method " + std::string(nf->name);
    return head + " of " + tp_name_of(type_of(m->self)) + " object at " +
           address_of(m->self.is_obj() ? m->self.o : nullptr) + ">";
  }
  std::string fname = fn.is_obj() && fn.o->kind == Kind::Function         ? as<Function>(fn)->qualname->s
                      : fn.is_obj() && fn.o->kind == Kind::NativeFunction ? as<NativeFunction>(fn)->name
                                                                          : "?";
  return "<bound method " + fname + " of " + repr(m->self) + ">";
}

std::string module_repr(Value self) {
  Module* m = static_cast<Module*>(self.o);
  Value file = m->dict->get_str(COIL_NAME("__file__"));
  if (is_str(file)) return "<module '" + m->name->s + "' from '" + as_str(file)->s + "'>";
  if (!m->builtin) return "<module '" + m->name->s + "'>";
  return "<module '" + m->name->s + "' (built-in)>";
}

std::string code_repr(Value self) {
  vm::Code* c = static_cast<vm::Code*>(self.o);
  return "<code object " + c->name->s + " at " + address_of(c) + ", file \"" + c->filename->s + "\", line " +
         std::to_string(c->firstlineno) + ">";
}

// __slots__ members (runtime/class.cpp): fget is bound to the name, doc
// holds the owner class.
std::string generator_repr(Value self) {
  Generator* g = static_cast<Generator*>(self.o);
  return "<" + type_name(self) + " object " + g->qualname->s + " at " + address_of(self.o) + ">";
}

int64_t none_hash(Value) { return 0x1c0d5d; }  // any fixed value
int64_t number_hash_slot(Value self) { return number_hash(self); }
int64_t str_hash(Value self) { return as_str(self)->hash(); }
int64_t range_hash_slot(Value self) { return range_hash(static_cast<Range*>(self.o)); }
int64_t frozenset_hash_slot(Value self) { return frozenset_hash(static_cast<Set*>(self.o)); }

int64_t tuple_hash(Value self) {
  // CPython 3.11's xxHash-based tuple hash.
  const uint64_t P1 = 11400714785074694791ULL, P2 = 14029467366897019727ULL, P5 = 2870177450012600261ULL;
  Tuple* t = static_cast<Tuple*>(self.o);
  uint64_t acc = P5;
  for (Value item : t->items) {
    uint64_t lane = static_cast<uint64_t>(hash_value(item));
    acc += lane * P2;
    acc = (acc << 31) | (acc >> 33);
    acc *= P1;
  }
  acc += t->items.size() ^ (P5 ^ 3527539UL);
  if (acc == static_cast<uint64_t>(-1)) return 1546275796;
  return static_cast<int64_t>(acc);
}

Value compare_result(int c, int op) {
  switch (op) {
    case kCmpEq: return make_bool(c == 0);
    case kCmpNe: return make_bool(c != 0);
    case kCmpLt: return make_bool(c < 0);
    case kCmpLe: return make_bool(c <= 0);
    case kCmpGt: return make_bool(c > 0);
    default: return make_bool(c >= 0);
  }
}


// object: == by identity; != inverts type(self)'s ==; no ordering.
Value object_richcompare(Value self, Value other, int op) {
  if (op == kCmpEq) return self.identical(other) ? make_bool(true) : not_implemented();
  if (op == kCmpNe) {
    Value eq = type_of(self)->slots.richcompare(self, other, kCmpEq);
    return eq.identical(not_implemented()) ? eq : make_bool(!truthy(eq));
  }
  return not_implemented();
}

Value number_richcompare(Value a, Value b, int op) {
  if (op <= kCmpNe) return make_bool(number_equal(a, b) == (op == kCmpEq));
  int c = number_compare(a, b);
  if (c == 2) return make_bool(false);  // a NaN is unordered
  return compare_result(c, op);
}

// int's richcompare takes ints only; float's takes ints and floats.
Value int_richcompare(Value self, Value other, int op) {
  return is_int_like(other) ? number_richcompare(self, other, op) : not_implemented();
}
Value float_richcompare(Value self, Value other, int op) {
  return is_number(other) ? number_richcompare(self, other, op) : not_implemented();
}

Value str_richcompare(Value self, Value other, int op) {
  if (!is_str(other)) return not_implemented();
  if (op <= kCmpNe) return make_bool(str_equal(as_str(self), as_str(other)) == (op == kCmpEq));
  return compare_result(str_compare(as_str(self), as_str(other)), op);
}

template <Kind K>
Value sequence_richcompare(Value self, Value other, int op) {
  if (!(other.is_obj() && other.o->kind == K)) return not_implemented();
  ContainerNesting nest(kInComparison);
  return make_bool(seq_compare(self, other, op) != 0);
}

Value dict_richcompare(Value self, Value other, int op) {
  if (op > kCmpNe || !(other.is_obj() && other.o->kind == Kind::Dict)) return not_implemented();
  ContainerNesting nest(kInComparison);
  return make_bool(dict_equal(static_cast<Dict*>(self.o), static_cast<Dict*>(other.o)) == (op == kCmpEq));
}

Value set_richcompare(Value self, Value other, int op) {
  if (!is_anyset(other)) return not_implemented();
  ContainerNesting nest(kInComparison);
  return make_bool(set_compare(op, static_cast<Set*>(self.o), static_cast<Set*>(other.o)) != 0);
}

Value range_richcompare(Value self, Value other, int op) {
  if (op > kCmpNe || !(other.is_obj() && other.o->kind == Kind::Range)) return not_implemented();
  return make_bool(range_equal(static_cast<Range*>(self.o), static_cast<Range*>(other.o)) == (op == kCmpEq));
}

Value method_richcompare(Value self, Value other, int op) {
  if (op > kCmpNe || !(other.is_obj() && other.o->kind == Kind::BoundMethod)) return not_implemented();
  BoundMethod* x = static_cast<BoundMethod*>(self.o);
  BoundMethod* y = static_cast<BoundMethod*>(other.o);
  return make_bool((x->self.identical(y->self) && x->func.identical(y->func)) == (op == kCmpEq));
}

// ------------------------------------------------------------ containers

int64_t str_len(Value self) { return as_str(self)->length; }
Value str_getitem_slot(Value self, Value key) { return str_getitem(as_str(self), key); }
int str_contains_slot(Value self, Value item) {
  if (!is_str(item)) raise(exc_types().TypeError, "'in <string>' requires string as left operand, not " + type_name(item));
  return str_contains(as_str(self), as_str(item));
}

int scan_contains(const std::vector<Value>& items, Value item) {
  // Indexed, not iterated: an __eq__ may change the list while it runs.
  for (size_t i = 0; i < items.size(); ++i)
    if (values_equal(items[i], item)) return 1;
  return 0;
}

int64_t list_len(Value self) { return static_cast<int64_t>(static_cast<List*>(self.o)->items.size()); }
Value list_getitem_slot(Value self, Value key) { return list_getitem(static_cast<List*>(self.o), key); }
void list_setitem_slot(Value self, Value key, Value value) {
  if (value.is_undef()) list_delitem(static_cast<List*>(self.o), key);
  else list_setitem(static_cast<List*>(self.o), key, value);
}
int list_contains(Value self, Value item) { return scan_contains(static_cast<List*>(self.o)->items, item); }

int64_t tuple_len(Value self) { return static_cast<int64_t>(static_cast<Tuple*>(self.o)->items.size()); }
Value tuple_getitem_slot(Value self, Value key) { return tuple_getitem(static_cast<Tuple*>(self.o), key); }
int tuple_contains(Value self, Value item) { return scan_contains(static_cast<Tuple*>(self.o)->items, item); }

int64_t dict_len(Value self) { return static_cast<Dict*>(self.o)->used; }
Value dict_getitem_slot(Value self, Value key) { return dict_getitem(static_cast<Dict*>(self.o), key); }
void dict_setitem(Value self, Value key, Value value) {
  Dict* d = static_cast<Dict*>(self.o);
  if (!value.is_undef()) return d->set(key, value);
  if (!d->remove(key)) raise_value(make_obj(new_exception_args(exc_types().KeyError, {key})));
}
int dict_contains(Value self, Value item) { return static_cast<Dict*>(self.o)->contains(item); }

int64_t set_len(Value self) { return static_cast<Set*>(self.o)->used; }
int set_contains(Value self, Value item) { return static_cast<Set*>(self.o)->contains(item); }

int64_t range_len_slot(Value self) { return range_len(static_cast<Range*>(self.o)); }
Value range_getitem_slot(Value self, Value key) { return range_getitem(static_cast<Range*>(self.o), key); }
int range_contains_slot(Value self, Value item) { return range_contains(static_cast<Range*>(self.o), item); }

// A dict view's src is its dict.
int64_t dict_view_len_slot(Value self) { return as<Dict>(static_cast<Iterator*>(self.o)->src)->used; }
int dict_keys_contains(Value self, Value item) { return as<Dict>(static_cast<Iterator*>(self.o)->src)->contains(item); }

// ------------------------------------------------------------ iteration

Value self_iter(Value self) { return self; }
Value list_iter(Value self) { return new_iterator(IterKind::List, self, 0); }
Value tuple_iter(Value self) { return new_iterator(IterKind::Tuple, self, 0); }
Value str_iter(Value self) { return new_iterator(IterKind::Str, self, 0); }
Value range_iter_slot(Value self) { return range_iter(static_cast<Range*>(self.o)); }
Value set_iter_slot(Value self) { return set_iter(static_cast<Set*>(self.o)); }
Value dict_view_iter_slot(Value self) { return dict_view_iter(self); }
Value dict_iter(Value self) {
  Dict* d = static_cast<Dict*>(self.o);
  Iterator* it = heap().make<Iterator>(iterator_type(IterKind::DictKeys, self), IterKind::DictKeys, self);
  it->version = static_cast<uint32_t>(d->used);
  it->end = d->used;
  return make_obj(it);
}

// A generator's return value (other than None) ends the iteration as
// StopIteration(value), which next() shows and a for loop discards.
Value generator_next(Value self) {
  bool returned = false;
  Value r = gen_resume(static_cast<Generator*>(self.o), make_none(), Value(), &returned);
  if (!returned) return r;
  if (r.is_undef() || r.is_none()) return Value();
  raise_value(make_obj(new_exception_args(exc_types().StopIteration, {r})));
}

// ------------------------------------------------------------ numbers

using ast::BinOpKind;
constexpr uint16_t bit(BinOpKind k) { return static_cast<uint16_t>(1u << static_cast<int>(k)); }

Value number_binary_slot(int op, Value a, Value b) {
  Value r = number_binary(op, a, b);
  return r.is_undef() ? not_implemented() : r;
}
// int's operators take ints only (int + float is float's).
Value int_binary_slot(int op, Value a, Value b) {
  if (a.is_float() || b.is_float()) return not_implemented();
  return number_binary_slot(op, a, b);
}
Value number_negative_slot(Value self) { return number_negative(self); }
// +x is exactly an int or a float, also for an instance of a subclass.
Value number_positive_slot(Value self) {
  if (self.is_bool()) return make_int(self.b);
  if (is_boxed_float(self)) return unbox_float(self);
  if (self.is_obj() && self.o->has_side_attrs) return index_int(self);
  return self;
}
Value int_invert(Value self) { return number_invert(self); }
// A BigInt is never 0, unless it is an int subclass's boxed value.
bool int_truthy(Value self) {
  return self.is_obj() ? mpz_sgn(static_cast<BigInt*>(self.o)->z) != 0 : self.i != 0;
}
bool float_truthy(Value self) { return unbox_float(self).f != 0.0; }

// str % args; CPython's str.__mod__ takes any right operand.
Value str_binary(int op, Value a, Value b) {
  if (op == static_cast<int>(BinOpKind::Mod) && is_str(a)) return str_mod(as_str(a), b);
  return not_implemented();
}
Value str_concat_slot(Value self, Value other) {
  if (!is_str(other))
    raise(exc_types().TypeError, "can only concatenate str (not \"" + type_name(other) + "\") to str");
  return make_obj(str_concat(as_str(self), as_str(other)));
}
Value str_repeat_slot(Value self, int64_t n) { return str_repeat(as_str(self), n); }
bool str_truthy(Value self) { return as_str(self)->length != 0; }

Value seq_concat_slot(Value self, Value other) { return seq_concat(self, other); }
Value seq_repeat_slot(Value self, int64_t n) { return seq_repeat(self, n); }
bool list_truthy(Value self) { return !static_cast<List*>(self.o)->items.empty(); }
bool tuple_truthy(Value self) { return !static_cast<Tuple*>(self.o)->items.empty(); }

// list += iterable: extends in place (after the right operand's __radd__
// declined); list *= n.
Value list_inplace_concat(Value self, Value other) {
  std::vector<Value> items;
  collect_values(other, items);
  List* l = static_cast<List*>(self.o);
  l->items.insert(l->items.end(), items.begin(), items.end());
  return self;
}
Value list_inplace_repeat(Value self, int64_t n) {
  List* l = static_cast<List*>(self.o);
  if (n <= 0) {
    l->items.clear();
    return self;
  }
  repeat_bytes(l->items.size() * sizeof(Value), n, "", exc_types().MemoryError);
  std::vector<Value> copy = l->items;
  for (int64_t i = 1; i < n; ++i) l->items.insert(l->items.end(), copy.begin(), copy.end());
  return self;
}

Value set_binary_slot(int op, Value a, Value b) {
  Value r = set_binary(op, a, b);
  return r.is_undef() ? not_implemented() : r;
}
Value set_inplace_slot(int op, Value a, Value b) {
  Value r = set_inplace(op, a, b);
  return r.is_undef() ? not_implemented() : r;
}
bool set_truthy(Value self) { return static_cast<Set*>(self.o)->used != 0; }

Value dict_binary(int op, Value a, Value b) {
  if (op == static_cast<int>(BinOpKind::BitOr) && is_dict(a) && is_dict(b)) return dict_or(a, b);
  return not_implemented();
}
// d |= other takes any mapping or iterable of pairs.
Value dict_inplace(int op, Value a, Value b) {
  if (op != static_cast<int>(BinOpKind::BitOr)) return not_implemented();
  dict_update_in_place(static_cast<Dict*>(a.o), b);
  return a;
}
// dict_keys and dict_items are set-like: the operators build a set from
// the left operand and combine it with the right one (any iterable), and
// they compare with sets and other set-like views by containment.
bool is_setlike_view(Value v) {
  return v.is_obj() && (v.o->type == types().dict_keys || v.o->type == types().dict_items);
}

Value view_binary(int op, Value a, Value b) {
  BinOpKind k = static_cast<BinOpKind>(op);
  if (k != BinOpKind::Sub && k != BinOpKind::BitOr && k != BinOpKind::BitXor && k != BinOpKind::BitAnd)
    return not_implemented();
  Rooted left(make_obj(new_set()));
  set_update(as<Set>(left.get()), a);
  Rooted right(make_obj(new_set()));
  set_update(as<Set>(right.get()), b);
  return set_binary(op, left.get(), right.get());
}

bool all_contained_in(Value a, Value b) {
  Rooted it(get_iter(a));
  for (;;) {
    Value x = iter_next(it.get());
    if (x.is_undef()) return true;
    if (!contains(b, x)) return false;
  }
}

Value view_richcompare(Value self, Value other, int op) {
  if (!is_anyset(other) && !is_setlike_view(other)) return not_implemented();
  int64_t n = length(self), m = length(other);
  bool r;
  switch (op) {
    case kCmpEq: case kCmpNe: r = n == m && all_contained_in(self, other); break;
    case kCmpLt: r = n < m && all_contained_in(self, other); break;
    case kCmpLe: r = n <= m && all_contained_in(self, other); break;
    case kCmpGt: r = n > m && all_contained_in(other, self); break;
    default: r = n >= m && all_contained_in(other, self); break;
  }
  return make_bool(op == kCmpNe ? !r : r);
}

bool dict_truthy(Value self) { return static_cast<Dict*>(self.o)->used != 0; }
bool range_truthy_slot(Value self) { return range_truthy(static_cast<Range*>(self.o)); }

// ------------------------------------------------------------ slot methods
// A built-in type's slots are also methods in its dict (list.__eq__,
// object.__repr__), so that lookups, super() and explicit calls reach them.
// Each method calls the slot of the type it belongs to (slot_owner), after
// the checks CPython's wrapper descriptors make.

Value slot_self(Args& a, const char* name, int nargs) {
  TypeObject* owner = a.callee ? a.callee->slot_owner : nullptr;
  if (a.nkw()) raisef(exc_types().TypeError, "%s() takes no keyword arguments", name);
  if (a.n < 1)
    raisef(exc_types().TypeError, "descriptor '%s' of '%s' object needs an argument", name,
           owner ? owner->name->s.c_str() : "object");
  if (owner && !type_of(a.v[0])->is_subtype(owner))
    raisef(exc_types().TypeError, "descriptor '%s' requires a '%s' object but received a '%s'", name,
           owner->name->s.c_str(), type_name(a.v[0]).c_str());
  if (a.n - 1 != nargs)
    raisef(exc_types().TypeError, "expected %d argument%s, got %d", nargs, nargs == 1 ? "" : "s", a.n - 1);
  return a.v[0];
}

Value repr_method(Args& a) {
  Value self = slot_self(a, "__repr__", 0);
  return str_value(a.callee->slot_owner->slots.repr(self));
}
Value str_method(Args& a) {
  Value self = slot_self(a, "__str__", 0);
  return str_value(a.callee->slot_owner->slots.str(self));
}
Value hash_method(Args& a) {
  Value self = slot_self(a, "__hash__", 0);
  return make_int(a.callee->slot_owner->slots.hash(self));
}
Value len_method(Args& a) {
  Value self = slot_self(a, "__len__", 0);
  return make_int(a.callee->slot_owner->slots.len(self));
}
Value getitem_method(Args& a) {
  Value self = slot_self(a, "__getitem__", 1);
  return a.callee->slot_owner->slots.getitem(self, a.v[1]);
}
Value setitem_method(Args& a) {
  Value self = slot_self(a, "__setitem__", 2);
  a.callee->slot_owner->slots.setitem(self, a.v[1], a.v[2]);
  return make_none();
}
Value delitem_method(Args& a) {
  Value self = slot_self(a, "__delitem__", 1);
  a.callee->slot_owner->slots.setitem(self, a.v[1], Value());
  return make_none();
}
Value contains_method(Args& a) {
  Value self = slot_self(a, "__contains__", 1);
  return make_bool(a.callee->slot_owner->slots.contains(self, a.v[1]) == 1);
}

Value iter_method(Args& a) {
  Value self = slot_self(a, "__iter__", 0);
  return a.callee->slot_owner->slots.iter(self);
}
Value next_method(Args& a) {
  Value self = slot_self(a, "__next__", 0);
  Value r = a.callee->slot_owner->slots.iternext(self);
  if (r.is_undef()) raise_value(make_obj(new_exception_args(exc_types().StopIteration, {})));
  return r;
}

// __add__ and friends: the op comes from the method's name (see
// define_slot_methods), which the callee carries.
int method_op(Args& a, const char* prefix) {
  const char* name = a.callee->name;
  for (int op = 0; op < kBinaryOps; ++op)
    if (std::strcmp(name + std::strlen(prefix), kBinaryNames[op]) == 0) return op;
  return 0;
}
Value binary_method(Args& a) {
  Value self = slot_self(a, a.callee->name, 1);
  int op = method_op(a, "__");
  return a.callee->slot_owner->slots.binary(op, self, a.v[1]);
}
Value reflected_method(Args& a) {
  Value self = slot_self(a, a.callee->name, 1);
  int op = method_op(a, "__r");
  return a.callee->slot_owner->slots.binary(op, a.v[1], self);
}
Value inplace_method(Args& a) {
  Value self = slot_self(a, a.callee->name, 1);
  int op = method_op(a, "__i");
  return a.callee->slot_owner->slots.inplace(op, self, a.v[1]);
}
Value concat_method(Args& a) {
  Value self = slot_self(a, "__add__", 1);
  return a.callee->slot_owner->slots.concat(self, a.v[1]);
}
Value inplace_concat_method(Args& a) {
  Value self = slot_self(a, "__iadd__", 1);
  return a.callee->slot_owner->slots.inplace_concat(self, a.v[1]);
}
int64_t repeat_count(Value n) {
  if (!is_int_like(n) && cached_lookup(type_of(n), COIL_NAME("__index__")).is_undef())
    raise(exc_types().TypeError, "'" + type_name(n) + "' object cannot be interpreted as an integer");
  return index_ssize(n, exc_types().OverflowError);
}
Value repeat_method(Args& a) {
  Value self = slot_self(a, a.callee->name, 1);
  return a.callee->slot_owner->slots.repeat(self, repeat_count(a.v[1]));
}
Value inplace_repeat_method(Args& a) {
  Value self = slot_self(a, "__imul__", 1);
  return a.callee->slot_owner->slots.inplace_repeat(self, repeat_count(a.v[1]));
}
Value neg_method(Args& a) { return a.callee->slot_owner->slots.negative(slot_self(a, "__neg__", 0)); }
Value pos_method(Args& a) { return a.callee->slot_owner->slots.positive(slot_self(a, "__pos__", 0)); }
Value invert_method(Args& a) { return a.callee->slot_owner->slots.invert(slot_self(a, "__invert__", 0)); }
Value bool_method(Args& a) { return make_bool(a.callee->slot_owner->slots.truthy(slot_self(a, "__bool__", 0))); }

template <int Op>
Value richcompare_method(Args& a) {
  Value self = slot_self(a, kCompareDunders[Op], 1);
  return a.callee->slot_owner->slots.richcompare(self, a.v[1], Op);
}

void define_slot_method(TypeObject* t, const char* name, NativeFn fn) {
  NativeFunction* f = new_native(name, fn);
  f->owner = t;
  f->slot_owner = t;
  f->is_method = true;
  t->dict->set_str(intern(name), make_obj(f));  // not add_method: that would make the slot call the method
}

// The methods for the slots t fills itself (those that differ from its
// base's); an unhashable type's __hash__ is None, as in CPython.
void define_slot_methods(TypeObject* t) {
  const TypeSlots* base = t->base ? &t->base->slots : nullptr;
  if (!base || t->slots.repr != base->repr) define_slot_method(t, "__repr__", repr_method);
  if (!base || t->slots.str != base->str) define_slot_method(t, "__str__", str_method);
  if (t->slots.hash == unhashable_hash) t->dict->set_str(COIL_NAME("__hash__"), make_none());
  else if (!base || t->slots.hash != base->hash) define_slot_method(t, "__hash__", hash_method);
  auto own = [&](auto TypeSlots::*slot) { return t->slots.*slot && (!base || t->slots.*slot != base->*slot); };
  if (own(&TypeSlots::len)) define_slot_method(t, "__len__", len_method);
  if (own(&TypeSlots::getitem)) define_slot_method(t, "__getitem__", getitem_method);
  if (own(&TypeSlots::setitem)) {
    define_slot_method(t, "__setitem__", setitem_method);
    define_slot_method(t, "__delitem__", delitem_method);
  }
  if (own(&TypeSlots::contains)) define_slot_method(t, "__contains__", contains_method);
  if (own(&TypeSlots::iter)) define_slot_method(t, "__iter__", iter_method);
  if (own(&TypeSlots::iternext)) define_slot_method(t, "__next__", next_method);
  for (int op = 0; op < kBinaryOps; ++op) {
    if (own(&TypeSlots::binary) && (t->slots.binary_ops >> op & 1)) {
      define_slot_method(t, binary_dunder(op)->s.c_str(), binary_method);
      define_slot_method(t, reflected_dunder(op)->s.c_str(), reflected_method);
    }
    if (own(&TypeSlots::inplace) && (t->slots.inplace_ops >> op & 1))
      define_slot_method(t, inplace_dunder(op)->s.c_str(), inplace_method);
  }
  if (own(&TypeSlots::concat)) define_slot_method(t, "__add__", concat_method);
  if (own(&TypeSlots::repeat)) {
    define_slot_method(t, "__mul__", repeat_method);
    define_slot_method(t, "__rmul__", repeat_method);
  }
  if (own(&TypeSlots::inplace_concat)) define_slot_method(t, "__iadd__", inplace_concat_method);
  if (own(&TypeSlots::inplace_repeat)) define_slot_method(t, "__imul__", inplace_repeat_method);
  if (own(&TypeSlots::negative)) define_slot_method(t, "__neg__", neg_method);
  if (own(&TypeSlots::positive)) define_slot_method(t, "__pos__", pos_method);
  if (own(&TypeSlots::invert)) define_slot_method(t, "__invert__", invert_method);
  if (!base || t->slots.richcompare != base->richcompare) {
    define_slot_method(t, "__eq__", richcompare_method<kCmpEq>);
    define_slot_method(t, "__ne__", richcompare_method<kCmpNe>);
    define_slot_method(t, "__lt__", richcompare_method<kCmpLt>);
    define_slot_method(t, "__le__", richcompare_method<kCmpLe>);
    define_slot_method(t, "__gt__", richcompare_method<kCmpGt>);
    define_slot_method(t, "__ge__", richcompare_method<kCmpGe>);
  }
}

bool is_slot_dunder(const char* name, const char* dunder) { return std::strcmp(name, dunder) == 0; }

}  // namespace

void add_slot_methods(TypeObject* t) { define_slot_methods(t); }

// Reprs name a class by its qualified name (A.B for a class nested in A).
std::string default_repr(Value v) {
  TypeObject* t = type_of(v);
  std::string mod = t->module ? t->module->s + "." : "";
  return "<" + mod + (t->qualname ? t->qualname : t->name)->s + " object at " + address_of(v.o) + ">";
}

std::string class_repr(TypeObject* t) {
  const std::string& name = (t->qualname ? t->qualname : t->name)->s;
  if (t->module && t->module->s != "builtins") return "<class '" + t->module->s + "." + name + "'>";
  return "<class '" + name + "'>";
}

std::string object_repr_slot(Value self) { return default_repr(self); }

int64_t object_hash_slot(Value self) {
  if (!self.is_obj()) return hash_value(self);  // object.__hash__(5): unboxed values have no address
  uint64_t x = reinterpret_cast<uintptr_t>(self.o);
  x = (x >> 4) | (x << 60);
  int64_t h = static_cast<int64_t>(x);
  return h == -1 ? -2 : h;
}

int64_t unhashable_hash(Value self) { raise_unhashable(self); }

void raise_unhashable(Value self) {
  raise(exc_types().TypeError, "unhashable type: '" + type_name(self) + "'");
}

Str* binary_dunder(int op) {
  static Str* names[kBinaryOps] = {};
  if (!names[op]) names[op] = intern(std::string("__") + kBinaryNames[op]);
  return names[op];
}
Str* reflected_dunder(int op) {
  static Str* names[kBinaryOps] = {};
  if (!names[op]) names[op] = intern(std::string("__r") + kBinaryNames[op]);
  return names[op];
}
Str* inplace_dunder(int op) {
  static Str* names[kBinaryOps] = {};
  if (!names[op]) names[op] = intern(std::string("__i") + kBinaryNames[op]);
  return names[op];
}

Str* compare_dunder(int op) {
  static Str* names[6] = {};
  if (!names[op]) names[op] = intern(kCompareDunders[op]);
  return names[op];
}

int reflected_compare(int op) {
  static const int swapped[] = {kCmpEq, kCmpNe, kCmpGt, kCmpGe, kCmpLt, kCmpLe};
  return swapped[op];
}

void raise_no_len(Value self) {
  raise(exc_types().TypeError, "object of type '" + type_name(self) + "' has no len()");
}

void raise_not_subscriptable(Value self) {
  raise(exc_types().TypeError, "'" + type_name(self) + "' object is not subscriptable");
}

void raise_no_item_assignment(Value self, bool deleting) {
  raise(exc_types().TypeError, "'" + type_name(self) + (deleting ? "' object doesn't support item deletion"
                                                                : "' object does not support item assignment"));
}

void raise_not_iterable(Value self) {
  raise(exc_types().TypeError, "'" + type_name(self) + "' object is not iterable");
}

bool is_iterator(Value v) {
  TypeObject* t = type_of(v);
  if (t->slots.iternext == iternext_by_dunder) return !cached_lookup(t, COIL_NAME("__next__")).is_undef();
  return t->slots.iternext != nullptr;
}

void use_dunder_slots(TypeObject* t) {
  t->slots.binary = binary_by_dunder;
  t->slots.inplace = inplace_by_dunder;
  t->slots.negative = unary_by_dunder<kNeg, kMinus, &TypeSlots::negative>;
  t->slots.positive = unary_by_dunder<kPos, kPlus, &TypeSlots::positive>;
  t->slots.invert = unary_by_dunder<kInvert, kTilde, &TypeSlots::invert>;
  t->slots.truthy = truthy_by_dunder;
  t->slots.iter = iter_by_dunder;
  t->slots.iternext = iternext_by_dunder;
  t->slots.len = len_by_dunder;
  t->slots.getitem = getitem_by_dunder;
  t->slots.setitem = setitem_by_dunder;
  t->slots.contains = contains_by_dunder;
  t->slots.repr = repr_by_dunder;
  t->slots.str = str_by_dunder;
  t->slots.hash = hash_by_dunder;
  t->slots.richcompare = richcompare_by_dunder;
}

void use_dunder_slot(TypeObject* t, const char* name) {
  if (std::strncmp(name, "__", 2) != 0) return;  // add_method of a plain method
  if (is_slot_dunder(name, "__repr__")) t->slots.repr = repr_by_dunder;
  else if (is_slot_dunder(name, "__str__")) t->slots.str = str_by_dunder;
  else if (is_slot_dunder(name, "__hash__")) t->slots.hash = hash_by_dunder;
  else if (is_slot_dunder(name, "__len__")) t->slots.len = len_by_dunder;
  else if (is_slot_dunder(name, "__getitem__")) t->slots.getitem = getitem_by_dunder;
  else if (is_slot_dunder(name, "__setitem__") || is_slot_dunder(name, "__delitem__")) t->slots.setitem = setitem_by_dunder;
  else if (is_slot_dunder(name, "__contains__")) t->slots.contains = contains_by_dunder;
  else if (is_slot_dunder(name, "__iter__")) t->slots.iter = iter_by_dunder;
  else if (is_slot_dunder(name, "__next__")) t->slots.iternext = iternext_by_dunder;
  else if (is_slot_dunder(name, "__neg__")) t->slots.negative = unary_by_dunder<kNeg, kMinus, &TypeSlots::negative>;
  else if (is_slot_dunder(name, "__pos__")) t->slots.positive = unary_by_dunder<kPos, kPlus, &TypeSlots::positive>;
  else if (is_slot_dunder(name, "__invert__")) t->slots.invert = unary_by_dunder<kInvert, kTilde, &TypeSlots::invert>;
  else if (is_slot_dunder(name, "__bool__")) t->slots.truthy = truthy_by_dunder;
  for (const char* cmp : kCompareDunders)
    if (is_slot_dunder(name, cmp)) t->slots.richcompare = richcompare_by_dunder;
  for (int op = 0; op < kBinaryOps; ++op) {
    if (name == binary_dunder(op)->s || name == reflected_dunder(op)->s) t->slots.binary = binary_by_dunder;
    if (name == inplace_dunder(op)->s) t->slots.inplace = inplace_by_dunder;
  }
}

void init_builtin_slots() {
  BuiltinTypes& t = types();
  TypeSlots& o = t.object->slots;
  o.repr = object_repr_slot;
  o.str = [](Value self) { return repr(self); };
  o.hash = object_hash_slot;
  o.richcompare = object_richcompare;
  // Every other built-in type starts from object's defaults (they were made
  // before object's slots were filled), then sets its own.
  static_assert(sizeof(BuiltinTypes) % sizeof(TypeObject*) == 0);
  TypeObject** all = reinterpret_cast<TypeObject**>(&t);
  for (size_t i = 0; i < sizeof(BuiltinTypes) / sizeof(TypeObject*); ++i)
    if (all[i] != t.object) all[i]->slots = o;

  t.str->slots.len = str_len;
  t.str->slots.getitem = str_getitem_slot;
  t.str->slots.contains = str_contains_slot;
  t.list->slots.len = list_len;
  t.list->slots.getitem = list_getitem_slot;
  t.list->slots.setitem = list_setitem_slot;
  t.list->slots.contains = list_contains;
  t.tuple->slots.len = tuple_len;
  t.tuple->slots.getitem = tuple_getitem_slot;
  t.tuple->slots.contains = tuple_contains;
  t.dict->slots.len = dict_len;
  t.dict->slots.getitem = dict_getitem_slot;
  t.dict->slots.setitem = dict_setitem;
  t.dict->slots.contains = dict_contains;
  for (TypeObject* x : {t.set, t.frozenset}) {
    x->slots.len = set_len;
    x->slots.contains = set_contains;
  }
  t.range->slots.len = range_len_slot;
  t.range->slots.getitem = range_getitem_slot;
  t.range->slots.contains = range_contains_slot;
  for (TypeObject* v : {t.dict_keys, t.dict_values, t.dict_items}) v->slots.len = dict_view_len_slot;
  t.dict_keys->slots.contains = dict_keys_contains;
  t.list->slots.iter = list_iter;
  t.tuple->slots.iter = tuple_iter;
  t.str->slots.iter = str_iter;
  t.range->slots.iter = range_iter_slot;
  t.dict->slots.iter = dict_iter;
  t.set->slots.iter = set_iter_slot;
  t.frozenset->slots.iter = set_iter_slot;
  for (TypeObject* v : {t.dict_keys, t.dict_values, t.dict_items}) v->slots.iter = dict_view_iter_slot;
  t.generator->slots.iter = self_iter;
  t.generator->slots.iternext = generator_next;
  // Every iterator type (runtime/types.h): iter() is itself.
  std::vector<TypeObject*> iterators(std::begin(t.iterators), std::end(t.iterators));
  for (TypeObject* x : {t.bytearray_iterator, t.str_ascii_iterator, t.list_reverseiterator, t.dict_reversekeyiterator,
                        t.dict_reversevalueiterator, t.dict_reverseitemiterator})
    iterators.push_back(x);
  for (TypeObject* x : iterators) {
    x->slots.iter = self_iter;
    x->slots.iternext = iterator_next;
  }
  // Numbers: every operator but @ on ints (and so on bools); no bit
  // operators on floats.
  uint16_t all_ops = static_cast<uint16_t>((1u << kBinaryOps) - 1);
  for (TypeObject* n : {t.int_, t.float_}) {
    n->slots.binary = number_binary_slot;
    n->slots.negative = number_negative_slot;
    n->slots.positive = number_positive_slot;
  }
  t.int_->slots.binary = int_binary_slot;
  t.int_->slots.binary_ops = static_cast<uint16_t>(all_ops & ~bit(BinOpKind::MatMult));
  t.float_->slots.binary_ops = bit(BinOpKind::Add) | bit(BinOpKind::Sub) | bit(BinOpKind::Mult) |
                               bit(BinOpKind::Div) | bit(BinOpKind::Mod) | bit(BinOpKind::Pow) |
                               bit(BinOpKind::FloorDiv);
  t.int_->slots.invert = int_invert;
  t.int_->slots.truthy = int_truthy;
  t.float_->slots.truthy = float_truthy;
  t.bool_->slots = t.int_->slots;  // then bool's own repr, hash and compare below
  t.str->slots.binary = str_binary;
  t.str->slots.binary_ops = bit(BinOpKind::Mod);
  t.str->slots.concat = str_concat_slot;
  t.str->slots.repeat = str_repeat_slot;
  t.str->slots.truthy = str_truthy;
  for (TypeObject* q : {t.list, t.tuple}) {
    q->slots.concat = seq_concat_slot;
    q->slots.repeat = seq_repeat_slot;
  }
  t.list->slots.inplace_concat = list_inplace_concat;
  t.list->slots.inplace_repeat = list_inplace_repeat;
  t.list->slots.truthy = list_truthy;
  t.tuple->slots.truthy = tuple_truthy;
  uint16_t set_ops = bit(BinOpKind::Sub) | bit(BinOpKind::BitOr) | bit(BinOpKind::BitXor) | bit(BinOpKind::BitAnd);
  for (TypeObject* x : {t.set, t.frozenset}) {
    x->slots.binary = set_binary_slot;
    x->slots.binary_ops = set_ops;
    x->slots.truthy = set_truthy;
  }
  t.set->slots.inplace = set_inplace_slot;
  t.set->slots.inplace_ops = set_ops;
  t.dict->slots.binary = dict_binary;
  t.dict->slots.binary_ops = bit(BinOpKind::BitOr);
  t.dict->slots.inplace = dict_inplace;
  t.dict->slots.inplace_ops = bit(BinOpKind::BitOr);
  t.dict->slots.truthy = dict_truthy;
  for (TypeObject* v : {t.dict_keys, t.dict_items}) {
    v->slots.binary = view_binary;
    v->slots.binary_ops = set_ops;
    v->slots.richcompare = view_richcompare;
  }
  t.range->slots.truthy = range_truthy_slot;
  t.int_->slots.richcompare = int_richcompare;
  t.bool_->slots.richcompare = int_richcompare;
  t.float_->slots.richcompare = float_richcompare;
  t.str->slots.richcompare = str_richcompare;
  t.list->slots.richcompare = sequence_richcompare<Kind::List>;
  t.tuple->slots.richcompare = sequence_richcompare<Kind::Tuple>;
  t.dict->slots.richcompare = dict_richcompare;
  t.set->slots.richcompare = set_richcompare;
  t.frozenset->slots.richcompare = set_richcompare;
  t.range->slots.richcompare = range_richcompare;
  t.method->slots.richcompare = method_richcompare;
  t.none->slots.repr = none_repr;
  t.none->slots.hash = none_hash;
  t.int_->slots.repr = int_repr;
  t.int_->slots.hash = number_hash_slot;
  t.bool_->slots.repr = bool_repr;
  t.bool_->slots.hash = number_hash_slot;
  t.float_->slots.repr = float_repr_slot;
  t.float_->slots.hash = number_hash_slot;
  t.str->slots.repr = str_repr_slot;
  t.str->slots.str = str_str_slot;
  t.str->slots.hash = str_hash;
  t.list->slots.repr = nested_repr<List, list_repr>;
  t.list->slots.hash = unhashable_hash;
  t.tuple->slots.repr = nested_repr<Tuple, tuple_repr>;
  t.tuple->slots.hash = tuple_hash;
  t.dict->slots.repr = nested_repr<Dict, dict_repr>;
  t.dict->slots.hash = unhashable_hash;
  t.set->slots.repr = nested_repr<Set, set_repr>;
  t.set->slots.hash = unhashable_hash;
  t.frozenset->slots.repr = nested_repr<Set, set_repr>;
  t.frozenset->slots.hash = frozenset_hash_slot;
  t.range->slots.repr = range_repr_slot;
  t.range->slots.hash = range_hash_slot;
  t.slice->slots.repr = slice_repr;
  t.slice->slots.hash = unhashable_hash;  // slices became hashable only in 3.12
  t.type->slots.repr = type_repr;
  t.type->slots.binary = union_binary_slot;  // int | str
  t.type->slots.binary_ops = static_cast<uint16_t>(1u << static_cast<int>(ast::BinOpKind::BitOr));
  t.function->slots.repr = function_repr;
  t.builtin_function->slots.repr = builtin_function_repr;
  t.method->slots.repr = method_repr;
  t.module->slots.repr = module_repr;
  t.code->slots.repr = code_repr;
  t.member_descriptor->slots.repr = getset_descriptor_repr;
  t.getset_descriptor->slots.repr = getset_descriptor_repr;
  for (TypeObject* g : {t.generator, t.coroutine, t.async_generator}) g->slots.repr = generator_repr;
  for (TypeObject* v : {t.dict_keys, t.dict_values, t.dict_items}) v->slots.repr = dict_view_repr_slot;
  t.dict_keys->slots.hash = unhashable_hash;  // set-like views compare by content
  t.dict_items->slots.hash = unhashable_hash;
  // The types that fill their own tables (runtime/objects/).
  init_complex_slots(t.complex_);
  init_bytes_slots();
  init_bytearray_slots();
  init_memoryview_slots();
  for (size_t i = 0; i < sizeof(BuiltinTypes) / sizeof(TypeObject*); ++i) define_slot_methods(all[i]);
  // Numbers have __bool__; containers are true by their length (__len__).
  define_slot_method(t.int_, "__bool__", bool_method);
  define_slot_method(t.float_, "__bool__", bool_method);
  define_slot_method(t.complex_, "__bool__", bool_method);
}

}  // namespace coil::rt
