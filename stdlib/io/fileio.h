// _io.FileIO: raw binary I/O on a file descriptor (CPython's
// Modules/_io/fileio.c), with plain POSIX calls that retry on EINTR.
#pragma once
#include <string_view>

#include "stdlib/io/iobase.h"

namespace coil::rt::io {

struct FileIO : IOObject {
  int fd = -1;  // -1 once closed (or before __init__)
  bool created = false, readable = false, writable = false, appending = false;
  int8_t seekable = -1;  // -1: not known yet
  bool closefd = true;
  // st_blksize when fstat gave one larger than 1, else 0.
  int64_t blksize = 0;
  explicit FileIO(TypeObject* t) : IOObject(t) {}
  // The collector frees a FileIO that nobody closed: its descriptor is
  // closed then (CPython closes it when the object dies).
  ~FileIO() override;
};

// Whether v is a FileIO of the exact built-in type, whose methods the
// buffered classes may call directly.
bool is_exact_fileio(Value v);

// The raw operations, shared with the buffered classes' fast paths. They
// raise as FileIO's methods do ("I/O operation on closed file", "File not
// open for reading", OSError). read_into returns -2 when the descriptor is
// non-blocking and has nothing (EAGAIN), else the count.
int64_t fileio_read_into(FileIO* f, char* out, int64_t len);
int64_t fileio_write(FileIO* f, std::string_view data);
int64_t fileio_seek(FileIO* f, int64_t pos, int whence);

void init_fileio_type();

}  // namespace coil::rt::io
