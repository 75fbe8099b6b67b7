/* bigint.c — Python's int over both forms: 48-bit immediates and ObjBigInt (sign and
 * a base-2^32 little-endian magnitude). The algorithms (Karatsuba multiplication,
 * Knuth's division, two's-complement bitwise ops) run on malloc'ed scratch digit arrays
 * outside the GC heap; only final results become objects, immediates whenever they fit. */

#include "bigint.h"

#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "containers.h"
#include "numfmt.h"
#include "str.h"

typedef uint32_t digit;

/* Results past 2^25 digits (128 MiB) are refused with MemoryError before any work is
 * done, so a runaway `1 << 10**12` or `7 ** 10**10` fails at once, also on wasm32. */
#define MAX_DIGITS ((size_t)1 << 25)
/* Below this many digits schoolbook multiplication beats Karatsuba's bookkeeping. */
#define KARATSUBA_CUTOFF 48
/* CPython 3.11's default sys.get_int_max_str_digits(): decimal conversion is quadratic,
 * so longer texts are refused both ways (powers of two bases are exempt). */
#define MAX_STR_DIGITS 4300
/* Stack room for small scratch arrays, so everyday big-int operations skip malloc. */
#define LOCAL_DIGITS 40

/* ------------------------------------------------------------------ */
/* Views, scratch memory and results                                  */
/* ------------------------------------------------------------------ */

/* A read-only view of any int's magnitude; immediates and bools borrow `small`. */
typedef struct IntView {
    int sign; /* -1, 0, +1 */
    size_t n; /* digits in use, 0 for zero */
    const digit *d;
    digit small[2];
} IntView;

static void view(Value v, IntView *w) {
    if (IS_BIGINT(v)) {
        ObjBigInt *b = AS_BIGINT(v);
        w->sign = b->sign;
        w->n = b->ndigits;
        w->d = b->digits;
        return;
    }
    int64_t i = IS_INT(v) ? AS_INT(v) : (v == TRUE_VAL);
    uint64_t m = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
    w->sign = i < 0 ? -1 : i > 0;
    w->small[0] = (digit)m;
    w->small[1] = (digit)(m >> 32);
    w->n = m == 0 ? 0 : (m >> 32) ? 2 : 1;
    w->d = w->small;
}

/* Immediates and bools: the int64 fast paths. */
static bool small_int(Value v, int64_t *out) {
    if (IS_INT(v)) {
        *out = AS_INT(v);
        return true;
    }
    if (IS_BOOL(v)) {
        *out = v == TRUE_VAL;
        return true;
    }
    return false;
}

static Value no_memory(VM *vm) {
    if (IS_NONE(vm->exc)) op_no_memory(vm);
    return ERR_VAL;
}

/* A zeroed scratch array that lives on the stack when it is small. */
typedef struct Scratch {
    digit *d;
    digit local[LOCAL_DIGITS];
} Scratch;

static digit *scratch_get(VM *vm, Scratch *s, size_t n) {
    if (n <= LOCAL_DIGITS) {
        memset(s->local, 0, n * sizeof(digit));
        s->d = s->local;
        return s->d;
    }
    if (n > MAX_DIGITS + 8) {
        s->d = NULL;
        no_memory(vm);
        return NULL;
    }
    s->d = calloc(n, sizeof(digit));
    if (!s->d) no_memory(vm);
    return s->d;
}

static void scratch_free(Scratch *s) {
    if (s->d && s->d != s->local) free(s->d);
    s->d = NULL;
}

static size_t normalized(const digit *d, size_t n) {
    while (n > 0 && d[n - 1] == 0) n--;
    return n;
}

/* The normalised int for sign * d[0..n): an immediate when it fits in 48 bits. */
static Value make_int(VM *vm, int sign, const digit *d, size_t n) {
    n = normalized(d, n);
    if (n == 0) return INT_VAL(0);
    if (n <= 2) {
        uint64_t m = d[0] | (n == 2 ? (uint64_t)d[1] << 32 : 0);
        if (m <= (uint64_t)INT_MAX48) return INT_VAL(sign < 0 ? -(int64_t)m : (int64_t)m);
        if (sign < 0 && m == (uint64_t)INT_MAX48 + 1) return INT_VAL(INT_MIN48);
    }
    if (n > MAX_DIGITS) return no_memory(vm);
    ObjBigInt *b = (ObjBigInt *)obj_alloc(vm, OBJ_BIGINT, sizeof(ObjBigInt) + n * sizeof(digit));
    if (!b) return no_memory(vm);
    b->sign = sign < 0 ? -1 : 1;
    b->ndigits = (uint32_t)n;
    memcpy(b->digits, d, n * sizeof(digit));
    return OBJ_VAL(b);
}

static Value view_value(VM *vm, const IntView *v, int sign) {
    return make_int(vm, sign, v->d, v->n);
}

Value int_from_int64(VM *vm, int64_t i) {
    if (INT_FITS(i)) return INT_VAL(i);
    uint64_t m = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
    digit d[2] = {(digit)m, (digit)(m >> 32)};
    return make_int(vm, i < 0 ? -1 : 1, d, 2);
}

Value int_from_uint64(VM *vm, uint64_t u) {
    if (u <= (uint64_t)INT_MAX48) return INT_VAL((int64_t)u);
    digit d[2] = {(digit)u, (digit)(u >> 32)};
    return make_int(vm, 1, d, 2);
}

bool int_to_int64(Value v, int64_t *out) {
    if (small_int(v, out)) return true;
    if (!IS_BIGINT(v)) return false;
    ObjBigInt *b = AS_BIGINT(v);
    if (b->ndigits > 2) return false;
    uint64_t m = b->digits[0] | (b->ndigits == 2 ? (uint64_t)b->digits[1] << 32 : 0);
    if (b->sign > 0) {
        if (m > (uint64_t)INT64_MAX) return false;
        *out = (int64_t)m;
    } else {
        if (m > (uint64_t)INT64_MAX + 1) return false;
        *out = m == (uint64_t)INT64_MAX + 1 ? INT64_MIN : -(int64_t)m;
    }
    return true;
}

/* ------------------------------------------------------------------ */
/* Magnitude arithmetic on digit arrays                               */
/* ------------------------------------------------------------------ */

static int bits_in_digit(digit x) {
    int n = 0;
    while (x) {
        n++;
        x >>= 1;
    }
    return n;
}

static int bits_in_u64(uint64_t x) {
    return (x >> 32) ? 32 + bits_in_digit((digit)(x >> 32)) : bits_in_digit((digit)x);
}

static int64_t mag_bits(const digit *d, size_t n) {
    n = normalized(d, n);
    return n == 0 ? 0 : (int64_t)(n - 1) * 32 + bits_in_digit(d[n - 1]);
}

