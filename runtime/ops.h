// The generic operations on Values: what the interpreter's opcodes and the
// built-in functions do, with CPython's semantics and error messages.
//
// Every function here may throw PyError (see exception.h). Functions that may
// call back into script code (user __eq__, __repr__, key functions...) say
// "may call script code"; their callers must not hold unrooted temporaries
// across them (see heap.h).
#pragma once
#include <string>
#include <string_view>

#include "runtime/object.h"
#include "runtime/types.h"

namespace coil::rt {

struct Str;
struct Tuple;
struct Dict;
struct List;

// ---- identity, truth, hashing, equality (may call script code)
bool truthy(Value v);
int64_t hash_value(Value v);          // TypeError: unhashable type: 'list'
bool values_equal(Value a, Value b);  // a == b as a bool
// Rich comparison: op is ast::CmpOpKind Eq..GtE. Returns the result object
// (usually a bool); TypeError "'<' not supported between instances of ...".
Value compare(int op, Value a, Value b);
bool compare_bool(int op, Value a, Value b);

// ---- arithmetic: op is ast::BinOpKind; in-place tries __iadd__ etc. first
Value binary_op(int op, Value a, Value b, bool inplace = false);
Value unary_negative(Value v);
Value unary_positive(Value v);
Value unary_invert(Value v);

// ---- text (may call script code)
std::string repr(Value v);
std::string str(Value v);
Str* repr_str(Value v);
Str* str_str(Value v);
// format(value, spec) including __format__ of user classes.
std::string format_value(Value v, std::string_view spec);
std::string type_name(Value v);       // "int", "C"

// ---- attributes
Value getattr(Value obj, Str* name);          // AttributeError if missing
Value getattr_opt(Value obj, Str* name);      // Undef if missing
void setattr(Value obj, Str* name, Value value);
// object.__setattr__ (PyObject_GenericSetAttr): data descriptors, then the
// instance dict; a class's own __setattr__ is not consulted.
void generic_setattr(Value obj, Str* name, Value value);
void delattr(Value obj, Str* name);
void generic_delattr(Value obj, Str* name);  // object.__delattr__: descriptors, then the dict
// Looks `name` up on the type (not the instance); binds descriptors.
Value lookup_special(Value obj, Str* name);   // Undef if missing
// What reading attribute value `attr` (found on self's type) through self
// gives: a bound method for a function, the function of a staticmethod, a
// descriptor's __get__(self, type(self)), a property's value; else attr.
Value bind_attribute(Value attr, Value self);
// classmethod.__get__: func bound to the class. A native function becomes a
// built-in method (as float.fromhex is in CPython), a script one a method.
Value bind_classmethod(Value cls, Value func);
// For LOAD_METHOD: if obj.name is a plain function found on the type, sets
// *method to it and returns true (call it with obj as first argument);
// otherwise stores the attribute value in *method and returns false.
bool get_method(Value obj, Str* name, Value* method);

// ---- containers
Value getitem(Value obj, Value key);
void setitem(Value obj, Value key, Value value);
void delitem(Value obj, Value key);
bool contains(Value container, Value item);
int64_t length(Value v);                       // len(); TypeError if none
// What PyObject_LengthHint observably does before list(), tuple() and
// list.extend() consume an iterable: a class's __len__ is called (its
// errors propagate, but for TypeError). The hint itself is not needed.
void consult_length_hint(Value iterable);
Value get_iter(Value v);                       // iter()
// next(it): Undef when exhausted (StopIteration is not raised).
Value iter_next(Value it);
// The next item, Undef when exhausted, or the StopIteration the iterator
// raised, passed on with its arguments (what enumerate, map and zip do
// with their sources' tp_iternext).
Value iter_next_propagating(Value it);
// A fresh built-in iterator of kind k over src (end: its IterKind's bound).
Value new_iterator(IterKind k, Value src, int64_t end);
// The iternext slot of the built-in iterator types (runtime/misc.h Iterator).
Value iterator_next(Value self);
// Runs f on each item of an iterable (may call script code).
template <class F> void for_each(Value iterable, F&& f);
// Converts an iterable to a vector (fast paths for list/tuple). The caller
// roots the result if it calls script code afterwards.
void collect_values(Value iterable, std::vector<Value>& out, bool length_hint = false);
// Normalises a possibly negative index against len, IndexError with `what`
// ("list index out of range") if out of bounds.
int64_t normalize_index(Value index, int64_t len, const char* what);
int64_t index_value(Value v);                  // __index__: ints and bools

// ---- calls (may call script code)
Value call(Value callable, Value* args, int nargs, Tuple* kwnames = nullptr);
// callable(first, *args): args holds nargs positional values, then the values
// of kwnames (a bound method's call, __new__(cls, ...), __init__(self, ...)).
Value call_with_first(Value callable, Value first, Value* args, int nargs, Tuple* kwnames = nullptr);
inline Value call0(Value f) { return call(f, nullptr, 0); }
Value call1(Value f, Value a);
Value call2(Value f, Value a, Value b);
Value call_method(Value obj, Str* name, Value* args, int nargs);
bool is_callable(Value v);

// ---- types
bool isinstance(Value v, TypeObject* t);
bool is_str(Value v);
bool is_list(Value v);
bool is_tuple(Value v);
bool is_dict(Value v);
inline Str* as_str(Value v) { return reinterpret_cast<Str*>(v.o); }

// ---- internals shared with the interpreter
extern uint64_t class_epoch;   // bumped when any class dict changes
Value cached_lookup(TypeObject* t, Str* name);
std::string default_repr(Value v);
std::string class_repr(TypeObject* t);

// ---- constants
Value none();
Value not_implemented();
Value ellipsis();

template <class F>
void for_each(Value iterable, F&& f) {
  Value it = get_iter(iterable);
  for (;;) {
    Value x = iter_next(it);
    if (x.is_undef()) break;
    f(x);
  }
}

}  // namespace coil::rt
