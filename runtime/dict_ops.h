// Operators on dict and its views used by the generic dispatch in ops.cpp
// (runtime/dict_methods.cpp implements them).
//
// Views: d.keys() / d.values() / d.items() are Iterator objects whose type is
// types().dict_keys / dict_values / dict_items (IterKind DictKeys /
// DictValues / DictItems, src = the dict). They are *views*, not iterators:
// get_iter(view) must call dict_view_iter(view), which returns a fresh
// iterator (type types().iterator, same IterKind). iter_next on such an
// iterator calls dict_iter_next. An Iterator of a DictKeys kind whose type is
// types().iterator is an iterator; one whose type is dict_keys is a view.
#pragma once
#include <cstdint>
#include <string>

#include "runtime/object.h"
#include "runtime/misc.h"

namespace coil::rt {

struct Dict;

std::string dict_repr(Dict* d);            // {'a': 1}; {...} for self-reference
bool dict_equal(Dict* a, Dict* b);         // may call script code
Value dict_getitem(Dict* d, Value key);    // KeyError(key)
// Merging a | b: a new dict; Undef unless both are dicts.
Value dict_or(Value a, Value b);
// a |= b: a is a dict; b any mapping or iterable of pairs. Returns a.
Value dict_inplace_or(Value a, Value b);
// Updates d from a mapping (a dict or anything with keys()) or an iterable
// of pairs, as dict.update(other) does.
void dict_update_in_place(Dict* d, Value other);

// ---- views and iteration
bool is_dict_view(Value v);                // a dict_keys/values/items view
Value dict_view_iter(Value view);          // iter(view): a fresh iterator
// A fresh iterator over d's keys (kind DictKeys), values or items.
Value dict_iter(Dict* d, IterKind kind);
// Next key / value / (key, value) tuple; Undef when exhausted. RuntimeError
// "dictionary changed size during iteration".
Value dict_iter_next(Iterator* it);
std::string dict_view_repr(Value view);    // dict_keys(['a'])
int64_t dict_view_len(Value view);
bool dict_view_contains(Value view, Value x);

}  // namespace coil::rt
