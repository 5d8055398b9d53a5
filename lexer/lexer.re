// The coil tokenizer. re2c recognizes single tokens (scan()); the layout
// logic (indentation, NEWLINE, brackets) is plain C++ around it.
#include "lexer/lexer.h"

#include "lexer/xid.h"

#include <cstdio>
#include <cstring>
#include <unordered_map>

namespace coil::parse {

namespace {

using T = Parser::token;

const std::unordered_map<std::string_view, TokKind>& keywords() {
  static const std::unordered_map<std::string_view, TokKind> k = {
      {"False", T::TOK_FALSE},       {"None", T::TOK_NONE},       {"True", T::TOK_TRUE},
      {"and", T::TOK_AND},           {"as", T::TOK_AS},           {"assert", T::TOK_ASSERT},
      {"async", T::TOK_ASYNC},       {"await", T::TOK_AWAIT},     {"break", T::TOK_BREAK},
      {"class", T::TOK_CLASS},       {"continue", T::TOK_CONTINUE}, {"def", T::TOK_DEF},
      {"del", T::TOK_DEL},           {"elif", T::TOK_ELIF},       {"else", T::TOK_ELSE},
      {"except", T::TOK_EXCEPT},     {"finally", T::TOK_FINALLY}, {"for", T::TOK_FOR},
      {"from", T::TOK_FROM},         {"global", T::TOK_GLOBAL},   {"if", T::TOK_IF},
      {"import", T::TOK_IMPORT},     {"in", T::TOK_IN},           {"is", T::TOK_IS},
      {"lambda", T::TOK_LAMBDA},     {"nonlocal", T::TOK_NONLOCAL}, {"not", T::TOK_NOT},
      {"or", T::TOK_OR},             {"pass", T::TOK_PASS},       {"raise", T::TOK_RAISE},
      {"return", T::TOK_RETURN},     {"try", T::TOK_TRY},         {"while", T::TOK_WHILE},
      {"with", T::TOK_WITH},         {"yield", T::TOK_YIELD},
  };
  return k;
}

bool is_ident_byte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c >= 0x80;
}

// Decodes the (valid) UTF-8 sequence at p, advancing p.
uint32_t decode_utf8(const unsigned char*& p) {
  unsigned char c = *p++;
  if (c < 0x80) return c;
  int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
  uint32_t cp = c & (0x3F >> extra);
  while (extra-- > 0) cp = (cp << 6) | (*p++ & 0x3F);
  return cp;
}

// Returns the byte offset of the first invalid UTF-8 sequence, or -1.
long invalid_utf8_at(std::string_view s) {
  size_t i = 0, n = s.size();
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) { ++i; continue; }
    int len;
    unsigned lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) len = 2;
    else if (c == 0xE0) { len = 3; lo = 0xA0; }
    else if (c >= 0xE1 && c <= 0xEC) len = 3;
    else if (c == 0xED) { len = 3; hi = 0x9F; }
    else if (c >= 0xEE && c <= 0xEF) len = 3;
    else if (c == 0xF0) { len = 4; lo = 0x90; }
    else if (c >= 0xF1 && c <= 0xF3) len = 4;
    else if (c == 0xF4) { len = 4; hi = 0x8F; }
    else return static_cast<long>(i);
    if (i + len > n) return static_cast<long>(i);
    for (int k = 1; k < len; ++k) {
      unsigned char d = static_cast<unsigned char>(s[i + k]);
      if (k == 1 ? (d < lo || d > hi) : (d < 0x80 || d > 0xBF)) return static_cast<long>(i);
    }
    i += len;
  }
  return -1;
}

}  // namespace

