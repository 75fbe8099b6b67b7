/* random.c — the native half of the `random` module (build/modules/random.wasm): CPython's
 * Mersenne Twister (MT19937), seeded the same way, so a seed gives the numbers CPython
 * gives. One generator per module instance; modules/random.py builds the rest of the
 * module on random(), getrandbits() and _randbelow(). Needs no C library. */
#include "../sdk/edge_sdk.h"

/* ---- MT19937, as Modules/_randommodule.c ---- */

#define MT_N 624
#define MT_M 397
#define MATRIX_A 0x9908b0dfU
#define UPPER_MASK 0x80000000U
#define LOWER_MASK 0x7fffffffU

static uint32_t mt[MT_N];
static int mti = MT_N + 1; /* one past the end: never seeded */

static void init_genrand(uint32_t s) {
    mt[0] = s;
    for (mti = 1; mti < MT_N; mti++)
        mt[mti] = 1812433253U * (mt[mti - 1] ^ (mt[mti - 1] >> 30)) + (uint32_t)mti;
}

static void init_by_array(const uint32_t *key, uint32_t key_length) {
    init_genrand(19650218U);
    uint32_t i = 1, j = 0;
    for (uint32_t k = MT_N > key_length ? MT_N : key_length; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + j;
        i++;
        j++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
        if (j >= key_length) j = 0;
    }
    for (uint32_t k = MT_N - 1; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - i;
        i++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
    }
    mt[0] = 0x80000000U; /* MSB is 1, assuring a non-zero initial array */
}

static uint32_t genrand_uint32(void) {
    static const uint32_t mag01[2] = {0x0U, MATRIX_A};
    uint32_t y;
    if (mti >= MT_N) {
        if (mti == MT_N + 1) { /* used before any seed(): as CPython's random.seed(0) */
            uint32_t zero = 0;
            init_by_array(&zero, 1);
        }
        int kk;
        for (kk = 0; kk < MT_N - MT_M; kk++) {
            y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + MT_M] ^ (y >> 1) ^ mag01[y & 0x1U];
        }
        for (; kk < MT_N - 1; kk++) {
            y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + (MT_M - MT_N)] ^ (y >> 1) ^ mag01[y & 0x1U];
        }
        y = (mt[MT_N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
        mt[MT_N - 1] = mt[MT_M - 1] ^ (y >> 1) ^ mag01[y & 0x1U];
        mti = 0;
    }
    y = mt[mti++];
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= (y >> 18);
    return y;
}

/* ---- seeding: CPython feeds init_by_array the 32-bit words of abs(seed), least
 * significant first, without the zero words on top (at least one word). ---- */

/* Seeds from a big-endian magnitude of `len` bytes. */
static void seed_from_bytes(const unsigned char *bytes, uint32_t len) {
    while (len && !bytes[0]) bytes++, len--;
    uint32_t words = len ? (len + 3) / 4 : 1;
    uint32_t *key = (uint32_t *)edge_scratch(words * 4);
    if (!key) return;
    for (uint32_t w = 0; w < words; w++) {
        uint32_t v = 0;
        for (uint32_t b = 4; b-- > 0;) { /* bytes of word w, most significant first */
            uint64_t at = (uint64_t)len - 4 * (uint64_t)w - 1 - b;
            if (at < len)
                v = (v << 8) | bytes[at];
            else
                v <<= 8;
        }
        key[w] = v;
    }
    init_by_array(key, words);
}

/* seed(n): n of 48 bits; random.py passes bigger ones to _seed_hex. */
EDGE_FN(None, seed, int, n) {
    uint64_t u = n < 0 ? (uint64_t)0 - (uint64_t)n : (uint64_t)n;
    uint32_t key[2] = {(uint32_t)u, (uint32_t)(u >> 32)};
    init_by_array(key, key[1] ? 2 : 1);
}

/* _seed_hex("2a"): the magnitude of an int of any size, as hex digits. */
EDGE_FN(None, _seed_hex, str, digits) {
    uint32_t len = (digits.len + 1) / 2;
    unsigned char *bytes = (unsigned char *)edge_scratch(len ? len : 1);
    if (!bytes) return;
    for (uint32_t i = 0; i < digits.len; i++) {
        char c = digits.ptr[digits.len - 1 - i];
        unsigned v;
        if (c >= '0' && c <= '9')
            v = (unsigned)(c - '0');
        else if (c >= 'a' && c <= 'f')
            v = (unsigned)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            v = (unsigned)(c - 'A' + 10);
        else {
            edge_raise("ValueError", "_seed_hex() takes hexadecimal digits");
            return;
        }
        unsigned char *at = &bytes[len - 1 - i / 2];
        *at = (unsigned char)(i % 2 ? *at | (v << 4) : v);
    }
    seed_from_bytes(bytes, len);
}

