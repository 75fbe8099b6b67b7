/* edge_sdk.h — writing Edge Python native modules in C: the value word of ABI v1, the
 * strings, errors and declarations of ABI v2 (sdk/ABI.md), behind a few macros.
 * Header-only: include it in the module's .c file, declare each function with EDGE_FN and
 * each constant with EDGE_CONST, build with emcc or clang --target=wasm32 (sdk/README.md).
 *
 *     #include "edge_sdk.h"
 *     EDGE_CONST(float, answer, 42.0)
 *     EDGE_FN(int, add, int, a, int, b) { return a + b; }
 *     EDGE_FN(str, greet, str, name) { ... return edge_buf_str(&b); }
 *
 * Each EDGE_FN writes the function's Python signature, "add(a: int, b: int) -> int", into
 * the module's `edge_abi` custom section, and exports a wrapper under the Python name that
 * decodes the arguments, calls the body with C values and encodes its result. */
#ifndef EDGE_SDK_H
#define EDGE_SDK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#if !defined(__wasm32__)
#error "edge_sdk.h builds WebAssembly modules: compile with emcc or clang --target=wasm32"
#endif

/* With a C library (emcc, wasi-libc) the SDK's scratch memory comes from malloc, so it
 * shares the heap with the module's own allocations. Without one (clang -nostdlib) it
 * takes pages with memory.grow. Define EDGE_SDK_FREESTANDING or EDGE_SDK_MALLOC to choose. */
#if !defined(EDGE_SDK_FREESTANDING) && !defined(EDGE_SDK_MALLOC)
#if defined(__EMSCRIPTEN__) || defined(__wasi__)
#define EDGE_SDK_MALLOC 1
#else
#define EDGE_SDK_FREESTANDING 1
#endif
#endif
#ifdef EDGE_SDK_MALLOC
#include <stdlib.h>
#endif

/* ---- the value word (ABI v1) ----
 * Every argument and result crossing the boundary is this 64-bit word, bit for bit the
 * VM's own value (src/value.h): a float is its IEEE bits; anything else hides in the
 * quiet-NaN space. */
typedef uint64_t edge_value;

#define EDGE_QNAN ((uint64_t)0x7FFC000000000000ull)
#define EDGE_SIGN ((uint64_t)0x8000000000000000ull)
#define EDGE_PAYLOAD ((uint64_t)0x0000FFFFFFFFFFFFull)
#define EDGE_CANONICAL_NAN ((uint64_t)0x7FF8000000000000ull)
#define EDGE_NONE ((edge_value)(EDGE_QNAN | 1))
#define EDGE_TRUE ((edge_value)(EDGE_QNAN | 2))
#define EDGE_FALSE ((edge_value)(EDGE_QNAN | 3))
/* ABI v2: the result word of a function that raised (the message is in edge_error()). */
#define EDGE_ERROR ((edge_value)(EDGE_QNAN | 4))
/* ABI v2: the same for a function whose result is a str (no packed str can be this). */
#define EDGE_STR_ERROR ((edge_value)0xFFFFFFFFFFFFFFFFull)

/* Ints cross the boundary as 48-bit two's complement: [-2**47, 2**47 - 1]. */
#define EDGE_INT_MAX ((int64_t)0x00007FFFFFFFFFFFll)
#define EDGE_INT_MIN (-(int64_t)0x0000800000000000ll)

static inline bool edge_int_fits(int64_t i) { return i >= EDGE_INT_MIN && i <= EDGE_INT_MAX; }
static inline bool edge_is_int(edge_value v) {
    return (v & (EDGE_QNAN | EDGE_SIGN)) == (EDGE_QNAN | EDGE_SIGN);
}
static inline bool edge_is_float(edge_value v) { return (v & EDGE_QNAN) != EDGE_QNAN; }
static inline bool edge_is_bool(edge_value v) { return v == EDGE_TRUE || v == EDGE_FALSE; }
static inline bool edge_is_none(edge_value v) { return v == EDGE_NONE; }

/* Encoders. edge_int traps on an int outside 48 bits (a wrong number would be worse than
 * an error); inside EDGE_FN return a C int64_t instead, which raises OverflowError. */
