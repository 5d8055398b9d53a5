// `coil test`: runs each X.py under coil (or another interpreter) and
// compares with the goldens X.out / X.err / X.code (or, with --against, with
// what that interpreter prints). Children run in parallel, each in its
// script's folder with stdin from /dev/null, so tracebacks name the script by
// its path as CPython would; the folder prefix is stripped before comparing,
// as tests/make_goldens.py does for CPython's output. With --xfail FILE,
// scripts listed there (`name.py  reason`, one a line) are expected to fail:
// a failure counts as xfailed, a pass as XPASS (a failure, so the list stays
// honest).
#include <dirent.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "runtime/frontend.h"

namespace coil::rt {

namespace {

struct Result {
  std::string out, err;
  int code = 0;  // the exit status, or -N when killed by signal N (as Python's returncode)
  bool timed_out = false;
  bool too_much_output = false;
};

// A script that prints more than this (a runaway loop) is stopped and fails,
// instead of the runner holding all of its output in memory.
constexpr size_t kMaxCapture = size_t(32) << 20;

struct Case {
  std::string path;  // absolute path of X.py
  Result got, want;
  bool have_want = false;
  bool passed = false;
  std::string report;
};

bool is_dir(const std::string& p) {
  struct stat st;
  return stat(p.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

bool read_file(const std::string& p, std::string* out) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return false;
  std::stringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

std::string absolute(const std::string& p) {
  char buf[PATH_MAX];
  if (realpath(p.c_str(), buf)) return buf;
  return p;
}

void collect(const std::string& path, std::vector<std::string>& out) {
  if (!is_dir(path)) {
    if (path.size() > 3 && path.substr(path.size() - 3) == ".py") out.push_back(absolute(path));
    return;
  }
  DIR* d = opendir(path.c_str());
  if (!d) return;
  std::vector<std::string> names;
  while (dirent* e = readdir(d)) {
    std::string n = e->d_name;
    if (n == "." || n == ".." || n[0] == '_' || n[0] == '.') continue;
    names.push_back(n);
  }
  closedir(d);
  std::sort(names.begin(), names.end());
  for (const std::string& n : names) {
    std::string full = path + "/" + n;
    if (is_dir(full)) collect(full, out);
    else if (n.size() > 3 && n.substr(n.size() - 3) == ".py") out.push_back(absolute(full));
  }
}

std::string dir_of(const std::string& p) { return p.substr(0, p.rfind('/')); }
std::string base_of(const std::string& p) { return p.substr(p.rfind('/') + 1); }

void replace_all(std::string& s, const std::string& from, const std::string& to) {
  if (from.empty()) return;
  size_t pos = 0;
  while ((pos = s.find(from, pos)) != std::string::npos) {
    s.replace(pos, from.size(), to);
    pos += to.size();
  }
}

std::vector<std::string> split_lines(const std::string& s) {
  std::vector<std::string> lines;
  std::string cur;
  for (char c : s) {
    if (c == '\n') {
      lines.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) lines.push_back(cur);
  return lines;
}

// CPython 3.11's error carets: spaces, '^' and '~' (after the '|' margin
// inside exception group boxes).
bool is_caret_line(const std::string& l) {
  size_t i = 0;
  while (i < l.size() && (l[i] == ' ' || l[i] == '|')) ++i;
  bool any = false;
  for (; i < l.size(); ++i) {
    if (l[i] == '^' || l[i] == '~') any = true;
    else if (l[i] != ' ') return false;
  }
  return any;
}

std::string strip_carets(const std::string& s) {
  std::string out;
  for (const std::string& l : split_lines(s))
    if (!is_caret_line(l)) out += l + "\n";
  return out;
}

// A small line diff (LCS) in unified style, for failure reports.
std::string diff(const std::string& want, const std::string& got, const std::string& label) {
  auto a = split_lines(want), b = split_lines(got);
  size_t n = a.size(), m = b.size();
  if (n * m > 4000000) return "--- " + label + " differs (too long to diff)\n";
  std::vector<std::vector<int>> L(n + 1, std::vector<int>(m + 1, 0));
  for (size_t i = n; i-- > 0;)
    for (size_t j = m; j-- > 0;) L[i][j] = a[i] == b[j] ? L[i + 1][j + 1] + 1 : std::max(L[i + 1][j], L[i][j + 1]);
  std::string out = "--- expected " + label + "\n+++ actual " + label + "\n";
  size_t i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] == b[j]) {
      out += "  " + a[i] + "\n";
      ++i;
      ++j;
    } else if (j < m && (i == n || L[i][j + 1] >= L[i + 1][j])) {
      out += "+ " + b[j++] + "\n";
    } else {
      out += "- " + a[i++] + "\n";
    }
  }
  return out;
}

struct Child {
  pid_t pid = -1;
  int out_fd = -1, err_fd = -1;
  Result* result = nullptr;
  std::chrono::steady_clock::time_point start;
};

// The address-space limit for the scripts of a folder: the number of bytes
// in its `_rlimit_as` file, or 0 for none. tests/make_goldens.py applies the
// same limit to CPython, so a golden made under it matches.
uint64_t folder_rlimit_as(const std::string& dir) {
  std::string text;
  if (!read_file(dir + "/_rlimit_as", &text)) return 0;
  return std::strtoull(text.c_str(), nullptr, 10);
}

// In the child: applies the folder's memory limit. The sanitizers reserve
// terabytes of shadow memory and cannot run under RLIMIT_AS; there the same
// bound is ASan's largest single allocation (max_allocation_size_mb), which
// is what the limit samples exercise: one allocation too big to make.
void apply_memory_limit(uint64_t bytes) {
  if (!bytes) return;
#if COIL_SANITIZE
  std::string opts = getenv("ASAN_OPTIONS") ? getenv("ASAN_OPTIONS") : "";
  if (!opts.empty()) opts += ":";
  opts += "allocator_may_return_null=1:max_allocation_size_mb=" + std::to_string(bytes >> 20);
  setenv("ASAN_OPTIONS", opts.c_str(), 1);
#else
  rlimit rl{static_cast<rlim_t>(bytes), static_cast<rlim_t>(bytes)};
  setrlimit(RLIMIT_AS, &rl);
#endif
}

// Starts `argv` in `dir` with stdin from /dev/null.
Child spawn(const std::vector<std::string>& argv, const std::string& dir, Result* r) {
  int out_pipe[2], err_pipe[2];
  if (pipe(out_pipe) != 0 || pipe(err_pipe) != 0) {
    std::perror("pipe");
    std::exit(2);
  }
  pid_t pid = fork();
  if (pid == 0) {
    if (chdir(dir.c_str()) != 0) _exit(127);
    int devnull = open("/dev/null", O_RDONLY);
    dup2(devnull, 0);
    dup2(out_pipe[1], 1);
    dup2(err_pipe[1], 2);
    close(out_pipe[0]);
    close(err_pipe[0]);
    setenv("PYTHONHASHSEED", "0", 1);
    setenv("PYTHONDONTWRITEBYTECODE", "1", 1);
    setenv("PYTHONIOENCODING", "utf-8", 1);
    apply_memory_limit(folder_rlimit_as("."));
    // Every sample starts with the default signal dispositions and nothing
    // blocked, however the runner was started (a background job ignores
    // SIGINT; coil's own threads block signals).
    signal(SIGINT, SIG_DFL);
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, nullptr);
    std::vector<char*> cargv;
    for (const std::string& a : argv) cargv.push_back(const_cast<char*>(a.c_str()));
    cargv.push_back(nullptr);
    execvp(cargv[0], cargv.data());
    _exit(127);
  }
  close(out_pipe[1]);
  close(err_pipe[1]);
  fcntl(out_pipe[0], F_SETFL, O_NONBLOCK);
  fcntl(err_pipe[0], F_SETFL, O_NONBLOCK);
  Child c;
  c.pid = pid;
  c.out_fd = out_pipe[0];
  c.err_fd = err_pipe[0];
  c.result = r;
  c.start = std::chrono::steady_clock::now();
  return c;
}

// Runs all commands with at most `jobs` at a time.
void run_all(std::vector<std::pair<std::vector<std::string>, std::string>>& cmds, std::vector<Result*>& results,
             int jobs, double timeout_s) {
  std::vector<Child> running;
  size_t next = 0;
  while (next < cmds.size() || !running.empty()) {
    while (next < cmds.size() && static_cast<int>(running.size()) < jobs) {
      running.push_back(spawn(cmds[next].first, cmds[next].second, results[next]));
      ++next;
    }
    std::vector<pollfd> fds;
    for (Child& c : running) {
      if (c.out_fd >= 0) fds.push_back({c.out_fd, POLLIN, 0});
      if (c.err_fd >= 0) fds.push_back({c.err_fd, POLLIN, 0});
    }
    poll(fds.data(), fds.size(), 50);
    char buf[65536];
    for (size_t k = 0; k < running.size();) {
      Child& c = running[k];
      for (int* fd : {&c.out_fd, &c.err_fd}) {
        if (*fd < 0) continue;
        for (;;) {
          ssize_t n = read(*fd, buf, sizeof buf);
          if (n > 0) {
            std::string& sink = fd == &c.out_fd ? c.result->out : c.result->err;
            if (sink.size() + static_cast<size_t>(n) > kMaxCapture) {
              if (!c.result->too_much_output) kill(c.pid, SIGKILL);
              c.result->too_much_output = true;
              continue;  // drain and drop the rest
            }
            sink.append(buf, static_cast<size_t>(n));
            continue;
          }
          if (n == 0) {
            close(*fd);
            *fd = -1;
          }
          break;
        }
      }
      double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - c.start).count();
      if (elapsed > timeout_s && !c.result->timed_out) {
        kill(c.pid, SIGKILL);
        c.result->timed_out = true;
      }
      if (c.out_fd < 0 && c.err_fd < 0) {
        int status = 0;
        waitpid(c.pid, &status, 0);
        c.result->code = WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
        running.erase(running.begin() + static_cast<long>(k));
        continue;
      }
      ++k;
    }
  }
}

