// posix.environ, putenv and unsetenv (CPython's convertenviron, os_putenv,
// os_unsetenv). environ is a dict of bytes to bytes, copied from the
// process's environment when the module is made; os.py wraps it as
// os.environ (str) and os.environb, and its __setitem__/__delitem__ call
// putenv/unsetenv, which change the process's environment (what child
// processes get) but not this dict.
#include <cstdlib>
#include <cstring>

#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/heap.h"
#include "runtime/misc.h"
#include "runtime/objects/bytes.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "stdlib/posix.h"

extern char** environ;

namespace coil::rt::posix {

namespace {

// An argument read by PyUnicode_FSConverter: str (encoded), bytes, or
// os.PathLike; no NUL inside.
std::string fs_converter(Value v) {
  Value p = fspath(v);
  std::string s = is_str(p) ? fs_encode(p) : as<Bytes>(p)->data;
  if (std::memchr(s.data(), 0, s.size())) raise(exc_types().ValueError, "embedded null byte");
  return s;
}

// putenv(name, value, /)
Value p_putenv(Args& a) {
  positional(a, "putenv", 2, 2);
  std::string name = fs_converter(a.v[0]);
  std::string value = fs_converter(a.v[1]);
  if (name.find('=') != std::string::npos) raise(exc_types().ValueError, "illegal environment variable name");
  if (setenv(name.c_str(), value.c_str(), 1) != 0) raise_errno(errno);
  return make_none();
}

// unsetenv(name, /)
Value p_unsetenv(Args& a) {
  std::string name = fs_converter(one_arg(a, "unsetenv"));
  if (unsetenv(name.c_str()) != 0) raise_errno(errno);
  return make_none();
}

// The environment as a dict of bytes; an entry without '=' is left out,
// and of two entries for one name the first wins.
Value environ_dict() {
  Dict* d = new_dict();
  Rooted keep(make_obj(d));
  for (char** e = environ; e && *e; ++e) {
    const char* eq = std::strchr(*e, '=');
    if (!eq) continue;
    Rooted key(bytes_value(std::string(*e, static_cast<size_t>(eq - *e))));
    if (!d->get(key.get()).is_undef()) continue;
    d->set(key.get(), bytes_value(std::string(eq + 1)));
  }
  return keep.get();
}

}  // namespace

void add_environ(Module* m) {
  m->dict->set_str(intern("environ"), environ_dict());
  add_function(m, "putenv", p_putenv);
  add_function(m, "unsetenv", p_unsetenv);
}

}  // namespace coil::rt::posix
