// Drives coil's interactive session through a pseudo-terminal (forkpty) and
// checks what it prints. One scenario per run:
//
//   repl_test COIL SCENARIO
//
// Scenarios: async_def_await, background_task, exception_then_work, history,
// ctrl_c_await, ctrl_c_prompt, asyncio_run_refused, exit_status, piped_stdin,
// syntax_warning, match_statement.
// Exits 0 on success; on failure prints what was expected and the transcript.
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>

namespace {

std::string g_coil;

double now() {
  using namespace std::chrono;
  return duration<double>(steady_clock::now().time_since_epoch()).count();
}

std::string printable(const std::string& s) {
  std::string r;
  for (unsigned char c : s) {
    if (c == '\n' || (c >= 32 && c < 127)) r += static_cast<char>(c);
    else if (c == '\r') continue;
    else if (c == 27) r += "<ESC>";
    else {
      char b[8];
      std::snprintf(b, sizeof b, "<%02x>", c);
      r += b;
    }
  }
  return r;
}

[[noreturn]] void fail(const std::string& why, const std::string& transcript) {
  std::fprintf(stderr, "FAIL: %s\n---- transcript ----\n%s\n--------------------\n", why.c_str(),
               printable(transcript).c_str());
  std::exit(1);
}

struct Session {
  pid_t pid = -1;
  int fd = -1;
  std::string out;
  size_t mark = 0;  // expectations search from here

  explicit Session(const std::string& home) {
    struct winsize ws{};
    ws.ws_row = 40;
    ws.ws_col = 200;
    pid = forkpty(&fd, nullptr, nullptr, &ws);
    if (pid < 0) {
      std::perror("forkpty");
      std::exit(2);
    }
    if (pid == 0) {
      setenv("HOME", home.c_str(), 1);
      setenv("TERM", "xterm", 1);
      execl(g_coil.c_str(), g_coil.c_str(), static_cast<char*>(nullptr));
      std::perror("exec coil");
      _exit(127);
    }
  }
  ~Session() {
    if (pid > 0) {
      kill(pid, SIGKILL);
      waitpid(pid, nullptr, 0);
    }
    if (fd >= 0) close(fd);
  }

  // Reads for up to `seconds`: bytes read, 0 on timeout, -1 at EOF.
  ssize_t pump(double seconds) {
    pollfd p{fd, POLLIN, 0};
    if (poll(&p, 1, static_cast<int>(seconds * 1000)) <= 0) return 0;
    char buf[4096];
    ssize_t n = read(fd, buf, sizeof buf);
    if (n <= 0) return -1;
    out.append(buf, static_cast<size_t>(n));
    return n;
  }

  // Waits until `needle` appears after the mark; moves the mark past it.
  void expect(const std::string& needle, double timeout = 10) {
    double end = now() + timeout;
    for (;;) {
      size_t at = out.find(needle, mark);
      if (at != std::string::npos) {
        mark = at + needle.size();
        return;
      }
      double left = end - now();
      if (left <= 0) fail("expected \"" + needle + "\"", out);
      if (pump(std::min(left, 0.2)) < 0 && out.find(needle, mark) == std::string::npos)
        fail("expected \"" + needle + "\" (coil ended)", out);
    }
  }

  // Keeps reading for `seconds`.
  void settle(double seconds) {
    double end = now() + seconds;
    while (now() < end) pump(end - now());
  }

  void send(const std::string& s) {
    size_t done = 0;
    while (done < s.size()) {
      ssize_t n = write(fd, s.data() + done, s.size() - done);
      if (n <= 0) fail("write to the terminal failed", out);
      done += static_cast<size_t>(n);
    }
  }

  // Types `text` and Enter now.
  void type(const std::string& text) { send(text + "\r"); }

  // Waits for a prompt, then types `line` and Enter.
  void line(const std::string& text, const char* prompt = nullptr) {
    if (prompt) expect(prompt);
    else {
      double end = now() + 10;
      for (;;) {
        size_t a = out.find(">>> ", mark), b = out.find("... ", mark);
        size_t at = std::min(a, b);
        if (at != std::string::npos) {
          mark = at + 4;
          break;
        }
        if (now() > end) fail("expected a prompt", out);
        pump(0.1);
      }
    }
    send(text + "\r");
  }

