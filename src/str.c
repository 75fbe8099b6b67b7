/* str.c — the str type: immutable UTF-8 text that caches its hash and code-point count.
 * Creation and interning, indexing and slicing, repr, the formatting machinery (format(),
 * str.format, printf-style %) and every str method, with CPython's semantics and messages.
 * Pure-ASCII text (len == cplen) takes byte-indexed fast paths; other text is walked. */

#include "str.h"

#include <inttypes.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bigint.h"
#include "containers.h"
#include "type.h"

#define COUNT_OF(a) (sizeof(a) / sizeof((a)[0]))

/* ---------------------------------------------------------------- UTF-8 */

/* Bytes in the sequence a lead byte starts, by its high nibble (a stray continuation
 * byte counts as one, though valid text never has one). */
static const uint8_t lead_len[16] = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 3, 4};
#define LEAD_LEN(b) lead_len[(uint8_t)(b) >> 4]
#define IS_CONT(b) (((uint8_t)(b)&0xC0) == 0x80)

size_t utf8_decode(const char *s, size_t len, uint32_t *cp) {
    const uint8_t *u = (const uint8_t *)s;
    size_t n = len ? LEAD_LEN(u[0]) : 1;
    if (len == 0 || n == 1 || n > len) {
        *cp = len ? u[0] : 0;
        return 1;
    }
    if (n == 2)
        *cp = ((uint32_t)(u[0] & 0x1F) << 6) | (u[1] & 0x3F);
    else if (n == 3)
        *cp = ((uint32_t)(u[0] & 0x0F) << 12) | ((uint32_t)(u[1] & 0x3F) << 6) | (u[2] & 0x3F);
    else
        *cp = ((uint32_t)(u[0] & 0x07) << 18) | ((uint32_t)(u[1] & 0x3F) << 12) |
              ((uint32_t)(u[2] & 0x3F) << 6) | (u[3] & 0x3F);
    return n;
}

size_t utf8_valid(const char *s, size_t len) {
    const uint8_t *u = (const uint8_t *)s;
    if (len == 0) return 0;
    if (u[0] < 0x80) return 1;
    size_t n = u[0] >= 0xF0 ? 4 : u[0] >= 0xE0 ? 3 : u[0] >= 0xC2 ? 2 : 0;
    if (n == 0 || n > len || u[0] > 0xF4) return 0;
    for (size_t i = 1; i < n; i++)
        if (!IS_CONT(u[i])) return 0;
    uint32_t cp;
    utf8_decode(s, n, &cp);
    /* No overlong forms, no surrogates, nothing past U+10FFFF. */
    if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return n;
}

size_t utf8_encode(uint32_t cp, char out[4]) {
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

size_t utf8_count(const char *s, size_t len) {
    /* Counts the bytes that are not continuation bytes (10xxxxxx), eight at a time. */
    size_t n = 0, i = 0;
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        w = (w & ~(w << 1) & 0x8080808080808080ull) >> 7; /* 1 in each continuation byte */
        n += 8 - (size_t)((w * 0x0101010101010101ull) >> 56);
    }
    for (; i < len; i++) n += !IS_CONT(s[i]);
    return n;
}

/* ---------------------------------------------------------------- creation, hashing, interning */

int64_t str_hash_bytes(const char *bytes, size_t len) {
    /* Eight bytes per multiply-rotate step, then a murmur-style finaliser. */
    const uint64_t k1 = 0x9E3779B97F4A7C15ull, k2 = 0xC2B2AE3D27D4EB4Full;
    uint64_t h = ((uint64_t)len * k1) ^ 0x27D4EB2F165667C5ull, w;
    size_t i = 0;
    for (; i + 8 <= len; i += 8) {
        memcpy(&w, bytes + i, 8);
        h ^= w * k2;
        h = ((h << 31) | (h >> 33)) * k1;
    }
    /* The tail: the last eight bytes again when there are that many, else byte by byte. */
    w = 0;
    if (len >= 8)
        memcpy(&w, bytes + len - 8, 8);
    else
        for (size_t k = len; k-- > 0;) w = (w << 8) | (uint8_t)bytes[k];
    h ^= w * k2;
    h = ((h << 31) | (h >> 33)) * k1;
    h ^= h >> 33;
    h *= 0xFF51AFD7ED558CCDull;
    h ^= h >> 33;
    return (int64_t)h == -1 ? -2 : (int64_t)h;
}

/* A str of `len` bytes for the caller to fill in and then seal. */
static ObjStr *str_alloc(VM *vm, size_t len) {
    ObjStr *s = (ObjStr *)obj_alloc(vm, OBJ_STR, sizeof(ObjStr) + len + 1);
    s->len = (uint32_t)len;
    return s;
}

static Value str_seal(ObjStr *s, size_t cplen) {
    s->chars[s->len] = '\0';
    s->cplen = (uint32_t)cplen;
    s->hash = str_hash_bytes(s->chars, s->len);
    return OBJ_VAL(s);
}

ObjStr *str_new(VM *vm, const char *utf8, size_t len) {
    ObjStr *s = str_alloc(vm, len);
    if (len) memcpy(s->chars, utf8, len);
    str_seal(s, utf8_count(utf8, len));
    return s;
}

ObjStr *str_intern(VM *vm, const char *utf8, size_t len) {
    int64_t hash = str_hash_bytes(utf8, len);
    ObjStr *s = table_find_text(&vm->strings, utf8, len, hash);
    /* The table is weak: a string found there may be garbage the next collection frees,
     * unless the caller's pin keeps it. */
    if (s) {
        gc_pin(vm, OBJ_VAL(s));
        return s;
    }
    s = str_alloc(vm, len);
    memcpy(s->chars, utf8, len);
    s->cplen = (uint32_t)utf8_count(utf8, len);
    s->hash = hash;
    s->obj.flags |= STR_INTERNED;
    table_insert(vm, &vm->strings, OBJ_VAL(s), hash, NONE_VAL);
    return s;
}

ObjStr *str_intern_cstr(VM *vm, const char *cstr) { return str_intern(vm, cstr, strlen(cstr)); }

Value str_value(VM *vm, const char *cstr) { return OBJ_VAL(str_new(vm, cstr, strlen(cstr))); }

/* Text whose code-point count the caller already knows. */
static Value make_str(VM *vm, const char *p, size_t len, size_t cplen) {
    ObjStr *s = str_alloc(vm, len);
    memcpy(s->chars, p, len);
    return str_seal(s, cplen);
}

/* One-character strings are interned: indexing and iteration make a great many. */
static Value char_value(VM *vm, const char *p, size_t n) { return OBJ_VAL(str_intern(vm, p, n)); }

static Value empty_str(VM *vm) {
    return OBJ_VAL(vm->s_empty ? vm->s_empty : str_intern(vm, "", 0));
}

static Value too_long(VM *vm) { return op_no_memory(vm); }

bool str_fits(VM *vm, uint64_t len) {
    if (len > STR_MAX_LEN) {
        too_long(vm);
        return false;
    }
    return gc_reserve(vm, len + sizeof(ObjStr));
}

/* s[b0:b1] by byte offsets on character boundaries; s itself when that is all of it. */
static Value substr(VM *vm, ObjStr *s, size_t b0, size_t b1) {
    size_t n = b1 - b0;
    if (n == s->len) return OBJ_VAL(s);
    if (n == 0) return empty_str(vm);
    if (n == 1) return char_value(vm, s->chars + b0, 1);
    return make_str(vm, s->chars + b0, n, STR_IS_ASCII(s) ? n : utf8_count(s->chars + b0, n));
}

bool str_equal(const ObjStr *a, const ObjStr *b) {
    if (a == b) return true;
    if (a->obj.flags & b->obj.flags & STR_INTERNED) return false;
    return a->len == b->len && a->hash == b->hash && memcmp(a->chars, b->chars, a->len) == 0;
}

int str_compare(const ObjStr *a, const ObjStr *b) {
    /* Byte order of UTF-8 is code point order. */
    size_t n = a->len < b->len ? a->len : b->len;
    int c = memcmp(a->chars, b->chars, n);
    if (c) return c < 0 ? -1 : 1;
    return (a->len > b->len) - (a->len < b->len);
}

/* ---------------------------------------------------------------- StrBuf */

void sb_init(StrBuf *sb) {
    sb->data = NULL;
    sb->len = sb->cap = 0;
}

static char *sb_reserve(StrBuf *sb, size_t extra) {
    if (sb->len + extra + 1 > sb->cap) {
        size_t cap = sb->cap ? sb->cap : 64;
        while (cap < sb->len + extra + 1) cap *= 2;
        char *data = (char *)realloc(sb->data, cap);
        if (!data) abort(); /* the host is out of memory: nothing sensible is left to do */
        sb->data = data;
        sb->cap = cap;
    }
    return sb->data + sb->len;
}

void sb_append(StrBuf *sb, const char *bytes, size_t len) {
    if (len == 0) return;
    memcpy(sb_reserve(sb, len), bytes, len);
    sb->len += len;
}

void sb_append_cstr(StrBuf *sb, const char *cstr) { sb_append(sb, cstr, strlen(cstr)); }

void sb_append_char(StrBuf *sb, char c) {
    *sb_reserve(sb, 1) = c;
    sb->len++;
}

void sb_append_str(StrBuf *sb, const ObjStr *s) { sb_append(sb, s->chars, s->len); }

static void sb_append_cp(StrBuf *sb, uint32_t cp) {
    char buf[4];
    sb_append(sb, buf, utf8_encode(cp, buf));
}

static void sb_fill(StrBuf *sb, const char *fill, size_t flen, int64_t count) {
    if (count <= 0) return;
    char *p = sb_reserve(sb, flen * (size_t)count);
    if (flen == 1)
        memset(p, fill[0], (size_t)count);
    else
        for (int64_t i = 0; i < count; i++) memcpy(p + (size_t)i * flen, fill, flen);
    sb->len += flen * (size_t)count;
}

void sb_printf(StrBuf *sb, const char *fmt, ...) {
    char small[256];
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n > 0 && (size_t)n < sizeof small) {
        sb_append(sb, small, (size_t)n);
    } else if (n > 0) {
        vsnprintf(sb_reserve(sb, (size_t)n), (size_t)n + 1, fmt, ap2);
        sb->len += (size_t)n;
    }
    va_end(ap2);
}

void sb_free(StrBuf *sb) {
    free(sb->data);
    sb_init(sb);
}

Value sb_finish(VM *vm, StrBuf *sb) {
    Value v = sb->len ? OBJ_VAL(str_new(vm, sb->data, sb->len)) : empty_str(vm);
    sb_free(sb);
    return v;
}

/* ---------------------------------------------------------------- Unicode character data */

/* The tables below are generated from CPython 3.11's unicodedata. Case mappings and
 * classes cover the Basic Multilingual Plane (and the large astral letter blocks);
 * beyond it, characters are uncased, not letters and printable. A CaseRange maps every
 * `stride`-th code point in [lo, hi] to itself plus delta. */
typedef struct CaseRange {
    uint32_t lo, hi;
    int32_t delta;
    uint32_t stride;
} CaseRange;
/* Mappings to more than one character: upper and title (or the case fold). */
typedef struct FullCase {
    uint32_t cp;
    const char *upper, *title;
} FullCase;

