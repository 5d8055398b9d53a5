// types.GenericAlias: what subscripting a built-in collection class gives
// (`list[int]`, `dict[str, list[int]]`, PEP 585). It remembers its origin
// and arguments for typing and introspection, and otherwise stands for its
// origin: calling it calls the origin, its attributes are the origin's, and
// as a base class it contributes the origin (__mro_entries__).
#pragma once
#include "runtime/misc.h"

namespace coil::rt {

struct GenericAlias : NativeObject {
  Value origin;
  Tuple* args;              // never empty of meaning: `tuple[()]` has ()
  Tuple* params = nullptr;  // __parameters__, computed on first use
  GenericAlias(Value origin, Tuple* args);
  void trace(Tracer& t) override;
  Value get_attr(Str* name) override;
};

TypeObject* generic_alias_type();
bool is_generic_alias(Value v);
// origin[args]: a tuple is the arguments, anything else the one argument.
Value new_generic_alias(Value origin, Value args);
// The type variables among args (`T` in `dict[str, T]`), in order.
Tuple* type_parameters(Tuple* args);
// How GenericAlias and UnionType show their arguments: a class as
// `module.qualname` (bare for builtins), Ellipsis as `...`, None as `None`.
std::string type_arg_repr(Value v);
// cls.__class_getitem__ of the built-in collections: cls[args].
Value class_getitem_generic_alias(Args& a);
void init_generic_alias();

}  // namespace coil::rt
