#include "runtime/mpz.h"

#include <cstdlib>
#include <cstring>
#include <new>

#include "runtime/checked.h"
#include "runtime/exception.h"

namespace coil::rt {

namespace {

void* gmp_alloc(size_t n) {
  if (n > max_allocation()) throw std::bad_alloc();
  void* p = std::malloc(n);
  if (!p) throw std::bad_alloc();
  return p;
}

void* gmp_realloc(void* old, size_t, size_t n) {
  if (n > max_allocation()) throw std::bad_alloc();
  void* p = std::realloc(old, n);
  if (!p) throw std::bad_alloc();  // `old` stays owned by its mpz
  return p;
}

void gmp_free(void* p, size_t) { std::free(p); }

}  // namespace

void install_gmp_allocator() { mp_set_memory_functions(gmp_alloc, gmp_realloc, gmp_free); }

void check_mpz_bits(double bits) {
  if (bits > kMaxMpzBits) raise(exc_types().MemoryError, "");
}

}  // namespace coil::rt