/* clang-format off */
static const CaseRange upper_map[] = {
    {0xB5, 0xB5, 743, 1}, {0xE0, 0xF6, -32, 1}, {0xF8, 0xFE, -32, 1}, {0xFF, 0xFF, 121, 1},
    {0x101, 0x12F, -1, 2}, {0x131, 0x131, -232, 1}, {0x133, 0x137, -1, 2},
    {0x13A, 0x148, -1, 2}, {0x14B, 0x177, -1, 2}, {0x17A, 0x17E, -1, 2},
    {0x17F, 0x17F, -300, 1}, {0x180, 0x180, 195, 1}, {0x183, 0x185, -1, 2},
    {0x188, 0x188, -1, 1}, {0x18C, 0x18C, -1, 1}, {0x192, 0x192, -1, 1}, {0x195, 0x195, 97, 1},
    {0x199, 0x199, -1, 1}, {0x19A, 0x19A, 163, 1}, {0x19E, 0x19E, 130, 1},
    {0x1A1, 0x1A5, -1, 2}, {0x1A8, 0x1A8, -1, 1}, {0x1AD, 0x1AD, -1, 1}, {0x1B0, 0x1B0, -1, 1},
    {0x1B4, 0x1B6, -1, 2}, {0x1B9, 0x1B9, -1, 1}, {0x1BD, 0x1BD, -1, 1}, {0x1BF, 0x1BF, 56, 1},
    {0x1C5, 0x1C5, -1, 1}, {0x1C6, 0x1C6, -2, 1}, {0x1C8, 0x1C8, -1, 1}, {0x1C9, 0x1C9, -2, 1},
    {0x1CB, 0x1CB, -1, 1}, {0x1CC, 0x1CC, -2, 1}, {0x1CE, 0x1DC, -1, 2}, {0x1DD, 0x1DD, -79, 1},
    {0x1DF, 0x1EF, -1, 2}, {0x1F2, 0x1F2, -1, 1}, {0x1F3, 0x1F3, -2, 1}, {0x1F5, 0x1F5, -1, 1},
    {0x1F9, 0x21F, -1, 2}, {0x223, 0x233, -1, 2}, {0x23C, 0x23C, -1, 1},
    {0x23F, 0x240, 10815, 1}, {0x242, 0x242, -1, 1}, {0x247, 0x24F, -1, 2},
    {0x250, 0x250, 10783, 1}, {0x251, 0x251, 10780, 1}, {0x252, 0x252, 10782, 1},
    {0x253, 0x253, -210, 1}, {0x254, 0x254, -206, 1}, {0x256, 0x257, -205, 1},
    {0x259, 0x259, -202, 1}, {0x25B, 0x25B, -203, 1}, {0x25C, 0x25C, 42319, 1},
    {0x260, 0x260, -205, 1}, {0x261, 0x261, 42315, 1}, {0x263, 0x263, -207, 1},
    {0x265, 0x265, 42280, 1}, {0x266, 0x266, 42308, 1}, {0x268, 0x268, -209, 1},
    {0x269, 0x269, -211, 1}, {0x26A, 0x26A, 42308, 1}, {0x26B, 0x26B, 10743, 1},
    {0x26C, 0x26C, 42305, 1}, {0x26F, 0x26F, -211, 1}, {0x271, 0x271, 10749, 1},
    {0x272, 0x272, -213, 1}, {0x275, 0x275, -214, 1}, {0x27D, 0x27D, 10727, 1},
    {0x280, 0x280, -218, 1}, {0x282, 0x282, 42307, 1}, {0x283, 0x283, -218, 1},
    {0x287, 0x287, 42282, 1}, {0x288, 0x288, -218, 1}, {0x289, 0x289, -69, 1},
    {0x28A, 0x28B, -217, 1}, {0x28C, 0x28C, -71, 1}, {0x292, 0x292, -219, 1},
    {0x29D, 0x29D, 42261, 1}, {0x29E, 0x29E, 42258, 1}, {0x345, 0x345, 84, 1},
    {0x371, 0x373, -1, 2}, {0x377, 0x377, -1, 1}, {0x37B, 0x37D, 130, 1},
    {0x3AC, 0x3AC, -38, 1}, {0x3AD, 0x3AF, -37, 1}, {0x3B1, 0x3C1, -32, 1},
    {0x3C2, 0x3C2, -31, 1}, {0x3C3, 0x3CB, -32, 1}, {0x3CC, 0x3CC, -64, 1},
    {0x3CD, 0x3CE, -63, 1}, {0x3D0, 0x3D0, -62, 1}, {0x3D1, 0x3D1, -57, 1},
    {0x3D5, 0x3D5, -47, 1}, {0x3D6, 0x3D6, -54, 1}, {0x3D7, 0x3D7, -8, 1},
    {0x3D9, 0x3EF, -1, 2}, {0x3F0, 0x3F0, -86, 1}, {0x3F1, 0x3F1, -80, 1}, {0x3F2, 0x3F2, 7, 1},
    {0x3F3, 0x3F3, -116, 1}, {0x3F5, 0x3F5, -96, 1}, {0x3F8, 0x3F8, -1, 1},
    {0x3FB, 0x3FB, -1, 1}, {0x430, 0x44F, -32, 1}, {0x450, 0x45F, -80, 1},
    {0x461, 0x481, -1, 2}, {0x48B, 0x4BF, -1, 2}, {0x4C2, 0x4CE, -1, 2}, {0x4CF, 0x4CF, -15, 1},
    {0x4D1, 0x52F, -1, 2}, {0x561, 0x586, -48, 1}, {0x10D0, 0x10FA, 3008, 1},
    {0x10FD, 0x10FF, 3008, 1}, {0x13F8, 0x13FD, -8, 1}, {0x1C80, 0x1C80, -6254, 1},
    {0x1C81, 0x1C81, -6253, 1}, {0x1C82, 0x1C82, -6244, 1}, {0x1C83, 0x1C84, -6242, 1},
    {0x1C85, 0x1C85, -6243, 1}, {0x1C86, 0x1C86, -6236, 1}, {0x1C87, 0x1C87, -6181, 1},
    {0x1C88, 0x1C88, 35266, 1}, {0x1D79, 0x1D79, 35332, 1}, {0x1D7D, 0x1D7D, 3814, 1},
    {0x1D8E, 0x1D8E, 35384, 1}, {0x1E01, 0x1E95, -1, 2}, {0x1E9B, 0x1E9B, -59, 1},
    {0x1EA1, 0x1EFF, -1, 2}, {0x1F00, 0x1F07, 8, 1}, {0x1F10, 0x1F15, 8, 1},
    {0x1F20, 0x1F27, 8, 1}, {0x1F30, 0x1F37, 8, 1}, {0x1F40, 0x1F45, 8, 1},
    {0x1F51, 0x1F57, 8, 2}, {0x1F60, 0x1F67, 8, 1}, {0x1F70, 0x1F71, 74, 1},
    {0x1F72, 0x1F75, 86, 1}, {0x1F76, 0x1F77, 100, 1}, {0x1F78, 0x1F79, 128, 1},
    {0x1F7A, 0x1F7B, 112, 1}, {0x1F7C, 0x1F7D, 126, 1}, {0x1FB0, 0x1FB1, 8, 1},
    {0x1FBE, 0x1FBE, -7205, 1}, {0x1FD0, 0x1FD1, 8, 1}, {0x1FE0, 0x1FE1, 8, 1},
    {0x1FE5, 0x1FE5, 7, 1}, {0x214E, 0x214E, -28, 1}, {0x2170, 0x217F, -16, 1},
    {0x2184, 0x2184, -1, 1}, {0x24D0, 0x24E9, -26, 1}, {0x2C30, 0x2C5F, -48, 1},
    {0x2C61, 0x2C61, -1, 1}, {0x2C65, 0x2C65, -10795, 1}, {0x2C66, 0x2C66, -10792, 1},
    {0x2C68, 0x2C6C, -1, 2}, {0x2C73, 0x2C73, -1, 1}, {0x2C76, 0x2C76, -1, 1},
    {0x2C81, 0x2CE3, -1, 2}, {0x2CEC, 0x2CEE, -1, 2}, {0x2CF3, 0x2CF3, -1, 1},
    {0x2D00, 0x2D25, -7264, 1}, {0x2D27, 0x2D27, -7264, 1}, {0x2D2D, 0x2D2D, -7264, 1},
    {0xA641, 0xA66D, -1, 2}, {0xA681, 0xA69B, -1, 2}, {0xA723, 0xA72F, -1, 2},
    {0xA733, 0xA76F, -1, 2}, {0xA77A, 0xA77C, -1, 2}, {0xA77F, 0xA787, -1, 2},
    {0xA78C, 0xA78C, -1, 1}, {0xA791, 0xA793, -1, 2}, {0xA794, 0xA794, 48, 1},
    {0xA797, 0xA7A9, -1, 2}, {0xA7B5, 0xA7C3, -1, 2}, {0xA7C8, 0xA7CA, -1, 2},
    {0xA7D1, 0xA7D1, -1, 1}, {0xA7D7, 0xA7D9, -1, 2}, {0xA7F6, 0xA7F6, -1, 1},
    {0xAB53, 0xAB53, -928, 1}, {0xAB70, 0xABBF, -38864, 1}, {0xFF41, 0xFF5A, -32, 1},
};
static const CaseRange lower_map[] = {
    {0xC0, 0xD6, 32, 1}, {0xD8, 0xDE, 32, 1}, {0x100, 0x12E, 1, 2}, {0x132, 0x136, 1, 2},
    {0x139, 0x147, 1, 2}, {0x14A, 0x176, 1, 2}, {0x178, 0x178, -121, 1}, {0x179, 0x17D, 1, 2},
    {0x181, 0x181, 210, 1}, {0x182, 0x184, 1, 2}, {0x186, 0x186, 206, 1}, {0x187, 0x187, 1, 1},
    {0x189, 0x18A, 205, 1}, {0x18B, 0x18B, 1, 1}, {0x18E, 0x18E, 79, 1}, {0x18F, 0x18F, 202, 1},
    {0x190, 0x190, 203, 1}, {0x191, 0x191, 1, 1}, {0x193, 0x193, 205, 1},
    {0x194, 0x194, 207, 1}, {0x196, 0x196, 211, 1}, {0x197, 0x197, 209, 1},
    {0x198, 0x198, 1, 1}, {0x19C, 0x19C, 211, 1}, {0x19D, 0x19D, 213, 1},
    {0x19F, 0x19F, 214, 1}, {0x1A0, 0x1A4, 1, 2}, {0x1A6, 0x1A6, 218, 1}, {0x1A7, 0x1A7, 1, 1},
    {0x1A9, 0x1A9, 218, 1}, {0x1AC, 0x1AC, 1, 1}, {0x1AE, 0x1AE, 218, 1}, {0x1AF, 0x1AF, 1, 1},
    {0x1B1, 0x1B2, 217, 1}, {0x1B3, 0x1B5, 1, 2}, {0x1B7, 0x1B7, 219, 1}, {0x1B8, 0x1B8, 1, 1},
    {0x1BC, 0x1BC, 1, 1}, {0x1C4, 0x1C4, 2, 1}, {0x1C5, 0x1C5, 1, 1}, {0x1C7, 0x1C7, 2, 1},
    {0x1C8, 0x1C8, 1, 1}, {0x1CA, 0x1CA, 2, 1}, {0x1CB, 0x1DB, 1, 2}, {0x1DE, 0x1EE, 1, 2},
    {0x1F1, 0x1F1, 2, 1}, {0x1F2, 0x1F4, 1, 2}, {0x1F6, 0x1F6, -97, 1}, {0x1F7, 0x1F7, -56, 1},
    {0x1F8, 0x21E, 1, 2}, {0x220, 0x220, -130, 1}, {0x222, 0x232, 1, 2},
    {0x23A, 0x23A, 10795, 1}, {0x23B, 0x23B, 1, 1}, {0x23D, 0x23D, -163, 1},
    {0x23E, 0x23E, 10792, 1}, {0x241, 0x241, 1, 1}, {0x243, 0x243, -195, 1},
    {0x244, 0x244, 69, 1}, {0x245, 0x245, 71, 1}, {0x246, 0x24E, 1, 2}, {0x370, 0x372, 1, 2},
    {0x376, 0x376, 1, 1}, {0x37F, 0x37F, 116, 1}, {0x386, 0x386, 38, 1}, {0x388, 0x38A, 37, 1},
    {0x38C, 0x38C, 64, 1}, {0x38E, 0x38F, 63, 1}, {0x391, 0x3A1, 32, 1}, {0x3A3, 0x3AB, 32, 1},
    {0x3CF, 0x3CF, 8, 1}, {0x3D8, 0x3EE, 1, 2}, {0x3F4, 0x3F4, -60, 1}, {0x3F7, 0x3F7, 1, 1},
    {0x3F9, 0x3F9, -7, 1}, {0x3FA, 0x3FA, 1, 1}, {0x3FD, 0x3FF, -130, 1}, {0x400, 0x40F, 80, 1},
    {0x410, 0x42F, 32, 1}, {0x460, 0x480, 1, 2}, {0x48A, 0x4BE, 1, 2}, {0x4C0, 0x4C0, 15, 1},
    {0x4C1, 0x4CD, 1, 2}, {0x4D0, 0x52E, 1, 2}, {0x531, 0x556, 48, 1},
    {0x10A0, 0x10C5, 7264, 1}, {0x10C7, 0x10C7, 7264, 1}, {0x10CD, 0x10CD, 7264, 1},
    {0x13A0, 0x13EF, 38864, 1}, {0x13F0, 0x13F5, 8, 1}, {0x1C90, 0x1CBA, -3008, 1},
    {0x1CBD, 0x1CBF, -3008, 1}, {0x1E00, 0x1E94, 1, 2}, {0x1E9E, 0x1E9E, -7615, 1},
    {0x1EA0, 0x1EFE, 1, 2}, {0x1F08, 0x1F0F, -8, 1}, {0x1F18, 0x1F1D, -8, 1},
    {0x1F28, 0x1F2F, -8, 1}, {0x1F38, 0x1F3F, -8, 1}, {0x1F48, 0x1F4D, -8, 1},
    {0x1F59, 0x1F5F, -8, 2}, {0x1F68, 0x1F6F, -8, 1}, {0x1F88, 0x1F8F, -8, 1},
    {0x1F98, 0x1F9F, -8, 1}, {0x1FA8, 0x1FAF, -8, 1}, {0x1FB8, 0x1FB9, -8, 1},
    {0x1FBA, 0x1FBB, -74, 1}, {0x1FBC, 0x1FBC, -9, 1}, {0x1FC8, 0x1FCB, -86, 1},
    {0x1FCC, 0x1FCC, -9, 1}, {0x1FD8, 0x1FD9, -8, 1}, {0x1FDA, 0x1FDB, -100, 1},
    {0x1FE8, 0x1FE9, -8, 1}, {0x1FEA, 0x1FEB, -112, 1}, {0x1FEC, 0x1FEC, -7, 1},
    {0x1FF8, 0x1FF9, -128, 1}, {0x1FFA, 0x1FFB, -126, 1}, {0x1FFC, 0x1FFC, -9, 1},
    {0x2126, 0x2126, -7517, 1}, {0x212A, 0x212A, -8383, 1}, {0x212B, 0x212B, -8262, 1},
    {0x2132, 0x2132, 28, 1}, {0x2160, 0x216F, 16, 1}, {0x2183, 0x2183, 1, 1},
    {0x24B6, 0x24CF, 26, 1}, {0x2C00, 0x2C2F, 48, 1}, {0x2C60, 0x2C60, 1, 1},
    {0x2C62, 0x2C62, -10743, 1}, {0x2C63, 0x2C63, -3814, 1}, {0x2C64, 0x2C64, -10727, 1},
    {0x2C67, 0x2C6B, 1, 2}, {0x2C6D, 0x2C6D, -10780, 1}, {0x2C6E, 0x2C6E, -10749, 1},
    {0x2C6F, 0x2C6F, -10783, 1}, {0x2C70, 0x2C70, -10782, 1}, {0x2C72, 0x2C72, 1, 1},
    {0x2C75, 0x2C75, 1, 1}, {0x2C7E, 0x2C7F, -10815, 1}, {0x2C80, 0x2CE2, 1, 2},
    {0x2CEB, 0x2CED, 1, 2}, {0x2CF2, 0x2CF2, 1, 1}, {0xA640, 0xA66C, 1, 2},
    {0xA680, 0xA69A, 1, 2}, {0xA722, 0xA72E, 1, 2}, {0xA732, 0xA76E, 1, 2},
    {0xA779, 0xA77B, 1, 2}, {0xA77D, 0xA77D, -35332, 1}, {0xA77E, 0xA786, 1, 2},
    {0xA78B, 0xA78B, 1, 1}, {0xA78D, 0xA78D, -42280, 1}, {0xA790, 0xA792, 1, 2},
    {0xA796, 0xA7A8, 1, 2}, {0xA7AA, 0xA7AA, -42308, 1}, {0xA7AB, 0xA7AB, -42319, 1},
    {0xA7AC, 0xA7AC, -42315, 1}, {0xA7AD, 0xA7AD, -42305, 1}, {0xA7AE, 0xA7AE, -42308, 1},
    {0xA7B0, 0xA7B0, -42258, 1}, {0xA7B1, 0xA7B1, -42282, 1}, {0xA7B2, 0xA7B2, -42261, 1},
    {0xA7B3, 0xA7B3, 928, 1}, {0xA7B4, 0xA7C2, 1, 2}, {0xA7C4, 0xA7C4, -48, 1},
    {0xA7C5, 0xA7C5, -42307, 1}, {0xA7C6, 0xA7C6, -35384, 1}, {0xA7C7, 0xA7C9, 1, 2},
    {0xA7D0, 0xA7D0, 1, 1}, {0xA7D6, 0xA7D8, 1, 2}, {0xA7F5, 0xA7F5, 1, 1},
    {0xFF21, 0xFF3A, 32, 1},
};
static const uint32_t upper_extra[][2] = {
    {0x130, 0x130}, {0x3D2, 0x3D4}, {0x2102, 0x2102}, {0x2107, 0x2107}, {0x210B, 0x210D},
    {0x2110, 0x2112}, {0x2115, 0x2115}, {0x2119, 0x211D}, {0x2124, 0x2124}, {0x2128, 0x2128},
    {0x212C, 0x212D}, {0x2130, 0x2131}, {0x2133, 0x2133}, {0x213E, 0x213F}, {0x2145, 0x2145},
};
static const uint32_t lower_extra[][2] = {
    {0xAA, 0xAA}, {0xBA, 0xBA}, {0xDF, 0xDF}, {0x138, 0x138}, {0x149, 0x149}, {0x18D, 0x18D},
    {0x19B, 0x19B}, {0x1AA, 0x1AB}, {0x1BA, 0x1BA}, {0x1BE, 0x1BE}, {0x1F0, 0x1F0},
    {0x221, 0x221}, {0x234, 0x239}, {0x255, 0x255}, {0x258, 0x258}, {0x25A, 0x25A},
    {0x25D, 0x25F}, {0x262, 0x262}, {0x264, 0x264}, {0x267, 0x267}, {0x26D, 0x26E},
    {0x270, 0x270}, {0x273, 0x274}, {0x276, 0x27C}, {0x27E, 0x27F}, {0x281, 0x281},
    {0x284, 0x286}, {0x28D, 0x291}, {0x293, 0x293}, {0x295, 0x29C}, {0x29F, 0x2B8},
    {0x2C0, 0x2C1}, {0x2E0, 0x2E4}, {0x37A, 0x37A}, {0x390, 0x390}, {0x3B0, 0x3B0},
    {0x3FC, 0x3FC}, {0x560, 0x560}, {0x587, 0x588}, {0x1D00, 0x1D78}, {0x1D7A, 0x1D7C},
    {0x1D7E, 0x1D8D}, {0x1D8F, 0x1DBF}, {0x1E96, 0x1E9A}, {0x1E9C, 0x1E9D}, {0x1E9F, 0x1E9F},
    {0x1F50, 0x1F50}, {0x1F52, 0x1F52}, {0x1F54, 0x1F54}, {0x1F56, 0x1F56}, {0x1F80, 0x1F87},
    {0x1F90, 0x1F97}, {0x1FA0, 0x1FA7}, {0x1FB2, 0x1FB4}, {0x1FB6, 0x1FB7}, {0x1FC2, 0x1FC4},
    {0x1FC6, 0x1FC7}, {0x1FD2, 0x1FD3}, {0x1FD6, 0x1FD7}, {0x1FE2, 0x1FE4}, {0x1FE6, 0x1FE7},
    {0x1FF2, 0x1FF4}, {0x1FF6, 0x1FF7}, {0x2071, 0x2071}, {0x207F, 0x207F}, {0x2090, 0x209C},
    {0x210A, 0x210A}, {0x210E, 0x210F}, {0x2113, 0x2113}, {0x212F, 0x212F}, {0x2134, 0x2134},
    {0x2139, 0x2139}, {0x213C, 0x213D}, {0x2146, 0x2149}, {0x2C71, 0x2C71}, {0x2C74, 0x2C74},
    {0x2C77, 0x2C7D}, {0x2CE4, 0x2CE4}, {0xA69C, 0xA69D}, {0xA730, 0xA731}, {0xA770, 0xA778},
    {0xA78E, 0xA78E}, {0xA795, 0xA795}, {0xA7AF, 0xA7AF}, {0xA7D3, 0xA7D3}, {0xA7D5, 0xA7D5},
    {0xA7F8, 0xA7FA}, {0xAB30, 0xAB52}, {0xAB54, 0xAB5A}, {0xAB5C, 0xAB68}, {0xFB00, 0xFB06},
    {0xFB13, 0xFB17},
};
static const uint32_t title_chars[][2] = {
    {0x1C5, 0x1C5}, {0x1C8, 0x1C8}, {0x1CB, 0x1CB}, {0x1F2, 0x1F2}, {0x1F88, 0x1F8F},
    {0x1F98, 0x1F9F}, {0x1FA8, 0x1FAF}, {0x1FBC, 0x1FBC}, {0x1FCC, 0x1FCC}, {0x1FFC, 0x1FFC},
};
static const uint32_t alpha_ranges[][2] = {
    {0xAA, 0xAA}, {0xB5, 0xB5}, {0xBA, 0xBA}, {0xC0, 0xD6}, {0xD8, 0xF6}, {0xF8, 0x2C1},
    {0x2C6, 0x2D1}, {0x2E0, 0x2E4}, {0x2EC, 0x2EC}, {0x2EE, 0x2EE}, {0x370, 0x374},
    {0x376, 0x377}, {0x37A, 0x37D}, {0x37F, 0x37F}, {0x386, 0x386}, {0x388, 0x38A},
    {0x38C, 0x38C}, {0x38E, 0x3A1}, {0x3A3, 0x3F5}, {0x3F7, 0x481}, {0x48A, 0x52F},
    {0x531, 0x556}, {0x559, 0x559}, {0x560, 0x588}, {0x5D0, 0x5EA}, {0x5EF, 0x5F2},
    {0x620, 0x64A}, {0x66E, 0x66F}, {0x671, 0x6D3}, {0x6D5, 0x6D5}, {0x6E5, 0x6E6},
    {0x6EE, 0x6EF}, {0x6FA, 0x6FC}, {0x6FF, 0x6FF}, {0x710, 0x710}, {0x712, 0x72F},
    {0x74D, 0x7A5}, {0x7B1, 0x7B1}, {0x7CA, 0x7EA}, {0x7F4, 0x7F5}, {0x7FA, 0x7FA},
    {0x800, 0x815}, {0x81A, 0x81A}, {0x824, 0x824}, {0x828, 0x828}, {0x840, 0x858},
    {0x860, 0x86A}, {0x870, 0x887}, {0x889, 0x88E}, {0x8A0, 0x8C9}, {0x904, 0x939},
    {0x93D, 0x93D}, {0x950, 0x950}, {0x958, 0x961}, {0x971, 0x980}, {0x985, 0x98C},
    {0x98F, 0x990}, {0x993, 0x9A8}, {0x9AA, 0x9B0}, {0x9B2, 0x9B2}, {0x9B6, 0x9B9},
    {0x9BD, 0x9BD}, {0x9CE, 0x9CE}, {0x9DC, 0x9DD}, {0x9DF, 0x9E1}, {0x9F0, 0x9F1},
    {0x9FC, 0x9FC}, {0xA05, 0xA0A}, {0xA0F, 0xA10}, {0xA13, 0xA28}, {0xA2A, 0xA30},
    {0xA32, 0xA33}, {0xA35, 0xA36}, {0xA38, 0xA39}, {0xA59, 0xA5C}, {0xA5E, 0xA5E},
    {0xA72, 0xA74}, {0xA85, 0xA8D}, {0xA8F, 0xA91}, {0xA93, 0xAA8}, {0xAAA, 0xAB0},
    {0xAB2, 0xAB3}, {0xAB5, 0xAB9}, {0xABD, 0xABD}, {0xAD0, 0xAD0}, {0xAE0, 0xAE1},
    {0xAF9, 0xAF9}, {0xB05, 0xB0C}, {0xB0F, 0xB10}, {0xB13, 0xB28}, {0xB2A, 0xB30},
    {0xB32, 0xB33}, {0xB35, 0xB39}, {0xB3D, 0xB3D}, {0xB5C, 0xB5D}, {0xB5F, 0xB61},
    {0xB71, 0xB71}, {0xB83, 0xB83}, {0xB85, 0xB8A}, {0xB8E, 0xB90}, {0xB92, 0xB95},
    {0xB99, 0xB9A}, {0xB9C, 0xB9C}, {0xB9E, 0xB9F}, {0xBA3, 0xBA4}, {0xBA8, 0xBAA},
    {0xBAE, 0xBB9}, {0xBD0, 0xBD0}, {0xC05, 0xC0C}, {0xC0E, 0xC10}, {0xC12, 0xC28},
    {0xC2A, 0xC39}, {0xC3D, 0xC3D}, {0xC58, 0xC5A}, {0xC5D, 0xC5D}, {0xC60, 0xC61},
    {0xC80, 0xC80}, {0xC85, 0xC8C}, {0xC8E, 0xC90}, {0xC92, 0xCA8}, {0xCAA, 0xCB3},
    {0xCB5, 0xCB9}, {0xCBD, 0xCBD}, {0xCDD, 0xCDE}, {0xCE0, 0xCE1}, {0xCF1, 0xCF2},
    {0xD04, 0xD0C}, {0xD0E, 0xD10}, {0xD12, 0xD3A}, {0xD3D, 0xD3D}, {0xD4E, 0xD4E},
    {0xD54, 0xD56}, {0xD5F, 0xD61}, {0xD7A, 0xD7F}, {0xD85, 0xD96}, {0xD9A, 0xDB1},
    {0xDB3, 0xDBB}, {0xDBD, 0xDBD}, {0xDC0, 0xDC6}, {0xE01, 0xE30}, {0xE32, 0xE33},
    {0xE40, 0xE46}, {0xE81, 0xE82}, {0xE84, 0xE84}, {0xE86, 0xE8A}, {0xE8C, 0xEA3},
    {0xEA5, 0xEA5}, {0xEA7, 0xEB0}, {0xEB2, 0xEB3}, {0xEBD, 0xEBD}, {0xEC0, 0xEC4},
    {0xEC6, 0xEC6}, {0xEDC, 0xEDF}, {0xF00, 0xF00}, {0xF40, 0xF47}, {0xF49, 0xF6C},
    {0xF88, 0xF8C}, {0x1000, 0x102A}, {0x103F, 0x103F}, {0x1050, 0x1055}, {0x105A, 0x105D},
    {0x1061, 0x1061}, {0x1065, 0x1066}, {0x106E, 0x1070}, {0x1075, 0x1081}, {0x108E, 0x108E},
    {0x10A0, 0x10C5}, {0x10C7, 0x10C7}, {0x10CD, 0x10CD}, {0x10D0, 0x10FA}, {0x10FC, 0x1248},
    {0x124A, 0x124D}, {0x1250, 0x1256}, {0x1258, 0x1258}, {0x125A, 0x125D}, {0x1260, 0x1288},
    {0x128A, 0x128D}, {0x1290, 0x12B0}, {0x12B2, 0x12B5}, {0x12B8, 0x12BE}, {0x12C0, 0x12C0},
    {0x12C2, 0x12C5}, {0x12C8, 0x12D6}, {0x12D8, 0x1310}, {0x1312, 0x1315}, {0x1318, 0x135A},
    {0x1380, 0x138F}, {0x13A0, 0x13F5}, {0x13F8, 0x13FD}, {0x1401, 0x166C}, {0x166F, 0x167F},
    {0x1681, 0x169A}, {0x16A0, 0x16EA}, {0x16F1, 0x16F8}, {0x1700, 0x1711}, {0x171F, 0x1731},
    {0x1740, 0x1751}, {0x1760, 0x176C}, {0x176E, 0x1770}, {0x1780, 0x17B3}, {0x17D7, 0x17D7},
    {0x17DC, 0x17DC}, {0x1820, 0x1878}, {0x1880, 0x1884}, {0x1887, 0x18A8}, {0x18AA, 0x18AA},
    {0x18B0, 0x18F5}, {0x1900, 0x191E}, {0x1950, 0x196D}, {0x1970, 0x1974}, {0x1980, 0x19AB},
    {0x19B0, 0x19C9}, {0x1A00, 0x1A16}, {0x1A20, 0x1A54}, {0x1AA7, 0x1AA7}, {0x1B05, 0x1B33},
    {0x1B45, 0x1B4C}, {0x1B83, 0x1BA0}, {0x1BAE, 0x1BAF}, {0x1BBA, 0x1BE5}, {0x1C00, 0x1C23},
    {0x1C4D, 0x1C4F}, {0x1C5A, 0x1C7D}, {0x1C80, 0x1C88}, {0x1C90, 0x1CBA}, {0x1CBD, 0x1CBF},
    {0x1CE9, 0x1CEC}, {0x1CEE, 0x1CF3}, {0x1CF5, 0x1CF6}, {0x1CFA, 0x1CFA}, {0x1D00, 0x1DBF},
    {0x1E00, 0x1F15}, {0x1F18, 0x1F1D}, {0x1F20, 0x1F45}, {0x1F48, 0x1F4D}, {0x1F50, 0x1F57},
    {0x1F59, 0x1F59}, {0x1F5B, 0x1F5B}, {0x1F5D, 0x1F5D}, {0x1F5F, 0x1F7D}, {0x1F80, 0x1FB4},
    {0x1FB6, 0x1FBC}, {0x1FBE, 0x1FBE}, {0x1FC2, 0x1FC4}, {0x1FC6, 0x1FCC}, {0x1FD0, 0x1FD3},
    {0x1FD6, 0x1FDB}, {0x1FE0, 0x1FEC}, {0x1FF2, 0x1FF4}, {0x1FF6, 0x1FFC}, {0x2071, 0x2071},
    {0x207F, 0x207F}, {0x2090, 0x209C}, {0x2102, 0x2102}, {0x2107, 0x2107}, {0x210A, 0x2113},
    {0x2115, 0x2115}, {0x2119, 0x211D}, {0x2124, 0x2124}, {0x2126, 0x2126}, {0x2128, 0x2128},
    {0x212A, 0x212D}, {0x212F, 0x2139}, {0x213C, 0x213F}, {0x2145, 0x2149}, {0x214E, 0x214E},
    {0x2183, 0x2184}, {0x2C00, 0x2CE4}, {0x2CEB, 0x2CEE}, {0x2CF2, 0x2CF3}, {0x2D00, 0x2D25},
    {0x2D27, 0x2D27}, {0x2D2D, 0x2D2D}, {0x2D30, 0x2D67}, {0x2D6F, 0x2D6F}, {0x2D80, 0x2D96},
    {0x2DA0, 0x2DA6}, {0x2DA8, 0x2DAE}, {0x2DB0, 0x2DB6}, {0x2DB8, 0x2DBE}, {0x2DC0, 0x2DC6},
    {0x2DC8, 0x2DCE}, {0x2DD0, 0x2DD6}, {0x2DD8, 0x2DDE}, {0x2E2F, 0x2E2F}, {0x3005, 0x3006},
    {0x3031, 0x3035}, {0x303B, 0x303C}, {0x3041, 0x3096}, {0x309D, 0x309F}, {0x30A1, 0x30FA},
    {0x30FC, 0x30FF}, {0x3105, 0x312F}, {0x3131, 0x318E}, {0x31A0, 0x31BF}, {0x31F0, 0x31FF},
    {0x3400, 0x4DBF}, {0x4E00, 0xA48C}, {0xA4D0, 0xA4FD}, {0xA500, 0xA60C}, {0xA610, 0xA61F},
    {0xA62A, 0xA62B}, {0xA640, 0xA66E}, {0xA67F, 0xA69D}, {0xA6A0, 0xA6E5}, {0xA717, 0xA71F},
    {0xA722, 0xA788}, {0xA78B, 0xA7CA}, {0xA7D0, 0xA7D1}, {0xA7D3, 0xA7D3}, {0xA7D5, 0xA7D9},
    {0xA7F2, 0xA801}, {0xA803, 0xA805}, {0xA807, 0xA80A}, {0xA80C, 0xA822}, {0xA840, 0xA873},
    {0xA882, 0xA8B3}, {0xA8F2, 0xA8F7}, {0xA8FB, 0xA8FB}, {0xA8FD, 0xA8FE}, {0xA90A, 0xA925},
    {0xA930, 0xA946}, {0xA960, 0xA97C}, {0xA984, 0xA9B2}, {0xA9CF, 0xA9CF}, {0xA9E0, 0xA9E4},
    {0xA9E6, 0xA9EF}, {0xA9FA, 0xA9FE}, {0xAA00, 0xAA28}, {0xAA40, 0xAA42}, {0xAA44, 0xAA4B},
    {0xAA60, 0xAA76}, {0xAA7A, 0xAA7A}, {0xAA7E, 0xAAAF}, {0xAAB1, 0xAAB1}, {0xAAB5, 0xAAB6},
    {0xAAB9, 0xAABD}, {0xAAC0, 0xAAC0}, {0xAAC2, 0xAAC2}, {0xAADB, 0xAADD}, {0xAAE0, 0xAAEA},
    {0xAAF2, 0xAAF4}, {0xAB01, 0xAB06}, {0xAB09, 0xAB0E}, {0xAB11, 0xAB16}, {0xAB20, 0xAB26},
    {0xAB28, 0xAB2E}, {0xAB30, 0xAB5A}, {0xAB5C, 0xAB69}, {0xAB70, 0xABE2}, {0xAC00, 0xD7A3},
    {0xD7B0, 0xD7C6}, {0xD7CB, 0xD7FB}, {0xF900, 0xFA6D}, {0xFA70, 0xFAD9}, {0xFB00, 0xFB06},
    {0xFB13, 0xFB17}, {0xFB1D, 0xFB1D}, {0xFB1F, 0xFB28}, {0xFB2A, 0xFB36}, {0xFB38, 0xFB3C},
    {0xFB3E, 0xFB3E}, {0xFB40, 0xFB41}, {0xFB43, 0xFB44}, {0xFB46, 0xFBB1}, {0xFBD3, 0xFD3D},
    {0xFD50, 0xFD8F}, {0xFD92, 0xFDC7}, {0xFDF0, 0xFDFB}, {0xFE70, 0xFE74}, {0xFE76, 0xFEFC},
    {0xFF21, 0xFF3A}, {0xFF41, 0xFF5A}, {0xFF66, 0xFFBE}, {0xFFC2, 0xFFC7}, {0xFFCA, 0xFFCF},
    {0xFFD2, 0xFFD7}, {0xFFDA, 0xFFDC}, {0x12000, 0x12399}, {0x13000, 0x1342E},
    {0x14400, 0x14646}, {0x16800, 0x16A38}, {0x17000, 0x187F7}, {0x18800, 0x18CD5},
    {0x20000, 0x2A6DF}, {0x2A700, 0x2B738}, {0x2B820, 0x2CEA1}, {0x2CEB0, 0x2EBE0},
    {0x2F800, 0x2FA1D}, {0x30000, 0x3134A},
};
static const uint32_t nonprint_ranges[][2] = {
    {0x80, 0xA0}, {0xAD, 0xAD}, {0x378, 0x379}, {0x380, 0x383}, {0x38B, 0x38B}, {0x38D, 0x38D},
    {0x3A2, 0x3A2}, {0x530, 0x530}, {0x557, 0x558}, {0x58B, 0x58C}, {0x590, 0x590},
    {0x5C8, 0x5CF}, {0x5EB, 0x5EE}, {0x5F5, 0x605}, {0x61C, 0x61C}, {0x6DD, 0x6DD},
    {0x70E, 0x70F}, {0x74B, 0x74C}, {0x7B2, 0x7BF}, {0x7FB, 0x7FC}, {0x82E, 0x82F},
    {0x83F, 0x83F}, {0x85C, 0x85D}, {0x85F, 0x85F}, {0x86B, 0x86F}, {0x88F, 0x897},
    {0x8E2, 0x8E2}, {0x984, 0x984}, {0x98D, 0x98E}, {0x991, 0x992}, {0x9A9, 0x9A9},
    {0x9B1, 0x9B1}, {0x9B3, 0x9B5}, {0x9BA, 0x9BB}, {0x9C5, 0x9C6}, {0x9C9, 0x9CA},
    {0x9CF, 0x9D6}, {0x9D8, 0x9DB}, {0x9DE, 0x9DE}, {0x9E4, 0x9E5}, {0x9FF, 0xA00},
    {0xA04, 0xA04}, {0xA0B, 0xA0E}, {0xA11, 0xA12}, {0xA29, 0xA29}, {0xA31, 0xA31},
    {0xA34, 0xA34}, {0xA37, 0xA37}, {0xA3A, 0xA3B}, {0xA3D, 0xA3D}, {0xA43, 0xA46},
    {0xA49, 0xA4A}, {0xA4E, 0xA50}, {0xA52, 0xA58}, {0xA5D, 0xA5D}, {0xA5F, 0xA65},
    {0xA77, 0xA80}, {0xA84, 0xA84}, {0xA8E, 0xA8E}, {0xA92, 0xA92}, {0xAA9, 0xAA9},
    {0xAB1, 0xAB1}, {0xAB4, 0xAB4}, {0xABA, 0xABB}, {0xAC6, 0xAC6}, {0xACA, 0xACA},
    {0xACE, 0xACF}, {0xAD1, 0xADF}, {0xAE4, 0xAE5}, {0xAF2, 0xAF8}, {0xB00, 0xB00},
    {0xB04, 0xB04}, {0xB0D, 0xB0E}, {0xB11, 0xB12}, {0xB29, 0xB29}, {0xB31, 0xB31},
    {0xB34, 0xB34}, {0xB3A, 0xB3B}, {0xB45, 0xB46}, {0xB49, 0xB4A}, {0xB4E, 0xB54},
    {0xB58, 0xB5B}, {0xB5E, 0xB5E}, {0xB64, 0xB65}, {0xB78, 0xB81}, {0xB84, 0xB84},
    {0xB8B, 0xB8D}, {0xB91, 0xB91}, {0xB96, 0xB98}, {0xB9B, 0xB9B}, {0xB9D, 0xB9D},
    {0xBA0, 0xBA2}, {0xBA5, 0xBA7}, {0xBAB, 0xBAD}, {0xBBA, 0xBBD}, {0xBC3, 0xBC5},
    {0xBC9, 0xBC9}, {0xBCE, 0xBCF}, {0xBD1, 0xBD6}, {0xBD8, 0xBE5}, {0xBFB, 0xBFF},
    {0xC0D, 0xC0D}, {0xC11, 0xC11}, {0xC29, 0xC29}, {0xC3A, 0xC3B}, {0xC45, 0xC45},
    {0xC49, 0xC49}, {0xC4E, 0xC54}, {0xC57, 0xC57}, {0xC5B, 0xC5C}, {0xC5E, 0xC5F},
    {0xC64, 0xC65}, {0xC70, 0xC76}, {0xC8D, 0xC8D}, {0xC91, 0xC91}, {0xCA9, 0xCA9},
    {0xCB4, 0xCB4}, {0xCBA, 0xCBB}, {0xCC5, 0xCC5}, {0xCC9, 0xCC9}, {0xCCE, 0xCD4},
    {0xCD7, 0xCDC}, {0xCDF, 0xCDF}, {0xCE4, 0xCE5}, {0xCF0, 0xCF0}, {0xCF3, 0xCFF},
    {0xD0D, 0xD0D}, {0xD11, 0xD11}, {0xD45, 0xD45}, {0xD49, 0xD49}, {0xD50, 0xD53},
    {0xD64, 0xD65}, {0xD80, 0xD80}, {0xD84, 0xD84}, {0xD97, 0xD99}, {0xDB2, 0xDB2},
    {0xDBC, 0xDBC}, {0xDBE, 0xDBF}, {0xDC7, 0xDC9}, {0xDCB, 0xDCE}, {0xDD5, 0xDD5},
    {0xDD7, 0xDD7}, {0xDE0, 0xDE5}, {0xDF0, 0xDF1}, {0xDF5, 0xE00}, {0xE3B, 0xE3E},
    {0xE5C, 0xE80}, {0xE83, 0xE83}, {0xE85, 0xE85}, {0xE8B, 0xE8B}, {0xEA4, 0xEA4},
    {0xEA6, 0xEA6}, {0xEBE, 0xEBF}, {0xEC5, 0xEC5}, {0xEC7, 0xEC7}, {0xECE, 0xECF},
    {0xEDA, 0xEDB}, {0xEE0, 0xEFF}, {0xF48, 0xF48}, {0xF6D, 0xF70}, {0xF98, 0xF98},
    {0xFBD, 0xFBD}, {0xFCD, 0xFCD}, {0xFDB, 0xFFF}, {0x10C6, 0x10C6}, {0x10C8, 0x10CC},
    {0x10CE, 0x10CF}, {0x1249, 0x1249}, {0x124E, 0x124F}, {0x1257, 0x1257}, {0x1259, 0x1259},
    {0x125E, 0x125F}, {0x1289, 0x1289}, {0x128E, 0x128F}, {0x12B1, 0x12B1}, {0x12B6, 0x12B7},
    {0x12BF, 0x12BF}, {0x12C1, 0x12C1}, {0x12C6, 0x12C7}, {0x12D7, 0x12D7}, {0x1311, 0x1311},
    {0x1316, 0x1317}, {0x135B, 0x135C}, {0x137D, 0x137F}, {0x139A, 0x139F}, {0x13F6, 0x13F7},
    {0x13FE, 0x13FF}, {0x1680, 0x1680}, {0x169D, 0x169F}, {0x16F9, 0x16FF}, {0x1716, 0x171E},
    {0x1737, 0x173F}, {0x1754, 0x175F}, {0x176D, 0x176D}, {0x1771, 0x1771}, {0x1774, 0x177F},
    {0x17DE, 0x17DF}, {0x17EA, 0x17EF}, {0x17FA, 0x17FF}, {0x180E, 0x180E}, {0x181A, 0x181F},
    {0x1879, 0x187F}, {0x18AB, 0x18AF}, {0x18F6, 0x18FF}, {0x191F, 0x191F}, {0x192C, 0x192F},
    {0x193C, 0x193F}, {0x1941, 0x1943}, {0x196E, 0x196F}, {0x1975, 0x197F}, {0x19AC, 0x19AF},
    {0x19CA, 0x19CF}, {0x19DB, 0x19DD}, {0x1A1C, 0x1A1D}, {0x1A5F, 0x1A5F}, {0x1A7D, 0x1A7E},
    {0x1A8A, 0x1A8F}, {0x1A9A, 0x1A9F}, {0x1AAE, 0x1AAF}, {0x1ACF, 0x1AFF}, {0x1B4D, 0x1B4F},
    {0x1B7F, 0x1B7F}, {0x1BF4, 0x1BFB}, {0x1C38, 0x1C3A}, {0x1C4A, 0x1C4C}, {0x1C89, 0x1C8F},
    {0x1CBB, 0x1CBC}, {0x1CC8, 0x1CCF}, {0x1CFB, 0x1CFF}, {0x1F16, 0x1F17}, {0x1F1E, 0x1F1F},
    {0x1F46, 0x1F47}, {0x1F4E, 0x1F4F}, {0x1F58, 0x1F58}, {0x1F5A, 0x1F5A}, {0x1F5C, 0x1F5C},
    {0x1F5E, 0x1F5E}, {0x1F7E, 0x1F7F}, {0x1FB5, 0x1FB5}, {0x1FC5, 0x1FC5}, {0x1FD4, 0x1FD5},
    {0x1FDC, 0x1FDC}, {0x1FF0, 0x1FF1}, {0x1FF5, 0x1FF5}, {0x1FFF, 0x200F}, {0x2028, 0x202F},
    {0x205F, 0x206F}, {0x2072, 0x2073}, {0x208F, 0x208F}, {0x209D, 0x209F}, {0x20C1, 0x20CF},
    {0x20F1, 0x20FF}, {0x218C, 0x218F}, {0x2427, 0x243F}, {0x244B, 0x245F}, {0x2B74, 0x2B75},
    {0x2B96, 0x2B96}, {0x2CF4, 0x2CF8}, {0x2D26, 0x2D26}, {0x2D28, 0x2D2C}, {0x2D2E, 0x2D2F},
    {0x2D68, 0x2D6E}, {0x2D71, 0x2D7E}, {0x2D97, 0x2D9F}, {0x2DA7, 0x2DA7}, {0x2DAF, 0x2DAF},
    {0x2DB7, 0x2DB7}, {0x2DBF, 0x2DBF}, {0x2DC7, 0x2DC7}, {0x2DCF, 0x2DCF}, {0x2DD7, 0x2DD7},
    {0x2DDF, 0x2DDF}, {0x2E5E, 0x2E7F}, {0x2E9A, 0x2E9A}, {0x2EF4, 0x2EFF}, {0x2FD6, 0x2FEF},
    {0x2FFC, 0x3000}, {0x3040, 0x3040}, {0x3097, 0x3098}, {0x3100, 0x3104}, {0x3130, 0x3130},
    {0x318F, 0x318F}, {0x31E4, 0x31EF}, {0x321F, 0x321F}, {0xA48D, 0xA48F}, {0xA4C7, 0xA4CF},
    {0xA62C, 0xA63F}, {0xA6F8, 0xA6FF}, {0xA7CB, 0xA7CF}, {0xA7D2, 0xA7D2}, {0xA7D4, 0xA7D4},
    {0xA7DA, 0xA7F1}, {0xA82D, 0xA82F}, {0xA83A, 0xA83F}, {0xA878, 0xA87F}, {0xA8C6, 0xA8CD},
    {0xA8DA, 0xA8DF}, {0xA954, 0xA95E}, {0xA97D, 0xA97F}, {0xA9CE, 0xA9CE}, {0xA9DA, 0xA9DD},
    {0xA9FF, 0xA9FF}, {0xAA37, 0xAA3F}, {0xAA4E, 0xAA4F}, {0xAA5A, 0xAA5B}, {0xAAC3, 0xAADA},
    {0xAAF7, 0xAB00}, {0xAB07, 0xAB08}, {0xAB0F, 0xAB10}, {0xAB17, 0xAB1F}, {0xAB27, 0xAB27},
    {0xAB2F, 0xAB2F}, {0xAB6C, 0xAB6F}, {0xABEE, 0xABEF}, {0xABFA, 0xABFF}, {0xD7A4, 0xD7AF},
    {0xD7C7, 0xD7CA}, {0xD7FC, 0xF8FF}, {0xFA6E, 0xFA6F}, {0xFADA, 0xFAFF}, {0xFB07, 0xFB12},
    {0xFB18, 0xFB1C}, {0xFB37, 0xFB37}, {0xFB3D, 0xFB3D}, {0xFB3F, 0xFB3F}, {0xFB42, 0xFB42},
    {0xFB45, 0xFB45}, {0xFBC3, 0xFBD2}, {0xFD90, 0xFD91}, {0xFDC8, 0xFDCE}, {0xFDD0, 0xFDEF},
    {0xFE1A, 0xFE1F}, {0xFE53, 0xFE53}, {0xFE67, 0xFE67}, {0xFE6C, 0xFE6F}, {0xFE75, 0xFE75},
    {0xFEFD, 0xFF00}, {0xFFBF, 0xFFC1}, {0xFFC8, 0xFFC9}, {0xFFD0, 0xFFD1}, {0xFFD8, 0xFFD9},
    {0xFFDD, 0xFFDF}, {0xFFE7, 0xFFE7}, {0xFFEF, 0xFFFB}, {0xFFFE, 0xFFFF}, {0x14647, 0x167FF},
    {0x18D09, 0x1AFEF}, {0x3134B, 0xE00FF}, {0xE01F0, 0x10FFFF},
};
static const uint32_t numeric_ranges[][3] = {
    {0xB2, 0xB3, 2}, {0xB9, 0xB9, 2}, {0xBC, 0xBE, 1}, {0x660, 0x669, 3}, {0x6F0, 0x6F9, 3},
    {0x7C0, 0x7C9, 3}, {0x966, 0x96F, 3}, {0x9E6, 0x9EF, 3}, {0x9F4, 0x9F9, 1},
    {0xA66, 0xA6F, 3}, {0xAE6, 0xAEF, 3}, {0xB66, 0xB6F, 3}, {0xB72, 0xB77, 1},
    {0xBE6, 0xBEF, 3}, {0xBF0, 0xBF2, 1}, {0xC66, 0xC6F, 3}, {0xC78, 0xC7E, 1},
    {0xCE6, 0xCEF, 3}, {0xD58, 0xD5E, 1}, {0xD66, 0xD6F, 3}, {0xD70, 0xD78, 1},
    {0xDE6, 0xDEF, 3}, {0xE50, 0xE59, 3}, {0xED0, 0xED9, 3}, {0xF20, 0xF29, 3},
    {0xF2A, 0xF33, 1}, {0x1040, 0x1049, 3}, {0x1090, 0x1099, 3}, {0x1369, 0x1371, 2},
    {0x1372, 0x137C, 1}, {0x16EE, 0x16F0, 1}, {0x17E0, 0x17E9, 3}, {0x17F0, 0x17F9, 1},
    {0x1810, 0x1819, 3}, {0x1946, 0x194F, 3}, {0x19D0, 0x19D9, 3}, {0x19DA, 0x19DA, 2},
    {0x1A80, 0x1A89, 3}, {0x1A90, 0x1A99, 3}, {0x1B50, 0x1B59, 3}, {0x1BB0, 0x1BB9, 3},
    {0x1C40, 0x1C49, 3}, {0x1C50, 0x1C59, 3}, {0x2070, 0x2070, 2}, {0x2074, 0x2079, 2},
    {0x2080, 0x2089, 2}, {0x2150, 0x2182, 1}, {0x2185, 0x2189, 1}, {0x2460, 0x2468, 2},
    {0x2469, 0x2473, 1}, {0x2474, 0x247C, 2}, {0x247D, 0x2487, 1}, {0x2488, 0x2490, 2},
    {0x2491, 0x249B, 1}, {0x24EA, 0x24EA, 2}, {0x24EB, 0x24F4, 1}, {0x24F5, 0x24FD, 2},
    {0x24FE, 0x24FE, 1}, {0x24FF, 0x24FF, 2}, {0x2776, 0x277E, 2}, {0x277F, 0x277F, 1},
    {0x2780, 0x2788, 2}, {0x2789, 0x2789, 1}, {0x278A, 0x2792, 2}, {0x2793, 0x2793, 1},
    {0x2CFD, 0x2CFD, 1}, {0x3007, 0x3007, 1}, {0x3021, 0x3029, 1}, {0x3038, 0x303A, 1},
    {0x3192, 0x3195, 1}, {0x3220, 0x3229, 1}, {0x3248, 0x324F, 1}, {0x3251, 0x325F, 1},
    {0x3280, 0x3289, 1}, {0x32B1, 0x32BF, 1}, {0x3405, 0x3405, 1}, {0x3483, 0x3483, 1},
    {0x382A, 0x382A, 1}, {0x3B4D, 0x3B4D, 1}, {0x4E00, 0x4E00, 1}, {0x4E03, 0x4E03, 1},
    {0x4E07, 0x4E07, 1}, {0x4E09, 0x4E09, 1}, {0x4E5D, 0x4E5D, 1}, {0x4E8C, 0x4E8C, 1},
    {0x4E94, 0x4E94, 1}, {0x4E96, 0x4E96, 1}, {0x4EBF, 0x4EC0, 1}, {0x4EDF, 0x4EDF, 1},
    {0x4EE8, 0x4EE8, 1}, {0x4F0D, 0x4F0D, 1}, {0x4F70, 0x4F70, 1}, {0x5104, 0x5104, 1},
    {0x5146, 0x5146, 1}, {0x5169, 0x5169, 1}, {0x516B, 0x516B, 1}, {0x516D, 0x516D, 1},
    {0x5341, 0x5341, 1}, {0x5343, 0x5345, 1}, {0x534C, 0x534C, 1}, {0x53C1, 0x53C4, 1},
    {0x56DB, 0x56DB, 1}, {0x58F1, 0x58F1, 1}, {0x58F9, 0x58F9, 1}, {0x5E7A, 0x5E7A, 1},
    {0x5EFE, 0x5EFF, 1}, {0x5F0C, 0x5F0E, 1}, {0x5F10, 0x5F10, 1}, {0x62FE, 0x62FE, 1},
    {0x634C, 0x634C, 1}, {0x67D2, 0x67D2, 1}, {0x6F06, 0x6F06, 1}, {0x7396, 0x7396, 1},
    {0x767E, 0x767E, 1}, {0x8086, 0x8086, 1}, {0x842C, 0x842C, 1}, {0x8CAE, 0x8CAE, 1},
    {0x8CB3, 0x8CB3, 1}, {0x8D30, 0x8D30, 1}, {0x9621, 0x9621, 1}, {0x9646, 0x9646, 1},
    {0x964C, 0x964C, 1}, {0x9678, 0x9678, 1}, {0x96F6, 0x96F6, 1}, {0xA620, 0xA629, 3},
    {0xA6E6, 0xA6EF, 1}, {0xA830, 0xA835, 1}, {0xA8D0, 0xA8D9, 3}, {0xA900, 0xA909, 3},
    {0xA9D0, 0xA9D9, 3}, {0xA9F0, 0xA9F9, 3}, {0xAA50, 0xAA59, 3}, {0xABF0, 0xABF9, 3},
    {0xF96B, 0xF96B, 1}, {0xF973, 0xF973, 1}, {0xF978, 0xF978, 1}, {0xF9B2, 0xF9B2, 1},
    {0xF9D1, 0xF9D1, 1}, {0xF9D3, 0xF9D3, 1}, {0xF9FD, 0xF9FD, 1}, {0xFF10, 0xFF19, 3},
};
static const FullCase full_case[] = {
    {0xDF, "SS", "Ss"}, {0x149, "\312\274N", "\312\274N"}, {0x1F0, "J\314\214", "J\314\214"},
    {0x390, "\316\231\314\210\314\201", "\316\231\314\210\314\201"},
    {0x3B0, "\316\245\314\210\314\201", "\316\245\314\210\314\201"},
    {0x587, "\324\265\325\222", "\324\265\326\202"}, {0x1E96, "H\314\261", "H\314\261"},
    {0x1E97, "T\314\210", "T\314\210"}, {0x1E98, "W\314\212", "W\314\212"},
    {0x1E99, "Y\314\212", "Y\314\212"}, {0x1E9A, "A\312\276", "A\312\276"},
    {0x1F50, "\316\245\314\223", "\316\245\314\223"},
    {0x1F52, "\316\245\314\223\314\200", "\316\245\314\223\314\200"},
    {0x1F54, "\316\245\314\223\314\201", "\316\245\314\223\314\201"},
    {0x1F56, "\316\245\314\223\315\202", "\316\245\314\223\315\202"},
    {0x1FB2, "\341\276\272\316\231", "\341\276\272\315\205"},
    {0x1FB3, "\316\221\316\231", "\341\276\274"}, {0x1FB4, "\316\206\316\231", "\316\206\315\205"},
    {0x1FB6, "\316\221\315\202", "\316\221\315\202"},
    {0x1FB7, "\316\221\315\202\316\231", "\316\221\315\202\315\205"},
    {0x1FBC, "\316\221\316\231", "\341\276\274"},
    {0x1FC2, "\341\277\212\316\231", "\341\277\212\315\205"},
    {0x1FC3, "\316\227\316\231", "\341\277\214"}, {0x1FC4, "\316\211\316\231", "\316\211\315\205"},
    {0x1FC6, "\316\227\315\202", "\316\227\315\202"},
    {0x1FC7, "\316\227\315\202\316\231", "\316\227\315\202\315\205"},
    {0x1FCC, "\316\227\316\231", "\341\277\214"},
    {0x1FD2, "\316\231\314\210\314\200", "\316\231\314\210\314\200"},
    {0x1FD3, "\316\231\314\210\314\201", "\316\231\314\210\314\201"},
    {0x1FD6, "\316\231\315\202", "\316\231\315\202"},
    {0x1FD7, "\316\231\314\210\315\202", "\316\231\314\210\315\202"},
    {0x1FE2, "\316\245\314\210\314\200", "\316\245\314\210\314\200"},
    {0x1FE3, "\316\245\314\210\314\201", "\316\245\314\210\314\201"},
    {0x1FE4, "\316\241\314\223", "\316\241\314\223"},
    {0x1FE6, "\316\245\315\202", "\316\245\315\202"},
    {0x1FE7, "\316\245\314\210\315\202", "\316\245\314\210\315\202"},
    {0x1FF2, "\341\277\272\316\231", "\341\277\272\315\205"},
    {0x1FF3, "\316\251\316\231", "\341\277\274"}, {0x1FF4, "\316\217\316\231", "\316\217\315\205"},
    {0x1FF6, "\316\251\315\202", "\316\251\315\202"},
    {0x1FF7, "\316\251\315\202\316\231", "\316\251\315\202\315\205"},
    {0x1FFC, "\316\251\316\231", "\341\277\274"}, {0xFB00, "FF", "Ff"}, {0xFB01, "FI", "Fi"},
    {0xFB02, "FL", "Fl"}, {0xFB03, "FFI", "Ffi"}, {0xFB04, "FFL", "Ffl"}, {0xFB05, "ST", "St"},
    {0xFB06, "ST", "St"}, {0xFB13, "\325\204\325\206", "\325\204\325\266"},
    {0xFB14, "\325\204\324\265", "\325\204\325\245"},
    {0xFB15, "\325\204\324\273", "\325\204\325\253"},
    {0xFB16, "\325\216\325\206", "\325\216\325\266"},
    {0xFB17, "\325\204\324\275", "\325\204\325\255"},
};
static const FullCase fold_case[] = {
    {0xB5, "\316\274", NULL}, {0xDF, "ss", NULL}, {0x149, "\312\274n", NULL}, {0x17F, "s", NULL},
    {0x1F0, "j\314\214", NULL}, {0x345, "\316\271", NULL},
    {0x390, "\316\271\314\210\314\201", NULL}, {0x3B0, "\317\205\314\210\314\201", NULL},
    {0x3C2, "\317\203", NULL}, {0x3D0, "\316\262", NULL}, {0x3D1, "\316\270", NULL},
    {0x3D5, "\317\206", NULL}, {0x3D6, "\317\200", NULL}, {0x3F0, "\316\272", NULL},
    {0x3F1, "\317\201", NULL}, {0x3F5, "\316\265", NULL}, {0x587, "\325\245\326\202", NULL},
    {0x1C80, "\320\262", NULL}, {0x1C81, "\320\264", NULL}, {0x1C82, "\320\276", NULL},
    {0x1C83, "\321\201", NULL}, {0x1C84, "\321\202", NULL}, {0x1C85, "\321\202", NULL},
    {0x1C86, "\321\212", NULL}, {0x1C87, "\321\243", NULL}, {0x1C88, "\352\231\213", NULL},
    {0x1E96, "h\314\261", NULL}, {0x1E97, "t\314\210", NULL}, {0x1E98, "w\314\212", NULL},
    {0x1E99, "y\314\212", NULL}, {0x1E9A, "a\312\276", NULL}, {0x1E9B, "\341\271\241", NULL},
    {0x1E9E, "ss", NULL}, {0x1F50, "\317\205\314\223", NULL},
    {0x1F52, "\317\205\314\223\314\200", NULL}, {0x1F54, "\317\205\314\223\314\201", NULL},
    {0x1F56, "\317\205\314\223\315\202", NULL}, {0x1FB2, "\341\275\260\316\271", NULL},
    {0x1FB3, "\316\261\316\271", NULL}, {0x1FB4, "\316\254\316\271", NULL},
    {0x1FB6, "\316\261\315\202", NULL}, {0x1FB7, "\316\261\315\202\316\271", NULL},
    {0x1FBC, "\316\261\316\271", NULL}, {0x1FBE, "\316\271", NULL},
    {0x1FC2, "\341\275\264\316\271", NULL}, {0x1FC3, "\316\267\316\271", NULL},
    {0x1FC4, "\316\256\316\271", NULL}, {0x1FC6, "\316\267\315\202", NULL},
    {0x1FC7, "\316\267\315\202\316\271", NULL}, {0x1FCC, "\316\267\316\271", NULL},
    {0x1FD2, "\316\271\314\210\314\200", NULL}, {0x1FD3, "\316\271\314\210\314\201", NULL},
    {0x1FD6, "\316\271\315\202", NULL}, {0x1FD7, "\316\271\314\210\315\202", NULL},
    {0x1FE2, "\317\205\314\210\314\200", NULL}, {0x1FE3, "\317\205\314\210\314\201", NULL},
    {0x1FE4, "\317\201\314\223", NULL}, {0x1FE6, "\317\205\315\202", NULL},
    {0x1FE7, "\317\205\314\210\315\202", NULL}, {0x1FF2, "\341\275\274\316\271", NULL},
    {0x1FF3, "\317\211\316\271", NULL}, {0x1FF4, "\317\216\316\271", NULL},
    {0x1FF6, "\317\211\315\202", NULL}, {0x1FF7, "\317\211\315\202\316\271", NULL},
    {0x1FFC, "\317\211\316\271", NULL}, {0xFB00, "ff", NULL}, {0xFB01, "fi", NULL},
    {0xFB02, "fl", NULL}, {0xFB03, "ffi", NULL}, {0xFB04, "ffl", NULL}, {0xFB05, "st", NULL},
    {0xFB06, "st", NULL}, {0xFB13, "\325\264\325\266", NULL}, {0xFB14, "\325\264\325\245", NULL},
    {0xFB15, "\325\264\325\253", NULL}, {0xFB16, "\325\276\325\266", NULL},
    {0xFB17, "\325\264\325\255", NULL},
};
/* clang-format on */

