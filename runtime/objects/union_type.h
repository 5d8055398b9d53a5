// types.UnionType: `int | str` (PEP 604). The `|` of classes, None and
// generic aliases; isinstance() and issubclass() take it as the tuple of its
// arguments (stdlib/builtins.cpp).
#pragma once
#include "runtime/misc.h"

namespace coil::rt {

struct UnionType : NativeObject {
  Tuple* args;  // flattened, without repeats, None as NoneType; two or more
  explicit UnionType(Tuple* args);
  void trace(Tracer& t) override;
};

TypeObject* union_type();
bool is_union(Value v);
// a | b for classes, None, generic aliases and unions, or NotImplemented
// when either operand is something else. A union of one argument is that
// argument (`int | int` is int).
Value union_or(Value a, Value b);
// The binary slot of type, GenericAlias and UnionType: `|` makes a union.
Value union_binary_slot(int op, Value a, Value b);
void init_union_type();

}  // namespace coil::rt
