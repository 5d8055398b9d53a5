// GMP in coil: the one scoped mpz_t, and the allocator GMP uses.
//
// GMP's default allocator prints a message and aborts when malloc fails, and
// GMP aborts by itself ("gmp: overflow in mpz type") when a result would need
// more limbs than an int counts. Neither may end the process: a script that
// computes `1 << (10**10 - 1)` under a memory limit gets MemoryError, as in
// CPython. So coil installs allocation functions that throw std::bad_alloc
// (the dispatch loop turns it into MemoryError), and every operation whose
// result size is chosen by the script (shifts, powers, products of huge
// numbers) checks it against kMaxMpzBits first.
//
// Throwing through GMP's C frames is sound on the platforms coil builds on:
// Debian's libgmp carries unwind tables (.eh_frame), GMP holds no locks, and
// the only cost is that the temporaries of the failed operation leak.
#pragma once
#include <gmp.h>

#include <climits>
#include <cstdint>

#include "runtime/value.h"

namespace coil::rt {

// The largest result, in bits, that GMP can represent (an mpz's size is an
// int count of limbs). Larger results raise MemoryError before GMP is called.
constexpr double kMaxMpzBits = static_cast<double>(INT_MAX) * GMP_NUMB_BITS;

// Installs the throwing allocator. Called once at start-up, before any mpz
// is made (GMP requires that no block outlives its allocator).
void install_gmp_allocator();

// Raises MemoryError if a result of `bits` bits cannot be built.
void check_mpz_bits(double bits);

// Sets `out` to the value of the int-like v (declared again in numbers.h).
void int_to_mpz(Value v, void* out /* mpz_ptr */);

// A scoped mpz_t.
struct Z {
  mpz_t z;
  Z() { mpz_init(z); }
  explicit Z(Value v) { mpz_init(z); int_to_mpz(v, z); }
  ~Z() { mpz_clear(z); }
  Z(const Z&) = delete;
  Z& operator=(const Z&) = delete;
  operator mpz_ptr() { return z; }
  operator mpz_srcptr() const { return z; }
  // For GMP's macros (mpz_sgn, mpz_odd_p, ...), which use ->.
  __mpz_struct* operator->() { return z; }
  const __mpz_struct* operator->() const { return z; }
};

}  // namespace coil::rt