static inline edge_value edge_int(int64_t i) {
    if (!edge_int_fits(i)) __builtin_trap();
    return EDGE_QNAN | EDGE_SIGN | ((uint64_t)i & EDGE_PAYLOAD);
}
static inline edge_value edge_float(double d) {
    edge_value v;
    __builtin_memcpy(&v, &d, sizeof v);
    if ((v & EDGE_QNAN) == EDGE_QNAN) v = EDGE_CANONICAL_NAN; /* a NaN must not look tagged */
    return v;
}
static inline edge_value edge_bool(bool b) { return b ? EDGE_TRUE : EDGE_FALSE; }

/* Decoders, lenient the way Python is: an int parameter takes a bool, a float parameter
 * an int or a bool. A word of any other type traps (RuntimeError in the program); inside
 * EDGE_FN the declared types are decoded for you and raise TypeError instead. */
static inline int64_t edge_int_payload(edge_value v) { return ((int64_t)(v << 16)) >> 16; }
static inline int64_t edge_as_int(edge_value v) {
    if (edge_is_int(v)) return edge_int_payload(v);
    if (edge_is_bool(v)) return v == EDGE_TRUE;
    __builtin_trap();
}
static inline double edge_as_float(edge_value v) {
    if (edge_is_float(v)) {
        double d;
        __builtin_memcpy(&d, &v, sizeof d);
        return d;
    }
    return (double)edge_as_int(v);
}
/* Truthiness, as Python's bool(): 0, 0.0, False and None are false. */
static inline bool edge_as_bool(edge_value v) {
    if (edge_is_float(v)) return edge_as_float(v) != 0.0;
    if (edge_is_int(v)) return edge_int_payload(v) != 0;
    return v == EDGE_TRUE;
}
/* The Python type name of a word, for messages. */
static inline const char *edge_type_name(edge_value v) {
    if (edge_is_float(v)) return "float";
    if (edge_is_int(v)) return "int";
    if (edge_is_bool(v)) return "bool";
    if (edge_is_none(v)) return "NoneType";
    return "object";
}

/* ---- strings (ABI v2) ----
 * A str is UTF-8 bytes in the module's memory, not NUL-terminated. An argument points at
 * the bytes the host copied in; a result may point anywhere in the module's memory (a
 * literal, an argument, scratch memory): the host copies it out before anything else
 * runs in the module. */
typedef struct edge_str {
    const char *ptr;
    uint32_t len;
} edge_str;

/* A str from a string literal, without copying. */
#define EDGE_STR(literal) ((edge_str){(literal), (uint32_t)(sizeof(literal) - 1)})
static inline edge_str edge_str_make(const char *ptr, uint32_t len) { return (edge_str){ptr, len}; }
static inline edge_str edge_str_cstr(const char *s) {
    uint32_t n = 0;
    while (s[n]) n++;
    return (edge_str){s, n};
}
static inline bool edge_str_eq(edge_str a, edge_str b) {
    if (a.len != b.len) return false;
    for (uint32_t i = 0; i < a.len; i++)
        if (a.ptr[i] != b.ptr[i]) return false;
    return true;
}

/* ---- the runtime: scratch memory, errors, the exports edge_alloc and edge_error ----
 * Scratch memory lives for one call: it is reclaimed when the host starts the next call
 * (its first edge_alloc, or the call itself), so a result in scratch memory stays valid
 * while the host copies it. Keep state that outlives a call in static variables. */
typedef struct edge__chunk {
    struct edge__chunk *next;
    uint32_t size;   /* usable bytes after this header */
    uint32_t pad[2]; /* a 16-byte header keeps what follows 8-aligned */
} edge__chunk;

typedef struct edge__runtime {
    edge__chunk *first, *cur;
    uint32_t used;  /* bytes used in cur */
    bool in_call;   /* false once a call returned: its memory is the host's to read */
    bool raised;    /* an exception is pending for the current call */
    bool tail_used; /* the initial memory's free tail became the first chunk */
    edge_str error; /* "ValueError: math domain error" */
} edge__runtime;

/* One runtime per module, even if several files include this header. */
__attribute__((weak, visibility("hidden"))) edge__runtime edge__rt;