static int mag_cmp(const digit *a, size_t na, const digit *b, size_t nb) {
    na = normalized(a, na);
    nb = normalized(b, nb);
    if (na != nb) return na < nb ? -1 : 1;
    for (size_t i = na; i-- > 0;) {
        if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
    }
    return 0;
}

/* r = a + b; r has room for max(na, nb) + 1 digits. */
static size_t mag_add(digit *r, const digit *a, size_t na, const digit *b, size_t nb) {
    if (na < nb) {
        const digit *t = a;
        a = b;
        b = t;
        size_t tn = na;
        na = nb;
        nb = tn;
    }
    uint64_t carry = 0;
    size_t i = 0;
    for (; i < nb; i++) {
        carry += (uint64_t)a[i] + b[i];
        r[i] = (digit)carry;
        carry >>= 32;
    }
    for (; i < na; i++) {
        carry += a[i];
        r[i] = (digit)carry;
        carry >>= 32;
    }
    r[i] = (digit)carry;
    return na + 1;
}

/* r = a - b, requires a >= b; r has room for na digits (r may alias a). */
static size_t mag_sub(digit *r, const digit *a, size_t na, const digit *b, size_t nb) {
    uint64_t borrow = 0;
    size_t i = 0;
    for (; i < nb; i++) {
        uint64_t t = (uint64_t)a[i] - b[i] - borrow;
        r[i] = (digit)t;
        borrow = t >> 63;
    }
    for (; i < na; i++) {
        uint64_t t = (uint64_t)a[i] - borrow;
        r[i] = (digit)t;
        borrow = t >> 63;
    }
    return normalized(r, na);
}

/* r[0..nr) += a[0..na), na <= nr; the true sum must fit in nr digits. */
static void mag_add_into(digit *r, size_t nr, const digit *a, size_t na) {
    uint64_t carry = 0;
    size_t i = 0;
    for (; i < na; i++) {
        carry += (uint64_t)r[i] + a[i];
        r[i] = (digit)carry;
        carry >>= 32;
    }
    for (; carry && i < nr; i++) {
        carry += r[i];
        r[i] = (digit)carry;
        carry >>= 32;
    }
}

/* r[0..nr) -= a[0..na); the true difference must be non-negative. */
static void mag_sub_into(digit *r, size_t nr, const digit *a, size_t na) {
    uint64_t borrow = 0;
    size_t i = 0;
    for (; i < na; i++) {
        uint64_t t = (uint64_t)r[i] - a[i] - borrow;
        r[i] = (digit)t;
        borrow = t >> 63;
    }
    for (; borrow && i < nr; i++) {
        uint64_t t = (uint64_t)r[i] - borrow;
        r[i] = (digit)t;
        borrow = t >> 63;
    }
}

/* In place: d = d * m + add; returns the carry out of the top digit. */
static digit mag_mul_add_small(digit *d, size_t n, digit m, digit add) {
    uint64_t carry = add;
    for (size_t i = 0; i < n; i++) {
        carry += (uint64_t)d[i] * m;
        d[i] = (digit)carry;
        carry >>= 32;
    }
    return (digit)carry;
}

/* In place: d = d / m; returns the remainder. */
static digit mag_div_small(digit *d, size_t n, digit m) {
    uint64_t rem = 0;
    for (size_t i = n; i-- > 0;) {
        uint64_t cur = (rem << 32) | d[i];
        d[i] = (digit)(cur / m);
        rem = cur % m;
    }
    return (digit)rem;
}

static void mul_school(digit *r, const digit *a, size_t na, const digit *b, size_t nb) {
    memset(r, 0, (na + nb) * sizeof(digit));
    for (size_t i = 0; i < na; i++) {
        uint64_t carry = 0, ai = a[i];
        if (ai == 0) continue;
        for (size_t j = 0; j < nb; j++) {
            carry += ai * b[j] + r[i + j];
            r[i + j] = (digit)carry;
            carry >>= 32;
        }
        r[i + nb] = (digit)carry;
    }
}

/* r[0..na+nb) = a * b (r must not alias a or b). False when out of memory. */
static bool mul_mag(digit *r, const digit *a, size_t na, const digit *b, size_t nb) {
    if (na < nb) {
        const digit *t = a;
        a = b;
        b = t;
        size_t tn = na;
        na = nb;
        nb = tn;
    }
    if (nb < KARATSUBA_CUTOFF) {
        mul_school(r, a, na, b, nb);
        return true;
    }
    if (2 * nb <= na) {
        /* Lopsided: multiply b by nb-digit slices of a, so Karatsuba sees balanced halves. */
        digit *t = malloc(2 * nb * sizeof(digit));
        if (!t) return false;
        memset(r, 0, (na + nb) * sizeof(digit));
        for (size_t off = 0; off < na; off += nb) {
            size_t len = na - off < nb ? na - off : nb;
            if (!mul_mag(t, a + off, len, b, nb)) {
                free(t);
                return false;
            }
            mag_add_into(r + off, na + nb - off, t, len + nb);
        }
        free(t);
        return true;
    }
    /* a = a1*B^m + a0, b = b1*B^m + b0;  a*b = z2*B^2m + (z1 - z0 - z2)*B^m + z0
     * with z0 = a0*b0, z2 = a1*b1, z1 = (a0+a1)*(b0+b1). nb > m, so b1 is not empty. */
    size_t m = na / 2;
    size_t la = na - m + 1, lb = (m > nb - m ? m : nb - m) + 1;
    digit *sa = malloc((la + lb + la + lb) * sizeof(digit));
    if (!sa) return false;
    digit *sb = sa + la, *z1 = sb + lb;
    if (!mul_mag(r, a, m, b, m) || !mul_mag(r + 2 * m, a + m, na - m, b + m, nb - m)) {
        free(sa);
        return false;
    }
    mag_add(sa, a + m, na - m, a, m);
    if (nb - m >= m) {
        mag_add(sb, b + m, nb - m, b, m);
    } else {
        mag_add(sb, b, m, b + m, nb - m);
    }
    if (!mul_mag(z1, sa, la, sb, lb)) {
        free(sa);
        return false;
    }
    mag_sub_into(z1, la + lb, r, 2 * m);
    mag_sub_into(z1, la + lb, r + 2 * m, na + nb - 2 * m);
    mag_add_into(r + m, na + nb - m, z1, normalized(z1, la + lb));
    free(sa);
    return true;
}

/* q = a / b and r = a % b for magnitudes, b normalised and non-zero. q needs
 * max(na - nb + 1, 1) digits and r needs nb digits (either may be NULL). Knuth's
 * algorithm D; false when out of memory. */
