// String literals: escape decoding, adjacent-literal concatenation and
// f-string splitting (CPython 3.11 semantics: replacement fields are parsed
// by calling the expression parser on the field's text).
#include <cstdio>
#include <string>
#include <vector>

#include "parser/ast_build.h"
#include "parser/unicode_names.h"

namespace coil::parse {

using namespace coil::ast;

namespace {

void put_utf8(std::string& out, unsigned long cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

int hexval(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

struct Literal {
  const StrTok* tok;
  bool raw = false, bytes = false, fstr = false;
  size_t body_begin = 0, body_end = 0;  // offsets into tok->text
};

Literal classify(const StrTok& t) {
  Literal l;
  l.tok = &t;
  size_t i = 0;
  const std::string& s = t.text;
  for (; s[i] != '\'' && s[i] != '"'; ++i) {
    char c = static_cast<char>(s[i] | 0x20);
    if (c == 'r') l.raw = true;
    if (c == 'b') l.bytes = true;
    if (c == 'f') l.fstr = true;
  }
  size_t q = (s.size() - i >= 6 && s[i + 1] == s[i] && s[i + 2] == s[i]) ? 3 : 1;
  l.body_begin = i + q;
  l.body_end = s.size() - q;
  return l;
}

// Source location of byte `off` of a token's text.
Loc pos_in(const StrTok& t, size_t off) {
  int line = t.loc.line, col = t.loc.col;
  for (size_t i = 0; i < off && i < t.text.size(); ++i) {
    if (t.text[i] == '\n' || (t.text[i] == '\r' && (i + 1 >= t.text.size() || t.text[i + 1] != '\n'))) {
      ++line;
      col = 0;
    } else {
      ++col;
    }
  }
  return Loc{line, col, line, col + 1};
}

// The offset of s[pos] in the buffer CPython's decoder reports positions
// in: before decoding escapes, the parser spells every non-ASCII character
// of the literal as \UXXXXXXXX (10 bytes) and a backslash before one as
// \u005c (decode_unicode_with_escapes).
size_t escape_offset(const std::string& s, size_t begin, size_t pos) {
  size_t off = 0;
  for (size_t k = begin; k < pos; ++k) {
    unsigned char b = static_cast<unsigned char>(s[k]);
    if (b < 0x80) off += (b == '\\' && k + 1 < s.size() && static_cast<unsigned char>(s[k + 1]) >= 0x80) ? 6 : 1;
    else if (b >= 0xC0) off += 10;  // a lead byte; continuation bytes add nothing
  }
  return off;
}

// SyntaxError "(unicode error) ..." for the escape at bytes [from, to] (to
// inclusive) of the piece of t's text that starts at `begin`.
[[noreturn]] void unicode_error(ParseCtx& ctx, const StrTok& t, size_t begin, size_t from, size_t to,
                                const char* what) {
  char buf[200];
  std::snprintf(buf, sizeof buf, "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: %s",
                escape_offset(t.text, begin, from), escape_offset(t.text, begin, to + 1) - 1, what);
  raise_error(ctx, buf, end_loc(t.loc));
}

// Decodes backslash escapes of s[begin, end) (a piece of token `t`).
std::string decode(ParseCtx& ctx, const StrTok& t, size_t begin, size_t end, bool bytes) {
  const std::string& s = t.text;
  std::string out;
  size_t i = begin;
  while (i < end) {
    char c = s[i];
    if (c != '\\') {
      out += c;
      ++i;
      continue;
    }
    size_t start = i;
    if (++i >= end) {
      out += '\\';
      break;
    }
    char e = s[i++];
    switch (e) {
      case '\n': break;
      case '\r': if (i < end && s[i] == '\n') ++i; break;
      case '\\': out += '\\'; break;
      case '\'': out += '\''; break;
      case '"': out += '"'; break;
      case 'a': out += '\a'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'v': out += '\v'; break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        unsigned v = static_cast<unsigned>(e - '0');
        for (int k = 0; k < 2 && i < end && s[i] >= '0' && s[i] <= '7'; ++k) v = v * 8 + static_cast<unsigned>(s[i++] - '0');
        if (bytes) out += static_cast<char>(v & 0xFF);
        else put_utf8(out, v);
        break;
      }
      case 'x': case 'u': case 'U': {
        if (bytes && e != 'x') {
          out += '\\';
          out += e;
          break;
        }
        int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
        unsigned long v = 0;
        for (int k = 0; k < n; ++k) {
          int h = i < end ? hexval(s[i]) : -1;
          if (h < 0) {
            const char* what = e == 'x' ? "truncated \\xXX escape"
                               : e == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
            unicode_error(ctx, t, begin, start, i - 1, what);  // up to the bad digit
          }
          v = v * 16 + static_cast<unsigned long>(h);
          ++i;
        }
        if (bytes) out += static_cast<char>(v);
        else if (v > 0x10FFFF) unicode_error(ctx, t, begin, start, i - 1, "illegal Unicode character");
        else put_utf8(out, v);
        break;
      }
      case 'N': {
        if (bytes) {  // not an escape in bytes
          out += "\\N";
          break;
        }
        // "\N{name}", as CPython's unicode-escape decoder reads it: the name
        // runs to the first '}'; an error covers the escape up to where the
        // reading stopped.
        const char* malformed = "malformed \\N character escape";
        if (i >= end || s[i] != '{') unicode_error(ctx, t, begin, start, i - 1, malformed);
        size_t name_begin = ++i;
        while (i < end && s[i] != '}') ++i;
        if (i >= end || i == name_begin) unicode_error(ctx, t, begin, start, i - 1, malformed);
        ++i;
        std::vector<uint32_t> cps;
        if (!unicode_names::lookup(std::string_view(s).substr(name_begin, i - 1 - name_begin), false, &cps))
          unicode_error(ctx, t, begin, start, i - 1, "unknown Unicode character name");
        put_utf8(out, cps[0]);
        break;
      }
      default:
        out += '\\';
        out += e;
        break;
    }
  }
  return out;
}

// Builds the values of a JoinedStr, merging adjacent constant text.
struct Parts {
  std::vector<Expr*> values;
  std::string text;  // pending constant text
  bool have_text = false;
  void add_text(const std::string& s) {
    text += s;
    have_text = true;
  }
  void flush(ParseCtx& ctx, const Loc& loc) {
    if (have_text && !text.empty()) {
      auto* c = ctx.arena.make<Constant>();
      c->loc = loc;
      c->ckind = ConstKind::Str;
      c->value = text;
      values.push_back(c);
    }
    text.clear();
    have_text = false;
  }
};

size_t parse_fstring(ParseCtx& ctx, const Literal& lit, size_t i, size_t end, int depth, bool in_spec,
                     Parts& parts, const Loc& loc);

[[noreturn]] void ferr(ParseCtx& ctx, const std::string& msg, const Loc& loc) {
  raise_error(ctx, "f-string: " + msg, end_loc(loc));
}

// Parses one replacement field; `i` is just past '{'. Returns the offset
// just past the closing '}'.
size_t parse_field(ParseCtx& ctx, const Literal& lit, size_t i, size_t end, int depth, Parts& parts,
                   const Loc& loc) {
  const std::string& s = lit.tok->text;
  if (depth >= 2) ferr(ctx, "expressions nested too deeply", loc);
  size_t j = i;
  std::vector<char> nest;
  char quote = 0;
  bool triple = false;
  for (; j < end; ++j) {
    char c = s[j];
    if (c == '\\') raise_error(ctx, "f-string expression part cannot include a backslash", loc);
    if (quote) {
      if (c == quote && (!triple || (j + 2 < end && s[j + 1] == quote && s[j + 2] == quote))) {
        if (triple) j += 2;
        quote = 0;
      }
      continue;
    }
    if (c == '\'' || c == '"') {
      quote = c;
      triple = j + 2 < end && s[j + 1] == c && s[j + 2] == c;
      if (triple) j += 2;
      continue;
    }
    if (c == '(' || c == '[' || c == '{') {
      nest.push_back(c);
      continue;
    }
    if (c == ')' || c == ']' || c == '}') {
      if (nest.empty()) {
        if (c == '}') break;
        ferr(ctx, std::string("unmatched '") + c + "'", loc);
      }
      nest.pop_back();
      continue;
    }
    if (c == '#') raise_error(ctx, "f-string expression part cannot include '#'", loc);
    if (!nest.empty()) continue;
    char n = j + 1 < end ? s[j + 1] : 0;
    if ((c == '!' || c == '=' || c == '<' || c == '>') && n == '=') {
      ++j;
      continue;
    }
    if (c == '=' || c == '!' || c == ':') break;
  }
  if (quote) ferr(ctx, "unterminated string", loc);
  if (j >= end) ferr(ctx, "expecting '}'", loc);
  std::string expr_text = s.substr(i, j - i);
  if (expr_text.find_first_not_of(" \t\r\n\f") == std::string::npos) ferr(ctx, "empty expression not allowed", loc);

  Loc at = pos_in(*lit.tok, i);
  SyntaxError err;
  Expr* value = parse_expression_impl(expr_text, ctx.filename, ctx.arena, &err, at.line - 1, at.col,
                                      ctx.fstring_depth + 1);
  if (!value) {
    if (err.msg.rfind("f-string", 0) != 0) err.msg = "f-string: " + err.msg;
    throw SyntaxErrorException{err};
  }

  char conversion = 0;
  Expr* spec = nullptr;
  bool debug = false;
  if (s[j] == '=') {
    debug = true;
    ++j;
    while (j < end && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n' || s[j] == '\r' || s[j] == '\f')) ++j;
    parts.add_text(s.substr(i, j - i));
  }
  if (j < end && s[j] == '!') {
    ++j;
    char c = j < end ? s[j] : 0;
    if (c != 'r' && c != 's' && c != 'a') ferr(ctx, "invalid conversion character: expected 's', 'r', or 'a'", loc);
    conversion = c;
    ++j;
    if (j >= end || (s[j] != ':' && s[j] != '}')) ferr(ctx, "expecting '}'", loc);
  }
  if (j < end && s[j] == ':') {
    Parts sp;
    j = parse_fstring(ctx, lit, j + 1, end, depth + 1, true, sp, loc);
    sp.flush(ctx, loc);
    auto* js = ctx.arena.make<JoinedStr>();
    js->loc = loc;
    js->values = std::move(sp.values);
    spec = js;
  }
  if (j >= end || s[j] != '}') ferr(ctx, "expecting '}'", loc);
  if (debug && !conversion && !spec) conversion = 'r';
  parts.flush(ctx, loc);
  auto* fv = ctx.arena.make<FormattedValue>();
  fv->loc = loc;
  fv->value = value;
  fv->conversion = conversion;
  fv->format_spec = spec;
  parts.values.push_back(fv);
  return j + 1;
}

// Parses f-string text s[i, end); in a format spec, stops at the '}' that
// closes the field and returns its offset.
size_t parse_fstring(ParseCtx& ctx, const Literal& lit, size_t i, size_t end, int depth, bool in_spec,
                     Parts& parts, const Loc& loc) {
  const std::string& s = lit.tok->text;
  size_t seg = i;  // start of the pending literal segment
  std::string pending;
  auto take = [&](size_t upto) {
    if (upto > seg) pending += lit.raw ? s.substr(seg, upto - seg) : decode(ctx, *lit.tok, seg, upto, false);
  };
  while (i < end) {
    char c = s[i];
    if (c == '\\' && !lit.raw) {
      if (i + 1 < end && s[i + 1] == 'N') {
        // The braces of "\N{name}" are not a replacement field; the segment's
        // decoding reads (or rejects) the escape (fstring_find_literal).
        i += 2;
        if (i < end && s[i++] == '{')
          while (i < end && s[i++] != '}') {
          }
        continue;
      }
      i += (i + 1 < end && (s[i + 1] == '{' || s[i + 1] == '}')) ? 1 : 2;
      continue;
    }
    if (c == '{') {
      if (!in_spec && i + 1 < end && s[i + 1] == '{') {
        take(i + 1);
        i += 2;
        seg = i;
        continue;
      }
      take(i);
      parts.add_text(pending);
      pending.clear();
      i = parse_field(ctx, lit, i + 1, end, depth, parts, loc);
      seg = i;
      continue;
    }
    if (c == '}') {
      if (in_spec) break;
      if (i + 1 < end && s[i + 1] == '}') {
        take(i + 1);
        i += 2;
        seg = i;
        continue;
      }
      ferr(ctx, "single '}' is not allowed", loc);
    }
    ++i;
  }
  if (i > end) i = end;
  take(i);
  if (!pending.empty()) parts.add_text(pending);
  if (in_spec && i >= end) ferr(ctx, "expecting '}'", loc);
  return i;
}

}  // namespace

Expr* build_string(ParseCtx& ctx, const Loc& loc, const std::vector<StrTok>& toks) {
  std::vector<Literal> lits;
  bool any_f = false;
  for (const StrTok& t : toks) {
    lits.push_back(classify(t));
    any_f |= lits.back().fstr;
  }
  bool bytes = lits[0].bytes;
  for (const Literal& l : lits)
    if (l.bytes != bytes) raise_error(ctx, "cannot mix bytes and nonbytes literals", end_loc(loc));

  if (bytes) {
    std::string value;
    for (const Literal& l : lits) {
      const std::string& s = l.tok->text;
      for (size_t i = l.body_begin; i < l.body_end; ++i)
        if (static_cast<unsigned char>(s[i]) >= 0x80)
          raise_error(ctx, "bytes can only contain ASCII literal characters", l.tok->loc);
      value += l.raw ? s.substr(l.body_begin, l.body_end - l.body_begin)
                     : decode(ctx, *l.tok, l.body_begin, l.body_end, true);
    }
    auto* c = ctx.arena.make<Constant>();
    c->loc = loc;
    c->ckind = ConstKind::Bytes;
    c->value = std::move(value);
    return c;
  }
  if (!any_f) {
    std::string value;
    for (const Literal& l : lits) {
      const std::string& s = l.tok->text;
      value += l.raw ? s.substr(l.body_begin, l.body_end - l.body_begin)
                     : decode(ctx, *l.tok, l.body_begin, l.body_end, false);
    }
    auto* c = ctx.arena.make<Constant>();
    c->loc = loc;
    c->ckind = ConstKind::Str;
    c->value = std::move(value);
    return c;
  }
  Parts parts;
  for (const Literal& l : lits) {
    if (!l.fstr) {
      const std::string& s = l.tok->text;
      parts.add_text(l.raw ? s.substr(l.body_begin, l.body_end - l.body_begin)
                           : decode(ctx, *l.tok, l.body_begin, l.body_end, false));
      continue;
    }
    parse_fstring(ctx, l, l.body_begin, l.body_end, 0, false, parts, loc);
  }
  parts.flush(ctx, loc);
  auto* js = ctx.arena.make<JoinedStr>();
  js->loc = loc;
  js->values = std::move(parts.values);
  return js;
}

}  // namespace coil::parse
