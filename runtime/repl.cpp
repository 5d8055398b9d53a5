// The interactive session. See runtime/repl.h.
//
// Shape:
//   - One EventLoop lives for the whole session and is the running loop, so
//     asyncio.create_task works at the prompt and asyncio.run() refuses to
//     start a second loop, as in CPython.
//   - While a prompt is shown the REPL turns the loop (run_once) and the
//     loop's idle wait (g_idle_waiter) polls fd 0 with the time left to the
//     next timer. When fd 0 is readable it feeds libedit's callback
//     interface (rl_callback_read_char); a finished line stops the turning.
//     Background tasks therefore keep running between prompts.
//   - A complete statement is compiled with top-level await allowed; if its
//     code is a coroutine it runs as a Task on the same loop, else directly.
//   - stdout/stderr are replaced by streams that first erase the prompt line
//     when something is printed while the prompt is shown; the prompt and
//     the partly typed line are drawn again after the loop iteration.
//   - SIGINT: at the prompt it discards the line; while code runs it marks
//     SIGINT pending (runtime/signals.h), and the dispatch loop runs its
//     handler, default_int_handler (KeyboardInterrupt), at its next safe point; while the statement's task waits, the REPL throws
//     KeyboardInterrupt into it. A self-pipe wakes the idle wait.
#include "runtime/repl.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pwd.h>
#include <signal.h>
#include <stdio.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include <editline/readline.h>

#include "parser/parse.h"
#include "runtime/clock.h"
#include "runtime/dict.h"
#include "runtime/event_loop.h"
#include "runtime/exception.h"
#include "runtime/frontend.h"
#include "runtime/function.h"
#include "runtime/future.h"
#include "runtime/heap.h"
#include "runtime/list.h"
#include "runtime/misc.h"
#include "runtime/ops.h"
#include "runtime/output.h"
#include "runtime/source_cache.h"
#include "runtime/str.h"
#include "runtime/signals.h"
#include "runtime/traceback.h"
#include "runtime/vm.h"
#include "runtime/warnings.h"
#include "vm/compiler.h"
#include "vm/interp_support.h"

