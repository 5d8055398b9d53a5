// Unit tests for the numeric core (runtime/numbers.h) and the math module:
// results and error messages must match CPython 3.11.
#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "parser/ast.h"
#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/heap.h"
#include "runtime/init.h"
#include "runtime/list.h"
#include "runtime/misc.h"
#include "runtime/numbers.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/types.h"
#include "stdlib/modules.h"

using namespace coil::rt;
using coil::ast::BinOpKind;

namespace {

// init_runtime() runs once for the whole binary (test_rt_env.cpp).
class Numbers : public ::testing::Test {};

Value I(int64_t x) { return make_int(x); }
Value F(double x) { return make_float(x); }
Value big(const char* digits) { return int_from_string(digits, 10); }
Value S(const char* text) { return make_obj(new_str(text)); }

Value bin(BinOpKind op, Value a, Value b) { return number_binary(static_cast<int>(op), a, b); }

// repr() of a number as Python prints it.
std::string R(Value v) {
  if (v.is_float()) return float_repr(v.f);
  if (v.is_bool()) return v.b ? "True" : "False";
  return int_to_string(v);
}

// "Type: message" of the exception thrown by f, or "" if none.
template <class F>
std::string error_of(F&& f) {
  try {
    f();
  } catch (PyError& e) {
    return type_name(e.exc) + ": " + exception_message(e.exc);
  }
  return "";
}

// ---------------------------------------------------------------- arithmetic

TEST_F(Numbers, SmallIntArithmetic) {
  EXPECT_EQ(R(bin(BinOpKind::Add, I(2), I(3))), "5");
  EXPECT_EQ(R(bin(BinOpKind::FloorDiv, I(-7), I(2))), "-4");
  EXPECT_EQ(R(bin(BinOpKind::Mod, I(-7), I(2))), "1");
  EXPECT_EQ(R(bin(BinOpKind::Mod, I(7), I(-2))), "-1");
  EXPECT_EQ(R(bin(BinOpKind::Div, I(1), I(4))), "0.25");
  EXPECT_EQ(R(bin(BinOpKind::Div, I(0), I(-5))), "-0.0");
  EXPECT_EQ(R(bin(BinOpKind::Pow, I(2), I(-1))), "0.5");
  EXPECT_EQ(R(bin(BinOpKind::RShift, I(-5), I(1))), "-3");
  EXPECT_EQ(R(number_invert(I(5))), "-6");
}

TEST_F(Numbers, OverflowPromotesToBigInt) {
  Value m = I(INT64_MAX);
  EXPECT_EQ(R(bin(BinOpKind::Add, m, I(1))), "9223372036854775808");
  EXPECT_EQ(R(bin(BinOpKind::Mult, m, m)), "85070591730234615847396907784232501249");
  EXPECT_EQ(R(bin(BinOpKind::FloorDiv, I(INT64_MIN), I(-1))), "9223372036854775808");
  EXPECT_EQ(R(number_negative(I(INT64_MIN))), "9223372036854775808");
  EXPECT_EQ(R(bin(BinOpKind::Pow, I(2), I(100))), "1267650600228229401496703205376");
  EXPECT_EQ(R(bin(BinOpKind::LShift, I(1), I(100))), "1267650600228229401496703205376");
  // Results that fit come back as small ints.
  Value b = bin(BinOpKind::Sub, bin(BinOpKind::Add, m, I(1)), I(1));
  EXPECT_TRUE(b.is_int());
  EXPECT_EQ(b.as_int(), INT64_MAX);
}

TEST_F(Numbers, BigIntOps) {
  Value a = big("-123456789012345678901234567890");
  EXPECT_EQ(R(bin(BinOpKind::FloorDiv, a, I(7))), "-17636684144620811271604938270");
  EXPECT_EQ(R(bin(BinOpKind::Mod, a, I(7))), "0");
  EXPECT_EQ(R(bin(BinOpKind::Mod, a, I(11))), "4");
  EXPECT_EQ(R(bin(BinOpKind::FloorDiv, a, I(11))), "-11223344455667788991021324354");
  EXPECT_EQ(R(bin(BinOpKind::BitAnd, a, I(0xff))), "46");
  EXPECT_EQ(R(bin(BinOpKind::RShift, a, I(200))), "-1");
  EXPECT_EQ(R(bin(BinOpKind::Div, bin(BinOpKind::Pow, I(2), I(64)), I(3))), "6.148914691236517e+18");
  EXPECT_EQ(R(number_invert(a)), "123456789012345678901234567889");
}

TEST_F(Numbers, BoolArithmetic) {
  EXPECT_EQ(R(bin(BinOpKind::Add, make_bool(true), I(1))), "2");
  Value x = bin(BinOpKind::BitAnd, make_bool(true), make_bool(true));
  EXPECT_TRUE(x.is_bool());
  EXPECT_EQ(R(bin(BinOpKind::BitOr, make_bool(true), I(2))), "3");
}

TEST_F(Numbers, FloatArithmetic) {
  EXPECT_EQ(R(bin(BinOpKind::FloorDiv, F(-7.5), I(2))), "-4.0");
  EXPECT_EQ(R(bin(BinOpKind::Mod, F(-7.5), I(2))), "0.5");
  EXPECT_EQ(R(bin(BinOpKind::Mod, F(7.5), I(-2))), "-0.5");
  EXPECT_EQ(R(bin(BinOpKind::Add, F(0.1), F(0.2))), "0.30000000000000004");
  EXPECT_EQ(R(bin(BinOpKind::Mult, F(1e308), I(10))), "inf");
  EXPECT_TRUE(bin(BinOpKind::BitAnd, F(1.0), I(1)).is_undef());
  EXPECT_TRUE(bin(BinOpKind::Add, S("a"), I(1)).is_undef());
}

TEST_F(Numbers, ArithmeticErrors) {
  EXPECT_EQ(error_of([] { bin(BinOpKind::FloorDiv, I(1), I(0)); }),
            "ZeroDivisionError: integer division or modulo by zero");
  EXPECT_EQ(error_of([] { bin(BinOpKind::Mod, I(1), I(0)); }), "ZeroDivisionError: integer modulo by zero");
  EXPECT_EQ(error_of([] { bin(BinOpKind::Div, I(1), I(0)); }), "ZeroDivisionError: division by zero");
  EXPECT_EQ(error_of([] { bin(BinOpKind::Div, F(1), I(0)); }), "ZeroDivisionError: float division by zero");
  EXPECT_EQ(error_of([] { bin(BinOpKind::FloorDiv, F(1), I(0)); }),
            "ZeroDivisionError: float floor division by zero");
  EXPECT_EQ(error_of([] { bin(BinOpKind::Mod, F(1), I(0)); }), "ZeroDivisionError: float modulo");
  EXPECT_EQ(error_of([] { bin(BinOpKind::Pow, I(0), I(-1)); }),
            "ZeroDivisionError: 0.0 cannot be raised to a negative power");
  EXPECT_EQ(error_of([] { bin(BinOpKind::LShift, I(1), I(-1)); }), "ValueError: negative shift count");
  EXPECT_EQ(error_of([] { bin(BinOpKind::Pow, F(10.0), I(400)); }),
            "OverflowError: (34, 'Numerical result out of range')");
  // A negative base to a fractional power is complex, as in CPython 3.
  EXPECT_EQ(repr(bin(BinOpKind::Pow, F(-8.0), F(1.0 / 3))), "(1.0000000000000002+1.7320508075688772j)");
  Value huge = bin(BinOpKind::Pow, I(10), I(400));
  EXPECT_EQ(error_of([&] { bin(BinOpKind::Mult, huge, F(1.0)); }),
            "OverflowError: int too large to convert to float");
}

TEST_F(Numbers, PowMod) {
  EXPECT_EQ(R(int_pow_mod(I(3), I(-1), I(7))), "5");
  EXPECT_EQ(R(int_pow_mod(I(2), I(3), I(-5))), "-2");
  EXPECT_EQ(error_of([] { int_pow_mod(I(2), I(-1), I(4)); }),
            "ValueError: base is not invertible for the given modulus");
  EXPECT_EQ(error_of([] { int_pow_mod(I(2), I(3), I(0)); }), "ValueError: pow() 3rd argument cannot be 0");
  EXPECT_EQ(error_of([] { int_pow_mod(I(2), F(3), I(5)); }),
            "TypeError: pow() 3rd argument not allowed unless all arguments are integers");
}

// ---------------------------------------------------------------- compare, hash

TEST_F(Numbers, Compare) {
  EXPECT_EQ(number_compare(I(1), F(1.0)), 0);
  EXPECT_EQ(number_compare(I(1), F(NAN)), 2);
  EXPECT_EQ(number_compare(make_bool(true), I(1)), 0);
  // 2**53 + 1 is not equal to the float 2**53, though float(2**53 + 1) is.
  EXPECT_EQ(number_compare(I((int64_t(1) << 53) + 1), F(9007199254740992.0)), 1);
  Value huge = bin(BinOpKind::Pow, I(10), I(400));
  EXPECT_EQ(number_compare(huge, F(INFINITY)), -1);
  EXPECT_EQ(number_compare(huge, F(1e308)), 1);
  EXPECT_EQ(number_compare(S("x"), I(1)), 2);
}

TEST_F(Numbers, Hash) {
  EXPECT_EQ(number_hash(I(-1)), -2);
  EXPECT_EQ(number_hash(F(1.0)), 1);
  EXPECT_EQ(number_hash(F(0.5)), 1152921504606846976);
  EXPECT_EQ(number_hash(F(1e100)), 1822893315824342674);
  EXPECT_EQ(number_hash(F(INFINITY)), 314159);
  EXPECT_EQ(number_hash(big("1000000000000000000000000000000")), 465258685558744706);
  EXPECT_EQ(number_hash(big("-1000000000000000000000000000000")), -465258685558744706);
  EXPECT_EQ(number_hash(make_bool(true)), 1);
}

// ---------------------------------------------------------------- text

TEST_F(Numbers, FloatRepr) {
  EXPECT_EQ(float_repr(0.1), "0.1");
  EXPECT_EQ(float_repr(1.0), "1.0");
  EXPECT_EQ(float_repr(1e16), "1e+16");
  EXPECT_EQ(float_repr(1e-5), "1e-05");
  EXPECT_EQ(float_repr(0.0001), "0.0001");
  EXPECT_EQ(float_repr(1.5e300), "1.5e+300");
  EXPECT_EQ(float_repr(-0.0), "-0.0");
  EXPECT_EQ(float_repr(123456789012345.0), "123456789012345.0");
  EXPECT_EQ(float_repr(1234567890123456.8), "1234567890123456.8");
  EXPECT_EQ(float_repr(INFINITY), "inf");
  EXPECT_EQ(float_repr(-INFINITY), "-inf");
  EXPECT_EQ(float_repr(NAN), "nan");
  EXPECT_EQ(float_repr(5e-324), "5e-324");
}

TEST_F(Numbers, IntToString) {
  EXPECT_EQ(int_to_string(I(255), 16), "ff");
  EXPECT_EQ(int_to_string(I(-5), 2), "-101");
  EXPECT_EQ(int_to_string(big("-98765432109876543210"), 16), "-55aa54d38e5267eea");
  Value ok = bin(BinOpKind::Pow, I(10), I(4299));
  EXPECT_EQ(int_to_string(ok).size(), 4300u);
  Value bad = bin(BinOpKind::Pow, I(10), I(4300));
  EXPECT_EQ(error_of([&] { int_to_string(bad); }),
            "ValueError: Exceeds the limit (4300 digits) for integer string conversion; use "
            "sys.set_int_max_str_digits() to increase the limit");
}

TEST_F(Numbers, IntFromString) {
  EXPECT_EQ(R(int_from_string("  12 ", 10)), "12");
  EXPECT_EQ(R(int_from_string("0x1f", 16)), "31");
  EXPECT_EQ(R(int_from_string("0x_1f", 16)), "31");
  EXPECT_EQ(R(int_from_string("0b101", 0)), "5");
  EXPECT_EQ(R(int_from_string("0_0", 0)), "0");
  EXPECT_EQ(R(int_from_string("0b1", 16)), "177");
  EXPECT_EQ(R(int_from_string("-1_000_000", 10)), "-1000000");
  EXPECT_EQ(R(int_from_string("99999999999999999999", 10)), "99999999999999999999");
  EXPECT_EQ(error_of([] { int_from_string("abc", 10); }), "ValueError: invalid literal for int() with base 10: 'abc'");
  EXPECT_EQ(error_of([] { int_from_string("010", 0); }), "ValueError: invalid literal for int() with base 0: '010'");
  EXPECT_EQ(error_of([] { int_from_string("1__0", 10); }), "ValueError: invalid literal for int() with base 10: '1__0'");
  EXPECT_EQ(error_of([] { int_from_string("1_", 10); }), "ValueError: invalid literal for int() with base 10: '1_'");
  EXPECT_EQ(error_of([] { int_from_string("", 10); }), "ValueError: invalid literal for int() with base 10: ''");
  EXPECT_EQ(error_of([] { int_from_string("1", 37); }), "ValueError: int() base must be >= 2 and <= 36, or 0");
  std::string many(4301, '1');
  EXPECT_EQ(error_of([&] { int_from_string(many, 10); }),
            "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 "
            "digits; use sys.set_int_max_str_digits() to increase the limit");
}

TEST_F(Numbers, IntConvert) {
  EXPECT_EQ(R(int_convert(F(-2.9))), "-2");
  EXPECT_EQ(R(int_convert(F(1e20))), "100000000000000000000");
  EXPECT_EQ(R(int_convert(make_bool(true))), "1");
  EXPECT_EQ(R(int_convert(S("ff"), 16)), "255");
  EXPECT_EQ(error_of([] { int_convert(F(INFINITY)); }), "OverflowError: cannot convert float infinity to integer");
  EXPECT_EQ(error_of([] { int_convert(F(NAN)); }), "ValueError: cannot convert float NaN to integer");
  EXPECT_EQ(error_of([] { int_convert(F(1.5), 10); }), "TypeError: int() can't convert non-string with explicit base");
  EXPECT_EQ(error_of([] { int_convert(make_obj(new_list())); }),
            "TypeError: int() argument must be a string, a bytes-like object or a real number, not 'list'");
}

TEST_F(Numbers, FloatConvert) {
  EXPECT_EQ(R(float_convert(S(" 1e3 "))), "1000.0");
  EXPECT_EQ(R(float_convert(S("1_0.5"))), "10.5");
  EXPECT_EQ(R(float_convert(S("-infinity"))), "-inf");
  EXPECT_EQ(R(float_convert(S("nAn"))), "nan");
  EXPECT_EQ(R(float_convert(S("1e400"))), "inf");
  EXPECT_EQ(R(float_convert(I(3))), "3.0");
  EXPECT_EQ(error_of([] { float_convert(S("abc")); }), "ValueError: could not convert string to float: 'abc'");
  EXPECT_EQ(error_of([] { float_convert(S("0x10")); }), "ValueError: could not convert string to float: '0x10'");
  EXPECT_EQ(error_of([] { float_convert(S("1__0")); }), "ValueError: could not convert string to float: '1__0'");
  EXPECT_EQ(error_of([] { float_convert(make_obj(new_list())); }),
            "TypeError: float() argument must be a string or a real number, not 'list'");
}

TEST_F(Numbers, Round) {
  EXPECT_EQ(R(round_number(F(2.5), Value())), "2");
  EXPECT_EQ(R(round_number(F(3.5), make_none())), "4");
  EXPECT_EQ(R(round_number(F(2.675), I(2))), "2.67");
  EXPECT_EQ(R(round_number(F(-0.4), I(0))), "-0.0");
  EXPECT_EQ(R(round_number(F(1234.5678), I(-2))), "1200.0");
  EXPECT_EQ(R(round_number(F(1e300), I(-300))), "1e+300");
  EXPECT_EQ(R(round_number(I(15), I(-1))), "20");
  EXPECT_EQ(R(round_number(I(25), I(-1))), "20");
  EXPECT_EQ(R(round_number(I(-25), I(-1))), "-20");
  EXPECT_EQ(R(round_number(make_bool(true), Value())), "1");
  EXPECT_EQ(error_of([] { round_number(F(INFINITY), Value()); }),
            "OverflowError: cannot convert float infinity to integer");
}

// ---------------------------------------------------------------- format

TEST_F(Numbers, FormatInt) {
  EXPECT_EQ(format_number(I(1234), "010,"), "00,001,234");
  EXPECT_EQ(format_number(I(1234), "09,"), "0,001,234");
  EXPECT_EQ(format_number(I(255), "#010x"), "0x000000ff");
  EXPECT_EQ(format_number(I(255), "#_b"), "0b1111_1111");
  EXPECT_EQ(format_number(I(255), "X"), "FF");
  EXPECT_EQ(format_number(I(1), "=+5"), "+   1");
  EXPECT_EQ(format_number(I(-42), "^9"), "   -42   ");
  EXPECT_EQ(format_number(I(65), "c"), "A");
  EXPECT_EQ(format_number(I(3), ".2f"), "3.00");
  EXPECT_EQ(format_number(make_bool(true), ""), "True");
  EXPECT_EQ(format_number(make_bool(true), "d"), "1");
  EXPECT_EQ(format_number(make_bool(true), "^10"), "    1     ");
  EXPECT_EQ(format_number(I(5), "*<4"), "5***");
}

TEST_F(Numbers, FormatFloat) {
  EXPECT_EQ(format_number(F(1.0), ""), "1.0");
  EXPECT_EQ(format_number(F(1.5), ".3"), "1.5");
  EXPECT_EQ(format_number(F(1.0), ".3"), "1.0");
  EXPECT_EQ(format_number(F(123.0), ".3"), "1.23e+02");
  EXPECT_EQ(format_number(F(1e20), ""), "1e+20");
  EXPECT_EQ(format_number(F(1234.5), ","), "1,234.5");
  EXPECT_EQ(format_number(F(12345678.9), "020,.2f"), "0,000,012,345,678.90");
  EXPECT_EQ(format_number(F(1.5), "%"), "150.000000%");
  EXPECT_EQ(format_number(F(12345.678), "n"), "12345.7");
  EXPECT_EQ(format_number(F(-0.001), "z.2f"), "0.00");
  EXPECT_EQ(format_number(F(-INFINITY), "F"), "-INF");
  EXPECT_EQ(format_number(F(-NAN), "f"), "nan");
  EXPECT_EQ(format_number(F(INFINITY), "010"), "0000000inf");
  EXPECT_EQ(format_number(F(2.5), ".0f"), "2");
  EXPECT_EQ(format_number(F(1.0), "#.0f"), "1.");
  EXPECT_EQ(format_number(F(0.1), ".20g"), "0.10000000000000000555");
  EXPECT_EQ(format_number(F(1e-7), "e"), "1.000000e-07");
}

TEST_F(Numbers, FormatErrors) {
  EXPECT_EQ(error_of([] { format_number(F(1.5), "x"); }),
            "ValueError: Unknown format code 'x' for object of type 'float'");
  EXPECT_EQ(error_of([] { format_number(I(1), ".2"); }),
            "ValueError: Precision not allowed in integer format specifier");
  EXPECT_EQ(error_of([] { format_number(I(1), "+c"); }),
            "ValueError: Sign not allowed with integer format specifier 'c'");
  EXPECT_EQ(error_of([] { format_number(I(1), "abc"); }),
            "ValueError: Invalid format specifier 'abc' for object of type 'int'");
  EXPECT_EQ(error_of([] { format_number(I(1), ",x"); }), "ValueError: Cannot specify ',' with 'x'.");
  EXPECT_EQ(error_of([] { format_number(I(1), "z"); }),
            "ValueError: Negative zero coercion (z) not allowed in integer format specifier");
  EXPECT_EQ(error_of([] { format_number(I(1), "."); }), "ValueError: Format specifier missing precision");
  EXPECT_EQ(error_of([] { format_number(I(0x110000), "c"); }), "OverflowError: %c arg not in range(0x110000)");
}

TEST_F(Numbers, FormatStr) {
  EXPECT_EQ(format_str("ab", ""), "ab");
  EXPECT_EQ(format_str("ab", "05"), "ab000");
  EXPECT_EQ(format_str("ab", ">5"), "   ab");
  EXPECT_EQ(format_str("ab", "*^6"), "**ab**");
  EXPECT_EQ(format_str("héllo", ".2"), "hé");
  EXPECT_EQ(format_str("hé", "é<4"), "hééé");
  EXPECT_EQ(error_of([] { format_str("a", "+"); }), "ValueError: Sign not allowed in string format specifier");
  EXPECT_EQ(error_of([] { format_str("a", "="); }),
            "ValueError: '=' alignment not allowed in string format specifier");
  EXPECT_EQ(error_of([] { format_str("a", ","); }), "ValueError: Cannot specify ',' with 's'.");
  EXPECT_EQ(error_of([] { format_str("a", "d"); }),
            "ValueError: Unknown format code 'd' for object of type 'str'");
}

// ---------------------------------------------------------------- math

class MathModule : public Numbers {
 protected:
  Value call_math(const char* name, std::vector<Value> args) {
    static Module* mod = init_math_module();
    Value f = mod->dict->get_str(intern(name));
    return call(f, args.data(), static_cast<int>(args.size()));
  }
  double constant(const char* name) {
    static Module* mod = init_math_module();
    return mod->dict->get_str(intern(name)).as_float();
  }
};

TEST_F(MathModule, Basics) {
  EXPECT_EQ(R(call_math("sqrt", {I(4)})), "2.0");
  EXPECT_EQ(R(call_math("floor", {F(-2.5)})), "-3");
  EXPECT_EQ(R(call_math("ceil", {F(1e20)})), "100000000000000000000");
  EXPECT_EQ(R(call_math("trunc", {F(-2.5)})), "-2");
  EXPECT_EQ(R(call_math("log", {I(8), I(2)})), "3.0");
  EXPECT_EQ(R(call_math("log10", {bin(BinOpKind::Pow, I(10), I(500))})), "500.0");
  EXPECT_EQ(R(call_math("hypot", {I(3), I(4)})), "5.0");
  EXPECT_EQ(R(call_math("gcd", {I(12), I(-18)})), "6");
  EXPECT_EQ(R(call_math("lcm", {I(4), I(6)})), "12");
  EXPECT_EQ(R(call_math("factorial", {I(25)})), "15511210043330985984000000");
  EXPECT_EQ(R(call_math("comb", {I(10), I(3)})), "120");
  EXPECT_EQ(R(call_math("perm", {I(10), I(3)})), "720");
  EXPECT_EQ(R(call_math("isqrt", {I(17)})), "4");
  EXPECT_EQ(R(call_math("gamma", {F(0.5)})), "1.7724538509055159");
  EXPECT_EQ(R(call_math("fsum", {make_obj(new_list({F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1),
                                                  F(0.1), F(0.1), F(0.1)}))})),
            "1.0");
  EXPECT_EQ(R(call_math("fsum", {make_obj(new_list({F(1e-16), I(1), F(1e16)}))})), "1.0000000000000002e+16");
  EXPECT_EQ(call_math("isclose", {F(1.0), F(1.0 + 1e-10)}).as_bool(), true);
  EXPECT_EQ(constant("pi"), 3.141592653589793);
  EXPECT_EQ(constant("tau"), 6.283185307179586);
  EXPECT_TRUE(std::isinf(constant("inf")));
}

TEST_F(MathModule, Errors) {
  EXPECT_EQ(error_of([&] { call_math("sqrt", {I(-1)}); }), "ValueError: math domain error");
  EXPECT_EQ(error_of([&] { call_math("log", {I(0)}); }), "ValueError: math domain error");
  EXPECT_EQ(error_of([&] { call_math("exp", {I(1000)}); }), "OverflowError: math range error");
  EXPECT_EQ(error_of([&] { call_math("factorial", {I(-1)}); }),
            "ValueError: factorial() not defined for negative values");
  EXPECT_EQ(error_of([&] { call_math("factorial", {F(2.0)}); }),
            "TypeError: 'float' object cannot be interpreted as an integer");
  EXPECT_EQ(error_of([&] { call_math("fmod", {I(1), I(0)}); }), "ValueError: math domain error");
  EXPECT_EQ(error_of([&] { call_math("sqrt", {S("x")}); }), "TypeError: must be real number, not str");
  EXPECT_EQ(error_of([&] { call_math("comb", {I(-1), I(2)}); }), "ValueError: n must be a non-negative integer");
}

}  // namespace
