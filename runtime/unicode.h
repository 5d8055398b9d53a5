// The Unicode character database behind str's case mappings and predicates,
// exactly as CPython 3.11 has it (Unicode 14.0): the same properties and the
// same full (one-to-many) case mappings. The tables are generated from
// CPython itself by runtime/gen_unicode_tables.py; they do not depend on the
// C library's locale.
#pragma once
#include <cstdint>

namespace coil::rt::unicode {

bool is_alpha(uint32_t c);
bool is_decimal(uint32_t c);
bool is_digit(uint32_t c);
bool is_numeric(uint32_t c);
bool is_alnum(uint32_t c);  // alpha, decimal, digit or numeric, as CPython
bool is_lower(uint32_t c);  // the Lowercase property
bool is_upper(uint32_t c);  // the Uppercase property
bool is_title(uint32_t c);  // category Lt
bool is_space(uint32_t c);
bool is_printable(uint32_t c);
bool is_cased(uint32_t c);
bool is_case_ignorable(uint32_t c);

// The value of a decimal digit (Nd) or a digit (Nd, No with a digit value),
// or -1.
int decimal_value(uint32_t c);
int digit_value(uint32_t c);

// Full case mappings: write 1 to 3 code points to out, return how many.
// lower() here is context-free; str.lower() applies the final-sigma rule.
int to_lower(uint32_t c, uint32_t out[3]);
int to_upper(uint32_t c, uint32_t out[3]);
int to_title(uint32_t c, uint32_t out[3]);
int to_folded(uint32_t c, uint32_t out[3]);

}  // namespace coil::rt::unicode