static bool divmod_mag(digit *q, digit *r, const digit *a, size_t na, const digit *b, size_t nb) {
    na = normalized(a, na);
    if (na < nb) {
        if (q) q[0] = 0;
        if (r) {
            memset(r, 0, nb * sizeof(digit));
            memcpy(r, a, na * sizeof(digit));
        }
        return true;
    }
    if (nb == 1) {
        digit *t = q ? q : malloc(na * sizeof(digit));
        if (!t) return false;
        memcpy(t, a, na * sizeof(digit));
        digit rem = mag_div_small(t, na, b[0]);
        if (r) r[0] = rem;
        if (!q) free(t);
        return true;
    }
    int s = 32 - bits_in_digit(b[nb - 1]);
    digit *vn = malloc((nb + na + 1) * sizeof(digit));
    if (!vn) return false;
    digit *un = vn + nb;
    for (size_t i = nb - 1; i > 0; i--) {
        vn[i] = s ? (b[i] << s) | (b[i - 1] >> (32 - s)) : b[i];
    }
    vn[0] = b[0] << s;
    un[na] = s ? a[na - 1] >> (32 - s) : 0;
    for (size_t i = na - 1; i > 0; i--) {
        un[i] = s ? (a[i] << s) | (a[i - 1] >> (32 - s)) : a[i];
    }
    un[0] = a[0] << s;
    uint64_t vtop = vn[nb - 1], vnext = vn[nb - 2];
    for (size_t j = na - nb + 1; j-- > 0;) {
        uint64_t num = ((uint64_t)un[j + nb] << 32) | un[j + nb - 1];
        uint64_t qhat = num / vtop, rhat = num % vtop;
        while (qhat >> 32 || qhat * vnext > ((rhat << 32) | un[j + nb - 2])) {
            qhat--;
            rhat += vtop;
            if (rhat >> 32) break;
        }
        /* Multiply and subtract qhat * v from the current window of u. */
        uint64_t carry = 0, borrow = 0;
        for (size_t i = 0; i < nb; i++) {
            uint64_t p = qhat * vn[i] + carry;
            carry = p >> 32;
            uint64_t t = (uint64_t)un[i + j] - (digit)p - borrow;
            un[i + j] = (digit)t;
            borrow = t >> 63;
        }
        uint64_t t = (uint64_t)un[j + nb] - carry - borrow;
        un[j + nb] = (digit)t;
        if (t >> 63) {
            /* qhat was one too large (rare): add v back. */
            qhat--;
            uint64_t c = 0;
            for (size_t i = 0; i < nb; i++) {
                c += (uint64_t)un[i + j] + vn[i];
                un[i + j] = (digit)c;
                c >>= 32;
            }
            un[j + nb] += (digit)c;
        }
        if (q) q[j] = (digit)qhat;
    }
    if (r) {
        for (size_t i = 0; i < nb; i++) {
            r[i] = s ? (un[i] >> s) | (un[i + 1] << (32 - s)) : un[i];
        }
    }
    free(vn);
    return true;
}

/* ------------------------------------------------------------------ */
/* Addition, subtraction, multiplication                              */
/* ------------------------------------------------------------------ */

/* sa*|a| + sb*|b| for views a and b (with the signs given separately). */
static Value add_signed(VM *vm, const IntView *a, int sa, const IntView *b, int sb) {
    if (sa == 0) return view_value(vm, b, sb);
    if (sb == 0) return view_value(vm, a, sa);
    Scratch s;
    size_t n = (a->n > b->n ? a->n : b->n) + 1;
    digit *r = scratch_get(vm, &s, n);
    if (!r) return ERR_VAL;
    int sign;
    if (sa == sb) {
        mag_add(r, a->d, a->n, b->d, b->n);
        sign = sa;
    } else {
        int c = mag_cmp(a->d, a->n, b->d, b->n);
        if (c == 0) {
            scratch_free(&s);
            return INT_VAL(0);
        }
        if (c > 0) {
            mag_sub(r, a->d, a->n, b->d, b->n);
            sign = sa;
        } else {
            mag_sub(r, b->d, b->n, a->d, a->n);
            sign = sb;
        }
    }
    Value v = make_int(vm, sign, r, n);
    scratch_free(&s);
    return v;
}

Value int_add(VM *vm, Value a, Value b) {
    int64_t x, y;
    if (small_int(a, &x) && small_int(b, &y)) return int_from_int64(vm, x + y);
    IntView va, vb;
    view(a, &va);
    view(b, &vb);
    return add_signed(vm, &va, va.sign, &vb, vb.sign);
}

Value int_sub(VM *vm, Value a, Value b) {
    int64_t x, y;
    if (small_int(a, &x) && small_int(b, &y)) return int_from_int64(vm, x - y);
    IntView va, vb;
    view(a, &va);
    view(b, &vb);
    return add_signed(vm, &va, va.sign, &vb, -vb.sign);
}

static Value mul_views(VM *vm, const IntView *a, const IntView *b) {
    if (a->sign == 0 || b->sign == 0) return INT_VAL(0);
    if (a->n + b->n > MAX_DIGITS) return no_memory(vm);
    if (!vm_charge(vm, (uint64_t)a->n * b->n / WORK_DIGITS_PER_STEP)) return ERR_VAL;
    Scratch s;
    digit *r = scratch_get(vm, &s, a->n + b->n);
    if (!r) return ERR_VAL;
    if (!mul_mag(r, a->d, a->n, b->d, b->n)) {
        scratch_free(&s);
        return no_memory(vm);
    }
    Value v = make_int(vm, a->sign * b->sign, r, a->n + b->n);
    scratch_free(&s);
    return v;
}

Value int_mul(VM *vm, Value a, Value b) {
    int64_t x, y;
    if (small_int(a, &x) && small_int(b, &y) && x > -(1LL << 31) && x < (1LL << 31) &&
        y > -(1LL << 31) && y < (1LL << 31)) {
        return int_from_int64(vm, x * y);
    }
    IntView va, vb;
    view(a, &va);
    view(b, &vb);
    return mul_views(vm, &va, &vb);
}

Value int_neg(VM *vm, Value a) {
    int64_t x;
    if (small_int(a, &x)) return int_from_int64(vm, -x);
    IntView va;
    view(a, &va);
    return view_value(vm, &va, -va.sign);
}

Value int_abs(VM *vm, Value a) {
    int64_t x;
    if (small_int(a, &x)) return int_from_int64(vm, x < 0 ? -x : x);
    IntView va;
    view(a, &va);
    return view_value(vm, &va, 1);
}

/* ------------------------------------------------------------------ */
/* Division                                                           */
/* ------------------------------------------------------------------ */

