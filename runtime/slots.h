// Slots: the behaviour of a type's instances as a table of functions on the
// type (docs/adr/006-types-as-slot-tables.md). Generic operations
// (runtime/ops.h: repr, str, hash_value, ...) dispatch through them.
//
// A new type starts with a copy of its base's slots. A class defined in
// Python gets wrappers that look the matching dunder up through the method
// cache and call it, so assigning a dunder to a class later needs no update;
// a built-in type that defines a dunder as a native method (BaseException's
// __repr__, Future's __repr__) gets the same wrappers from add_method.
#pragma once
#include <cstdint>
#include <string>

#include "runtime/value.h"

namespace coil::rt {

struct Str;
struct TypeObject;

// Comparison operators as richcompare's `op`, in the order of
// ast::CmpOpKind's first six (==, !=, <, <=, >, >=).
enum CompareOp : int { kCmpEq = 0, kCmpNe, kCmpLt, kCmpLe, kCmpGt, kCmpGe };

// Every slot is non-null once the built-in types exist (object's are the
// defaults every type copies).
struct TypeSlots {
  std::string (*repr)(Value self) = nullptr;  // repr()
  std::string (*str)(Value self) = nullptr;   // str(); object's calls repr
  int64_t (*hash)(Value self) = nullptr;      // hash(); raises for unhashable types
  // self OP other, or NotImplemented when this type cannot tell (the
  // generic compare then tries the other operand's, reflected).
  Value (*richcompare)(Value self, Value other, int op) = nullptr;

  // The container protocol. Null means the type does not support it; the
  // generic operation then raises CPython's error (or, for contains,
  // searches by iteration).
  int64_t (*len)(Value self) = nullptr;
  Value (*getitem)(Value self, Value key) = nullptr;
  // self[key] = value; with value Undef, del self[key].
  void (*setitem)(Value self, Value key, Value value) = nullptr;
  // item in self: 1 or 0; -1 when the type has no __contains__ after all
  // (a class's wrapper), so that the search goes by iteration.
  int (*contains)(Value self, Value item) = nullptr;

  // iter(self); null: "'T' object is not iterable".
  Value (*iter)(Value self) = nullptr;
  // The next item, or Undef when exhausted; it may also end by raising
  // StopIteration (a generator's return value). Null: not an iterator.
  Value (*iternext)(Value self) = nullptr;

  // The number protocol, as CPython's nb_* slots. binary(op, a, b) (op: an
  // ast::BinOpKind) is called with the operands in source order, on the
  // type of either one, and answers NotImplemented when it cannot;
  // inplace(op, a, b) runs on a's type for `a op= b` and falls back the
  // same way. binary_ops/inplace_ops say which operators they implement
  // (bit 1 << op), for the generated methods (__add__, __radd__, __iadd__).
  Value (*binary)(int op, Value a, Value b) = nullptr;
  Value (*inplace)(int op, Value a, Value b) = nullptr;
  uint16_t binary_ops = 0, inplace_ops = 0;
  Value (*negative)(Value self) = nullptr;
  Value (*positive)(Value self) = nullptr;
  Value (*invert)(Value self) = nullptr;
  // The truth value; null: always true.
  bool (*truthy)(Value self) = nullptr;
  // The sequence forms of + and * (sq_concat, sq_repeat and their in-place
  // versions), tried when the number slots of both operands declined.
  Value (*concat)(Value self, Value other) = nullptr;
  Value (*repeat)(Value self, int64_t n) = nullptr;
  Value (*inplace_concat)(Value self, Value other) = nullptr;
  Value (*inplace_repeat)(Value self, int64_t n) = nullptr;
};

// Fills the slots of every built-in type (runtime/types.h) and `object`'s
// defaults; called once, after the built-in types exist.
void init_builtin_slots();
// Puts the methods of the slots t fills itself in its dict (list.__len__,
// __eq__, ...), as init_builtin_slots does for the types made before it; for
// built-in types made later.
void add_slot_methods(TypeObject* t);
// Gives t the wrappers that call dunders, for every slot (a class defined in
// Python).
void use_dunder_slots(TypeObject* t);
// Gives t the wrapper for the slot that the dunder `name` implements, if it
// is one (add_method calls this for natives' dunders). Only for types whose
// slots are not filled natively: a built-in with a native slot gets that
// slot's methods from the table, and a hand-written dunder beside it would
// make the slot call itself.
void use_dunder_slot(TypeObject* t, const char* name);

// The dunder of a binary operator (ast::BinOpKind): "__add__", its
// reflection "__radd__" and its in-place form "__iadd__".
Str* binary_dunder(int op);
Str* reflected_dunder(int op);
Str* inplace_dunder(int op);

// The name of a comparison's dunder ("__eq__") and of its reflection.
Str* compare_dunder(int op);
int reflected_compare(int op);

// "0x00007f..." as CPython's %p in reprs.
std::string address_of(const void* p);

// object's slots: the defaults every type inherits.
std::string object_repr_slot(Value self);  // <mod.T object at 0x...>
int64_t object_hash_slot(Value self);      // by identity
[[noreturn]] void raise_unhashable(Value self);
// The hash slot of unhashable types: their __hash__ is None.
int64_t unhashable_hash(Value self);
[[noreturn]] void raise_no_len(Value self);
[[noreturn]] void raise_not_iterable(Value self);
// Whether iter() may return v: its type has a real __next__.
bool is_iterator(Value v);
[[noreturn]] void raise_not_subscriptable(Value self);
[[noreturn]] void raise_no_item_assignment(Value self, bool deleting);

}  // namespace coil::rt
