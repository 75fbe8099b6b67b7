/* math.c — the native half of the `math` module (build/modules/math.wasm), built with
 * the SDK and emcc (musl's libm). Each function keeps CPython's error rules: a NaN from a
 * non-NaN argument is "ValueError: math domain error", an infinity from a finite one is
 * "OverflowError: math range error" or, at a pole, a domain error. Ints cross as 48-bit
 * words, so modules/math.py supplies the integer functions for ints of any size. */
#include <math.h>

#include "../sdk/edge_sdk.h"

EDGE_CONST(float, pi, 3.141592653589793)
EDGE_CONST(float, e, 2.718281828459045)
EDGE_CONST(float, tau, 6.283185307179586)
EDGE_CONST(float, inf, INFINITY)
EDGE_CONST(float, nan, NAN)

static double domain_error(void) { return edge_raise("ValueError", "math domain error"); }
static double range_error(void) { return edge_raise("OverflowError", "math range error"); }

/* CPython's math_1: judges the result r of a one-argument function at x. */
static double check1(double x, double r, bool can_overflow) {
    if (isnan(r) && !isnan(x)) return domain_error();
    if (isinf(r) && isfinite(x)) return can_overflow ? range_error() : domain_error();
    return r;
}

/* CPython's math_2, the same for two arguments. */
static double check2(double x, double y, double r) {
    if (isnan(r) && !isnan(x) && !isnan(y)) return domain_error();
    if (isinf(r) && isfinite(x) && isfinite(y)) return range_error();
    return r;
}

#define FUNC1(name, can_overflow)                                                                  \
    EDGE_FN(float, name, float, x) { return check1(x, name(x), can_overflow); }

FUNC1(sqrt, false)
FUNC1(cbrt, false)
FUNC1(exp, true)
FUNC1(exp2, true)
FUNC1(expm1, true)
FUNC1(sin, false)
FUNC1(cos, false)
FUNC1(tan, false)
FUNC1(asin, false)
FUNC1(acos, false)
FUNC1(atan, false)
FUNC1(sinh, true)
FUNC1(cosh, true)
FUNC1(tanh, false)
FUNC1(asinh, false)
FUNC1(acosh, false)
FUNC1(atanh, false)
FUNC1(fabs, false)
FUNC1(erf, false)
FUNC1(erfc, false)

/* The logarithms, as CPython's m_log: log(0) is a pole, a negative x out of the domain. */
static double log_checked(double x, double (*f)(double)) {
    if (isnan(x)) return x;
    if (x > 0.0) return f(x); /* log(inf) is inf */
    return domain_error();
}

/* log(x) or log(x, base) = log(x) / log(base), as CPython computes it. */
EDGE_FN(float, log, float, x, optional, base) {
    double num = log_checked(x, log);
    if (edge_is_none(base) || edge_raised()) return num;
    if (!edge_is_float(base) && !edge_is_int(base) && !edge_is_bool(base)) {
        edge_buf b = {0};
        edge_buf_add_cstr(&b, "must be real number, not ");
        edge_buf_add_cstr(&b, edge_type_name(base));
        return edge_raise_str("TypeError", edge_buf_str(&b));
    }
    double den = log_checked(edge_as_float(base), log);
    if (edge_raised()) return 0.0;
    if (den == 0.0) return edge_raise("ZeroDivisionError", "float division by zero");
    return num / den;
}
EDGE_FN(float, log2, float, x) { return log_checked(x, log2); }
EDGE_FN(float, log10, float, x) { return log_checked(x, log10); }
EDGE_FN(float, log1p, float, x) { return check1(x, x == 0.0 ? x : log1p(x), false); }

/* CPython's math_pow: IEEE special cases first, then libm for finite ** finite. */
EDGE_FN(float, pow, float, x, float, y) {
    if (!isfinite(x) || !isfinite(y)) {
        if (isnan(x)) return y == 0.0 ? 1.0 : x;
        if (isnan(y)) return x == 1.0 ? 1.0 : y;
        if (isinf(x)) {
            bool odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
            if (y > 0.0) return odd_y ? x : fabs(x);
            if (y == 0.0) return 1.0;
            return odd_y ? copysign(0.0, x) : 0.0;
        }
        if (fabs(x) == 1.0) return 1.0;
        if (y > 0.0 && fabs(x) > 1.0) return y;
        if (y < 0.0 && fabs(x) < 1.0) return -y;
        return 0.0;
    }
    /* A NaN comes from a negative ** a non-integer, an infinity from 0 ** a negative (a
     * pole) or from an overflow. */
    double r = pow(x, y);
    if (isnan(r)) return domain_error();
    if (isinf(r)) return x == 0.0 ? domain_error() : range_error();
    return r;
}

EDGE_FN(float, atan2, float, y, float, x) { return atan2(y, x); }
EDGE_FN(float, copysign, float, x, float, y) { return copysign(x, y); }
EDGE_FN(float, fmod, float, x, float, y) {
    if (isinf(y) && isfinite(x)) return x;
    return check2(x, y, fmod(x, y));
}
EDGE_FN(float, remainder, float, x, float, y) {
    if (isinf(y) && isfinite(x)) return x;
    return check2(x, y, remainder(x, y));
}
EDGE_FN(float, nextafter, float, x, float, y) { return nextafter(x, y); }
EDGE_FN(float, ulp, float, x) {
    if (isnan(x)) return x;
    x = fabs(x);
    if (isinf(x)) return x;
    double up = nextafter(x, INFINITY);
    if (isinf(up)) return x - nextafter(x, -INFINITY); /* x is the largest float */
    return up - x;
}

EDGE_FN(float, degrees, float, x) { return x * (180.0 / 3.141592653589793); }
EDGE_FN(float, radians, float, x) { return x * (3.141592653589793 / 180.0); }