/* ---- SHA-512 (FIPS 180-4), for version-2 str seeds ---- */

static const uint64_t K512[80] = {
    0x428a2f98d728ae22ull, 0x7137449123ef65cdull, 0xb5c0fbcfec4d3b2full, 0xe9b5dba58189dbbcull,
    0x3956c25bf348b538ull, 0x59f111f1b605d019ull, 0x923f82a4af194f9bull, 0xab1c5ed5da6d8118ull,
    0xd807aa98a3030242ull, 0x12835b0145706fbeull, 0x243185be4ee4b28cull, 0x550c7dc3d5ffb4e2ull,
    0x72be5d74f27b896full, 0x80deb1fe3b1696b1ull, 0x9bdc06a725c71235ull, 0xc19bf174cf692694ull,
    0xe49b69c19ef14ad2ull, 0xefbe4786384f25e3ull, 0x0fc19dc68b8cd5b5ull, 0x240ca1cc77ac9c65ull,
    0x2de92c6f592b0275ull, 0x4a7484aa6ea6e483ull, 0x5cb0a9dcbd41fbd4ull, 0x76f988da831153b5ull,
    0x983e5152ee66dfabull, 0xa831c66d2db43210ull, 0xb00327c898fb213full, 0xbf597fc7beef0ee4ull,
    0xc6e00bf33da88fc2ull, 0xd5a79147930aa725ull, 0x06ca6351e003826full, 0x142929670a0e6e70ull,
    0x27b70a8546d22ffcull, 0x2e1b21385c26c926ull, 0x4d2c6dfc5ac42aedull, 0x53380d139d95b3dfull,
    0x650a73548baf63deull, 0x766a0abb3c77b2a8ull, 0x81c2c92e47edaee6ull, 0x92722c851482353bull,
    0xa2bfe8a14cf10364ull, 0xa81a664bbc423001ull, 0xc24b8b70d0f89791ull, 0xc76c51a30654be30ull,
    0xd192e819d6ef5218ull, 0xd69906245565a910ull, 0xf40e35855771202aull, 0x106aa07032bbd1b8ull,
    0x19a4c116b8d2d0c8ull, 0x1e376c085141ab53ull, 0x2748774cdf8eeb99ull, 0x34b0bcb5e19b48a8ull,
    0x391c0cb3c5c95a63ull, 0x4ed8aa4ae3418acbull, 0x5b9cca4f7763e373ull, 0x682e6ff3d6b2b8a3ull,
    0x748f82ee5defb2fcull, 0x78a5636f43172f60ull, 0x84c87814a1f0ab72ull, 0x8cc702081a6439ecull,
    0x90befffa23631e28ull, 0xa4506cebde82bde9ull, 0xbef9a3f7b2c67915ull, 0xc67178f2e372532bull,
    0xca273eceea26619cull, 0xd186b8c721c0c207ull, 0xeada7dd6cde0eb1eull, 0xf57d4f7fee6ed178ull,
    0x06f067aa72176fbaull, 0x0a637dc5a2c898a6ull, 0x113f9804bef90daeull, 0x1b710b35131c471bull,
    0x28db77f523047d84ull, 0x32caab7b40c72493ull, 0x3c9ebe0a15c9bebcull, 0x431d67c49c100d4cull,
    0x4cc5d4becb3e42b6ull, 0x597f299cfc657e2aull, 0x5fcb6fab3ad6faecull, 0x6c44198c4a475817ull};

static uint64_t ror64(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }

static void sha512_block(uint64_t h[8], const unsigned char *p) {
    uint64_t w[80];
    for (int t = 0; t < 16; t++) {
        uint64_t v = 0;
        for (int b = 0; b < 8; b++) v = (v << 8) | p[8 * t + b];
        w[t] = v;
    }
    for (int t = 16; t < 80; t++) {
        uint64_t s0 = ror64(w[t - 15], 1) ^ ror64(w[t - 15], 8) ^ (w[t - 15] >> 7);
        uint64_t s1 = ror64(w[t - 2], 19) ^ ror64(w[t - 2], 61) ^ (w[t - 2] >> 6);
        w[t] = w[t - 16] + s0 + w[t - 7] + s1;
    }
    uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int t = 0; t < 80; t++) {
        uint64_t t1 = hh + (ror64(e, 14) ^ ror64(e, 18) ^ ror64(e, 41)) + ((e & f) ^ (~e & g)) +
                      K512[t] + w[t];
        uint64_t t2 = (ror64(a, 28) ^ ror64(a, 34) ^ ror64(a, 39)) + ((a & b) ^ (a & c) ^ (b & c));
        hh = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    h[0] += a, h[1] += b, h[2] += c, h[3] += d, h[4] += e, h[5] += f, h[6] += g, h[7] += hh;
}