#ifdef EDGE_SDK_FREESTANDING
/* clang may turn loops into calls to these; without a C library the module defines them. */
__attribute__((weak, visibility("hidden"), no_builtin("memcpy"))) void *
memcpy(void *dst, const void *src, size_t n) {
    unsigned char *d = (unsigned char *)dst;
    const unsigned char *s = (const unsigned char *)src;
    while (n--) *d++ = *s++;
    return dst;
}
__attribute__((weak, visibility("hidden"), no_builtin("memmove"))) void *
memmove(void *dst, const void *src, size_t n) {
    unsigned char *d = (unsigned char *)dst;
    const unsigned char *s = (const unsigned char *)src;
    if (d < s)
        while (n--) *d++ = *s++;
    else
        while (n--) d[n] = s[n];
    return dst;
}
__attribute__((weak, visibility("hidden"), no_builtin("memset"))) void *memset(void *dst, int c,
                                                                               size_t n) {
    unsigned char *d = (unsigned char *)dst;
    while (n--) *d++ = (unsigned char)c;
    return dst;
}
__attribute__((weak, visibility("hidden"), no_builtin("memcmp"))) int
memcmp(const void *a, const void *b, size_t n) {
    const unsigned char *x = (const unsigned char *)a, *y = (const unsigned char *)b;
    for (; n; n--, x++, y++)
        if (*x != *y) return *x - *y;
    return 0;
}

extern unsigned char __heap_base;

/* A new chunk of at least `size` usable bytes: first the unused tail of the initial
 * memory, then fresh pages from memory.grow. */
static inline edge__chunk *edge__chunk_new(uint32_t size) {
    uintptr_t need = sizeof(edge__chunk) + (uintptr_t)size;
    if (!edge__rt.tail_used) {
        edge__rt.tail_used = true;
        uintptr_t start = ((uintptr_t)&__heap_base + 15) & ~(uintptr_t)15;
        uintptr_t end = (uintptr_t)__builtin_wasm_memory_size(0) * 65536;
        if (end > start && end - start >= need) {
            edge__chunk *c = (edge__chunk *)start;
            c->next = NULL;
            c->size = (uint32_t)(end - start - sizeof(edge__chunk));
            return c;
        }
    }
    uintptr_t pages = (need + 65535) / 65536;
    size_t old = __builtin_wasm_memory_grow(0, pages);
    if (old == (size_t)-1) return NULL;
    edge__chunk *c = (edge__chunk *)(old * 65536);
    c->next = NULL;
    c->size = (uint32_t)(pages * 65536 - sizeof(edge__chunk));
    return c;
}
#else
static inline edge__chunk *edge__chunk_new(uint32_t size) {
    edge__chunk *c = (edge__chunk *)malloc(sizeof(edge__chunk) + (size_t)size);
    if (c) {
        c->next = NULL;
        c->size = size;
    }
    return c;
}
#endif

/* Starts a call: reclaims the previous call's scratch memory unless this call already
 * began (the host allocated its arguments). */
static inline void edge__begin(void) {
    if (!edge__rt.in_call) {
        edge__rt.cur = edge__rt.first;
        edge__rt.used = 0;
        edge__rt.in_call = true;
    }
}

static inline void *edge__alloc(uint32_t n) {
    edge__begin();
    if (n > 0x7FFFFFF0u) return NULL;
    n = (n + 7u) & ~7u;
    edge__chunk *c = edge__rt.cur;
    while (c && c->size - edge__rt.used < n) {
        c = c->next;
        edge__rt.used = 0;
        if (c) edge__rt.cur = c;
    }
    if (!c) {
        /* Each new chunk doubles the last, so a long string costs few chunks. */
        uint64_t last = edge__rt.cur ? edge__rt.cur->size : 0;
        uint64_t want = last * 2 > n ? last * 2 : n;
        if (want > 0x7FFFFFF0u) want = n;
        uint32_t size = (uint32_t)want;
        if (size < 65536 - (uint32_t)sizeof(edge__chunk)) size = 65536 - sizeof(edge__chunk);
        c = edge__chunk_new(size);
        if (!c && size > n) c = edge__chunk_new(n);
        if (!c) return NULL;
        if (edge__rt.cur) {
            c->next = edge__rt.cur->next;
            edge__rt.cur->next = c;
        } else {
            edge__rt.first = c;
        }
        edge__rt.cur = c;
        edge__rt.used = 0;
    }
    void *p = (char *)(c + 1) + edge__rt.used;
    edge__rt.used += n;
    return p;
}

