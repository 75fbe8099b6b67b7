/* numfmt.c — numbers to text and back, following CPython digit for digit: float repr
 * (the shortest string that round-trips), the format-spec mini-language for int and
 * float, float(str), round(), float ** float, float hashing. Decimal digits come from
 * the C library's correctly rounded snprintf/strtod, laid out as CPython's pystrtod.c. */

#include "numfmt.h"

#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bigint.h"
#include "containers.h"
#include "str.h"

static Value no_memory(VM *vm) {
    if (IS_NONE(vm->exc)) op_no_memory(vm);
    return ERR_VAL;
}

/* ------------------------------------------------------------------ */
/* Decimal digits of a double                                         */
/* ------------------------------------------------------------------ */

/* What _Py_dg_dtoa returns for a finite |x|: the significant digits without trailing
 * zeros ("0" for zero) and the position of the decimal point relative to them. */
typedef struct Digits {
    char *s; /* points into local or to a malloc'ed buffer */
    size_t n;
    int decpt;
    char local[40];
} Digits;

static void digits_free(Digits *g) {
    if (g->s != g->local) free(g->s);
    g->s = NULL;
}

/* Splits snprintf's "%.*e" text ("d.ddde+XX") into digits and a decimal exponent. */
static size_t split_exp_form(const char *text, char *out, int *exp10) {
    size_t n = 0;
    const char *p = text;
    for (; *p && *p != 'e'; p++) {
        if (*p >= '0' && *p <= '9') out[n++] = *p;
    }
    *exp10 = *p == 'e' ? atoi(p + 1) : 0;
    return n;
}

static bool round_trips(const char *text, double x) { return strtod(text, NULL) == x; }

/* The correctly rounded p-digit decimal of x (p <= 17) into out, derived from its
 * correctly rounded 17-digit expansion d17 (exponent e17): rounding those digits again
 * is right unless they end in an exact tie, where only the C library knows the true
 * direction. Returns the decimal exponent of out[0]. */
static int round_digits(double x, const char *d17, int e17, int p, char *out) {
    memcpy(out, d17, (size_t)p);
    if (p == 17) return e17;
    int c = d17[p] < '5' ? -1 : d17[p] > '5' ? 1 : 0;
    for (int i = p + 1; i < 17 && c == 0; i++) {
        if (d17[i] != '0') c = 1;
    }
    if (c == 0) {
        char buf[40];
        int e;
        snprintf(buf, sizeof buf, "%.*e", p - 1, x);
        split_exp_form(buf, out, &e);
        return e;
    }
    if (c < 0) return e17;
    int i = p;
    while (i > 0 && out[i - 1] == '9') out[--i] = '0';
    if (i == 0) {
        out[0] = '1';
        return e17 + 1;
    }
    out[i - 1]++;
    return e17;
}

/* Reads the decimal d[0..p) * 10^(e - p + 1) back: is it x? Built by hand, since
 * snprintf costs as much as the strtod. */
static bool digits_round_trip(const char *d, int p, int e, double x) {
    char buf[48];
    memcpy(buf, d, (size_t)p);
    char *q = buf + p;
    int ex = e - p + 1;
    *q++ = 'e';
    if (ex < 0) {
        *q++ = '-';
        ex = -ex;
    }
    char tmp[8];
    int n = 0;
    do {
        tmp[n++] = (char)('0' + ex % 10);
        ex /= 10;
    } while (ex);
    while (n) *q++ = tmp[--n];
    *q = '\0';
    return round_trips(buf, x);
}

/* Mode 0: the shortest digit string that reads back as x (x > 0, finite), nearest to
 * x among those of its length. Round-tripping is monotone in the length, so a binary
 * search finds it; the 16-digit candidate goes first because most doubles need 16 or
 * 17 digits, and its trailing zeros bound the search for the others. At a power of two
 * the rounding interval is lopsided (narrower below), so the next decimal up may
 * round-trip when the nearest one does not: dtoa picks that one, and so do we. */
static void shortest_digits(double x, Digits *g) {
    g->s = g->local;
    if (x < 9007199254740992.0 && x == floor(x)) {
        /* Integers below 2^53: their own digits are the shortest. */
        char tmp[24];
        int n = 0;
        for (uint64_t u = (uint64_t)x; u; u /= 10) tmp[n++] = (char)('0' + u % 10);
        for (int i = 0; i < n; i++) g->s[i] = tmp[n - 1 - i];
        g->n = (size_t)n;
        g->decpt = n;
        while (g->n > 1 && g->s[g->n - 1] == '0') g->n--;
        return;
    }
    char buf[40], d17[24], cand[24], best[24];
    int e17;
    snprintf(buf, sizeof buf, "%.16e", x);
    split_exp_form(buf, d17, &e17);
    uint64_t bits;
    memcpy(&bits, &x, sizeof bits);
    bool pow2 = (bits & 0x000FFFFFFFFFFFFFull) == 0 && (bits >> 52) > 1;
    int p = 17, e = e17;
    memcpy(best, d17, 17);
    if (!pow2) {
        int ce = round_digits(x, d17, e17, 16, cand);
        if (digits_round_trip(cand, 16, ce, x)) {
            int hi = 16;
            while (hi > 1 && cand[hi - 1] == '0') hi--;
            memcpy(best, cand, 16);
            p = hi;
            e = ce;
            if (hi == 16) {
                ce = round_digits(x, d17, e17, 15, cand);
                if (digits_round_trip(cand, 15, ce, x)) {
                    memcpy(best, cand, 15);
                    p = hi = 15;
                    e = ce;
                }
            }
            int lo = 1;
            if (p < 16) {
                while (lo < hi) {
                    int mid = (lo + hi) / 2;
                    ce = round_digits(x, d17, e17, mid, cand);
                    if (digits_round_trip(cand, mid, ce, x)) {
                        hi = mid;
                        memcpy(best, cand, (size_t)mid);
                        p = mid;
                        e = ce;
                    } else {
                        lo = mid + 1;
                    }
                }
            }
        }
    } else {
        for (p = 1; p <= 17; p++) {
            e = round_digits(x, d17, e17, p, best);
            if (digits_round_trip(best, p, e, x)) break;
            /* Try the next decimal up, when the nearest one lies below x. */
            char up[24];
            memcpy(up, best, (size_t)p);
            int eu = e, i = p;
            while (i > 0 && up[i - 1] == '9') up[--i] = '0';
            if (i == 0) {
                up[0] = '1';
                eu++;
            } else {
                up[i - 1]++;
            }
            char below[48];
            snprintf(below, sizeof below, "%.*se%d", p, best, e - p + 1);
            if (strtod(below, NULL) < x && digits_round_trip(up, p, eu, x)) {
                memcpy(best, up, (size_t)p);
                e = eu;
                break;
            }
        }
        if (p > 17) {
            p = 17;
            e = e17;
            memcpy(best, d17, 17);
        }
    }
    memcpy(g->s, best, (size_t)p);
    g->n = (size_t)p;
    while (g->n > 1 && g->s[g->n - 1] == '0') g->n--;
    g->decpt = e + 1;
}

