// BaseExceptionGroup / ExceptionGroup and the runtime side of except*.
#pragma once
#include "runtime/object.h"
#include "runtime/types.h"

namespace coil::rt {

bool is_exception_group(Value v);
// BaseExceptionGroup(msg, excs) with CPython's validation and class choice.
Value new_exception_group(TypeObject* cls, Value* args, int nargs);
// except* T: splits `exc` by T; *match and *rest are groups, exceptions or None.
void exception_group_match(Value exc, Value type, Value* match, Value* rest);
// The exception to re-raise after the except* clauses, or None: `raised`
// holds what the clauses raised plus the unhandled rest (None entries skipped).
Value prep_reraise_star(Value orig, Value raised_list);
void init_exception_group_methods();

}  // namespace coil::rt