Lexer::Lexer(ParseCtx& ctx, std::string_view source, bool expr_mode)
    : ctx_(ctx), src_(source), expr_mode_(expr_mode) {
  cur_ = reinterpret_cast<const unsigned char*>(src_.c_str());
  line_start_ = cur_;
  if (src_.size() >= 3 && std::memcmp(src_.data(), "\xEF\xBB\xBF", 3) == 0) cur_ += 3;
  size_t nul = src_.find('\0');
  if (nul != std::string::npos) {
    int line = 1;
    for (size_t i = 0; i < nul; ++i) line += src_[i] == '\n';
    fail(expr_mode ? "source code string cannot contain null bytes"
                   : "source code cannot contain null bytes",
         line, 0);
  }
  long bad = invalid_utf8_at(src_);
  if (bad >= 0) {
    int line = 1;
    for (long i = 0; i < bad; ++i) line += src_[i] == '\n';
    char hex[8];
    std::snprintf(hex, sizeof hex, "%02x", static_cast<unsigned char>(src_[bad]));
    SyntaxError e;
    e.msg = "Non-UTF-8 code starting with '\\x" + std::string(hex) + "' in file " + ctx.filename +
            " on line " + std::to_string(line) +
            ", but no encoding declared; see https://peps.python.org/pep-0263/ for details";
    e.filename = ctx.filename;
    e.line = e.end_line = line + ctx.line_offset;
    throw SyntaxErrorException{e, true};
  }
}

ast::Loc Lexer::loc_at(int line, int col, int end_line, int end_col) const {
  ast::Loc l{line + ctx_.line_offset, col, end_line + ctx_.line_offset, end_col};
  if (line == 1) l.col += ctx_.col_offset;
  if (end_line == 1) l.end_col += ctx_.col_offset;
  return l;
}

// The re2c rule takes any non-ASCII character into a name; CPython's
// tokenizer accepts only XID_Start then XID_Continue characters and names
// the first other one.
void Lexer::check_identifier(const unsigned char* start, const unsigned char* end) {
  bool ascii = true;
  for (const unsigned char* p = start; p < end; ++p) ascii = ascii && *p < 0x80;
  if (ascii) return;
  for (const unsigned char* p = start; p < end;) {
    const unsigned char* at = p;
    uint32_t cp = decode_utf8(p);
    if (at == start ? is_xid_start(cp) : is_xid_continue(cp)) continue;
    char code[16];
    std::snprintf(code, sizeof code, "%04X", cp);
    fail("invalid character '" + std::string(reinterpret_cast<const char*>(at), p - at) + "' (U+" + code + ")",
         line_, col_of(at));
  }
}

void Lexer::fail(const std::string& msg, int line, int col, int end_col, const char* type,
                 bool incomplete) {
  SyntaxError e;
  e.type = type;
  e.msg = msg;
  e.filename = ctx_.filename;
  ast::Loc l = loc_at(line, col, line, end_col < 0 ? col + 1 : end_col);
  e.line = l.line;
  e.col = l.col;
  e.end_line = l.end_line;
  e.end_col = l.end_col;
  e.incomplete = incomplete;
  throw SyntaxErrorException{e, true};
}

Tok Lexer::make(TokKind k, const unsigned char* start, std::string text) {
  Tok t;
  t.kind = k;
  t.text = std::move(text);
  // `start` is on line_ unless the token spans lines (strings), in which case
  // the caller fixes loc.line.
  t.loc = loc_at(line_, col_of(start), line_, col_of(cur_));
  return t;
}

void Lexer::open_bracket(char c, const unsigned char* p) {
  if (brackets_.size() >= kMaxBracketDepth) fail("too many nested parentheses", line_, col_of(p));
  brackets_.push_back({c, line_, col_of(p)});
}

void Lexer::close_bracket(char c, const unsigned char* p) {
  if (brackets_.empty()) fail(std::string("unmatched '") + c + "'", line_, col_of(p));
  Bracket b = brackets_.back();
  char want = b.c == '(' ? ')' : b.c == '[' ? ']' : '}';
  if (c != want) {
    std::string msg = std::string("closing parenthesis '") + c +
                      "' does not match opening parenthesis '" + b.c + "'";
    if (b.line != line_) msg += " on line " + std::to_string(b.line + ctx_.line_offset);
    fail(msg, line_, col_of(p));
  }
  brackets_.pop_back();
}