/* Digits of |x| (finite) as _Py_dg_dtoa gives them in mode 0 (shortest), 2 (`nd`
 * significant digits) or 3 (`nd` digits after the point). False when out of memory. */
static bool dtoa_digits(double x, int mode, int nd, Digits *g) {
    x = fabs(x);
    g->s = g->local;
    if (x == 0.0) {
        g->s[0] = '0';
        g->n = 1;
        g->decpt = 1;
        return true;
    }
    if (mode == 0) {
        shortest_digits(x, g);
        return true;
    }
    const char *fmt = mode == 2 ? "%.*e" : "%.*f";
    int prec = mode == 2 ? nd - 1 : nd;
    int need = snprintf(NULL, 0, fmt, prec, x);
    if (need < 0) return false;
    char *text = malloc((size_t)need + 1);
    char *out = (size_t)need + 1 <= sizeof g->local ? g->local : malloc((size_t)need + 1);
    if (!text || !out) {
        free(text);
        if (out != g->local) free(out);
        return false;
    }
    snprintf(text, (size_t)need + 1, fmt, prec, x);
    g->s = out;
    if (mode == 2) {
        int e;
        g->n = split_exp_form(text, out, &e);
        g->decpt = e + 1;
    } else {
        /* "iii.fff": skip leading zeros, counting them against the point position. */
        size_t n = 0;
        int intlen = 0, lead = 0;
        bool seen_point = false;
        for (const char *p = text; *p; p++) {
            if (*p == '.') {
                seen_point = true;
                continue;
            }
            if (!seen_point) intlen++;
            if (n == 0 && *p == '0') {
                lead++;
                continue;
            }
            out[n++] = *p;
        }
        g->n = n;
        g->decpt = intlen - lead;
        if (n == 0) {
            /* Rounded to zero: dtoa's "" gives the same layout as "0" at decpt 1. */
            out[0] = '0';
            g->n = 1;
            g->decpt = 1;
        }
    }
    while (g->n > 1 && g->s[g->n - 1] == '0') g->n--;
    free(text);
    return true;
}

/* Flags of CPython's PyOS_double_to_string. */
#define DTSF_SIGN 1
#define DTSF_ADD_DOT_0 2
#define DTSF_ALT 4
#define DTSF_NO_NEG_0 8

/* CPython's PyOS_double_to_string / format_float_short: code is 'e', 'f', 'g' (or
 * upper case) with a precision, or 'r' for repr. Returns a malloc'ed NUL-terminated
 * string, or NULL when out of memory. */
