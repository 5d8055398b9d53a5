// The program's standard output, written as CPython's sys.stdout writes it.
//
// When stdout is not a terminal it is block-buffered in 8 KiB
// (io.DEFAULT_BUFFER_SIZE), so a write fails where CPython's would: at the
// print that fills the buffer. A failed write raises OSError for its errno
// (BrokenPipeError for a closed pipe: SIGPIPE is ignored, see signals.h) and
// drops what was buffered, as CPython's buffered writer does. At exit the
// last flush may still fail; then CPython reports "Exception ignored in:
// <_io.TextIOWrapper name='<stdout>' ...>" and exits with status 120.
#pragma once
#include <string_view>

namespace coil::rt {

// Sets up the buffering (called once at start-up).
void init_output();
// Writes to stdout; raises OSError on failure.
void stdout_write(std::string_view text);
// sys.stdout.flush(); raises OSError on failure.
void stdout_flush();
// Flushes before something goes to stderr (a traceback, a warning), so that
// the two streams interleave on a terminal; a failure only drops the text,
// as CPython ignores it there.
void stdout_flush_quietly();
// The final flush: returns `status`, or 120 after reporting a failure.
int stdout_finish(int status);

}  // namespace coil::rt
