// "Did you mean: 'x'?" for NameError and AttributeError, with CPython 3.11's
// algorithm (Python/suggestions.c): a Levenshtein distance where a case
// change costs 1 and other edits 2, accepting candidates within a third of
// the characters involved.
#pragma once
#include <string>
#include <vector>

#include "runtime/object.h"

namespace coil::rt {

struct Frame;
struct Str;

// The closest candidate to `name`, or "" if none is close enough.
std::string closest_name(const std::string& name, const std::vector<std::string>& candidates);
// Raises NameError for `name` as read by frame f, recording the suggestion
// the traceback printer shows (from f's locals, then globals, then builtins).
[[noreturn]] void raise_name_error(Str* name, Frame* f);
// The suggestion for an uncaught exception, or "" (AttributeError looks at
// dir(obj) now; NameError's was recorded when it was raised).
std::string suggestion_for(Value exc);

}  // namespace coil::rt