/* The host calls edge_alloc(len) for each non-empty str argument, then writes the UTF-8
 * bytes there. 0 means out of memory (the host raises MemoryError). */
__attribute__((weak, export_name("edge_alloc"))) uint32_t edge_alloc(uint32_t len) {
    return (uint32_t)(uintptr_t)edge__alloc(len ? len : 1);
}

static inline edge_value edge__pack(edge_str s) {
    if (!s.len) return 0;
    return ((uint64_t)(uintptr_t)s.ptr << 32) | s.len;
}

/* The host calls edge_error() after a function returned EDGE_ERROR (or EDGE_STR_ERROR),
 * and raises the exception it describes: "TypeName: message", packed as a str result. */
__attribute__((weak, export_name("edge_error"))) edge_value edge_error(void) {
    return edge__pack(edge__rt.error);
}

/* Scratch memory for this call, or NULL (then MemoryError is pending). */
int edge_raise(const char *type, const char *message);
static inline void *edge_scratch(uint32_t n) {
    void *p = edge__alloc(n);
    if (!p) edge_raise("MemoryError", "out of memory in a native module");
    return p;
}

/* A growing string in scratch memory: start with `edge_buf b = {0};`. When memory runs
 * out, MemoryError is pending and further additions are dropped. */
typedef struct edge_buf {
    char *ptr;
    uint32_t len, cap;
} edge_buf;

static inline bool edge_buf_reserve(edge_buf *b, uint32_t extra) {
    if (b->cap - b->len >= extra) return true;
    if (edge__rt.raised) return false;
    uint32_t cap = b->cap ? b->cap * 2 : 64;
    while (cap - b->len < extra) cap *= 2;
    char *p = (char *)edge_scratch(cap);
    if (!p) return false;
    if (b->len) __builtin_memcpy(p, b->ptr, b->len);
    b->ptr = p;
    b->cap = cap;
    return true;
}
static inline void edge_buf_add(edge_buf *b, const char *s, uint32_t n) {
    if (!n || !edge_buf_reserve(b, n)) return;
    __builtin_memcpy(b->ptr + b->len, s, n);
    b->len += n;
}
static inline void edge_buf_add_str(edge_buf *b, edge_str s) { edge_buf_add(b, s.ptr, s.len); }
static inline void edge_buf_add_cstr(edge_buf *b, const char *s) {
    edge_buf_add_str(b, edge_str_cstr(s));
}
static inline void edge_buf_add_char(edge_buf *b, char c) { edge_buf_add(b, &c, 1); }
static inline void edge_buf_add_int(edge_buf *b, int64_t i) {
    char digits[24];
    int n = 0;
    uint64_t u = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
    do digits[n++] = (char)('0' + u % 10);
    while (u /= 10);
    if (i < 0) digits[n++] = '-';
    while (n) edge_buf_add_char(b, digits[--n]);
}
static inline edge_str edge_buf_str(const edge_buf *b) { return (edge_str){b->ptr, b->len}; }

/* Raises `type` (a builtin exception name: "ValueError", "OverflowError", ...) with
 * `message` once the function returns; what the function returns then is ignored.
 * Returns 0, so `return edge_raise(...);` fits any numeric result type. The first raise
 * of a call wins. ABI v2: a v1-only host sees the error as an invalid result. */
__attribute__((weak, visibility("hidden"))) int edge_raise_str(const char *type, edge_str message) {
    if (edge__rt.raised) return 0;
    edge__rt.raised = true;
    edge_str t = edge_str_cstr(type);
    uint32_t n = t.len + 2 + message.len;
    char *p = (char *)edge__alloc(n);
    if (!p) { /* no room for the message: the type alone still says what happened */
        edge__rt.error = EDGE_STR("MemoryError");
        return 0;
    }
    __builtin_memcpy(p, t.ptr, t.len);
    p[t.len] = ':';
    p[t.len + 1] = ' ';
    if (message.len) __builtin_memcpy(p + t.len + 2, message.ptr, message.len);
    edge__rt.error = (edge_str){p, n};
    return 0;
}
__attribute__((weak, visibility("hidden"))) int edge_raise(const char *type, const char *message) {
    return edge_raise_str(type, edge_str_cstr(message));
}
/* True once this call raised: a long computation can stop early. */
static inline bool edge_raised(void) { return edge__rt.raised; }