static void sha512(const unsigned char *data, uint32_t len, unsigned char out[64]) {
    uint64_t h[8] = {0x6a09e667f3bcc908ull, 0xbb67ae8584caa73bull, 0x3c6ef372fe94f82bull,
                     0xa54ff53a5f1d36f1ull, 0x510e527fade682d1ull, 0x9b05688c2b3e6c1full,
                     0x1f83d9abfb41bd6bull, 0x5be0cd19137e2179ull};
    uint32_t done = 0;
    for (; len - done >= 128; done += 128) sha512_block(h, data + done);
    unsigned char tail[256] = {0};
    uint32_t rest = len - done;
    for (uint32_t i = 0; i < rest; i++) tail[i] = data[done + i];
    tail[rest] = 0x80;
    uint32_t blocks = rest + 1 + 16 <= 128 ? 1 : 2;
    uint64_t bits = (uint64_t)len * 8;
    for (int b = 0; b < 8; b++) tail[blocks * 128 - 1 - b] = (unsigned char)(bits >> (8 * b));
    for (uint32_t i = 0; i < blocks; i++) sha512_block(h, tail + 128 * i);
    for (int i = 0; i < 8; i++)
        for (int b = 0; b < 8; b++) out[8 * i + b] = (unsigned char)(h[i] >> (56 - 8 * b));
}

/* _seed_str(s): CPython's version-2 seed for a str, the int whose big-endian bytes are
 * s's UTF-8 followed by their SHA-512. */
EDGE_FN(None, _seed_str, str, s) {
    unsigned char *bytes = (unsigned char *)edge_scratch(s.len + 64);
    if (!bytes) return;
    for (uint32_t i = 0; i < s.len; i++) bytes[i] = (unsigned char)s.ptr[i];
    sha512(bytes, s.len, bytes + s.len);
    seed_from_bytes(bytes, s.len + 64);
}

/* ---- drawing numbers ---- */

/* A float in [0.0, 1.0) with 53 random bits. */
static double random_double(void) {
    uint32_t a = genrand_uint32() >> 5, b = genrand_uint32() >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

/* k random bits, k <= 47: whole words from the least significant end, the last one
 * keeping its top bits, as CPython's getrandbits. */
static int64_t randbits(int64_t k) {
    if (k <= 32) return k ? (int64_t)(genrand_uint32() >> (32 - k)) : 0;
    uint64_t low = genrand_uint32();
    uint64_t high = genrand_uint32() >> (64 - k);
    return (int64_t)(high << 32 | low);
}

static int bit_length(uint64_t n) {
    int k = 0;
    while (n) k++, n >>= 1;
    return k;
}

/* An int in [0, n), n > 0, by rejection: CPython's _randbelow_with_getrandbits. */
static int64_t randbelow(int64_t n) {
    int k = bit_length((uint64_t)n);
    int64_t r = randbits(k);
    while (r >= n) r = randbits(k);
    return r;
}

EDGE_FN0(float, random) { return random_double(); }

EDGE_FN(int, getrandbits, int, k) {
    if (k < 0) return edge_raise("ValueError", "number of bits must be non-negative");
    if (k > 47) return edge_raise("OverflowError", "getrandbits() takes at most 47 bits here");
    return randbits(k);
}

EDGE_FN(int, _randbelow, int, n) {
    if (n <= 0) return edge_raise("ValueError", "_randbelow() needs n > 0");
    return randbelow(n);
}

static int64_t empty_range(int64_t start, int64_t stop, int64_t width) {
    edge_buf b = {0};
    edge_buf_add_cstr(&b, "empty range for randrange() (");
    edge_buf_add_int(&b, start);
    edge_buf_add_cstr(&b, ", ");
    edge_buf_add_int(&b, stop);
    edge_buf_add_cstr(&b, ", ");
    edge_buf_add_int(&b, width);
    edge_buf_add_char(&b, ')');
    return edge_raise_str("ValueError", edge_buf_str(&b));
}

/* randrange(start, stop) and randint(a, b) with step 1; random.py has the full forms. */
EDGE_FN(int, randrange, int, start, int, stop) {
    int64_t width = stop - start;
    if (width <= 0) return empty_range(start, stop, width);
    if (width > EDGE_INT_MAX) return edge_raise("OverflowError", "randrange() range too wide");
    return start + randbelow(width);
}

EDGE_FN(int, randint, int, a, int, b) {
    int64_t width = b + 1 - a;
    if (width <= 0) return empty_range(a, b + 1, width);
    if (width > EDGE_INT_MAX) return edge_raise("OverflowError", "randint() range too wide");
    return a + randbelow(width);
}

EDGE_FN(float, uniform, float, a, float, b) { return a + (b - a) * random_double(); }