static bool in_ranges(const uint32_t (*t)[2], size_t n, uint32_t c) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (t[mid][0] <= c)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo > 0 && c <= t[lo - 1][1];
}

static uint32_t case_map(const CaseRange *t, size_t n, uint32_t c) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (t[mid].lo <= c)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == 0) return c;
    const CaseRange *r = &t[lo - 1];
    return c <= r->hi && (c - r->lo) % r->stride == 0 ? (uint32_t)((int32_t)c + r->delta) : c;
}

static uint32_t to_upper(uint32_t c) {
    if (c < 0x80) return c - 'a' < 26u ? c - 32 : c;
    return case_map(upper_map, COUNT_OF(upper_map), c);
}

static uint32_t to_lower(uint32_t c) {
    if (c < 0x80) return c - 'A' < 26u ? c + 32 : c;
    return case_map(lower_map, COUNT_OF(lower_map), c);
}

static uint32_t to_title(uint32_t c) {
    if (c >= 0x1C4 && c <= 0x1CC) return 0x1C5 + (c - 0x1C4) / 3 * 3; /* the DŽ digraphs */
    if (c >= 0x1F1 && c <= 0x1F3) return 0x1F2;
    if (c >= 0x10D0 && c <= 0x10FF) return c;     /* Georgian has no title case */
    if (c >= 0x1F80 && c <= 0x1FAF) return c | 8; /* Greek with prosgegrammeni */
    if (c == 0x1FB3 || c == 0x1FC3 || c == 0x1FF3) return c + 9;
    return to_upper(c);
}

