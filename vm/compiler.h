// The compiler: AST -> code objects.
#pragma once
#include <string>

#include "parser/ast.h"
#include "vm/code.h"
#include "vm/symtable.h"

namespace coil::vm {

struct CompileOptions {
  std::string filename;
  bool interactive = false;  // expression statements print their value
  // REPL: top-level `await` is allowed and makes the module code a coroutine.
  bool allow_top_level_await = false;
};

// Compiles a parsed module. Throws CompileError (a SyntaxError to report).
Code* compile_module(const ast::Module* mod, const CompileOptions& opts);

}  // namespace coil::vm
