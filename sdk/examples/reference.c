/* reference.c — the reference native module: one function of each kind the SDK can
 * declare, built both with emcc and with plain clang (make sdk). It needs no C library,
 * so it also shows what a freestanding module looks like.
 *
 *     from "./reference.wasm" import add, area, greet
 *     print(add(2, 3), area(1.0), greet("Ada"))   # 5 3.141592653589793 Hello, Ada! */
#include "../edge_sdk.h"

EDGE_CONST(float, pi, 3.141592653589793)
EDGE_CONST(int, answer, 42)
EDGE_CONST(str, version, "1.0")

/* ABI v1 words in and out: these calls need no JS glue. */
EDGE_FN(int, add, int, a, int, b) { return a + b; }

/* 2**24 squared needs 49 bits: square(2**24) raises OverflowError. */
EDGE_FN(int, square, int, x) { return x * x; }

EDGE_FN(float, area, float, r) { return 3.141592653589793 * r * r; }

EDGE_FN(bool, even, int, n) { return n % 2 == 0; }

/* `any` passes the words through untouched: pick(True, 1, "x") cannot happen (a str is
 * not a word), but pick(False, 1, None) returns None. */
EDGE_FN(any, pick, bool, flag, any, lo, any, hi) { return flag ? lo : hi; }

/* A Python exception from C: divide(1, 0) raises ZeroDivisionError. */
EDGE_FN(int, divide, int, a, int, b) {
    if (b == 0) return edge_raise("ZeroDivisionError", "integer division or modulo by zero");
    int64_t q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q; /* floor division, as Python */
}

/* ABI v2: strings in and out through the module's memory. */
EDGE_FN(str, greet, str, name) {
    edge_buf b = {0};
    edge_buf_add_cstr(&b, "Hello, ");
    edge_buf_add_str(&b, name);
    edge_buf_add_char(&b, '!');
    return edge_buf_str(&b);
}

/* ASCII letters upper-cased, other bytes (UTF-8 sequences included) kept, then "!". */
EDGE_FN(str, shout, str, s) {
    char *out = (char *)edge_scratch(s.len + 1);
    if (!out) return EDGE_STR("");
    for (uint32_t i = 0; i < s.len; i++) {
        char c = s.ptr[i];
        out[i] = (c >= 'a' && c <= 'z') ? (char)(c - 'a' + 'A') : c;
    }
    out[s.len] = '!';
    return edge_str_make(out, s.len + 1);
}

/* Mixed parameters: repeat("ab", 3) == "ababab". */
EDGE_FN(str, repeat, str, s, int, n) {
    edge_buf b = {0};
    for (int64_t i = 0; i < n && !edge_raised(); i++) edge_buf_add_str(&b, s);
    return edge_buf_str(&b);
}

/* A str argument, a word result: the UTF-8 length in code points. */
EDGE_FN(int, length, str, s) {
    int64_t n = 0;
    for (uint32_t i = 0; i < s.len; i++) n += ((unsigned char)s.ptr[i] & 0xC0) != 0x80;
    return n;
}