// With --against, the oracle's own library frames become
// `File "<stdlib>/asyncio/runners.py"`, as in the goldens (tests/make_goldens.py):
// the prefix up to `/lib/pythonX.Y/` of a path in `File "..."` is replaced.
void normalize_stdlib(std::string& s) {
  const std::string file = "File \"/";
  size_t pos = 0;
  while ((pos = s.find(file, pos)) != std::string::npos) {
    size_t start = pos + file.size() - 1, end = s.find('"', start);
    if (end == std::string::npos) break;
    size_t lib = s.find("/lib/python3.", start);
    size_t slash = lib == std::string::npos ? end : s.find('/', lib + 13);
    if (lib < end && slash < end) s.replace(start, slash + 1 - start, "<stdlib>/");
    pos = start;
  }
}

// Reads an expected-failure list: `name.py  reason` per line; blank lines and
// lines starting with '#' are skipped. Maps the script name to the reason.
bool read_xfail(const std::string& p, std::map<std::string, std::string>* out) {
  std::string text;
  if (!read_file(p, &text)) return false;
  for (const std::string& l : split_lines(text)) {
    size_t b = l.find_first_not_of(" \t");
    if (b == std::string::npos || l[b] == '#') continue;
    size_t e = l.find_first_of(" \t", b);
    std::string name = l.substr(b, e == std::string::npos ? std::string::npos : e - b);
    size_t r = e == std::string::npos ? std::string::npos : l.find_first_not_of(" \t", e);
    (*out)[name] = r == std::string::npos ? "" : l.substr(r);
  }
  return true;
}

}  // namespace

