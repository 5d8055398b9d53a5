// The random module: the same numbers as CPython for the same seed.
//
// The generator is MT19937 exactly as CPython's Modules/_randommodule.c
// (init_by_array seeding, 53-bit random(), getrandbits). The Python-level
// algorithms of CPython 3.11's Lib/random.py (randrange via _randbelow's
// getrandbits rejection, shuffle, sample, choices, gauss, ...) are
// reimplemented here natively, call for call, so that they consume the
// generator's output in the same order. Seeding from str/bytes uses
// CPython's version-2 scheme (the bytes followed by their SHA-512 digest,
// read as a big-endian int), with a SHA-512 of our own.
#include <gmp.h>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <string>
#include <unordered_set>
#include <vector>

#include "parser/ast.h"
#include "runtime/clock.h"
#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/heap.h"
#include "runtime/list.h"
#include "runtime/misc.h"
#include "runtime/native.h"
#include "runtime/objects/bytes.h"
#include "runtime/mpz.h"
#include "runtime/numbers.h"
#include "runtime/ops.h"
#include "runtime/range.h"
#include "runtime/str.h"
#include "stdlib/modules.h"

namespace coil::rt {

namespace {

// ---------------------------------------------------------------- SHA-512
struct Sha512 {
  static constexpr uint64_t K[80] = {
      0x428a2f98d728ae22ULL, 0x7137449123ef65cdULL, 0xb5c0fbcfec4d3b2fULL, 0xe9b5dba58189dbbcULL,
      0x3956c25bf348b538ULL, 0x59f111f1b605d019ULL, 0x923f82a4af194f9bULL, 0xab1c5ed5da6d8118ULL,
      0xd807aa98a3030242ULL, 0x12835b0145706fbeULL, 0x243185be4ee4b28cULL, 0x550c7dc3d5ffb4e2ULL,
      0x72be5d74f27b896fULL, 0x80deb1fe3b1696b1ULL, 0x9bdc06a725c71235ULL, 0xc19bf174cf692694ULL,
      0xe49b69c19ef14ad2ULL, 0xefbe4786384f25e3ULL, 0x0fc19dc68b8cd5b5ULL, 0x240ca1cc77ac9c65ULL,
      0x2de92c6f592b0275ULL, 0x4a7484aa6ea6e483ULL, 0x5cb0a9dcbd41fbd4ULL, 0x76f988da831153b5ULL,
      0x983e5152ee66dfabULL, 0xa831c66d2db43210ULL, 0xb00327c898fb213fULL, 0xbf597fc7beef0ee4ULL,
      0xc6e00bf33da88fc2ULL, 0xd5a79147930aa725ULL, 0x06ca6351e003826fULL, 0x142929670a0e6e70ULL,
      0x27b70a8546d22ffcULL, 0x2e1b21385c26c926ULL, 0x4d2c6dfc5ac42aedULL, 0x53380d139d95b3dfULL,
      0x650a73548baf63deULL, 0x766a0abb3c77b2a8ULL, 0x81c2c92e47edaee6ULL, 0x92722c851482353bULL,
      0xa2bfe8a14cf10364ULL, 0xa81a664bbc423001ULL, 0xc24b8b70d0f89791ULL, 0xc76c51a30654be30ULL,
      0xd192e819d6ef5218ULL, 0xd69906245565a910ULL, 0xf40e35855771202aULL, 0x106aa07032bbd1b8ULL,
      0x19a4c116b8d2d0c8ULL, 0x1e376c085141ab53ULL, 0x2748774cdf8eeb99ULL, 0x34b0bcb5e19b48a8ULL,
      0x391c0cb3c5c95a63ULL, 0x4ed8aa4ae3418acbULL, 0x5b9cca4f7763e373ULL, 0x682e6ff3d6b2b8a3ULL,
      0x748f82ee5defb2fcULL, 0x78a5636f43172f60ULL, 0x84c87814a1f0ab72ULL, 0x8cc702081a6439ecULL,
      0x90befffa23631e28ULL, 0xa4506cebde82bde9ULL, 0xbef9a3f7b2c67915ULL, 0xc67178f2e372532bULL,
      0xca273eceea26619cULL, 0xd186b8c721c0c207ULL, 0xeada7dd6cde0eb1eULL, 0xf57d4f7fee6ed178ULL,
      0x06f067aa72176fbaULL, 0x0a637dc5a2c898a6ULL, 0x113f9804bef90daeULL, 0x1b710b35131c471bULL,
      0x28db77f523047d84ULL, 0x32caab7b40c72493ULL, 0x3c9ebe0a15c9bebcULL, 0x431d67c49c100d4cULL,
      0x4cc5d4becb3e42b6ULL, 0x597f299cfc657e2aULL, 0x5fcb6fab3ad6faecULL, 0x6c44198c4a475817ULL};

  static uint64_t rotr(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }

