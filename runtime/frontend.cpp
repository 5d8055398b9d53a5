#include "runtime/frontend.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>

#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/heap.h"
#include "runtime/misc.h"
#include "runtime/ops.h"
#include "runtime/output.h"
#include "runtime/signals.h"
#include "runtime/str.h"
#include "runtime/traceback.h"
#include "runtime/vm.h"
#include "runtime/warnings.h"
#include "vm/disasm.h"
#include "vm/interp_support.h"

namespace coil::rt {

namespace {

// Reads a whole source file from fd. Stops early at the first NUL byte:
// the compiler rejects such source at that point ("source code cannot
// contain null bytes"), so `coil /dev/zero` ends at once instead of reading
// forever. Returns 0, or the errno of a failed read.
int read_source_fd(int fd, std::string* out) {
  constexpr size_t kChunk = size_t(1) << 20;
  std::unique_ptr<char[]> chunk(new char[kChunk]);  // not zeroed: read() fills it
  for (;;) {
    ssize_t n = read(fd, chunk.get(), kChunk);
    if (n < 0) {
      if (errno == EINTR) continue;
      return errno;
    }
    if (n == 0) return 0;
    out->append(chunk.get(), static_cast<size_t>(n));  // std::bad_alloc past memory
    if (std::memchr(chunk.get(), '\0', static_cast<size_t>(n))) return 0;
  }
}

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
    stdout_flush_quietly();
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
  // __main__ sees the builtins module itself; other modules its dict.
  m->dict->set_str(intern("__builtins__"), make_obj(vm().builtins_module));
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
    // CPython shows no source lines for `-c` code (linecache cannot find
    // "<string>"); keeping none also leaves the name free for exec()'s code.
    CompileRequest req;
    req.remember = filename != "<string>";
    vm::Code* code = compile_text(source, filename, req);
    run_code(code, main->dict);
  } catch (...) {  // a PyError, or MemoryError while compiling
    Rooted exc(exception_from_cpp());
    if (exception_matches(exc.get(), make_obj(exc_types().KeyboardInterrupt))) note_exit_by_keyboard_interrupt();
    status = report_uncaught(exc.get());
  }
  run_exit_hooks();
  report_unawaited_at_exit();
  std::fflush(stderr);
  return status;  // main() flushes stdout last (stdout_finish)
}

int run_file(const std::string& path, const std::vector<std::string>& argv) {
  std::string abs = absolute_path(path);
  struct stat st;
  if (stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
    // A folder runs its __main__.py, as CPython does.
    std::string main = path + (path.back() == '/' ? "" : "/") + "__main__.py";
    if (access(main.c_str(), F_OK) != 0) {
      std::fprintf(stderr, "coil: can't find '__main__' module in '%s'\n", abs.c_str());
      return 1;
    }
    return run_file(main, argv);
  }
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  std::string source;
  int err = fd < 0 ? errno : 0;
  if (fd >= 0) {
    try {
      err = read_source_fd(fd, &source);
    } catch (std::bad_alloc&) {
      close(fd);
      std::fputs("MemoryError\n", stderr);
      return 1;
    }
    close(fd);
  }
  if (err) {
    std::fprintf(stderr, "coil: can't open file '%s': [Errno %d] %s\n", abs.c_str(), err, std::strerror(err));
    return 2;
  }
  vm().main_path = abs;
  return run_source(source, abs, argv);
}

int run_stdin(const std::vector<std::string>& argv) {
  std::string source;
  try {
    if (int err = read_source_fd(STDIN_FILENO, &source)) {
      std::fprintf(stderr, "coil: can't read <stdin>: [Errno %d] %s\n", err, std::strerror(err));
      return 2;
    }
  } catch (std::bad_alloc&) {
    std::fputs("MemoryError\n", stderr);
    return 1;
  }
  return run_source(source, "<stdin>", argv);
}

int disassemble_file(const std::string& path) {
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  std::string source;
  int err = fd < 0 ? errno : read_source_fd(fd, &source);
  if (fd >= 0) close(fd);
  if (err) {
    std::fprintf(stderr, "coil: can't open file '%s': [Errno %d] %s\n", path.c_str(), err, std::strerror(err));
    return 2;
  }
  try {
    vm::Code* code = compile_source(source, absolute_path(path));
    std::string text = vm::disassemble(code, true);
    std::fwrite(text.data(), 1, text.size(), stdout);
  } catch (...) {
    print_exception(exception_from_cpp());
    return 1;
  }
  return 0;
}

}  // namespace coil::rt