static bool is_title(uint32_t c) {
    return c >= 0x1C5 && in_ranges(title_chars, COUNT_OF(title_chars), c);
}

static bool is_upper(uint32_t c) {
    if (c < 0x80) return c - 'A' < 26u;
    if (is_title(c)) return false;
    return to_lower(c) != c || in_ranges(upper_extra, COUNT_OF(upper_extra), c);
}

static bool is_lower(uint32_t c) {
    if (c < 0x80) return c - 'a' < 26u;
    if (is_title(c)) return false;
    return to_upper(c) != c || in_ranges(lower_extra, COUNT_OF(lower_extra), c);
}

static bool is_cased(uint32_t c) { return is_upper(c) || is_lower(c) || is_title(c); }

/* Characters the Final_Sigma rule looks through (an approximation of Case_Ignorable). */
static bool is_case_ignorable(uint32_t c) {
    return c == '\'' || c == '.' || c == ':' || c == '^' || c == '`' || c == 0xA8 || c == 0xAD ||
           c == 0xAF || c == 0xB4 || c == 0xB7 || c == 0xB8 || (c >= 0x2B0 && c <= 0x36F) ||
           c == 0x2018 || c == 0x2019 || c == 0x2024 || c == 0x2027;
}

static bool is_alpha(uint32_t c) {
    if (c < 0x80) return (c | 32) - 'a' < 26u;
    return in_ranges(alpha_ranges, COUNT_OF(alpha_ranges), c);
}

/* The row of numeric_ranges that holds c (a non-ASCII character), or -1. */
static int numeric_row(uint32_t c) {
    size_t lo = 0, hi = COUNT_OF(numeric_ranges);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (numeric_ranges[mid][0] <= c)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo > 0 && c <= numeric_ranges[lo - 1][1] ? (int)lo - 1 : -1;
}

/* 3 for a decimal digit, 2 for another digit, 1 for another numeric character, else 0. */
static int numeric_kind(uint32_t c) {
    if (c < 0x80) return c - '0' < 10u ? 3 : 0;
    int row = numeric_row(c);
    return row < 0 ? 0 : (int)numeric_ranges[row][2];
}

ObjStr *str_ascii_digits(VM *vm, const ObjStr *s) {
    if (STR_IS_ASCII(s)) return NULL;
    char *buf = malloc(s->len + 1);
    if (!buf) return NULL;
    size_t o = 0;
    bool any = false;
    for (size_t i = 0; i < s->len;) {
        uint32_t c;
        size_t k = utf8_decode(s->chars + i, s->len - i, &c);
        int row = c < 0x80 ? -1 : numeric_row(c);
        if (row >= 0 && numeric_ranges[row][2] == 3) {
            /* Decimal digits come in runs of ten, each run starting at its zero. */
            buf[o++] = (char)('0' + (c - numeric_ranges[row][0]) % 10);
            any = true;
        } else {
            memcpy(buf + o, s->chars + i, k);
            o += k;
        }
        i += k;
    }
    ObjStr *r = any ? str_new(vm, buf, o) : NULL;
    free(buf);
    return r;
}

static bool is_decimal(uint32_t c) { return numeric_kind(c) == 3; }
static bool is_digit(uint32_t c) { return numeric_kind(c) >= 2; }
static bool is_numeric(uint32_t c) { return numeric_kind(c) >= 1; }
static bool is_alnum(uint32_t c) { return is_alpha(c) || numeric_kind(c) > 0; }

#define ASCII_SPACE(b) ((b) == ' ' || ((b) >= 9 && (b) <= 13) || ((b) >= 0x1C && (b) <= 0x1F))

static bool is_space(uint32_t c) {
    if (c < 0x80) return ASCII_SPACE(c);
    return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
           c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

static bool is_linebreak(uint32_t c) {
    return (c >= 10 && c <= 13) || (c >= 0x1C && c <= 0x1E) || c == 0x85 || c == 0x2028 ||
           c == 0x2029;
}

static bool is_printable(uint32_t c) {
    if (c < 0x80) return c >= 0x20 && c < 0x7F;
    return !in_ranges(nonprint_ranges, COUNT_OF(nonprint_ranges), c);
}

bool str_char_is_printable(uint32_t c) { return is_printable(c); }

/* XID_Start and XID_Continue, approximated by letters, digits and combining marks. */
static bool is_id_start(uint32_t c) {
    return c == '_' || is_alpha(c) || (c >= 0x2160 && c <= 0x2188) || c == 0x3007 ||
           (c >= 0x3021 && c <= 0x3029);
}

static bool is_id_continue(uint32_t c) {
    return is_id_start(c) || is_decimal(c) || c == 0xB7 || (c >= 0x300 && c <= 0x36F) ||
           c == 0x203F || c == 0x2040 || (c >= 0x1AB0 && c <= 0x1AFF) ||
           (c >= 0x1DC0 && c <= 0x1DFF) || (c >= 0x20D0 && c <= 0x20FF) ||
           (c >= 0xFE20 && c <= 0xFE2F);
}

static const FullCase *full_lookup(const FullCase *t, size_t n, uint32_t c) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (t[mid].cp < c)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n && t[lo].cp == c ? &t[lo] : NULL;
}

enum {
    CASE_UPPER,
    CASE_LOWER,
    CASE_TITLE,
    CASE_FOLD,
    CASE_SWAP,
    CASE_CAPITALIZE,
    CASE_TITLE_WORDS
};

/* σ or ς for a capital sigma at cps[i]: final when a cased letter precedes it and none
 * follows it (looking through case-ignorable characters both ways). */
static uint32_t lower_sigma(const uint32_t *cps, size_t n, size_t i) {
    size_t j = i;
    while (j > 0 && is_case_ignorable(cps[j - 1])) j--;
    if (j == 0 || !is_cased(cps[j - 1])) return 0x3C3;
    j = i + 1;
    while (j < n && is_case_ignorable(cps[j])) j++;
    return j < n && is_cased(cps[j]) ? 0x3C3 : 0x3C2;
}

/* Appends the full mapping of cps[i] for kind CASE_UPPER, CASE_LOWER, CASE_TITLE or
 * CASE_FOLD. */
static void append_mapped(StrBuf *sb, const uint32_t *cps, size_t n, size_t i, int kind) {
    uint32_t c = cps[i];
    if (c >= 0xB5) {
        const FullCase *f = NULL;
        if (c == 0x130 && (kind == CASE_LOWER || kind == CASE_FOLD)) {
            sb_append_cstr(sb, "i\314\207"); /* İ lowers to i + combining dot above */
            return;
        }
        if (c >= 0x1F80 && c <= 0x1FAF && (kind == CASE_UPPER || kind == CASE_FOLD)) {
            /* Greek with ypogegrammeni: the capital (or, folded, small) letter without it,
             * then a capital (small) iota. */
            uint32_t base = (c & 7) + (c < 0x1F90 ? 0 : c < 0x1FA0 ? 0x20 : 0x60);
            sb_append_cp(sb, (kind == CASE_UPPER ? 0x1F08 : 0x1F00) + base);
            sb_append_cp(sb, kind == CASE_UPPER ? 0x399 : 0x3B9);
            return;
        }
        if (kind == CASE_FOLD && ((c >= 0x13A0 && c <= 0x13FD) || (c >= 0xAB70 && c <= 0xABBF))) {
            sb_append_cp(sb, to_upper(c)); /* Cherokee folds to its capitals */
            return;
        }
        if (kind == CASE_FOLD)
            f = full_lookup(fold_case, COUNT_OF(fold_case), c);
        else if (kind != CASE_LOWER)
            f = full_lookup(full_case, COUNT_OF(full_case), c);
        if (f) {
            sb_append_cstr(sb, kind == CASE_TITLE ? f->title : f->upper);
            return;
        }
    }
    switch (kind) {
    case CASE_UPPER:
        c = to_upper(c);
        break;
    case CASE_TITLE:
        c = to_title(c);
        break;
    case CASE_LOWER:
        c = c == 0x3A3 ? lower_sigma(cps, n, i) : to_lower(c);
        break;
    default:
        c = to_lower(c);
        break;
    }
    sb_append_cp(sb, c);
}

/* ---------------------------------------------------------------- searching */

/* Byte search after CPython's fastsearch: a Horspool-style skip on the last byte plus a
 * 64-bit Bloom mask of the needle's bytes, so most windows are dismissed in one test.
 * UTF-8 is self-synchronising, so a byte match is always a whole-character match. */
#define BLOOM_ADD(mask, ch) ((mask) |= (1ull << ((uint8_t)(ch)&63)))
#define BLOOM(mask, ch) ((mask) & (1ull << ((uint8_t)(ch)&63)))

static int64_t find_bytes(const char *s, size_t n, const char *p, size_t m) {
    if (m == 0) return 0;
    if (m > n) return -1;
    if (m == 1) {
        const char *r = (const char *)memchr(s, p[0], n);
        return r ? r - s : -1;
    }
    size_t mlast = m - 1, skip = mlast - 1, w = n - m;
    uint64_t mask = 0;
    for (size_t i = 0; i < mlast; i++) {
        BLOOM_ADD(mask, p[i]);
        if (p[i] == p[mlast]) skip = mlast - i - 1;
    }
    BLOOM_ADD(mask, p[mlast]);
    for (size_t i = 0; i <= w; i++) {
        if (s[i + mlast] == p[mlast]) {
            if (memcmp(s + i, p, mlast) == 0) return (int64_t)i;
            if (i < w && !BLOOM(mask, s[i + m]))
                i += m;
            else
                i += skip;
        } else if (i < w && !BLOOM(mask, s[i + m])) {
            i += m;
        }
    }
    return -1;
}

static int64_t rfind_bytes(const char *s, size_t n, const char *p, size_t m) {
    if (m == 0) return (int64_t)n;
    if (m > n) return -1;
    if (m == 1) {
        for (size_t i = n; i-- > 0;)
            if (s[i] == p[0]) return (int64_t)i;
        return -1;
    }
    size_t mlast = m - 1, skip = mlast - 1;
    uint64_t mask = 0;
    BLOOM_ADD(mask, p[0]);
    for (size_t i = mlast; i > 0; i--) {
        BLOOM_ADD(mask, p[i]);
        if (p[i] == p[0]) skip = i - 1;
    }
    for (int64_t i = (int64_t)(n - m); i >= 0; i--) {
        if (s[i] == p[0]) {
            if (memcmp(s + i + 1, p + 1, mlast) == 0) return i;
            if (i > 0 && !BLOOM(mask, s[i - 1]))
                i -= (int64_t)m;
            else
                i -= (int64_t)skip;
        } else if (i > 0 && !BLOOM(mask, s[i - 1])) {
            i -= (int64_t)m;
        }
    }
    return -1;
}

/* Non-overlapping occurrences of a non-empty needle, at most `max`. */
static int64_t count_bytes(const char *s, size_t n, const char *p, size_t m, int64_t max) {
    int64_t count = 0;
    size_t i = 0;
    while (count < max && i + m <= n) {
        int64_t pos = find_bytes(s + i, n - i, p, m);
        if (pos < 0) break;
        count++;
        i += (size_t)pos + m;
    }
    return count;
}

/* ---------------------------------------------------------------- indices and arguments */

/* Byte offset of code point i, for 0 <= i <= cplen (clamped). Walks from the nearer end. */
static uint32_t byte_at(const ObjStr *s, int64_t i) {
    if (i <= 0) return 0;
    if (i >= s->cplen) return s->len;
    if (STR_IS_ASCII(s)) return (uint32_t)i;
    const char *p = s->chars;
    uint32_t o;
    if (i <= s->cplen / 2) {
        for (o = 0; i > 0; i--) o += LEAD_LEN(p[o]);
    } else {
        o = s->len;
        for (int64_t k = s->cplen - i; k > 0; k--) {
            o--;
            while (IS_CONT(p[o])) o--;
        }
    }
    return o;
}

static Value bad_self(VM *vm, const char *name, Value self) {
    return vm_raise(vm, EXC_TypeError,
                    "descriptor '%s' for 'str' objects doesn't apply to a '%s' object", name,
                    vm_type_name(vm, self));
}
#define CHECK_SELF(name)                                                                           \
    if (!IS_STR(argv[0])) return bad_self(vm, name, argv[0])

