// stat, lstat, fstat and os.stat_result; statvfs, fstatvfs and
// os.statvfs_result (CPython's posixmodule.c: posix_do_stat, _pystat_fromstructstat).
#include <sys/stat.h>
#include <sys/statvfs.h>

#include "runtime/checked.h"
#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/heap.h"
#include "runtime/misc.h"
#include "runtime/objects/structseq.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "stdlib/posix.h"

namespace coil::rt::posix {

namespace {

TypeObject* g_stat_result = nullptr;
TypeObject* g_statvfs_result = nullptr;

Value unsigned_value(unsigned long long v) { return int_from_i128(static_cast<__int128>(v)); }

// Fills the float and integer seconds and the nanoseconds of one time.
void add_time(std::vector<Value>& ints, std::vector<Value>& floats, std::vector<Value>& ns, const timespec& t) {
  ints.push_back(make_int(t.tv_sec));
  floats.push_back(make_float(static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9));
  ns.push_back(int_from_i128(static_cast<__int128>(t.tv_sec) * 1000000000 + t.tv_nsec));
}

// os.stat_result(sequence, dict=None): a time left out as None is taken
// from its integer field, as CPython's statresult_new does.
Value stat_result_new(Args& a) {
  Value r = structseq_construct(g_stat_result, a);
  StructSeq* s = static_cast<StructSeq*>(as<Tuple>(r));
  for (size_t i = 0; i < 3; ++i)
    if (s->hidden[i].is_none()) s->hidden[i] = s->items[7 + i];
  return r;
}

Value do_stat(const char* func, const Path& p, int dir_fd, bool follow) {
  check_fd_combinations(func, p, dir_fd, follow);
  struct stat st;
  for (;;) {
    int r = p.is_fd() ? fstat(p.fd, &st) : fstatat(dir_fd, p.c_str(), &st, follow ? 0 : AT_SYMLINK_NOFOLLOW);
    if (r == 0) break;
    int err = errno;
    if (!retry_after(err)) raise_path_error(err, p);
  }
  return stat_result_of(st);
}

// stat(path, *, dir_fd=None, follow_symlinks=True)
Value p_stat(Args& a) {
  Value v[3];
  bind(a, "stat", {"path", "dir_fd", "follow_symlinks"}, 1, 1, v);
  RootedPath p(v[0], "stat", "path", kAllowFd);
  int dir_fd = dir_fd_arg(v[1]);
  return do_stat("stat", p, dir_fd, bool_arg(v[2], true));
}

// lstat(path, *, dir_fd=None)
Value p_lstat(Args& a) {
  Value v[2];
  bind(a, "lstat", {"path", "dir_fd"}, 1, 1, v);
  RootedPath p(v[0], "lstat", "path");
  int dir_fd = dir_fd_arg(v[1]);
  return do_stat("lstat", p, dir_fd, false);
}

// fstat(fd)
Value p_fstat(Args& a) {
  Value v[1];
  bind(a, "fstat", {"fd"}, 1, 1, v);
  int fd = int_arg(v[0]);
  struct stat st;
  while (fstat(fd, &st) != 0) {
    int err = errno;
    if (!retry_after(err)) raise_errno(err);
  }
  return stat_result_of(st);
}

Value statvfs_result_of(const struct statvfs& st) {
  return new_structseq(g_statvfs_result,
                       {make_int(static_cast<int64_t>(st.f_bsize)), make_int(static_cast<int64_t>(st.f_frsize)),
                        unsigned_value(st.f_blocks), unsigned_value(st.f_bfree), unsigned_value(st.f_bavail),
                        unsigned_value(st.f_files), unsigned_value(st.f_ffree), unsigned_value(st.f_favail),
                        make_int(static_cast<int64_t>(st.f_flag)), make_int(static_cast<int64_t>(st.f_namemax)),
                        unsigned_value(st.f_fsid)});
}

// statvfs(path): path may be an fd.
Value p_statvfs(Args& a) {
  Value v[1];
  bind(a, "statvfs", {"path"}, 1, 1, v);
  RootedPath p(v[0], "statvfs", "path", kAllowFd);
  struct statvfs st;
  for (;;) {
    int r = p.is_fd() ? fstatvfs(p.fd, &st) : statvfs(p.c_str(), &st);
    if (r == 0) break;
    int err = errno;
    if (!retry_after(err)) raise_path_error(err, p);
  }
  return statvfs_result_of(st);
}

// fstatvfs(fd, /)
Value p_fstatvfs(Args& a) {
  positional(a, "fstatvfs", 1, 1);
  int fd = int_arg(a.v[0]);
  struct statvfs st;
  while (fstatvfs(fd, &st) != 0) {
    int err = errno;
    if (!retry_after(err)) raise_errno(err);
  }
  return statvfs_result_of(st);
}

void make_types() {
  if (g_stat_result) return;
  g_stat_result = new_structseq_type(StructSeqSpec{
      "os",
      "stat_result",
      {"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", nullptr, nullptr, nullptr,
       "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks",
       "st_rdev"},
      10,
      "stat_result: Result from stat, fstat, or lstat.\n\nThis object may be accessed either as a tuple of\n"
      "  (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime)\n"
      "or via the attributes st_mode, st_ino, st_dev, st_nlink, st_uid, and so on.\n\n"
      "Posix/windows: If your platform supports st_blksize, st_blocks, st_rdev,\n"
      "or st_flags, they are available as attributes only.\n\nSee os.stat for more information."});
  g_stat_result->ctor = stat_result_new;
  g_statvfs_result = new_structseq_type(StructSeqSpec{
      "os",
      "statvfs_result",
      {"f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files", "f_ffree", "f_favail", "f_flag",
       "f_namemax", "f_fsid"},
      10,
      "statvfs_result: Result from statvfs or fstatvfs.\n\nThis object may be accessed either as a tuple of\n"
      "  (bsize, frsize, blocks, bfree, bavail, files, ffree, favail, flag, namemax),\n"
      "or via the attributes f_bsize, f_frsize, f_blocks, f_bfree, and so on.\n\n"
      "See os.statvfs for more information."});
  g_statvfs_result->ctor = [](Args& a) { return structseq_construct(g_statvfs_result, a); };
}

}  // namespace

Value stat_result_of(const struct stat& st) {
  std::vector<Value> ints, floats, ns;
  add_time(ints, floats, ns, st.st_atim);
  add_time(ints, floats, ns, st.st_mtim);
  add_time(ints, floats, ns, st.st_ctim);
  std::vector<Value> items{make_int(st.st_mode),
                           unsigned_value(st.st_ino),
                           unsigned_value(st.st_dev),
                           unsigned_value(st.st_nlink),
                           make_int(st.st_uid),
                           make_int(st.st_gid),
                           make_int(st.st_size)};
  items.insert(items.end(), ints.begin(), ints.end());
  items.insert(items.end(), floats.begin(), floats.end());
  // The nanosecond times may be BigInts: the vector is not rooted, but
  // nothing below reaches a safe point.
  items.insert(items.end(), ns.begin(), ns.end());
  items.push_back(make_int(st.st_blksize));
  items.push_back(make_int(st.st_blocks));
  items.push_back(unsigned_value(st.st_rdev));
  return new_structseq(g_stat_result, std::move(items));
}

void add_stat(Module* m) {
  make_types();
  m->dict->set_str(intern("stat_result"), make_obj(g_stat_result));
  m->dict->set_str(intern("statvfs_result"), make_obj(g_statvfs_result));
  add_function(m, "stat", p_stat);
  add_function(m, "lstat", p_lstat);
  add_function(m, "fstat", p_fstat);
  add_function(m, "statvfs", p_statvfs);
  add_function(m, "fstatvfs", p_fstatvfs);
}

}  // namespace coil::rt::posix