/* Floor division and modulo: the quotient rounds toward -inf and the remainder takes
 * the sign of the divisor. Either output may be NULL. */
static bool divmod_values(VM *vm, Value a, Value b, Value *qout, Value *rout) {
    /* CPython 3.11 words `a % 0` differently from `a // 0` and divmod(a, 0). */
    const char *zero_msg = qout ? "integer division or modulo by zero" : "integer modulo by zero";
    int64_t x, y;
    if (small_int(a, &x) && small_int(b, &y)) {
        if (y == 0) {
            vm_raise(vm, EXC_ZeroDivisionError, "%s", zero_msg);
            return false;
        }
        int64_t q = x / y, r = x % y;
        if (r != 0 && ((r < 0) != (y < 0))) {
            q--;
            r += y;
        }
        if (qout) *qout = int_from_int64(vm, q);
        if (rout) *rout = INT_VAL(r);
        return true;
    }
    IntView va, vb;
    view(a, &va);
    view(b, &vb);
    if (!vm_charge(vm, (uint64_t)va.n * vb.n / WORK_DIGITS_PER_STEP)) return false;
    if (vb.sign == 0) {
        vm_raise(vm, EXC_ZeroDivisionError, "%s", zero_msg);
        return false;
    }
    size_t nq = (va.n >= vb.n ? va.n - vb.n + 1 : 1) + 1;
    Scratch sq, sr;
    digit *q = scratch_get(vm, &sq, nq);
    if (!q) return false;
    digit *r = scratch_get(vm, &sr, vb.n);
    if (!r) {
        scratch_free(&sq);
        return false;
    }
    bool ok = va.sign == 0 || divmod_mag(q, r, va.d, va.n, vb.d, vb.n);
    if (!ok) {
        scratch_free(&sq);
        scratch_free(&sr);
        no_memory(vm);
        return false;
    }
    int qsign = va.sign * vb.sign;
    if (qsign < 0 && normalized(r, vb.n) != 0) {
        /* Truncation went toward zero: step the quotient down and flip the remainder. */
        digit one = 1;
        mag_add_into(q, nq, &one, 1);
        mag_sub(r, vb.d, vb.n, r, vb.n);
    }
    Value qv = INT_VAL(0), rv = INT_VAL(0);
    if (qout) qv = make_int(vm, qsign, q, nq);
    if (rout && !IS_ERR(qv)) rv = make_int(vm, vb.sign, r, vb.n);
    scratch_free(&sq);
    scratch_free(&sr);
    if (IS_ERR(qv) || IS_ERR(rv)) return false;
    if (qout) *qout = qv;
    if (rout) *rout = rv;
    return true;
}

Value int_floordiv(VM *vm, Value a, Value b) {
    Value q;
    return divmod_values(vm, a, b, &q, NULL) ? q : ERR_VAL;
}

Value int_mod(VM *vm, Value a, Value b) {
    Value r;
    return divmod_values(vm, a, b, NULL, &r) ? r : ERR_VAL;
}

Value int_divmod(VM *vm, Value a, Value b) {
    Value qr[2];
    if (!divmod_values(vm, a, b, &qr[0], &qr[1])) return ERR_VAL;
    return tuple_from(vm, 2, qr);
}

/* a / b correctly rounded, after CPython's long_true_divide: scale a so the integer
 * quotient has DBL_MANT_DIG + 2 or 3 bits, then round once using a sticky bit. */
Value int_truediv(VM *vm, Value a, Value b) {
    IntView va, vb;
    view(a, &va);
    view(b, &vb);
    if (vb.sign == 0) return vm_raise(vm, EXC_ZeroDivisionError, "division by zero");
    int64_t a_bits = mag_bits(va.d, va.n), b_bits = mag_bits(vb.d, vb.n);
    bool negate = (va.sign < 0) != (vb.sign < 0);
    if (a_bits <= DBL_MANT_DIG && b_bits <= DBL_MANT_DIG) {
        /* Both exact as doubles: one IEEE division rounds correctly. */
        uint64_t ma = va.n ? va.d[0] | (va.n > 1 ? (uint64_t)va.d[1] << 32 : 0) : 0;
        uint64_t mb = vb.d[0] | (vb.n > 1 ? (uint64_t)vb.d[1] << 32 : 0);
        double r = (double)ma / (double)mb;
        return FLOAT_VAL(negate ? -r : r);
    }
    if (va.sign == 0) return FLOAT_VAL(negate ? -0.0 : 0.0);
    int64_t diff = a_bits - b_bits;
    if (diff > DBL_MAX_EXP) goto overflow;
    if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) return FLOAT_VAL(negate ? -0.0 : 0.0);
    int64_t shift = (diff > DBL_MIN_EXP ? diff : DBL_MIN_EXP) - DBL_MANT_DIG - 2;
    bool inexact = false;
    /* x = |a| * 2^-shift, truncated. */
    size_t nx;
    Scratch sx;
    digit *x;
    if (shift <= 0) {
        size_t ds = (size_t)(-shift) / 32;
        int bs = (int)((-shift) % 32);
        nx = va.n + ds + 1;
        x = scratch_get(vm, &sx, nx);
        if (!x) return ERR_VAL;
        for (size_t i = 0; i < va.n; i++) {
            x[i + ds] |= va.d[i] << bs;
            if (bs) x[i + ds + 1] = va.d[i] >> (32 - bs);
        }
    } else {
        size_t ds = (size_t)shift / 32;
        int bs = (int)(shift % 32);
        nx = va.n - ds;
        x = scratch_get(vm, &sx, nx);
        if (!x) return ERR_VAL;
        for (size_t i = 0; i < ds; i++) {
            if (va.d[i]) inexact = true;
        }
        if (bs && (va.d[ds] & ((1u << bs) - 1))) inexact = true;
        for (size_t i = 0; i < nx; i++) {
            uint64_t w = va.d[i + ds] | (i + ds + 1 < va.n ? (uint64_t)va.d[i + ds + 1] << 32 : 0);
            x[i] = (digit)(w >> bs);
        }
    }
    digit qd[4] = {0, 0, 0, 0};
    Scratch sr, sq;
    digit *r = scratch_get(vm, &sr, vb.n);
    size_t nq = nx >= vb.n ? nx - vb.n + 1 : 1;
    digit *q = r ? scratch_get(vm, &sq, nq) : NULL;
    if (!q) {
        scratch_free(&sx);
        scratch_free(&sr);
        return ERR_VAL;
    }
    if (!divmod_mag(q, r, x, nx, vb.d, vb.n)) {
        scratch_free(&sx);
        scratch_free(&sr);
        scratch_free(&sq);
        return no_memory(vm);
    }
    if (normalized(r, vb.n)) inexact = true;
    memcpy(qd, q, (nq < 2 ? nq : 2) * sizeof(digit));
    scratch_free(&sx);
    scratch_free(&sr);
    scratch_free(&sq);
    uint64_t qv = qd[0] | (uint64_t)qd[1] << 32;
    int x_size = bits_in_u64(qv);
    int64_t extra = (x_size > DBL_MIN_EXP - shift ? x_size : DBL_MIN_EXP - shift) - DBL_MANT_DIG;
    uint64_t mask = (uint64_t)1 << (extra - 1);
    uint64_t low = qv | (inexact ? 1 : 0);
    if ((low & mask) && (low & (3 * mask - 1))) low += mask;
    qv = low & ~(2 * mask - 1);
    double dx = (double)qv;
    if (shift + x_size >= DBL_MAX_EXP &&
        (shift + x_size > DBL_MAX_EXP || dx == ldexp(1.0, x_size))) {
        goto overflow;
    }
    double result = ldexp(dx, (int)shift);
    return FLOAT_VAL(negate ? -result : result);
