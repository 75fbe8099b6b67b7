/* bigint.h — Python int arithmetic over both representations: 48-bit immediates and
 * ObjBigInt. Every function accepts either form and returns the normalised form
 * (an immediate whenever the result fits in 48 bits). The VM inlines the immediate
 * fast paths and calls these on overflow or when an operand is big. */
#ifndef EDGE_BIGINT_H
#define EDGE_BIGINT_H

#include "vm.h"

Value int_from_int64(VM *vm, int64_t i);     /* immediate or big */
Value int_from_uint64(VM *vm, uint64_t u);
bool int_to_int64(Value v, int64_t *out);    /* false when it does not fit in int64 */
/* Decimal digit string (no sign, no '_'), as the lexer gives big literals. */
Value int_from_decimal(VM *vm, const char *digits, size_t len);

Value int_add(VM *vm, Value a, Value b);
Value int_sub(VM *vm, Value a, Value b);
Value int_mul(VM *vm, Value a, Value b);
Value int_floordiv(VM *vm, Value a, Value b); /* ZeroDivisionError "integer division or modulo by zero" */
Value int_mod(VM *vm, Value a, Value b);      /* same error; result has the sign of b */
Value int_divmod(VM *vm, Value a, Value b);   /* a tuple (q, r) */
Value int_pow(VM *vm, Value a, Value b);      /* b >= 0 (the caller turns b < 0 into float) */
Value int_pow_mod(VM *vm, Value a, Value b, Value m); /* pow(a, b, m), b < 0 via inverse */
Value int_truediv(VM *vm, Value a, Value b);  /* correctly rounded float; "division by zero" */
Value int_neg(VM *vm, Value a);
Value int_abs(VM *vm, Value a);
Value int_invert(VM *vm, Value a);            /* ~a == -a - 1 */
Value int_and(VM *vm, Value a, Value b);      /* two's complement semantics for negatives */
Value int_or(VM *vm, Value a, Value b);
Value int_xor(VM *vm, Value a, Value b);
Value int_lshift(VM *vm, Value a, Value b);   /* ValueError "negative shift count" */
Value int_rshift(VM *vm, Value a, Value b);
int int_compare(Value a, Value b);            /* -1, 0, 1 */
int int_sign(Value a);                        /* -1, 0, 1 */
int64_t int_hash(Value a);                    /* CPython's: value mod 2**61-1, -1 -> -2 */
Value int_bit_length(VM *vm, Value a);
/* OverflowError "int too large to convert to float" when out of range. */
bool int_to_double(VM *vm, Value a, double *out);
/* int(3.9) == 3; ValueError for nan, OverflowError for inf. */
Value int_from_double(VM *vm, double d);
/* Digits in base 2, 8, 10 or 16 with a '-' for negatives; with `prefix`, "0b"/"0o"/"0x"
 * after the sign (hex(-255) == '-0xff'). */
Value int_to_str(VM *vm, Value a, int base, bool prefix);
/* int(text, base): base 0 or 2..36, surrounding whitespace, sign, '_' between digits,
 * 0x/0o/0b prefixes when they match the base. ValueError
 * "invalid literal for int() with base 10: 'abc'" (repr of the whole text). */
Value int_parse(VM *vm, const char *text, size_t len, int base);

#endif