/* ---- the wrappers EDGE_FN generates ---- */

static inline void edge__enter(void) {
    edge__begin();
    edge__rt.raised = false;
    edge__rt.error = (edge_str){"", 0};
}
static inline edge_value edge__leave(edge_value result) {
    edge__rt.in_call = false;
    return result;
}

/* Argument decoders: a word of the wrong type raises TypeError with CPython's wording. */
static inline int64_t edge__arg_int(edge_value v) {
    if (edge_is_int(v)) return edge_int_payload(v);
    if (edge_is_bool(v)) return v == EDGE_TRUE;
    edge_buf b = {0};
    edge_buf_add_char(&b, '\'');
    edge_buf_add_cstr(&b, edge_type_name(v));
    edge_buf_add_cstr(&b, "' object cannot be interpreted as an integer");
    edge_raise_str("TypeError", edge_buf_str(&b));
    return 0;
}
static inline double edge__arg_float(edge_value v) {
    if (edge_is_float(v) || edge_is_int(v) || edge_is_bool(v)) return edge_as_float(v);
    edge_buf b = {0};
    edge_buf_add_cstr(&b, "must be real number, not ");
    edge_buf_add_cstr(&b, edge_type_name(v));
    edge_raise_str("TypeError", edge_buf_str(&b));
    return 0.0;
}
static inline edge_str edge__arg_str(uint32_t ptr, uint32_t len) {
    return (edge_str){len ? (const char *)(uintptr_t)ptr : "", len};
}

static inline edge_value edge__ret_int(int64_t r, const char *fname) {
    if (!edge__rt.raised && !edge_int_fits(r)) {
        edge_buf b = {0};
        edge_buf_add_cstr(&b, fname);
        edge_buf_add_cstr(&b, "() result does not fit in a 48-bit int");
        edge_raise_str("OverflowError", edge_buf_str(&b));
    }
    return edge__leave(edge__rt.raised ? EDGE_ERROR : edge_int(r));
}
static inline edge_value edge__ret_float(double r) {
    return edge__leave(edge__rt.raised ? EDGE_ERROR : edge_float(r));
}
static inline edge_value edge__ret_bool(bool r) {
    return edge__leave(edge__rt.raised ? EDGE_ERROR : edge_bool(r));
}
static inline edge_value edge__ret_any(edge_value r) {
    return edge__leave(edge__rt.raised ? EDGE_ERROR : r);
}
static inline edge_value edge__ret_none(void) {
    return edge__leave(edge__rt.raised ? EDGE_ERROR : EDGE_NONE);
}
static inline edge_value edge__ret_str(edge_str r) {
    return edge__leave(edge__rt.raised ? EDGE_STR_ERROR : edge__pack(r));
}

/* The declared types. For each: the C type the body sees (EDGE__C_), its name in the
 * signature (EDGE__NAME_), the wasm parameters (EDGE__WIRE_), the decoding into a local
 * (EDGE__LOCAL_), the result encoding (EDGE__RETURN_) and the error word (EDGE__FAIL_).
 * `bool` is a macro for `_Bool` before C23, hence the second spelling. */
#define EDGE__C_int int64_t
#define EDGE__C_float double
#define EDGE__C_bool bool
#define EDGE__C__Bool bool
#define EDGE__C_str edge_str
#define EDGE__C_any edge_value
#define EDGE__C_None void
#define EDGE__C_optional edge_value

#define EDGE__NAME_int "int"
#define EDGE__NAME_float "float"
#define EDGE__NAME_bool "bool"
#define EDGE__NAME__Bool "bool"
#define EDGE__NAME_str "str"
#define EDGE__NAME_any "any"
#define EDGE__NAME_None "None"
#define EDGE__NAME_optional "any = None"