overflow:
    return vm_raise(vm, EXC_OverflowError, "integer division result too large for a float");
}

/* ------------------------------------------------------------------ */
/* Powers                                                             */
/* ------------------------------------------------------------------ */

Value int_pow(VM *vm, Value a, Value b) {
    IntView vb;
    view(b, &vb);
    if (vb.sign < 0) {
        /* Normally the caller's job, but keep Python's meaning: a float power. */
        double x, y;
        if (!int_to_double(vm, a, &x) || !int_to_double(vm, b, &y)) return ERR_VAL;
        return float_pow(vm, x, y);
    }
    if (vb.sign == 0) return INT_VAL(1);
    IntView va;
    view(a, &va);
    bool odd = vb.d[0] & 1;
    if (va.sign == 0) return INT_VAL(0);
    if (va.n == 1 && va.d[0] == 1) return INT_VAL(va.sign < 0 && odd ? -1 : 1);
    int64_t e;
    int64_t abits = mag_bits(va.d, va.n);
    if (!int_to_int64(b, &e) || (double)abits * (double)e > (double)MAX_DIGITS * 32.0 - 64) {
        return no_memory(vm);
    }
    int sign = va.sign < 0 && odd ? -1 : 1;
    if (va.n == 1 && (va.d[0] & (va.d[0] - 1)) == 0) {
        /* A power of two: a single shift. */
        int64_t sh = (int64_t)(abits - 1) * e;
        size_t n = (size_t)(sh / 32) + 1;
        Scratch s;
        digit *r = scratch_get(vm, &s, n);
        if (!r) return ERR_VAL;
        r[sh / 32] = (digit)1 << (sh % 32);
        Value v = make_int(vm, sign, r, n);
        scratch_free(&s);
        return v;
    }
    /* Left-to-right square and multiply; the result needs at most abits * e bits. Each
     * product is charged as it is made, so a limit can end a power that takes minutes. */
    size_t cap = (size_t)((abits * e) / 32) + 2;
    digit *res = calloc(cap, sizeof(digit)), *tmp = calloc(cap, sizeof(digit));
    if (!res || !tmp) {
        free(res);
        free(tmp);
        return no_memory(vm);
    }
    memcpy(res, va.d, va.n * sizeof(digit));
    size_t n = va.n;
    int top = bits_in_u64((uint64_t)e) - 1;
    for (int i = top - 1; i >= 0; i--) {
        if (!vm_charge(vm, (uint64_t)n * n / WORK_DIGITS_PER_STEP + 1)) {
            free(res);
            free(tmp);
            return ERR_VAL;
        }
        if (!mul_mag(tmp, res, n, res, n)) goto oom;
        n = normalized(tmp, 2 * n);
        digit *t = res;
        res = tmp;
        tmp = t;
        if ((e >> i) & 1) {
            if (!mul_mag(tmp, res, n, va.d, va.n)) goto oom;
            n = normalized(tmp, n + va.n);
            t = res;
            res = tmp;
            tmp = t;
        }
    }
    Value v = make_int(vm, sign, res, n);
    free(res);
    free(tmp);
    return v;
oom:
    free(res);
    free(tmp);
    return no_memory(vm);
}

/* The inverse of a modulo n (0 <= a < n), or UNDEF_VAL when gcd(a, n) != 1. */
static Value mod_inverse(VM *vm, Value a, Value n) {
    Value old_r = a, r = n, old_s = INT_VAL(1), s = INT_VAL(0);
    while (int_sign(r) != 0) {
        Value q, rem;
        if (!divmod_values(vm, old_r, r, &q, &rem)) return ERR_VAL;
        old_r = r;
        r = rem;
        Value qs = int_mul(vm, q, s);
        if (IS_ERR(qs)) return ERR_VAL;
        Value ns = int_sub(vm, old_s, qs);
        if (IS_ERR(ns)) return ERR_VAL;
        old_s = s;
        s = ns;
    }
    if (!(IS_INT(old_r) && AS_INT(old_r) == 1)) return UNDEF_VAL;
    return int_mod(vm, old_s, n);
}

