// Entry points of the parser (parser/parse.h): runs the re2c lexer and the
// Bison parser and converts thrown errors into a SyntaxError.
#include "parser/parse.h"

#include <optional>

#include "lexer/lexer.h"
#include "parser/ast_build.h"
#include "parser/grammar.hpp"

namespace coil::parse {

Parser::symbol_type yylex(ParseCtx& ctx) {
  Tok t = ctx.lexer->next();
  using T = Parser::token;
  switch (t.kind) {
    case T::TOK_NAME:
    case T::TOK_NUMBER:
    case T::TOK_STRING:
      return Parser::symbol_type(t.kind, std::move(t.text), t.loc);
    default:
      return Parser::symbol_type(t.kind, t.loc);
  }
}

namespace {

std::string source_line(std::string_view src, int line) {
  if (line < 1) return {};
  size_t pos = 0;
  for (int l = 1; l < line; ++l) {
    size_t nl = src.find_first_of("\r\n", pos);
    if (nl == std::string_view::npos) return {};
    pos = nl + 1;
    if (src[nl] == '\r' && pos < src.size() && src[pos] == '\n') ++pos;
  }
  size_t end = src.find_first_of("\r\n", pos);
  std::string_view text = src.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
  size_t nul = text.find('\0');
  if (nul != std::string_view::npos) text = text.substr(0, nul);
  return std::string(text);
}

void finish_error(SyntaxError& e, std::string_view src, int line_offset) {
  std::string text = source_line(src, e.line - line_offset);
  if (!text.empty() || e.text.empty()) e.text = text;
}

// Runs the parser; returns false with *err filled on a syntax error.
bool run(ParseCtx& ctx, std::string_view source, bool expr_mode, SyntaxError* err) {
  std::optional<Lexer> lexer;
  try {
    lexer.emplace(ctx, source, expr_mode);
    ctx.lexer = &*lexer;
    Parser parser(ctx);
    if (parser.parse() != 0) raise_error(ctx, "invalid syntax", ast::Loc{1, 0, 1, 1});
    ctx.lexer = nullptr;
    return true;
  } catch (SyntaxErrorException& ex) {
    ctx.lexer = nullptr;
    SyntaxErrorException e = ex;
    // As CPython: a tokenizer error later in the source wins over an error
    // found by the parser.
    if (!e.tokenizer && lexer) {
      try {
        lexer->drain(false);
      } catch (SyntaxErrorException& later) {
        e = later;
      }
    }
    if (e.err.filename.empty()) e.err.filename = ctx.filename;
    e.err.tokenizer = e.tokenizer;
    if (e.err.msg.rfind("Non-UTF-8", 0) != 0) finish_error(e.err, source, ctx.line_offset);
    if (err) *err = e.err;
    return false;
  }
}

}  // namespace

ast::Module* parse_module(std::string_view source, const std::string& filename, ast::Arena& arena,
                          SyntaxError* err) {
  // Universal newlines: \r\n and a lone \r read as \n everywhere, string
  // literals included, as CPython translates source text before tokenizing.
  std::string translated;
  if (source.find('\r') != std::string_view::npos) {
    translated.reserve(source.size());
    for (size_t i = 0; i < source.size(); ++i) {
      if (source[i] != '\r') {
        translated += source[i];
      } else {
        translated += '\n';
        if (i + 1 < source.size() && source[i + 1] == '\n') ++i;
      }
    }
    source = translated;
  }
  ParseCtx ctx{arena};
  ctx.filename = filename;
  ctx.source = source;
  if (!run(ctx, source, false, err)) return nullptr;
  return ctx.module;
}

ast::Expr* parse_eval_input(std::string_view source, const std::string& filename, ast::Arena& arena,
                            SyntaxError* err) {
  ParseCtx ctx{arena};
  ctx.filename = filename;
  ctx.source = source;
  ctx.eval_input = true;
  if (!run(ctx, source, false, err)) return nullptr;
  return ctx.expr;
}

ast::Expr* parse_expression_impl(std::string_view source, const std::string& filename, ast::Arena& arena,
                                 SyntaxError* err, int line_offset, int col_offset, int fstring_depth) {
  ParseCtx ctx{arena};
  ctx.filename = filename;
  ctx.source = source;
  ctx.line_offset = line_offset;
  ctx.col_offset = col_offset;
  ctx.fstring_depth = fstring_depth;
  if (!run(ctx, source, true, err)) return nullptr;
  return ctx.expr;
}

ast::Expr* parse_expression(std::string_view source, const std::string& filename, ast::Arena& arena,
                            SyntaxError* err, int line_offset, int col_offset) {
  return parse_expression_impl(source, filename, arena, err, line_offset, col_offset, 0);
}

}  // namespace coil::parse