void Lexer::check_number_end(const unsigned char* start) {
  const unsigned char* p = cur_;
  if (!is_ident_byte(*p)) return;
  // `1if x else y` and friends are accepted by CPython 3.11.
  static const char* const kws[] = {"and", "else", "for", "if", "in", "is", "not", "or"};
  for (const char* kw : kws) {
    size_t n = std::strlen(kw);
    if (std::strncmp(reinterpret_cast<const char*>(p), kw, n) == 0 && !is_ident_byte(p[n])) return;
  }
  std::string_view text(reinterpret_cast<const char*>(start), cur_ - start);
  if (text == "0" && (*p == 'x' || *p == 'X'))
    fail("invalid hexadecimal literal", line_, col_of(p));
  if (text == "0" && (*p == 'o' || *p == 'O')) fail("invalid octal literal", line_, col_of(p));
  if (text == "0" && (*p == 'b' || *p == 'B')) fail("invalid binary literal", line_, col_of(p));
  const char* kind = "decimal";
  if (text.size() > 1 && text[0] == '0') {
    char c = text[1] | 0x20;
    if (c == 'x') kind = "hexadecimal";
    else if (c == 'o') kind = "octal";
    else if (c == 'b') kind = "binary";
  }
  if (*p == '_') fail(std::string("invalid ") + kind + " literal", line_, col_of(p));
  if (kind[0] == 'o' && *p >= '0' && *p <= '9')
    fail("invalid digit '" + std::string(1, *p) + "' in octal literal", line_, col_of(p));
  if (kind[0] == 'b' && *p >= '0' && *p <= '9')
    fail("invalid digit '" + std::string(1, *p) + "' in binary literal", line_, col_of(p));
  fail(std::string("invalid ") + kind + " literal", line_, col_of(start));
}

// Reads a string literal whose prefix starts at `start` and whose opening
// quote is at `quote` (cur_ is just past that quote).
Tok Lexer::scan_string(const unsigned char* start, const unsigned char* quote) {
  unsigned char q = *quote;
  int start_line = line_, start_col = col_of(start);
  bool triple = cur_[0] == q && cur_[1] == q;
  if (triple) cur_ += 2;
  for (;;) {
    unsigned char c = *cur_;
    if (c == 0) {
      if (triple) {
        int detected = line_;
        if (cur_ == line_start_ && line_ > 1) --detected;
        fail("unterminated triple-quoted string literal (detected at line " +
                 std::to_string(detected + ctx_.line_offset) + ")",
             start_line, start_col, -1, "SyntaxError", true);
      }
      fail("unterminated string literal (detected at line " + std::to_string(line_ + ctx_.line_offset) +
               ")",
           start_line, start_col);
    }
    if (c == '\\') {
      ++cur_;
      unsigned char d = *cur_;
      if (d == 0) continue;
      ++cur_;
      if (d == '\r' && *cur_ == '\n') ++cur_;
      if (d == '\n' || d == '\r') newline_seen(cur_);
      continue;
    }
    if (c == '\n' || c == '\r') {
      if (!triple)
        fail("unterminated string literal (detected at line " + std::to_string(line_ + ctx_.line_offset) +
                 ")",
             start_line, start_col);
      ++cur_;
      if (c == '\r' && *cur_ == '\n') ++cur_;
      newline_seen(cur_);
      continue;
    }
    ++cur_;
    if (c == q) {
      if (!triple) break;
      if (cur_[0] == q && cur_[1] == q) {
        cur_ += 2;
        break;
      }
    }
  }
  Tok t;
  t.kind = T::TOK_STRING;
  t.text.assign(reinterpret_cast<const char*>(start), cur_ - start);
  t.loc = loc_at(start_line, start_col, line_, col_of(cur_));
  return t;
}