  int wait_exit(double timeout = 10) {
    double end = now() + timeout;
    for (;;) {
      if (pump(0.05) < 0) break;  // the terminal closed
      if (now() > end) fail("coil did not exit", out);
    }
    int st;
    waitpid(pid, &st, 0);
    pid = -1;
    return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
  }
};

std::string make_home() {
  char tmpl[] = "/tmp/coil-repl-test-XXXXXX";
  char* d = mkdtemp(tmpl);
  if (!d) {
    std::perror("mkdtemp");
    std::exit(2);
  }
  return d;
}

void remove_home(const std::string& home) {
  std::string hist = home + "/.coil_history";
  unlink(hist.c_str());
  rmdir(home.c_str());
}

void quit(Session& s) {
  s.line("exit()");
  int st = s.wait_exit();
  if (st != 0) fail("exit() gave status " + std::to_string(st), s.out);
}

// ---------------------------------------------------------------- scenarios

void async_def_await(const std::string& home) {
  Session s(home);
  s.expect("coil 0.1.0");
  s.line("import asyncio");
  s.line("async def double(x):", ">>> ");
  s.line("    await asyncio.sleep(0.05)", "... ");
  s.line("    return x * 2", "... ");
  s.line("", "... ");
  s.line("await double(21)", ">>> ");
  s.expect("\n42");
  s.line("results = await asyncio.gather(double(1), double(2), double(3))");
  s.line("results");
  s.expect("[2, 4, 6]");
  s.line("_");
  s.expect("[2, 4, 6]");
  quit(s);
}

// A compiler warning shows as CPython's REPL shows it, before the result.
void syntax_warning(const std::string& home) {
  Session s(home);
  s.line("x = 5");
  s.line("x is 5");
  s.expect("<stdin>:1: SyntaxWarning: \"is\" with a literal. Did you mean \"==\"?");
  s.expect("True");
  quit(s);
}

// A match statement waits for its blank line like any compound statement;
// `match` and `case` typed as names are names.
void match_statement(const std::string& home) {
  Session s(home);
  s.line("match = [1, 2]");
  s.line("match match:", ">>> ");
  s.line("    case [1, case]:", "... ");
  s.line("        print('case is', case)", "... ");
  s.line("    case _: print('other')", "... ");
  s.line("", "... ");
  s.expect("case is 2");
  s.line("match", ">>> ");
  s.expect("[1, 2]");
  s.line("match 5:", ">>> ");
  s.line("    case x:", "... ");
  s.line("", "... ");
  s.expect("IndentationError: expected an indented block after 'case' statement on line 2");
  quit(s);
}

void background_task(const std::string& home) {
  Session s(home);
  s.line("import asyncio");
  s.line("async def ticker():");
  s.line("    for i in range(2):");
  s.line("        await asyncio.sleep(0.3 + i)");
  s.line("        print('tick', i)");
  s.line("");
  s.line("t = asyncio.create_task(ticker())");
  s.expect(">>> ");
  // Nothing is typed: the task's output must still come, then a new prompt.
  s.expect("tick 0", 5);
  s.expect(">>> ", 5);
  s.type("print('between')");
  s.expect("between");
  s.expect("tick 1", 5);
  s.expect(">>> ", 5);
  s.type("t.done()");
  s.expect("True");
  quit(s);
}

void exception_then_work(const std::string& home) {
  Session s(home);
  s.line("def f(): return 1 / 0");
  s.line("");
  s.line("f()");
  s.expect("Traceback (most recent call last):");
  s.expect("File \"<stdin>\", line 1, in f");
  s.expect("ZeroDivisionError: division by zero");
  s.line("x = = 1");
  s.expect("SyntaxError: invalid syntax");
  s.line("print(6 * 7)");
  s.expect("42");
  s.line("import asyncio");
  s.line("async def bad(): raise ValueError('nope')");
  s.line("");
  s.line("await bad()");
  s.expect("ValueError: nope");
  s.line("await asyncio.sleep(0.01)");
  s.line("'still here'");
  s.expect("'still here'");
  quit(s);
}

void history(const std::string& home) {
  {
    Session s(home);
    s.line("print('hist' + 'ory')");
    s.expect("history");
    quit(s);
  }
  std::ifstream in(home + "/.coil_history");
  std::stringstream ss;
  ss << in.rdbuf();
  if (ss.str().find("print('hist'") == std::string::npos) fail("no ~/.coil_history entry", ss.str());
  {
    Session s(home);
    s.expect(">>> ");
    // Up twice: exit() then the print line of the first session.
    s.send("\x1b[A");
    s.expect("exit()");
    s.send("\x1b[A");
    s.expect("print('hist' + 'ory')");
    s.send("\r");
    s.expect("history");
    quit(s);
  }
}

void ctrl_c_await(const std::string& home) {
  Session s(home);
  s.line("import asyncio");
  s.line("await asyncio.sleep(10)");
  s.settle(0.5);
  double t0 = now();
  s.send("\x03");
  s.expect("KeyboardInterrupt", 5);
  s.expect(">>> ", 5);
  double took = now() - t0;
  if (took > 1.0) fail("Ctrl-C took " + std::to_string(took) + " s to return to the prompt", s.out);
  // The loop and the session are intact.
  s.type("await asyncio.sleep(0.01)");
  s.line("print('alive')");
  s.expect("alive");
  // A long computation is interrupted too.
  s.line("while True: pass");
  s.line("", "... ");
  s.settle(0.3);
  t0 = now();
  s.send("\x03");
  s.expect("KeyboardInterrupt", 5);
  s.expect(">>> ", 5);
  if (now() - t0 > 1.0) fail("Ctrl-C in a loop was slow", s.out);
  s.type("print('alive again')");
  s.expect("alive again");
  quit(s);
}

void ctrl_c_prompt(const std::string& home) {
  Session s(home);
  s.expect(">>> ");
  s.send("half a line");
  s.expect("half a line");
  s.send("\x03");
  s.expect("KeyboardInterrupt");
  s.line("print('fresh')");
  s.expect("fresh");
  quit(s);
}

void asyncio_run_refused(const std::string& home) {
  Session s(home);
  s.line("import asyncio");
  s.line("async def main(): return 1");
  s.line("");
  s.line("asyncio.run(main())");
  s.expect("RuntimeError: asyncio.run() cannot be called from a running event loop");
  s.line("await main()");
  s.expect("\n1");
  quit(s);
}

void exit_status(const std::string& home) {
  {
    Session s(home);
    s.expect(">>> ");
    s.send("\x04");  // Ctrl-D
    int st = s.wait_exit();
    if (st != 0) fail("Ctrl-D gave status " + std::to_string(st), s.out);
  }
  {
    Session s(home);
    s.line("quit()");
    int st = s.wait_exit();
    if (st != 0) fail("quit() gave status " + std::to_string(st), s.out);
  }
  {
    Session s(home);
    s.line("raise SystemExit(3)");
    int st = s.wait_exit();
    if (st != 3) fail("SystemExit(3) gave status " + std::to_string(st), s.out);
  }
}

// Without a terminal coil reads the whole program from stdin: no prompts.
void piped_stdin(const std::string&) {
  int in[2], out[2];
  if (pipe(in) || pipe(out)) std::exit(2);
  pid_t pid = fork();
  if (pid == 0) {
    dup2(in[0], 0);
    dup2(out[1], 1);
    dup2(out[1], 2);
    close(in[1]);
    close(out[0]);
    execl(g_coil.c_str(), g_coil.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  close(in[0]);
  close(out[1]);
  const char* prog = "x = 6 * 7\nx\nprint(x)\n";
  if (write(in[1], prog, std::strlen(prog)) < 0) std::exit(2);
  close(in[1]);
  std::string got;
  char buf[4096];
  ssize_t n;
  while ((n = read(out[0], buf, sizeof buf)) > 0) got.append(buf, static_cast<size_t>(n));
  int st;
  waitpid(pid, &st, 0);
  if (got != "42\n" || !WIFEXITED(st) || WEXITSTATUS(st) != 0) fail("piped stdin printed something else", got);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: repl_test COIL SCENARIO\n");
    return 2;
  }
  g_coil = argv[1];
  std::string sc = argv[2];
  signal(SIGPIPE, SIG_IGN);
  std::string home = make_home();
  if (sc == "async_def_await") async_def_await(home);
  else if (sc == "background_task") background_task(home);
  else if (sc == "exception_then_work") exception_then_work(home);
  else if (sc == "history") history(home);
  else if (sc == "ctrl_c_await") ctrl_c_await(home);
  else if (sc == "ctrl_c_prompt") ctrl_c_prompt(home);
  else if (sc == "asyncio_run_refused") asyncio_run_refused(home);
  else if (sc == "exit_status") exit_status(home);
  else if (sc == "piped_stdin") piped_stdin(home);
  else if (sc == "syntax_warning") syntax_warning(home);
  else if (sc == "match_statement") match_statement(home);
  else {
    std::fprintf(stderr, "unknown scenario %s\n", sc.c_str());
    return 2;
  }
  remove_home(home);
  std::printf("ok %s\n", sc.c_str());
  return 0;
}
