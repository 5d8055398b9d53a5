// int (small and GMP-backed big), float and bool arithmetic, conversion and
// text, with CPython's semantics (floor division and modulo round toward
// negative infinity, true division of ints is correctly rounded, float repr
// is the shortest string that round-trips).
#pragma once
#include <string>
#include <string_view>

#include "runtime/object.h"
#include "runtime/types.h"

namespace coil::rt {

struct BigInt;

// An instance of a Python subclass of float: floats are unboxed Values, and
// a subclass instance needs a header for its class (runtime/subclass.h).
// Numeric code sees its value through unbox_float.
struct BoxedFloat : Object {
  double value;
  explicit BoxedFloat(double v) : Object(Kind::BoxedFloat, types().float_), value(v) {}
  size_t heap_size() const override { return sizeof(BoxedFloat); }
};
inline bool is_boxed_float(Value v) { return v.is_obj() && v.o->kind == Kind::BoxedFloat; }
// v, with a boxed float replaced by its plain float value.
inline Value unbox_float(Value v) {
  return is_boxed_float(v) ? make_float(static_cast<BoxedFloat*>(v.o)->value) : v;
}

// Normalising constructor: a small int if it fits, else a BigInt.
Value int_from_mpz(const void* mpz /* mpz_srcptr */);
Value int_from_string(std::string_view digits, int base);  // ValueError on bad text
bool is_int_like(Value v);      // int, bigint or bool
bool is_number(Value v);        // int, bigint, bool or float
double to_double(Value v);      // ints and floats; OverflowError for huge ints
// Arithmetic on numbers. Returns Undef if the operand types are not numbers
// (the caller then tries __op__ methods / raises TypeError).
Value number_binary(int op, Value a, Value b);
// Comparison of numbers: -1, 0, 1; or 2 if unordered (NaN) / not numbers.
int number_compare(Value a, Value b);
bool number_equal(Value a, Value b);
int64_t number_hash(Value v);
Value number_negative(Value v);
Value number_invert(Value v);

std::string int_to_string(Value v, int base = 10);
std::string float_repr(double d);
// int(x, base) and float(x) conversions as the builtins do them.
Value int_convert(Value v, int base = -1);
Value float_convert(Value v);
Value round_number(Value v, Value ndigits);  // round(x[, n])
// format(x, spec) for int, bool and float.
std::string format_number(Value v, std::string_view spec);
// format(s, spec) for str.
std::string format_str(std::string_view s, std::string_view spec);

// pow(base, exp, mod) for ints (mpz_powm; a negative exponent takes the
// modular inverse). TypeError unless all three are ints.
Value int_pow_mod(Value base, Value exp, Value mod);
// Sets `out` (an initialised mpz_t) to the value of the int-like v.
void int_to_mpz(Value v, void* out /* mpz_ptr */);
// int(d) for a float: truncates; OverflowError for inf, ValueError for NaN.
Value float_to_int(double d);
// Sign (-1, 0, 1) of an int-like value.
int int_sign(Value v);

}  // namespace coil::rt