  static void block(uint64_t h[8], const unsigned char* p) {
    uint64_t w[80];
    for (int i = 0; i < 16; ++i) {
      uint64_t v = 0;
      for (int j = 0; j < 8; ++j) v = (v << 8) | p[i * 8 + j];
      w[i] = v;
    }
    for (int i = 16; i < 80; ++i) {
      uint64_t s0 = rotr(w[i - 15], 1) ^ rotr(w[i - 15], 8) ^ (w[i - 15] >> 7);
      uint64_t s1 = rotr(w[i - 2], 19) ^ rotr(w[i - 2], 61) ^ (w[i - 2] >> 6);
      w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int i = 0; i < 80; ++i) {
      uint64_t S1 = rotr(e, 14) ^ rotr(e, 18) ^ rotr(e, 41);
      uint64_t ch = (e & f) ^ (~e & g);
      uint64_t t1 = hh + S1 + ch + K[i] + w[i];
      uint64_t S0 = rotr(a, 28) ^ rotr(a, 34) ^ rotr(a, 39);
      uint64_t maj = (a & b) ^ (a & c) ^ (b & c);
      uint64_t t2 = S0 + maj;
      hh = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t2;
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
  }

  // The 64-byte digest of `data`.
  static std::string digest(const std::string& data) {
    uint64_t h[8] = {0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL,
                     0xa54ff53a5f1d36f1ULL, 0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL,
                     0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL};
    std::string msg = data;
    uint64_t bitlen = static_cast<uint64_t>(data.size()) * 8;
    msg.push_back(static_cast<char>(0x80));
    while (msg.size() % 128 != 112) msg.push_back('\0');
    for (int i = 0; i < 8; ++i) msg.push_back('\0');  // high 64 bits of the 128-bit length
    for (int i = 7; i >= 0; --i) msg.push_back(static_cast<char>((bitlen >> (i * 8)) & 0xff));
    for (size_t off = 0; off < msg.size(); off += 128)
      block(h, reinterpret_cast<const unsigned char*>(msg.data() + off));
    std::string out;
    for (int i = 0; i < 8; ++i)
      for (int j = 7; j >= 0; --j) out.push_back(static_cast<char>((h[i] >> (j * 8)) & 0xff));
    return out;
  }
};

// ---------------------------------------------------------------- helpers
Value mpz_value(mpz_srcptr z) { return int_from_mpz(z); }

bool is_bigint(Value v) { return v.is_obj() && v.o->kind == Kind::BigInt; }

// ---------------------------------------------------------------- MT19937
constexpr int N = 624;
constexpr int M = 397;
constexpr uint32_t MATRIX_A = 0x9908b0dfU;
constexpr uint32_t UPPER_MASK = 0x80000000U;
constexpr uint32_t LOWER_MASK = 0x7fffffffU;
constexpr double NV_MAGICCONST = 1.7155277699214135;  // 4 * exp(-0.5) / sqrt(2.0)
constexpr double TWOPI = 6.283185307179586;

TypeObject* random_type();

struct RandomObj : NativeObject {
  uint32_t mt[N];
  int index = N + 1;
  Value gauss_next;  // None or a float

  RandomObj() : NativeObject(random_type()) {
    std::memset(mt, 0, sizeof mt);
    gauss_next = make_none();
  }
  size_t heap_size() const override { return sizeof(RandomObj); }

  uint32_t genrand() {
    static const uint32_t mag01[2] = {0x0U, MATRIX_A};
    uint32_t y;
    if (index >= N) {
      int kk;
      for (kk = 0; kk < N - M; kk++) {
        y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
        mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag01[y & 0x1U];
      }
      for (; kk < N - 1; kk++) {
        y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
        mt[kk] = mt[kk + (M - N)] ^ (y >> 1) ^ mag01[y & 0x1U];
      }
      y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
      mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag01[y & 0x1U];
      index = 0;
    }
    y = mt[index++];
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= (y >> 18);
    return y;
  }

  void init_genrand(uint32_t s) {
    mt[0] = s;
    int i;
    for (i = 1; i < N; i++) mt[i] = (1812433253U * (mt[i - 1] ^ (mt[i - 1] >> 30)) + static_cast<uint32_t>(i));
    index = i;
  }

