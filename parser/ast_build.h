// Helpers called by the grammar actions (parser/grammar.yy): node
// construction, target-context conversion and the checks that CPython's
// grammar performs with dedicated error rules.
#pragma once
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "parser/ast.h"
#include "parser/parse.h"

namespace coil::parse {

class Lexer;

// Thrown by helpers and the lexer; caught by parse_module/parse_expression.
struct SyntaxErrorException {
  SyntaxError err;
  bool tokenizer = false;  // raised by the lexer (not by the parser)
};

// State shared by the parser actions, the lexer adapter and error reporting.
struct ParseCtx {
  explicit ParseCtx(ast::Arena& a) : arena(a) {}
  ast::Arena& arena;
  Lexer* lexer = nullptr;
  std::string filename;
  std::string_view source;
  int line_offset = 0, col_offset = 0;  // for f-string fields
  int fstring_depth = 0;                // nesting of f-string replacement fields
  ast::Module* module = nullptr;
  ast::Expr* expr = nullptr;
  std::unordered_set<const void*> star_handlers;  // handlers written `except*`
};

// parse_expression with the f-string nesting depth (parse.cpp).
ast::Expr* parse_expression_impl(std::string_view source, const std::string& filename, ast::Arena& arena,
                                 SyntaxError* err, int line_offset, int col_offset, int fstring_depth);

// One STRING token (prefix and quotes included) with its location.
struct StrTok {
  std::string text;
  ast::Loc loc;
};

// The inside of (...) / [...] / {...}: items, or one item and comprehensions.
struct Tlc {
  std::vector<ast::Expr*> elts;
  std::vector<ast::Comprehension*> gens;
  bool trailing_comma = false;
};

// One call argument, as written; validated by mk_call.
struct ArgItem {
  enum Kind { Pos, Gen, Kw, Star, StarStar, Comma } kind = Pos;
  ast::Expr* value = nullptr;
  ast::Expr* kwname = nullptr;  // the expression left of '=' for Kw
  ast::Loc loc;
  ast::Loc kwloc;
};

// One parameter item, as written; validated by build_arguments.
struct ParamItem {
  enum Kind { Plain, Slash, Star, StarStar, Comma } kind = Plain;
  ast::Arg* arg = nullptr;   // null for '/', bare '*' and the trailing comma
  ast::Expr* dflt = nullptr;
  ast::Loc loc;
};

struct DictItem {
  ast::Expr* key = nullptr;  // null for **mapping
  ast::Expr* value = nullptr;
};

// One key: pattern item of a mapping pattern.
struct MappingItem {
  ast::Expr* key = nullptr;
  ast::Pattern* pattern = nullptr;
};

// One argument of a class pattern, as written: positional when kw is empty.
struct ClassArg {
  ast::Pattern* pattern = nullptr;
  std::string kw;
  ast::Loc loc;
};

[[noreturn]] void raise_error(ParseCtx& ctx, const std::string& msg, const ast::Loc& loc,
                              const char* type = "SyntaxError", bool incomplete = false);
ast::Loc end_loc(const ast::Loc& loc);  // zero-width location at loc's end

// ---------------------------------------------------------------- statements
ast::Module* mk_module(ParseCtx& ctx, const ast::Loc& loc, ast::Body body);
void append_body(ast::Body& to, const ast::Body& from);
template <class T>
ast::Stmt* mk_simple(ParseCtx& ctx, const ast::Loc& loc) {
  auto* s = ctx.arena.make<T>();
  s->loc = loc;
  return s;
}
ast::Stmt* mk_expr_stmt(ParseCtx& ctx, const ast::Loc& loc, ast::Expr* e);
ast::Stmt* mk_assign(ParseCtx& ctx, const ast::Loc& loc, std::vector<ast::Expr*> chain);
ast::Stmt* mk_augassign(ParseCtx& ctx, const ast::Loc& loc, ast::Expr* target,
                        const ast::Loc& target_loc, int op, ast::Expr* value);
ast::Stmt* mk_annassign(ParseCtx& ctx, const ast::Loc& loc, ast::Expr* target,
                        const ast::Loc& target_loc, ast::Expr* ann, ast::Expr* value);
ast::Stmt* mk_delete(ParseCtx& ctx, const ast::Loc& loc, ast::Expr* targets, const ast::Loc& tloc);
ast::Stmt* mk_return(ParseCtx& ctx, const ast::Loc& loc, ast::Expr* value);
ast::Stmt* mk_raise(ParseCtx& ctx, const ast::Loc& loc, ast::Expr* exc, ast::Expr* cause);
ast::Stmt* mk_global(ParseCtx& ctx, const ast::Loc& loc, std::vector<std::string> names, bool nonlocal);
ast::Stmt* mk_assert(ParseCtx& ctx, const ast::Loc& loc, ast::Expr* test, ast::Expr* msg);
ast::Stmt* mk_import(ParseCtx& ctx, const ast::Loc& loc, std::vector<ast::Alias*> names);
ast::Stmt* mk_import_from(ParseCtx& ctx, const ast::Loc& loc, int level, const std::string& module,
                          std::vector<ast::Alias*> names);
ast::Alias* mk_alias(ParseCtx& ctx, const ast::Loc& loc, const std::string& name, const std::string& asname);
ast::Stmt* mk_if(ParseCtx& ctx, const ast::Loc& loc, ast::Expr* test, ast::Body body, ast::Body orelse);
ast::Stmt* mk_while(ParseCtx& ctx, const ast::Loc& loc, ast::Expr* test, ast::Body body, ast::Body orelse);
ast::Stmt* mk_for(ParseCtx& ctx, const ast::Loc& loc, ast::Expr* target, const ast::Loc& tloc,
                  ast::Expr* iter, ast::Body body, ast::Body orelse);
ast::Stmt* mk_try(ParseCtx& ctx, const ast::Loc& loc, ast::Body body, std::vector<ast::ExceptHandler*> handlers,
                  ast::Body orelse, ast::Body finalbody);
ast::ExceptHandler* mk_handler(ParseCtx& ctx, const ast::Loc& loc, bool star, ast::Expr* type,
                               const std::string& name, ast::Body body);
ast::Stmt* mk_with(ParseCtx& ctx, const ast::Loc& loc, std::vector<ast::WithItem*> items, ast::Body body);
ast::WithItem* mk_withitem(ParseCtx& ctx, const ast::Loc& loc, ast::Expr* e, ast::Expr* vars,
                           const ast::Loc& vars_loc);
ast::Stmt* mk_funcdef(ParseCtx& ctx, const ast::Loc& loc, const std::string& name,
                      std::vector<ParamItem> params, ast::Expr* returns, ast::Body body);
ast::Stmt* mk_classdef(ParseCtx& ctx, const ast::Loc& loc, const std::string& name,
                       std::vector<ArgItem> args, ast::Body body);
ast::Stmt* mk_decorated(ParseCtx& ctx, const ast::Loc& loc, std::vector<ast::Expr*> decorators, ast::Stmt* def);
ast::Stmt* mk_async(ParseCtx& ctx, const ast::Loc& loc, ast::Stmt* s);
ParamItem mk_param(ParseCtx& ctx, const ast::Loc& loc, ParamItem::Kind kind, const std::string& name,
                   ast::Expr* annotation, ast::Expr* dflt);
ast::Arguments* build_arguments(ParseCtx& ctx, std::vector<ParamItem> items, const ast::Loc& loc);

// ------------------------------------------------------------ match statement
ast::Stmt* mk_match(ParseCtx& ctx, const ast::Loc& loc, ast::Expr* subject, std::vector<ast::MatchCase*> cases);
ast::MatchCase* mk_match_case(ParseCtx& ctx, const ast::Loc& loc, ast::Pattern* pattern, ast::Expr* guard,
                              ast::Body body);
// None/True/False become MatchSingleton, other literals MatchValue.
ast::Pattern* mk_literal_pattern(ParseCtx& ctx, const ast::Loc& loc, ast::Expr* literal);
// real +/- imag in a pattern: checks that each side is the right kind of number.
ast::Expr* mk_complex_literal(ParseCtx& ctx, const ast::Loc& loc, ast::Expr* real, ast::BinOpKind op,
                              ast::Expr* imag);
ast::Pattern* mk_match_value(ParseCtx& ctx, const ast::Loc& loc, ast::Expr* value);
// A bare name: a capture pattern, or the wildcard for `_`.
ast::Pattern* mk_capture(ParseCtx& ctx, const ast::Loc& loc, const std::string& name);
ast::Pattern* mk_match_star(ParseCtx& ctx, const ast::Loc& loc, const std::string& name);
ast::Pattern* mk_match_as(ParseCtx& ctx, const ast::Loc& loc, ast::Pattern* pattern, const std::string& name,
                          const ast::Loc& name_loc);
ast::Pattern* mk_match_or(ParseCtx& ctx, const ast::Loc& loc, std::vector<ast::Pattern*> alternatives);
ast::Pattern* mk_match_sequence(ParseCtx& ctx, const ast::Loc& loc, std::vector<ast::Pattern*> patterns);
// rest.text is the **rest name, empty when there is none.
ast::Pattern* mk_match_mapping(ParseCtx& ctx, const ast::Loc& loc, std::vector<MappingItem> items,
                               const StrTok& rest);
ast::Pattern* mk_match_class(ParseCtx& ctx, const ast::Loc& loc, ast::Expr* cls, std::vector<ClassArg> args);

// --------------------------------------------------------------- expressions
ast::Expr* mk_name(ParseCtx& ctx, const ast::Loc& loc, const std::string& id);
ast::Expr* mk_number(ParseCtx& ctx, const ast::Loc& loc, const std::string& text);
ast::Expr* mk_const(ParseCtx& ctx, const ast::Loc& loc, ast::ConstKind kind);
ast::Expr* mk_strings(ParseCtx& ctx, const ast::Loc& loc, std::vector<StrTok> toks);
ast::Expr* mk_tuple(ParseCtx& ctx, const ast::Loc& loc, std::vector<ast::Expr*> elts, bool parenthesized);
ast::Expr* mk_paren(ParseCtx& ctx, const ast::Loc& loc, Tlc tlc);
ast::Expr* mk_list(ParseCtx& ctx, const ast::Loc& loc, Tlc tlc);
ast::Expr* mk_set(ParseCtx& ctx, const ast::Loc& loc, Tlc tlc);
ast::Expr* mk_dict(ParseCtx& ctx, const ast::Loc& loc, std::vector<DictItem> items);
ast::Expr* mk_dictcomp(ParseCtx& ctx, const ast::Loc& loc, ast::Expr* k, ast::Expr* v,
                       std::vector<ast::Comprehension*> gens);
ast::Expr* mk_genexp(ParseCtx& ctx, const ast::Loc& loc, ast::Expr* elt, std::vector<ast::Comprehension*> gens);
ast::Comprehension* mk_comprehension(ParseCtx& ctx, const ast::Loc& loc, ast::Expr* target,
                                     const ast::Loc& tloc, ast::Expr* iter, bool is_async);
ast::Expr* relocate(ast::Expr* e, const ast::Loc& loc);
ast::Expr* mk_starred(ParseCtx& ctx, const ast::Loc& loc, ast::Expr* value);
ast::Expr* mk_yield(ParseCtx& ctx, const ast::Loc& loc, ast::Expr* value);
ast::Expr* mk_yield_from(ParseCtx& ctx, const ast::Loc& loc, ast::Expr* value);
ast::Expr* mk_named(ParseCtx& ctx, const ast::Loc& loc, ast::Expr* target, const ast::Loc& tloc, ast::Expr* value);
ast::Expr* mk_ifexp(ParseCtx& ctx, const ast::Loc& loc, ast::Expr* test, ast::Expr* body, ast::Expr* orelse);
ast::Expr* mk_lambda(ParseCtx& ctx, const ast::Loc& loc, ast::Arguments* args, ast::Expr* body);
ast::Expr* mk_boolop(ParseCtx& ctx, const ast::Loc& loc, ast::BoolOpKind op, ast::Expr* a, ast::Expr* b);
ast::Expr* boolop_append(ast::Expr* boolop, const ast::Loc& loc, ast::Expr* v);
ast::Expr* mk_unary(ParseCtx& ctx, const ast::Loc& loc, ast::UnaryOpKind op, ast::Expr* operand);
ast::Expr* mk_compare(ParseCtx& ctx, const ast::Loc& loc, ast::Expr* left, int op, ast::Expr* right);
ast::Expr* compare_append(ast::Expr* cmp, const ast::Loc& loc, int op, ast::Expr* right);
ast::Expr* mk_binop(ParseCtx& ctx, const ast::Loc& loc, ast::Expr* l, ast::BinOpKind op, ast::Expr* r);
ast::Expr* mk_await(ParseCtx& ctx, const ast::Loc& loc, ast::Expr* value);
ast::Expr* mk_attribute(ParseCtx& ctx, const ast::Loc& loc, ast::Expr* value, const std::string& attr);
ast::Expr* mk_call(ParseCtx& ctx, const ast::Loc& loc, ast::Expr* func, std::vector<ArgItem> args);
ast::Expr* mk_subscript(ParseCtx& ctx, const ast::Loc& loc, ast::Expr* value, ast::Expr* slice);
ast::Expr* mk_slice(ParseCtx& ctx, const ast::Loc& loc, ast::Expr* lo, ast::Expr* hi, ast::Expr* step);

// Converts a parsed expression to Store/Del context, raising CPython's
// "cannot assign to ..." / "cannot delete ..." errors for invalid targets.
void set_context(ParseCtx& ctx, ast::Expr* e, ast::Ctx c);

// CPython's name for an expression in error messages ("function call", ...).
const char* expr_description(const ast::Expr* e);

// strings.cpp: decodes adjacent string literal tokens into a Constant or
// JoinedStr.
ast::Expr* build_string(ParseCtx& ctx, const ast::Loc& loc, const std::vector<StrTok>& toks);

}  // namespace coil::parse
