// Scope analysis: decides for every name in every scope whether it is a
// fast local, a cell (a local captured by an inner function), a free
// variable (captured from an enclosing function), or a global.
#pragma once
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "parser/ast.h"

namespace coil::vm {

enum class ScopeKind { Module, Function, Class };

enum class NameKind { Local, Cell, Free, GlobalExplicit, GlobalImplicit };

struct CompileError {
  std::string msg;
  ast::Loc loc;
  // Nesting too deep to compile: reported as CPython's RecursionError, not
  // as a SyntaxError.
  bool recursion = false;
};

struct Scope {
  ScopeKind kind = ScopeKind::Function;
  std::string name;
  const ast::Node* node = nullptr;
  Scope* parent = nullptr;
  std::vector<Scope*> children;

  // Symbol flags collected by the first pass.
  enum : unsigned { DEF_LOCAL = 1, DEF_PARAM = 2, DEF_GLOBAL = 4, DEF_NONLOCAL = 8, USE = 16 };
  std::unordered_map<std::string, unsigned> flags;
  std::vector<std::string> order;   // first-seen order, for stable layouts
  std::vector<std::string> params;  // in declaration order (incl. *args, **kw)
  std::unordered_map<std::string, ast::Loc> nonlocal_at;  // where each was declared

  // Results of the analysis.
  std::unordered_map<std::string, NameKind> kinds;
  std::vector<std::string> cellvars, freevars;
  bool is_generator = false;
  bool is_coroutine = false;
  bool is_comprehension = false;
  // A comprehension's iteration variables, which an assignment expression
  // inside it may not rebind.
  std::set<std::string> comp_iter_vars;
  bool is_lambda = false;
  bool needs_class_cell = false;  // a class body whose methods use super()/__class__
  bool uses_super = false;

  NameKind kind_of(const std::string& n) const;
  void note(const std::string& n, unsigned f);
};

// Owns all scopes of one module. Throws CompileError for scope errors
// (nonlocal without binding, global after use, ...).
class SymbolTable {
 public:
  Scope* build(const ast::Module* mod);
  Scope* scope_for(const ast::Node* n) const;

 private:
  std::vector<std::unique_ptr<Scope>> scopes_;
  std::unordered_map<const ast::Node*, Scope*> by_node_;
  friend class ScopeBuilder;
  Scope* new_scope(ScopeKind k, const std::string& name, const ast::Node* node, Scope* parent);
};

}  // namespace coil::vm
