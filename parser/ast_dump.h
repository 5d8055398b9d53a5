// Text form of an AST, identical to CPython 3.11's `ast.dump(tree)` with
// default arguments, so tests can compare against
//   python3 -c "import ast; print(ast.dump(ast.parse(src)))"
#pragma once
#include <string>

#include "parser/ast.h"

namespace coil::ast {

std::string dump(const Node* node);

// Python's repr() of a str given as UTF-8, and of a bytes object.
std::string repr_str(const std::string& utf8);
std::string repr_bytes(const std::string& bytes);
// Python's repr() of the float / int literal text (underscores removed).
std::string repr_float(const std::string& literal);
std::string int_to_decimal(const std::string& literal);

}  // namespace coil::ast
