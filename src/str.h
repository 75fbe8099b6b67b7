/* str.h — the str type: immutable UTF-8 text with a cached hash and code-point length,
 * interning, a growable byte buffer for building text, and str's methods. */
#ifndef EDGE_STR_H
#define EDGE_STR_H

#include <string.h>

#include "numfmt.h"
#include "vm.h"

/* The longest str in bytes: lengths are uint32_t and sizes must fit a 32-bit size_t.
 * Building anything longer raises MemoryError. */
#define STR_MAX_LEN ((size_t)0x7FFFFF00)
/* Whether a str of `len` bytes may be made: false with MemoryError past the longest str or
 * the heap cap. Text built in a StrBuf and then copied asks for twice its length. */
bool str_fits(VM *vm, uint64_t len);

ObjStr *str_new(VM *vm, const char *utf8, size_t len); /* copies; text must be valid UTF-8 */
ObjStr *str_intern(VM *vm, const char *utf8, size_t len); /* one object per distinct text */
ObjStr *str_intern_cstr(VM *vm, const char *cstr);
Value str_value(VM *vm, const char *cstr); /* OBJ_VAL(str_new(cstr)) */
int64_t str_hash_bytes(const char *bytes, size_t len); /* never -1 */
bool str_equal(const ObjStr *a, const ObjStr *b);
static inline bool str_is(const ObjStr *s, const char *text) { return strcmp(s->chars, text) == 0; }
int str_compare(const ObjStr *a, const ObjStr *b); /* code point order: <0, 0, >0 */
Value str_concat(VM *vm, ObjStr *a, ObjStr *b);
Value str_repeat(VM *vm, ObjStr *s, int64_t n);
Value str_getitem(VM *vm, ObjStr *s, Value key); /* int or slice; "string index out of range" */
int str_contains(const ObjStr *haystack, const ObjStr *needle);
Value str_repr(VM *vm, ObjStr *s);  /* Python's quoting: 'a', "it's", '\n', '\x00' */
Value str_ascii(VM *vm, ObjStr *s); /* ascii(): repr with \xNN \uNNNN \UNNNNNNNN escapes */
Value str_ascii_value(VM *vm, Value v); /* ascii(v) for any value */
Value str_from_codepoint(VM *vm, uint32_t cp); /* chr() */
/* s with each non-ASCII decimal digit ('١', '５') replaced by its ASCII digit, as int() and
 * float() read text; NULL when s has none (or memory ran out: parse s as it is). */
ObjStr *str_ascii_digits(VM *vm, const ObjStr *s);
Value str_join(VM *vm, ObjStr *sep, Value iterable);
/* Iteration: the character starting at byte *offset, as a str; advances *offset. */
Value str_next_char(VM *vm, ObjStr *s, uint32_t *offset);
Value str_format_spec(VM *vm, ObjStr *s, const FormatSpec *spec);
/* format(v, spec): what f-strings and str.format call for each field. Handles int, bool,
 * float, str, and any other value (empty spec: str(v); else TypeError
 * "unsupported format string passed to <type>.__format__"). */
Value vm_format(VM *vm, Value v, ObjStr *spec);
Value str_percent_format(VM *vm, ObjStr *fmt, Value args); /* "%d %s" % (1, "a") */
extern const MethodDef str_methods[];

/* UTF-8 helpers */
size_t utf8_decode(const char *s, size_t len, uint32_t *cp); /* bytes used, >= 1 */
/* str.isprintable() of one code point; the lexer rejects the others outside strings. */
bool str_char_is_printable(uint32_t c);
size_t utf8_encode(uint32_t cp, char out[4]);
size_t utf8_count(const char *s, size_t len); /* code points */
/* Bytes as text: encoding "utf-8", "ascii" or "latin-1" (str(b, encoding, errors)). */
typedef enum { ERRORS_STRICT, ERRORS_IGNORE, ERRORS_REPLACE } DecodeErrors;
Value str_decode(VM *vm, const uint8_t *data, size_t len, const char *encoding, DecodeErrors errors);
size_t utf8_valid(const char *s, size_t len);  /* bytes of the valid sequence at s, 0 if invalid */

/* StrBuf: a malloc'ed growable buffer, outside the GC heap (safe across any call). */
typedef struct StrBuf {
    char *data;
    size_t len, cap;
} StrBuf;
void sb_init(StrBuf *sb);
void sb_append(StrBuf *sb, const char *bytes, size_t len);
void sb_append_cstr(StrBuf *sb, const char *cstr);
void sb_append_char(StrBuf *sb, char c);
void sb_append_str(StrBuf *sb, const ObjStr *s);
void sb_printf(StrBuf *sb, const char *fmt, ...);
Value sb_finish(VM *vm, StrBuf *sb); /* the text as a str; frees the buffer */
void sb_free(StrBuf *sb);

#endif
