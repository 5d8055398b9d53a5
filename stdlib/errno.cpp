// The errno module (CPython's Modules/errnomodule.c) for Linux: every
// symbol CPython defines there, and errorcode, the map from number to name.
#include <cerrno>

#include "runtime/dict.h"
#include "runtime/heap.h"
#include "runtime/misc.h"
#include "runtime/str.h"
#include "stdlib/modules.h"

namespace coil::rt {

namespace {

// In the order of errnomodule.c's add_errcode calls: where two names share
// a number (EAGAIN and EWOULDBLOCK, EDEADLK and EDEADLOCK, EOPNOTSUPP and
// ENOTSUP), the later one is errorcode's name for it, as in CPython.
#define COIL_ERRNO_NAMES(X)                                                                                   \
  X(ENODEV) X(ENOCSI) X(EHOSTUNREACH) X(ENOMSG) X(EUCLEAN) X(EL2NSYNC) X(EL2HLT) X(ENODATA) X(ENOTBLK)       \
  X(ENOSYS) X(EPIPE) X(EINVAL) X(EOVERFLOW) X(EADV) X(EINTR) X(EUSERS) X(ENOTEMPTY) X(ENOBUFS) X(EPROTO)     \
  X(EREMOTE) X(ENAVAIL) X(ECHILD) X(ELOOP) X(EXDEV) X(E2BIG) X(ESRCH) X(EMSGSIZE) X(EAFNOSUPPORT) X(EBADR)   \
  X(EHOSTDOWN) X(EPFNOSUPPORT) X(ENOPROTOOPT) X(EBUSY) X(EWOULDBLOCK) X(EBADFD) X(EDOTDOT) X(EISCONN)        \
  X(ENOANO) X(ESHUTDOWN) X(ECHRNG) X(ELIBBAD) X(ENONET) X(EBADE) X(EBADF) X(EMULTIHOP) X(EIO) X(EUNATCH)     \
  X(EPROTOTYPE) X(ENOSPC) X(ENOEXEC) X(EALREADY) X(ENETDOWN) X(ENOTNAM) X(EACCES) X(ELNRNG) X(EILSEQ)        \
  X(ENOTDIR) X(ENOTUNIQ) X(EPERM) X(EDOM) X(EXFULL) X(ECONNREFUSED) X(EISDIR) X(EPROTONOSUPPORT) X(EROFS)    \
  X(EADDRNOTAVAIL) X(EIDRM) X(ECOMM) X(ESRMNT) X(EREMOTEIO) X(EL3RST) X(EBADMSG) X(ENFILE) X(ELIBMAX)        \
  X(ESPIPE) X(ENOLINK) X(ENETRESET) X(ETIMEDOUT) X(ENOENT) X(EEXIST) X(EDQUOT) X(ENOSTR) X(EBADSLT)          \
  X(EBADRQC) X(ELIBACC) X(EFAULT) X(EFBIG) X(EDEADLK) X(ENOTCONN) X(EDESTADDRREQ) X(ELIBSCN) X(ENOLCK)       \
  X(EISNAM) X(ECONNABORTED) X(ENETUNREACH) X(ESTALE) X(ENOSR) X(ENOMEM) X(ENOTSOCK) X(ESTRPIPE) X(EMLINK)    \
  X(ERANGE) X(ELIBEXEC) X(EL3HLT) X(ECONNRESET) X(EADDRINUSE) X(EOPNOTSUPP) X(EREMCHG) X(EAGAIN)             \
  X(ENAMETOOLONG) X(ENOTTY) X(ERESTART) X(ESOCKTNOSUPPORT) X(ETIME) X(EBFONT) X(EDEADLOCK) X(ETOOMANYREFS)   \
  X(EMFILE) X(ETXTBSY) X(EINPROGRESS) X(ENXIO) X(ENOPKG) X(ENOMEDIUM) X(EMEDIUMTYPE) X(ECANCELED) X(ENOKEY)  \
  X(EKEYEXPIRED) X(EKEYREVOKED) X(EKEYREJECTED) X(EOWNERDEAD) X(ENOTRECOVERABLE) X(ERFKILL) X(ENOTSUP)

struct ErrnoName {
  const char* name;
  int code;
};
#define COIL_ERRNO_ROW(name) {#name, name},
const ErrnoName kNames[] = {COIL_ERRNO_NAMES(COIL_ERRNO_ROW)};
#undef COIL_ERRNO_ROW

const char kDoc[] =
    "This module makes available standard errno system symbols.\n\n"
    "The value of each symbol is the corresponding integer value,\n"
    "e.g., on most systems, errno.ENOENT equals the integer 2.\n\n"
    "The dictionary errno.errorcode maps numeric codes to symbol names,\n"
    "e.g., errno.errorcode[2] could be the string 'ENOENT'.\n\n"
    "Symbols that are not relevant to the underlying system are not defined.\n\n"
    "To map error codes to error messages, use the function os.strerror(),\n"
    "e.g. os.strerror(2) could return 'No such file or directory'.";

}  // namespace

Module* init_errno_module() {
  Module* m = new_module("errno");
  Rooted keep(make_obj(m));
  m->dict->set_str(intern("__doc__"), str_value(kDoc));
  Dict* codes = new_dict();
  m->dict->set_str(intern("errorcode"), make_obj(codes));
  for (const ErrnoName& e : kNames) {
    Str* name = intern(e.name);
    m->dict->set_str(name, make_int(e.code));
    codes->set(make_int(e.code), make_obj(name));
  }
  return m;
}

}  // namespace coil::rt
