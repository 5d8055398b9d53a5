// listdir, scandir, and scandir's iterator and entries (CPython's
// posixmodule.c: os_listdir_impl, ScandirIterator, DirEntry).
//
// A DirEntry answers is_dir/is_file/is_symlink from the d_type readdir gave
// when it can, and otherwise from a stat call whose result it keeps, so that
// os.walk costs no stat per entry on file systems that fill d_type.
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstring>

#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/heap.h"
#include "runtime/list.h"
#include "runtime/misc.h"
#include "runtime/native.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/descriptor.h"
#include "runtime/objects/generic_alias.h"
#include "runtime/ops.h"
#include "runtime/slots.h"
#include "runtime/str.h"
#include "stdlib/posix.h"

namespace coil::rt::posix {

namespace {

TypeObject* g_direntry_type = nullptr;
TypeObject* g_iterator_type = nullptr;

bool is_dot_or_dotdot(const char* name) {
  return name[0] == '.' && (name[1] == 0 || (name[1] == '.' && name[2] == 0));
}

// Opens the directory a path argument names; for a file descriptor, a
// duplicate of it, since closedir closes the descriptor it was given.
DIR* open_dir(const Path& p) {
  if (p.is_fd()) {
    int fd = fcntl(p.fd, F_DUPFD_CLOEXEC, 0);
    if (fd < 0) raise_errno(errno);
    DIR* d = fdopendir(fd);
    if (!d) {
      int err = errno;
      close(fd);
      raise_path_error(err, p);
    }
    return d;
  }
  DIR* d = opendir(p.c_str());
  if (!d) raise_path_error(errno, p);
  return d;
}

// Closes a directory; one opened on a descriptor is rewound first, so that
// the caller's descriptor reads the directory from the start again.
void close_dir(DIR* d, bool from_fd) {
  if (from_fd) rewinddir(d);
  closedir(d);
}

// The next entry other than . and .., or null at the end; an error names
// the path.
dirent* next_entry(DIR* d, const Path& p) {
  for (;;) {
    errno = 0;
    dirent* e = readdir(d);
    if (!e) {
      if (errno) raise_path_error(errno, p);
      return nullptr;
    }
    if (!is_dot_or_dotdot(e->d_name)) return e;
  }
}

// listdir(path=None): the names in a directory, in the system's order; bytes
// names for a bytes path. path may be an fd.
Value p_listdir(Args& a) {
  Value v[1];
  bind(a, "listdir", {"path"}, 0, 1, v);
  RootedPath p(v[0], "listdir", "path", kAllowFd | kNullable);
  bool as_bytes = p.is_bytes;
  DIR* d = open_dir(p);
  List* names = new_list();
  try {
    while (dirent* e = next_entry(d, p)) names->items.push_back(fs_value(e->d_name, as_bytes));
  } catch (...) {
    close_dir(d, p.is_fd());
    throw;
  }
  close_dir(d, p.is_fd());
  return make_obj(names);
}

// ---------------------------------------------------------------- DirEntry

struct DirEntry : NativeObject {
  Value name, path;        // str, or bytes for a bytes path
  Value stat, lstat;       // cached stat_results, Undef until fetched
  unsigned char d_type;    // DT_UNKNOWN when the file system does not say
  ino_t d_ino;
  int dir_fd;              // the directory's descriptor for scandir(fd), else AT_FDCWD
  DirEntry() : NativeObject(g_direntry_type) {}
  void trace(Tracer& t) override {
    t.mark(name);
    t.mark(path);
    t.mark(stat);
    t.mark(lstat);
  }
  size_t heap_size() const override { return sizeof(DirEntry); }
};

DirEntry* entry_of(Value v) { return static_cast<DirEntry*>(v.o); }

// The bytes to pass to the system for an entry: its name relative to
// dir_fd, or its path.
std::string entry_bytes(DirEntry* e) {
  Value v = e->dir_fd != AT_FDCWD ? e->name : e->path;
  return is_str(v) ? fs_encode(v) : std::string(as<Bytes>(v)->data);
}

// stat or lstat of the entry, without the cache; errors name the path.
Value fetch_stat(DirEntry* e, bool follow) {
  struct stat st;
  std::string name = entry_bytes(e);
  if (fstatat(e->dir_fd, name.c_str(), &st, follow ? 0 : AT_SYMLINK_NOFOLLOW) != 0) {
    Path p;
    p.object = e->path;
    raise_path_error(errno, p);
  }
  return stat_result_of(st);
}

Value get_lstat(DirEntry* e) {
  if (e->lstat.is_undef()) e->lstat = fetch_stat(e, false);
  return e->lstat;
}

bool is_symlink(DirEntry* e);

Value get_stat(DirEntry* e, bool follow) {
  if (!follow) return get_lstat(e);
  if (e->stat.is_undef()) e->stat = is_symlink(e) ? fetch_stat(e, true) : get_lstat(e);
  return e->stat;
}

// Whether the entry's type is `mode` (S_IFDIR, S_IFREG, S_IFLNK); an entry
// that vanished is none of them.
bool test_mode(DirEntry* e, bool follow, mode_t mode) {
  bool need_stat = e->d_type == DT_UNKNOWN || (follow && e->d_type == DT_LNK);
  if (!need_stat) {
    if (mode == S_IFDIR) return e->d_type == DT_DIR;
    if (mode == S_IFREG) return e->d_type == DT_REG;
    return e->d_type == DT_LNK;
  }
  Value st;
  try {
    st = get_stat(e, follow);
  } catch (PyError& err) {
    if (exception_matches(err.exc, make_obj(exc_types().FileNotFoundError))) return false;
    throw;
  }
  int64_t st_mode = as<Tuple>(st)->items[0].i;
  return (static_cast<mode_t>(st_mode) & S_IFMT) == mode;
}

bool is_symlink(DirEntry* e) {
  if (e->d_type != DT_UNKNOWN) return e->d_type == DT_LNK;
  return test_mode(e, false, S_IFLNK);
}

// The keyword-only follow_symlinks=True of the DirEntry methods.
bool follow_arg(Args& a, const char* name) {
  Args rest{a.v + 1, a.n - 1, a.kwnames};
  Value v[1];
  bind(rest, name, {"follow_symlinks"}, 0, 0, v);
  return bool_arg(v[0], true);
}

Value de_is_dir(Args& a) { return make_bool(test_mode(entry_of(a.v[0]), follow_arg(a, "is_dir"), S_IFDIR)); }
Value de_is_file(Args& a) { return make_bool(test_mode(entry_of(a.v[0]), follow_arg(a, "is_file"), S_IFREG)); }
Value de_is_symlink(Args& a) {
  if (a.n > 1 || a.nkw()) raise(exc_types().TypeError, "is_symlink() takes no arguments");
  return make_bool(is_symlink(entry_of(a.v[0])));
}
Value de_stat(Args& a) { return get_stat(entry_of(a.v[0]), follow_arg(a, "stat")); }
Value de_inode(Args& a) { return make_int(static_cast<int64_t>(entry_of(a.v[0])->d_ino)); }
Value de_fspath(Args& a) { return entry_of(a.v[0])->path; }

const MethodDef kDirEntryMethods[] = {
    {"is_dir", de_is_dir},
    {"is_file", de_is_file},
    {"is_symlink", de_is_symlink},
    {"stat", de_stat},
    {"inode", de_inode, ArgSpec::NoArgs},
    {"__fspath__", de_fspath, ArgSpec::NoArgs},
};

Value de_name(Value self) { return entry_of(self)->name; }
Value de_path(Value self) { return entry_of(self)->path; }

const GetSetDef kDirEntryMembers[] = {
    {"name", de_name, nullptr, true, "the entry's base filename, relative to scandir() \"path\" argument"},
    {"path", de_path, nullptr, true,
     "the entry's full path name; equivalent to os.path.join(scandir_path, entry.name)"},
};

std::string direntry_repr(Value self) { return "<DirEntry " + repr(entry_of(self)->name) + ">"; }

// ---------------------------------------------------------------- ScandirIterator

struct ScandirIterator : NativeObject {
  DIR* dir = nullptr;  // null once closed or exhausted
  Path path;           // what scandir was given; path.bytes is "." for None
  ScandirIterator() : NativeObject(g_iterator_type) {}
  ~ScandirIterator() override { close(); }
  void trace(Tracer& t) override { t.mark(path.object); }
  size_t heap_size() const override { return sizeof(ScandirIterator); }
  void close() {
    if (!dir) return;
    close_dir(dir, path.is_fd());
    dir = nullptr;
  }
};

ScandirIterator* iter_of(Value v) { return static_cast<ScandirIterator*>(v.o); }

// The path of an entry: the directory's path joined with the name, or the
// name alone for scandir(fd).
Value entry_path(ScandirIterator* it, const char* name) {
  if (it->path.is_fd()) return fs_value(name, false);
  std::string joined = it->path.bytes;
  if (!joined.empty() && joined.back() != '/') joined += '/';
  joined += name;
  return fs_value(joined, it->path.is_bytes);
}

Value scandir_next(Value self) {
  ScandirIterator* it = iter_of(self);
  if (!it->dir) return Value();
  dirent* e;
  try {
    e = next_entry(it->dir, it->path);
  } catch (...) {
    it->close();
    throw;
  }
  if (!e) {
    it->close();
    return Value();
  }
  DirEntry* entry = heap().make<DirEntry>();
  entry->d_type = e->d_type;
  entry->d_ino = e->d_ino;
  entry->dir_fd = it->path.is_fd() ? it->path.fd : AT_FDCWD;
  entry->name = fs_value(e->d_name, it->path.is_bytes);
  entry->path = entry_path(it, e->d_name);
  return make_obj(entry);
}

Value si_close(Args& a) {
  iter_of(a.v[0])->close();
  return make_none();
}
Value si_enter(Args& a) { return a.v[0]; }
Value si_exit(Args& a) {
  iter_of(a.v[0])->close();
  return make_none();
}

const MethodDef kIteratorMethods[] = {
    {"close", si_close, ArgSpec::NoArgs},
    {"__enter__", si_enter, ArgSpec::NoArgs},
    {"__exit__", si_exit, ArgSpec::VarArgs},
};

// scandir(path=None): an iterator of DirEntry; path may be an fd.
Value p_scandir(Args& a) {
  Value v[1];
  bind(a, "scandir", {"path"}, 0, 1, v);
  RootedPath p(v[0], "scandir", "path", kAllowFd | kNullable);
  ScandirIterator* it = heap().make<ScandirIterator>();
  it->path = p;
  it->dir = open_dir(p);
  return make_obj(it);
}

void make_types() {
  if (g_direntry_type) return;
  g_direntry_type = new_builtin_type("DirEntry", types().object, Kind::Native);
  heap().permanent_objects.push_back(reinterpret_cast<Object**>(&g_direntry_type));
  g_direntry_type->module = intern("posix");
  g_direntry_type->subclassing = Subclassing::Final;
  g_direntry_type->slots.repr = direntry_repr;
  add_slot_methods(g_direntry_type);
  add_methods(g_direntry_type, kDirEntryMethods);
  add_getsets(g_direntry_type, kDirEntryMembers);
  add_classmethod(g_direntry_type, "__class_getitem__", class_getitem_generic_alias);

  g_iterator_type = new_builtin_type("ScandirIterator", types().object, Kind::Native);
  heap().permanent_objects.push_back(reinterpret_cast<Object**>(&g_iterator_type));
  g_iterator_type->module = intern("posix");
  g_iterator_type->subclassing = Subclassing::Final;
  g_iterator_type->slots.iter = [](Value self) { return self; };
  g_iterator_type->slots.iternext = scandir_next;
  add_slot_methods(g_iterator_type);
  add_methods(g_iterator_type, kIteratorMethods);
}

}  // namespace

void add_scandir(Module* m) {
  make_types();
  m->dict->set_str(intern("DirEntry"), make_obj(g_direntry_type));
  add_function(m, "listdir", p_listdir);
  add_function(m, "scandir", p_scandir);
}

}  // namespace coil::rt::posix