/* ldexp(x, i) takes an int exponent and says so in CPython's words. */
EDGE_FN(float, ldexp, float, x, any, i) {
    if (!edge_is_int(i) && !edge_is_bool(i))
        return edge_raise("TypeError", "Expected an int as second argument to ldexp.");
    int64_t n = edge_as_int(i);
    if (x == 0.0 || !isfinite(x)) return x;
    if (n > 100000) return range_error();
    if (n < -100000) return copysign(0.0, x);
    double r = ldexp(x, (int)n);
    return isinf(r) ? range_error() : r;
}

/* hypot(x, y) as CPython's vector_norm: scaled by a power of two, squares summed exactly
 * in two parts (Dekker), then one correction step; correctly rounded in nearly all cases. */
typedef struct {
    double hi, lo;
} DoubleLength;

static DoubleLength dl_split(double x) {
    double t = x * 134217729.0; /* Veltkamp: 2**27 + 1 */
    double hi = t - (t - x);
    return (DoubleLength){hi, x - hi};
}
static DoubleLength dl_mul(double x, double y) {
    DoubleLength xx = dl_split(x), yy = dl_split(y);
    double p = xx.hi * yy.hi;
    double q = xx.hi * yy.lo + xx.lo * yy.hi;
    double z = p + q;
    double zz = p - z + q + xx.lo * yy.lo;
    return (DoubleLength){z, zz};
}
static DoubleLength dl_fast_sum(double a, double b) {
    double x = a + b;
    return (DoubleLength){x, (a - x) + b};
}

static double vector_norm2(double a, double b, double max, bool found_nan) {
    if (isinf(max)) return max;
    if (found_nan) return NAN;
    if (max == 0.0) return max;
    int max_e;
    frexp(max, &max_e);
    if (max_e < -1023) /* subnormals: scale up first so ldexp below cannot overflow */
        return 2.2250738585072014e-308 * vector_norm2(a / 2.2250738585072014e-308,
                                                      b / 2.2250738585072014e-308,
                                                      max / 2.2250738585072014e-308, false);
    double scale = ldexp(1.0, -max_e);
    double csum = 1.0, frac1 = 0.0, frac2 = 0.0, v[2] = {a, b};
    DoubleLength pr, sm;
    for (int i = 0; i < 2; i++) {
        double x = v[i] * scale;
        pr = dl_mul(x, x);
        sm = dl_fast_sum(csum, pr.hi);
        csum = sm.hi;
        frac1 += pr.lo;
        frac2 += sm.lo;
    }
    double h = sqrt(csum - 1.0 + (frac1 + frac2));
    pr = dl_mul(-h, h);
    sm = dl_fast_sum(csum, pr.hi);
    csum = sm.hi;
    frac1 += pr.lo;
    frac2 += sm.lo;
    double x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    return h / scale;
}

EDGE_FN(float, hypot, float, x, float, y) {
    x = fabs(x);
    y = fabs(y);
    double max = 0.0;
    if (x > max) max = x;
    if (y > max) max = y;
    return vector_norm2(x, y, max, isnan(x) || isnan(y));
}

EDGE_FN(bool, isfinite, float, x) { return isfinite(x); }
EDGE_FN(bool, isnan, float, x) { return isnan(x); }
EDGE_FN(bool, isinf, float, x) { return isinf(x); }

/* A float's integral value as an int, with int()'s errors. Beyond int64 it reports a
 * value the 48-bit check then rejects with OverflowError. */
static int64_t to_int(double r) {
    if (isnan(r)) return edge_raise("ValueError", "cannot convert float NaN to integer");
    if (isinf(r)) return edge_raise("OverflowError", "cannot convert float infinity to integer");
    if (r >= 9.2e18) return INT64_MAX;
    if (r <= -9.2e18) return INT64_MIN;
    return (int64_t)r;
}

/* 48-bit results here; math.py's floor, ceil and trunc take any size. */
EDGE_FN(int, floor, float, x) { return to_int(floor(x)); }
EDGE_FN(int, ceil, float, x) { return to_int(ceil(x)); }
EDGE_FN(int, trunc, float, x) { return to_int(trunc(x)); }

/* frexp and modf return tuples, which the ABI cannot: math.py builds them from these. */
EDGE_FN(float, _frexp_mantissa, float, x) {
    if (isnan(x) || isinf(x) || x == 0.0) return x;
    int e;
    return frexp(x, &e);
}
EDGE_FN(int, _frexp_exponent, float, x) {
    if (isnan(x) || isinf(x) || x == 0.0) return 0;
    int e;
    frexp(x, &e);
    return e;
}

/* Integer functions on 48-bit ints (math.py has them for any size). */
EDGE_FN(int, gcd, int, a, int, b) {
    uint64_t x = a < 0 ? (uint64_t)0 - (uint64_t)a : (uint64_t)a;
    uint64_t y = b < 0 ? (uint64_t)0 - (uint64_t)b : (uint64_t)b;
    while (y) {
        uint64_t t = x % y;
        x = y;
        y = t;
    }
    return (int64_t)x;
}

EDGE_FN(int, isqrt, int, n) {
    if (n < 0) return edge_raise("ValueError", "isqrt() argument must be nonnegative");
    int64_t r = (int64_t)sqrt((double)n);
    while (r * r > n) r--;
    while ((r + 1) * (r + 1) <= n) r++;
    return r;
}

/* 16! is the largest factorial in 48 bits; past 20! it would not fit int64 either. */
EDGE_FN(int, factorial, int, n) {
    if (n < 0) return edge_raise("ValueError", "factorial() not defined for negative values");
    if (n > 20) return INT64_MAX;
    int64_t r = 1;
    for (int64_t i = 2; i <= n; i++) r *= i;
    return r;
}
