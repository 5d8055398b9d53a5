// The compiler: AST -> code objects.
#pragma once
#include <string>
#include <vector>

#include "parser/ast.h"
#include "vm/code.h"
#include "vm/symtable.h"

namespace coil::vm {

// A warning the compiler gives (CPython's compiler_warn): shown by whoever
// compiled the code, before it runs.
struct CompileWarning {
  int line;
  std::string category;  // "SyntaxWarning"
  std::string message;
};

struct CompileOptions {
  std::string filename;
  bool interactive = false;  // expression statements print their value
  // REPL: top-level `await` is allowed and makes the module code a coroutine.
  bool allow_top_level_await = false;
  // compile()/exec()/eval(): module-level names are looked up and bound
  // through the frame's namespace (LOAD_NAME / STORE_NAME), so that a
  // separate locals mapping receives them, as in CPython.
  bool module_name_ops = false;
  // compile(..., 'eval'): the module holds one expression statement whose
  // value the code returns.
  bool eval_mode = false;
  // Where warnings go; null: dropped. CPython shows every one (no
  // once-per-location registry for compiler warnings).
  std::vector<CompileWarning>* warnings = nullptr;
};

// Compiles a parsed module. Throws CompileError (a SyntaxError to report).
Code* compile_module(const ast::Module* mod, const CompileOptions& opts);

}  // namespace coil::vm