/* An int argument (a C ssize_t in CPython): ints, bools and objects with __index__. */
static bool arg_int(VM *vm, Value v, int64_t *out) {
    if (IS_INT(v))
        *out = AS_INT(v);
    else if (IS_BIGINT(v)) {
        if (int_to_int64(v, out)) return true;
        vm_raise(vm, EXC_OverflowError, "Python int too large to convert to C ssize_t");
        return false;
    } else {
        return op_index(vm, v, out, NULL);
    }
    return true;
}

/* An int argument that CPython keeps in a C int (expandtabs' tabsize, splitlines'
 * keepends). */
static bool arg_c_int(VM *vm, Value v, int64_t *out) {
    if (!IS_BIGINT(v) && !arg_int(vm, v, out)) return false;
    if (!IS_BIGINT(v) && *out >= INT_MIN && *out <= INT_MAX) return true;
    vm_raise(vm, EXC_OverflowError, "Python int too large to convert to C int");
    return false;
}

/* A start/end argument: None (or absent) leaves *out alone; huge ints clamp. */
static bool arg_slice_index(VM *vm, Value v, int64_t *out) {
    if (IS_UNDEF(v) || IS_NONE(v)) return true;
    if (IS_INT(v))
        *out = AS_INT(v);
    else if (IS_BOOL(v))
        *out = AS_BOOL(v);
    else if (IS_BIGINT(v))
        *out = int_sign(v) < 0 ? -(INT64_MAX / 4) : INT64_MAX / 4;
    else
        return op_index(vm, v, out,
                        "slice indices must be integers or None or have an __index__ method");
    return true;
}

/* The optional argument at position pos (self is 0) or keyword `name`; UNDEF_VAL when
 * neither is given. */
static bool opt_arg(VM *vm, int argc, Value *argv, ObjTuple *kwnames, int pos, const char *name,
                    const char *fname, Value *out) {
    Value kw = kwnames ? native_kwarg(argc, argv, kwnames, name) : UNDEF_VAL;
    if (pos < argc) {
        if (!IS_UNDEF(kw)) {
            vm_raise(vm, EXC_TypeError, "argument for %s() given by name ('%s') and position (%d)",
                     fname, name, pos);
            return false;
        }
        *out = argv[pos];
    } else {
        *out = kw;
    }
    return true;
}

/* A window s[start:end] in code points (CPython's ADJUST_INDICES: end clamps to the
 * length, start may exceed it) and the same window in bytes. */
typedef struct Span {
    int64_t start, end;
    uint32_t b0, b1;
} Span;

static bool span_args(VM *vm, int argc, Value *argv, int first, ObjStr *s, Span *sp) {
    int64_t len = s->cplen;
    sp->start = 0;
    sp->end = len;
    if (argc > first && !arg_slice_index(vm, argv[first], &sp->start)) return false;
    if (argc > first + 1 && !arg_slice_index(vm, argv[first + 1], &sp->end)) return false;
    if (sp->end > len)
        sp->end = len;
    else if (sp->end < 0 && (sp->end += len) < 0)
        sp->end = 0;
    if (sp->start < 0 && (sp->start += len) < 0) sp->start = 0;
    sp->b0 = byte_at(s, sp->start);
    sp->b1 = sp->start <= sp->end ? byte_at(s, sp->end) : sp->b0;
    return true;
}

/* The (sub[, start[, end]]) arguments of find, index, count and their mirrors. */
static bool search_args(VM *vm, int argc, Value *argv, ObjStr **sub, Span *sp) {
    if (!IS_STR(argv[1])) {
        vm_raise(vm, EXC_TypeError, "must be str, not %s", vm_type_name(vm, argv[1]));
        return false;
    }
    *sub = AS_STR(argv[1]);
    return span_args(vm, argc, argv, 2, AS_STR(argv[0]), sp);
}

/* Index of the first (or last) occurrence of sub within the span, or -1. */
static int64_t find_in(const ObjStr *s, const ObjStr *sub, const Span *sp, bool last) {
    if (sp->end - sp->start < (int64_t)sub->cplen) return -1;
    if (sub->len == 0) return last ? sp->end : sp->start;
    const char *base = s->chars + sp->b0;
    size_t n = sp->b1 - sp->b0;
    int64_t pos = last ? rfind_bytes(base, n, sub->chars, sub->len)
                       : find_bytes(base, n, sub->chars, sub->len);
    if (pos < 0) return -1;
    return sp->start + (STR_IS_ASCII(s) ? pos : (int64_t)utf8_count(base, (size_t)pos));
}

/* ---------------------------------------------------------------- core operations */

Value str_concat(VM *vm, ObjStr *a, ObjStr *b) {
    if (a->len == 0) return OBJ_VAL(b);
    if (b->len == 0) return OBJ_VAL(a);
    if (!str_fits(vm, (uint64_t)a->len + b->len)) return ERR_VAL;
    ObjStr *r = str_alloc(vm, (size_t)a->len + b->len);
    memcpy(r->chars, a->chars, a->len);
    memcpy(r->chars + a->len, b->chars, b->len);
    return str_seal(r, (size_t)a->cplen + b->cplen);
}

Value str_repeat(VM *vm, ObjStr *s, int64_t n) {
    if (n <= 0 || s->len == 0) return empty_str(vm);
    if (n == 1) return OBJ_VAL(s);
    if ((uint64_t)n > STR_MAX_LEN / s->len) {
        /* CPython's two cases: past its size type, then past the memory it can get. */
        if ((uint64_t)n > (uint64_t)INT64_MAX / s->len)
            return vm_raise(vm, EXC_OverflowError, "repeated string is too long");
        return too_long(vm);
    }
    if (!str_fits(vm, (uint64_t)n * s->len)) return ERR_VAL;
    size_t total = (size_t)n * s->len, done = s->len;
    ObjStr *r = str_alloc(vm, total);
    if (s->len == 1) {
        memset(r->chars, s->chars[0], total);
    } else {
        /* Doubling copies: log2(n) memcpy calls. */
        memcpy(r->chars, s->chars, s->len);
        while (done < total) {
            size_t chunk = done < total - done ? done : total - done;
            memcpy(r->chars + done, r->chars, chunk);
            done += chunk;
        }
    }
    return str_seal(r, (size_t)n * s->cplen);
}

static Value str_slice(VM *vm, ObjStr *s, ObjSlice *sl) {
    int64_t start, stop, step, count;
    if (!slice_indices(vm, sl, s->cplen, &start, &stop, &step, &count)) return ERR_VAL;
    if (count <= 0) return empty_str(vm);
    if (step == 1) {
        uint32_t b0 = byte_at(s, start);
        return substr(vm, s, b0, STR_IS_ASCII(s) ? b0 + (size_t)count : byte_at(s, start + count));
    }
    if (STR_IS_ASCII(s)) {
        if (count == 1) return char_value(vm, s->chars + start, 1);
        ObjStr *r = str_alloc(vm, (size_t)count);
        for (int64_t k = 0, i = start; k < count; k++, i += step) r->chars[k] = s->chars[i];
        return str_seal(r, (size_t)count);
    }
    /* Other text: note where each character starts, then gather. */
    uint32_t *starts = (uint32_t *)malloc(((size_t)s->cplen + 1) * sizeof(uint32_t));
    if (!starts) abort();
    size_t nbytes = 0;
    for (uint32_t o = 0, k = 0; o < s->len; o += LEAD_LEN(s->chars[o])) starts[k++] = o;
    starts[s->cplen] = s->len;
    for (int64_t k = 0, i = start; k < count; k++, i += step) nbytes += starts[i + 1] - starts[i];
    ObjStr *r = str_alloc(vm, nbytes);
    char *out = r->chars;
    for (int64_t k = 0, i = start; k < count; k++, i += step) {
        memcpy(out, s->chars + starts[i], starts[i + 1] - starts[i]);
        out += starts[i + 1] - starts[i];
    }
    free(starts);
    return str_seal(r, (size_t)count);
}

Value str_getitem(VM *vm, ObjStr *s, Value key) {
    int64_t i;
    if (IS_INT(key))
        i = AS_INT(key);
    else if (IS_BOOL(key))
        i = AS_BOOL(key);
    else if (IS_KIND(key, OBJ_SLICE))
        return str_slice(vm, s, AS_SLICE(key));
    else if (!op_index(vm, key, &i, "string indices must be integers, not '%s'"))
        return ERR_VAL;
    if (i < 0) i += s->cplen;
    if (i < 0 || i >= s->cplen) return vm_raise(vm, EXC_IndexError, "string index out of range");
    if (STR_IS_ASCII(s)) return char_value(vm, s->chars + i, 1);
    uint32_t o = byte_at(s, i);
    return char_value(vm, s->chars + o, LEAD_LEN(s->chars[o]));
}

int str_contains(const ObjStr *haystack, const ObjStr *needle) {
    return find_bytes(haystack->chars, haystack->len, needle->chars, needle->len) >= 0;
}

Value str_from_codepoint(VM *vm, uint32_t cp) {
    char buf[4];
    return char_value(vm, buf, utf8_encode(cp, buf));
}

Value str_next_char(VM *vm, ObjStr *s, uint32_t *offset) {
    uint32_t o = *offset, n = LEAD_LEN(s->chars[o]);
    if (o + n > s->len) n = s->len - o;
    *offset = o + n;
    return char_value(vm, s->chars + o, n);
}

/* ---------------------------------------------------------------- repr and ascii */

static const char hexdigits[] = "0123456789abcdef";

/* Writes \xNN, \uNNNN or \UNNNNNNNN for c into out (when not NULL); returns the length. */
static size_t escape_cp(uint32_t c, char *out) {
    size_t n = c <= 0xFF ? 2 : c <= 0xFFFF ? 4 : 8;
    if (out) {
        out[0] = '\\';
        out[1] = c <= 0xFF ? 'x' : c <= 0xFFFF ? 'u' : 'U';
        for (size_t k = 0; k < n; k++) out[2 + k] = hexdigits[(c >> (4 * (n - 1 - k))) & 15];
    }
    return n + 2;
}

/* The body of a quoted literal for text[0:len] (without the quotes): Python's repr rules,
 * or ascii()'s when `ascii`. Counts when out is NULL, else writes; returns the length. */
static size_t quote_body(const char *text, size_t len, char quote, bool ascii, char *out) {
    size_t n = 0;
    for (size_t i = 0; i < len;) {
        uint8_t b = (uint8_t)text[i];
        if (b < 0x80) {
            const char *esc = NULL;
            char tmp[2];
            i++;
            if (b == '\\' || b == (uint8_t)quote) {
                tmp[0] = '\\';
                tmp[1] = (char)b;
                esc = tmp;
            } else if (b == '\n')
                esc = "\\n";
            else if (b == '\r')
                esc = "\\r";
            else if (b == '\t')
                esc = "\\t";
            if (esc) {
                if (out) memcpy(out + n, esc, 2);
                n += 2;
            } else if (b < 0x20 || b == 0x7F) {
                n += escape_cp(b, out ? out + n : NULL);
            } else {
                if (out) out[n] = (char)b;
                n++;
            }
            continue;
        }
        uint32_t c;
        size_t k = utf8_decode(text + i, len - i, &c);
        if (!ascii && is_printable(c)) {
            if (out) memcpy(out + n, text + i, k);
            n += k;
        } else {
            n += escape_cp(c, out ? out + n : NULL);
        }
        i += k;
    }
    return n;
}

static Value quote_text(VM *vm, ObjStr *s, bool ascii) {
    bool sq = memchr(s->chars, '\'', s->len) != NULL, dq = memchr(s->chars, '"', s->len) != NULL;
    char quote = sq && !dq ? '"' : '\'';
    size_t n = quote_body(s->chars, s->len, quote, ascii, NULL);
    ObjStr *r = str_alloc(vm, n + 2);
    r->chars[0] = r->chars[n + 1] = quote;
    quote_body(s->chars, s->len, quote, ascii, r->chars + 1);
    return str_seal(r, ascii || STR_IS_ASCII(s) ? n + 2 : utf8_count(r->chars, n + 2));
}

Value str_repr(VM *vm, ObjStr *s) { return quote_text(vm, s, false); }

Value str_ascii(VM *vm, ObjStr *s) { return quote_text(vm, s, true); }

/* ascii(v) for any value: its repr with every non-ASCII character escaped. */
Value str_ascii_value(VM *vm, Value v) {
    if (IS_STR(v)) return str_ascii(vm, AS_STR(v));
    Value r = op_repr(vm, v);
    if (IS_ERR(r) || STR_IS_ASCII(AS_STR(r))) return r;
    ObjStr *rs = AS_STR(r);
    StrBuf sb;
    sb_init(&sb);
    for (size_t i = 0; i < rs->len;) {
        uint32_t c;
        size_t k = utf8_decode(rs->chars + i, rs->len - i, &c);
        if (c < 0x80) {
            sb_append_char(&sb, (char)c);
        } else {
            char buf[10];
            sb_append(&sb, buf, escape_cp(c, buf));
        }
        i += k;
    }
    return sb_finish(vm, &sb);
}

/* ---------------------------------------------------------------- join */

Value str_join(VM *vm, ObjStr *sep, Value iterable) {
    const Value *items;
    size_t n;
    if (IS_LIST(iterable)) {
        items = AS_LIST(iterable)->items;
        n = AS_LIST(iterable)->len;
    } else if (IS_TUPLE(iterable)) {
        items = AS_TUPLE(iterable)->items;
        n = AS_TUPLE(iterable)->len;
    } else {
        Value it = op_iter(vm, iterable);
        if (IS_ERR(it)) {
            if (!vm_exc_matches(vm, EXC_TypeError)) return ERR_VAL;
            vm_clear_exc(vm);
            return vm_raise(vm, EXC_TypeError, "can only join an iterable");
        }
        ObjList *l = list_new(vm, 0);
        GcMark mark = gc_mark(vm);
        for (;;) {
            gc_release(vm, mark, UNDEF_VAL); /* the list holds what the turn made */
            Value v = op_next(vm, it);
            if (IS_ERR(v)) return ERR_VAL;
            if (IS_UNDEF(v)) break;
            list_append(vm, l, v);
        }
        items = l->items;
        n = l->len;
    }
    if (n == 0) return empty_str(vm);
    /* 64-bit sums: a long separator times many items passes a 32-bit size_t (wasm32). */
    uint64_t total = (uint64_t)sep->len * (n - 1), cplen = (uint64_t)sep->cplen * (n - 1);
    for (size_t i = 0; i < n; i++) {
        if (!IS_STR(items[i]))
            return vm_raise(vm, EXC_TypeError, "sequence item %u: expected str instance, %s found",
                            (unsigned)i, vm_type_name(vm, items[i]));
        total += AS_STR(items[i])->len;
        cplen += AS_STR(items[i])->cplen;
    }
    if (!str_fits(vm, total)) return ERR_VAL;
    if (n == 1) return items[0];
    ObjStr *r = str_alloc(vm, total);
    char *out = r->chars;
    for (size_t i = 0; i < n; i++) {
        if (i > 0) {
            if (sep->len == 1)
                *out++ = sep->chars[0];
            else {
                memcpy(out, sep->chars, sep->len);
                out += sep->len;
            }
        }
        ObjStr *s = AS_STR(items[i]);
        memcpy(out, s->chars, s->len);
        out += s->len;
    }
    return str_seal(r, cplen);
}

/* ---------------------------------------------------------------- format() */

/* Decimal text of i, written backwards ending at `end`; returns the first character. */
static char *int64_text(int64_t i, char *end) {
    uint64_t u = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
    char *p = end;
    do {
        *--p = (char)('0' + u % 10);
    } while ((u /= 10) != 0);
    if (i < 0) *--p = '-';
    return p;
}

static Value int_text(VM *vm, int64_t i) {
    char buf[24], *p = int64_text(i, buf + sizeof buf);
    size_t n = (size_t)(buf + sizeof buf - p);
    return n == 1 ? char_value(vm, p, 1) : make_str(vm, p, n, n);
}

Value str_format_spec(VM *vm, ObjStr *s, const FormatSpec *spec) {
    char type = spec->type ? spec->type : 's';
    if (spec->grouping && !strchr(spec->grouping == '_' ? "deEfFgG%bxXo" : "deEfFgG%", type))
        return vm_raise(vm, EXC_ValueError, "Cannot specify '%c' with '%c'.", spec->grouping, type);
    if (type != 's')
        return vm_raise(vm, EXC_ValueError, "Unknown format code '%c' for object of type 'str'",
                        type);
    /* The sign may carry the 'z' flag (numfmt.c): 'Z' alone, 'S', 'P', 'M' with a sign. */
    char sign = spec->sign;
    if (sign == ' ' || sign == 'S')
        return vm_raise(vm, EXC_ValueError, "Space not allowed in string format specifier");
    if (sign && sign != 'Z')
        return vm_raise(vm, EXC_ValueError, "Sign not allowed in string format specifier");
    if (sign == 'Z')
        return vm_raise(vm, EXC_ValueError,
                        "Negative zero coercion (z) not allowed in string format specifier");
    if (spec->alternate)
        return vm_raise(vm, EXC_ValueError,
                        "Alternate form (#) not allowed in string format specifier");
    if (spec->align == '=')
        return vm_raise(vm, EXC_ValueError, "'=' alignment not allowed in string format specifier");
    size_t len = s->len, cplen = s->cplen;
    if (spec->precision >= 0 && (size_t)spec->precision < cplen) {
        cplen = (size_t)spec->precision;
        len = byte_at(s, (int64_t)cplen);
    }
    if (spec->width < 0 || (size_t)spec->width <= cplen) return substr(vm, s, 0, len);
    return format_pad(vm, s->chars, len, cplen, spec, '<');
}

/* format(v, spec) with the spec as bytes, so str.format need not allocate it. */
static Value format_value(VM *vm, Value v, const char *spec, size_t len) {
    if (is_user_instance(v)) {
        /* A class's own __format__ decides (object's gives str(v) for an empty spec). */
        Value fspec = OBJ_VAL(str_new(vm, spec, len));
        Value r = vm_call_dunder(vm, v, DUNDER_format, 1, &fspec);
        if (IS_UNDEF(r)) {
            /* object.__format__: str(v), and no spec at all. */
            if (len == 0) return op_str(vm, v);
            return vm_raise(vm, EXC_TypeError, "unsupported format string passed to %s.__format__",
                            vm_type_name(vm, v));
        }
        if (IS_ERR(r) || IS_STR(r)) return r;
        return vm_raise(vm, EXC_TypeError, "__format__ must return a str, not %s", vm_type_name(vm, r));
    }
    if (len == 0) {
        if (IS_STR(v)) return v;
        if (IS_INT(v)) return int_text(vm, AS_INT(v));
        if (IS_BOOL(v)) return str_value(vm, AS_BOOL(v) ? "True" : "False");
        if (IS_FLOAT(v)) return float_repr(vm, AS_FLOAT(v));
        if (IS_BIGINT(v)) return int_to_str(vm, v, 10, false);
        return op_str(vm, v);
    }
    FormatSpec fs;
    const char *tname = vm_type_name(vm, v);
    if (IS_STR(v)) {
        if (!format_spec_parse(vm, spec, len, tname, &fs)) return ERR_VAL;
        return str_format_spec(vm, AS_STR(v), &fs);
    }
    if (IS_ANYINT(v) || IS_BOOL(v)) {
        if (!format_spec_parse(vm, spec, len, tname, &fs)) return ERR_VAL;
        return format_int(vm, v, &fs);
    }
    if (IS_FLOAT(v)) {
        if (!format_spec_parse(vm, spec, len, tname, &fs)) return ERR_VAL;
        return format_float(vm, AS_FLOAT(v), &fs);
    }
    return vm_raise(vm, EXC_TypeError, "unsupported format string passed to %s.__format__", tname);
}

Value vm_format(VM *vm, Value v, ObjStr *spec) {
    return spec ? format_value(vm, v, spec->chars, spec->len) : format_value(vm, v, "", 0);
}

/* ---------------------------------------------------------------- str.format */

typedef struct FormatArgs {
    int nargs; /* positional arguments; -1 for format_map, which allows none */
    const Value *args;
    ObjTuple *kwnames; /* str.format's keywords (values follow args), or NULL */
    const Value *kwvals;
    Value mapping; /* format_map's mapping, else UNDEF_VAL */
    int numbering; /* 0 undecided, 1 automatic ({}), 2 manual ({0}) */
    int64_t next;  /* the next automatic field number */
} FormatArgs;

/* A field name part made only of digits, as an index; -1 for anything else, -2 when it
 * does not fit. */
static int64_t field_index(const char *p, size_t n) {
    int64_t v = 0;
    if (n == 0) return -1;
    for (size_t i = 0; i < n; i++) {
        if (p[i] < '0' || p[i] > '9') return -1;
        if (v > (INT64_MAX - 9) / 10) return -2;
        v = v * 10 + (p[i] - '0');
    }
    return v;
}

static Value too_many_digits(VM *vm) {
    return vm_raise(vm, EXC_ValueError, "Too many decimal digits in format string");
}

