// Operators on list and tuple used by the generic dispatch in ops.cpp and by
// the builtins (runtime/list_methods.cpp implements them).
//
// `op` values are ast::CmpOpKind (Eq, NotEq, Lt, LtE, Gt, GtE).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "runtime/object.h"

namespace coil::rt {

struct List;
struct Tuple;
struct Slice;

// a[i] / a[i:j:k]. IndexError "list index out of range", TypeError "list
// indices must be integers or slices, not str".
Value list_getitem(List* l, Value index);
// a[i] = v / a[i:j:k] = iterable (extended slices need equal sizes).
void list_setitem(List* l, Value index, Value v);
// del a[i] / del a[i:j:k].
void list_delitem(List* l, Value index);
Value tuple_getitem(Tuple* t, Value index);
// list + list, tuple + tuple (the sequences' concat slot, tried after the
// right operand's __radd__). If b is not of a's kind, raises TypeError
// 'can only concatenate list (not "int") to list'.
Value seq_concat(Value a, Value b);
[[noreturn]] void seq_concat_error(Value a, Value b);
// list * n, tuple * n (n <= 0 gives an empty sequence).
Value seq_repeat(Value seq, int64_t n);
// Lexicographic comparison of two lists or two tuples (same kind); 0 or 1.
// May call script code.
int seq_compare(Value a, Value b, int op);
bool seq_equal(Value a, Value b);
// [1, 'a'] with [...] for self-reference; (1,) and ().
std::string list_repr(List* l);
std::string tuple_repr(Tuple* t);
// Stable sort of v (the caller keeps v rooted: pass a RootedVector) by
// key(x) (key None/Undef: the items themselves) with `<`; reverse keeps
// stability like CPython. Exceptions from comparisons propagate; v is only
// modified on success.
void sort_values(std::vector<Value>& v, Value key, bool reverse);
// Slice length for start/stop/step already resolved by Slice::indices.
int64_t slice_length(int64_t start, int64_t stop, int64_t step);

}  // namespace coil::rt
