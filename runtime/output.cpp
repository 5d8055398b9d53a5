#include "runtime/output.h"

#include <stdio_ext.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "runtime/exception.h"

namespace coil::rt {

namespace {

constexpr size_t kBufferSize = 8192;

// After a failed write: forget the buffered text and the error state, then
// raise OSError for the error.
[[noreturn]] void write_failed() {
  int err = errno ? errno : EIO;
  __fpurge(stdout);
  clearerr(stdout);
  raise_os_error(err);
}

}  // namespace

void init_output() {
  // glibc ignores the size unless it is given the buffer too.
  static char buffer[kBufferSize];
  if (!isatty(STDOUT_FILENO)) setvbuf(stdout, buffer, _IOFBF, sizeof buffer);
}

void stdout_write(std::string_view text) {
  errno = 0;
  if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size() || std::ferror(stdout)) write_failed();
}

void stdout_flush() {
  errno = 0;
  if (std::fflush(stdout) != 0) write_failed();
}

void stdout_flush_quietly() {
  if (std::fflush(stdout) != 0) {
    __fpurge(stdout);
    clearerr(stdout);
  }
}

int stdout_finish(int status) {
  errno = 0;
  if (std::fflush(stdout) == 0) return status;
  int err = errno ? errno : EIO;
  __fpurge(stdout);
  clearerr(stdout);
  const char* type = err == EPIPE ? "BrokenPipeError" : "OSError";
  std::fprintf(stderr,
               "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n"
               "%s: [Errno %d] %s\n",
               type, err, std::strerror(err));
  std::fflush(stderr);
  return 120;
}

}  // namespace coil::rt