/* The object a field name such as "", "0", "name", "0.real" or "d[key][1]" designates. */
static Value format_field(VM *vm, const char *p, size_t n, FormatArgs *fa) {
    size_t i = 0;
    while (i < n && p[i] != '.' && p[i] != '[') i++;
    int64_t idx = field_index(p, i);
    if (idx == -2) return too_many_digits(vm);
    if (i == 0 || idx >= 0) {
        if (fa->numbering == 0) fa->numbering = i == 0 ? 1 : 2;
        if (fa->numbering == 2 && i == 0)
            return vm_raise(vm, EXC_ValueError,
                            "cannot switch from manual field specification "
                            "to automatic field numbering");
        if (fa->numbering == 1 && i > 0)
            return vm_raise(vm, EXC_ValueError,
                            "cannot switch from automatic field numbering "
                            "to manual field specification");
        if (i == 0) idx = fa->next++;
    }
    Value obj = UNDEF_VAL;
    if (idx < 0) {
        if (!IS_UNDEF(fa->mapping)) {
            obj = op_getitem(vm, fa->mapping, OBJ_VAL(str_new(vm, p, i)));
            if (IS_ERR(obj)) return ERR_VAL;
        } else {
            for (uint32_t k = 0; fa->kwnames && k < fa->kwnames->len; k++) {
                ObjStr *name = AS_STR(fa->kwnames->items[k]);
                if (name->len == i && memcmp(name->chars, p, i) == 0) obj = fa->kwvals[k];
            }
            if (IS_UNDEF(obj)) return vm_raise_arg(vm, EXC_KeyError, OBJ_VAL(str_new(vm, p, i)));
        }
    } else {
        if (fa->nargs < 0)
            return vm_raise(vm, EXC_ValueError, "Format string contains positional fields");
        if (idx >= fa->nargs)
            return vm_raise(vm, EXC_IndexError,
                            "Replacement index %" PRId64 " out of range for positional args tuple",
                            idx);
        obj = fa->args[idx];
    }
    while (i < n) {
        char c = p[i++];
        size_t start = i;
        if (c == '.') {
            while (i < n && p[i] != '.' && p[i] != '[') i++;
            if (i == start) return vm_raise(vm, EXC_ValueError, "Empty attribute in format string");
            obj = op_getattr(vm, obj, str_intern(vm, p + start, i - start));
        } else if (c == '[') {
            while (i < n && p[i] != ']') i++;
            if (i == n) return vm_raise(vm, EXC_ValueError, "Missing ']' in format string");
            if (i++ == start)
                return vm_raise(vm, EXC_ValueError, "Empty attribute in format string");
            int64_t k = field_index(p + start, i - 1 - start);
            if (k == -2) return too_many_digits(vm);
            Value key = k >= 0 ? INT_VAL(k) : OBJ_VAL(str_new(vm, p + start, i - 1 - start));
            obj = op_getitem(vm, obj, key);
        } else {
            return vm_raise(vm, EXC_ValueError,
                            "Only '.' or '[' may follow ']' in format field specifier");
        }
        if (IS_ERR(obj)) return ERR_VAL;
    }
    return obj;
}

/* Formats the template p[0:n] into sb. `depth` bounds nested fields in format specs. */
static bool build_format(VM *vm, StrBuf *sb, const char *p, size_t n, FormatArgs *fa, int depth) {
    if (depth <= 0) {
        vm_raise(vm, EXC_ValueError, "Max string recursion exceeded");
        return false;
    }
    size_t i = 0;
    while (i < n) {
        /* Literal text up to a brace; a doubled brace is an escaped one. */
        size_t lit = i;
        char c = 0;
        bool markup = false;
        while (i < n) {
            c = p[i++];
            if (c == '{' || c == '}') {
                markup = true;
                break;
            }
        }
        size_t len = i - lit;
        if (markup) {
            if (c == '}' && (i >= n || p[i] != '}')) {
                vm_raise(vm, EXC_ValueError, "Single '}' encountered in format string");
                return false;
            }
            if (i >= n) {
                vm_raise(vm, EXC_ValueError, "Single '{' encountered in format string");
                return false;
            }
            if (p[i] == c) {
                i++;
                markup = false;
            } else {
                len--;
            }
        }
        sb_append(sb, p + lit, len);
        if (!markup) continue;

        /* A field: name, then !conversion, then :spec, up to the matching brace. */
        size_t name = i;
        char term = 0;
        while (i < n) {
            char d = p[i++];
            if (d == '{') {
                vm_raise(vm, EXC_ValueError, "unexpected '{' in field name");
                return false;
            }
            if (d == '[') {
                while (i < n && p[i] != ']') i++;
            } else if (d == '}' || d == ':' || d == '!') {
                term = d;
                break;
            }
        }
        if (!term) {
            vm_raise(vm, EXC_ValueError, "expected '}' before end of string");
            return false;
        }
        size_t name_end = i - 1, spec = i, spec_end = i;
        uint32_t conv = 0;
        bool nested = false;
        if (term != '}') {
            bool has_spec = true;
            if (term == '!') {
                if (i >= n) {
                    vm_raise(vm, EXC_ValueError,
                             "end of string while looking for conversion specifier");
                    return false;
                }
                i += utf8_decode(p + i, n - i, &conv);
                if (i < n) {
                    char d = p[i++];
                    if (d == '}')
                        has_spec = false;
                    else if (d != ':') {
                        vm_raise(vm, EXC_ValueError, "expected ':' after conversion specifier");
                        return false;
                    }
                }
            }
            spec = spec_end = i;
            if (has_spec) {
                int count = 1;
                while (i < n && count > 0) {
                    char d = p[i++];
                    if (d == '{') {
                        nested = true;
                        count++;
                    } else if (d == '}') {
                        count--;
                    }
                }
                if (count > 0) {
                    vm_raise(vm, EXC_ValueError, "unmatched '{' in format spec");
                    return false;
                }
                spec_end = i - 1;
            }
        }

        Value obj = format_field(vm, p + name, name_end - name, fa);
        if (IS_ERR(obj)) return false;
        if (conv == 'r')
            obj = op_repr(vm, obj);
        else if (conv == 's')
            obj = op_str(vm, obj);
        else if (conv == 'a')
            obj = str_ascii_value(vm, obj);
        else if (conv) {
            if (conv > 32 && conv < 127)
                vm_raise(vm, EXC_ValueError, "Unknown conversion specifier %c", (char)conv);
            else
                vm_raise(vm, EXC_ValueError, "Unknown conversion specifier \\x%x", (unsigned)conv);
            return false;
        }
        if (IS_ERR(obj)) return false;
        if (spec == spec_end && IS_STR(obj)) {
            sb_append_str(sb, AS_STR(obj));
            continue;
        }
        if (spec == spec_end && IS_INT(obj)) {
            char buf[24], *d = int64_text(AS_INT(obj), buf + sizeof buf);
            sb_append(sb, d, (size_t)(buf + sizeof buf - d));
            continue;
        }
        Value text;
        if (nested) {
            StrBuf inner;
            sb_init(&inner);
            if (!build_format(vm, &inner, p + spec, spec_end - spec, fa, depth - 1)) {
                sb_free(&inner);
                return false;
            }
            text = format_value(vm, obj, inner.data ? inner.data : "", inner.len);
            sb_free(&inner);
        } else {
            text = format_value(vm, obj, p + spec, spec_end - spec);
        }
        if (IS_ERR(text)) return false;
        sb_append_str(sb, AS_STR(text));
    }
    return true;
}

static Value format_with(VM *vm, ObjStr *fmt, FormatArgs *fa) {
    StrBuf sb;
    sb_init(&sb);
    if (!build_format(vm, &sb, fmt->chars, fmt->len, fa, 2)) {
        sb_free(&sb);
        return ERR_VAL;
    }
    return sb_finish(vm, &sb);
}

/* ---------------------------------------------------------------- printf-style % */

enum {
    F_LJUST = 1,
    F_SIGN = 2,
    F_BLANK = 4,
    F_ALT = 8,
    F_ZERO = 16
};

/* Whether `extra` more bytes keep the text being built within STR_MAX_LEN; else false with
 * MemoryError raised, before a width of 2**40 asks the host for a terabyte. */
static bool room_for(VM *vm, const StrBuf *sb, uint64_t extra) {
    return str_fits(vm, (uint64_t)sb->len + extra);
}

/* Appends text of `cplen` characters padded with spaces to width (left-justified with -). */
static bool pad_append(VM *vm, StrBuf *sb, const char *text, size_t len, size_t cplen,
                       int64_t width, int flags) {
    int64_t pad = width > (int64_t)cplen ? width - (int64_t)cplen : 0;
    if (!room_for(vm, sb, (uint64_t)pad + len)) return false;
    if (!(flags & F_LJUST)) sb_fill(sb, " ", 1, pad);
    sb_append(sb, text, len);
    if (flags & F_LJUST) sb_fill(sb, " ", 1, pad);
    return true;
}

/* Appends a number as sign, prefix, `zeros` zeros (a precision) and digits (upper-cased
 * with `upper`), padded to width: spaces on the left, zeros after the prefix with the 0
 * flag, spaces on the right with the - flag. */
static bool pad_number(VM *vm, StrBuf *sb, char sign, const char *prefix, int64_t zeros,
                       const char *digits, size_t ndigits, bool upper, int64_t width, int flags) {
    uint64_t body = (sign != 0) + strlen(prefix) + (uint64_t)zeros + ndigits;
    int64_t pad = width > (int64_t)body ? width - (int64_t)body : 0;
    if (!room_for(vm, sb, body + (uint64_t)pad)) return false;
    if (!(flags & (F_LJUST | F_ZERO))) sb_fill(sb, " ", 1, pad);
    if (sign) sb_append_char(sb, sign);
    sb_append_cstr(sb, prefix);
    if ((flags & F_ZERO) && !(flags & F_LJUST)) sb_fill(sb, "0", 1, pad);
    sb_fill(sb, "0", 1, zeros);
    char *out = sb_reserve(sb, ndigits);
    for (size_t k = 0; k < ndigits; k++)
        out[k] = upper && digits[k] >= 'a' && digits[k] <= 'f' ? (char)(digits[k] - 32) : digits[k];
    sb->len += ndigits;
    if (flags & F_LJUST) sb_fill(sb, " ", 1, pad);
    return true;
}

static bool percent_int(VM *vm, StrBuf *sb, char c, int flags, int64_t width, int64_t prec,
                        Value v) {
    if (IS_BOOL(v)) v = INT_VAL(AS_BOOL(v));
    if (IS_FLOAT(v) && (c == 'd' || c == 'i' || c == 'u')) {
        v = int_from_double(vm, AS_FLOAT(v));
        if (IS_ERR(v)) return false;
    }
    if (!IS_ANYINT(v)) {
        vm_raise(vm, EXC_TypeError,
                 c == 'd' || c == 'i' || c == 'u' ? "%%%c format: a real number is required, not %s"
                                                  : "%%%c format: an integer is required, not %s",
                 c, vm_type_name(vm, v));
        return false;
    }
    int base = c == 'o' ? 8 : c == 'x' || c == 'X' ? 16 : 10;
    char buf[72];
    const char *digits;
    size_t nd;
    bool neg;
    if (IS_INT(v)) {
        int64_t i = AS_INT(v);
        uint64_t u = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
        char *p = buf + sizeof buf;
        do {
            *--p = hexdigits[u % (unsigned)base];
        } while ((u /= (unsigned)base) != 0);
        neg = i < 0;
        digits = p;
        nd = (size_t)(buf + sizeof buf - p);
    } else {
        Value big = int_to_str(vm, v, base, false);
        if (IS_ERR(big)) return false;
        digits = AS_STR(big)->chars;
        nd = AS_STR(big)->len;
        neg = digits[0] == '-';
        digits += neg;
        nd -= neg;
    }
    char sign = neg ? '-' : flags & F_SIGN ? '+' : flags & F_BLANK ? ' ' : 0;
    const char *prefix = !(flags & F_ALT) || base == 10 ? ""
                         : c == 'o'                     ? "0o"
                         : c == 'x'                     ? "0x"
                                                        : "0X";
    int64_t zeros = prec > (int64_t)nd ? prec - (int64_t)nd : 0;
    return pad_number(vm, sb, sign, prefix, zeros, digits, nd, c == 'X', width, flags);
}

static bool percent_float(VM *vm, StrBuf *sb, char c, int flags, int64_t width, int64_t prec,
                          Value v) {
    double d;
    if (IS_FLOAT(v))
        d = AS_FLOAT(v);
    else if (IS_ANYINT(v) || IS_BOOL(v)) {
        if (!int_to_double(vm, IS_BOOL(v) ? INT_VAL(AS_BOOL(v)) : v, &d)) return false;
    } else {
        vm_raise(vm, EXC_TypeError, "must be real number, not %s", vm_type_name(vm, v));
        return false;
    }
    FormatSpec fs;
    memset(&fs, 0, sizeof fs);
    strcpy(fs.fill, " ");
    fs.alternate = (flags & F_ALT) != 0;
    fs.width = -1;
    fs.precision = prec < 0 ? 6 : (int)prec;
    fs.type = c;
    Value text = format_float(vm, d, &fs);
    if (IS_ERR(text)) return false;
    const char *t = AS_STR(text)->chars;
    size_t n = AS_STR(text)->len;
    char sign = flags & F_SIGN ? '+' : flags & F_BLANK ? ' ' : 0;
    if (n && t[0] == '-') {
        sign = '-';
        t++;
        n--;
    }
    return pad_number(vm, sb, sign, "", 0, t, n, false, width, flags);
}

static bool percent_char(VM *vm, StrBuf *sb, int flags, int64_t width, Value v) {
    char buf[4];
    size_t n;
    if (IS_STR(v) && AS_STR(v)->cplen == 1) {
        return pad_append(vm, sb, AS_STR(v)->chars, AS_STR(v)->len, 1, width, flags);
    }
    if (IS_INT(v) || IS_BOOL(v) || IS_BIGINT(v)) {
        int64_t i = IS_BOOL(v) ? AS_BOOL(v) : IS_INT(v) ? AS_INT(v) : -1;
        if (i < 0 || i > 0x10FFFF) {
            vm_raise(vm, EXC_OverflowError, "%%c arg not in range(0x110000)");
            return false;
        }
        n = utf8_encode((uint32_t)i, buf);
        return pad_append(vm, sb, buf, n, 1, width, flags);
    }
    vm_raise(vm, EXC_TypeError, "%%c requires int or char");
    return false;
}

/* Whether `%` treats args as a mapping: anything subscriptable but a tuple or a str. */
static bool percent_mapping(VM *vm, Value args) {
    if (IS_DICT(args) || IS_LIST(args) || IS_RANGE(args) || IS_KIND(args, OBJ_BYTES)) return true;
    if (!IS_KIND(args, OBJ_INSTANCE)) return false;
    Value m = op_getattr_default(vm, args, str_intern_cstr(vm, "__getitem__"), UNDEF_VAL);
    if (IS_ERR(m)) vm_clear_exc(vm);
    return !IS_UNDEF(m) && !IS_ERR(m);
}

typedef struct PercentArgs {
    Value args;
    const Value *items;
    int64_t len, idx; /* a lone (non-tuple) argument: len -1, idx -2 until it is used */
} PercentArgs;

static Value percent_next(VM *vm, PercentArgs *pa) {
    if (pa->idx < pa->len) {
        int64_t i = pa->idx++;
        return pa->len < 0 ? pa->args : pa->items[i];
    }
    return vm_raise(vm, EXC_TypeError, "not enough arguments for format string");
}

/* A `*` width (a C ssize_t in CPython) or precision (a C int). */
static bool percent_star(VM *vm, PercentArgs *pa, bool precision, int64_t *out) {
    Value v = percent_next(vm, pa);
    if (IS_ERR(v)) return false;
    if (IS_BOOL(v)) v = INT_VAL(AS_BOOL(v));
    if (!IS_ANYINT(v)) {
        vm_raise(vm, EXC_TypeError, "* wants int");
        return false;
    }
    /* Past INT64_MAX (or INT32 for a precision) nothing could be built anyway. */
    if (!int_to_int64(v, out) || *out == INT64_MIN ||
        (precision && (*out > INT32_MAX || *out < INT32_MIN))) {
        vm_raise(vm, EXC_OverflowError, "Python int too large to convert to C %s",
                 precision ? "int" : "ssize_t");
        return false;
    }
    return true;
}

static bool percent_digits(VM *vm, const char *p, size_t n, size_t *i, int64_t *out,
                           const char *what) {
    *out = 0;
    while (*i < n && p[*i] >= '0' && p[*i] <= '9') {
        *out = *out * 10 + (p[(*i)++] - '0');
        if (*out > INT32_MAX) {
            vm_raise(vm, EXC_ValueError, "%s too big", what);
            return false;
        }
    }
    return true;
}

static bool percent_spec(VM *vm, StrBuf *sb, const char *p, size_t n, size_t *pi, PercentArgs *pa,
                         Value dict) {
    size_t i = *pi;
    if (i < n && p[i] == '(') {
        if (IS_UNDEF(dict)) {
            vm_raise(vm, EXC_TypeError, "format requires a mapping");
            return false;
        }
        size_t key = ++i;
        int depth = 1;
        for (; i < n && depth > 0; i++) depth += (p[i] == '(') - (p[i] == ')');
        if (depth > 0) {
            vm_raise(vm, EXC_ValueError, "incomplete format key");
            return false;
        }
        pa->args = op_getitem(vm, dict, OBJ_VAL(str_new(vm, p + key, i - 1 - key)));
        if (IS_ERR(pa->args)) return false;
        pa->len = -1; /* the value stands in for the arguments from here on, as in CPython */
        pa->idx = -2;
    }
    int flags = 0;
    for (; i < n; i++) {
        int f = p[i] == '-'   ? F_LJUST
                : p[i] == '+' ? F_SIGN
                : p[i] == ' ' ? F_BLANK
                : p[i] == '#' ? F_ALT
                : p[i] == '0' ? F_ZERO
                              : 0;
        if (!f) break;
        flags |= f;
    }
    int64_t width = -1, prec = -1;
    if (i < n && p[i] == '*') {
        i++;
        if (!percent_star(vm, pa, false, &width)) return false;
        if (width < 0) {
            flags |= F_LJUST;
            width = -width;
        }
    } else if (!percent_digits(vm, p, n, &i, &width, "width")) {
        return false;
    }
    if (i < n && p[i] == '.') {
        i++;
        if (i < n && p[i] == '*') {
            i++;
            if (!percent_star(vm, pa, true, &prec)) return false;
            if (prec < 0) prec = 0;
        } else if (!percent_digits(vm, p, n, &i, &prec, "precision")) {
            return false;
        }
    }
    while (i < n && (p[i] == 'h' || p[i] == 'l' || p[i] == 'L')) i++;
    if (i >= n) {
        vm_raise(vm, EXC_ValueError, "incomplete format");
        return false;
    }
    uint32_t c;
    size_t at = i;
    i += utf8_decode(p + i, n - i, &c);
    *pi = i;
    Value v = percent_next(vm, pa);
    if (IS_ERR(v)) return false;
    switch (c) {
    case 's':
    case 'r':
    case 'a': {
        Value t = c == 's'   ? (IS_STR(v) ? v : op_str(vm, v))
                  : c == 'r' ? op_repr(vm, v)
                             : str_ascii_value(vm, v);
        if (IS_ERR(t)) return false;
        ObjStr *ts = AS_STR(t);
        size_t len = ts->len, cplen = ts->cplen;
        if (prec >= 0 && (size_t)prec < cplen) {
            cplen = (size_t)prec;
            len = byte_at(ts, prec);
        }
        return pad_append(vm, sb, ts->chars, len, cplen, width, flags);
    }
    case 'd':
    case 'i':
    case 'u':
    case 'o':
    case 'x':
    case 'X':
        return percent_int(vm, sb, (char)c, flags, width, prec, v);
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
        return percent_float(vm, sb, (char)c, flags, width, prec, v);
    case 'c':
        return percent_char(vm, sb, flags, width, v);
    default:
        vm_raise(vm, EXC_ValueError, "unsupported format character '%c' (0x%x) at index %u",
                 c >= 32 && c <= 126 ? (char)c : '?', (unsigned)c, (unsigned)utf8_count(p, at));
        return false;
    }
}

Value str_percent_format(VM *vm, ObjStr *fmt, Value args) {
    PercentArgs pa = {args, NULL, -1, -2};
    if (IS_TUPLE(args)) {
        pa.items = AS_TUPLE(args)->items;
        pa.len = AS_TUPLE(args)->len;
        pa.idx = 0;
    }
    Value dict = !IS_TUPLE(args) && !IS_STR(args) && percent_mapping(vm, args) ? args : UNDEF_VAL;
    const char *p = fmt->chars;
    size_t n = fmt->len, i = 0;
    StrBuf sb;
    sb_init(&sb);
    while (i < n) {
        const char *pct = (const char *)memchr(p + i, '%', n - i);
        size_t k = pct ? (size_t)(pct - p) : n;
        sb_append(&sb, p + i, k - i);
        if (!pct) break;
        i = k + 1;
        if (i < n && p[i] == '%') {
            sb_append_char(&sb, '%');
            i++;
        } else if (!percent_spec(vm, &sb, p, n, &i, &pa, dict)) {
            sb_free(&sb);
            return ERR_VAL;
        }
    }
    if (pa.idx < pa.len && IS_UNDEF(dict)) {
        sb_free(&sb);
        return vm_raise(vm, EXC_TypeError, "not all arguments converted during string formatting");
    }
    if (!str_fits(vm, sb.len)) {
        sb_free(&sb);
        return ERR_VAL;
    }
    return sb_finish(vm, &sb);
}

/* ---------------------------------------------------------------- methods: splitting */

/* Byte length of the whitespace character at p[i] (i < n), or 0 when it is not one. */
static size_t space_at(const char *p, size_t n, size_t i) {
    uint8_t b = (uint8_t)p[i];
    if (b < 0x80) return ASCII_SPACE(b);
    if (b != 0xC2 && (b < 0xE1 || b > 0xE3)) return 0; /* no other lead byte starts a space */
    uint32_t c;
    size_t k = utf8_decode(p + i, n - i, &c);
    return is_space(c) ? k : 0;
}

/* The same for the character that ends just before p[i] (i > 0). */
static size_t space_before(const char *p, size_t i) {
    size_t k = i - 1;
    while (k > 0 && IS_CONT(p[k])) k--;
    return space_at(p, i, k) == i - k ? i - k : 0;
}

static void reverse_list(ObjList *l) {
    for (uint32_t a = 0, b = l->len; a + 1 < b; a++, b--) {
        Value t = l->items[a];
        l->items[a] = l->items[b - 1];
        l->items[b - 1] = t;
    }
}