int run_tests(const std::vector<std::string>& args, const std::string& self_exe) {
  int jobs = static_cast<int>(sysconf(_SC_NPROCESSORS_ONLN));
  if (jobs < 1) jobs = 1;
  bool real_time = false;
  std::string against, xfail_file;
  double timeout = 60;
  std::vector<std::string> paths;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if ((a == "--jobs" || a == "-j") && i + 1 < args.size()) jobs = std::max(1, std::atoi(args[++i].c_str()));
    else if (a.rfind("-j", 0) == 0 && a.size() > 2) jobs = std::max(1, std::atoi(a.c_str() + 2));
    else if (a == "--real-time") real_time = true;
    else if (a == "--virtual-time") real_time = false;
    else if (a == "--against" && i + 1 < args.size()) against = args[++i];
    else if (a == "--timeout" && i + 1 < args.size()) timeout = std::atof(args[++i].c_str());
    else if (a == "--xfail" && i + 1 < args.size()) xfail_file = args[++i];
    else paths.push_back(a);
  }
  if (paths.empty()) paths.push_back(".");
  std::map<std::string, std::string> xfail;
  if (!xfail_file.empty() && !read_xfail(xfail_file, &xfail)) {
    std::fprintf(stderr, "coil test: cannot read %s\n", xfail_file.c_str());
    return 2;
  }
  std::vector<std::string> scripts;
  for (const std::string& p : paths) {
    struct stat st;
    if (stat(p.c_str(), &st) != 0) {
      std::fprintf(stderr, "coil test: %s: %s\n", p.c_str(), std::strerror(errno));
      return 2;
    }
    if (!S_ISDIR(st.st_mode) && !(p.size() > 3 && p.substr(p.size() - 3) == ".py")) {
      std::fprintf(stderr, "coil test: %s: not a .py file or a folder\n", p.c_str());
      return 2;
    }
    collect(p, scripts);
  }

  std::vector<Case> cases(scripts.size());
  std::vector<std::pair<std::vector<std::string>, std::string>> cmds;
  std::vector<Result*> results;
  for (size_t i = 0; i < scripts.size(); ++i) {
    Case& c = cases[i];
    c.path = scripts[i];
    std::vector<std::string> argv{self_exe};
    if (!real_time) argv.push_back("--virtual-time");
    argv.push_back(base_of(c.path));
    cmds.push_back({argv, dir_of(c.path)});
    results.push_back(&c.got);
    if (!against.empty()) {
      cmds.push_back({{against, base_of(c.path)}, dir_of(c.path)});
      results.push_back(&c.want);
      c.have_want = true;
    }
  }
  run_all(cmds, results, jobs, timeout);

  int passed = 0, failed = 0, xfailed = 0;
  for (Case& c : cases) {
    std::string base = c.path.substr(0, c.path.size() - 3);
    std::string prefix = dir_of(c.path) + "/";
    replace_all(c.got.out, prefix, "");
    replace_all(c.got.err, prefix, "");
    std::string want_out, want_err;
    int want_code = 0;
    if (c.have_want) {
      replace_all(c.want.out, prefix, "");
      replace_all(c.want.err, prefix, "");
      normalize_stdlib(c.want.err);
      want_out = c.want.out;
      want_err = c.want.err;
      want_code = c.want.code;
    } else {
      if (!read_file(base + ".out", &want_out)) {
        c.report = "missing golden " + base + ".out\n";
      }
      read_file(base + ".err", &want_err);
      std::string code_text;
      if (read_file(base + ".code", &code_text)) want_code = std::atoi(code_text.c_str());
    }
    std::string report = c.report;
    if (c.got.timed_out) report += "timed out after " + std::to_string(static_cast<int>(timeout)) + " s\n";
    if (c.got.too_much_output) report += "stopped: more than " + std::to_string(kMaxCapture >> 20) + " MiB of output\n";
    if (c.got.out != want_out) report += diff(want_out, c.got.out, "stdout");
    if (strip_carets(c.got.err) != strip_carets(want_err)) report += diff(strip_carets(want_err), strip_carets(c.got.err), "stderr");
    if (c.got.code != want_code)
      report += "exit status: expected " + std::to_string(want_code) + ", got " + std::to_string(c.got.code) + "\n";
    auto listed = xfail.find(base_of(c.path));
    if (listed != xfail.end()) {
      if (report.empty()) {
        ++failed;
        std::printf("XPASS %s (listed in %s: %s)\n\n", c.path.c_str(), xfail_file.c_str(), listed->second.c_str());
      } else {
        ++xfailed;
      }
    } else if (report.empty()) {
      ++passed;
    } else {
      ++failed;
      std::printf("FAIL %s\n%s\n", c.path.c_str(), report.c_str());
    }
  }
  std::printf("%d passed, %d failed", passed, failed);
  if (xfailed) std::printf(", %d xfailed", xfailed);
  std::printf("\n");
  return failed ? 1 : 0;
}

}  // namespace coil::rt
