/* numfmt.h — numbers to text and back: float repr (shortest round-trip), the
 * format-spec mini-language for int/float/str, float parsing and float helpers
 * with Python's semantics (floor division, modulo, round, hash). */
#ifndef EDGE_NUMFMT_H
#define EDGE_NUMFMT_H

#include "vm.h"

/* repr(float) exactly as CPython: "0.1", "1e+20", "1.5e-05", "inf", "nan", "-0.0".
 * Writes at most 32 bytes plus a NUL into buf; returns the length. */
int format_double_repr(double d, char *buf);
Value float_repr(VM *vm, double d);

/* [[fill]align][sign][z][#][0][width][grouping][.precision][type] */
typedef struct FormatSpec {
    char fill[5];    /* one UTF-8 character, NUL-terminated; " " by default */
    char align;      /* 0 (the type's default), '<', '>', '^', '=' */
    char sign;       /* 0, '+', '-', ' ' */
    bool alternate;  /* '#' */
    bool zero_pad;   /* '0' before width */
    int width;       /* -1 when absent */
    char grouping;   /* 0, ',', '_' */
    int precision;   /* -1 when absent */
    char type;       /* 0 when absent, else the type letter */
} FormatSpec;
/* ValueError "Invalid format specifier '<spec>' for object of type '<type_name>'". */
bool format_spec_parse(VM *vm, const char *spec, size_t len, const char *type_name,
                       FormatSpec *out);
Value format_int(VM *vm, Value v, const FormatSpec *spec);   /* ints and bools */
Value format_float(VM *vm, double d, const FormatSpec *spec);
/* Pads already-formatted text (`cplen` code points) to spec->width with fill/align;
 * `default_align` is '<' for strings and '>' for numbers. */
Value format_pad(VM *vm, const char *text, size_t len, size_t cplen, const FormatSpec *spec,
                 char default_align);

/* Narrows the UTF-8 text [*start, *end) to drop the whitespace (str.isspace) that int()
 * and float() ignore around a number. */
void num_strip_space(const char **start, const char **end);

/* float("  -1.5e3 "), "inf", "-Infinity", "nan", "1_000.5"; ValueError
 * "could not convert string to float: 'abc'". */
Value float_parse(VM *vm, const char *text, size_t len);
double float_floordiv(double a, double b); /* b != 0; Python's floor semantics */
double float_mod(double a, double b);      /* b != 0; result has the sign of b */
/* a ** b with Python's errors: ZeroDivisionError "0.0 cannot be raised to a negative
 * power"; a negative base with a fractional exponent raises ValueError
 * "complex numbers are not supported" (CPython would return a complex). */
Value float_pow(VM *vm, double a, double b);
/* round(x) -> int (banker's rounding); round(x, n) -> float, correctly rounded. */
Value float_round(VM *vm, double x, Value ndigits /* UNDEF_VAL or NONE_VAL: no ndigits */);
int64_t float_hash(double d); /* equal to int_hash for integral values, as in CPython */

#endif