/* split() and rsplit() without a separator: runs of whitespace separate, and leading or
 * trailing whitespace makes no empty strings. One pass over the bytes. */
static Value split_whitespace(VM *vm, ObjStr *s, int64_t maxsplit, bool right) {
    ObjList *l = list_new(vm, 0);
    const char *p = s->chars;
    size_t n = s->len, i = right ? n : 0, k;
    if (!right) {
        for (; maxsplit > 0; maxsplit--) {
            while (i < n && (k = space_at(p, n, i)) != 0) i += k;
            if (i == n) break;
            size_t j = i;
            do {
                i += LEAD_LEN(p[i]);
            } while (i < n && !space_at(p, n, i));
            list_append(vm, l, substr(vm, s, j, i));
        }
        while (i < n && (k = space_at(p, n, i)) != 0) i += k;
        if (i < n) list_append(vm, l, substr(vm, s, i, n));
        return OBJ_VAL(l);
    }
    for (; maxsplit > 0; maxsplit--) {
        while (i > 0 && (k = space_before(p, i)) != 0) i -= k;
        if (i == 0) break;
        size_t j = i;
        do {
            i--;
            while (i > 0 && IS_CONT(p[i])) i--;
        } while (i > 0 && !space_before(p, i));
        list_append(vm, l, substr(vm, s, i, j));
    }
    while (i > 0 && (k = space_before(p, i)) != 0) i -= k;
    if (i > 0) list_append(vm, l, substr(vm, s, 0, i));
    reverse_list(l);
    return OBJ_VAL(l);
}

static Value split_sep(VM *vm, ObjStr *s, ObjStr *sep, int64_t maxsplit, bool right) {
    ObjList *l = list_new(vm, 0);
    const char *p = s->chars;
    size_t n = s->len, m = sep->len;
    if (!right) {
        size_t i = 0;
        for (; maxsplit > 0; maxsplit--) {
            int64_t pos = find_bytes(p + i, n - i, sep->chars, m);
            if (pos < 0) break;
            list_append(vm, l, substr(vm, s, i, i + (size_t)pos));
            i += (size_t)pos + m;
        }
        list_append(vm, l, substr(vm, s, i, n));
        return OBJ_VAL(l);
    }
    size_t j = n;
    for (; maxsplit > 0; maxsplit--) {
        int64_t pos = rfind_bytes(p, j, sep->chars, m);
        if (pos < 0) break;
        list_append(vm, l, substr(vm, s, (size_t)pos + m, j));
        j = (size_t)pos;
    }
    list_append(vm, l, substr(vm, s, 0, j));
    reverse_list(l);
    return OBJ_VAL(l);
}

static Value do_split(VM *vm, int argc, Value *argv, ObjTuple *kwnames, const char *fname,
                      bool right) {
    static const char *const allowed[] = {"sep", "maxsplit", NULL};
    Value sep, maxv;
    int64_t maxsplit = -1;
    CHECK_SELF(fname);
    if (kwnames && !native_check_kw(vm, fname, kwnames, allowed)) return ERR_VAL;
    if (!opt_arg(vm, argc, argv, kwnames, 1, "sep", fname, &sep) ||
        !opt_arg(vm, argc, argv, kwnames, 2, "maxsplit", fname, &maxv))
        return ERR_VAL;
    if (!IS_UNDEF(maxv) && !arg_int(vm, maxv, &maxsplit)) return ERR_VAL;
    if (maxsplit < 0) maxsplit = INT64_MAX;
    if (IS_UNDEF(sep) || IS_NONE(sep))
        return split_whitespace(vm, AS_STR(argv[0]), maxsplit, right);
    if (!IS_STR(sep))
        return vm_raise(vm, EXC_TypeError, "must be str or None, not %s", vm_type_name(vm, sep));
    if (AS_STR(sep)->len == 0) return vm_raise(vm, EXC_ValueError, "empty separator");
    return split_sep(vm, AS_STR(argv[0]), AS_STR(sep), maxsplit, right);
}

static Value m_split(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    return do_split(vm, argc, argv, kwnames, "split", false);
}

static Value m_rsplit(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    return do_split(vm, argc, argv, kwnames, "rsplit", true);
}

static Value m_splitlines(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    static const char *const allowed[] = {"keepends", NULL};
    Value kv;
    int64_t keep = 0;
    CHECK_SELF("splitlines");
    if (kwnames && !native_check_kw(vm, "splitlines", kwnames, allowed)) return ERR_VAL;
    if (!opt_arg(vm, argc, argv, kwnames, 1, "keepends", "splitlines", &kv)) return ERR_VAL;
    if (!IS_UNDEF(kv) && !arg_c_int(vm, kv, &keep)) return ERR_VAL;
    ObjStr *s = AS_STR(argv[0]);
    ObjList *l = list_new(vm, 0);
    const char *p = s->chars;
    size_t n = s->len, i = 0;
    while (i < n) {
        size_t j = i, brk = 0;
        while (j < n) {
            uint32_t c;
            size_t k = utf8_decode(p + j, n - j, &c);
            if (is_linebreak(c)) {
                brk = c == '\r' && j + 1 < n && p[j + 1] == '\n' ? 2 : k;
                break;
            }
            j += k;
        }
        list_append(vm, l, substr(vm, s, i, keep ? j + brk : j));
        i = j + brk;
    }
    return OBJ_VAL(l);
}

static Value do_partition(VM *vm, Value *argv, bool right) {
    if (!IS_STR(argv[1]))
        return vm_raise(vm, EXC_TypeError, "must be str, not %s", vm_type_name(vm, argv[1]));
    ObjStr *s = AS_STR(argv[0]), *sep = AS_STR(argv[1]);
    if (sep->len == 0) return vm_raise(vm, EXC_ValueError, "empty separator");
    int64_t pos = right ? rfind_bytes(s->chars, s->len, sep->chars, sep->len)
                        : find_bytes(s->chars, s->len, sep->chars, sep->len);
    Value items[3];
    if (pos < 0) {
        items[0] = items[1] = items[2] = empty_str(vm);
        items[right ? 2 : 0] = argv[0];
    } else {
        items[0] = substr(vm, s, 0, (size_t)pos);
        items[1] = argv[1];
        items[2] = substr(vm, s, (size_t)pos + sep->len, s->len);
    }
    return tuple_from(vm, 3, items);
}

static Value m_partition(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    (void)argc, (void)kwnames;
    CHECK_SELF("partition");
    return do_partition(vm, argv, false);
}

static Value m_rpartition(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    (void)argc, (void)kwnames;
    CHECK_SELF("rpartition");
    return do_partition(vm, argv, true);
}

static Value m_join(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    (void)argc, (void)kwnames;
    CHECK_SELF("join");
    return str_join(vm, AS_STR(argv[0]), argv[1]);
}

/* ---------------------------------------------------------------- methods: searching */

static Value do_find(VM *vm, int argc, Value *argv, const char *fname, bool last, bool raise) {
    ObjStr *sub;
    Span sp;
    CHECK_SELF(fname);
    if (!search_args(vm, argc, argv, &sub, &sp)) return ERR_VAL;
    int64_t i = find_in(AS_STR(argv[0]), sub, &sp, last);
    if (i < 0 && raise) return vm_raise(vm, EXC_ValueError, "substring not found");
    return INT_VAL(i);
}

static Value m_find(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    (void)kwnames;
    return do_find(vm, argc, argv, "find", false, false);
}

static Value m_rfind(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    (void)kwnames;
    return do_find(vm, argc, argv, "rfind", true, false);
}

static Value m_index(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    (void)kwnames;
    return do_find(vm, argc, argv, "index", false, true);
}

static Value m_rindex(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    (void)kwnames;
    return do_find(vm, argc, argv, "rindex", true, true);
}

static Value m_count(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    ObjStr *s, *sub;
    Span sp;
    (void)kwnames;
    CHECK_SELF("count");
    if (!search_args(vm, argc, argv, &sub, &sp)) return ERR_VAL;
    s = AS_STR(argv[0]);
    if (sp.end - sp.start < (int64_t)sub->cplen) return INT_VAL(0);
    if (sub->len == 0) return INT_VAL(sp.end - sp.start + 1);
    return INT_VAL(count_bytes(s->chars + sp.b0, sp.b1 - sp.b0, sub->chars, sub->len, INT64_MAX));
}

/* startswith/endswith for one candidate, after CPython's tailmatch. */
static bool tail_match(const ObjStr *s, const ObjStr *sub, const Span *sp, bool at_end) {
    if (sp->end - (int64_t)sub->cplen < sp->start) return false;
    if (sub->len == 0) return true;
    if (sp->b1 - sp->b0 < sub->len) return false;
    const char *at = at_end ? s->chars + sp->b1 - sub->len : s->chars + sp->b0;
    return memcmp(at, sub->chars, sub->len) == 0;
}

static Value do_affix(VM *vm, int argc, Value *argv, const char *fname, bool at_end) {
    Span sp;
    CHECK_SELF(fname);
    ObjStr *s = AS_STR(argv[0]);
    if (!span_args(vm, argc, argv, 2, s, &sp)) return ERR_VAL;
    Value x = argv[1];
    if (IS_STR(x)) return BOOL_VAL(tail_match(s, AS_STR(x), &sp, at_end));
    if (!IS_TUPLE(x))
        return vm_raise(vm, EXC_TypeError, "%s first arg must be str or a tuple of str, not %s",
                        fname, vm_type_name(vm, x));
    for (uint32_t i = 0; i < AS_TUPLE(x)->len; i++) {
        Value item = AS_TUPLE(x)->items[i];
        if (!IS_STR(item))
            return vm_raise(vm, EXC_TypeError, "tuple for %s must only contain str, not %s", fname,
                            vm_type_name(vm, item));
        if (tail_match(s, AS_STR(item), &sp, at_end)) return TRUE_VAL;
    }
    return FALSE_VAL;
}

static Value m_startswith(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    (void)kwnames;
    return do_affix(vm, argc, argv, "startswith", false);
}

static Value m_endswith(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    (void)kwnames;
    return do_affix(vm, argc, argv, "endswith", true);
}

static Value do_remove_affix(VM *vm, Value *argv, const char *fname, bool suffix) {
    CHECK_SELF(fname);
    if (!IS_STR(argv[1]))
        return vm_raise(vm, EXC_TypeError, "%s() argument must be str, not %s", fname,
                        vm_type_name(vm, argv[1]));
    ObjStr *s = AS_STR(argv[0]), *a = AS_STR(argv[1]);
    if (a->len == 0 || a->len > s->len) return argv[0];
    if (suffix) {
        if (memcmp(s->chars + s->len - a->len, a->chars, a->len) == 0)
            return substr(vm, s, 0, s->len - a->len);
    } else if (memcmp(s->chars, a->chars, a->len) == 0) {
        return substr(vm, s, a->len, s->len);
    }
    return argv[0];
}

static Value m_removeprefix(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    (void)argc, (void)kwnames;
    return do_remove_affix(vm, argv, "removeprefix", false);
}

static Value m_removesuffix(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    (void)argc, (void)kwnames;
    return do_remove_affix(vm, argv, "removesuffix", true);
}

/* ---------------------------------------------------------------- methods: transforming */

static Value do_strip(VM *vm, int argc, Value *argv, const char *fname, bool left, bool right) {
    CHECK_SELF(fname);
    ObjStr *s = AS_STR(argv[0]);
    const char *p = s->chars;
    size_t i = 0, j = s->len, k;
    Value chars = argc > 1 ? argv[1] : NONE_VAL;
    if (IS_NONE(chars)) {
        if (left)
            while (i < j && (k = space_at(p, j, i)) != 0) i += k;
        if (right)
            while (j > i && (k = space_before(p, j)) != 0) j -= k;
    } else if (IS_STR(chars) && STR_IS_ASCII(AS_STR(chars))) {
        /* A byte set: no byte of a multi-byte character is ASCII. */
        bool set[128] = {false};
        for (uint32_t c = 0; c < AS_STR(chars)->len; c++)
            set[(uint8_t)AS_STR(chars)->chars[c]] = true;
        if (left)
            while (i < j && (uint8_t)p[i] < 0x80 && set[(uint8_t)p[i]]) i++;
        if (right)
            while (j > i && (uint8_t)p[j - 1] < 0x80 && set[(uint8_t)p[j - 1]]) j--;
    } else if (IS_STR(chars)) {
        ObjStr *cs = AS_STR(chars);
        if (left)
            while (i < j && find_bytes(cs->chars, cs->len, p + i, (k = LEAD_LEN(p[i]))) >= 0)
                i += k;
        if (right)
            while (j > i) {
                for (k = 1; IS_CONT(p[j - k]); k++) {
                }
                if (find_bytes(cs->chars, cs->len, p + j - k, k) < 0) break;
                j -= k;
            }
    } else {
        return vm_raise(vm, EXC_TypeError, "%s arg must be None or str", fname);
    }
    return substr(vm, s, i, j);
}

static Value m_strip(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    (void)kwnames;
    return do_strip(vm, argc, argv, "strip", true, true);
}

static Value m_lstrip(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    (void)kwnames;
    return do_strip(vm, argc, argv, "lstrip", true, false);
}

static Value m_rstrip(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    (void)kwnames;
    return do_strip(vm, argc, argv, "rstrip", false, true);
}

static Value str_replace(VM *vm, ObjStr *s, ObjStr *old, ObjStr *rep, int64_t count) {
    if (count < 0) count = INT64_MAX;
    /* The scan of s is the long part (200 MB: seconds): charged before it, so the run's
     * limits end a loop of such calls (the result's allocation is charged as well). */
    if (!vm_charge(vm, s->len / WORK_BYTES_PER_STEP)) return ERR_VAL;
    int64_t n;
    if (old->len == 0) {
        /* rep goes before every character and at the end, count times at most. */
        n = count < (int64_t)s->cplen + 1 ? count : (int64_t)s->cplen + 1;
        if (n == 0) return OBJ_VAL(s);
        if (!str_fits(vm, (uint64_t)n * rep->len + s->len)) return ERR_VAL;
        ObjStr *r = str_alloc(vm, s->len + (size_t)n * rep->len);
        char *out = r->chars;
        size_t i = 0;
        for (int64_t k = 0; k < n; k++) {
            memcpy(out, rep->chars, rep->len);
            out += rep->len;
            if (i < s->len) {
                size_t c = LEAD_LEN(s->chars[i]);
                memcpy(out, s->chars + i, c);
                out += c;
                i += c;
            }
        }
        memcpy(out, s->chars + i, s->len - i);
        return str_seal(r, s->cplen + (size_t)n * rep->cplen);
    }
    n = count_bytes(s->chars, s->len, old->chars, old->len, count);
    if (n == 0) return OBJ_VAL(s);
    int64_t total = (int64_t)s->len + n * ((int64_t)rep->len - (int64_t)old->len);
    if (!str_fits(vm, (uint64_t)total)) return ERR_VAL;
    ObjStr *r = str_alloc(vm, (size_t)total);
    char *out = r->chars;
    size_t i = 0;
    for (int64_t k = 0; k < n; k++) {
        size_t pos = (size_t)find_bytes(s->chars + i, s->len - i, old->chars, old->len);
        memcpy(out, s->chars + i, pos);
        out += pos;
        memcpy(out, rep->chars, rep->len);
        out += rep->len;
        i += pos + old->len;
    }
    memcpy(out, s->chars + i, s->len - i);
    return str_seal(r,
                    (size_t)((int64_t)s->cplen + n * ((int64_t)rep->cplen - (int64_t)old->cplen)));
}

static Value m_replace(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    int64_t count = -1;
    (void)kwnames;
    CHECK_SELF("replace");
    for (int k = 1; k <= 2; k++)
        if (!IS_STR(argv[k]))
            return vm_raise(vm, EXC_TypeError, "replace() argument %d must be str, not %s", k,
                            vm_type_name(vm, argv[k]));
    if (argc > 3 && !arg_int(vm, argv[3], &count)) return ERR_VAL;
    return str_replace(vm, AS_STR(argv[0]), AS_STR(argv[1]), AS_STR(argv[2]), count);
}

/* text padded with `left` and `right` copies of a one-character fill. */
static Value pad_text(VM *vm, ObjStr *s, int64_t left, int64_t right, const char *fill,
                      size_t flen) {
    if ((uint64_t)(left + right) > (STR_MAX_LEN - s->len) / flen) return too_long(vm);
    if (!str_fits(vm, s->len + (uint64_t)(left + right) * flen)) return ERR_VAL;
    ObjStr *r = str_alloc(vm, s->len + (size_t)(left + right) * flen);
    char *out = r->chars;
    for (int64_t k = 0; k < left; k++, out += flen) memcpy(out, fill, flen);
    memcpy(out, s->chars, s->len);
    out += s->len;
    for (int64_t k = 0; k < right; k++, out += flen) memcpy(out, fill, flen);
    return str_seal(r, s->cplen + (size_t)(left + right));
}

/* how: 'l' ljust, 'r' rjust, 'c' center. */
static Value do_justify(VM *vm, int argc, Value *argv, const char *fname, char how) {
    int64_t width;
    const char *fill = " ";
    size_t flen = 1;
    CHECK_SELF(fname);
    if (!arg_int(vm, argv[1], &width)) return ERR_VAL;
    if (argc > 2) {
        Value f = argv[2];
        if (!IS_STR(f))
            return vm_raise(vm, EXC_TypeError,
                            "The fill character must be a unicode character, not %s",
                            vm_type_name(vm, f));
        if (AS_STR(f)->cplen != 1)
            return vm_raise(vm, EXC_TypeError,
                            "The fill character must be exactly one character long");
        fill = AS_STR(f)->chars;
        flen = AS_STR(f)->len;
    }
    ObjStr *s = AS_STR(argv[0]);
    if (width <= (int64_t)s->cplen) return argv[0];
    int64_t marg = width - s->cplen;
    int64_t left = how == 'l' ? 0 : how == 'r' ? marg : marg / 2 + (marg & width & 1);
    return pad_text(vm, s, left, marg - left, fill, flen);
}

static Value m_ljust(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    (void)kwnames;
    return do_justify(vm, argc, argv, "ljust", 'l');
}

static Value m_rjust(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    (void)kwnames;
    return do_justify(vm, argc, argv, "rjust", 'r');
}

static Value m_center(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    (void)kwnames;
    return do_justify(vm, argc, argv, "center", 'c');
}

static Value m_zfill(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    int64_t width;
    (void)argc, (void)kwnames;
    CHECK_SELF("zfill");
    if (!arg_int(vm, argv[1], &width)) return ERR_VAL;
    ObjStr *s = AS_STR(argv[0]);
    if (width <= (int64_t)s->cplen) return argv[0];
    Value v = pad_text(vm, s, width - s->cplen, 0, "0", 1);
    if (IS_ERR(v)) return v;
    ObjStr *r = AS_STR(v);
    size_t fill = (size_t)(width - s->cplen);
    if (s->len && (s->chars[0] == '+' || s->chars[0] == '-')) {
        r->chars[0] = s->chars[0];
        r->chars[fill] = '0';
        r->hash = str_hash_bytes(r->chars, r->len);
    }
    return v;
}

static Value m_expandtabs(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    static const char *const allowed[] = {"tabsize", NULL};
    Value tv;
    int64_t tabsize = 8;
    CHECK_SELF("expandtabs");
    if (kwnames && !native_check_kw(vm, "expandtabs", kwnames, allowed)) return ERR_VAL;
    if (!opt_arg(vm, argc, argv, kwnames, 1, "tabsize", "expandtabs", &tv)) return ERR_VAL;
    if (!IS_UNDEF(tv) && !arg_c_int(vm, tv, &tabsize)) return ERR_VAL;
    ObjStr *s = AS_STR(argv[0]);
    if (!memchr(s->chars, '\t', s->len)) return argv[0];
    /* Two passes: measure, then write into one allocation. */
    uint64_t col = 0, len = 0, cplen = 0;
    for (uint32_t i = 0; i < s->len; i++) {
        char c = s->chars[i];
        if (c == '\t') {
            if (tabsize > 0) {
                uint64_t incr = (uint64_t)tabsize - col % (uint64_t)tabsize;
                col += incr;
                len += incr;
                cplen += incr;
            }
        } else {
            len++;
            if (!IS_CONT(c)) {
                col++;
                cplen++;
            }
            if (c == '\n' || c == '\r') col = 0;
        }
        if (len > STR_MAX_LEN) return vm_raise(vm, EXC_OverflowError, "new string is too long");
    }
    ObjStr *r = str_alloc(vm, (size_t)len);
    char *out = r->chars;
    col = 0;
    for (uint32_t i = 0; i < s->len; i++) {
        char c = s->chars[i];
        if (c == '\t') {
            if (tabsize > 0) {
                uint64_t incr = (uint64_t)tabsize - col % (uint64_t)tabsize;
                col += incr;
                memset(out, ' ', (size_t)incr);
                out += incr;
            }
        } else {
            *out++ = c;
            if (!IS_CONT(c)) col++;
            if (c == '\n' || c == '\r') col = 0;
        }
    }
    return str_seal(r, (size_t)cplen);
}

/* ---------------------------------------------------------------- methods: case */