// Measures the indentation of a new line and queues INDENT/DEDENT tokens.
// Returns false for blank and comment-only lines, which are ignored.
bool Lexer::indentation() {
  const unsigned char* p = cur_;
  int col = 0, altcol = 0;
  for (;; ++p) {
    if (*p == ' ') { ++col; ++altcol; }
    else if (*p == '\t') { col = (col / 8 + 1) * 8; ++altcol; }
    else if (*p == '\f') { col = altcol = 0; }
    else break;
  }
  if (*p == '#' || *p == '\n' || *p == '\r' || *p == 0) return false;
  if (*p == '\\' && (p[1] == '\n' || p[1] == '\r')) return false;
  int bytes = static_cast<int>(p - line_start_);
  const Indent& top = indents_.back();
  if (col == top.col) {
    if (altcol != top.altcol) fail("inconsistent use of tabs and spaces in indentation", line_, 0, 0, "TabError");
  } else if (col > top.col) {
    if (altcol <= top.altcol) fail("inconsistent use of tabs and spaces in indentation", line_, 0, 0, "TabError");
    // CPython's tokenizer holds at most 99 levels (MAXINDENT is 100).
    if (indents_.size() >= kMaxIndent) fail("too many levels of indentation", line_, 0, 0, "IndentationError");
    indents_.push_back({col, altcol, bytes});
    Tok t;
    t.kind = T::TOK_INDENT;
    t.loc = loc_at(line_, 0, line_, bytes);
    pending_.push_back(t);
  } else {
    while (indents_.size() > 1 && col < indents_.back().col) {
      indents_.pop_back();
      Tok t;
      t.kind = T::TOK_DEDENT;
      t.loc = loc_at(line_, bytes, line_, bytes);
      pending_.push_back(t);
    }
    if (col != indents_.back().col)
    {
      const unsigned char* e = p;
      while (*e && *e != '\n' && *e != '\r') ++e;
      fail("unindent does not match any outer indentation level", line_, col_of(e), -1, "IndentationError");
    }
    if (altcol != indents_.back().altcol)
      fail("inconsistent use of tabs and spaces in indentation", line_, 0, 0, "TabError");
  }
  return true;
}

Tok Lexer::lex() {
  if (!pending_.empty()) {
    Tok t = std::move(pending_.front());
    pending_.pop_front();
    return t;
  }
  if (done_) {
    Tok t;
    t.kind = T::TOK_END;
    t.loc = end_loc_;
    return t;
  }
  for (;;) {
    if (at_bol_) {
      at_bol_ = false;
      if (!expr_mode_ && brackets_.empty() && indentation() && !pending_.empty()) {
        Tok t = std::move(pending_.front());
        pending_.pop_front();
        return t;
      }
    }
    Tok t = scan();
    if (t.kind == T::TOK_YYUNDEF) continue;
    if (t.kind != T::TOK_NEWLINE && t.kind != T::TOK_END && t.kind != T::TOK_DEDENT) line_has_tokens_ = true;
    return t;
  }
}

Tok Lexer::next() {
  Tok t;
  if (!started_) {
    started_ = true;
    t.kind = expr_mode_ ? T::TOK_START_EXPR : T::TOK_START_MODULE;
    t.loc = loc_at(1, 0, 1, 0);
  } else if (!ahead_.empty()) {
    t = std::move(ahead_.front());
    ahead_.pop_front();
  } else {
    t = lex();
  }
  if (t.kind == T::TOK_WITH) {
    // `with (` followed, after the matching ')', by ':' is the parenthesized
    // with-items form (3.9+); anything else is an ordinary expression.
    if (ahead_.empty()) ahead_.push_back(lex());
    if (ahead_[0].kind == T::TOK_LPAR) {
      size_t i = 1;
      int depth = 1;
      for (;; ++i) {
        if (i >= ahead_.size()) ahead_.push_back(lex());
        TokKind k = ahead_[i].kind;
        if (k == T::TOK_END) break;
        if (k == T::TOK_LPAR || k == T::TOK_LSQB || k == T::TOK_LBRACE) ++depth;
        if (k == T::TOK_RPAR || k == T::TOK_RSQB || k == T::TOK_RBRACE) {
          if (--depth == 0) {
            if (i + 1 >= ahead_.size()) ahead_.push_back(lex());
            if (ahead_[i + 1].kind == T::TOK_COLON) ahead_[0].kind = T::TOK_WITH_LPAR;
            break;
          }
        }
      }
    }
  }
  track_soft_keywords(t);
  // Track the leading keywords of each logical line.
  if (t.kind == T::TOK_NEWLINE) {
    last_header_ = cur_header_;
    line_start_tok_ = true;
    line_tok_index_ = 0;
  } else if (t.kind != T::TOK_INDENT && t.kind != T::TOK_DEDENT && t.kind != T::TOK_START_MODULE) {
    if (line_start_tok_) {
      cur_header_ = Header{t.kind, T::TOK_END, t.loc.line};
      line_start_tok_ = false;
      line_tok_index_ = 1;
    } else if (line_tok_index_ == 1) {
      cur_header_.second = t.kind;
      line_tok_index_ = 2;
    }
  }
  if (t.kind == T::TOK_NEWLINE) {
    last_newline_ = t;
    have_newline_ = true;
  }
  history_.push_front(t);
  if (history_.size() > 4) history_.pop_back();
  return t;
}