Value int_pow_mod(VM *vm, Value a, Value b, Value m) {
    int msign = int_sign(m);
    if (msign == 0) return vm_raise(vm, EXC_ValueError, "pow() 3rd argument cannot be 0");
    Value mod = int_abs(vm, m);
    if (IS_ERR(mod)) return ERR_VAL;
    Value base = int_mod(vm, a, mod);
    if (IS_ERR(base)) return ERR_VAL;
    if (int_sign(b) < 0) {
        base = mod_inverse(vm, base, mod);
        if (IS_ERR(base)) return ERR_VAL;
        if (IS_UNDEF(base)) {
            return vm_raise(vm, EXC_ValueError, "base is not invertible for the given modulus");
        }
        b = int_neg(vm, b);
        if (IS_ERR(b)) return ERR_VAL;
    }
    IntView vb, vm_, vbase;
    view(b, &vb);
    view(mod, &vm_);
    view(base, &vbase);
    Value result;
    if (vm_.n == 1 && vm_.d[0] == 1) {
        result = INT_VAL(0);
    } else if (vm_.n == 1) {
        /* A one-digit modulus: every product fits in 64 bits. */
        uint64_t md = vm_.d[0], acc = 1, bs = vbase.n ? vbase.d[0] : 0;
        for (size_t i = vb.n; i-- > 0;) {
            for (int bit = 31; bit >= 0; bit--) {
                acc = acc * acc % md;
                if ((vb.d[i] >> bit) & 1) acc = acc * bs % md;
            }
        }
        result = int_from_uint64(vm, acc);
    } else {
        size_t mn = vm_.n;
        digit *acc = calloc(mn, sizeof(digit)), *prod = calloc(2 * mn, sizeof(digit));
        digit *q = calloc(mn + 2, sizeof(digit));
        if (!acc || !prod || !q) {
            free(acc);
            free(prod);
            free(q);
            return no_memory(vm);
        }
        acc[0] = 1;
        bool ok = true;
        bool stopped = false;
        for (size_t i = vb.n; i-- > 0 && ok;) {
            for (int bit = 31; bit >= 0 && ok; bit--) {
                /* A square, a reduction, maybe a product: charged, so limits can end it. */
                if (!vm_charge(vm, 3 * (uint64_t)mn * mn / WORK_DIGITS_PER_STEP + 1)) {
                    ok = false;
                    stopped = true;
                    break;
                }
                ok = mul_mag(prod, acc, mn, acc, mn) && divmod_mag(q, acc, prod, 2 * mn, vm_.d, mn);
                if (ok && ((vb.d[i] >> bit) & 1)) {
                    memset(prod, 0, 2 * mn * sizeof(digit));
                    ok = (vbase.n == 0 || mul_mag(prod, acc, mn, vbase.d, vbase.n)) &&
                         divmod_mag(q, acc, prod, 2 * mn, vm_.d, mn);
                }
            }
        }
        result = ok ? make_int(vm, 1, acc, mn) : stopped ? ERR_VAL : no_memory(vm);
        free(acc);
        free(prod);
        free(q);
    }
    if (IS_ERR(result)) return ERR_VAL;
    if (msign < 0 && int_sign(result) != 0) result = int_sub(vm, result, mod);
    return result;
}

/* ------------------------------------------------------------------ */
/* Bitwise operations                                                 */
/* ------------------------------------------------------------------ */

/* Two's complement of a view in n digits (n > a->n, so the sign bit fits). */
static void to_twos(digit *out, const IntView *a, size_t n) {
    memset(out, 0, n * sizeof(digit));
    memcpy(out, a->d, a->n * sizeof(digit));
    if (a->sign < 0) {
        uint64_t carry = 1;
        for (size_t i = 0; i < n; i++) {
            carry += (digit)~out[i];
            out[i] = (digit)carry;
            carry >>= 32;
        }
    }
}

static Value bitwise(VM *vm, Value a, Value b, char op) {
    int64_t x, y;
    if (small_int(a, &x) && small_int(b, &y)) {
        return INT_VAL(op == '&' ? (x & y) : op == '|' ? (x | y) : (x ^ y));
    }
    IntView va, vb;
    view(a, &va);
    view(b, &vb);
    size_t n = (va.n > vb.n ? va.n : vb.n) + 1;
    Scratch s;
    digit *ta = scratch_get(vm, &s, 3 * n);
    if (!ta) return ERR_VAL;
    digit *tb = ta + n, *r = tb + n;
    to_twos(ta, &va, n);
    to_twos(tb, &vb, n);
    for (size_t i = 0; i < n; i++) {
        r[i] = op == '&' ? (ta[i] & tb[i]) : op == '|' ? (ta[i] | tb[i]) : (ta[i] ^ tb[i]);
    }
    int sign = 1;
    if (r[n - 1] >> 31) {
        sign = -1;
        uint64_t carry = 1;
        for (size_t i = 0; i < n; i++) {
            carry += (digit)~r[i];
            r[i] = (digit)carry;
            carry >>= 32;
        }
    }
    Value v = make_int(vm, sign, r, n);
    scratch_free(&s);
    return v;
}

Value int_and(VM *vm, Value a, Value b) { return bitwise(vm, a, b, '&'); }
Value int_or(VM *vm, Value a, Value b) { return bitwise(vm, a, b, '|'); }
Value int_xor(VM *vm, Value a, Value b) { return bitwise(vm, a, b, '^'); }

Value int_invert(VM *vm, Value a) {
    int64_t x;
    if (small_int(a, &x)) return INT_VAL(~x);
    Value t = int_add(vm, a, INT_VAL(1));
    return IS_ERR(t) ? t : int_neg(vm, t);
}

/* |a| shifted by `sh` bits (left when left), as a normalised value with `sign`. */
static Value shift_mag(VM *vm, const digit *d, size_t n, int64_t sh, bool left, int sign) {
    Scratch s;
    size_t ds = (size_t)(sh / 32);
    int bs = (int)(sh % 32);
    if (left) {
        size_t nr = n + ds + 1;
        digit *r = scratch_get(vm, &s, nr);
        if (!r) return ERR_VAL;
        for (size_t i = 0; i < n; i++) {
            r[i + ds] |= d[i] << bs;
            if (bs) r[i + ds + 1] = d[i] >> (32 - bs);
        }
        Value v = make_int(vm, sign, r, nr);
        scratch_free(&s);
        return v;
    }
    if (ds >= n) return INT_VAL(0);
    size_t nr = n - ds;
    digit *r = scratch_get(vm, &s, nr);
    if (!r) return ERR_VAL;
    for (size_t i = 0; i < nr; i++) {
        uint64_t w = d[i + ds] | (i + ds + 1 < n ? (uint64_t)d[i + ds + 1] << 32 : 0);
        r[i] = (digit)(w >> bs);
    }
    Value v = make_int(vm, sign, r, nr);
    scratch_free(&s);
    return v;
}

Value int_lshift(VM *vm, Value a, Value b) {
    if (int_sign(b) < 0) return vm_raise(vm, EXC_ValueError, "negative shift count");
    if (int_sign(a) == 0) return INT_VAL(0);
    int64_t sh, x;
    if (!int_to_int64(b, &sh) || sh / 32 > (int64_t)MAX_DIGITS) return no_memory(vm);
    if (small_int(a, &x) && sh < 48) {
        int64_t lim = (int64_t)1 << (62 - sh);
        if (x > -lim && x < lim) return int_from_int64(vm, x * ((int64_t)1 << sh));
    }
    IntView va;
    view(a, &va);
    return shift_mag(vm, va.d, va.n, sh, true, va.sign);
}

