// Operators and helpers on set / frozenset used by the generic dispatch in
// ops.cpp (runtime/set.cpp implements them).
//
// `op` values are the AST enums: ast::BinOpKind for set_binary/set_inplace,
// ast::CmpOpKind for set_compare.
#pragma once
#include <cstdint>
#include <string>

#include "runtime/object.h"

namespace coil::rt {

struct Set;
struct Iterator;

inline bool is_anyset(Value v) {
  return v.is_obj() && (v.o->kind == Kind::Set || v.o->kind == Kind::FrozenSet);
}

// a | b, a & b, a - b, a ^ b (BinOpKind BitOr/BitAnd/Sub/BitXor). Returns
// Undef if either operand is not a set/frozenset or op is another operator
// (the caller then raises TypeError). The result has a's type (set or
// frozenset). May call script code (__hash__/__eq__).
Value set_binary(int op, Value a, Value b);
// a |= b, &=, -=, ^= for a mutable set a: updates a in place and returns it.
// Undef if not applicable (frozenset a falls back to set_binary).
Value set_inplace(int op, Value a, Value b);
// Element-wise equality (sizes and membership).
bool set_equal(Set* a, Set* b);
// Comparison (CmpOpKind Eq, NotEq, Lt, LtE, Gt, GtE): subset tests.
// Returns 0 or 1.
int set_compare(int op, Set* a, Set* b);
// {1, 2} / set() / frozenset({1}) / frozenset(); subclasses: Name({1}).
std::string set_repr(Set* s);
// hash(frozenset) exactly as CPython computes it.
int64_t frozenset_hash(Set* s);
// set.update(iterable) (CPython's set_update_internal: a set's table is
// copied as is into an empty set of the same size).
void set_update(Set* s, Value iterable);
// frozenset(iterable) (the constructor's algorithm: insertion in order).
Set* make_frozenset(Value iterable);
// Next key for an Iterator of kind IterKind::Set over a Set (src), starting
// at pos 0 with `end` = the set's size when the iterator was made; Undef when
// exhausted. RuntimeError "Set changed size during iteration".
Value set_iter_next(Iterator* it);
// Iterator over a set (types().iterator, IterKind::Set).
Value set_iter(Set* s);

}  // namespace coil::rt