#define EDGE__WIRE_int(a) edge_value edge__w_##a
#define EDGE__WIRE_float(a) edge_value edge__w_##a
#define EDGE__WIRE_bool(a) edge_value edge__w_##a
#define EDGE__WIRE__Bool(a) edge_value edge__w_##a
#define EDGE__WIRE_any(a) edge_value edge__w_##a
#define EDGE__WIRE_optional(a) edge_value edge__w_##a
#define EDGE__WIRE_str(a) uint32_t edge__p_##a, uint32_t edge__n_##a

#define EDGE__LOCAL_int(a) int64_t a = edge__arg_int(edge__w_##a);
#define EDGE__LOCAL_float(a) double a = edge__arg_float(edge__w_##a);
#define EDGE__LOCAL_bool(a) bool a = edge_as_bool(edge__w_##a);
#define EDGE__LOCAL__Bool(a) EDGE__LOCAL_bool(a)
#define EDGE__LOCAL_any(a) edge_value a = edge__w_##a;
#define EDGE__LOCAL_optional(a) edge_value a = edge__w_##a;
#define EDGE__LOCAL_str(a) edge_str a = edge__arg_str(edge__p_##a, edge__n_##a);

#define EDGE__RETURN_int(call, fname) return edge__ret_int((call), fname);
#define EDGE__RETURN_float(call, fname) return edge__ret_float((call));
#define EDGE__RETURN_bool(call, fname) return edge__ret_bool((call));
#define EDGE__RETURN__Bool(call, fname) return edge__ret_bool((call));
#define EDGE__RETURN_any(call, fname) return edge__ret_any((call));
#define EDGE__RETURN_str(call, fname) return edge__ret_str((call));
#define EDGE__RETURN_None(call, fname)                                                             \
    call;                                                                                          \
    return edge__ret_none();

#define EDGE__FAIL_int EDGE_ERROR
#define EDGE__FAIL_float EDGE_ERROR
#define EDGE__FAIL_bool EDGE_ERROR
#define EDGE__FAIL__Bool EDGE_ERROR
#define EDGE__FAIL_any EDGE_ERROR
#define EDGE__FAIL_None EDGE_ERROR
#define EDGE__FAIL_str EDGE_STR_ERROR

/* Appends one line to the module's `edge_abi` custom section. wasm-ld keeps sections
 * named .custom_section.* as custom sections, in emcc and clang builds alike. */
#define EDGE__DECLARE(text)                                                                        \
    __asm__(".section .custom_section.edge_abi,\"\",@\n.ascii \"" text "\\n\"\n.text\n")

/* Applying M(type, name) to each pair of a parameter list, with S() between two. */
#define EDGE__CAT(a, b) EDGE__CAT_(a, b)
#define EDGE__CAT_(a, b) a##b
#define EDGE__COUNT(...)                                                                           \
    EDGE__COUNT_(__VA_ARGS__, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0)
#define EDGE__COUNT_(_1, _2, _3, _4, _5, _6, _7, _8, _9, _10, _11, _12, _13, _14, _15, _16, n,     \
                     ...)                                                                          \
    n
#define EDGE__MAP(M, S, ...) EDGE__CAT(EDGE__MAP, EDGE__COUNT(__VA_ARGS__))(M, S, __VA_ARGS__)
#define EDGE__MAP2(M, S, T, a) M(T, a)
#define EDGE__MAP4(M, S, T, a, ...) M(T, a) S() EDGE__MAP2(M, S, __VA_ARGS__)
#define EDGE__MAP6(M, S, T, a, ...) M(T, a) S() EDGE__MAP4(M, S, __VA_ARGS__)
#define EDGE__MAP8(M, S, T, a, ...) M(T, a) S() EDGE__MAP6(M, S, __VA_ARGS__)
#define EDGE__MAP10(M, S, T, a, ...) M(T, a) S() EDGE__MAP8(M, S, __VA_ARGS__)
#define EDGE__MAP12(M, S, T, a, ...) M(T, a) S() EDGE__MAP10(M, S, __VA_ARGS__)
#define EDGE__MAP14(M, S, T, a, ...) M(T, a) S() EDGE__MAP12(M, S, __VA_ARGS__)
#define EDGE__MAP16(M, S, T, a, ...) M(T, a) S() EDGE__MAP14(M, S, __VA_ARGS__)
#define EDGE__COMMA() ,
#define EDGE__NOTHING()
#define EDGE__COMMA_STR() ", "