Value int_rshift(VM *vm, Value a, Value b) {
    if (int_sign(b) < 0) return vm_raise(vm, EXC_ValueError, "negative shift count");
    int64_t sh, x;
    int sa = int_sign(a);
    if (!int_to_int64(b, &sh)) return INT_VAL(sa < 0 ? -1 : 0);
    if (small_int(a, &x)) {
        if (sh >= 63) return INT_VAL(x < 0 ? -1 : 0);
        return INT_VAL(x >= 0 ? x >> sh : ~(~x >> sh));
    }
    IntView va;
    view(a, &va);
    if (sa > 0) return shift_mag(vm, va.d, va.n, sh, false, 1);
    /* Floor semantics for negatives: a >> s == -(((|a| - 1) >> s) + 1). */
    Scratch s;
    digit *t = scratch_get(vm, &s, va.n + 1);
    if (!t) return ERR_VAL;
    digit one = 1;
    mag_sub(t, va.d, va.n, &one, 1);
    size_t ds = (size_t)(sh / 32);
    int bs = (int)(sh % 32);
    if (ds >= va.n) {
        memset(t, 0, (va.n + 1) * sizeof(digit));
    } else {
        size_t nr = va.n - ds;
        for (size_t i = 0; i < nr; i++) {
            uint64_t w = t[i + ds] | (i + ds + 1 < va.n ? (uint64_t)t[i + ds + 1] << 32 : 0);
            t[i] = (digit)(w >> bs);
        }
        memset(t + nr, 0, (va.n + 1 - nr) * sizeof(digit));
    }
    mag_add_into(t, va.n + 1, &one, 1);
    Value v = make_int(vm, -1, t, va.n + 1);
    scratch_free(&s);
    return v;
}

/* ------------------------------------------------------------------ */
/* Comparison, hashing, conversions                                   */
/* ------------------------------------------------------------------ */

int int_compare(Value a, Value b) {
    int64_t x, y;
    if (small_int(a, &x) && small_int(b, &y)) return (x > y) - (x < y);
    IntView va, vb;
    view(a, &va);
    view(b, &vb);
    if (va.sign != vb.sign) return va.sign < vb.sign ? -1 : 1;
    int c = mag_cmp(va.d, va.n, vb.d, vb.n);
    return va.sign < 0 ? -c : c;
}

int int_sign(Value a) {
    int64_t x;
    if (small_int(a, &x)) return (x > 0) - (x < 0);
    return IS_BIGINT(a) ? AS_BIGINT(a)->sign : 0;
}

#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)

int64_t int_hash(Value a) {
    int64_t x;
    if (small_int(a, &x)) return x == -1 ? -2 : x;
    IntView va;
    view(a, &va);
    /* |a| mod 2^61-1, one digit at a time: x * 2^32 is a rotation modulo 2^61-1. */
    uint64_t h = 0;
    for (size_t i = va.n; i-- > 0;) {
        h = ((h << 32) & HASH_MODULUS) | (h >> (HASH_BITS - 32));
        h += va.d[i];
        while (h >= HASH_MODULUS) h -= HASH_MODULUS;
    }
    int64_t r = va.sign < 0 ? -(int64_t)h : (int64_t)h;
    return r == -1 ? -2 : r;
}

Value int_bit_length(VM *vm, Value a) {
    (void)vm;
    IntView va;
    view(a, &va);
    return INT_VAL(mag_bits(va.d, va.n));
}

bool int_to_double(VM *vm, Value a, double *out) {
    int64_t x;
    if (small_int(a, &x)) {
        *out = (double)x;
        return true;
    }
    IntView va;
    view(a, &va);
    int64_t nbits = mag_bits(va.d, va.n);
    double r;
    if (nbits <= 64) {
        r = (double)(va.d[0] | (va.n > 1 ? (uint64_t)va.d[1] << 32 : 0));
    } else {
        if (nbits > DBL_MAX_EXP + 1) goto overflow;
        /* The top 64 bits with a sticky bit for everything below: one correctly
         * rounded uint64 -> double conversion then rounds the whole value right. */
        int64_t sh = nbits - 64;
        size_t ds = (size_t)(sh / 32);
        int bs = (int)(sh % 32);
        uint64_t top = 0;
        for (int k = 2; k >= 0; k--) {
            size_t i = ds + (size_t)k;
            uint64_t dk = i < va.n ? va.d[i] : 0;
            if (k == 2) top = bs ? dk << (64 - bs) : 0;
            else if (k == 1) top |= bs ? dk << (32 - bs) : dk << 32;
            else top |= dk >> bs;
        }
        bool sticky = bs && (va.d[ds] & ((1u << bs) - 1));
        for (size_t i = 0; i < ds && !sticky; i++) sticky = va.d[i] != 0;
        r = ldexp((double)(top | (sticky ? 1 : 0)), (int)sh);
        if (isinf(r)) goto overflow;
    }
    *out = va.sign < 0 ? -r : r;
    return true;
overflow:
    vm_raise(vm, EXC_OverflowError, "int too large to convert to float");
    return false;
}

Value int_from_double(VM *vm, double d) {
    if (isnan(d)) return vm_raise(vm, EXC_ValueError, "cannot convert float NaN to integer");
    if (isinf(d)) return vm_raise(vm, EXC_OverflowError, "cannot convert float infinity to integer");
    if (fabs(d) < 9.2e18) return int_from_int64(vm, (int64_t)d);
    int e;
    frexp(fabs(d), &e);
    /* |d| = m * 2^(e-53) exactly, with m a 53-bit integer (e > 63 here). */
    uint64_t m = (uint64_t)ldexp(fabs(d), DBL_MANT_DIG - e);
    digit md[2] = {(digit)m, (digit)(m >> 32)};
    return shift_mag(vm, md, 2, e - DBL_MANT_DIG, true, d < 0 ? -1 : 1);
}

/* ------------------------------------------------------------------ */
/* Text                                                               */
/* ------------------------------------------------------------------ */

static const char digit_chars[] = "0123456789abcdefghijklmnopqrstuvwxyz";