void Lexer::track_soft_keywords(Tok& t) {
  if (t.kind == T::TOK_INDENT) {
    ++block_depth_;
    if (match_header_ended_) match_blocks_.push_back(block_depth_);
  } else if (t.kind == T::TOK_DEDENT) {
    --block_depth_;
    while (!match_blocks_.empty() && match_blocks_.back() > block_depth_) match_blocks_.pop_back();
  }
  match_header_ended_ = t.kind == T::TOK_NEWLINE && match_header_open_;
  if (t.kind == T::TOK_NEWLINE) match_header_open_ = false;
  if (!line_start_tok_ || t.kind != T::TOK_NAME || expr_mode_) return;
  if (t.text == "case" && !match_blocks_.empty() && match_blocks_.back() == block_depth_) {
    t.kind = T::TOK_CASE;
    t.text.clear();
  } else if (t.text == "match" && logical_line_ends_with_colon()) {
    t.kind = T::TOK_MATCH;
    t.text.clear();
    match_header_open_ = true;
  }
}

bool Lexer::logical_line_ends_with_colon() {
  for (size_t i = 0;; ++i) {
    if (i >= ahead_.size()) ahead_.push_back(lex());
    TokKind k = ahead_[i].kind;
    if (k == T::TOK_NEWLINE) return i > 0 && ahead_[i - 1].kind == T::TOK_COLON;
    if (k == T::TOK_END) return false;
  }
}

const ast::Loc* Lexer::logical_line_end() {
  for (size_t i = 0;; ++i) {
    if (i >= ahead_.size()) ahead_.push_back(lex());
    TokKind k = ahead_[i].kind;
    if (k == T::TOK_NEWLINE) return &ahead_[i].loc;
    if (k == T::TOK_END) return nullptr;
  }
}

const Tok* Lexer::recent(int i) const {
  return i < static_cast<int>(history_.size()) ? &history_[i] : nullptr;
}

void Lexer::drain(bool report_unclosed) {
  ignore_unclosed_ = !report_unclosed;
  for (int guard = 0; guard < 100000000; ++guard) {
    Tok t = ahead_.empty() ? lex() : ahead_.front();
    if (!ahead_.empty()) ahead_.pop_front();
    if (t.kind == T::TOK_END) return;
  }
}