  void init_by_array(const uint32_t* key, size_t len) {
    init_genrand(19650218U);
    size_t i = 1, j = 0;
    size_t k = (static_cast<size_t>(N) > len ? N : len);
    for (; k; k--) {
      mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + static_cast<uint32_t>(j);
      i++;
      j++;
      if (i >= static_cast<size_t>(N)) {
        mt[0] = mt[N - 1];
        i = 1;
      }
      if (j >= len) j = 0;
    }
    for (k = N - 1; k; k--) {
      mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - static_cast<uint32_t>(i);
      i++;
      if (i >= static_cast<size_t>(N)) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    mt[0] = 0x80000000U;
  }

  // Seeds from a non-negative integer: its 32-bit words, least significant first.
  void seed_mpz(mpz_srcptr n) {
    size_t count = 0;
    std::vector<uint32_t> key;
    if (mpz_sgn(n) != 0) {
      key.resize((mpz_sizeinbase(n, 2) + 31) / 32);
      mpz_export(key.data(), &count, -1, sizeof(uint32_t), 0, 0, n);
      key.resize(count);
    }
    if (key.empty()) key.push_back(0);
    init_by_array(key.data(), key.size());
  }

  void seed_random_source() {
    uint32_t key[N];
    bool ok = false;
    if (FILE* f = std::fopen("/dev/urandom", "rb")) {
      ok = std::fread(key, sizeof key, 1, f) == 1;
      std::fclose(f);
    }
    if (!ok) {
      double t = clock_wall();
      uint64_t bits;
      std::memcpy(&bits, &t, sizeof bits);
      uint32_t k2[4] = {static_cast<uint32_t>(bits), static_cast<uint32_t>(bits >> 32),
                        static_cast<uint32_t>(std::clock()), static_cast<uint32_t>(reinterpret_cast<uintptr_t>(this))};
      init_by_array(k2, 4);
      return;
    }
    init_by_array(key, N);
  }

  double random() {
    uint32_t a = genrand() >> 5, b = genrand() >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
  }

  // getrandbits(k) for k >= 0.
  Value getrandbits(uint64_t k) {
    if (k == 0) return make_int(0);
    if (k <= 32) return make_int(genrand() >> (32 - k));
    if (k <= 63) {
      uint64_t lo = genrand();
      uint64_t hi = genrand() >> (64 - k);
      return make_int(static_cast<int64_t>(lo | (hi << 32)));
    }
    size_t words = (k - 1) / 32 + 1;
    std::vector<uint32_t> w(words);
    for (size_t i = 0; i < words; i++, k -= 32) {
      uint32_t r = genrand();
      if (k < 32) r >>= (32 - k);
      w[i] = r;
    }
    Z z;
    mpz_import(z, words, -1, sizeof(uint32_t), 0, 0, w.data());
    return mpz_value(z);
  }

  // _randbelow_with_getrandbits for 0 < n < 2**63.
  int64_t randbelow(int64_t n) {
    int k = 64 - __builtin_clzll(static_cast<uint64_t>(n));
    for (;;) {
      int64_t r;
      if (k <= 32) {
        r = genrand() >> (32 - k);
      } else {
        uint64_t lo = genrand();
        uint64_t hi = genrand() >> (64 - k);
        r = static_cast<int64_t>(lo | (hi << 32));
      }
      if (r < n) return r;
    }
  }

  // _randbelow for an arbitrary positive int.
  Value randbelow_value(Value n) {
    if (n.is_int()) return make_int(randbelow(n.i));
    Z zn(n);
    uint64_t k = mpz_sizeinbase(zn, 2);
    for (;;) {
      Value r = getrandbits(k);
      Z zr(r);
      if (mpz_cmp(zr, zn) < 0) return r;
    }
  }
};

TypeObject* random_type() {
  static TypeObject* t = nullptr;
  if (!t) {
    t = new_builtin_type("Random", types().object, Kind::Native);
    t->module = intern("random");
    heap().permanent_objects.push_back(reinterpret_cast<Object**>(&t));
  }
  return t;
}

RandomObj* self_of(Args& a, const char* name) {
  if (a.n < 1 || !a.v[0].is_obj() || a.v[0].o->type != random_type())
    raisef(exc_types().TypeError, "descriptor '%s' requires a 'Random' object", name);
  return static_cast<RandomObj*>(a.v[0].o);
}

// Positional-or-keyword argument i (counting self as 0), or Undef.
Value arg(Args& a, int i, const char* kw) {
  if (i < a.n) return a.v[i];
  return a.kwarg(kw);
}

void check_kwargs(Args& a, const char* fname, std::initializer_list<const char*> allowed) {
  for (int i = 0; i < a.nkw(); ++i) {
    const std::string& k = as_str(a.kwnames->items[i])->s;
    bool ok = false;
    for (const char* s : allowed)
      if (k == s) ok = true;
    if (!ok) raisef(exc_types().TypeError, "%s() got an unexpected keyword argument '%s'", fname, k.c_str());
  }
}

void check_max_positional(Args& a, const char* fname, int max) {
  // `max` counts self as Python's messages do.
  if (a.n > max)
    raisef(exc_types().TypeError, "%s() takes from 1 to %d positional arguments but %d were given", fname, max,
           a.n);
}

[[noreturn]] void missing(const char* fname, const char* name) {
  raisef(exc_types().TypeError, "%s() missing 1 required positional argument: '%s'", fname, name);
}

double float_arg(Value v) {
  if (is_number(v)) return to_double(v);
  return float_convert(v).f;
}

// ---------------------------------------------------------------- seeding
void do_seed(RandomObj* r, Value a) {
  if (a.is_undef() || a.is_none()) {
    r->seed_random_source();
  } else if (a.is_int() || is_bigint(a)) {
    Z z(a);
    mpz_abs(z, z);
    r->seed_mpz(z);
  } else if (is_str(a) || (a.is_obj() && (a.o->kind == Kind::Bytes || a.o->kind == Kind::ByteArray))) {
    std::string scratch;
    std::string bytes = is_str(a) ? as_str(a)->s : std::string(need_buffer(a, &scratch));
    std::string all = bytes + Sha512::digest(bytes);
    Z z;
    mpz_import(z, all.size(), 1, 1, 1, 0, all.data());
    r->seed_mpz(z);
  } else if (a.is_bool() || a.is_float()) {
    uint64_t h = static_cast<uint64_t>(hash_value(a));
    Z z;
    mpz_import(z, 1, -1, sizeof h, 0, 0, &h);
    r->seed_mpz(z);
  } else {
    raise(exc_types().TypeError, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
  }
  r->gauss_next = make_none();
}

Value r_seed(Args& a) {
  RandomObj* r = self_of(a, "seed");
  check_kwargs(a, "seed", {"a", "version"});
  check_max_positional(a, "seed", 3);
  Value v = arg(a, 2, "version");
  if (!v.is_undef() && !(v.is_int() && v.i == 2)) {
    if (v.is_int() && v.i == 1) raise(exc_types().ValueError, "seed version 1 is not supported");
  }
  do_seed(r, arg(a, 1, "a"));
  return make_none();
}

Value r_new(Args& a) {
  if (a.nkw()) raise(exc_types().TypeError, "Random() takes no keyword arguments");
  if (a.n > 1) raisef(exc_types().TypeError, "Random() expected at most 1 argument, got %d", a.n);
  RandomObj* r = heap().make<RandomObj>();
  do_seed(r, a.n ? a.v[0] : make_none());
  return make_obj(r);
}

// ---------------------------------------------------------------- basics
Value r_random(Args& a) {
  RandomObj* r = self_of(a, "random");
  if (a.n != 1 || a.nkw()) raisef(exc_types().TypeError, "Random.random() takes no arguments (%d given)", a.n - 1 + a.nkw());
  return make_float(r->random());
}

Value r_getrandbits(Args& a) {
  RandomObj* r = self_of(a, "getrandbits");
  if (a.n != 2 || a.nkw()) raisef(exc_types().TypeError, "getrandbits() takes exactly one argument (%d given)", a.n - 1 + a.nkw());
  Value k = a.v[1];
  if (k.is_float()) raise(exc_types().TypeError, "'float' object cannot be interpreted as an integer");
  int64_t kk = index_value(k);
  if (kk < 0) raise(exc_types().ValueError, "number of bits must be non-negative");
  return r->getrandbits(static_cast<uint64_t>(kk));
}

Value r_randbelow(Args& a) {
  RandomObj* r = self_of(a, "_randbelow");
  if (a.n != 2) raise(exc_types().TypeError, "_randbelow() takes exactly one argument");
  return r->randbelow_value(a.v[1]);
}

// _index() or, for integral floats, int() (CPython also warns there).
Value int_arg(Value v, const char* err) {
  if (v.is_bool()) return make_int(v.b ? 1 : 0);
  if (v.is_int() || is_bigint(v)) return v;
  Value m = lookup_special(v, intern("__index__"));
  if (!m.is_undef() && !v.is_float()) return make_int(index_value(v));
  Value i = int_convert(v);
  if (!values_equal(i, v)) raise(exc_types().ValueError, err);
  return i;
}

Value randrange_impl(RandomObj* r, Value start, Value stop, Value step, bool step_given) {
  Value istart = int_arg(start, "non-integer arg 1 for randrange()");
  if (stop.is_undef() || stop.is_none()) {
    if (step_given && !(step.is_int() && step.i == 1))
      raise(exc_types().TypeError, "Missing a non-None stop argument");
    if (int_sign(istart) > 0) return r->randbelow_value(istart);
    raise(exc_types().ValueError, "empty range for randrange()");
  }
  Value istop = int_arg(stop, "non-integer stop for randrange()");
  Value istep = step_given ? int_arg(step, "non-integer step for randrange()") : make_int(1);
  if (istart.is_int() && istop.is_int() && istep.is_int()) {
    __int128 width = static_cast<__int128>(istop.i) - istart.i;
    int64_t st = istep.i;
    if (st == 1) {
      if (width > 0) {
        if (width < (static_cast<__int128>(1) << 62))
          return make_int(istart.i + r->randbelow(static_cast<int64_t>(width)));
      } else {
        raisef(exc_types().ValueError, "empty range for randrange() (%lld, %lld, %lld)",
               static_cast<long long>(istart.i), static_cast<long long>(istop.i), static_cast<long long>(width));
      }
    }
  }
  Z zs(istart), ze(istop), zst(istep), width, n;
  mpz_sub(width, ze, zs);
  if (mpz_cmp_si(zst, 1) == 0) {
    if (mpz_sgn(width) > 0) {
      Z res(r->randbelow_value(mpz_value(width)));
      mpz_add(res, res, zs);
      return mpz_value(res);
    }
    std::string msg = "empty range for randrange() (" + int_to_string(istart) + ", " + int_to_string(istop) + ", " +
                      int_to_string(mpz_value(width)) + ")";
    raise(exc_types().ValueError, msg);
  }
  int sg = mpz_sgn(zst);
  if (sg == 0) raise(exc_types().ValueError, "zero step for randrange()");
  mpz_add(n, width, zst);
  if (sg > 0) mpz_sub_ui(n, n, 1);
  else mpz_add_ui(n, n, 1);
  mpz_fdiv_q(n, n, zst);
  if (mpz_sgn(n) <= 0) raise(exc_types().ValueError, "empty range for randrange()");
  Z res(r->randbelow_value(mpz_value(n)));
  mpz_mul(res, res, zst);
  mpz_add(res, res, zs);
  return mpz_value(res);
}

Value r_randrange(Args& a) {
  RandomObj* r = self_of(a, "randrange");
  check_kwargs(a, "randrange", {"start", "stop", "step"});
  check_max_positional(a, "randrange", 4);
  Value start = arg(a, 1, "start");
  if (start.is_undef()) missing("randrange", "start");
  Value step = arg(a, 3, "step");
  return randrange_impl(r, start, arg(a, 2, "stop"), step, !step.is_undef());
}

Value r_randint(Args& a) {
  RandomObj* r = self_of(a, "randint");
  check_kwargs(a, "randint", {"a", "b"});
  if (a.n > 3) raisef(exc_types().TypeError, "randint() takes 3 positional arguments but %d were given", a.n);
  Value lo = arg(a, 1, "a"), hi = arg(a, 2, "b");
  if (lo.is_undef() && hi.is_undef())
    raise(exc_types().TypeError, "randint() missing 2 required positional arguments: 'a' and 'b'");
  if (lo.is_undef()) missing("randint", "a");
  if (hi.is_undef()) missing("randint", "b");
  Value hi1 = binary_op(static_cast<int>(ast::BinOpKind::Add), hi, make_int(1));
  return randrange_impl(r, lo, hi1, make_undef(), false);
}

Value r_uniform(Args& a) {
  RandomObj* r = self_of(a, "uniform");
  check_kwargs(a, "uniform", {"a", "b"});
  Value lo = arg(a, 1, "a"), hi = arg(a, 2, "b");
  if (lo.is_undef()) missing("uniform", "a");
  if (hi.is_undef()) missing("uniform", "b");
  Rooted rl(lo), rh(hi);
  Value diff = binary_op(static_cast<int>(ast::BinOpKind::Sub), hi, lo);
  Rooted rd(diff);
  Value prod = binary_op(static_cast<int>(ast::BinOpKind::Mult), diff, make_float(r->random()));
  return binary_op(static_cast<int>(ast::BinOpKind::Add), lo, prod);
}

Value r_choice(Args& a) {
  RandomObj* r = self_of(a, "choice");
  check_kwargs(a, "choice", {"seq"});
  Value seq = arg(a, 1, "seq");
  if (seq.is_undef()) missing("choice", "seq");
  int64_t n = length(seq);
  if (n == 0) raise(exc_types().IndexError, "Cannot choose from an empty sequence");
  return getitem(seq, make_int(r->randbelow(n)));
}

Value r_shuffle(Args& a) {
  RandomObj* r = self_of(a, "shuffle");
  check_kwargs(a, "Random.shuffle", {"x"});
  if (a.n > 2) raisef(exc_types().TypeError, "Random.shuffle() takes 2 positional arguments but %d were given", a.n);
  Value x = arg(a, 1, "x");
  if (x.is_undef()) missing("shuffle", "x");
  if (is_list(x)) {
    List* l = as<List>(x);
    for (int64_t i = static_cast<int64_t>(l->items.size()) - 1; i >= 1; --i) {
      int64_t j = r->randbelow(i + 1);
      if (static_cast<size_t>(i) >= l->items.size()) break;
      std::swap(l->items[i], l->items[j]);
    }
    return make_none();
  }
  Rooted rx(x);
  for (int64_t i = length(x) - 1; i >= 1; --i) {
    int64_t j = r->randbelow(i + 1);
    Rooted xi(getitem(x, make_int(i)));
    Rooted xj(getitem(x, make_int(j)));
    setitem(x, make_int(i), xj.get());
    setitem(x, make_int(j), xi.get());
  }
  return make_none();
}

bool is_sequence(Value v) {
  if (!v.is_obj()) return false;
  switch (v.o->kind) {
    case Kind::List: case Kind::Tuple: case Kind::Str: case Kind::Range: case Kind::Bytes: case Kind::ByteArray:
    case Kind::MemoryView: return true;
    case Kind::Instance: {
      // Classes that provide the sequence protocol (deque, namedtuples, ...).
      return !lookup_special(v, intern("__getitem__")).is_undef() &&
             !lookup_special(v, intern("__len__")).is_undef() && !is_dict(v);
    }
    default: return false;
  }
}

// bisect.bisect_right(a, x, lo, hi) over a vector of values.
int64_t bisect_right(const std::vector<Value>& a, Value x, int64_t lo, int64_t hi) {
  while (lo < hi) {
    int64_t mid = (lo + hi) / 2;
    if (compare_bool(static_cast<int>(ast::CmpOpKind::Lt), x, a[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

// itertools.accumulate(iterable) into out (rooted by the caller).
void accumulate(Value iterable, RootedVector& out) {
  Rooted it(get_iter(iterable));
  for (;;) {
    Value x = iter_next(it.get());
    if (x.is_undef()) break;
    if (out.empty()) {
      out.push_back(x);
    } else {
      Rooted rx(x);
      out.push_back(binary_op(static_cast<int>(ast::BinOpKind::Add), out.back(), x));
    }
  }
}

Value sample_impl(RandomObj* r, Value population, Value kv, Value counts);

Value r_sample(Args& a) {
  RandomObj* r = self_of(a, "sample");
  check_kwargs(a, "sample", {"population", "k", "counts"});
  if (a.n > 3) raisef(exc_types().TypeError, "Random.sample() takes 3 positional arguments but %d were given", a.n);
  Value pop = arg(a, 1, "population");
  Value k = arg(a, 2, "k");
  if (pop.is_undef() && k.is_undef())
    raise(exc_types().TypeError, "Random.sample() missing 2 required positional arguments: 'population' and 'k'");
  if (pop.is_undef()) raise(exc_types().TypeError, "Random.sample() missing 1 required positional argument: 'population'");
  if (k.is_undef()) raise(exc_types().TypeError, "Random.sample() missing 1 required positional argument: 'k'");
  Value counts = a.kwarg("counts");
  return sample_impl(r, pop, k, counts);
}

Value sample_impl(RandomObj* r, Value population, Value kv, Value counts) {
  if (!is_sequence(population))
    raise(exc_types().TypeError, "Population must be a sequence.  For dicts or sets, use sorted(d).");
  Rooted rpop(population);
  int64_t n = length(population);
  if (!counts.is_undef() && !counts.is_none()) {
    RootedVector cum;
    accumulate(counts, cum);
    if (static_cast<int64_t>(cum.size()) != n)
      raise(exc_types().ValueError, "The number of counts does not match the population");
    Value total = cum.back();
    cum.pop_back();
    if (!(total.is_int() || is_bigint(total) || total.is_bool())) raise(exc_types().TypeError, "Counts must be integers");
    if (int_sign(total) <= 0) raise(exc_types().ValueError, "Total of counts must be greater than zero");
    Rooted rtot(make_obj(new_range(0, total.is_bool() ? 1 : index_value(total), 1)));
    Rooted sel(sample_impl(r, rtot.get(), kv, make_undef()));
    List* out = new_list();
    Rooted rout(make_obj(out));
    for (size_t i = 0; i < as<List>(sel.get())->items.size(); ++i) {
      Value s = as<List>(sel.get())->items[i];
      int64_t idx = bisect_right(cum, s, 0, static_cast<int64_t>(cum.size()));
      Value item = getitem(population, make_int(idx));
      out->items.push_back(item);
    }
    return make_obj(out);
  }
  if (kv.is_float()) raise(exc_types().TypeError, "'float' object cannot be interpreted as an integer");
  int64_t k;
  if (is_bigint(kv)) {
    raise(exc_types().ValueError, "Sample larger than population or is negative");
  }
  k = index_value(kv);
  if (!(0 <= k && k <= n)) raise(exc_types().ValueError, "Sample larger than population or is negative");
  List* result = new_list(std::vector<Value>(static_cast<size_t>(k), make_none()));
  Rooted rres(make_obj(result));
  int64_t setsize = 21;
  if (k > 5) setsize += static_cast<int64_t>(std::pow(4.0, std::ceil(std::log(static_cast<double>(k * 3)) / std::log(4.0))));
  if (n <= setsize) {
    RootedVector pool;
    collect_values(population, pool);
    for (int64_t i = 0; i < k; ++i) {
      int64_t j = r->randbelow(n - i);
      result->items[i] = pool[j];
      pool[j] = pool[n - i - 1];
    }
  } else {
    std::unordered_set<int64_t> selected;
    for (int64_t i = 0; i < k; ++i) {
      int64_t j = r->randbelow(n);
      while (selected.count(j)) j = r->randbelow(n);
      selected.insert(j);
      Value item = getitem(population, make_int(j));
      result->items[i] = item;
    }
  }
  return make_obj(result);
}

Value r_choices(Args& a) {
  RandomObj* r = self_of(a, "choices");
  check_kwargs(a, "choices", {"population", "weights", "cum_weights", "k"});
  if (a.n > 3) raisef(exc_types().TypeError, "Random.choices() takes from 2 to 3 positional arguments but %d were given", a.n);
  Value population = arg(a, 1, "population");
  if (population.is_undef())
    raise(exc_types().TypeError, "Random.choices() missing 1 required positional argument: 'population'");
  Value weights = arg(a, 2, "weights");
  Value cum_weights = a.kwarg("cum_weights");
  Value kv = a.kwarg("k");
  int64_t k = 1;
  if (!kv.is_undef()) {
    if (kv.is_float()) raise(exc_types().TypeError, "'float' object cannot be interpreted as an integer");
    k = index_value(kv);
  }
  Rooted rpop(population), rw(weights), rcw(cum_weights);
  int64_t n = length(population);
  List* out = new_list();
  Rooted rout(make_obj(out));
  if (cum_weights.is_undef() || cum_weights.is_none()) {
    if (weights.is_undef() || weights.is_none()) {
      double dn = static_cast<double>(n);
      for (int64_t i = 0; i < k; ++i) {
        double f = std::floor(r->random() * dn);
        Value item = getitem(population, make_int(static_cast<int64_t>(f)));
        out->items.push_back(item);
      }
      return make_obj(out);
    }
    if (weights.is_int() || is_bigint(weights)) {
      raise(exc_types().TypeError, "The number of choices must be a keyword argument: k=" + int_to_string(weights));
    }
  } else if (!weights.is_undef() && !weights.is_none()) {
    raise(exc_types().TypeError, "Cannot specify both weights and cumulative weights");
  }
  RootedVector cum;
  if (cum_weights.is_undef() || cum_weights.is_none()) accumulate(weights, cum);
  else collect_values(cum_weights, cum);
  if (static_cast<int64_t>(cum.size()) != n)
    raise(exc_types().ValueError, "The number of weights does not match the population");
  if (cum.empty()) raise(exc_types().IndexError, "list index out of range");
  Value totalv = binary_op(static_cast<int>(ast::BinOpKind::Add), cum.back(), make_float(0.0));
  double total = float_arg(totalv);
  if (total <= 0.0) raise(exc_types().ValueError, "Total of weights must be greater than zero");
  if (!std::isfinite(total)) raise(exc_types().ValueError, "Total of weights must be finite");
  int64_t hi = n - 1;
  for (int64_t i = 0; i < k; ++i) {
    double x = r->random() * total;
    int64_t idx = bisect_right(cum, make_float(x), 0, hi);
    Value item = getitem(population, make_int(idx));
    out->items.push_back(item);
  }
  return make_obj(out);
}

// ---------------------------------------------------------------- distributions
double opt_float(Args& a, int i, const char* kw, double dflt) {
  Value v = arg(a, i, kw);
  return v.is_undef() ? dflt : float_arg(v);
}

Value r_gauss(Args& a) {
  RandomObj* r = self_of(a, "gauss");
  check_kwargs(a, "gauss", {"mu", "sigma"});
  double mu = opt_float(a, 1, "mu", 0.0), sigma = opt_float(a, 2, "sigma", 1.0);
  double z;
  if (r->gauss_next.is_float()) {
    z = r->gauss_next.f;
    r->gauss_next = make_none();
  } else {
    double x2pi = r->random() * TWOPI;
    double g2rad = std::sqrt(-2.0 * std::log(1.0 - r->random()));
    z = std::cos(x2pi) * g2rad;
    r->gauss_next = make_float(std::sin(x2pi) * g2rad);
  }
  return make_float(mu + z * sigma);
}

double normalvariate(RandomObj* r, double mu, double sigma) {
  double z;
  for (;;) {
    double u1 = r->random();
    double u2 = 1.0 - r->random();
    z = NV_MAGICCONST * (u1 - 0.5) / u2;
    double zz = z * z / 4.0;
    if (zz <= -std::log(u2)) break;
  }
  return mu + z * sigma;
}

Value r_normalvariate(Args& a) {
  RandomObj* r = self_of(a, "normalvariate");
  check_kwargs(a, "normalvariate", {"mu", "sigma"});
  return make_float(normalvariate(r, opt_float(a, 1, "mu", 0.0), opt_float(a, 2, "sigma", 1.0)));
}

Value r_lognormvariate(Args& a) {
  RandomObj* r = self_of(a, "lognormvariate");
  check_kwargs(a, "lognormvariate", {"mu", "sigma"});
  Value mu = arg(a, 1, "mu"), sigma = arg(a, 2, "sigma");
  if (mu.is_undef()) missing("lognormvariate", "mu");
  if (sigma.is_undef()) missing("lognormvariate", "sigma");
  return make_float(std::exp(normalvariate(r, float_arg(mu), float_arg(sigma))));
}

Value r_expovariate(Args& a) {
  RandomObj* r = self_of(a, "expovariate");
  check_kwargs(a, "expovariate", {"lambd"});
  Value l = arg(a, 1, "lambd");
  if (l.is_undef()) missing("expovariate", "lambd");
  double lam = float_arg(l);
  double num = -std::log(1.0 - r->random());
  if (lam == 0.0) raise(exc_types().ZeroDivisionError, "float division by zero");
  return make_float(num / lam);
}

Value r_triangular(Args& a) {
  RandomObj* r = self_of(a, "triangular");
  check_kwargs(a, "triangular", {"low", "high", "mode"});
  double low = opt_float(a, 1, "low", 0.0), high = opt_float(a, 2, "high", 1.0);
  Value mode = arg(a, 3, "mode");
  double u = r->random();
  double c;
  if (mode.is_undef() || mode.is_none()) {
    c = 0.5;
  } else {
    if (high - low == 0.0) return make_float(low);
    c = (float_arg(mode) - low) / (high - low);
  }
  if (u > c) {
    u = 1.0 - u;
    c = 1.0 - c;
    std::swap(low, high);
  }
  return make_float(low + (high - low) * std::sqrt(u * c));
}

Value r_randbytes(Args& a) {
  RandomObj* r = self_of(a, "randbytes");
  if (a.n != 2) raise(exc_types().TypeError, "randbytes() missing 1 required positional argument: 'n'");
  int64_t n = index_value(a.v[1]);
  if (n < 0) raise(exc_types().ValueError, "negative count");
  std::string out;
  // getrandbits(n*8).to_bytes(n, 'little'): 32-bit words, least significant first.
  uint64_t k = static_cast<uint64_t>(n) * 8;
  while (k > 0) {
    uint32_t w = r->genrand();
    if (k < 32) w >>= (32 - k);
    for (int b = 0; b < 4 && k > 0; ++b, k -= 8) out.push_back(static_cast<char>((w >> (8 * b)) & 0xff));
  }
  return bytes_value(std::move(out));
}

// ---------------------------------------------------------------- state
Value r_getstate(Args& a) {
  RandomObj* r = self_of(a, "getstate");
  std::vector<Value> st;
  st.reserve(N + 1);
  for (int i = 0; i < N; ++i) st.push_back(make_int(r->mt[i]));
  st.push_back(make_int(r->index));
  Tuple* inner = new_tuple(std::move(st));
  return make_obj(new_tuple({make_int(3), make_obj(inner), r->gauss_next}));
}

Value r_setstate(Args& a) {
  RandomObj* r = self_of(a, "setstate");
  if (a.n != 2) raise(exc_types().TypeError, "setstate() takes exactly one argument");
  Value state = a.v[1];
  Value version = getitem(state, make_int(0));
  if (!(version.is_int() && (version.i == 3 || version.i == 2)))
    raise(exc_types().ValueError, "state with version " + str(version) + " passed to Random.setstate() of version 3");
  if (length(state) != 3) raise(exc_types().ValueError, "too many values to unpack (expected 3)");
  Value inner = getitem(state, make_int(1));
  Value gn = getitem(state, make_int(2));
  if (!is_tuple(inner)) raise(exc_types().TypeError, "state vector must be a tuple");
  Tuple* t = as<Tuple>(inner);
  if (t->size() != N + 1) raise(exc_types().ValueError, "state vector is the wrong size");
  uint32_t mt[N];
  for (int i = 0; i < N; ++i) {
    Z z(t->items[i]);
    mpz_fdiv_r_2exp(z, z, 32);
    mt[i] = static_cast<uint32_t>(mpz_get_ui(z));
  }
  int64_t idx = index_value(t->items[N]);
  if (idx < 0 || idx > N) raise(exc_types().ValueError, "invalid state");
  std::memcpy(r->mt, mt, sizeof mt);
  r->index = static_cast<int>(idx);
  r->gauss_next = gn;
  return make_none();
}

const MethodDef kMethods[] = {
    {"seed", r_seed},
    {"random", r_random},
    {"getrandbits", r_getrandbits},
    {"_randbelow", r_randbelow},
    {"randrange", r_randrange},
    {"randint", r_randint},
    {"uniform", r_uniform},
    {"choice", r_choice},
    {"shuffle", r_shuffle},
    {"sample", r_sample},
    {"choices", r_choices},
    {"gauss", r_gauss},
    {"normalvariate", r_normalvariate},
    {"lognormvariate", r_lognormvariate},
    {"expovariate", r_expovariate},
    {"triangular", r_triangular},
    {"randbytes", r_randbytes},
    {"getstate", r_getstate},
    {"setstate", r_setstate},
};

}  // namespace

Module* init_random_module() {
  TypeObject* t = random_type();
  static bool methods_added = false;
  if (!methods_added) {
    methods_added = true;
    t->ctor = r_new;
    add_methods(t, kMethods);
  }
  Module* mod = new_module("random");
  Rooted keep(make_obj(mod));
  mod->dict->set_str(intern("Random"), make_obj(t));
  RandomObj* inst = heap().make<RandomObj>();
  inst->seed_random_source();
  mod->dict->set_str(intern("_inst"), make_obj(inst));
  for (const MethodDef& m : kMethods) {
    if (m.name[0] == '_') continue;
    NativeFunction* f = new_native(m.name, m.fn, make_obj(inst));
    f->qualname = intern(std::string("Random.") + m.name);
    mod->dict->set_str(intern(m.name), make_obj(f));
  }
  mod->dict->set_str(intern("NV_MAGICCONST"), make_float(NV_MAGICCONST));
  mod->dict->set_str(intern("TWOPI"), make_float(TWOPI));
  return mod;
}

}  // namespace coil::rt
