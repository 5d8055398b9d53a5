#include "runtime/warnings.h"

#include <cstdio>
#include <string>
#include <vector>

#include "runtime/frame.h"
#include "runtime/future.h"
#include "runtime/heap.h"
#include "runtime/output.h"
#include "runtime/source_cache.h"
#include "runtime/str.h"
#include "runtime/vm.h"
#include "runtime/weakref.h"

namespace coil::rt {

namespace {
// How many coroutines were created and neither started nor freed yet. The
// coroutines themselves are found by walking the heap when needed (exit).
int64_t g_unstarted = 0;
std::vector<std::string>& pending() {
  static std::vector<std::string> p;
  return p;
}

std::string strip(const std::string& s) {
  size_t a = s.find_first_not_of(" \t");
  if (a == std::string::npos) return "";
  size_t b = s.find_last_not_of(" \t\r\n");
  return s.substr(a, b - a + 1);
}
}  // namespace

void coroutine_created(Generator*) { ++g_unstarted; }
void coroutine_started(Generator*) { --g_unstarted; }

void coroutine_freed_unstarted(Generator* g) {
  --g_unstarted;
  pending().push_back(g->qualname->s);
}

bool have_unstarted_coroutines() { return g_unstarted > 0; }

void flush_coroutine_warnings() {
  if (pending().empty()) return;
  std::vector<std::string> names;
  names.swap(pending());
  stdout_flush_quietly();
  Frame* f = vm().frame;
  for (const std::string& n : names) {
    std::string text;
    if (f) {
      std::string file = f->code->filename->s;
      int line = f->current_line();
      text = file + ":" + std::to_string(line) + ": RuntimeWarning: coroutine '" + n + "' was never awaited\n";
      std::string src = strip(source_line(file, line));
      if (!src.empty()) text += "  " + src + "\n";
      text += "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n";
    } else {
      text = "sys:1: RuntimeWarning: coroutine '" + n + "' was never awaited\n";
    }
    std::fwrite(text.data(), 1, text.size(), stderr);
  }
  std::fflush(stderr);
}

void check_unawaited_coroutines() {
  heap().collect();
  after_collection();
}

void after_collection() {
  flush_coroutine_warnings();
  report_finalized_tasks();
  run_weakref_callbacks();
}

void report_unawaited_at_exit() {
  // What is garbage now would have been freed at shutdown.
  heap().collect();
  after_collection();
  std::vector<Generator*> left;
  if (g_unstarted > 0) {
    heap().for_each_object([&](Object* o) {
      if (o->kind == Kind::Generator && o->type == types().coroutine && !static_cast<Generator*>(o)->started)
        left.push_back(static_cast<Generator*>(o));
    });
  }
  g_unstarted = 0;
  if (left.empty()) return;
  stdout_flush_quietly();
  for (Generator* g : left) {
    std::string text = "sys:1: RuntimeWarning: coroutine '" + g->qualname->s + "' was never awaited\n";
    std::fwrite(text.data(), 1, text.size(), stderr);
  }
  std::fflush(stderr);
}

}  // namespace coil::rt
