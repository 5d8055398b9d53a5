#include "runtime/frontend.h"

#include <unistd.h>

#include <climits>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/heap.h"
#include "runtime/misc.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/traceback.h"
#include "runtime/vm.h"
#include "runtime/warnings.h"
#include "vm/disasm.h"
#include "vm/interp_support.h"

namespace coil::rt {

namespace {

std::string absolute_path(const std::string& p) {
  if (!p.empty() && p[0] == '/') return p;
  char buf[PATH_MAX];
  if (!getcwd(buf, sizeof buf)) return p;
  std::string cwd = buf;
  std::string rel = p;
  while (rel.rfind("./", 0) == 0) rel = rel.substr(2);
  return cwd + "/" + rel;
}

}  // namespace

// Exit status for an exception that ended the program (SystemExit aware).
int report_uncaught(Value exc) {
  if (exception_matches(exc, make_obj(exc_types().SystemExit))) {
    Exception* e = as<Exception>(exc);
    Value code = e->dict->get_str(intern("code"));
    if (code.is_undef()) {
      Tuple* args = as<Tuple>(e->args);
      code = args->items.empty() ? make_none() : args->items[0];
    }
    if (code.is_none()) return 0;
    if (code.is_int()) return static_cast<int>(code.i & 0xFF);
    if (code.is_bool()) return code.b;
    std::fflush(stdout);
    std::string text = str(code) + "\n";
    std::fwrite(text.data(), 1, text.size(), stderr);
    return 1;
  }
  print_exception(exc);
  return 1;
}

Module* make_main_module(const std::string& filename) {
  Module* m = new_module("__main__");
  static Object* main_module = nullptr;  // a root for the whole run
  if (!main_module) heap().permanent_objects.push_back(&main_module);
  main_module = m;
  m->dict->set_str(intern("__file__"), str_value(filename));
  m->dict->set_str(intern("__builtins__"), make_obj(vm().builtins));
  m->dict->set_str(intern("__package__"), make_none());
  m->dict->set_str(intern("__doc__"), make_none());
  vm().modules->set_str(intern("__main__"), make_obj(m));
  return m;
}

int run_source(const std::string& source, const std::string& filename, const std::vector<std::string>& argv) {
  VM& m = vm();
  m.argv = argv;
  int status = 0;
  try {
    import_name(intern("sys"), make_none(), new_dict());
    Module* main = make_main_module(filename);
    if (filename == "<string>" || filename == "<stdin>") main->dict->remove(str_value("__file__"));
    vm::Code* code = compile_source(source, filename);
    run_code(code, main->dict);
  } catch (PyError& e) {
    status = report_uncaught(e.exc);
  }
  run_exit_hooks();
  report_unawaited_at_exit();
  std::fflush(stdout);
  std::fflush(stderr);
  return status;
}

int run_file(const std::string& path, const std::vector<std::string>& argv) {
  std::string abs = absolute_path(path);
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "coil: can't open file '%s': [Errno 2] No such file or directory\n", abs.c_str());
    return 2;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  vm().main_path = abs;
  return run_source(ss.str(), abs, argv);
}

int disassemble_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "coil: can't open file '%s'\n", path.c_str());
    return 2;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  try {
    vm::Code* code = compile_source(ss.str(), absolute_path(path));
    std::string text = vm::disassemble(code, true);
    std::fwrite(text.data(), 1, text.size(), stdout);
  } catch (PyError& e) {
    print_exception(e.exc);
    return 1;
  }
  return 0;
}

}  // namespace coil::rt
