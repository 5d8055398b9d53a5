// Tests of the tokenizer (lexer/lexer.re): layout tokens, implicit line
// joining, numbers, strings and tokenizer errors.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lexer/lexer.h"
#include "parser/grammar.hpp"

namespace coil::parse {
Parser::symbol_type yylex(ParseCtx& ctx);
}

namespace {

using coil::parse::Lexer;
using coil::parse::ParseCtx;
using coil::parse::Parser;

// Tokens of `src` as "NAME:x NUMBER:1 ( NEWLINE ..." (without the start
// token), or "ERROR <type>: <msg> @line:col".
std::string tokens(const std::string& src, bool expr_mode = false) {
  coil::ast::Arena arena;
  ParseCtx ctx(arena);
  ctx.filename = "t.py";
  ctx.source = src;
  std::string out;
  try {
    Lexer lexer(ctx, src, expr_mode);
    ctx.lexer = &lexer;
    coil::parse::yylex(ctx);  // START_*
    for (int guard = 0; guard < 10000; ++guard) {
      Parser::symbol_type sym = coil::parse::yylex(ctx);
      auto k = sym.kind();
      if (!out.empty()) out += ' ';
      if (k == Parser::symbol_kind::S_YYEOF) {
        out += "END";
        break;
      }
      std::string name = Parser::symbol_name(k);
      out += name;
      if (k == Parser::symbol_kind::S_NAME || k == Parser::symbol_kind::S_NUMBER ||
          k == Parser::symbol_kind::S_STRING)
        out += ":" + sym.value.as<std::string>();
    }
  } catch (coil::parse::SyntaxErrorException& e) {
    return "ERROR " + e.err.type + ": " + e.err.msg + " @" + std::to_string(e.err.line) + ":" +
           std::to_string(e.err.col) + (e.err.incomplete ? " incomplete" : "");
  }
  return out;
}

TEST(Lexer, SimpleStatement) {
  EXPECT_EQ(tokens("x = 1\n"), "NAME:x = NUMBER:1 NEWLINE END");
}

TEST(Lexer, MissingTrailingNewline) {
  EXPECT_EQ(tokens("x"), "NAME:x NEWLINE END");
  EXPECT_EQ(tokens("if a:\n  b"), "if NAME:a : NEWLINE INDENT NAME:b NEWLINE DEDENT END");
}

TEST(Lexer, IndentDedent) {
  EXPECT_EQ(tokens("if a:\n    if b:\n        c\nd\n"),
            "if NAME:a : NEWLINE INDENT if NAME:b : NEWLINE INDENT NAME:c NEWLINE DEDENT DEDENT "
            "NAME:d NEWLINE END");
}

TEST(Lexer, BlankAndCommentLinesIgnored) {
  EXPECT_EQ(tokens("if a:\n\n    # c\n  # odd\n    b\n\n# end\n"),
            "if NAME:a : NEWLINE INDENT NAME:b NEWLINE DEDENT END");
  EXPECT_EQ(tokens("\n\n# only comments\n"), "END");
  EXPECT_EQ(tokens(""), "END");
}

TEST(Lexer, ImplicitLineJoining) {
  EXPECT_EQ(tokens("x = (1,\n     2)\n"), "NAME:x = ( NUMBER:1 , NUMBER:2 ) NEWLINE END");
  EXPECT_EQ(tokens("f(\n  a,\n    b\n)\n"), "NAME:f ( NAME:a , NAME:b ) NEWLINE END");
}

TEST(Lexer, BackslashContinuation) {
  EXPECT_EQ(tokens("x = 1 + \\\n    2\n"), "NAME:x = NUMBER:1 + NUMBER:2 NEWLINE END");
}

TEST(Lexer, CrLf) {
  EXPECT_EQ(tokens("if a:\r\n  b\r\n"), "if NAME:a : NEWLINE INDENT NAME:b NEWLINE DEDENT END");
}

TEST(Lexer, Operators) {
  EXPECT_EQ(tokens("a := b -> c ** d //= e **= f @ g ... h != i\n"),
            "NAME:a := NAME:b -> NAME:c ** NAME:d //= NAME:e **= NAME:f @ NAME:g ... "
            "NAME:h != NAME:i NEWLINE END");
  EXPECT_EQ(tokens("a<<=b>>=c<=d>=e==f\n"),
            "NAME:a <<= NAME:b >>= NAME:c <= NAME:d >= NAME:e == NAME:f NEWLINE END");
}

TEST(Lexer, Keywords) {
  EXPECT_EQ(tokens("async def f(): await x\n"),
            "async def NAME:f ( ) : await NAME:x NEWLINE END");
  EXPECT_EQ(tokens("None True False match\n"), "None True False NAME:match NEWLINE END");
}

TEST(Lexer, SoftKeywords) {
  // `match` heads a match statement only on a line ending with ':'.
  EXPECT_EQ(tokens("match x:\n  case 1: f()\n"),
            "match NAME:x : NEWLINE INDENT case NUMBER:1 : NAME:f ( ) NEWLINE DEDENT END");
  EXPECT_EQ(tokens("match = 1\nmatch(x)\nmatch.y: int\n"),
            "NAME:match = NUMBER:1 NEWLINE NAME:match ( NAME:x ) NEWLINE NAME:match . NAME:y : NAME:int NEWLINE END");
  EXPECT_EQ(tokens("match (x,\n       y):\n  case _: pass\n"),
            "match ( NAME:x , NAME:y ) : NEWLINE INDENT case NAME:_ : pass NEWLINE DEDENT END");
  // `case` is a keyword only directly in a match block; not in a case body,
  // not after the match statement, not elsewhere.
  EXPECT_EQ(tokens("match x:\n  case 1:\n    case = 2\ncase = 3\n"),
            "match NAME:x : NEWLINE INDENT case NUMBER:1 : NEWLINE INDENT NAME:case = NUMBER:2 NEWLINE DEDENT "
            "DEDENT NAME:case = NUMBER:3 NEWLINE END");
  EXPECT_EQ(tokens("if x:\n  case[0]: int = 1\n"),
            "if NAME:x : NEWLINE INDENT NAME:case [ NUMBER:0 ] : NAME:int = NUMBER:1 NEWLINE DEDENT END");
  // Nested match statements.
  EXPECT_EQ(tokens("match a:\n case 1:\n  match b:\n   case 2: pass\n case 3: pass\n"),
            "match NAME:a : NEWLINE INDENT case NUMBER:1 : NEWLINE INDENT match NAME:b : NEWLINE INDENT case NUMBER:2 : "
            "pass NEWLINE DEDENT DEDENT case NUMBER:3 : pass NEWLINE DEDENT END");
  // Not first on the line: a name.
  EXPECT_EQ(tokens("x; match y:\n"), "NAME:x ; NAME:match NAME:y : NEWLINE END");
}

TEST(Lexer, Numbers) {
  EXPECT_EQ(tokens("0 00 123 1_000 0x1F 0o17 0b1_01 1.5 .5 5. 1e10 1E-5 1.5j 2J 0_0\n"),
            "NUMBER:0 NUMBER:00 NUMBER:123 NUMBER:1_000 NUMBER:0x1F NUMBER:0o17 NUMBER:0b1_01 NUMBER:1.5 "
            "NUMBER:.5 NUMBER:5. NUMBER:1e10 NUMBER:1E-5 NUMBER:1.5j NUMBER:2J NUMBER:0_0 NEWLINE END");
  EXPECT_EQ(tokens("1if x else 2\n"), "NUMBER:1 if NAME:x else NUMBER:2 NEWLINE END");
}

TEST(Lexer, NumberErrors) {
  EXPECT_EQ(tokens("x = 0777"),
            "ERROR SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for "
            "octal integers @1:4");
  EXPECT_EQ(tokens("x = 1abc"), "ERROR SyntaxError: invalid decimal literal @1:4");
  EXPECT_EQ(tokens("x = 0x"), "ERROR SyntaxError: invalid hexadecimal literal @1:5");
  EXPECT_EQ(tokens("x = 1_"), "ERROR SyntaxError: invalid decimal literal @1:5");
}

TEST(Lexer, Strings) {
  EXPECT_EQ(tokens("'a' \"b\" r'\\n' rb'x' Bf'' F\"{x}\" u'z'\n"),
            "STRING:'a' STRING:\"b\" STRING:r'\\n' STRING:rb'x' NAME:Bf STRING:'' STRING:F\"{x}\" STRING:u'z' "
            "NEWLINE END");
  EXPECT_EQ(tokens("'''a\nb''' \"\"\"c\"\"\"\n"), "STRING:'''a\nb''' STRING:\"\"\"c\"\"\" NEWLINE END");
  EXPECT_EQ(tokens("'it\\'s' 'a\\\nb'\n"), "STRING:'it\\'s' STRING:'a\\\nb' NEWLINE END");
}

TEST(Lexer, FStringIsOneToken) {
  EXPECT_EQ(tokens("f'{x!r:>{w}}' f\"{a['k']}\"\n"), "STRING:f'{x!r:>{w}}' STRING:f\"{a['k']}\" NEWLINE END");
}

TEST(Lexer, StringErrors) {
  EXPECT_EQ(tokens("x = 'abc\n"), "ERROR SyntaxError: unterminated string literal (detected at line 1) @1:4");
  EXPECT_EQ(tokens("x = '''abc\n\n"),
            "ERROR SyntaxError: unterminated triple-quoted string literal (detected at line 2) @1:4 incomplete");
}

TEST(Lexer, Utf8Identifiers) {
  EXPECT_EQ(tokens("π = 'é'\n"), "NAME:π = STRING:'é' NEWLINE END");
}

TEST(Lexer, BracketErrors) {
  EXPECT_EQ(tokens("x = (1,\n2"), "ERROR SyntaxError: '(' was never closed @1:4 incomplete");
  EXPECT_EQ(tokens("x = 1)"), "ERROR SyntaxError: unmatched ')' @1:5");
  EXPECT_EQ(tokens("x = (1, 2]"),
            "ERROR SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' @1:9");
  EXPECT_EQ(tokens("x = (1,\n 2]"),
            "ERROR SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on line 1 @2:2");
  EXPECT_EQ(tokens(std::string(200, '(') + std::string(200, ')')).substr(0, 4), "( ( ");
  EXPECT_EQ(tokens(std::string(201, '(')), "ERROR SyntaxError: too many nested parentheses @1:200");
}

TEST(Lexer, IndentationErrors) {
  EXPECT_EQ(tokens("if x:\n    a\n  b\n"),
            "ERROR IndentationError: unindent does not match any outer indentation level @3:3");
  EXPECT_EQ(tokens("if x:\n\ta\n        b\n"), "ERROR TabError: inconsistent use of tabs and spaces in indentation @3:0");
}

TEST(Lexer, ContinuationErrors) {
  EXPECT_EQ(tokens("x = 1 + \\"), "ERROR SyntaxError: unexpected EOF while parsing @1:9 incomplete");
  EXPECT_EQ(tokens("x = 1 + \\\n"), "ERROR SyntaxError: unexpected EOF while parsing @1:9 incomplete");
  EXPECT_EQ(tokens("x = 1 \\ y"), "ERROR SyntaxError: unexpected character after line continuation character @1:7");
}

TEST(Lexer, BadBytes) {
  EXPECT_EQ(tokens(std::string("x = 1\0\n", 7)), "ERROR SyntaxError: source code cannot contain null bytes @1:0");
  EXPECT_EQ(tokens("x = 1\n# \xff\n"),
            "ERROR SyntaxError: Non-UTF-8 code starting with '\\xff' in file t.py on line 2, but no encoding "
            "declared; see https://peps.python.org/pep-0263/ for details @2:0");
  EXPECT_EQ(tokens("x = $"), "ERROR SyntaxError: invalid syntax @1:4");
}

TEST(Lexer, ExpressionModeIgnoresNewlines) {
  EXPECT_EQ(tokens("a +\n  b", true), "NAME:a + NAME:b END");
}

TEST(Lexer, Locations) {
  coil::ast::Arena arena;
  ParseCtx ctx(arena);
  std::string src = "if a:\n  bb = 'x\\\ny'\n";
  Lexer lexer(ctx, src, false);
  std::vector<coil::parse::Tok> toks;
  for (;;) {
    toks.push_back(lexer.next());
    if (toks.back().kind == Parser::token::TOK_END) break;
  }
  // START if a : NEWLINE INDENT bb = STRING NEWLINE DEDENT END
  ASSERT_EQ(toks.size(), 12u);
  EXPECT_EQ(toks[6].text, "bb");
  EXPECT_EQ(toks[6].loc.line, 2);
  EXPECT_EQ(toks[6].loc.col, 2);
  EXPECT_EQ(toks[6].loc.end_col, 4);
  EXPECT_EQ(toks[8].loc.line, 2);
  EXPECT_EQ(toks[8].loc.col, 7);
  EXPECT_EQ(toks[8].loc.end_line, 3);
  EXPECT_EQ(toks[8].loc.end_col, 2);
}

}  // namespace
