// The parser's entry points: source text in, AST (or a SyntaxError) out.
//
// The parser only builds the AST; name resolution, `return`/`await` placement
// and every other semantic check belong to the compiler (vm/compiler.cpp).
#pragma once
#include <string>
#include <string_view>

#include "parser/ast.h"

namespace coil::parse {

// Everything needed to print a syntax error the way CPython 3.11 does:
//
//   File "x.py", line 3
//     x = = 1
//         ^
// SyntaxError: invalid syntax
struct SyntaxError {
  std::string type = "SyntaxError";  // or "IndentationError", "TabError"
  std::string msg;                   // "invalid syntax", "'(' was never closed", ...
  std::string filename;
  int line = 0;        // 1-based
  int col = 0;         // 0-based byte offset of the caret start in `text`
  int end_line = 0;
  int end_col = 0;     // one past the caret end
  std::string text;    // the offending source line, without its newline
  // True when the input ended inside an unfinished construct (an open bracket,
  // a block header waiting for its body, a trailing backslash, an unterminated
  // triple-quoted string). The REPL uses it to ask for a continuation line.
  bool incomplete = false;
  // Raised by the tokenizer rather than the parser (CPython's text for
  // these has no line break added).
  bool tokenizer = false;
};

// Parses a whole module. Returns null and fills *err on a syntax error.
ast::Module* parse_module(std::string_view source, const std::string& filename,
                          ast::Arena& arena, SyntaxError* err);

// Parses one expression (used for f-string replacement fields and eval()).
// `line_offset`/`col_offset` shift the locations of the result so that errors
// and tracebacks point into the enclosing source.
ast::Expr* parse_expression(std::string_view source, const std::string& filename,
                            ast::Arena& arena, SyntaxError* err,
                            int line_offset = 0, int col_offset = 0);

// Parses eval()'s input (CPython's eval_input): an expression list followed
// only by newlines, lexed as a module (so a leading indent is an error and a
// newline outside brackets ends the expression).
ast::Expr* parse_eval_input(std::string_view source, const std::string& filename, ast::Arena& arena,
                            SyntaxError* err);

}  // namespace coil::parse