#define EDGE__SIG(T, a) #a ": " EDGE__NAME_##T
#define EDGE__PARAM(T, a) EDGE__C_##T a
#define EDGE__WIRE(T, a) EDGE__WIRE_##T(a)
#define EDGE__LOCAL(T, a) EDGE__LOCAL_##T(a)
#define EDGE__ARG(T, a) a

/* ---- declaring functions and constants ---- */

/* EDGE_FN(R, name, T1, p1, T2, p2, ...) { body }
 * Exports the Python function `name(p1: T1, ...) -> R` (1 to 8 parameters; EDGE_FN0 for
 * none). The body is a C function with parameters of the C types below, returning R's.
 *
 *   type   Python          in C          notes
 *   int    int (48-bit)    int64_t       takes a bool too; a result outside 48 bits raises
 *                                        OverflowError
 *   float  float           double        takes an int or a bool too
 *   bool   bool            bool          a parameter takes any value, by truthiness
 *   str    str             edge_str      UTF-8 (ptr, len) in the module's memory
 *   any    int/float/bool  edge_value    the word itself, unchecked
 *          /None
 *   None   None            void          results only
 *   optional                edge_value    `any = None`: a trailing parameter the caller
 *                                        may omit (the body then gets EDGE_NONE)
 *
 * An argument of the wrong type raises TypeError before the body runs. */
#define EDGE_FN(R, name, ...)                                                                      \
    EDGE__DECLARE(#name                                                                            \
                  "(" EDGE__MAP(EDGE__SIG, EDGE__COMMA_STR, __VA_ARGS__) ") -> " EDGE__NAME_##R);  \
    static EDGE__C_##R edge__impl_##name(EDGE__MAP(EDGE__PARAM, EDGE__COMMA, __VA_ARGS__));        \
    __attribute__((export_name(#name)))                                                            \
    edge_value edge__export_##name(EDGE__MAP(EDGE__WIRE, EDGE__COMMA, __VA_ARGS__)) {              \
        edge__enter();                                                                             \
        EDGE__MAP(EDGE__LOCAL, EDGE__NOTHING, __VA_ARGS__)                                         \
        if (edge__rt.raised) return edge__leave(EDGE__FAIL_##R);                                   \
        EDGE__RETURN_##R(edge__impl_##name(EDGE__MAP(EDGE__ARG, EDGE__COMMA, __VA_ARGS__)), #name) \
    }                                                                                              \
    static EDGE__C_##R edge__impl_##name(EDGE__MAP(EDGE__PARAM, EDGE__COMMA, __VA_ARGS__))

/* EDGE_FN0(R, name) { body }: a function without parameters. */
#define EDGE_FN0(R, name)                                                                          \
    EDGE__DECLARE(#name "() -> " EDGE__NAME_##R);                                                  \
    static EDGE__C_##R edge__impl_##name(void);                                                    \
    __attribute__((export_name(#name))) edge_value edge__export_##name(void) {                     \
        edge__enter();                                                                             \
        EDGE__RETURN_##R(edge__impl_##name(), #name)                                               \
    }                                                                                              \
    static EDGE__C_##R edge__impl_##name(void)

/* EDGE_CONST(T, name, expr): the module constant `name: T` (int, float, bool, or str
 * from a C string). Its export is a function without parameters that the host calls
 * once, when it loads the module: C cannot give a wasm global an initial value (modules
 * from other toolchains may export a global instead). */
#define EDGE__CONST_int(x) (x)
#define EDGE__CONST_float(x) (x)
#define EDGE__CONST_bool(x) (x)
#define EDGE__CONST_any(x) (x)
#define EDGE__CONST_str(x) edge_str_cstr(x)
#define EDGE_CONST(T, name, expr)                                                                  \
    EDGE__DECLARE(#name ": " EDGE__NAME_##T);                                                      \
    __attribute__((export_name(#name))) edge_value edge__export_##name(void) {                     \
        edge__enter();                                                                             \
        EDGE__RETURN_##T(EDGE__CONST_##T(expr), #name)                                             \
    }

#endif
