// The tokenizer: source text -> Bison tokens with locations.
//
// Python's layout rules are handled here: INDENT/DEDENT from an indentation
// stack, NEWLINE only at the end of non-blank logical lines, implicit line
// joining inside brackets, backslash continuation. Token recognition is done
// by re2c (lexer/lexer.re); errors are thrown as SyntaxErrorException with
// CPython 3.11's messages.
#pragma once
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "parser/ast_build.h"
#include "parser/grammar.hpp"

namespace coil::parse {

using TokKind = Parser::token_kind_type;

struct Tok {
  TokKind kind = Parser::token::TOK_END;
  std::string text;  // NAME, NUMBER, STRING only
  ast::Loc loc;
};

// CPython's tokenizer limits (Parser/tokenizer.h): the indentation stack
// holds MAXINDENT = 100 entries, brackets nest at most MAXLEVEL = 200 deep.
// Past them CPython reports "too many levels of indentation" and "too many
// nested parentheses"; so does coil, instead of running what CPython rejects.
constexpr size_t kMaxIndent = 100;
constexpr size_t kMaxBracketDepth = 200;

class Lexer {
 public:
  // expr_mode: the source is one expression (eval, f-string fields): newlines
  // are insignificant and no INDENT/DEDENT/NEWLINE tokens are produced.
  Lexer(ParseCtx& ctx, std::string_view source, bool expr_mode);

  // The next token for the parser. The very first one is START_MODULE or
  // START_EXPR. Rewrites `with (` to WITH_LPAR for parenthesized with-items.
  Tok next();

  // The i-th most recent token returned by next() (0 = the latest).
  const Tok* recent(int i) const;

  // Where the NEWLINE that ends the current logical line is (looking ahead
  // as far as needed), or null if the input ends first.
  const ast::Loc* logical_line_end();

  // The compound-statement header that the most recent NEWLINE ended, for
  // "expected an indented block after 'if' statement on line N".
  struct Header {
    TokKind first = Parser::token::TOK_END;
    TokKind second = Parser::token::TOK_END;
    int line = 0;
  };
  const Header& last_header() const { return last_header_; }
  const Header& current_header() const { return cur_header_; }

  // Tokenizes the rest of the input, throwing the first tokenizer error (used
  // to prefer tokenizer errors over a generic "invalid syntax", as CPython).
  // Unclosed brackets at the end are reported only if report_unclosed.
  void drain(bool report_unclosed);

  // Number of currently open brackets.
  int depth() const { return static_cast<int>(brackets_.size()); }

  // True once the end of the input was reached (only DEDENTs/END remain).
  bool at_end() const { return done_; }
  const ast::Loc& end_location() const { return end_loc_; }

 private:
  Tok lex();   // layout-aware raw token
  // `match` and `case` are soft keywords (PEP 634); next() decides, for
  // each token it hands out, whether a NAME is one of them:
  // - `match` is the MATCH token when it starts a logical line that ends
  //   with ':' (found by looking ahead to the NEWLINE). No simple statement
  //   ends with ':', so such a line is a match statement or invalid either
  //   way, while `match = 1`, `match(x)` or `match.x: int` stay names.
  // - `case` is the CASE token when it starts a logical line directly in
  //   the block of a match statement, where only case blocks may stand
  //   (its header line may go on with a simple statement: `case 1: f()`).
  void track_soft_keywords(Tok& t);
  bool logical_line_ends_with_colon();
  Tok scan();  // re2c-generated recognizer (lexer.re)
  bool indentation();
  Tok scan_string(const unsigned char* start, const unsigned char* quote);
  Tok make(TokKind k, const unsigned char* start, std::string text = {});
  ast::Loc loc_at(int line, int col, int end_line, int end_col) const;
  int col_of(const unsigned char* p) const { return static_cast<int>(p - line_start_); }
  void check_identifier(const unsigned char* start, const unsigned char* end);
  [[noreturn]] void fail(const std::string& msg, int line, int col, int end_col = -1,
                         const char* type = "SyntaxError", bool incomplete = false);
  void newline_seen(const unsigned char* after) {
    ++line_;
    line_start_ = after;
  }
  void open_bracket(char c, const unsigned char* p);
  void close_bracket(char c, const unsigned char* p);
  void check_number_end(const unsigned char* start);

  ParseCtx& ctx_;
  std::string src_;  // NUL-terminated copy
  const unsigned char* cur_ = nullptr;
  const unsigned char* line_start_ = nullptr;
  int line_ = 1;
  bool expr_mode_ = false;
  bool started_ = false;
  bool at_bol_ = true;           // at the beginning of a physical line
  bool line_has_tokens_ = false; // current logical line produced a token
  bool done_ = false;
  bool ignore_unclosed_ = false;
  ast::Loc end_loc_;
  struct Indent { int col, altcol, bytes; };
  std::vector<Indent> indents_{{0, 0, 0}};
  struct Bracket { char c; int line, col; };
  std::vector<Bracket> brackets_;
  std::deque<Tok> pending_;  // DEDENTs etc. produced by lex()
  std::deque<Tok> ahead_;    // lookahead buffer of next()
  std::deque<Tok> history_;
  Tok last_newline_;
  bool have_newline_ = false;
  // Tracking of the current logical line's leading keywords.
  bool line_start_tok_ = true;
  int line_tok_index_ = 0;
  Header cur_header_, last_header_;
  // Soft keywords: INDENTs minus DEDENTs handed out so far; the block
  // depths of the enclosing match statements' blocks; whether the current
  // line is a match header, and whether the line just ended was one.
  int block_depth_ = 0;
  std::vector<int> match_blocks_;
  bool match_header_open_ = false;
  bool match_header_ended_ = false;
};

}  // namespace coil::parse