namespace coil::rt {

namespace {

const char* kFilename = "<stdin>";

// ------------------------------------------------------------- signals

enum Mode : int { kIdle = 0, kInput = 1, kBusy = 2 };
volatile sig_atomic_t g_mode = kIdle;
// A Ctrl-C the input wait has not handled yet.
volatile sig_atomic_t g_idle_int = 0;
int g_sig_pipe[2] = {-1, -1};

void on_sigint(int) {
  int saved = errno;
  // At the prompt the first Ctrl-C only discards the line; a second one before
  // the prompt saw the first also stops a busy background task.
  if (g_mode != kInput || g_idle_int) note_signal(SIGINT);
  g_idle_int = 1;
  char c = 0;
  ssize_t r = write(g_sig_pipe[1], &c, 1);
  (void)r;
  errno = saved;
}

void drain_sig_pipe() {
  char buf[64];
  while (read(g_sig_pipe[0], buf, sizeof buf) > 0) {
  }
}

// ------------------------------------------------------ terminal output

bool g_prompt_visible = false;  // libedit shows a prompt and a partial line
bool g_need_redisplay = false;  // output erased the prompt line
FILE* g_term_out = nullptr;     // the original stdout: libedit draws there

void hide_prompt() {
  g_prompt_visible = false;
  g_need_redisplay = true;
  std::fflush(g_term_out);
  static const char kErase[] = "\r\x1b[K";
  ssize_t r = write(STDOUT_FILENO, kErase, sizeof kErase - 1);
  (void)r;
}

ssize_t term_write(void* cookie, const char* buf, size_t n) {
  int fd = static_cast<int>(reinterpret_cast<intptr_t>(cookie));
  if (g_prompt_visible) hide_prompt();
  size_t done = 0;
  while (done < n) {
    ssize_t w = write(fd, buf + done, n - done);
    if (w < 0) {
      if (errno == EINTR) continue;
      return done ? static_cast<ssize_t>(done) : -1;
    }
    done += static_cast<size_t>(w);
  }
  return static_cast<ssize_t>(n);
}

void install_term_streams() {
  g_term_out = stdout;
  cookie_io_functions_t io{nullptr, term_write, nullptr, nullptr};
  FILE* out = fopencookie(reinterpret_cast<void*>(intptr_t{STDOUT_FILENO}), "w", io);
  FILE* err = fopencookie(reinterpret_cast<void*>(intptr_t{STDERR_FILENO}), "w", io);
  if (!out || !err) return;
  std::fflush(stdout);
  std::fflush(stderr);
  setvbuf(out, nullptr, _IOLBF, BUFSIZ);
  setvbuf(err, nullptr, _IONBF, 0);
  stdout = out;
  stderr = err;
}

// Writes straight to the terminal (no prompt hiding).
void term_puts(const char* s) {
  std::fflush(stdout);
  std::fflush(stderr);
  std::fputs(s, g_term_out);
  std::fflush(g_term_out);
}

// -------------------------------------------------------------- input

bool g_line_ready = false;
bool g_eof = false;
bool g_input_interrupt = false;  // Ctrl-C at the prompt
bool g_busy_interrupt = false;   // Ctrl-C while the statement's task waits
bool g_handler_installed = false;
std::string g_line;

void on_line(char* line) {
  if (!line) {
    g_eof = true;
  } else {
    g_line = line;
    g_line_ready = true;
    std::free(line);
  }
  g_prompt_visible = false;
}

void install_prompt(const char* prompt) {
  g_line_ready = false;
  g_mode = kInput;
  rl_callback_handler_install(prompt, on_line);
  g_handler_installed = true;
  g_prompt_visible = true;
  g_need_redisplay = false;
}

void remove_prompt() {
  if (g_handler_installed) rl_callback_handler_remove();
  g_handler_installed = false;
  g_prompt_visible = false;
  g_mode = kIdle;
}

void redisplay() {
  g_need_redisplay = false;
  if (!g_handler_installed || g_line_ready || g_eof) return;
  std::fflush(stdout);
  std::fflush(stderr);
  g_prompt_visible = true;
  rl_forced_update_display();
}

// The loop's idle wait: the time left to the next timer, watching SIGINT and,
// at the prompt, stdin.
bool idle_wait(double timeout) {
  bool input = g_mode == kInput;
  if (!input && timeout < 0) return false;  // nothing can happen: deadlock
  if (!input && clock_is_virtual()) {
    clock_sleep(timeout);
    return true;
  }
  double deadline = timeout < 0 ? 0 : clock_monotonic() + timeout;
  for (;;) {
    pollfd fds[2];
    int nfds = 0;
    fds[nfds++] = {g_sig_pipe[0], POLLIN, 0};
    bool want_stdin = input && g_handler_installed && !g_line_ready && !g_eof && !g_input_interrupt;
    if (want_stdin) fds[nfds++] = {STDIN_FILENO, POLLIN, 0};
    int ms = -1;
    if (timeout >= 0) {
      double left = deadline - clock_monotonic();
      ms = left <= 0 ? 0 : static_cast<int>(std::ceil(left * 1000));
    }
    int n = poll(fds, static_cast<nfds_t>(nfds), ms);
    if (n < 0 && errno != EINTR) return true;
    if (n <= 0 && errno != EINTR && ms >= 0) return true;  // timed out
    if (fds[0].revents & POLLIN || (n < 0 && errno == EINTR)) {
      drain_sig_pipe();
      if (input) {
        if (g_idle_int) {
          g_idle_int = 0;
          take_signal(SIGINT);
          g_input_interrupt = true;
          return true;
        }
      } else if (take_signal(SIGINT)) {
        g_idle_int = 0;
        g_busy_interrupt = true;
        return true;
      }
    }
    if (nfds > 1 && (fds[1].revents & (POLLIN | POLLHUP | POLLERR))) {
      if (fds[1].revents & POLLIN) {
        rl_callback_read_char();
      } else {
        g_eof = true;
      }
      if (g_line_ready || g_eof) return true;
    }
    if (timeout >= 0 && clock_monotonic() >= deadline) return true;
  }
}

// --------------------------------------------------------- completion

Dict* g_globals = nullptr;

bool is_ident_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || (c & 0x80); }

const char* const kKeywords[] = {"False",  "None",   "True",    "and",      "as",       "assert", "async",
                                 "await",  "break",  "class",   "continue", "def",      "del",    "elif",
                                 "else",   "except", "finally", "for",      "from",     "global", "if",
                                 "import", "in",     "is",      "lambda",   "nonlocal", "not",    "or",
                                 "pass",   "raise",  "return",  "try",      "while",    "with",   "yield"};

void add_dict_names(Dict* d, const std::string& prefix, std::vector<std::string>& out, bool callable_paren) {
  for (const DictEntry& e : d->entries) {
    if (e.key.is_undef() || !is_str(e.key)) continue;
    const std::string& name = as_str(e.key)->s;
    if (name.compare(0, prefix.size(), prefix) != 0) continue;
    if (prefix.empty() && name[0] == '_') continue;
    out.push_back(callable_paren && is_callable(e.value) ? name + "(" : name);
  }
}

std::vector<std::string> completions(const std::string& text) {
  std::vector<std::string> out;
  if (text.empty()) return {"\t"};  // TAB on an empty word indents
  size_t dot = text.rfind('.');
  if (dot == std::string::npos) {
    for (const char* k : kKeywords)
      if (std::strncmp(k, text.c_str(), text.size()) == 0) out.emplace_back(k);
    add_dict_names(g_globals, text, out, true);
    add_dict_names(vm().builtins, text, out, true);
  } else {
    // obj.attr: resolve a dotted name (no calls except attribute lookups).
    std::string base = text.substr(0, dot), attr = text.substr(dot + 1);
    std::vector<std::string> parts;
    size_t start = 0;
    for (;;) {
      size_t e = base.find('.', start);
      parts.push_back(base.substr(start, e == std::string::npos ? std::string::npos : e - start));
      if (e == std::string::npos) break;
      start = e + 1;
    }
    for (const std::string& p : parts) {
      if (p.empty() || std::isdigit(static_cast<unsigned char>(p[0])) ||
          !std::all_of(p.begin(), p.end(), is_ident_char))
        return out;
    }
    Value obj = g_globals->get_str(intern(parts[0]));
    if (obj.is_undef()) obj = vm().builtins->get_str(intern(parts[0]));
    if (obj.is_undef()) return out;
    Rooted cur(obj);
    for (size_t i = 1; i < parts.size(); ++i) {
      Value v = getattr_opt(cur.get(), intern(parts[i]));
      if (v.is_undef()) return out;
      cur.set(v);
    }
    Value dir = vm().builtins->get_str(intern("dir"));
    if (dir.is_undef()) return out;
    Rooted names(call1(dir, cur.get()));
    if (!(names.get().is_obj() && names.get().o->kind == Kind::List)) return out;
    std::vector<std::string> seen;
    for (Value n : as<List>(names.get())->items) {
      if (!is_str(n)) continue;
      const std::string& s = as_str(n)->s;
      if (s.compare(0, attr.size(), attr) != 0) continue;
      // As rlcompleter: private names only when asked for.
      if (attr.empty() && s[0] == '_') continue;
      if (attr == "_" && s.rfind("__", 0) == 0) continue;
      out.push_back(base + "." + s);
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<std::string> g_matches;
size_t g_match_index = 0;

char* completion_entry(const char* text, int state) {
  if (state == 0) {
    g_match_index = 0;
    g_matches.clear();
    try {
      g_matches = completions(text);
    } catch (PyError&) {
      g_matches.clear();
    }
  }
  if (g_match_index < g_matches.size()) return strdup(g_matches[g_match_index++].c_str());
  return nullptr;
}

char** attempted_completion(const char* text, int, int) {
  rl_attempted_completion_over = 1;  // never fall back to file names
  return rl_completion_matches(text, completion_entry);
}

// ------------------------------------------------------------ history

std::string g_history_path;

std::string history_path() {
  const char* home = std::getenv("HOME");
  std::string dir = home && *home ? home : "";
  if (dir.empty()) {
    if (passwd* pw = getpwuid(getuid())) dir = pw->pw_dir ? pw->pw_dir : "";
  }
  if (dir.empty()) return "";
  return dir + "/.coil_history";
}

void remember_line(const std::string& line) {
  if (line.find_first_not_of(" \t") == std::string::npos) return;
  add_history(line.c_str());
  if (!g_history_path.empty()) write_history(g_history_path.c_str());
}

// ---------------------------------------------------------- compiling

Exception* make_syntax_error(const std::string& type, const std::string& msg, int line, int col, int end_line,
                             int end_col, const std::string& text) {
  ExceptionTypes& x = exc_types();
  TypeObject* t = type == "IndentationError" ? x.IndentationError : type == "TabError" ? x.TabError : x.SyntaxError;
  Exception* e = new_exception(t, msg);
  Rooted keep(make_obj(e));
  Value details = make_obj(new_tuple({str_value(kFilename), make_int(line), make_int(col + 1), str_value(text),
                                      make_int(end_line), make_int(end_col + 1)}));
  e->args = make_obj(new_tuple({str_value(msg), details}));
  e->dict->set_str(intern("msg"), str_value(msg));
  e->dict->set_str(intern("filename"), str_value(kFilename));
  e->dict->set_str(intern("lineno"), make_int(line));
  e->dict->set_str(intern("offset"), make_int(col + 1));
  e->dict->set_str(intern("text"), str_value(text));
  e->dict->set_str(intern("end_lineno"), make_int(end_line));
  e->dict->set_str(intern("end_offset"), make_int(end_col + 1));
  return e;
}

struct Attempt {
  enum Kind { Run, More, Error, Nothing } kind;
  vm::Code* code;
  Value exc;
  Attempt(Kind k, vm::Code* c = nullptr, Value e = Value()) : kind(k), code(c), exc(e) {}
};

bool is_compound(const ast::Stmt* s) {
  switch (s->kind) {
    case ast::StmtKind::FunctionDef:
    case ast::StmtKind::ClassDef:
    case ast::StmtKind::For:
    case ast::StmtKind::While:
    case ast::StmtKind::If:
    case ast::StmtKind::With:
    case ast::StmtKind::Try:
    case ast::StmtKind::TryStar:
    case ast::StmtKind::Match: return true;
    default: return false;
  }
}

// Decides what the lines typed so far are, as CPython's interactive console:
// a statement to run, an unfinished one (ask for a "... " line), or an
// error. A compound statement ends only at a blank line (`final`).
Attempt try_compile(const std::vector<std::string>& lines, bool final) {
  std::string src;
  for (const std::string& l : lines) src += l + "\n";
  int nlines = static_cast<int>(lines.size());
  auto line_text = [&](int n) { return n >= 1 && n <= nlines ? lines[n - 1] : std::string(); };
  ast::Arena arena;
  parse::SyntaxError err;
  ast::Module* mod = parse::parse_module(src, kFilename, arena, &err);
  if (!mod) {
    if (err.incomplete) {
      // A header still waiting for its block is an error once a blank line
      // ends the input; open brackets and strings go on.
      if (!final || err.msg.rfind("expected an indented block", 0) != 0) return {Attempt::More};
    } else if (!final && (nlines > 1 || lines[0].rfind('@', 0) == 0)) {
      // Inside a block (or after a decorator) an error at the end of the
      // input may be fixed by the next lines (`try:` waiting for `except`).
      std::string last = lines.back();
      while (!last.empty() && std::isspace(static_cast<unsigned char>(last.back()))) last.pop_back();
      if (err.line > nlines || (err.line == nlines && err.col >= static_cast<int>(last.size())))
        return {Attempt::More};
    }
    Exception* e = make_syntax_error(err.type, err.msg, err.line, err.col, err.end_line ? err.end_line : err.line,
                                     err.end_col, err.text);
    return {Attempt::Error, nullptr, make_obj(e)};
  }
  if (mod->body.empty()) return {final ? Attempt::Nothing : Attempt::More};
  // A compound statement must be ended by a blank line before the next one.
  for (size_t i = 1; i < mod->body.size(); ++i) {
    const ast::Stmt* prev = mod->body[i - 1];
    const ast::Stmt* s = mod->body[i];
    if (is_compound(prev) && s->loc.line > prev->loc.line) {
      std::string text = line_text(s->loc.line);
      int end = s->loc.col;  // the caret spans the first token, as CPython's
      while (end < static_cast<int>(text.size()) && is_ident_char(text[end])) ++end;
      Exception* e = make_syntax_error("SyntaxError", "invalid syntax", s->loc.line, s->loc.col, s->loc.line,
                                       std::max(end, s->loc.col + 1), text);
      return {Attempt::Error, nullptr, make_obj(e)};
    }
  }
  if (!final && is_compound(mod->body.back())) return {Attempt::More};
  vm::CompileOptions opts;
  opts.filename = kFilename;
  opts.interactive = true;
  opts.allow_top_level_await = true;
  remember_source(kFilename, src);
  Attempt a{Attempt::Run};
  std::vector<vm::CompileWarning> warnings;
  opts.warnings = &warnings;
  try {
    a.code = vm::compile_module(mod, opts);
    // As CPython's REPL shows them: no source line for <stdin>.
    for (const vm::CompileWarning& w : warnings) {
      std::string text = std::string(kFilename) + ":" + std::to_string(w.line) + ": " + w.category + ": " + w.message + "\n";
      stdout_flush_quietly();
      std::fwrite(text.data(), 1, text.size(), stderr);
    }
  } catch (vm::CompileError& ce) {
    int line = ce.loc.line;
    Exception* e = make_syntax_error("SyntaxError", ce.msg, line, ce.loc.col,
                                     ce.loc.end_line ? ce.loc.end_line : line,
                                     ce.loc.end_col ? ce.loc.end_col : ce.loc.col + 1, line_text(line));
    a = {Attempt::Error, nullptr, make_obj(e)};
  } catch (...) {  // MemoryError while compiling
    a = {Attempt::Error, nullptr, exception_from_cpp()};
  }
  // CPython's REPL shows no source lines for <stdin> in tracebacks (each
  // statement restarts at line 1).
  remember_source(kFilename, "");
  return a;
}

// ---------------------------------------------------------- running

struct Session {
  EventLoop* loop = nullptr;
  Module* main = nullptr;
  bool exiting = false;
  int status = 0;
};

// Prints an exception that reached the prompt; SystemExit ends the session.
void report(Session& s, Value exc) {
  Rooted keep(exc);  // printing may run script code (__str__)
  if (exception_matches(exc, make_obj(exc_types().SystemExit))) {
    s.exiting = true;
    s.status = report_uncaught(exc);
    return;
  }
  print_exception(exc);
  std::fflush(stderr);
}

// Ctrl-C while the statement's task is parked on a future: raise
// KeyboardInterrupt where it awaits (its try/finally blocks run).
void interrupt_task(EventLoop* loop, Task* t) {
  if (t->done()) return;
  if (Future* w = t->fut_waiter) {
    auto& cbs = w->callbacks;
    cbs.erase(std::remove_if(cbs.begin(), cbs.end(),
                             [&](const FutureCallback& c) { return c.kind == ReadyKind::TaskWakeup && c.obj == t; }),
              cbs.end());
    // Sleeps, gathers and plain futures are the statement's own; an awaited
    // Task is left running (it may be shared with other code).
    if (w->type != task_type()) w->cancel(make_none());
    t->fut_waiter = nullptr;
  }
  auto& rq = loop->ready;
  rq.erase(std::remove_if(rq.begin(), rq.end(),
                          [&](const ReadyEntry& e) {
                            return e.obj == t && (e.kind == ReadyKind::TaskStep || e.kind == ReadyKind::TaskWakeup);
                          }),
           rq.end());
  Rooted exc(make_obj(new_exception_args(exc_types().KeyboardInterrupt, {})));
  t->step(exc.get());  // rethrows KeyboardInterrupt unless the code catches it
}

void execute(Session& s, vm::Code* code) {
  g_mode = kBusy;
  Value r;
  try {
    r = run_code(code, s.main->dict);
  } catch (...) {  // MemoryError and friends too: the session goes on
    g_mode = kIdle;
    report(s, exception_from_cpp());
    return;
  }
  if (!(code->flags & vm::CO_COROUTINE)) {
    g_mode = kIdle;
    return;
  }
  Rooted coro(r);
  Task* t = nullptr;
  try {
    t = new_task(s.loop, r, make_none());
  } catch (...) {  // MemoryError and friends too: the session goes on
    g_mode = kIdle;
    report(s, exception_from_cpp());
    return;
  }
  Rooted keep(make_obj(t));
  g_busy_interrupt = false;
  try {
    while (!t->done()) {
      if (g_busy_interrupt) {
        g_busy_interrupt = false;
        interrupt_task(s.loop, t);
        continue;
      }
      s.loop->run_once();
    }
  } catch (...) {
    g_mode = kIdle;
    g_busy_interrupt = false;
    Rooted exc(exception_from_cpp());
    if (t->done()) {
      t->log_traceback = false;
    } else {
      // Something else stopped the loop (Ctrl-C in another task, an error in
      // a callback): the statement is abandoned.
      t->cancel(make_none());
    }
    report(s, exc.get());
    return;
  }
  g_mode = kIdle;
  try {
    t->get_result();
  } catch (...) {
    t->log_traceback = false;
    report(s, exception_from_cpp());
  }
}

void setup_readline() {
  rl_catch_signals = 0;
  rl_catch_sigwinch = 1;
  rl_instream = stdin;
  rl_outstream = g_term_out;
  rl_readline_name = const_cast<char*>("coil");
  rl_attempted_completion_function = attempted_completion;
  rl_completion_entry_function = completion_entry;
  static char breaks[] = " \t\n`~!@#$%^&*()-=+[{]}\\|;:'\",<>/?";
  rl_completer_word_break_characters = breaks;
  rl_basic_word_break_characters = breaks;
  rl_completion_append_character = '\0';
  rl_initialize();
  using_history();
  g_history_path = history_path();
  if (!g_history_path.empty() && read_history(g_history_path.c_str()) == 0) {
    // Entries loaded by read_history are not all reachable with the arrow
    // keys in libedit's callback mode; adding them again makes them so.
    std::vector<std::string> old;
    for (int i = 0; i < history_length; ++i)
      if (HIST_ENTRY* h = history_get(history_base + i)) old.emplace_back(h->line);
    clear_history();
    size_t first = old.size() > 1000 ? old.size() - 1000 : 0;
    for (size_t i = first; i < old.size(); ++i) add_history(old[i].c_str());
  }
}

}  // namespace

int run_repl(const std::vector<std::string>& argv) {
  VM& m = vm();
  m.argv = argv;
  m.interactive = true;
  install_term_streams();
  Session s;
  try {
    import_name(intern("sys"), make_none(), new_dict());
    s.main = make_main_module(kFilename);
    s.main->dict->remove(str_value("__file__"));
  } catch (PyError& e) {
    return report_uncaught(e.exc);
  }
  g_globals = s.main->dict;
  s.loop = new_event_loop();
  static Object* loop_root = nullptr;
  heap().permanent_objects.push_back(&loop_root);
  loop_root = s.loop;
  s.loop->running = true;
  set_running_loop(s.loop);

  if (pipe2(g_sig_pipe, O_NONBLOCK | O_CLOEXEC) != 0) g_sig_pipe[0] = g_sig_pipe[1] = -1;
  struct sigaction sa;
  std::memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_sigint;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = 0;  // no SA_RESTART: poll() returns EINTR
  struct sigaction old_sa;
  sigaction(SIGINT, &sa, &old_sa);
  sigset_t unblock;
  sigemptyset(&unblock);
  sigaddset(&unblock, SIGINT);
  pthread_sigmask(SIG_UNBLOCK, &unblock, nullptr);
  g_idle_waiter = idle_wait;

  setup_readline();
  std::fprintf(stderr,
               "coil 0.1.0 (Python 3.11 subset) on linux\n"
               "Top-level await works; asyncio tasks keep running between prompts. exit() or Ctrl-D leaves.\n");
  std::fflush(stderr);

  std::vector<std::string> buf;
  while (!s.exiting) {
    // A Ctrl-C the last statement did not see is spent.
    drain_sig_pipe();
    g_idle_int = 0;
    if (take_signal(SIGINT)) term_puts("\nKeyboardInterrupt\n");
    g_input_interrupt = false;
    install_prompt(buf.empty() ? ">>> " : "... ");
    while (!g_line_ready && !g_eof && !g_input_interrupt && !s.exiting) {
      try {
        s.loop->run_once();
      } catch (...) {
        Rooted exc(exception_from_cpp());
        if (g_prompt_visible) hide_prompt();
        report(s, exc.get());
      }
      if (g_need_redisplay) redisplay();
    }
    bool got_line = g_line_ready;
    remove_prompt();
    if (s.exiting) break;
    if (g_input_interrupt) {
      g_input_interrupt = false;
      rl_replace_line("", 0);
      term_puts("\nKeyboardInterrupt\n");
      buf.clear();
      continue;
    }
    if (!got_line) {  // Ctrl-D
      term_puts("\n");
      break;
    }
    std::string line = g_line;
    g_line_ready = false;
    remember_line(line);
    bool blank = line.find_first_not_of(" \t\f\r") == std::string::npos;
    if (buf.empty() && blank) continue;
    buf.push_back(line);
    Attempt a = try_compile(buf, blank);
    if (a.kind == Attempt::More) continue;
    buf.clear();
    if (a.kind == Attempt::Error) {
      report(s, a.exc);
    } else if (a.kind == Attempt::Run) {
      Function* holder = heap().make<Function>(a.code, s.main->dict);  // keeps the code alive
      Rooted keep(make_obj(holder));
      execute(s, a.code);
    }
  }
  remove_prompt();
  if (!g_history_path.empty()) write_history(g_history_path.c_str());
  g_idle_waiter = nullptr;
  sigaction(SIGINT, &old_sa, nullptr);
  s.loop->running = false;
  set_running_loop(nullptr);
  run_exit_hooks();
  std::fflush(stdout);
  std::fflush(stderr);
  return s.status;
}

}  // namespace coil::rt