Value int_to_str(VM *vm, Value a, int base, bool prefix) {
    IntView va;
    view(a, &va);
    int shift = base == 2 ? 1 : base == 8 ? 3 : base == 16 ? 4 : 0;
    int64_t nbits = mag_bits(va.d, va.n);
    size_t ndig = shift ? (size_t)((nbits + shift - 1) / shift) : (size_t)(nbits / 3 + 2);
    if (!shift && nbits > 0 && (int64_t)((double)(nbits - 1) * 0.30102999566398) + 1 > MAX_STR_DIGITS) {
        goto too_long; /* surely more digits than the limit: do not even convert */
    }
    size_t cap = ndig + 4;
    char local[128];
    char *buf = cap <= sizeof local ? local : malloc(cap);
    if (!buf) return no_memory(vm);
    size_t pos = cap; /* digits are written backwards from the end */
    if (va.sign == 0) {
        buf[--pos] = '0';
    } else if (shift) {
        int64_t bit = 0;
        while (bit < nbits) {
            size_t i = (size_t)(bit / 32);
            int off = (int)(bit % 32);
            uint64_t w = va.d[i] | (i + 1 < va.n ? (uint64_t)va.d[i + 1] << 32 : 0);
            buf[--pos] = digit_chars[(w >> off) & ((1u << shift) - 1)];
            bit += shift;
        }
    } else if (va.n <= 2) {
        uint64_t m = va.d[0] | (va.n > 1 ? (uint64_t)va.d[1] << 32 : 0);
        while (m) {
            buf[--pos] = (char)('0' + m % 10);
            m /= 10;
        }
    } else {
        /* Peel off nine decimal digits per short division by 10^9. */
        digit *t = malloc(va.n * sizeof(digit));
        if (!t) {
            if (buf != local) free(buf);
            return no_memory(vm);
        }
        memcpy(t, va.d, va.n * sizeof(digit));
        size_t n = va.n;
        while (n > 0) {
            digit rem = mag_div_small(t, n, 1000000000u);
            n = normalized(t, n);
            for (int k = 0; k < 9 && (n > 0 || rem); k++) {
                buf[--pos] = (char)('0' + rem % 10);
                rem /= 10;
            }
        }
        free(t);
    }
    if (!shift && cap - pos > MAX_STR_DIGITS) {
        if (buf != local) free(buf);
        goto too_long;
    }
    if (prefix && base != 10) {
        buf[--pos] = base == 2 ? 'b' : base == 8 ? 'o' : 'x';
        buf[--pos] = '0';
    }
    if (va.sign < 0) buf[--pos] = '-';
    Value v = OBJ_VAL(str_new(vm, buf + pos, cap - pos));
    if (buf != local) free(buf);
    return v;
too_long:
    return vm_raise(vm, EXC_ValueError,
                    "Exceeds the limit (%d digits) for integer string conversion; use "
                    "sys.set_int_max_str_digits() to increase the limit",
                    MAX_STR_DIGITS);
}

static int digit_value(unsigned char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

/* Already validated digits in `base` (underscores are skipped) into a value, one
 * 32-bit chunk of digits per multiply-add pass. */
static Value digits_to_int(VM *vm, const char *s, size_t len, int base, int sign) {
    size_t cap = len * 6 / 32 + 2;
    if (cap > MAX_DIGITS) return no_memory(vm);
    Scratch sc;
    digit *d = scratch_get(vm, &sc, cap);
    if (!d) return ERR_VAL;
    size_t n = 0;
    digit chunk = 0, mult = 1;
    for (size_t i = 0; i <= len; i++) {
        bool end = i == len;
        if (!end && s[i] == '_') continue;
        if (end || mult > UINT32_MAX / (digit)base) {
            digit carry = mag_mul_add_small(d, n, mult, chunk);
            if (carry) d[n++] = carry;
            chunk = 0;
            mult = 1;
            if (end) break;
        }
        chunk = chunk * (digit)base + (digit)digit_value((unsigned char)s[i]);
        mult *= (digit)base;
    }
    Value v = make_int(vm, sign, d, n);
    scratch_free(&sc);
    return v;
}

Value int_from_decimal(VM *vm, const char *digits, size_t len) {
    if (len <= 15) {
        int64_t x = 0;
        for (size_t i = 0; i < len; i++) {
            if (digits[i] != '_') x = x * 10 + (digits[i] - '0');
        }
        return int_from_int64(vm, x);
    }
    return digits_to_int(vm, digits, len, 10, 1);
}

Value int_parse(VM *vm, const char *text, size_t len, int base) {
    if ((base != 0 && base < 2) || base > 36) {
        return vm_raise(vm, EXC_ValueError, "int() base must be >= 2 and <= 36, or 0");
    }
    const char *p = text, *end = text + len;
    num_strip_space(&p, &end);
    int sign = 1, b = base;
    bool error_if_nonzero = false;
    if (p < end && (*p == '+' || *p == '-')) sign = *p++ == '-' ? -1 : 1;
    char c1 = end - p >= 2 ? p[1] : 0;
    if (b == 0) {
        if (p >= end || p[0] != '0') b = 10;
        else if (c1 == 'x' || c1 == 'X') b = 16;
        else if (c1 == 'o' || c1 == 'O') b = 8;
        else if (c1 == 'b' || c1 == 'B') b = 2;
        else {
            /* "010" was a C-style octal literal: only zeros are allowed now. */
            error_if_nonzero = true;
            b = 10;
        }
    }
    if (p < end && p[0] == '0' &&
        ((b == 16 && (c1 == 'x' || c1 == 'X')) || (b == 8 && (c1 == 'o' || c1 == 'O')) ||
         (b == 2 && (c1 == 'b' || c1 == 'B')))) {
        p += 2;
        if (p < end && *p == '_') p++; /* one underscore may follow the prefix */
    }
    /* Digits with single underscores strictly between them. */
    const char *start = p, *q = p;
    bool ok = p < end && *p != '_', nonzero = false;
    size_t ndigits = 0;
    char prev = 0;
    for (; ok && q < end; q++) {
        if (*q == '_') {
            ok = prev != '_';
        } else {
            int dv = digit_value((unsigned char)*q);
            if (dv >= b) break;
            if (dv > 0) nonzero = true;
            ndigits++;
        }
        prev = *q;
    }
    if (prev == '_') ok = false;
    if (ok && (b & (b - 1)) != 0 && ndigits > MAX_STR_DIGITS) {
        return vm_raise(vm, EXC_ValueError,
                        "Exceeds the limit (%d digits) for integer string conversion: value has "
                        "%d digits; use sys.set_int_max_str_digits() to increase the limit",
                        MAX_STR_DIGITS, (int)ndigits);
    }
    if (q != end || (error_if_nonzero && nonzero)) ok = false;
    if (!ok) {
        Value r = str_repr(vm, str_new(vm, text, len));
        if (IS_ERR(r)) return ERR_VAL;
        ObjStr *rs = AS_STR(r);
        /* CPython shows at most 200 characters of the repr. */
        size_t cut = 0, cps = 0;
        while (cut < rs->len && cps < 200) {
            cut++;
            while (cut < rs->len && ((unsigned char)rs->chars[cut] & 0xc0) == 0x80) cut++;
            cps++;
        }
        char *shown = malloc(cut + 1);
        if (!shown) return no_memory(vm);
        memcpy(shown, rs->chars, cut);
        shown[cut] = '\0';
        vm_raise(vm, EXC_ValueError, "invalid literal for int() with base %d: %s", base, shown);
        free(shown);
        return ERR_VAL;
    }
    size_t n = (size_t)(end - start);
    if (b == 10 && n <= 15) {
        int64_t x = 0;
        for (size_t i = 0; i < n; i++) {
            if (start[i] != '_') x = x * 10 + (start[i] - '0');
        }
        return int_from_int64(vm, sign * x);
    }
    return digits_to_int(vm, start, n, b, sign);
}
