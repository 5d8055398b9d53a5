// The interpreter's global state and the entry points that run code.
//
// There is one VM per process (coil is single-threaded). Natives reach it
// through vm().
#pragma once
#include <string>
#include <vector>

#include "runtime/frame.h"
#include "runtime/object.h"

namespace coil::rt {

struct Dict;
struct Tuple;
struct Function;
struct Module;

struct VM {
  // The innermost frame of the running chain (null when nothing runs). Each
  // frame's `back` leads to the one below, down through native re-entries.
  Frame* frame = nullptr;

  // Bump-allocated storage for frames of plain calls.
  char* fstack_base = nullptr;
  char* fstack_top = nullptr;
  char* fstack_end = nullptr;

  int depth = 0;               // frames in the running chain
  int recursion_limit = 1000;  // sys.setrecursionlimit
  int native_depth = 0;        // nested dispatch loops (natives calling back)

  Dict* builtins = nullptr;
  Module* builtins_module = nullptr;  // `import builtins`: its dict is `builtins`
  Dict* modules = nullptr;     // sys.modules
  Value current_exc;           // the exception being handled, or Undef
  Tuple* kwnames = nullptr;    // set by KW_NAMES for the next CALL
  // Set by execute(): true if the entry frame yielded rather than returned.
  bool yielded = false;

  std::vector<std::string> argv;
  std::string main_path;       // the script file, for sys.path[0]
  bool virtual_time = false;
  bool interactive = false;

  // Fuzzing builds only (COIL_FUZZING): how many more safe points and native
  // iteration steps the current input may take. Past zero every safe point
  // raises KeyboardInterrupt, so that a runaway input ends as an exception
  // (see tests/fuzz/fuzz_run.cpp) instead of a libFuzzer timeout.
  int64_t fuzz_budget = INT64_MAX;

  // Extra root tracers (event loop, stdlib module state).
  std::vector<void (*)(Tracer&)> root_hooks;
  // Run once when the main program ends (e.g. "never awaited" warnings).
  std::vector<void (*)()> exit_hooks;
  // Run after exit_hooks (atexit's callbacks among them), as CPython
  // finalizes objects after them: the files left open are closed.
  std::vector<void (*)()> late_exit_hooks;
};

// The one VM (a plain global so the accessor inlines to an address).
extern VM g_vm;
inline VM& vm() { return g_vm; }
void init_vm();

// Counts one step against VM::fuzz_budget (fuzzing builds; nothing otherwise).
[[noreturn]] void raise_fuzz_budget_exhausted();
inline void fuzz_tick() {
#if COIL_FUZZING
  if (--g_vm.fuzz_budget < 0) raise_fuzz_budget_exhausted();
#endif
}

// Runs frames from `entry` until it returns (or yields, see VM::yielded).
// If `throw_exc` is set, it is raised at the frame's resume point first.
Value execute(Frame* entry, Value throw_exc = Value());

// Calls a script function from native code (pushes an entry frame).
Value call_function(Function* fn, Value* args, int nargs, Tuple* kwnames);

// Resumes a generator/coroutine with a sent value or a thrown exception.
// Returns the yielded or returned value; *returned tells which. Exceptions
// escaping the generator propagate as PyError.
Value gen_resume(Generator* g, Value send, Value throw_exc, bool* returned);

// Runs a module's code with the given globals. Returns None or throws.
Value run_code(vm::Code* code, Dict* globals);

// Compiles source text; throws a SyntaxError exception (a script-visible
// exception object) on failure.
vm::Code* compile_source(std::string_view source, const std::string& filename, bool interactive = false);

// What compile() asks for: its mode, and how the code will run.
enum class CompileMode { Exec, Eval, Single };
struct CompileRequest {
  CompileMode mode = CompileMode::Exec;
  bool interactive = false;       // expression statements print their value (REPL)
  bool namespace_names = false;   // module-level names through LOAD_NAME/STORE_NAME (exec with locals)
  bool top_level_await = false;   // PyCF_ALLOW_TOP_LEVEL_AWAIT
  // Keep the text for traceback source lines. Scripts and modules do;
  // compile()'s strings do not (CPython's linecache cannot find "<string>"),
  // which also keeps them from replacing a file's lines of the same name.
  bool remember = true;
};
vm::Code* compile_text(std::string_view source, const std::string& filename, const CompileRequest& req);

// Runs code with the given globals and, for module or class-body code, a
// separate locals namespace (null: the globals). closure supplies the cells
// of code's free variables. Returns what the code returns (a generator for
// generator code).
Value run_code_in(vm::Code* code, Dict* globals, Dict* locals, Tuple* closure = nullptr);

void run_exit_hooks();

// The line of the running script code, for warnings.
int current_line();

}  // namespace coil::rt