static Value case_convert(VM *vm, ObjStr *s, int mode) {
    /* A code point can map to three (ß -> SS takes 2 bytes to 2, ŉ -> ʼN more). */
    if (!str_fits(vm, STR_IS_ASCII(s) ? s->len : (uint64_t)s->len * 3 + s->cplen * 4)) return ERR_VAL;
    if (STR_IS_ASCII(s)) {
        ObjStr *r = str_alloc(vm, s->len);
        bool prev = false;
        for (size_t i = 0; i < s->len; i++) {
            char c = s->chars[i];
            bool up = (unsigned)(c - 'A') < 26u, lo = (unsigned)(c - 'a') < 26u;
            switch (mode) {
            case CASE_UPPER:
                c = lo ? (char)(c - 32) : c;
                break;
            case CASE_LOWER:
            case CASE_FOLD:
                c = up ? (char)(c + 32) : c;
                break;
            case CASE_SWAP:
                c = up || lo ? (char)(c ^ 32) : c;
                break;
            case CASE_CAPITALIZE:
                c = (i == 0 ? lo : up) ? (char)(c ^ 32) : c;
                break;
            default: /* CASE_TITLE_WORDS */
                c = (prev ? up : lo) ? (char)(c ^ 32) : c;
                prev = up || lo;
                break;
            }
            r->chars[i] = c;
        }
        return str_seal(r, s->len);
    }
    size_t n = s->cplen;
    uint32_t *cps = (uint32_t *)malloc(n * sizeof(uint32_t));
    if (!cps) abort();
    for (size_t i = 0, o = 0; i < n; i++) o += utf8_decode(s->chars + o, s->len - o, &cps[i]);
    StrBuf sb;
    sb_init(&sb);
    bool prev = false;
    for (size_t i = 0; i < n; i++) {
        uint32_t c = cps[i];
        switch (mode) {
        case CASE_SWAP:
            if (is_upper(c))
                append_mapped(&sb, cps, n, i, CASE_LOWER);
            else if (is_lower(c))
                append_mapped(&sb, cps, n, i, CASE_UPPER);
            else
                sb_append_cp(&sb, c);
            break;
        case CASE_CAPITALIZE:
            append_mapped(&sb, cps, n, i, i == 0 ? CASE_TITLE : CASE_LOWER);
            break;
        case CASE_TITLE_WORDS:
            append_mapped(&sb, cps, n, i, prev ? CASE_LOWER : CASE_TITLE);
            prev = is_cased(c);
            break;
        default:
            append_mapped(&sb, cps, n, i, mode);
            break;
        }
    }
    free(cps);
    return sb_finish(vm, &sb);
}

#define CASE_METHOD(name, mode)                                                                    \
    static Value m_##name(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {                      \
        (void)argc, (void)kwnames;                                                                 \
        CHECK_SELF(#name);                                                                         \
        return case_convert(vm, AS_STR(argv[0]), mode);                                            \
    }
CASE_METHOD(upper, CASE_UPPER)
CASE_METHOD(lower, CASE_LOWER)
CASE_METHOD(casefold, CASE_FOLD)
CASE_METHOD(swapcase, CASE_SWAP)
CASE_METHOD(capitalize, CASE_CAPITALIZE)
CASE_METHOD(title, CASE_TITLE_WORDS)

/* ---------------------------------------------------------------- methods: classification */

static bool all_chars(const ObjStr *s, bool (*pred)(uint32_t)) {
    for (size_t i = 0; i < s->len;) {
        uint32_t c;
        i += utf8_decode(s->chars + i, s->len - i, &c);
        if (!pred(c)) return false;
    }
    return true;
}

/* The is...() methods that hold when the text is non-empty and every character passes. */
#define CLASS_METHOD(name, pred)                                                                   \
    static Value m_##name(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {                      \
        (void)argc, (void)kwnames;                                                                 \
        CHECK_SELF(#name);                                                                         \
        ObjStr *s = AS_STR(argv[0]);                                                               \
        return BOOL_VAL(s->len > 0 && all_chars(s, pred));                                         \
    }
CLASS_METHOD(isdigit, is_digit)
CLASS_METHOD(isdecimal, is_decimal)
CLASS_METHOD(isnumeric, is_numeric)
CLASS_METHOD(isalpha, is_alpha)
CLASS_METHOD(isalnum, is_alnum)
CLASS_METHOD(isspace, is_space)

static Value m_isprintable(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    (void)argc, (void)kwnames;
    CHECK_SELF("isprintable");
    return BOOL_VAL(all_chars(AS_STR(argv[0]), is_printable));
}

static Value m_isascii(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    (void)argc, (void)kwnames;
    CHECK_SELF("isascii");
    return BOOL_VAL(STR_IS_ASCII(AS_STR(argv[0])));
}

static Value m_isidentifier(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    (void)argc, (void)kwnames;
    CHECK_SELF("isidentifier");
    ObjStr *s = AS_STR(argv[0]);
    if (s->len == 0) return FALSE_VAL;
    uint32_t c;
    size_t i = utf8_decode(s->chars, s->len, &c);
    if (!is_id_start(c)) return FALSE_VAL;
    while (i < s->len) {
        i += utf8_decode(s->chars + i, s->len - i, &c);
        if (!is_id_continue(c)) return FALSE_VAL;
    }
    return TRUE_VAL;
}

/* isupper (want_upper) and islower: some cased character, none of the other case. */
static Value case_test(ObjStr *s, bool want_upper) {
    bool cased = false;
    for (size_t i = 0; i < s->len;) {
        uint32_t c;
        i += utf8_decode(s->chars + i, s->len - i, &c);
        if (is_title(c) || (want_upper ? is_lower(c) : is_upper(c))) return FALSE_VAL;
        if (want_upper ? is_upper(c) : is_lower(c)) cased = true;
    }
    return BOOL_VAL(cased);
}

static Value m_isupper(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    (void)argc, (void)kwnames;
    CHECK_SELF("isupper");
    return case_test(AS_STR(argv[0]), true);
}

static Value m_islower(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    (void)argc, (void)kwnames;
    CHECK_SELF("islower");
    return case_test(AS_STR(argv[0]), false);
}

static Value m_istitle(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    (void)argc, (void)kwnames;
    CHECK_SELF("istitle");
    ObjStr *s = AS_STR(argv[0]);
    bool cased = false, prev = false;
    for (size_t i = 0; i < s->len;) {
        uint32_t c;
        i += utf8_decode(s->chars + i, s->len - i, &c);
        if (is_upper(c) || is_title(c)) {
            if (prev) return FALSE_VAL;
            prev = cased = true;
        } else if (is_lower(c)) {
            if (!prev) return FALSE_VAL;
            prev = cased = true;
        } else {
            prev = false;
        }
    }
    return BOOL_VAL(cased);
}

/* ---------------------------------------------------------------- methods: formatting and the rest
 */

static Value m_format(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    CHECK_SELF("format");
    FormatArgs fa = {argc - 1, argv + 1, kwnames, argv + argc, UNDEF_VAL, 0, 0};
    return format_with(vm, AS_STR(argv[0]), &fa);
}

static Value m_format_map(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    (void)argc, (void)kwnames;
    CHECK_SELF("format_map");
    FormatArgs fa = {-1, NULL, NULL, NULL, argv[1], 0, 0};
    return format_with(vm, AS_STR(argv[0]), &fa);
}

static Value m_dunder_format(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    (void)argc, (void)kwnames;
    CHECK_SELF("__format__");
    if (!IS_STR(argv[1]))
        return vm_raise(vm, EXC_TypeError, "__format__() argument must be str, not %s",
                        vm_type_name(vm, argv[1]));
    return vm_format(vm, argv[0], AS_STR(argv[1]));
}

static Value m_encode(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    static const char *const allowed[] = {"encoding", "errors", NULL};
    (void)argc;
    CHECK_SELF("encode");
    if (kwnames && !native_check_kw(vm, "encode", kwnames, allowed)) return ERR_VAL;
    return vm_raise(vm, EXC_NotImplementedError, "bytes are not supported yet");
}

/* str.maketrans(x[, y[, z]]): called through the class, so argv[0] is x, not self. */
static Value m_maketrans(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    (void)kwnames;
    ObjDict *d = dict_new(vm);
    Value x = argv[0];
    if (argc == 1) {
        if (!IS_DICT(x))
            return vm_raise(vm, EXC_TypeError,
                            "if you give only one argument to maketrans it must be a dict");
        Table *t = &AS_DICT(x)->table;
        for (uint32_t i = 0; i < t->nentries; i++) {
            Value k = t->entries[i].key;
            if (IS_UNDEF(k)) continue;
            if (IS_STR(k)) {
                uint32_t c;
                if (AS_STR(k)->cplen != 1)
                    return vm_raise(vm, EXC_ValueError,
                                    "string keys in translate table must be of length 1");
                utf8_decode(AS_STR(k)->chars, AS_STR(k)->len, &c);
                k = INT_VAL(c);
            } else if (!IS_ANYINT(k) && !IS_BOOL(k)) {
                return vm_raise(vm, EXC_TypeError,
                                "keys in translate table must be strings or integers");
            }
            if (!dict_set(vm, d, k, t->entries[i].value)) return ERR_VAL;
        }
        return OBJ_VAL(d);
    }
    if (!IS_STR(x))
        return vm_raise(vm, EXC_TypeError,
                        "first maketrans argument must be a string if there is a second argument");
    for (int k = 1; k < argc; k++)
        if (!IS_STR(argv[k]))
            return vm_raise(vm, EXC_TypeError, "maketrans() argument %d must be str, not %s", k + 1,
                            vm_type_name(vm, argv[k]));
    ObjStr *from = AS_STR(argv[0]), *to = AS_STR(argv[1]);
    if (from->cplen != to->cplen)
        return vm_raise(vm, EXC_ValueError,
                        "the first two maketrans arguments must have equal length");
    for (size_t i = 0, j = 0; i < from->len;) {
        uint32_t a, b;
        i += utf8_decode(from->chars + i, from->len - i, &a);
        j += utf8_decode(to->chars + j, to->len - j, &b);
        if (!dict_set(vm, d, INT_VAL(a), INT_VAL(b))) return ERR_VAL;
    }
    if (argc > 2) {
        ObjStr *z = AS_STR(argv[2]);
        for (size_t i = 0; i < z->len;) {
            uint32_t c;
            i += utf8_decode(z->chars + i, z->len - i, &c);
            if (!dict_set(vm, d, INT_VAL(c), NONE_VAL)) return ERR_VAL;
        }
    }
    return OBJ_VAL(d);
}

static Value m_translate(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    (void)argc, (void)kwnames;
    CHECK_SELF("translate");
    ObjStr *s = AS_STR(argv[0]);
    Value table = argv[1];
    StrBuf sb;
    sb_init(&sb);
    for (size_t i = 0; i < s->len;) {
        uint32_t c;
        size_t k = utf8_decode(s->chars + i, s->len - i, &c);
        Value r;
        int found = 1;
        if (IS_DICT(table)) {
            found = dict_get(vm, AS_DICT(table), INT_VAL(c), &r);
        } else {
            r = op_getitem(vm, table, INT_VAL(c));
            if (IS_ERR(r)) {
                found = vm_exc_matches(vm, EXC_LookupError) ? 0 : -1;
                if (found == 0) vm_clear_exc(vm);
            }
        }
        if (found < 0) goto fail;
        if (!found) {
            sb_append(&sb, s->chars + i, k);
        } else if (IS_INT(r) || IS_BOOL(r)) {
            int64_t cp = IS_INT(r) ? AS_INT(r) : AS_BOOL(r);
            if (cp < 0 || cp > 0x10FFFF) {
                vm_raise(vm, EXC_ValueError, "character mapping must be in range(0x110000)");
                goto fail;
            }
            sb_append_cp(&sb, (uint32_t)cp);
        } else if (IS_STR(r)) {
            sb_append_str(&sb, AS_STR(r));
        } else if (!IS_NONE(r)) {
            vm_raise(vm, EXC_TypeError, "character mapping must return integer, None or str");
            goto fail;
        }
        i += k;
    }
    return sb_finish(vm, &sb);
fail:
    sb_free(&sb);
    return ERR_VAL;
}

const MethodDef str_methods[] = {
    {"join", m_join, 2, 2, false},
    {"split", m_split, 1, 3, true},
    {"rsplit", m_rsplit, 1, 3, true},
    {"splitlines", m_splitlines, 1, 2, true},
    {"strip", m_strip, 1, 2, false},
    {"lstrip", m_lstrip, 1, 2, false},
    {"rstrip", m_rstrip, 1, 2, false},
    {"replace", m_replace, 3, 4, false},
    {"find", m_find, 2, 4, false},
    {"rfind", m_rfind, 2, 4, false},
    {"index", m_index, 2, 4, false},
    {"rindex", m_rindex, 2, 4, false},
    {"count", m_count, 2, 4, false},
    {"startswith", m_startswith, 2, 4, false},
    {"endswith", m_endswith, 2, 4, false},
    {"upper", m_upper, 1, 1, false},
    {"lower", m_lower, 1, 1, false},
    {"title", m_title, 1, 1, false},
    {"capitalize", m_capitalize, 1, 1, false},
    {"swapcase", m_swapcase, 1, 1, false},
    {"casefold", m_casefold, 1, 1, false},
    {"isdigit", m_isdigit, 1, 1, false},
    {"isdecimal", m_isdecimal, 1, 1, false},
    {"isnumeric", m_isnumeric, 1, 1, false},
    {"isalpha", m_isalpha, 1, 1, false},
    {"isalnum", m_isalnum, 1, 1, false},
    {"isspace", m_isspace, 1, 1, false},
    {"isupper", m_isupper, 1, 1, false},
    {"islower", m_islower, 1, 1, false},
    {"istitle", m_istitle, 1, 1, false},
    {"isidentifier", m_isidentifier, 1, 1, false},
    {"isprintable", m_isprintable, 1, 1, false},
    {"isascii", m_isascii, 1, 1, false},
    {"center", m_center, 2, 3, false},
    {"ljust", m_ljust, 2, 3, false},
    {"rjust", m_rjust, 2, 3, false},
    {"zfill", m_zfill, 2, 2, false},
    {"partition", m_partition, 2, 2, false},
    {"rpartition", m_rpartition, 2, 2, false},
    {"expandtabs", m_expandtabs, 1, 2, true},
    {"format", m_format, 1, -1, true},
    {"format_map", m_format_map, 2, 2, false},
    {"removeprefix", m_removeprefix, 2, 2, false},
    {"removesuffix", m_removesuffix, 2, 2, false},
    {"encode", m_encode, 1, 3, true},
    {"maketrans", m_maketrans, 1, 3, false},
    {"translate", m_translate, 2, 2, false},
    {"__format__", m_dunder_format, 2, 2, false},
    {NULL, NULL, 0, 0, false},
};

/* ---- the str type ---- */

static size_t str_var_size(const Obj *o) { return ((const ObjStr *)o)->len + 1; }

static Value str_slot_repr(VM *vm, Value v) { return str_repr(vm, AS_STR(v)); }

static bool str_slot_hash(VM *vm, Value v, int64_t *out) {
    (void)vm;
    *out = AS_STR(v)->hash;
    return true;
}

static int str_slot_eq(VM *vm, Value a, Value b) {
    (void)vm;
    return IS_STR(b) && str_equal(AS_STR(a), AS_STR(b));
}

static int str_slot_compare(VM *vm, CmpOp op, Value a, Value b) {
    (void)vm;
    if (!IS_STR(b)) return CMP_UNSUPPORTED;
    return cmp_holds(op, str_compare(AS_STR(a), AS_STR(b)));
}

/* str % x never gets here: op_binary formats first. */
static Value str_slot_binary(VM *vm, BinOp op, Value a, Value b) {
    if (op == BIN_ADD && IS_STR(a) && IS_STR(b)) return str_concat(vm, AS_STR(a), AS_STR(b));
    return UNDEF_VAL;
}

static bool str_slot_len(VM *vm, Value v, int64_t *out) {
    (void)vm;
    *out = AS_STR(v)->cplen;
    return true;
}

static int str_slot_contains(VM *vm, Value container, Value item) {
    if (!IS_STR(item)) {
        vm_raise(vm, EXC_TypeError, "'in <string>' requires string as left operand, not %s", vm_type_name(vm, item));
        return -1;
    }
    return str_contains(AS_STR(container), AS_STR(item));
}

static Value str_slot_iter(VM *vm, Value v) { return iter_new(vm, ITER_STR, v); }

static Value str_slot_getitem(VM *vm, Value obj, Value key) { return str_getitem(vm, AS_STR(obj), key); }

/* ---------------------------------------------------------------------------------------
 * Decoding bytes, for input() lines and str(bytes, encoding)
 * ------------------------------------------------------------------------------------- */

/* Length of the well-formed UTF-8 sequence at s[0..n), or 0 with CPython's reason. */
static size_t utf8_sequence(const uint8_t *s, size_t n, const char **why) {
    uint8_t c = s[0];
    if (c < 0x80) return 1;
    size_t need;
    uint8_t lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F; /* no surrogates */
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else {
        *why = "invalid start byte";
        return 0;
    }
    for (size_t k = 1; k <= need; k++) {
        if (k >= n) {
            *why = "unexpected end of data";
            return 0;
        }
        uint8_t b = s[k];
        if (k == 1 ? (b < lo || b > hi) : (b & 0xC0) != 0x80) {
            *why = "invalid continuation byte";
            return 0;
        }
    }
    return need + 1;
}

/* Decodes bytes as UTF-8, ASCII or Latin-1 into a str. */
Value str_decode(VM *vm, const uint8_t *data, size_t len, const char *encoding,
                 DecodeErrors errors) {
    bool ascii = strcmp(encoding, "ascii") == 0;
    bool latin1 = strcmp(encoding, "latin-1") == 0 || strcmp(encoding, "latin1") == 0 ||
                  strcmp(encoding, "iso-8859-1") == 0;
    StrBuf sb;
    sb_init(&sb);
    size_t i = 0;
    while (i < len) {
        uint8_t c = data[i];
        if (c < 0x80) {
            sb_append_char(&sb, (char)c);
            i++;
            continue;
        }
        if (latin1) {
            char out[4];
            sb_append(&sb, out, utf8_encode(c, out));
            i++;
            continue;
        }
        const char *why = "ordinal not in range(128)";
        size_t n = ascii ? 0 : utf8_sequence(data + i, len - i, &why);
        if (n > 0) {
            sb_append(&sb, (const char *)data + i, n);
            i += n;
            continue;
        }
        if (errors == ERRORS_STRICT) {
            sb_free(&sb);
            return vm_raise(vm, EXC_UnicodeError,
                            "'%s' codec can't decode byte 0x%02x in position %zu: %s",
                            ascii ? "ascii" : "utf-8", c, i, why);
        }
        if (errors == ERRORS_REPLACE) sb_append(&sb, "\xEF\xBF\xBD", 3);
        i++;
    }
    return sb_finish(vm, &sb);
}

/* Calling the class (argv excludes the class). */
static Value str_ctor(VM *vm, ObjClass *cls, int argc, Value *argv, ObjTuple *kwnames) {
    static const char *const names[] = {"object", "encoding", "errors"};
    (void)cls;
    int nkw = native_nkw(kwnames);
    if (nkw == 0 && argc <= 1) return argc == 0 ? OBJ_VAL(vm->s_empty) : op_str(vm, argv[0]);
    if (argc + nkw > 3) return native_too_many(vm, "str", 3, argc + nkw);
    Value a[3];
    if (!native_bind_args(vm, "str", argc, argv, kwnames, names, 3, 0, 0, a)) return ERR_VAL;
    if (IS_UNDEF(a[1]) && IS_UNDEF(a[2]))
        return IS_UNDEF(a[0]) ? OBJ_VAL(vm->s_empty) : op_str(vm, a[0]);
    /* str(bytes, encoding, errors) decodes. */
    const char *encoding = "utf-8";
    DecodeErrors errors = ERRORS_STRICT;
    for (int i = 1; i < 3; i++) {
        if (IS_UNDEF(a[i]) || IS_STR(a[i])) continue;
        return vm_raise(vm, EXC_TypeError, "str() argument '%s' must be str, not %s", names[i],
                        vm_type_name(vm, a[i]));
    }
    if (IS_UNDEF(a[0])) return OBJ_VAL(vm->s_empty);
    if (IS_STR(a[0])) return vm_raise(vm, EXC_TypeError, "decoding str is not supported");
    if (!IS_KIND(a[0], OBJ_BYTES))
        return vm_raise(vm, EXC_TypeError, "decoding to str: need a bytes-like object, %s found",
                        vm_type_name(vm, a[0]));
    if (!IS_UNDEF(a[1])) {
        /* Python matches encoding names loosely: "UTF8", "utf_8" and "utf-8" are one. */
        char norm[16];
        const ObjStr *e = AS_STR(a[1]);
        size_t n = 0;
        for (uint32_t i = 0; i < e->len && n < sizeof norm - 1; i++) {
            char c = e->chars[i];
            norm[n++] = c == '_' ? '-' : (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
        }
        norm[n] = '\0';
        if (e->len >= sizeof norm) norm[0] = '\0';
        if (strcmp(norm, "utf-8") == 0 || strcmp(norm, "utf8") == 0) encoding = "utf-8";
        else if (strcmp(norm, "ascii") == 0 || strcmp(norm, "us-ascii") == 0) encoding = "ascii";
        else if (strcmp(norm, "latin-1") == 0 || strcmp(norm, "latin1") == 0 ||
                 strcmp(norm, "iso-8859-1") == 0)
            encoding = "latin-1";
        else return vm_raise(vm, EXC_LookupError, "unknown encoding: %s", e->chars);
    }
    if (!IS_UNDEF(a[2])) {
        const char *er = AS_STR(a[2])->chars;
        if (strcmp(er, "ignore") == 0) errors = ERRORS_IGNORE;
        else if (strcmp(er, "replace") == 0) errors = ERRORS_REPLACE;
        else if (strcmp(er, "strict") != 0)
            return vm_raise(vm, EXC_LookupError, "unknown error handler name '%s'", er);
    }
    ObjBytes *b = (ObjBytes *)AS_OBJ(a[0]);
    return str_decode(vm, b->data, b->len, encoding, errors);
}

const ObjType str_type = {
    .name = "str",
    .ctor = str_ctor,
    .methods = str_methods,
    .size = sizeof(ObjStr),
    .var_size = str_var_size,
    .immutable = true,
    .repr = str_slot_repr,
    .hash = str_slot_hash,
    .eq = str_slot_eq,
    .compare = str_slot_compare,
    .binary = str_slot_binary,
    .len = str_slot_len,
    .contains = str_slot_contains,
    .iter = str_slot_iter,
    .reversed = iter_reversed,
    .getitem = str_slot_getitem,
};
