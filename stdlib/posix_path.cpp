// The posix module's shared helpers (stdlib/posix.h): argument conventions,
// path and fd arguments, the filesystem encoding, OSError.
#include <climits>
#include <cstring>

#include "runtime/checked.h"
#include "runtime/codecs.h"
#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/heap.h"
#include "runtime/list.h"
#include "runtime/misc.h"
#include "runtime/native.h"
#include "runtime/numbers.h"
#include "runtime/objects/bytes.h"
#include "runtime/ops.h"
#include "runtime/signals.h"
#include "runtime/str.h"
#include "stdlib/posix.h"

namespace coil::rt::posix {

namespace {

const char* plural(int n) { return n == 1 ? "" : "s"; }

// PyIndex_Check: ints, bools and objects whose type has __index__.
bool has_index(Value v) {
  if (v.is_int() || v.is_bool() || kind_is(v, Kind::BigInt)) return true;
  if (v.is_obj() && (v.o->kind == Kind::Instance || v.o->has_side_attrs))
    return !cached_lookup(type_of(v), COIL_NAME("__index__")).is_undef();
  return false;
}

bool is_bytes(Value v) { return kind_is(v, Kind::Bytes); }

}  // namespace

// ---------------------------------------------------------------- arguments

void no_args(Args& a, const char* name) {
  if (a.nkw()) raisef(exc_types().TypeError, "posix.%s() takes no keyword arguments", name);
  if (a.n) raisef(exc_types().TypeError, "posix.%s() takes no arguments (%d given)", name, a.n);
}

Value one_arg(Args& a, const char* name) {
  if (a.nkw()) raisef(exc_types().TypeError, "posix.%s() takes no keyword arguments", name);
  if (a.n != 1) raisef(exc_types().TypeError, "posix.%s() takes exactly one argument (%d given)", name, a.n);
  return a.v[0];
}

void positional(Args& a, const char* name, int min, int max) {
  if (a.nkw()) raisef(exc_types().TypeError, "posix.%s() takes no keyword arguments", name);
  check_arg_count(name, a.n, min, max);
}

void exact_varargs(Args& a, const char* name, int n) {
  if (a.nkw()) raisef(exc_types().TypeError, "posix.%s() takes no keyword arguments", name);
  if (a.n != n) raisef(exc_types().TypeError, "%s() takes exactly %d argument%s (%d given)", name, n, plural(n), a.n);
}

void bind(Args& a, const char* name, std::initializer_list<const char*> params, int required, int maxpos,
          Value* out) {
  int maxargs = static_cast<int>(params.size());
  int nargs = a.n, nkw = a.nkw();
  if (nargs + nkw > maxargs)
    raisef(exc_types().TypeError, "%s() takes at most %d %sargument%s (%d given)", name, maxargs,
           nargs == 0 ? "keyword " : "", plural(maxargs), nargs + nkw);
  if (nargs > maxpos) {
    if (maxpos == 0) raisef(exc_types().TypeError, "%s() takes no positional arguments", name);
    raisef(exc_types().TypeError, "%s() takes %s %d positional argument%s (%d given)", name,
           required < maxpos ? "at most" : "exactly", maxpos, plural(maxpos), nargs);
  }
  const char* const* names = params.begin();
  // The index in kwnames of the keyword `param`, or -1.
  auto find = [&](const char* param) {
    for (int k = 0; k < nkw; ++k)
      if (as_str(a.kwnames->items[static_cast<size_t>(k)])->s == param) return k;
    return -1;
  };
  int unused = nkw;
  for (int i = 0; i < maxargs; ++i) {
    if (i < nargs) {
      out[i] = a.v[i];
      continue;
    }
    int k = nkw ? find(names[i]) : -1;
    out[i] = k >= 0 ? a.kw(k) : Value();
    if (k >= 0) {
      --unused;
    } else if (i < required) {
      raisef(exc_types().TypeError, "%s() missing required argument '%s' (pos %d)", name, names[i], i + 1);
    }
  }
  if (unused > 0) {
    for (int i = 0; i < nargs; ++i)
      if (find(names[i]) >= 0)
        raisef(exc_types().TypeError, "argument for %s() given by name ('%s') and position (%d)", name, names[i],
               i + 1);
    for (int k = 0; k < nkw; ++k) {
      const std::string& kn = as_str(a.kwnames->items[static_cast<size_t>(k)])->s;
      bool known = false;
      for (int i = 0; i < maxargs; ++i) known = known || kn == names[i];
      if (!known) raisef(exc_types().TypeError, "'%s' is an invalid keyword argument for %s()", kn.c_str(), name);
    }
  }
}

// ---------------------------------------------------------------- conversions

int int_arg(Value v) { return as_c_int(v); }

int64_t long_arg(Value v) {
  Value i = index_int(v);
  if (!i.is_int()) raise(exc_types().OverflowError, "Python int too large to convert to C long");
  return i.i;
}

bool bool_arg(Value v, bool dflt) { return v.is_undef() ? dflt : truthy(v); }

int fd_arg(Value v) {
  Value i = index_int(v);
  bool big = !i.is_int();
  bool positive = big ? compare_bool(kCmpGt, i, make_int(0)) : i.i > 0;
  if ((big && positive) || (!big && i.i > INT_MAX)) raise(exc_types().OverflowError, "fd is greater than maximum");
  if (big || i.i < INT_MIN) raise(exc_types().OverflowError, "fd is less than minimum");
  return static_cast<int>(i.i);
}

int dir_fd_arg(Value v) {
  if (v.is_undef() || v.is_none()) return AT_FDCWD;
  if (!has_index(v))
    raise(exc_types().TypeError, "argument should be integer or None, not " + type_name(v));
  return fd_arg(v);
}

int fileno_arg(Value v) {
  if (has_index(v)) {
    int fd = as_c_int(v);
    if (fd < 0) raisef(exc_types().ValueError, "file descriptor cannot be a negative integer (%d)", fd);
    return fd;
  }
  Value m = getattr_opt(v, COIL_NAME("fileno"));
  if (m.is_undef())
    raise(exc_types().TypeError, "argument must be an int, or have a fileno() method.");
  Rooted keep(m);
  Value r = call0(m);
  if (!has_index(r)) raise(exc_types().TypeError, "fileno() returned a non-integer");
  int fd = as_c_int(r);
  if (fd < 0) raisef(exc_types().ValueError, "file descriptor cannot be a negative integer (%d)", fd);
  return fd;
}

Path path_arg(Value v, const char* func, const char* arg, int flags) {
  Path p;
  bool allow_fd = flags & kAllowFd, nullable = flags & kNullable;
  if (nullable && (v.is_undef() || v.is_none())) {
    p.object = make_none();
    p.is_none = true;
    p.bytes = ".";
    return p;
  }
  const char* allowed = allow_fd && nullable ? "string, bytes, os.PathLike, integer or None"
                        : allow_fd           ? "string, bytes, os.PathLike or integer"
                        : nullable           ? "string, bytes, os.PathLike or None"
                                             : "string, bytes or os.PathLike";
  bool index = allow_fd && has_index(v);
  bool buffer = !is_bytes(v) && is_bytes_like(v);
  Value o = v;
  if (!index && !buffer && !is_str(v) && !is_bytes(v)) {
    Value method = lookup_special(v, COIL_NAME("__fspath__"));
    if (method.is_undef())
      raisef(exc_types().TypeError, "%s: %s should be %s, not %s", func, arg, allowed, type_name(v).c_str());
    Rooted keep(method);
    o = call0(method);
    if (!is_str(o) && !is_bytes(o))
      raisef(exc_types().TypeError, "expected %s.__fspath__() to return str or bytes, not %s", type_name(v).c_str(),
             type_name(o).c_str());
  }
  if (is_str(o)) {
    p.bytes = fs_encode(o);
    if (std::memchr(p.bytes.data(), 0, p.bytes.size())) raise(exc_types().ValueError, "embedded null byte");
    p.object = o;
    return p;
  }
  if (is_bytes(o)) {
    p.bytes = as<Bytes>(o)->data;
    p.is_bytes = true;
  } else if (buffer) {
    // CPython 3.11 still takes a bytes-like path (with a DeprecationWarning).
    std::string scratch;
    p.bytes = std::string(need_buffer(o, &scratch));
    p.is_bytes = true;
    o = bytes_value(p.bytes);
  } else {
    p.fd = fd_arg(o);
    p.object = o;
    return p;
  }
  if (std::memchr(p.bytes.data(), 0, p.bytes.size()))
    raisef(exc_types().ValueError, "%s: embedded null character in %s", func, arg);
  p.object = o;
  return p;
}

void check_fd_combinations(const char* func, const Path& p, int dir_fd, bool follow_symlinks) {
  if (p.is_none && dir_fd != AT_FDCWD)
    raisef(exc_types().ValueError, "%s: can't specify dir_fd without matching path", func);
  if (p.is_fd() && dir_fd != AT_FDCWD)
    raisef(exc_types().ValueError, "%s: can't specify dir_fd without matching path", func);
  // CPython's fd_and_follow_symlinks_invalid tests fd > 0: fd 0 passes.
  if (p.fd > 0 && !follow_symlinks)
    raisef(exc_types().ValueError, "%s: cannot use fd and follow_symlinks together", func);
}

Value fspath(Value v) {
  if (is_str(v) || is_bytes(v)) return v;
  Value method = lookup_special(v, COIL_NAME("__fspath__"));
  if (method.is_undef())
    raise(exc_types().TypeError, "expected str, bytes or os.PathLike object, not " + type_name(v));
  Rooted keep(method);
  Value r = call0(method);
  if (!is_str(r) && !is_bytes(r))
    raisef(exc_types().TypeError, "expected %s.__fspath__() to return str or bytes, not %s", type_name(v).c_str(),
           type_name(r).c_str());
  return r;
}

// ---------------------------------------------------------------- text

std::string fs_encode(Value str) { return encode_text(as_str(str)->s, "utf-8", "surrogateescape"); }

Value fs_decode(std::string_view bytes) { return decode_bytes(bytes, "utf-8", "surrogateescape"); }

Value fs_value(std::string_view bytes, bool as_bytes) {
  return as_bytes ? bytes_value(std::string(bytes)) : fs_decode(bytes);
}

// ---------------------------------------------------------------- errors

void raise_errno(int err) { raise_os_error(err); }

void raise_path_error(int err, const Path& p) { raise_os_error(err, p.object.is_undef() ? make_none() : p.object); }

void raise_path_error2(int err, const Path& a, const Path& b) {
  Exception* e = new_os_error(err, a.object);
  e->dict->set_str(intern("filename2"), b.object);
  raise_value(make_obj(e));
}

bool retry_after(int err) {
  if (err != EINTR) return false;
  run_pending_signals();
  return true;
}

// ---------------------------------------------------------------- the module


void add_int(Module* m, const char* name, int64_t value) { m->dict->set_str(intern(name), make_int(value)); }

}  // namespace coil::rt::posix