/*!re2c
  re2c:api:style = free-form;
  re2c:define:YYCTYPE = "unsigned char";
  re2c:define:YYPEEK = "*cur";
  re2c:define:YYSKIP = "++cur;";
  re2c:define:YYBACKUP = "mar = cur;";
  re2c:define:YYRESTORE = "cur = mar;";
  re2c:yyfill:enable = 0;

  digit   = [0-9];
  digits  = digit ("_"? digit)*;
  decint  = [1-9] ("_"? digit)* | "0"+ ("_"? "0")*;
  badint  = "0"+ ("_"? "0")* ("_"? [1-9]) ("_"? digit)*;
  hexint  = "0" [xX] ("_"? [0-9a-fA-F])+;
  octint  = "0" [oO] ("_"? [0-7])+;
  binint  = "0" [bB] ("_"? [01])+;
  point   = digits? "." digits | digits ".";
  expo    = [eE] [+-]? digits;
  float   = point expo? | digits expo;
  imag    = (float | digits) [jJ];
  idstart = [a-zA-Z_] | [\x80-\U0010FFFF];
  idchar  = idstart | digit;
  prefix  = [rRuUfFbB] | [fF][rR] | [rR][fF] | [bB][rR] | [rR][bB];
*/

Tok Lexer::scan() {
  for (;;) {
    const unsigned char* start = cur_;
    const unsigned char* cur = cur_;
    const unsigned char* mar = cur_;
    (void)mar;
#define TOK(k) do { cur_ = cur; return make(T::TOK_##k, start); } while (0)
#define OPEN(k, c) do { cur_ = cur; open_bracket(c, start); return make(T::TOK_##k, start); } while (0)
#define CLOSE(k, c) do { cur_ = cur; close_bracket(c, start); return make(T::TOK_##k, start); } while (0)
    /*!re2c
      [ \t\f]+               { cur_ = cur; continue; }
      "#" [^\r\n\x00]*       { cur_ = cur; continue; }
      "\\" ("\r\n" | "\n" | "\r") {
        cur_ = cur;
        int bs_col = col_of(start) + 1;
        newline_seen(cur_);
        if (*cur_ == 0) {
          fail("unexpected EOF while parsing", line_ - 1, bs_col, -1, "SyntaxError", true);
        }
        continue;
      }
      "\\" "\x00" {
        fail("unexpected EOF while parsing", line_, col_of(start) + 1, -1, "SyntaxError", true);
      }
      "\\" {
        fail("unexpected character after line continuation character", line_, col_of(start) + 1);
      }
      "\r\n" | "\n" | "\r" {
        cur_ = cur;
        if (expr_mode_ || !brackets_.empty()) {
          newline_seen(cur_);
          continue;
        }
        if (!line_has_tokens_) {  // blank line: back to lex() for indentation
          newline_seen(cur_);
          at_bol_ = true;
          Tok again;
          again.kind = T::TOK_YYUNDEF;
          return again;
        }
        Tok t;
        t.kind = T::TOK_NEWLINE;
        t.loc = loc_at(line_, col_of(start), line_, col_of(start) + 1);
        newline_seen(cur_);
        at_bol_ = true;
        line_has_tokens_ = false;
        return t;
      }
      "\x00" {
        Tok t;
        t.loc = loc_at(line_, col_of(start), line_, col_of(start));
        if (expr_mode_) { done_ = true; t.kind = T::TOK_END; end_loc_ = t.loc; return t; }
        if (!brackets_.empty() && ignore_unclosed_) {
          done_ = true;
          t.kind = T::TOK_END;
          return t;
        }
        if (!brackets_.empty()) {
          const Bracket& b = brackets_.back();
          fail(std::string("'") + b.c + "' was never closed", b.line, b.col, -1, "SyntaxError", true);
        }
        if (line_has_tokens_) {
          line_has_tokens_ = false;
          t.kind = T::TOK_NEWLINE;
          t.loc.end_col = t.loc.col + 1;
          return t;
        }
        while (indents_.size() > 1) {
          indents_.pop_back();
          Tok d;
          d.kind = T::TOK_DEDENT;
          d.loc = t.loc;
          pending_.push_back(d);
        }
        done_ = true;
        t.kind = T::TOK_END;
        if (cur_ == line_start_ && line_ > 1) {  // report EOF at the end of the last line
          const unsigned char* p = line_start_ - 1;
          if (*p == '\n' && p > reinterpret_cast<const unsigned char*>(src_.c_str()) && p[-1] == '\r') --p;
          const unsigned char* b = p;
          while (b > reinterpret_cast<const unsigned char*>(src_.c_str()) && b[-1] != '\n' && b[-1] != '\r') --b;
          t.loc = loc_at(line_ - 1, static_cast<int>(p - b), line_ - 1, static_cast<int>(p - b));
        }
        pending_.push_back(t);
        end_loc_ = t.loc;
        Tok first = pending_.front();
        pending_.pop_front();
        return first;
      }
      prefix? ['"] {
        cur_ = cur;
        return scan_string(start, cur - 1);
      }
      idstart idchar* {
        cur_ = cur;
        check_identifier(start, cur);
        std::string_view text(reinterpret_cast<const char*>(start), cur - start);
        auto it = keywords().find(text);
        if (it != keywords().end()) return make(it->second, start);
        return make(T::TOK_NAME, start, std::string(text));
      }
      decint | hexint | octint | binint | float | imag {
        cur_ = cur;
        check_number_end(start);
        return make(T::TOK_NUMBER, start, std::string(reinterpret_cast<const char*>(start), cur - start));
      }
      badint {
        cur_ = cur;
        fail("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
             line_, col_of(start), col_of(start) + 1);
      }
      "("   { OPEN(LPAR, '('); }
      "["   { OPEN(LSQB, '['); }
      "{"   { OPEN(LBRACE, '{'); }
      ")"   { CLOSE(RPAR, ')'); }
      "]"   { CLOSE(RSQB, ']'); }
      "}"   { CLOSE(RBRACE, '}'); }
      ":"   { TOK(COLON); }
      ","   { TOK(COMMA); }
      ";"   { TOK(SEMI); }
      "+"   { TOK(PLUS); }
      "-"   { TOK(MINUS); }
      "*"   { TOK(STAR); }
      "/"   { TOK(SLASH); }
      "|"   { TOK(VBAR); }
      "&"   { TOK(AMPER); }
      "<"   { TOK(LESS); }
      ">"   { TOK(GREATER); }
      "="   { TOK(EQUAL); }
      "."   { TOK(DOT); }
      "%"   { TOK(PERCENT); }
      "=="  { TOK(EQEQUAL); }
      "!="  { TOK(NOTEQUAL); }
      "<="  { TOK(LESSEQUAL); }
      ">="  { TOK(GREATEREQUAL); }
      "~"   { TOK(TILDE); }
      "^"   { TOK(CIRCUMFLEX); }
      "<<"  { TOK(LEFTSHIFT); }
      ">>"  { TOK(RIGHTSHIFT); }
      "**"  { TOK(DOUBLESTAR); }
      "+="  { TOK(PLUSEQUAL); }
      "-="  { TOK(MINEQUAL); }
      "*="  { TOK(STAREQUAL); }
      "/="  { TOK(SLASHEQUAL); }
      "%="  { TOK(PERCENTEQUAL); }
      "&="  { TOK(AMPEREQUAL); }
      "|="  { TOK(VBAREQUAL); }
      "^="  { TOK(CIRCUMFLEXEQUAL); }
      "<<=" { TOK(LEFTSHIFTEQUAL); }
      ">>=" { TOK(RIGHTSHIFTEQUAL); }
      "**=" { TOK(DOUBLESTAREQUAL); }
      "//"  { TOK(DOUBLESLASH); }
      "//=" { TOK(DOUBLESLASHEQUAL); }
      "@"   { TOK(AT); }
      "@="  { TOK(ATEQUAL); }
      "->"  { TOK(RARROW); }
      "..." { TOK(ELLIPSIS); }
      ":="  { TOK(COLONEQUAL); }
      [\x01-\x08\x0b\x0e-\x1f\x7f] {
        char buf[64];
        std::snprintf(buf, sizeof buf, "invalid non-printable character U+%04X", *start);
        fail(buf, line_, col_of(start));
      }
      * { fail("invalid syntax", line_, col_of(start)); }
    */
#undef TOK
#undef OPEN
#undef CLOSE
  }
}

}  // namespace coil::parse