static char *double_to_string(double val, char code, int precision, int flags) {
    bool upper = code == 'E' || code == 'F' || code == 'G';
    int mode = 0;
    switch (code) {
    case 'E': code = 'e'; /* fall through */
    case 'e': mode = 2; precision++; break;
    case 'F': code = 'f'; /* fall through */
    case 'f': mode = 3; break;
    case 'G': code = 'g'; /* fall through */
    case 'g': mode = 2; if (precision == 0) precision = 1; break;
    default: code = 'r'; mode = 0; precision = 0; break;
    }
    bool negative = signbit(val) != 0;
    if (!isfinite(val)) {
        char *buf = malloc(5);
        if (!buf) return NULL;
        char *p = buf;
        if (isnan(val)) negative = false;
        if (negative) *p++ = '-';
        else if (flags & DTSF_SIGN) *p++ = '+';
        memcpy(p, isnan(val) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"), 4);
        return buf;
    }
    Digits g;
    if (!dtoa_digits(val, mode, precision, &g)) return NULL;
    int64_t decpt = g.decpt, ndig = (int64_t)g.n;
    if ((flags & DTSF_NO_NEG_0) && negative && ndig == 1 && g.s[0] == '0') negative = false;

    bool use_exp = false;
    int64_t vend = ndig, exp = 0;
    switch (code) {
    case 'e': use_exp = true; vend = precision; break;
    case 'f': vend = decpt + precision; break;
    case 'g':
        if (decpt <= -4 || decpt > ((flags & DTSF_ADD_DOT_0) ? precision - 1 : precision)) {
            use_exp = true;
        }
        if (flags & DTSF_ALT) vend = precision;
        break;
    default:
        /* repr switches to exponent notation at 1e16 (decpt 17) and below 1e-4. */
        if (decpt <= -4 || decpt > 16) use_exp = true;
        break;
    }
    if (use_exp) {
        exp = decpt - 1;
        decpt = 1;
    }
    int64_t vstart = decpt <= 0 ? decpt - 1 : 0;
    if (!use_exp && (flags & DTSF_ADD_DOT_0)) vend = vend > decpt ? vend : decpt + 1;
    else vend = vend > decpt ? vend : decpt;
    if (vend < ndig) vend = ndig;

    size_t size = (size_t)(4 + (vend - vstart) + (use_exp ? 6 : 0));
    char *buf = malloc(size);
    if (!buf) {
        digits_free(&g);
        return NULL;
    }
    char *p = buf;
    if (negative) *p++ = '-';
    else if (flags & DTSF_SIGN) *p++ = '+';
    if (decpt <= 0) {
        memset(p, '0', (size_t)(decpt - vstart));
        p += decpt - vstart;
        *p++ = '.';
        memset(p, '0', (size_t)-decpt);
        p += -decpt;
    } else {
        memset(p, '0', (size_t)-vstart);
        p += -vstart;
    }
    if (0 < decpt && decpt <= ndig) {
        memcpy(p, g.s, (size_t)decpt);
        p += decpt;
        *p++ = '.';
        memcpy(p, g.s + decpt, (size_t)(ndig - decpt));
        p += ndig - decpt;
    } else {
        memcpy(p, g.s, (size_t)ndig);
        p += ndig;
    }
    if (ndig < decpt) {
        memset(p, '0', (size_t)(decpt - ndig));
        p += decpt - ndig;
        *p++ = '.';
        memset(p, '0', (size_t)(vend - decpt));
        p += vend - decpt;
    } else {
        memset(p, '0', (size_t)(vend - ndig));
        p += vend - ndig;
    }
    if (p[-1] == '.' && !(flags & DTSF_ALT)) p--;
    if (use_exp) {
        *p++ = upper ? 'E' : 'e';
        p += snprintf(p, 8, "%+.02d", (int)exp);
    }
    *p = '\0';
    digits_free(&g);
    return buf;
}

int format_double_repr(double d, char *buf) {
    char *s = double_to_string(d, 'r', 0, DTSF_ADD_DOT_0);
    if (!s) {
        /* Out of memory for a 25-byte string: fall back on 17 digits. */
        return snprintf(buf, 33, "%.17g", d);
    }
    size_t n = strlen(s);
    memcpy(buf, s, n + 1);
    free(s);
    return (int)n;
}

Value float_repr(VM *vm, double d) {
    char buf[40];
    int n = format_double_repr(d, buf);
    return OBJ_VAL(str_new(vm, buf, (size_t)n));
}

/* ------------------------------------------------------------------ */
/* The format-spec mini-language                                      */
/* ------------------------------------------------------------------ */

/* FormatSpec has no field for the 'z' flag (coerce negative zero to zero), which only
 * float presentation honours. The parser records it by replacing `sign` with a capital
 * letter: 'Z' alone, 'P' with '+', 'M' with '-', 'S' with ' '. format_int and format_float
 * honour or refuse it; str_format_spec refuses it after an unknown type and a sign. */
static char sign_with_z(char sign) {
    return sign == '+' ? 'P' : sign == '-' ? 'M' : sign == ' ' ? 'S' : 'Z';
}
static char plain_sign(char sign, bool *z) {
    *z = true;
    switch (sign) {
    case 'Z': return 0;
    case 'P': return '+';
    case 'M': return '-';
    case 'S': return ' ';
    default: *z = false; return sign;
    }
}

static size_t utf8_next(const char *s, size_t n, uint32_t *cp) {
    unsigned char c = (unsigned char)s[0];
    size_t len = c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
    if (len > n) len = n;
    uint32_t v = len == 1 ? c : len == 2 ? (c & 0x1fu) : len == 3 ? (c & 0x0fu) : (c & 0x07u);
    for (size_t i = 1; i < len; i++) v = (v << 6) | ((unsigned char)s[i] & 0x3fu);
    *cp = v;
    return len;
}

static bool is_align(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

/* A decimal field of the spec; its digit count, or -1 after raising. */
static int get_integer(VM *vm, const char *s, size_t len, size_t *pos, int *out) {
    uint64_t acc = 0;
    int n = 0;
    while (*pos < len && s[*pos] >= '0' && s[*pos] <= '9') {
        unsigned d = (unsigned)(s[*pos] - '0');
        if (acc > ((uint64_t)INT64_MAX - d) / 10) {
            vm_raise(vm, EXC_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        acc = acc * 10 + d;
        (*pos)++;
        n++;
    }
    /* Values past INT_MAX stay INT_MAX: far too wide to build, "precision too big". */
    *out = acc > (uint64_t)INT_MAX ? INT_MAX : (int)acc;
    return n;
}

static Value unknown_code(VM *vm, uint32_t code, const char *type_name) {
    if (code > 32 && code < 128) {
        return vm_raise(vm, EXC_ValueError, "Unknown format code '%c' for object of type '%s'",
                        (int)code, type_name);
    }
    return vm_raise(vm, EXC_ValueError, "Unknown format code '\\x%x' for object of type '%s'",
                    (unsigned)code, type_name);
}

bool format_spec_parse(VM *vm, const char *spec, size_t len, const char *type_name,
                       FormatSpec *out) {
    FormatSpec f;
    memset(&f, 0, sizeof f);
    f.fill[0] = ' ';
    f.width = -1;
    f.precision = -1;
    size_t pos = 0, l0 = 0, l1 = 0;
    uint32_t c0 = 0, c1 = 0;
    bool fill_given = false;
    if (len > 0) l0 = utf8_next(spec, len, &c0);
    if (l0 < len) l1 = utf8_next(spec + l0, len - l0, &c1);
    if (l1 && is_align(c1)) {
        memcpy(f.fill, spec, l0);
        f.fill[l0] = '\0';
        f.align = (char)c1;
        pos = l0 + l1;
        fill_given = true;
    } else if (l0 && is_align(c0)) {
        f.align = (char)c0;
        pos = 1;
    }
    if (pos < len && (spec[pos] == '+' || spec[pos] == '-' || spec[pos] == ' ')) {
        f.sign = spec[pos++];
    }
    bool z = false;
    if (pos < len && spec[pos] == 'z') {
        z = true;
        pos++;
    }
    if (pos < len && spec[pos] == '#') {
        f.alternate = true;
        pos++;
    }
    if (!fill_given && pos < len && spec[pos] == '0') {
        /* The '0' shorthand: zero fill, and '=' alignment for numbers. */
        f.fill[0] = '0';
        f.zero_pad = true;
        pos++;
    }
    int consumed = get_integer(vm, spec, len, &pos, &f.width);
    if (consumed < 0) return false;
    if (consumed == 0) f.width = -1;
    if (pos < len && spec[pos] == ',') {
        f.grouping = ',';
        pos++;
    }
    if (pos < len && spec[pos] == '_') {
        if (f.grouping) {
            vm_raise(vm, EXC_ValueError, "Cannot specify both ',' and '_'.");
            return false;
        }
        f.grouping = '_';
        pos++;
    }
    if (pos < len && spec[pos] == ',' && f.grouping == '_') {
        vm_raise(vm, EXC_ValueError, "Cannot specify both ',' and '_'.");
        return false;
    }
    if (pos < len && spec[pos] == '.') {
        pos++;
        consumed = get_integer(vm, spec, len, &pos, &f.precision);
        if (consumed < 0) return false;
        if (consumed == 0) {
            vm_raise(vm, EXC_ValueError, "Format specifier missing precision");
            return false;
        }
    }
    /* At most one code point may remain: the type. */
    uint32_t type = 0;
    if (pos < len) {
        size_t l = utf8_next(spec + pos, len - pos, &type);
        if (pos + l < len) {
            char *text = malloc(len + 1);
            if (!text) {
                no_memory(vm);
                return false;
            }
            memcpy(text, spec, len);
            text[len] = '\0';
            vm_raise(vm, EXC_ValueError, "Invalid format specifier '%s' for object of type '%s'",
                     text, type_name);
            free(text);
            return false;
        }
    }
    bool is_str = strcmp(type_name, "str") == 0;
    if (f.grouping) {
        uint32_t t = type ? type : is_str ? 's' : 0;
        switch (t) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (f.grouping == '_') break;
            /* fall through */
        default:
            if (t > 32 && t < 128) {
                vm_raise(vm, EXC_ValueError, "Cannot specify '%c' with '%c'.", f.grouping, (int)t);
            } else {
                vm_raise(vm, EXC_ValueError, "Cannot specify '%c' with '\\x%x'.", f.grouping,
                         (unsigned)t);
            }
            return false;
        }
    }
    if (type >= 128) {
        /* No presentation type is outside ASCII, and a char cannot hold one. */
        unknown_code(vm, type, type_name);
        return false;
    }
    f.type = (char)type;
    if (z) f.sign = sign_with_z(f.sign);
    *out = f;
    return true;
}

static bool spec_is_empty(const FormatSpec *s) {
    return s->fill[0] == ' ' && s->fill[1] == '\0' && !s->align && !s->sign && !s->alternate &&
           !s->zero_pad && s->width < 0 && !s->grouping && s->precision < 0 && !s->type;
}

/* A growable byte buffer for assembling output outside the GC heap. */
typedef struct Out {
    char *data;
    size_t len, cap;
    bool failed;
} Out;

static void out_reserve(Out *o, size_t extra) {
    if (o->failed || o->len + extra <= o->cap) return;
    /* Past the longest str, out_finish raises MemoryError: don't ask the host first. */
    if (extra > STR_MAX_LEN - o->len) {
        o->failed = true;
        return;
    }
    size_t cap = o->cap ? o->cap : 64;
    while (cap < o->len + extra) cap *= 2;
    char *d = realloc(o->data, cap);
    if (!d) {
        o->failed = true;
        return;
    }
    o->data = d;
    o->cap = cap;
}

static void out_bytes(Out *o, const char *s, size_t n) {
    if (n == 0) return;
    out_reserve(o, n);
    if (o->failed) return;
    memcpy(o->data + o->len, s, n);
    o->len += n;
}

static void out_repeat(Out *o, const char *s, size_t n, int64_t times) {
    if (times <= 0) return;
    out_reserve(o, n * (size_t)times);
    if (o->failed) return;
    if (n == 1) {
        memset(o->data + o->len, s[0], (size_t)times);
        o->len += (size_t)times;
        return;
    }
    for (int64_t i = 0; i < times; i++) out_bytes(o, s, n);
}

static Value out_finish(VM *vm, Out *o) {
    if (o->failed) {
        free(o->data);
        return no_memory(vm);
    }
    Value v = OBJ_VAL(str_new(vm, o->data ? o->data : "", o->len));
    free(o->data);
    return v;
}

/* The pieces of a formatted number, as CPython's calc_number_widths sees them:
 * [lpad][sign][prefix][spad][grouped digits][decimal point][rest][rpad]. */
typedef struct NumParts {
    char sign;          /* the number's own sign: '-' or 0 */
    const char *prefix; /* "0x" and friends, or "" */
    const char *digits; /* the integer digits to group */
    size_t n_digits;
    bool has_decimal;
    const char *rest; /* after the point: fraction, exponent, '%', a 'c' character */
    size_t rest_bytes, rest_cps;
    bool upper; /* 'X': upper-case digits and prefix */
} NumParts;

/* Grouped digits of p, written backwards into `dst` (ending at dst_end) when dst is
 * not NULL; returns the length. CPython's _PyUnicode_InsertThousandsGrouping, with
 * `group` 0 meaning no grouping; `min_width` pads with zeros (grouped as well). */
static int64_t group_digits(char *dst_end, const char *digits, int64_t n_digits, int64_t min_width,
                            int group, char sep) {
    if (min_width < 0) min_width = 0;
    int64_t remaining = n_digits, count = 0;
    const char *dp = digits + n_digits;
    char *bp = dst_end;
    bool use_sep = false;
    for (;;) {
        int64_t len = remaining > min_width ? remaining : min_width;
        if (len < 1) len = 1;
        if (group > 0 && len > group) len = group;
        int64_t zeros = len - remaining > 0 ? len - remaining : 0;
        int64_t chars = remaining < len ? remaining : len;
        if (chars < 0) chars = 0;
        count += (use_sep ? 1 : 0) + zeros + chars;
        if (bp) {
            if (use_sep) *--bp = sep;
            bp -= chars;
            dp -= chars;
            memcpy(bp, dp, (size_t)chars);
            bp -= zeros;
            memset(bp, '0', (size_t)zeros);
        }
        use_sep = true;
        remaining -= chars;
        min_width -= len;
        if (group == 0 || (remaining <= 0 && min_width <= 0)) break;
        min_width -= 1;
    }
    return count;
}

static Value fill_number(VM *vm, const NumParts *p, const FormatSpec *spec, char sign_opt,
                         char sep, int group) {
    const char *fill = spec->zero_pad ? "0" : spec->fill;
    /* An empty string here is a NUL fill character ('{:\x00<5}'), a fill like any other. */
    size_t fill_len = fill[0] ? strlen(fill) : 1;
    char align = spec->align ? spec->align : spec->zero_pad ? '=' : '>';
    int64_t width = spec->width;
    /* Wider than a str can be: MemoryError now, not after grouping a billion zeros. (Twice:
     * the text is built in a buffer, then copied.) */
    if (width > 0 && !str_fits(vm, 2 * (uint64_t)width)) return ERR_VAL;
    char sign = 0;
    if (sign_opt == '+') sign = p->sign == '-' ? '-' : '+';
    else if (sign_opt == ' ') sign = p->sign == '-' ? '-' : ' ';
    else if (p->sign == '-') sign = '-';
    size_t n_prefix = strlen(p->prefix);
    int64_t non_digit = (sign ? 1 : 0) + (int64_t)n_prefix + (p->has_decimal ? 1 : 0) +
                        (int64_t)p->rest_cps;
    int64_t min_width = (fill[0] == '0' && fill_len == 1 && align == '=') ? width - non_digit : 0;
    int64_t n_grouped =
        p->n_digits ? group_digits(NULL, p->digits, (int64_t)p->n_digits, min_width, group, sep) : 0;
    int64_t pad = width - (non_digit + n_grouped);
    if (pad > 0 && (uint64_t)pad * fill_len > STR_MAX_LEN) return no_memory(vm);
    int64_t lpad = 0, spad = 0, rpad = 0;
    if (pad > 0) {
        switch (align) {
        case '<': rpad = pad; break;
        case '^': lpad = pad / 2; rpad = pad - lpad; break;
        case '=': spad = pad; break;
        default: lpad = pad; break;
        }
    }
    Out o = {0};
    out_repeat(&o, fill, fill_len, lpad);
    if (sign) out_bytes(&o, &sign, 1);
    for (size_t i = 0; i < n_prefix; i++) {
        char c = p->prefix[i];
        if (p->upper && c >= 'a' && c <= 'z') c = (char)(c - 'a' + 'A');
        out_bytes(&o, &c, 1);
    }
    out_repeat(&o, fill, fill_len, spad);
    if (n_grouped > 0) {
        out_reserve(&o, (size_t)n_grouped);
        if (!o.failed) {
            group_digits(o.data + o.len + n_grouped, p->digits, (int64_t)p->n_digits, min_width,
                         group, sep);
            if (p->upper) {
                for (int64_t i = 0; i < n_grouped; i++) {
                    char *c = o.data + o.len + i;
                    if (*c >= 'a' && *c <= 'z') *c = (char)(*c - 'a' + 'A');
                }
            }
            o.len += (size_t)n_grouped;
        }
    }
    if (p->has_decimal) out_bytes(&o, ".", 1);
    out_bytes(&o, p->rest, p->rest_bytes);
    out_repeat(&o, fill, fill_len, rpad);
    return out_finish(vm, &o);
}

/* The float presentation types, shared by format_float and format_int ('e', 'f', ...). */
static Value format_float_internal(VM *vm, double val, const FormatSpec *spec, char sign_opt,
                                   bool no_neg_0) {
    if (spec->precision == INT_MAX) return vm_raise(vm, EXC_ValueError, "precision too big");
    int precision = spec->precision, default_precision = 6, flags = 0;
    char type = spec->type;
    if (spec->alternate) flags |= DTSF_ALT;
    if (no_neg_0) flags |= DTSF_NO_NEG_0;
    if (type == 0) {
        /* No type: like repr without a precision, else like 'g' keeping a ".0". */
        flags |= DTSF_ADD_DOT_0;
        type = 'r';
        default_precision = 0;
    }
    if (type == 'n') type = 'g';
    bool add_pct = false;
    if (type == '%') {
        type = 'f';
        val *= 100;
        add_pct = true;
    }
    if (precision < 0) precision = default_precision;
    else if (type == 'r') type = 'g';
    char *buf = double_to_string(val, type, precision, flags);
    if (!buf) return no_memory(vm);
    size_t n = strlen(buf);
    if (add_pct) {
        char *b2 = realloc(buf, n + 2);
        if (!b2) {
            free(buf);
            return no_memory(vm);
        }
        buf = b2;
        buf[n++] = '%';
        buf[n] = '\0';
    }
    NumParts p = {0};
    p.prefix = "";
    const char *s = buf;
    if (*s == '-') {
        p.sign = '-';
        s++;
    }
    p.digits = s;
    while (*s >= '0' && *s <= '9') s++;
    p.n_digits = (size_t)(s - p.digits);
    if (*s == '.') {
        p.has_decimal = true;
        s++;
    }
    p.rest = s;
    p.rest_bytes = p.rest_cps = strlen(s);
    bool locale_n = spec->type == 'n';
    Value v = fill_number(vm, &p, spec, sign_opt, locale_n ? 0 : spec->grouping,
                          locale_n || !spec->grouping ? 0 : 3);
    free(buf);
    return v;
}

Value format_float(VM *vm, double d, const FormatSpec *spec) {
    if (spec_is_empty(spec)) return float_repr(vm, d);
    bool z;
    char sign_opt = plain_sign(spec->sign, &z);
    switch (spec->type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        return format_float_internal(vm, d, spec, sign_opt, z);
    default:
        return unknown_code(vm, (unsigned char)spec->type, "float");
    }
}

Value format_int(VM *vm, Value v, const FormatSpec *spec) {
    const char *type_name = IS_BOOL(v) ? "bool" : "int";
    if (spec_is_empty(spec)) {
        if (IS_BOOL(v)) return str_value(vm, v == TRUE_VAL ? "True" : "False");
        return int_to_str(vm, v, 10, false);
    }
    bool z;
    char sign_opt = plain_sign(spec->sign, &z);
    char type = spec->type ? spec->type : 'd';
    int base = 10;
    const char *prefix = "";
    switch (type) {
    case 'b': base = 2; prefix = "0b"; break;
    case 'o': base = 8; prefix = "0o"; break;
    case 'x': case 'X': base = 16; prefix = "0x"; break;
    case 'c': case 'd': case 'n': break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        double d;
        if (!int_to_double(vm, v, &d)) return ERR_VAL;
        return format_float_internal(vm, d, spec, sign_opt, z);
    }
    default:
        return unknown_code(vm, (unsigned char)type, type_name);
    }
    if (spec->precision != -1) {
        return vm_raise(vm, EXC_ValueError, "Precision not allowed in integer format specifier");
    }
    if (z) {
        return vm_raise(vm, EXC_ValueError,
                        "Negative zero coercion (z) not allowed in integer format specifier");
    }
    NumParts p = {0};
    p.prefix = "";
    if (type == 'c') {
        if (sign_opt) {
            return vm_raise(vm, EXC_ValueError, "Sign not allowed with integer format specifier 'c'");
        }
        if (spec->alternate) {
            return vm_raise(vm, EXC_ValueError,
                            "Alternate form (#) not allowed with integer format specifier 'c'");
        }
        int64_t x;
        if (!int_to_int64(v, &x)) {
            return vm_raise(vm, EXC_OverflowError, "Python int too large to convert to C long");
        }
        if (x < 0 || x > 0x10ffff) {
            return vm_raise(vm, EXC_OverflowError, "%%c arg not in range(0x110000)");
        }
        /* The character travels as the "rest" so no digit logic touches it. */
        char ch[4];
        uint32_t cp = (uint32_t)x;
        size_t n;
        if (cp < 0x80) {
            ch[0] = (char)cp;
            n = 1;
        } else if (cp < 0x800) {
            ch[0] = (char)(0xc0 | (cp >> 6));
            ch[1] = (char)(0x80 | (cp & 0x3f));
            n = 2;
        } else if (cp < 0x10000) {
            ch[0] = (char)(0xe0 | (cp >> 12));
            ch[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
            ch[2] = (char)(0x80 | (cp & 0x3f));
            n = 3;
        } else {
            ch[0] = (char)(0xf0 | (cp >> 18));
            ch[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
            ch[2] = (char)(0x80 | ((cp >> 6) & 0x3f));
            ch[3] = (char)(0x80 | (cp & 0x3f));
            n = 4;
        }
        p.digits = "";
        p.rest = ch;
        p.rest_bytes = n;
        p.rest_cps = 1;
        return fill_number(vm, &p, spec, 0, 0, 0);
    }
    Value text = int_to_str(vm, v, base, false);
    if (IS_ERR(text)) return ERR_VAL;
    const char *s = AS_STR(text)->chars;
    if (*s == '-') {
        p.sign = '-';
        s++;
    }
    p.digits = s;
    p.n_digits = strlen(s);
    p.rest = "";
    if (spec->alternate) p.prefix = prefix;
    p.upper = type == 'X';
    char sep = type == 'n' ? 0 : spec->grouping;
    int group = sep == 0 ? 0 : (sep == '_' && base != 10) ? 4 : 3;
    return fill_number(vm, &p, spec, sign_opt, sep, group);
}

Value format_pad(VM *vm, const char *text, size_t len, size_t cplen, const FormatSpec *spec,
                 char default_align) {
    if (spec->width < 0 || (size_t)spec->width <= cplen) return OBJ_VAL(str_new(vm, text, len));
    const char *fill = spec->zero_pad && spec->fill[0] == ' ' ? "0" : spec->fill;
    size_t fill_len = fill[0] ? strlen(fill) : 1; /* a NUL fill character, as above */
    char align = spec->align ? spec->align : default_align;
    int64_t pad = (int64_t)spec->width - (int64_t)cplen, left = 0, right = 0;
    /* Too wide for a str: MemoryError before building half of it (built, then copied). */
    if (!str_fits(vm, 2 * ((uint64_t)pad * fill_len + len))) return ERR_VAL;
    if (align == '<') right = pad;
    else if (align == '^') {
        left = pad / 2;
        right = pad - left;
    } else left = pad; /* '>' and '=' (no sign to keep in front of plain text) */
    Out o = {0};
    out_repeat(&o, fill, fill_len, left);
    out_bytes(&o, text, len);
    out_repeat(&o, fill, fill_len, right);
    return out_finish(vm, &o);
}

/* ------------------------------------------------------------------ */
/* float(str)                                                         */
/* ------------------------------------------------------------------ */

/* Bytes of the whitespace character (str.isspace) at s, or 0. */
static size_t space_len(const char *s, size_t n) {
    unsigned char c = (unsigned char)s[0];
    if (c == ' ' || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f)) return 1;
    if (c == 0xc2 && n >= 2 && ((unsigned char)s[1] == 0x85 || (unsigned char)s[1] == 0xa0)) {
        return 2;
    }
    if (n >= 3 && (c == 0xe1 || c == 0xe2 || c == 0xe3)) {
        unsigned cp = ((c & 0x0fu) << 12) | (((unsigned char)s[1] & 0x3fu) << 6) |
                      ((unsigned char)s[2] & 0x3fu);
        if (cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp == 0x2028 || cp == 0x2029 ||
            cp == 0x202f || cp == 0x205f || cp == 0x3000) {
            return 3;
        }
    }
    return 0;
}

static size_t space_len_back(const char *s, size_t n) {
    for (size_t k = 1; k <= 3 && k <= n; k++) {
        unsigned char c = (unsigned char)s[n - k];
        if ((c & 0xc0) != 0x80) return space_len(s + n - k, k) == k ? k : 0;
    }
    return 0;
}

void num_strip_space(const char **start, const char **end) {
    size_t k;
    while (*start < *end && (k = space_len(*start, (size_t)(*end - *start))) > 0) *start += k;
    while (*end > *start && (k = space_len_back(*start, (size_t)(*end - *start))) > 0) *end -= k;
}

static bool ascii_ieq(const char *s, size_t n, const char *word) {
    size_t wl = strlen(word);
    if (n != wl) return false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
        if (c != word[i]) return false;
    }
    return true;
}

static bool is_digit(char c) { return c >= '0' && c <= '9'; }

/* Validates a decimal float literal (underscores only between digits) and copies it
 * without underscores into out (room for n + 1 bytes). */
static bool clean_decimal(const char *s, size_t n, char *out) {
    size_t i = 0, o = 0;
    bool digits = false;
    /* A run of digits with single underscores between them; false if malformed. */
#define DIGIT_RUN(any)                                                \
    do {                                                              \
        any = false;                                                  \
        while (i < n && is_digit(s[i])) {                             \
            out[o++] = s[i++];                                        \
            any = true;                                               \
            if (i + 1 < n && s[i] == '_' && is_digit(s[i + 1])) i++;  \
        }                                                             \
    } while (0)
    bool run;
    DIGIT_RUN(run);
    digits = run;
    if (i < n && s[i] == '.') {
        out[o++] = s[i++];
        DIGIT_RUN(run);
        digits = digits || run;
    }
    if (!digits) return false;
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        out[o++] = s[i++];
        if (i < n && (s[i] == '+' || s[i] == '-')) out[o++] = s[i++];
        DIGIT_RUN(run);
        if (!run) return false;
    }
#undef DIGIT_RUN
    out[o] = '\0';
    return i == n;
}

Value float_parse(VM *vm, const char *text, size_t len) {
    const char *p = text, *end = text + len;
    num_strip_space(&p, &end);
    double sign = 1.0;
    if (p < end && (*p == '+' || *p == '-')) {
        if (*p == '-') sign = -1.0;
        p++;
    }
    size_t n = (size_t)(end - p);
    if (ascii_ieq(p, n, "inf") || ascii_ieq(p, n, "infinity")) return FLOAT_VAL(sign * INFINITY);
    if (ascii_ieq(p, n, "nan")) return FLOAT_VAL(NAN);
    char local[64];
    char *buf = n + 1 <= sizeof local ? local : malloc(n + 1);
    if (!buf) return no_memory(vm);
    bool ok = clean_decimal(p, n, buf);
    double d = ok ? strtod(buf, NULL) : 0.0;
    if (buf != local) free(buf);
    if (ok) return FLOAT_VAL(sign * d);
    Value r = str_repr(vm, str_new(vm, text, len));
    if (IS_ERR(r)) return ERR_VAL;
    return vm_raise(vm, EXC_ValueError, "could not convert string to float: %s", AS_STR(r)->chars);
}

/* ------------------------------------------------------------------ */
/* Float arithmetic with Python's rules                               */
/* ------------------------------------------------------------------ */

double float_mod(double a, double b) {
    double mod = fmod(a, b);
    if (mod != 0.0) {
        /* The remainder takes the sign of the divisor. */
        if ((b < 0) != (mod < 0)) mod += b;
    } else {
        mod = copysign(0.0, b);
    }
    return mod;
}

double float_floordiv(double a, double b) {
    double mod = fmod(a, b);
    double div = (a - mod) / b;
    if (mod != 0.0 && ((b < 0) != (mod < 0))) div -= 1.0;
    if (div == 0.0) return copysign(0.0, a / b);
    /* (a - mod) / b is within a rounding error of an integer: snap to it. */
    double fl = floor(div);
    if (div - fl > 0.5) fl += 1.0;
    return fl;
}

static bool is_odd_integer(double x) { return fmod(fabs(x), 2.0) == 1.0; }

Value float_pow(VM *vm, double iv, double iw) {
    if (iw == 0.0) return FLOAT_VAL(1.0);
    if (isnan(iv)) return FLOAT_VAL(iv);
    if (isnan(iw)) return FLOAT_VAL(iv == 1.0 ? 1.0 : iw);
    if (isinf(iw)) {
        iv = fabs(iv);
        if (iv == 1.0) return FLOAT_VAL(1.0);
        if ((iw > 0.0) == (iv > 1.0)) return FLOAT_VAL(fabs(iw));
        return FLOAT_VAL(0.0);
    }
    if (isinf(iv)) {
        bool odd = is_odd_integer(iw);
        if (iw > 0.0) return FLOAT_VAL(odd ? iv : fabs(iv));
        return FLOAT_VAL(odd ? copysign(0.0, iv) : 0.0);
    }
    if (iv == 0.0) {
        bool odd = is_odd_integer(iw);
        if (iw < 0.0) {
            return vm_raise(vm, EXC_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        }
        return FLOAT_VAL(odd ? iv : 0.0);
    }
    bool negate = false;
    if (iv < 0.0) {
        if (iw != floor(iw)) {
            /* CPython returns a complex number here; this dialect has none. */
            return vm_raise(vm, EXC_ValueError, "complex numbers are not supported");
        }
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if (iv == 1.0) return FLOAT_VAL(negate ? -1.0 : 1.0);
    double r = pow(iv, iw);
    if (isinf(r)) {
        /* CPython raises it as from errno: OverflowError(34, 'Numerical result out of range'). */
        ObjTuple *args = tuple_new(vm, 2);
        args->items[0] = INT_VAL(34);
        args->items[1] = str_value(vm, "Numerical result out of range");
        vm->exc = vm_new_exception(vm, vm->exc_class[EXC_OverflowError], args);
        return ERR_VAL;
    }
    return FLOAT_VAL(negate ? -r : r);
}

/* round(x, n) for n < 0: round |x| half-to-even to a multiple of 10^k (k = -n) from
 * its exact decimal digits, then read the result back (correctly rounded). */
static Value round_negative(VM *vm, double x, int k) {
    double ax = fabs(x), t = trunc(ax);
    bool sticky = t != ax; /* a fraction below the units breaks ties upward */
    char digits[400], text[420];
    int n = snprintf(digits, sizeof digits, "%.0f", t);
    int head = n - k; /* digits kept */
    bool up = false;
    if (head >= 0 && !(n == 1 && digits[0] == '0')) {
        /* Compare the dropped tail with 5000...0. */
        int c = 0;
        if (digits[head] != '5') c = digits[head] > '5' ? 1 : -1;
        for (int i = head + 1; i < n && c == 0; i++) {
            if (digits[i] != '0') c = 1;
        }
        bool odd = head > 0 && ((digits[head - 1] - '0') & 1);
        up = c > 0 || (c == 0 && (sticky || odd));
    } else {
        head = 0;
    }
    /* Increment the kept digits in place. */
    int start = 1;
    memmove(digits + 1, digits, (size_t)head);
    digits[0] = '0';
    if (up) {
        int i = head;
        while (i >= 1 && digits[i] == '9') digits[i--] = '0';
        digits[i]++;
        if (i == 0) start = 0;
    }
    int len = head + 1 - start;
    if (len == 0) {
        digits[1] = '0';
        start = 1;
        len = 1;
    }
    snprintf(text, sizeof text, "%s%.*se%d", signbit(x) ? "-" : "", len, digits + start, k);
    double r = strtod(text, NULL);
    if (isinf(r)) return vm_raise(vm, EXC_OverflowError, "rounded value too large to represent");
    return FLOAT_VAL(r);
}

Value float_round(VM *vm, double x, Value ndigits) {
    if (IS_UNDEF(ndigits) || IS_NONE(ndigits)) {
        double r = round(x);
        if (fabs(x - r) == 0.5) r = 2.0 * round(x / 2.0); /* halfway: to even */
        return int_from_double(vm, r);
    }
    int64_t n;
    if (IS_BOOL(ndigits)) {
        n = ndigits == TRUE_VAL;
    } else if (IS_ANYINT(ndigits)) {
        /* Huge counts clip, as PyNumber_AsSsize_t does here. */
        if (!int_to_int64(ndigits, &n)) n = int_sign(ndigits) < 0 ? INT64_MIN : INT64_MAX;
    } else {
        return vm_raise(vm, EXC_TypeError, "'%s' object cannot be interpreted as an integer",
                        vm_type_name(vm, ndigits));
    }
    if (!isfinite(x)) return FLOAT_VAL(x);
    /* Past these every double rounds to itself, or to a zero: CPython's bounds
     * (DBL_MANT_DIG - DBL_MIN_EXP) * log10(2) and (DBL_MAX_EXP + 1) * log10(2). */
    if (n > 323) return FLOAT_VAL(x);
    if (n < -308) return FLOAT_VAL(0.0 * x);
    if (n < 0) return round_negative(vm, x, (int)-n);
    char buf[720];
    snprintf(buf, sizeof buf, "%.*f", (int)n, x);
    return FLOAT_VAL(strtod(buf, NULL));
}

#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)
#define HASH_INF 314159

/* CPython's _Py_HashDouble: the value modulo 2^61-1, so equal ints and floats hash
 * alike. NaN hashes to 0 (CPython 3.10+ uses the object's identity). */
int64_t float_hash(double v) {
    if (!isfinite(v)) return isinf(v) ? (v > 0 ? HASH_INF : -HASH_INF) : 0;
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m != 0.0) {
        x = ((x << 28) & HASH_MODULUS) | x >> (HASH_BITS - 28);
        m *= 268435456.0; /* 2**28 */
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MODULUS) x -= HASH_MODULUS;
    }
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
    x = sign < 0 ? (uint64_t)0 - x : x;
    if (x == (uint64_t)-1) x = (uint64_t)-2;
    return (int64_t)x;
}
