// complex: the layout, the slots (runtime/slots.h) and the methods of
// Python's complex numbers, with CPython 3.11's arithmetic (Smith's
// division, integer powers by repeated squaring, polar form otherwise),
// hash, repr, string parsing and error messages.
#pragma once
#include <string>
#include <string_view>

#include "runtime/object.h"
#include "runtime/types.h"

namespace coil::rt {

// An immutable complex number. Kind::Complex; an instance of a Python
// subclass has this layout too (runtime/subclass.h).
struct Complex : Object {
  double re, im;
  Complex(double re, double im) : Object(Kind::Complex, types().complex_), re(re), im(im) {}
  size_t heap_size() const override { return sizeof(Complex); }
};

Value make_complex(double re, double im);
inline bool is_complex(Value v) { return v.is_obj() && v.o->kind == Kind::Complex; }

// a ** b with CPython's complex_pow: ZeroDivisionError for 0 to a negative
// or complex power, OverflowError when a part overflows. Also what
// float.__pow__ answers for a negative base and a fractional exponent.
Value complex_power(double ar, double ai, double br, double bi);

// repr(complex(re, im)): "(1+2j)", "2j", "(-0-0j)", "(nan+infj)".
std::string complex_repr(double re, double im);
// format(complex(re, im), spec) (runtime/format.cpp).
std::string format_complex(double re, double im, std::string_view spec);

// complex's slots; called by init_builtin_slots before the slot methods
// are generated from them.
void init_complex_slots(TypeObject* t);
// The constructor, the methods and the `real`/`imag` members.
void init_complex_methods();

}  // namespace coil::rt
