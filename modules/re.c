/* re.c — the native half of the `re` module (build/modules/re.wasm): a backtracking regular
 * expression engine with Python's syntax and semantics. A pattern (code points) is parsed
 * into a tree, checked, and compiled to a small bytecode; the matcher runs it over the
 * subject's code points with an explicit backtracking stack, so positions are code-point
 * indexes as in Python, deep patterns never overflow the C stack, and a run can stop after
 * a budget of steps and resume later (modules/re.py loops, so the VM's limits apply).
 * Needs no C library: clang --target=wasm32 -nostdlib. */
#include "../sdk/edge_sdk.h"

/* ---------------------------------------------------------------- memory */

/* A small allocator over memory.grow: blocks in power-of-two size classes, each with a
 * free list. Compiled patterns, the subject and the stacks live here; the SDK's scratch
 * arena (per call) takes its own pages beside it. */
typedef struct FreeBlock {
    struct FreeBlock *next;
} FreeBlock;
static FreeBlock *free_lists[32];

static int size_class(uint32_t n) {
    int k = 4; /* 16 bytes at least, the header included */
    while (((uint32_t)1 << k) < n + 8) k++;
    return k;
}

static void *re_alloc(uint32_t n) {
    if (n > 0x40000000u) return NULL;
    int k = size_class(n);
    uint32_t *p;
    if (free_lists[k]) {
        p = (uint32_t *)free_lists[k];
        free_lists[k] = free_lists[k]->next;
    } else if (k < 16) {
        /* Small blocks are cut from one 64 KB page at a time. */
        static char *chunk, *chunk_end;
        uint32_t size = (uint32_t)1 << k;
        if (!chunk || (uint32_t)(chunk_end - chunk) < size) {
            size_t old = __builtin_wasm_memory_grow(0, 1);
            if (old == (size_t)-1) return NULL;
            chunk = (char *)(old * 65536);
            chunk_end = chunk + 65536;
        }
        p = (uint32_t *)chunk;
        chunk += size;
    } else {
        size_t old = __builtin_wasm_memory_grow(0, ((uint32_t)1 << k) / 65536);
        if (old == (size_t)-1) return NULL;
        p = (uint32_t *)(old * 65536);
    }
    p[0] = (uint32_t)k;
    return p + 2;
}

static void re_free(void *ptr) {
    if (!ptr) return;
    uint32_t *p = (uint32_t *)ptr - 2;
    int k = (int)p[0];
    FreeBlock *b = (FreeBlock *)p;
    b->next = free_lists[k];
    free_lists[k] = b;
}

static void *re_realloc(void *ptr, uint32_t old_n, uint32_t n) {
    if (ptr && ((uint32_t)1 << ((uint32_t *)ptr)[-2]) >= n + 8) return ptr;
    void *q = re_alloc(n);
    if (!q) return NULL;
    if (ptr) {
        memcpy(q, ptr, old_n < n ? old_n : n);
        re_free(ptr);
    }
    return q;
}

/* ---------------------------------------------------------------- Unicode */

typedef struct ReCase {
    uint32_t lo, hi;
    int32_t delta;
    uint32_t stride;
} ReCase;
typedef struct ReRange {
    uint32_t lo, hi;
} ReRange;
#include "re_tables.h"

#define COUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))

static uint32_t case_map(const ReCase *t, int n, uint32_t c) {
    int lo = 0, hi = n - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if (c < t[mid].lo)
            hi = mid - 1;
        else if (c > t[mid].hi)
            lo = mid + 1;
        else
            return (c - t[mid].lo) % t[mid].stride ? c : (uint32_t)((int32_t)c + t[mid].delta);
    }
    return c;
}
static bool in_ranges(const ReRange *t, int n, uint32_t c) {
    int lo = 0, hi = n - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if (c < t[mid].lo)
            hi = mid - 1;
        else if (c > t[mid].hi)
            lo = mid + 1;
        else
            return true;
    }
    return false;
}

static uint32_t lower_of(uint32_t c, bool ascii) {
    if (c < 128) return c >= 'A' && c <= 'Z' ? c + 32 : c;
    return ascii ? c : case_map(re_lower_map, COUNT(re_lower_map), c);
}
static uint32_t upper_of(uint32_t c, bool ascii) {
    if (c < 128) return c >= 'a' && c <= 'z' ? c - 32 : c;
    return ascii ? c : case_map(re_upper_map, COUNT(re_upper_map), c);
}
static bool is_digit(uint32_t c, bool ascii) {
    if (c < 128 || ascii) return c >= '0' && c <= '9';
    return in_ranges(re_digit_ranges, COUNT(re_digit_ranges), c);
}
static bool is_word(uint32_t c, bool ascii) {
    if (c < 128)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '_';
    return !ascii && in_ranges(re_word_ranges, COUNT(re_word_ranges), c);
}
static bool is_space(uint32_t c, bool ascii) {
    if (c < 128 || ascii) return c == ' ' || (c >= 9 && c <= 13);
    return in_ranges(re_space_ranges, COUNT(re_space_ranges), c);
}

/* Decodes UTF-8 (the host passes valid UTF-8) into code points; returns how many. */
static uint32_t utf8_decode(const char *s, uint32_t n, uint32_t *out) {
    uint32_t k = 0;
    for (uint32_t i = 0; i < n;) {
        unsigned char b = (unsigned char)s[i];
        uint32_t c;
        if (b < 0x80) {
            c = b;
            i += 1;
        } else if (b < 0xE0) {
            c = ((uint32_t)(b & 0x1F) << 6) | (s[i + 1] & 0x3F);
            i += 2;
        } else if (b < 0xF0) {
            c = ((uint32_t)(b & 0x0F) << 12) | ((uint32_t)(s[i + 1] & 0x3F) << 6) |
                (s[i + 2] & 0x3F);
            i += 3;
        } else {
            c = ((uint32_t)(b & 0x07) << 18) | ((uint32_t)(s[i + 1] & 0x3F) << 12) |
                ((uint32_t)(s[i + 2] & 0x3F) << 6) | (s[i + 3] & 0x3F);
            i += 4;
        }
        out[k++] = c;
    }
    return k;
}

/* ---------------------------------------------------------------- flags, errors */

#define F_TEMPLATE 1
#define F_IGNORECASE 2
#define F_LOCALE 4
#define F_MULTILINE 8
#define F_DOTALL 16
#define F_UNICODE 32
#define F_VERBOSE 64
#define F_DEBUG 128
#define F_ASCII 256

static edge_buf err_msg;
static int64_t err_pos;
static bool err_set;

static void buf_add_cp(edge_buf *b, uint32_t c) {
    char t[4];
    uint32_t n;
    if (c < 0x80)
        t[0] = (char)c, n = 1;
    else if (c < 0x800)
        t[0] = (char)(0xC0 | (c >> 6)), t[1] = (char)(0x80 | (c & 0x3F)), n = 2;
    else if (c < 0x10000)
        t[0] = (char)(0xE0 | (c >> 12)), t[1] = (char)(0x80 | ((c >> 6) & 0x3F)),
        t[2] = (char)(0x80 | (c & 0x3F)), n = 3;
    else
        t[0] = (char)(0xF0 | (c >> 18)), t[1] = (char)(0x80 | ((c >> 12) & 0x3F)),
        t[2] = (char)(0x80 | ((c >> 6) & 0x3F)), t[3] = (char)(0x80 | (c & 0x3F)), n = 4;
    edge_buf_add(b, t, n);
}

/* ---------------------------------------------------------------- the tree */

enum {
    N_EMPTY,
    N_CHAR,    /* a: the code point */
    N_ANY,     /* . */
    N_CLASS,   /* cls */
    N_CAT,     /* kids */
    N_ALT,     /* kids */
    N_REPEAT,  /* a: min, b: max (-1 unbounded), c: 0 greedy, 1 lazy, 2 possessive; kids[0] */
    N_GROUP,   /* a: group number; kids[0] */
    N_ASSERT,  /* a: the AT_ kind */
    N_BACKREF, /* a: group */
    N_LOOK,    /* a: LK_ kind; kids[0] */
    N_ATOMIC,  /* kids[0] */
    N_COND,    /* a: group; kids[0] yes, kids[1] no (may be absent) */
};

enum {
    AT_BEGIN,
    AT_BEGIN_LINE,
    AT_END,
    AT_END_LINE,
    AT_BEGIN_STRING,
    AT_END_STRING,
    AT_BOUNDARY,
    AT_NON_BOUNDARY
};
enum {
    LK_AHEAD,
    LK_NOT_AHEAD,
    LK_BEHIND,
    LK_NOT_BEHIND,
    LK_ATOMIC
};

/* Category bits of a class: \d \D \w \W \s \S. */
#define CAT_DIGIT 1
#define CAT_NOT_DIGIT 2
#define CAT_WORD 4
#define CAT_NOT_WORD 8
#define CAT_SPACE 16
#define CAT_NOT_SPACE 32

typedef struct Class {
    uint32_t bits[8]; /* the answer for code points below 256, everything included */
    uint32_t *ranges; /* lo, hi pairs as written (for code points from 256) */
    int nranges, cap;
    int cats;
    bool negate, icase, ascii;
} Class;

typedef struct Node {
    int type, a, b, c;
    int flags; /* the flags in force where the node was written */
    int pos;   /* where it starts in the pattern, for errors */
    struct Node **kids;
    int nkids, cap;
    Class *cls;
} Node;

/* ---------------------------------------------------------------- the program */

enum {
    OP_MATCH,
    OP_CHAR,  /* c */
    OP_CHARI, /* lower, upper, lower of upper, ascii */
    OP_STR,   /* n, c1 .. cn */
    OP_ANY,   /* not a newline */
    OP_ANYALL,
    OP_CLASS,   /* class index */
    OP_SPLIT,   /* x, y: go on at x, y on backtracking */
    OP_JMP,     /* x */
    OP_SAVE,    /* slot */
    OP_REP,     /* min, max, lazy, then one single-character instruction */
    OP_RSTART,  /* loop slot */
    OP_RLOOP,   /* slot, min, max, lazy, exit */
    OP_RITER,   /* slot */
    OP_RINC,    /* slot, back to the RLOOP */
    OP_ASSERT,  /* AT_ kind, ascii */
    OP_BACKREF, /* group, icase */
    OP_LOOK,    /* LK_ kind, width, end */
    OP_LOOKEND,
    OP_COND, /* group, no */
};

typedef struct Program {
    int32_t id; /* the handle that names it; a slot's id changes when it is reused */
    int32_t *code;
    int ncode;
    Class **classes;
    int nclasses;
    int ngroups; /* capturing groups, group 0 not counted */
    int nloops;
    int flags;      /* the final flags: the caller's, the inline ones, UNICODE for str */
    edge_buf names; /* "name number name number" */
    /* Search: the first code point must be in `first` (below 256) or be >= 256 when
     * first_high; unless first_any (the pattern may match empty, or starts oddly). */
    uint32_t first[8];
    bool first_high, first_any;
    bool anchored; /* starts with \A or ^ (not MULTILINE): only one attempt */
    uint32_t *src; /* the pattern's code points, and its length: the cache key */
    uint32_t srclen;
    int srcflags;
} Program;

/* ---------------------------------------------------------------- the parser */

typedef struct Parser {
    const uint32_t *p;
    int n, i;
    int flags;      /* the global flags */
    int ngroups;    /* capturing groups opened so far */
    uint32_t *open; /* open[g]: group g is still open */
    int open_cap;
    /* Group names: name start, length, group. */
    int *names;
    int nnames, names_cap;
    bool failed;
    int nodes_budget;
    int flags_end; /* where global flags may still stand: right after those at the start */
    int max_cond_ref, max_cond_pos; /* the highest group a (?(N)...) names, and where */
} Parser;

static bool fail_at(Parser *ps, const char *msg, int pos) {
    if (ps->failed) return false;
    ps->failed = true;
    err_msg = (edge_buf){0};
    edge_buf_add_cstr(&err_msg, msg);
    err_pos = pos;
    err_set = true;
    return false;
}
/* A message with a piece of the pattern in it: msg_a + pattern[from:to] + msg_b. */
static bool fail_span(Parser *ps, const char *a, int from, int to, const char *b, int pos) {
    if (ps->failed) return false;
    fail_at(ps, a, pos);
    for (int i = from; i < to && i < ps->n; i++) buf_add_cp(&err_msg, ps->p[i]);
    edge_buf_add_cstr(&err_msg, b);
    return false;
}

static Node *node_new(Parser *ps, int type, int pos) {
    Node *n = (Node *)re_alloc(sizeof(Node));
    if (!n) {
        fail_at(ps, "out of memory", pos);
        return NULL;
    }
    memset(n, 0, sizeof *n);
    n->type = type;
    n->pos = pos;
    n->flags = ps->flags;
    return n;
}

static bool node_add(Parser *ps, Node *parent, Node *kid) {
    if (!kid) return false;
    if (parent->nkids == parent->cap) {
        int cap = parent->cap ? parent->cap * 2 : 4;
        Node **k = (Node **)re_realloc(parent->kids, (uint32_t)parent->cap * sizeof(Node *),
                                       (uint32_t)cap * sizeof(Node *));
        if (!k) return fail_at(ps, "out of memory", parent->pos);
        parent->kids = k;
        parent->cap = cap;
    }
    parent->kids[parent->nkids++] = kid;
    return true;
}

static void class_free(Class *c) {
    if (!c) return;
    re_free(c->ranges);
    re_free(c);
}

static void node_free(Node *n) {
    if (!n) return;
    for (int i = 0; i < n->nkids; i++) node_free(n->kids[i]);
    re_free(n->kids);
    if (n->type == N_CLASS && n->cls && n->a == 0) class_free(n->cls);
    re_free(n);
}

static bool class_add_range(Class *c, uint32_t lo, uint32_t hi) {
    if (c->nranges == c->cap) {
        int cap = c->cap ? c->cap * 2 : 4;
        uint32_t *r = (uint32_t *)re_realloc(c->ranges, (uint32_t)c->cap * 8, (uint32_t)cap * 8);
        if (!r) return false;
        c->ranges = r;
        c->cap = cap;
    }
    c->ranges[2 * c->nranges] = lo;
    c->ranges[2 * c->nranges + 1] = hi;
    c->nranges++;
    return true;
}

/* Whether code point ch is in the class, before negation, as written (no case). */
static bool class_has_raw(const Class *c, uint32_t ch) {
    for (int i = 0; i < c->nranges; i++)
        if (ch >= c->ranges[2 * i] && ch <= c->ranges[2 * i + 1]) return true;
    int k = c->cats;
    if (k) {
        bool a = c->ascii;
        if ((k & CAT_DIGIT) && is_digit(ch, a)) return true;
        if ((k & CAT_NOT_DIGIT) && !is_digit(ch, a)) return true;
        if ((k & CAT_WORD) && is_word(ch, a)) return true;
        if ((k & CAT_NOT_WORD) && !is_word(ch, a)) return true;
        if ((k & CAT_SPACE) && is_space(ch, a)) return true;
        if ((k & CAT_NOT_SPACE) && !is_space(ch, a)) return true;
    }
    return false;
}

static bool class_has(const Class *c, uint32_t ch) {
    bool in = class_has_raw(c, ch);
    if (!in && c->icase) {
        uint32_t l = lower_of(ch, c->ascii), u = upper_of(ch, c->ascii);
        in = (l != ch && class_has_raw(c, l)) || (u != ch && class_has_raw(c, u));
        if (!in) {
            /* A range written in one case, met in the other (U+212A KELVIN SIGN
             * lowers to 'k', so [a-z] with IGNORECASE holds it). */
            uint32_t ul = upper_of(l, c->ascii), lu = lower_of(u, c->ascii);
            in = (ul != ch && ul != u && class_has_raw(c, ul)) ||
                 (lu != ch && lu != l && class_has_raw(c, lu));
        }
    }
    return in != c->negate;
}

static void class_finish(Class *c) {
    for (uint32_t ch = 0; ch < 256; ch++)
        if (class_has(c, ch)) c->bits[ch >> 5] |= (uint32_t)1 << (ch & 31);
}

static inline bool class_match(const Class *c, uint32_t ch) {
    if (ch < 256) return (c->bits[ch >> 5] >> (ch & 31)) & 1;
    return class_has(c, ch);
}

static Class *class_new(Parser *ps, int flags) {
    Class *c = (Class *)re_alloc(sizeof(Class));
    if (!c) {
        fail_at(ps, "out of memory", ps->i);
        return NULL;
    }
    memset(c, 0, sizeof *c);
    c->icase = (flags & F_IGNORECASE) != 0;
    c->ascii = (flags & F_ASCII) != 0;
    return c;
}

static Node *class_node(Parser *ps, int cats, int pos) {
    Node *n = node_new(ps, N_CLASS, pos);
    if (!n) return NULL;
    n->cls = class_new(ps, ps->flags);
    if (!n->cls) return NULL;
    n->cls->cats = cats;
    n->cls->icase = false; /* \d \w \s are closed under case already */
    class_finish(n->cls);
    return n;
}

static inline bool at_end(Parser *ps) { return ps->i >= ps->n; }
static inline uint32_t peek(Parser *ps) { return ps->i < ps->n ? ps->p[ps->i] : 0; }

static bool is_ascii_letter(uint32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static bool is_dec(uint32_t c) { return c >= '0' && c <= '9'; }
static bool is_oct(uint32_t c) { return c >= '0' && c <= '7'; }
static int hex_val(uint32_t c) {
    if (c >= '0' && c <= '9') return (int)(c - '0');
    if (c >= 'a' && c <= 'f') return (int)(c - 'a' + 10);
    if (c >= 'A' && c <= 'F') return (int)(c - 'A' + 10);
    return -1;
}

/* Skips VERBOSE whitespace and comments. */
static void skip_verbose(Parser *ps) {
    if (!(ps->flags & F_VERBOSE)) return;
    while (!at_end(ps)) {
        uint32_t c = peek(ps);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
            ps->i++;
        } else if (c == '#') {
            while (!at_end(ps) && peek(ps) != '\n') ps->i++;
        } else {
            break;
        }
    }
}

/* The escapes that stand for one character, in and out of classes: \a \f \n ... \x \u \U
 * \0 and octal. `start` is the backslash; ps->i is past the escape letter. Returns the
 * code point, or -1 after an error. */
static int64_t escape_char(Parser *ps, uint32_t c, int start, bool in_class) {
    switch (c) {
    case 'a':
        return 7;
    case 'f':
        return 12;
    case 'n':
        return 10;
    case 'r':
        return 13;
    case 't':
        return 9;
    case 'v':
        return 11;
    case '\\':
        return '\\';
    case 'x':
    case 'u':
    case 'U': {
        int digits = c == 'x' ? 2 : c == 'u' ? 4 : 8;
        uint32_t v = 0;
        for (int k = 0; k < digits; k++) {
            int h = hex_val(peek(ps));
            if (at_end(ps) || h < 0) {
                fail_span(ps, "incomplete escape ", start, ps->i, "", start);
                return -1;
            }
            v = v * 16 + (uint32_t)h;
            ps->i++;
        }
        if (v > 0x10FFFF) {
            fail_span(ps, "bad escape ", start, ps->i, "", start);
            return -1;
        }
        return v;
    }
    case '0': {
        uint32_t v = 0;
        for (int k = 0; k < 2 && is_oct(peek(ps)) && !at_end(ps); k++)
            v = v * 8 + (ps->p[ps->i++] - '0');
        return v;
    }
    default:
        if (is_oct(c) && in_class) {
            uint32_t v = c - '0';
            for (int k = 0; k < 2 && !at_end(ps) && is_oct(peek(ps)); k++)
                v = v * 8 + (ps->p[ps->i++] - '0');
            if (v > 0377) {
                fail_span(ps, "octal escape value ", start, ps->i, " outside of range 0-0o377",
                          start);
                return -1;
            }
            return v;
        }
        if (is_dec(c) || is_ascii_letter(c)) {
            fail_span(ps, "bad escape ", start, start + 2, "", start);
            return -1;
        }
        return c;
    }
}

static Node *parse_alt(Parser *ps, int depth);

/* A character class; ps->i is past '['. */
static Node *parse_class(Parser *ps, int open) {
    Node *n = node_new(ps, N_CLASS, open);
    if (!n) return NULL;
    Class *c = n->cls = class_new(ps, ps->flags);
    if (!c) return NULL;
    if (peek(ps) == '^' && !at_end(ps)) {
        c->negate = true;
        ps->i++;
    }
    bool first = true;
    for (;;) {
        if (at_end(ps)) {
            fail_at(ps, "unterminated character set", open);
            return n;
        }
        int here = ps->i;
        uint32_t ch = ps->p[ps->i++];
        if (ch == ']' && !first) break;
        first = false;
        int64_t lo;
        int cat = 0;
        if (ch == '\\') {
            if (at_end(ps)) {
                fail_at(ps, "bad escape (end of pattern)", here);
                return n;
            }
            uint32_t e = ps->p[ps->i++];
            if (e == 'd')
                cat = CAT_DIGIT;
            else if (e == 'D')
                cat = CAT_NOT_DIGIT;
            else if (e == 'w')
                cat = CAT_WORD;
            else if (e == 'W')
                cat = CAT_NOT_WORD;
            else if (e == 's')
                cat = CAT_SPACE;
            else if (e == 'S')
                cat = CAT_NOT_SPACE;
            else if (e == 'b')
                lo = 8;
            else {
                lo = escape_char(ps, e, here, true);
                if (lo < 0) return n;
            }
            if (e == 'b') lo = 8;
        } else {
            lo = ch;
        }
        if (cat) {
            c->cats |= cat;
            if (peek(ps) == '-' && ps->i + 1 < ps->n && ps->p[ps->i + 1] != ']') {
                fail_span(ps, "bad character range ", here, ps->i + 2, "", here);
                return n;
            }
            continue;
        }
        /* A range? */
        if (peek(ps) == '-' && !at_end(ps) && ps->i + 1 < ps->n && ps->p[ps->i + 1] != ']') {
            ps->i++;
            int hstart = ps->i;
            uint32_t h = ps->p[ps->i++];
            int64_t hi;
            if (h == '\\') {
                if (at_end(ps)) {
                    fail_at(ps, "bad escape (end of pattern)", hstart);
                    return n;
                }
                uint32_t e = ps->p[ps->i++];
                if (e == 'd' || e == 'D' || e == 'w' || e == 'W' || e == 's' || e == 'S') {
                    fail_span(ps, "bad character range ", here, ps->i, "", here);
                    return n;
                }
                hi = e == 'b' ? 8 : escape_char(ps, e, hstart, true);
                if (hi < 0) return n;
            } else {
                hi = h;
            }
            if (hi < lo) {
                fail_span(ps, "bad character range ", here, ps->i, "", here);
                return n;
            }
            if (!class_add_range(c, (uint32_t)lo, (uint32_t)hi)) {
                fail_at(ps, "out of memory", here);
                return n;
            }
        } else if (peek(ps) == '-' && ps->i + 1 >= ps->n) {
            ps->i++;
            fail_at(ps, "unterminated character set", open);
            return n;
        } else if (!class_add_range(c, (uint32_t)lo, (uint32_t)lo)) {
            fail_at(ps, "out of memory", here);
            return n;
        }
    }
    if (c->icase) {
        /* Characters that fold to a member without being its lower or upper case ('ß'
         * for [ẞ], 'i' for [ı]): the members' case images join the class. */
        int nr = c->nranges;
        for (int r = 0; r < nr; r++) {
            uint32_t lo = c->ranges[2 * r], hi = c->ranges[2 * r + 1];
            if (hi - lo > 512) continue;
            for (uint32_t m = lo; m <= hi; m++) {
                uint32_t l = lower_of(m, c->ascii), u = upper_of(m, c->ascii);
                uint32_t img[4] = {l, u, lower_of(u, c->ascii), upper_of(l, c->ascii)};
                for (int k = 0; k < 4; k++)
                    if ((img[k] < lo || img[k] > hi) && !class_add_range(c, img[k], img[k])) {
                        fail_at(ps, "out of memory", open);
                        return n;
                    }
            }
        }
    }
    class_finish(c);
    return n;
}

static bool name_char(uint32_t c, bool first) {
    if (c == '_' || is_ascii_letter(c)) return true;
    if (!first && is_dec(c)) return true;
    return c >= 128 && is_word(c, false) && !(first && is_digit(c, false));
}

static int find_name(Parser *ps, int start, int len) {
    for (int k = 0; k < ps->nnames; k++) {
        int s = ps->names[3 * k], l = ps->names[3 * k + 1];
        if (l == len && memcmp(ps->p + s, ps->p + start, (uint32_t)len * 4) == 0)
            return ps->names[3 * k + 2];
    }
    return -1;
}

/* Reads a group name up to `term`; returns its start and sets *len; -1 after an error. */
static int read_name(Parser *ps, uint32_t term, int *len, const char *what) {
    int start = ps->i;
    while (!at_end(ps) && peek(ps) != term) ps->i++;
    if (at_end(ps)) {
        if (term == '>')
            fail_at(ps, "missing >, unterminated name", start);
        else
            fail_at(ps, "missing ), unterminated name", start);
        return -1;
    }
    *len = ps->i - start;
    ps->i++;
    if (*len == 0) {
        fail_at(ps, "missing group name", start);
        return -1;
    }
    bool ok = true;
    for (int k = 0; k < *len; k++)
        if (!name_char(ps->p[start + k], k == 0)) ok = false;
    if (!ok) {
        (void)what;
        fail_span(ps, "bad character in group name '", start, start + *len, "'", start);
        return -1;
    }
    return start;
}

static bool group_is_open(Parser *ps, int g) { return g < ps->open_cap && ps->open[g]; }

/* A reference to a group by number, \N: `start` is the backslash. */
static Node *backref(Parser *ps, int g, int start, int end) {
    if (g > ps->ngroups || g >= 100) {
        fail_span(ps, "invalid group reference ", start + 1, end, "", start + 1);
        return NULL;
    }
    if (group_is_open(ps, g)) {
        fail_at(ps, "cannot refer to an open group", start);
        return NULL;
    }
    Node *n = node_new(ps, N_BACKREF, start);
    if (n) n->a = g;
    return n;
}

static bool set_open(Parser *ps, int g, bool open) {
    if (g >= ps->open_cap) {
        int cap = ps->open_cap ? ps->open_cap * 2 : 16;
        while (cap <= g) cap *= 2;
        uint32_t *o =
            (uint32_t *)re_realloc(ps->open, (uint32_t)ps->open_cap * 4, (uint32_t)cap * 4);
        if (!o) return fail_at(ps, "out of memory", ps->i);
        memset(o + ps->open_cap, 0, (uint32_t)(cap - ps->open_cap) * 4);
        ps->open = o;
        ps->open_cap = cap;
    }
    ps->open[g] = open;
    return true;
}

static int flag_of(uint32_t c) {
    switch (c) {
    case 'i':
        return F_IGNORECASE;
    case 'L':
        return F_LOCALE;
    case 'm':
        return F_MULTILINE;
    case 's':
        return F_DOTALL;
    case 'x':
        return F_VERBOSE;
    case 'a':
        return F_ASCII;
    case 'u':
        return F_UNICODE;
    default:
        return 0;
    }
}

/* Inline flags after "(?": either global "(?imsx)" or scoped "(?i-s:...)". Returns the
 * node of a scoped group, an empty node for global flags, NULL after an error. */
static Node *parse_flags(Parser *ps, int open, int depth) {
    int add = 0, del = 0;
    uint32_t c = peek(ps);
    while (!at_end(ps) && flag_of(c = peek(ps))) {
        int f = flag_of(c);
        if (f == F_LOCALE) {
            fail_at(ps, "bad inline flags: cannot use 'L' flag with a str pattern", ps->i + 1);
            return NULL;
        }
        add |= f;
        ps->i++;
        if ((add & F_ASCII) && (add & F_UNICODE)) {
            fail_at(ps, "bad inline flags: flags 'a', 'u' and 'L' are incompatible", ps->i);
            return NULL;
        }
    }
    if (at_end(ps)) {
        fail_at(ps, "missing -, : or )", ps->i);
        return NULL;
    }
    if (c == ')') {
        ps->i++;
        if (open != ps->flags_end) {
            fail_at(ps, "global flags not at the start of the expression", open);
            return NULL;
        }
        ps->flags_end = ps->i;
        ps->flags |= add;
        return node_new(ps, N_EMPTY, open);
    }
    if (c == '-') {
        ps->i++;
        if (at_end(ps)) {
            fail_at(ps, "missing flag", ps->i);
            return NULL;
        }
        c = peek(ps);
        if (!flag_of(c)) {
            fail_at(ps, "missing flag", ps->i);
            return NULL;
        }
        while (!at_end(ps) && flag_of(c = peek(ps))) {
            int f = flag_of(c);
            if (f == F_ASCII || f == F_UNICODE || f == F_LOCALE) {
                fail_at(ps, "bad inline flags: cannot turn off flags 'a', 'u' and 'L'", ps->i + 1);
                return NULL;
            }
            del |= f;
            ps->i++;
        }
        if (at_end(ps)) {
            fail_at(ps, "missing :", ps->i);
            return NULL;
        }
        if (c != ':') {
            fail_at(ps, c == ')' ? "missing :" : "unknown flag", ps->i);
            return NULL;
        }
        if (add & del) {
            fail_at(ps, "bad inline flags: flag turned on and off", ps->i);
            return NULL;
        }
    } else if (c != ':') {
        if (is_ascii_letter(c))
            fail_at(ps, "unknown flag", ps->i);
        else
            fail_at(ps, "missing -, : or )", ps->i);
        return NULL;
    }
    ps->i++; /* ':' */
    int saved = ps->flags;
    ps->flags = (ps->flags | add) & ~del;
    if (add & F_ASCII) ps->flags &= ~F_UNICODE;
    Node *body = parse_alt(ps, depth + 1);
    ps->flags = saved;
    if (!body) return NULL;
    if (peek(ps) != ')' || at_end(ps)) {
        fail_at(ps, "missing ), unterminated subpattern", open);
        return NULL;
    }
    ps->i++;
    return body;
}

/* The atom at ps->i: a character, a class, a group, an escape. NULL after an error; an
 * N_EMPTY node for things that match nothing (comments, global flags). */
static Node *parse_atom(Parser *ps, int depth) {
    int start = ps->i;
    uint32_t c = ps->p[ps->i++];
    switch (c) {
    case '.':
        return node_new(ps, N_ANY, start);
    case '^': {
        Node *n = node_new(ps, N_ASSERT, start);
        if (n) n->a = ps->flags & F_MULTILINE ? AT_BEGIN_LINE : AT_BEGIN;
        return n;
    }
    case '$': {
        Node *n = node_new(ps, N_ASSERT, start);
        if (n) n->a = ps->flags & F_MULTILINE ? AT_END_LINE : AT_END;
        return n;
    }
    case '[':
        return parse_class(ps, start);
    case '\\': {
        if (at_end(ps)) {
            fail_at(ps, "bad escape (end of pattern)", start);
            return NULL;
        }
        uint32_t e = ps->p[ps->i++];
        int at = -1, cat = 0;
        switch (e) {
        case 'A':
            at = AT_BEGIN_STRING;
            break;
        case 'Z':
            at = AT_END_STRING;
            break;
        case 'b':
            at = AT_BOUNDARY;
            break;
        case 'B':
            at = AT_NON_BOUNDARY;
            break;
        case 'd':
            cat = CAT_DIGIT;
            break;
        case 'D':
            cat = CAT_NOT_DIGIT;
            break;
        case 'w':
            cat = CAT_WORD;
            break;
        case 'W':
            cat = CAT_NOT_WORD;
            break;
        case 's':
            cat = CAT_SPACE;
            break;
        case 'S':
            cat = CAT_NOT_SPACE;
            break;
        default:
            break;
        }
        if (at >= 0) {
            Node *n = node_new(ps, N_ASSERT, start);
            if (n) n->a = at;
            return n;
        }
        if (cat) return class_node(ps, cat, start);
        if (e >= '1' && e <= '9') {
            /* Octal when three octal digits, else a group reference of one or two digits. */
            if (is_oct(e) && ps->i + 1 < ps->n && is_oct(ps->p[ps->i]) &&
                is_oct(ps->p[ps->i + 1])) {
                uint32_t v = (e - '0') * 64 + (ps->p[ps->i] - '0') * 8 + (ps->p[ps->i + 1] - '0');
                ps->i += 2;
                if (v > 0377) {
                    fail_span(ps, "octal escape value ", start, ps->i, " outside of range 0-0o377",
                              start);
                    return NULL;
                }
                Node *n = node_new(ps, N_CHAR, start);
                if (n) n->a = (int)v;
                return n;
            }
            int g = (int)(e - '0');
            if (!at_end(ps) && is_dec(peek(ps))) g = g * 10 + (int)(ps->p[ps->i++] - '0');
            return backref(ps, g, start, ps->i);
        }
        if (e == 'N') {
            /* Named characters need the Unicode name database, which the module lacks. */
            if (peek(ps) != '{' || at_end(ps)) {
                fail_at(ps, "missing {", ps->i);
                return NULL;
            }
            int s = ps->i + 1;
            while (!at_end(ps) && peek(ps) != '}') ps->i++;
            if (at_end(ps)) {
                fail_at(ps, "missing }, unterminated name", s);
                return NULL;
            }
            fail_span(ps, "undefined character name '", s, ps->i, "'", start);
            return NULL;
        }
        int64_t v = escape_char(ps, e, start, false);
        if (v < 0) return NULL;
        Node *n = node_new(ps, N_CHAR, start);
        if (n) n->a = (int)v;
        return n;
    }
    case '(': {
        int group = -1, look = -1;
        bool atomic = false;
        int name_start = 0, name_len = 0;
        if (peek(ps) == '?' && !at_end(ps)) {
            ps->i++;
            if (at_end(ps)) {
                fail_at(ps, "unexpected end of pattern", ps->i);
                return NULL;
            }
            uint32_t k = ps->p[ps->i++];
            if (k == ':') {
                /* non-capturing */
            } else if (k == 'P') {
                if (at_end(ps)) {
                    fail_at(ps, "unexpected end of pattern", ps->i);
                    return NULL;
                }
                uint32_t k2 = ps->p[ps->i++];
                if (k2 == '<') {
                    name_start = read_name(ps, '>', &name_len, "group");
                    if (name_start < 0) return NULL;
                    group = 0;
                } else if (k2 == '=') {
                    int len;
                    int s = read_name(ps, ')', &len, "group");
                    if (s < 0) return NULL;
                    int g = find_name(ps, s, len);
                    if (g < 0) {
                        fail_span(ps, "unknown group name '", s, s + len, "'", s);
                        return NULL;
                    }
                    if (group_is_open(ps, g)) {
                        fail_at(ps, "cannot refer to an open group", s);
                        return NULL;
                    }
                    Node *n = node_new(ps, N_BACKREF, start);
                    if (n) n->a = g;
                    return n;
                } else {
                    fail_span(ps, "unknown extension ?P", ps->i - 1, ps->i, "", ps->i - 3);
                    return NULL;
                }
            } else if (k == '#') {
                while (!at_end(ps) && peek(ps) != ')') ps->i++;
                if (at_end(ps)) {
                    fail_at(ps, "missing ), unterminated comment", start);
                    return NULL;
                }
                ps->i++;
                return node_new(ps, N_EMPTY, start);
            } else if (k == '=') {
                look = LK_AHEAD;
            } else if (k == '!') {
                look = LK_NOT_AHEAD;
            } else if (k == '<') {
                if (at_end(ps)) {
                    fail_at(ps, "unexpected end of pattern", ps->i);
                    return NULL;
                }
                uint32_t k2 = ps->p[ps->i++];
                if (k2 == '=')
                    look = LK_BEHIND;
                else if (k2 == '!')
                    look = LK_NOT_BEHIND;
                else {
                    fail_span(ps, "unknown extension ?<", ps->i - 1, ps->i, "", ps->i - 3);
                    return NULL;
                }
            } else if (k == '>') {
                atomic = true;
            } else if (k == '(') {
                /* (?(group)yes|no) */
                int s = ps->i;
                while (!at_end(ps) && peek(ps) != ')') ps->i++;
                if (at_end(ps)) {
                    fail_at(ps, "missing ), unterminated name", s);
                    return NULL;
                }
                int len = ps->i - s;
                ps->i++;
                if (len == 0) {
                    fail_at(ps, "missing group name", s);
                    return NULL;
                }
                int g = -1;
                bool digits = true, ident = true;
                for (int q = 0; q < len; q++) {
                    if (!is_dec(ps->p[s + q])) digits = false;
                    if (!name_char(ps->p[s + q], q == 0)) ident = false;
                }
                if (!digits && !ident) {
                    fail_span(ps, "bad character in group name '", s, s + len, "'", s);
                    return NULL;
                }
                if (digits) {
                    g = 0;
                    for (int q = 0; q < len; q++) g = g * 10 + (int)(ps->p[s + q] - '0');
                    if (g == 0) {
                        fail_at(ps, "bad group number", s);
                        return NULL;
                    }
                    /* A later group will do: checked once the whole pattern is read. */
                    if (g >= 100) {
                        fail_span(ps, "invalid group reference ", s, s + len, "", s);
                        return NULL;
                    }
                    if (g > ps->max_cond_ref) ps->max_cond_ref = g, ps->max_cond_pos = s;
                } else {
                    g = find_name(ps, s, len);
                    if (g < 0) {
                        fail_span(ps, "unknown group name '", s, s + len, "'", s);
                        return NULL;
                    }
                }
                Node *n = node_new(ps, N_COND, start);
                if (!n) return NULL;
                n->a = g;
                Node *yes = parse_alt(ps, depth + 1);
                if (!yes) return NULL;
                /* parse_alt stops at ')' — an alternation here has two branches at most */
                if (yes->type == N_ALT) {
                    if (yes->nkids > 2) {
                        fail_at(ps, "conditional backref with more than two branches",
                                yes->kids[2]->pos - 1);
                        return NULL;
                    }
                    node_add(ps, n, yes->kids[0]);
                    node_add(ps, n, yes->kids[1]);
                    yes->nkids = 0;
                    node_free(yes);
                } else {
                    node_add(ps, n, yes);
                }
                if (at_end(ps)) {
                    fail_at(ps, "missing ), unterminated subpattern", start);
                    return NULL;
                }
                ps->i++;
                return n;
            } else if (flag_of(k) || k == '-') {
                ps->i--;
                return parse_flags(ps, start, depth);
            } else {
                fail_span(ps, "unknown extension ?", ps->i - 1, ps->i, "", ps->i - 2);
                return NULL;
            }
        } else {
            group = 0;
        }
        if (group == 0) {
            group = ++ps->ngroups;
            if (group >= 100) {
                fail_at(ps, "too many groups", start);
                return NULL;
            }
            if (name_len) {
                int prev = find_name(ps, name_start, name_len);
                if (prev >= 0) {
                    edge_buf b = {0};
                    fail_span(ps, "redefinition of group name '", name_start, name_start + name_len,
                              "' as group ", name_start);
                    edge_buf_add_int(&err_msg, group);
                    edge_buf_add_cstr(&err_msg, "; was group ");
                    edge_buf_add_int(&err_msg, prev);
                    (void)b;
                    return NULL;
                }
                if (ps->nnames == ps->names_cap) {
                    int cap = ps->names_cap ? ps->names_cap * 2 : 8;
                    int *nn = (int *)re_realloc(ps->names, (uint32_t)ps->names_cap * 12,
                                                (uint32_t)cap * 12);
                    if (!nn) {
                        fail_at(ps, "out of memory", start);
                        return NULL;
                    }
                    ps->names = nn;
                    ps->names_cap = cap;
                }
                ps->names[3 * ps->nnames] = name_start;
                ps->names[3 * ps->nnames + 1] = name_len;
                ps->names[3 * ps->nnames + 2] = group;
                ps->nnames++;
            }
            if (!set_open(ps, group, true)) return NULL;
        }
        Node *body = parse_alt(ps, depth + 1);
        if (!body) return NULL;
        if (at_end(ps)) {
            fail_at(ps, "missing ), unterminated subpattern", start);
            node_free(body);
            return NULL;
        }
        ps->i++;
        if (group > 0) {
            set_open(ps, group, false);
            Node *n = node_new(ps, N_GROUP, start);
            if (!n) return NULL;
            n->a = group;
            node_add(ps, n, body);
            return n;
        }
        if (look >= 0 || atomic) {
            Node *n = node_new(ps, atomic ? N_ATOMIC : N_LOOK, start);
            if (!n) return NULL;
            n->a = atomic ? LK_ATOMIC : look;
            n->b = ps->i; /* the end, for the lookbehind error */
            node_add(ps, n, body);
            return n;
        }
        return body;
    }
    default: {
        Node *n = node_new(ps, N_CHAR, start);
        if (n) n->a = (int)c;
        return n;
    }
    }
}

/* A quantifier at ps->i? Reads it into min/max; false (and ps->i unchanged) if none. */
static bool parse_quant(Parser *ps, int64_t *min, int64_t *max) {
    uint32_t c = peek(ps);
    if (at_end(ps)) return false;
    if (c == '*')
        *min = 0, *max = -1;
    else if (c == '+')
        *min = 1, *max = -1;
    else if (c == '?')
        *min = 0, *max = 1;
    else if (c == '{') {
        int j = ps->i + 1;
        int64_t lo = 0, hi = -1;
        bool has_lo = false, has_hi = false;
        while (j < ps->n && is_dec(ps->p[j])) {
            lo = lo * 10 + (ps->p[j++] - '0');
            if (lo > 0xFFFFFFFFll) lo = 0x100000000ll;
            has_lo = true;
        }
        if (j < ps->n && ps->p[j] == ',') {
            j++;
            int64_t h = 0;
            while (j < ps->n && is_dec(ps->p[j])) {
                h = h * 10 + (ps->p[j++] - '0');
                if (h > 0xFFFFFFFFll) h = 0x100000000ll;
                has_hi = true;
            }
            if (has_hi) hi = h;
        } else {
            if (!has_lo) return false;
            hi = lo;
            has_hi = true;
        }
        if (j >= ps->n || ps->p[j] != '}') return false;
        if (!has_lo) lo = 0;
        if (lo >= 0xFFFFFFFFll || (has_hi && hi >= 0xFFFFFFFFll)) {
            fail_at(ps,
                    "\x01"
                    "the repetition number is too large",
                    ps->i);
            return false;
        }
        if (has_hi && hi < lo) {
            fail_at(ps, "min repeat greater than max repeat", ps->i + 1);
            return false;
        }
        *min = lo;
        *max = hi;
        ps->i = j; /* at '}' */
    } else
        return false;
    ps->i++;
    return true;
}

/* A sequence of atoms with their quantifiers, up to '|' or ')' or the end. */
static Node *parse_seq(Parser *ps, int depth) {
    Node *cat = node_new(ps, N_CAT, ps->i);
    if (!cat) return NULL;
    for (;;) {
        skip_verbose(ps);
        if (at_end(ps) || peek(ps) == '|' || peek(ps) == ')') break;
        int here = ps->i;
        int64_t mn, mx;
        if (parse_quant(ps, &mn, &mx)) {
            fail_at(ps, "nothing to repeat", here);
            return NULL;
        }
        if (ps->failed) return NULL;
        Node *atom = parse_atom(ps, depth);
        if (!atom || ps->failed) return NULL;
        for (;;) {
            skip_verbose(ps);
            int qpos = ps->i;
            if (!parse_quant(ps, &mn, &mx)) {
                if (ps->failed) return NULL;
                break;
            }
            if (atom->type == N_EMPTY || atom->type == N_ASSERT) {
                fail_at(ps, "nothing to repeat", qpos);
                return NULL;
            }
            if (atom->type == N_REPEAT && atom->b != -2) {
                fail_at(ps, "multiple repeat", qpos);
                return NULL;
            }
            int mode = 0;
            if (peek(ps) == '?' && !at_end(ps))
                ps->i++, mode = 1;
            else if (peek(ps) == '+' && !at_end(ps))
                ps->i++, mode = 2;
            Node *r = node_new(ps, N_REPEAT, qpos);
            if (!r) return NULL;
            r->a = (int)mn;
            r->b = (int)mx;
            r->c = mode;
            node_add(ps, r, atom);
            atom = r;
        }
        if (atom->type != N_EMPTY) {
            if (!node_add(ps, cat, atom)) return NULL;
        } else {
            node_free(atom);
        }
        if (--ps->nodes_budget < 0) {
            fail_at(ps, "pattern too large", here);
            return NULL;
        }
    }
    return cat;
}

static Node *parse_alt(Parser *ps, int depth) {
    if (depth > 200) {
        fail_at(ps, "too many nested groups", ps->i);
        return NULL;
    }
    Node *first = parse_seq(ps, depth);
    if (!first) return NULL;
    if (at_end(ps) || peek(ps) != '|') return first;
    Node *alt = node_new(ps, N_ALT, first->pos);
    if (!alt || !node_add(ps, alt, first)) return NULL;
    while (!at_end(ps) && peek(ps) == '|') {
        ps->i++;
        Node *next = parse_seq(ps, depth);
        if (!next || !node_add(ps, alt, next)) return NULL;
    }
    return alt;
}

/* ---------------------------------------------------------------- checks */

/* The fixed width of a node, or -1 when it varies. */
static int64_t width_of(const Node *n) {
    switch (n->type) {
    case N_EMPTY:
    case N_ASSERT:
    case N_LOOK:
        return 0;
    case N_CHAR:
    case N_ANY:
    case N_CLASS:
        return 1;
    case N_CAT: {
        int64_t w = 0;
        for (int i = 0; i < n->nkids; i++) {
            int64_t k = width_of(n->kids[i]);
            if (k < 0) return -1;
            w += k;
        }
        return w;
    }
    case N_ALT: {
        int64_t w = -2;
        for (int i = 0; i < n->nkids; i++) {
            int64_t k = width_of(n->kids[i]);
            if (k < 0 || (w != -2 && k != w)) return -1;
            w = k;
        }
        return w < 0 ? 0 : w;
    }
    case N_REPEAT: {
        if (n->a != n->b) return -1;
        int64_t k = width_of(n->kids[0]);
        return k < 0 ? -1 : k * n->a;
    }
    case N_GROUP:
    case N_ATOMIC:
        return width_of(n->kids[0]);
    case N_COND: {
        int64_t y = width_of(n->kids[0]);
        int64_t no = n->nkids > 1 ? width_of(n->kids[1]) : 0;
        return y >= 0 && y == no ? y : -1;
    }
    default:
        return -1; /* backreferences */
    }
}

static bool check_tree(Parser *ps, const Node *n) {
    if (n->type == N_LOOK && (n->a == LK_BEHIND || n->a == LK_NOT_BEHIND)) {
        int64_t w = width_of(n->kids[0]);
        if (w < 0) return fail_at(ps, "look-behind requires fixed-width pattern", -1);
    }
    for (int i = 0; i < n->nkids; i++)
        if (!check_tree(ps, n->kids[i])) return false;
    return true;
}

/* ---------------------------------------------------------------- the compiler */

typedef struct Compiler {
    Program *prog;
    int cap;
    int nloops;
    bool failed;
} Compiler;

static int emit(Compiler *cc, int32_t w) {
    Program *p = cc->prog;
    if (p->ncode == cc->cap) {
        int cap = cc->cap ? cc->cap * 2 : 64;
        int32_t *c = (int32_t *)re_realloc(p->code, (uint32_t)cc->cap * 4, (uint32_t)cap * 4);
        if (!c) {
            cc->failed = true;
            return p->ncode;
        }
        p->code = c;
        cc->cap = cap;
    }
    p->code[p->ncode] = w;
    return p->ncode++;
}

static int add_class(Compiler *cc, Class *c) {
    Program *p = cc->prog;
    Class **cs = (Class **)re_realloc(p->classes, (uint32_t)p->nclasses * 4,
                                      (uint32_t)(p->nclasses + 1) * 4);
    if (!cs) {
        cc->failed = true;
        return 0;
    }
    p->classes = cs;
    cs[p->nclasses] = c;
    return p->nclasses++;
}

static bool single_char(const Node *n) {
    return n->type == N_CHAR || n->type == N_ANY || n->type == N_CLASS;
}

static void compile_node(Compiler *cc, Node *n);

static void compile_char(Compiler *cc, Node *n) {
    switch (n->type) {
    case N_CHAR: {
        uint32_t c = (uint32_t)n->a;
        bool ascii = (n->flags & F_ASCII) != 0;
        if (n->flags & F_IGNORECASE) {
            uint32_t l = lower_of(c, ascii), u = upper_of(c, ascii);
            /* Other characters may fold to one without a case of its own ('ẞ' lowers
             * to 'ß'): every non-ASCII character is compared folded. */
            if (l != c || u != c || (c >= 128 && !ascii)) {
                emit(cc, OP_CHARI);
                emit(cc, (int32_t)l);
                emit(cc, (int32_t)u);
                emit(cc, (int32_t)lower_of(u, ascii));
                emit(cc, ascii);
                return;
            }
        }
        emit(cc, OP_CHAR);
        emit(cc, (int32_t)c);
        return;
    }
    case N_ANY:
        emit(cc, n->flags & F_DOTALL ? OP_ANYALL : OP_ANY);
        return;
    case N_CLASS:
        emit(cc, OP_CLASS);
        emit(cc, add_class(cc, n->cls));
        n->a = 1; /* the program owns the class now */
        return;
    default:
        return;
    }
}

static void compile_node(Compiler *cc, Node *n) {
    Program *p = cc->prog;
    switch (n->type) {
    case N_EMPTY:
        return;
    case N_CHAR:
        if (!(n->flags & F_IGNORECASE)) {
            /* Runs of plain characters become one OP_STR (see N_CAT). */
        }
        compile_char(cc, n);
        return;
    case N_ANY:
    case N_CLASS:
        compile_char(cc, n);
        return;
    case N_CAT:
        for (int i = 0; i < n->nkids; i++) {
            /* A run of two or more case-sensitive characters: one OP_STR. */
            int j = i;
            while (j < n->nkids && n->kids[j]->type == N_CHAR &&
                   !(n->kids[j]->flags & F_IGNORECASE))
                j++;
            if (j - i >= 2) {
                emit(cc, OP_STR);
                emit(cc, j - i);
                for (int k = i; k < j; k++) emit(cc, n->kids[k]->a);
                i = j - 1;
                continue;
            }
            compile_node(cc, n->kids[i]);
        }
        return;
    case N_ALT: {
        /* SPLIT next1, L1; alt0; JMP end; L1: SPLIT ... */
        int jumps[256];
        int nj = 0;
        int *jl = jumps;
        int big = 0;
        if (n->nkids > 256) {
            jl = (int *)re_alloc((uint32_t)n->nkids * 4);
            if (!jl) {
                cc->failed = true;
                return;
            }
            big = 1;
        }
        for (int i = 0; i < n->nkids; i++) {
            int split = -1;
            if (i < n->nkids - 1) {
                split = emit(cc, OP_SPLIT);
                emit(cc, 0);
                emit(cc, 0);
                if (!cc->failed) p->code[split + 1] = p->ncode;
            }
            compile_node(cc, n->kids[i]);
            if (i < n->nkids - 1) {
                jl[nj++] = emit(cc, OP_JMP);
                emit(cc, 0);
                if (!cc->failed) p->code[split + 2] = p->ncode;
            }
        }
        if (!cc->failed)
            for (int i = 0; i < nj; i++) p->code[jl[i] + 1] = p->ncode;
        if (big) re_free(jl);
        return;
    }
    case N_GROUP:
        emit(cc, OP_SAVE);
        emit(cc, 2 * n->a);
        compile_node(cc, n->kids[0]);
        emit(cc, OP_SAVE);
        emit(cc, 2 * n->a + 1);
        return;
    case N_REPEAT: {
        Node *k = n->kids[0];
        int mn = n->a, mx = n->b;
        if (n->c == 2) {
            /* possessive: an atomic group around the greedy repeat */
            emit(cc, OP_LOOK);
            emit(cc, LK_ATOMIC);
            emit(cc, 0);
            int at = emit(cc, 0);
            n->c = 0;
            compile_node(cc, n);
            n->c = 2;
            emit(cc, OP_LOOKEND);
            if (!cc->failed) p->code[at] = p->ncode;
            return;
        }
        if (single_char(k)) {
            emit(cc, OP_REP);
            emit(cc, mn);
            emit(cc, mx);
            emit(cc, n->c);
            compile_char(cc, k);
            return;
        }
        if (mn == 0 && mx == 1) {
            int split = emit(cc, OP_SPLIT);
            emit(cc, 0);
            emit(cc, 0);
            int body = p->ncode;
            compile_node(cc, k);
            if (cc->failed) return;
            if (n->c == 0)
                p->code[split + 1] = body, p->code[split + 2] = p->ncode;
            else
                p->code[split + 1] = p->ncode, p->code[split + 2] = body;
            return;
        }
        int slot = cc->nloops++;
        emit(cc, OP_RSTART);
        emit(cc, slot);
        int loop = emit(cc, OP_RLOOP);
        emit(cc, slot);
        emit(cc, mn);
        emit(cc, mx);
        emit(cc, n->c);
        int exit_at = emit(cc, 0);
        emit(cc, OP_RITER);
        emit(cc, slot);
        compile_node(cc, k);
        emit(cc, OP_RINC);
        emit(cc, slot);
        emit(cc, loop);
        if (!cc->failed) p->code[exit_at] = p->ncode;
        return;
    }
    case N_ASSERT:
        emit(cc, OP_ASSERT);
        emit(cc, n->a);
        emit(cc, (n->flags & F_ASCII) != 0);
        return;
    case N_BACKREF:
        emit(cc, OP_BACKREF);
        emit(cc, n->a);
        emit(cc, (n->flags & F_IGNORECASE) ? ((n->flags & F_ASCII) ? 2 : 1) : 0);
        return;
    case N_LOOK:
    case N_ATOMIC: {
        emit(cc, OP_LOOK);
        emit(cc, n->a);
        emit(cc, (n->a == LK_BEHIND || n->a == LK_NOT_BEHIND) ? (int32_t)width_of(n->kids[0]) : 0);
        int at = emit(cc, 0);
        compile_node(cc, n->kids[0]);
        emit(cc, OP_LOOKEND);
        if (!cc->failed) p->code[at] = p->ncode;
        return;
    }
    case N_COND: {
        emit(cc, OP_COND);
        emit(cc, n->a);
        int no_at = emit(cc, 0);
        compile_node(cc, n->kids[0]);
        emit(cc, OP_JMP);
        int end_at = emit(cc, 0);
        if (!cc->failed) p->code[no_at] = p->ncode;
        if (n->nkids > 1) compile_node(cc, n->kids[1]);
        if (!cc->failed) p->code[end_at] = p->ncode;
        return;
    }
    default:
        return;
    }
}

/* The code points a match can start with, into p->first. Returns false when the node can
 * match the empty string (so what follows counts too). */
static bool first_set(Program *p, const Node *n) {
    switch (n->type) {
    case N_EMPTY:
    case N_LOOK:
        return false;
    case N_ASSERT:
        return false;
    case N_CHAR: {
        uint32_t c = (uint32_t)n->a;
        uint32_t cs[3] = {c, c, c};
        if (n->flags & F_IGNORECASE) {
            bool a = (n->flags & F_ASCII) != 0;
            cs[1] = lower_of(c, a);
            cs[2] = upper_of(c, a);
            if (!a && c >= 128) p->first_any = true; /* other characters may fold to it */
            if (!a && (c == 'k' || c == 'K' || c == 's' || c == 'S' || c == 'i' || c == 'I'))
                p->first_high = true;
        }
        for (int i = 0; i < 3; i++) {
            if (cs[i] < 256)
                p->first[cs[i] >> 5] |= (uint32_t)1 << (cs[i] & 31);
            else
                p->first_high = true;
        }
        return true;
    }
    case N_ANY:
        for (int i = 0; i < 8; i++)
            p->first[i] |= i || (n->flags & F_DOTALL) ? 0xFFFFFFFFu : ~((uint32_t)1 << 10);
        p->first_high = true;
        return true;
    case N_CLASS:
        for (int i = 0; i < 8; i++) p->first[i] |= n->cls->bits[i];
        p->first_high = true;
        return true;
    case N_CAT:
        for (int i = 0; i < n->nkids; i++)
            if (first_set(p, n->kids[i])) return true;
        return false;
    case N_ALT: {
        bool all = true;
        for (int i = 0; i < n->nkids; i++)
            if (!first_set(p, n->kids[i])) all = false;
        return all;
    }
    case N_REPEAT: {
        bool r = first_set(p, n->kids[0]);
        return r && n->a > 0;
    }
    case N_GROUP:
    case N_ATOMIC:
        return first_set(p, n->kids[0]);
    default:
        p->first_any = true;
        return true;
    }
}

/* ---------------------------------------------------------------- the cache of programs */

#define MAX_PROGRAMS 256
static Program *programs[MAX_PROGRAMS];
static int32_t next_id = 1;
static int evict_next;

static void program_free(Program *p) {
    if (!p) return;
    re_free(p->code);
    for (int i = 0; i < p->nclasses; i++) class_free(p->classes[i]);
    re_free(p->classes);
    re_free(p->src);
    re_free(p);
}

static Program *program_get(int64_t id) {
    if (id <= 0) return NULL;
    Program *p = programs[id % MAX_PROGRAMS];
    return p && p->id == id ? p : NULL;
}

/* The names as "name number ..." kept in the module's memory (edge_buf lives in scratch). */
static char *names_text[MAX_PROGRAMS];
static uint32_t names_len[MAX_PROGRAMS];

/* Compiles `pattern` with `flags`: the handle of the program, or -1 with the error in
 * error_msg() and error_pos(). The same pattern and flags give the same handle while it
 * is cached. */
EDGE_FN(int, compile, str, pattern, int, flags) {
    err_set = false;
    uint32_t *cps = (uint32_t *)re_alloc(pattern.len * 4 + 4);
    if (!cps) return edge_raise("MemoryError", "out of memory in re");
    uint32_t n = utf8_decode(pattern.ptr, pattern.len, cps);
    for (int i = 0; i < MAX_PROGRAMS; i++) {
        Program *q = programs[i];
        if (q && q->srcflags == (int)flags && q->srclen == n && memcmp(q->src, cps, n * 4) == 0) {
            re_free(cps);
            return q->id;
        }
    }
    Parser ps = {0};
    ps.p = cps;
    ps.n = (int)n;
    ps.flags = (int)flags;
    ps.nodes_budget = 1 << 20;
    if ((flags & F_ASCII) && (flags & F_UNICODE)) {
        fail_at(&ps,
                "\x02"
                "ASCII and UNICODE flags are incompatible",
                0);
    }
    if (flags & F_LOCALE)
        fail_at(&ps,
                "\x02"
                "cannot use LOCALE flag with a str pattern",
                0);
    Node *tree = NULL;
    if (!ps.failed) {
        /* Global flags at the very start may turn on VERBOSE, which changes how the rest
         * reads: parse_flags sets ps.flags before the rest is read. */
        tree = parse_alt(&ps, 0);
        if (tree && !ps.failed && !at_end(&ps)) {
            if (peek(&ps) == ')')
                fail_at(&ps, "unbalanced parenthesis", ps.i);
            else
                fail_at(&ps, "internal error", ps.i);
        }
    }
    if (tree && !ps.failed && ps.max_cond_ref > ps.ngroups) {
        fail_at(&ps, "invalid group reference ", ps.max_cond_pos);
        edge_buf_add_int(&err_msg, ps.max_cond_ref);
    }
    if (tree && !ps.failed) check_tree(&ps, tree);
    if (!ps.failed && (ps.flags & F_ASCII) && (ps.flags & F_UNICODE))
        fail_at(&ps,
                "\x02"
                "ASCII and UNICODE flags are incompatible",
                0);
    int64_t result = -1;
    if (!ps.failed) {
        Program *p = (Program *)re_alloc(sizeof(Program));
        if (!p) return edge_raise("MemoryError", "out of memory in re");
        memset(p, 0, sizeof *p);
        Compiler cc = {p, 0, 0, false};
        compile_node(&cc, tree);
        emit(&cc, OP_MATCH);
        p->ngroups = ps.ngroups;
        p->nloops = cc.nloops;
        p->flags = ps.flags | ((ps.flags & F_ASCII) ? 0 : F_UNICODE);
        p->src = cps;
        p->srclen = n;
        p->srcflags = (int)flags;
        cps = NULL;
        if (!first_set(p, tree)) p->first_any = true;
        /* Anchored when the whole pattern starts with \A or ^ outside MULTILINE. */
        const Node *h = tree;
        while (h && h->type == N_CAT && h->nkids) h = h->kids[0];
        while (h && h->type == N_GROUP) {
            h = h->kids[0];
            while (h && h->type == N_CAT && h->nkids) h = h->kids[0];
        }
        p->anchored = h && h->type == N_ASSERT && (h->a == AT_BEGIN || h->a == AT_BEGIN_STRING);
        if (cc.failed) {
            program_free(p);
            node_free(tree);
            return edge_raise("MemoryError", "out of memory in re");
        }
        /* Into the cache: a free slot or the next one round the ring. */
        int slot = -1;
        for (int i = 0; i < MAX_PROGRAMS; i++)
            if (!programs[i]) {
                slot = i;
                break;
            }
        if (slot < 0) {
            slot = evict_next;
            evict_next = (evict_next + 1) % MAX_PROGRAMS;
            program_free(programs[slot]);
        }
        int32_t id = next_id;
        while (id % MAX_PROGRAMS != slot) id++;
        next_id = id + 1;
        p->id = id;
        programs[slot] = p;
        /* The group names, kept with the program. */
        re_free(names_text[slot]);
        names_text[slot] = NULL;
        names_len[slot] = 0;
        if (ps.nnames) {
            edge_buf b = {0};
            for (int k = 0; k < ps.nnames; k++) {
                if (k) edge_buf_add_char(&b, ' ');
                for (int q = 0; q < ps.names[3 * k + 1]; q++)
                    buf_add_cp(&b, p->src[ps.names[3 * k] + q]);
                edge_buf_add_char(&b, ' ');
                edge_buf_add_int(&b, ps.names[3 * k + 2]);
            }
            names_text[slot] = (char *)re_alloc(b.len);
            if (names_text[slot]) {
                memcpy(names_text[slot], b.ptr, b.len);
                names_len[slot] = b.len;
            }
        }
        result = id;
    }
    node_free(tree);
    re_free(ps.open);
    re_free(ps.names);
    re_free(cps);
    return result;
}

/* The last compile error: its message (a leading \x01 means OverflowError, \x02
 * ValueError) and its position in the pattern. */
EDGE_FN0(str, error_msg) { return edge_buf_str(&err_msg); }
EDGE_FN0(int, error_pos) { return err_pos; }

/* What a program is: 0 the number of groups, 1 its flags. */
EDGE_FN(int, info, int, id, int, what) {
    Program *p = program_get(id);
    if (!p) return -1;
    return what == 0 ? p->ngroups : p->flags;
}

EDGE_FN(str, group_names, int, id) {
    Program *p = program_get(id);
    if (!p) return EDGE_STR("");
    int slot = (int)(id % MAX_PROGRAMS);
    return edge_str_make(names_text[slot] ? names_text[slot] : "", names_len[slot]);
}

/* ---------------------------------------------------------------- the matcher */

static uint32_t *subj; /* the subject's code points */
static uint32_t subj_len, subj_cap;

/* Makes `s` the subject of the next runs; returns its length in code points. */
EDGE_FN(int, subject, str, s) {
    if (s.len + 1 > subj_cap) {
        uint32_t cap = subj_cap ? subj_cap : 256;
        while (cap < s.len + 1) cap *= 2;
        re_free(subj);
        subj = (uint32_t *)re_alloc(cap * 4);
        if (!subj) {
            subj_cap = subj_len = 0;
            return edge_raise("MemoryError", "out of memory in re");
        }
        subj_cap = cap;
    }
    subj_len = utf8_decode(s.ptr, s.len, subj);
    return subj_len;
}

enum {
    BT_CHOICE,
    BT_CAP,
    BT_LAST,
    BT_CNT,
    BT_LPOS,
    BT_REP,
    BT_LOOK
};

typedef struct Frame {
    int32_t kind, pc, pos, a, b;
} Frame;

typedef struct Matcher {
    Program *prog;
    int mode;          /* 0 match, 1 search, 2 fullmatch; +4: no empty match at pos */
    int32_t start;     /* where the current attempt began */
    int32_t pos0, end; /* the run's pos and endpos */
    int32_t pc, pos;
    bool in_attempt;
    int32_t *caps; /* 2 per group, group 0 included */
    int32_t lastindex;
    int32_t *cnt, *lpos;
    Frame *stack;
    uint32_t sp, scap;
    int32_t *looks; /* the open lookarounds: indexes of their BT_LOOK frames */
    uint32_t nlooks, lcap;
    uint32_t ncaps_cap, nloops_cap;
} Matcher;
static Matcher M;

/* A call's budget: its engine steps between two returns to Python (re.py, _finish). */
#define STEPS_PER_CALL 4096

static bool push(int32_t kind, int32_t pc, int32_t pos, int32_t a, int32_t b) {
    if (M.sp == M.scap) {
        uint32_t cap = M.scap ? M.scap * 2 : 256;
        if (cap > (1u << 26)) return false;
        Frame *s = (Frame *)re_realloc(M.stack, M.scap * sizeof(Frame), cap * sizeof(Frame));
        if (!s) return false;
        M.stack = s;
        M.scap = cap;
    }
    M.stack[M.sp++] = (Frame){kind, pc, pos, a, b};
    return true;
}

static bool push_look(uint32_t at) {
    if (M.nlooks == M.lcap) {
        uint32_t cap = M.lcap ? M.lcap * 2 : 16;
        int32_t *l = (int32_t *)re_realloc(M.looks, M.lcap * 4, cap * 4);
        if (!l) return false;
        M.looks = l;
        M.lcap = cap;
    }
    M.looks[M.nlooks++] = (int32_t)at;
    return true;
}

static inline bool is_word_at(int32_t i, bool ascii) {
    return i >= 0 && i < M.end && is_word(subj[i], ascii);
}

static bool assert_ok(int kind, bool ascii, int32_t pos) {
    int32_t end = M.end;
    switch (kind) {
    case AT_BEGIN:
    case AT_BEGIN_STRING:
        return pos == 0;
    case AT_BEGIN_LINE:
        return pos == 0 || subj[pos - 1] == '\n';
    case AT_END:
        return pos == end || (pos == end - 1 && subj[pos] == '\n');
    case AT_END_LINE:
        return pos == end || subj[pos] == '\n';
    case AT_END_STRING:
        return pos == end;
    case AT_BOUNDARY:
        if (end == 0) return false;
        return is_word_at(pos - 1, ascii) != is_word_at(pos, ascii);
    case AT_NON_BOUNDARY:
        if (end == 0) return false;
        return is_word_at(pos - 1, ascii) == is_word_at(pos, ascii);
    default:
        return false;
    }
}

/* Whether the single-character instruction at code[pc] matches c. */
static inline bool char_ok(const int32_t *code, int32_t pc, uint32_t c) {
    switch (code[pc]) {
    case OP_CHAR:
        return c == (uint32_t)code[pc + 1];
    case OP_CHARI: {
        /* Folds as CPython: c and the literal have the same lower case, or the same upper
         * case, or the lower cases of their upper cases agree (so 'ı', 'I', 'i' and 'İ' are
         * one letter, as 'σ', 'ς' and 'Σ' are). ASCII mode folds ASCII letters only. */
        if (c == (uint32_t)code[pc + 1] || c == (uint32_t)code[pc + 2]) return true;
        bool a = code[pc + 4] != 0;
        if (lower_of(c, a) == (uint32_t)code[pc + 1]) return true;
        uint32_t u = upper_of(c, a);
        return u == (uint32_t)code[pc + 2] || lower_of(u, a) == (uint32_t)code[pc + 3];
    }
    case OP_ANY:
        return c != '\n';
    case OP_ANYALL:
        return true;
    case OP_CLASS:
        return class_match(M.prog->classes[code[pc + 1]], c);
    default:
        return false;
    }
}
static inline int char_len(const int32_t *code, int32_t pc) {
    return code[pc] == OP_CHARI ? 5 : (code[pc] == OP_CHAR || code[pc] == OP_CLASS) ? 2 : 1;
}

static bool ok_sizes(Program *p) {
    uint32_t nc = 2 * ((uint32_t)p->ngroups + 1);
    if (nc > M.ncaps_cap) {
        re_free(M.caps);
        M.caps = (int32_t *)re_alloc(nc * 4);
        if (!M.caps) return M.ncaps_cap = 0, false;
        M.ncaps_cap = nc;
    }
    uint32_t nl = (uint32_t)p->nloops + 1;
    if (nl > M.nloops_cap) {
        re_free(M.cnt);
        re_free(M.lpos);
        M.cnt = (int32_t *)re_alloc(nl * 4);
        M.lpos = (int32_t *)re_alloc(nl * 4);
        if (!M.cnt || !M.lpos) return M.nloops_cap = 0, false;
        M.nloops_cap = nl;
    }
    return true;
}

/* Begins an attempt at M.start. */
static void attempt_begin(void) {
    M.pc = 0;
    M.pos = M.start;
    M.sp = 0;
    M.nlooks = 0;
    M.lastindex = -1;
    for (int i = 0; i < 2 * (M.prog->ngroups + 1); i++) M.caps[i] = -1;
    M.in_attempt = true;
}

/* Undoes the frame on top of the stack, or resumes at it: returns true when matching
 * goes on (M.pc, M.pos set), false to keep backtracking. Pops it (or replaces it). */
static bool backtrack_one(void) {
    Frame f = M.stack[--M.sp];
    const int32_t *code = M.prog->code;
    switch (f.kind) {
    case BT_CHOICE:
        M.pc = f.pc;
        M.pos = f.pos;
        return true;
    case BT_CAP:
        M.caps[f.a] = f.b;
        return false;
    case BT_LAST:
        M.lastindex = f.a;
        return false;
    case BT_CNT:
        M.cnt[f.a] = f.b;
        return false;
    case BT_LPOS:
        M.lpos[f.a] = f.b;
        return false;
    case BT_REP: {
        /* f.pc: the OP_REP; f.pos: where its matches end; f.a: how many. */
        int32_t mn = code[f.pc + 1], mx = code[f.pc + 2];
        int32_t cpc = f.pc + 4;
        int32_t next = cpc + char_len(code, cpc);
        if (!code[f.pc + 3]) {
            /* Greedy: give one back. With a literal next, skip to where it could match. */
            int32_t n = f.a - 1, pos = f.pos - 1;
            if (code[next] == OP_CHAR) {
                uint32_t want = (uint32_t)code[next + 1];
                while (n >= mn && subj[pos] != want) n--, pos--;
                if (n < mn) return false;
            }
            if (n > mn) M.stack[M.sp++] = (Frame){BT_REP, f.pc, pos, n, 0};
            M.pc = next;
            M.pos = pos;
            return true;
        }
        /* Lazy: take one more. */
        if ((mx >= 0 && f.a >= mx) || f.pos >= M.end || !char_ok(code, cpc, subj[f.pos]))
            return false;
        M.stack[M.sp++] = (Frame){BT_REP, f.pc, f.pos + 1, f.a + 1, 0};
        M.pc = next;
        M.pos = f.pos + 1;
        return true;
    }
    case BT_LOOK:
        /* The lookaround's body failed. */
        M.nlooks--;
        if (f.a == LK_NOT_AHEAD || f.a == LK_NOT_BEHIND) {
            M.pc = f.pc;
            M.pos = f.pos;
            return true;
        }
        return false;
    default:
        return false;
    }
}

/* Runs the current attempt for up to `*budget` steps: 1 matched, 0 failed, -1 out of
 * steps (the state stays for the next call). */
static int attempt_run(int32_t *budget) {
    const int32_t *code = M.prog->code;
    const uint32_t *s = subj;
    int32_t end = M.end;
    int32_t pc = M.pc, pos = M.pos;
    int32_t steps = *budget;
    for (;;) {
        if (--steps < 0) {
            M.pc = pc;
            M.pos = pos;
            *budget = 0;
            return -1;
        }
        switch (code[pc]) {
        case OP_MATCH:
            if (((M.mode & 3) == 2 && pos != end) ||
                ((M.mode & 4) && pos == M.pos0 && M.start == M.pos0))
                goto fail;
            M.caps[0] = M.start;
            M.caps[1] = pos;
            M.pos = pos;
            *budget = steps;
            return 1;
        case OP_CHAR:
            if (pos >= end || s[pos] != (uint32_t)code[pc + 1]) goto fail;
            pos++;
            pc += 2;
            break;
        case OP_CHARI:
            if (pos >= end || !char_ok(code, pc, s[pos])) goto fail;
            pos++;
            pc += 5;
            break;
        case OP_STR: {
            int32_t n = code[pc + 1];
            if (end - pos < n) goto fail;
            for (int32_t k = 0; k < n; k++)
                if (s[pos + k] != (uint32_t)code[pc + 2 + k]) goto fail;
            pos += n;
            pc += 2 + n;
            break;
        }
        case OP_ANY:
            if (pos >= end || s[pos] == '\n') goto fail;
            pos++;
            pc++;
            break;
        case OP_ANYALL:
            if (pos >= end) goto fail;
            pos++;
            pc++;
            break;
        case OP_CLASS:
            if (pos >= end || !class_match(M.prog->classes[code[pc + 1]], s[pos])) goto fail;
            pos++;
            pc += 2;
            break;
        case OP_SPLIT:
            if (!push(BT_CHOICE, code[pc + 2], pos, 0, 0)) goto oom;
            pc = code[pc + 1];
            break;
        case OP_JMP:
            pc = code[pc + 1];
            break;
        case OP_SAVE: {
            int32_t slot = code[pc + 1];
            if (!push(BT_CAP, 0, 0, slot, M.caps[slot])) goto oom;
            M.caps[slot] = pos;
            if (slot & 1) {
                if (!push(BT_LAST, 0, 0, M.lastindex, 0)) goto oom;
                M.lastindex = slot >> 1;
            }
            pc += 2;
            break;
        }
        case OP_REP: {
            int32_t mn = code[pc + 1], mx = code[pc + 2], lazy = code[pc + 3];
            int32_t cpc = pc + 4;
            int32_t next = cpc + char_len(code, cpc);
            int32_t n = 0;
            int32_t limit = lazy ? mn : (mx < 0 || mx > end - pos ? end - pos : mx);
            if (mn > end - pos) goto fail;
            /* Scan as far as allowed; one step per character. */
            int op = code[cpc];
            if (op == OP_ANYALL) {
                n = limit;
            } else if (op == OP_CHAR) {
                uint32_t c = (uint32_t)code[cpc + 1];
                while (n < limit && s[pos + n] == c) n++;
            } else if (op == OP_CLASS) {
                const Class *cl = M.prog->classes[code[cpc + 1]];
                while (n < limit && class_match(cl, s[pos + n])) n++;
            } else if (op == OP_ANY) {
                while (n < limit && s[pos + n] != '\n') n++;
            } else {
                while (n < limit && char_ok(code, cpc, s[pos + n])) n++;
            }
            steps -= n;
            if (n < mn) goto fail;
            if (!lazy) {
                if (n > mn) {
                    /* With a literal next, there is no point stopping where it cannot match. */
                    if (!push(BT_REP, pc, pos + n, n, 0)) goto oom;
                }
            } else if (mx < 0 || n < mx) {
                if (!push(BT_REP, pc, pos + n, n, 0)) goto oom;
            }
            pos += n;
            pc = next;
            break;
        }
        case OP_RSTART: {
            int32_t slot = code[pc + 1];
            if (!push(BT_CNT, 0, 0, slot, M.cnt[slot]) || !push(BT_LPOS, 0, 0, slot, M.lpos[slot]))
                goto oom;
            M.cnt[slot] = 0;
            M.lpos[slot] = -1;
            pc += 2;
            break;
        }
        case OP_RLOOP: {
            int32_t slot = code[pc + 1], mn = code[pc + 2], mx = code[pc + 3], lazy = code[pc + 4];
            int32_t exit_pc = code[pc + 5], body = pc + 6;
            int32_t c = M.cnt[slot];
            if (c < mn) {
                pc = body;
                break;
            }
            if ((mx >= 0 && c >= mx) || (c > 0 && pos == M.lpos[slot])) {
                pc = exit_pc;
                break;
            }
            if (!lazy) {
                if (!push(BT_CHOICE, exit_pc, pos, 0, 0)) goto oom;
                pc = body;
            } else {
                if (!push(BT_CHOICE, body, pos, 0, 0)) goto oom;
                pc = exit_pc;
            }
            break;
        }
        case OP_RITER: {
            int32_t slot = code[pc + 1];
            if (!push(BT_LPOS, 0, 0, slot, M.lpos[slot])) goto oom;
            M.lpos[slot] = pos;
            pc += 2;
            break;
        }
        case OP_RINC: {
            int32_t slot = code[pc + 1];
            if (!push(BT_CNT, 0, 0, slot, M.cnt[slot])) goto oom;
            M.cnt[slot]++;
            pc = code[pc + 2];
            break;
        }
        case OP_ASSERT:
            if (!assert_ok(code[pc + 1], code[pc + 2] != 0, pos)) goto fail;
            pc += 3;
            break;
        case OP_BACKREF: {
            int32_t g = code[pc + 1], icase = code[pc + 2];
            int32_t a = M.caps[2 * g], b = M.caps[2 * g + 1];
            if (a < 0 || b < 0) goto fail;
            int32_t n = b - a;
            if (end - pos < n) goto fail;
            for (int32_t k = 0; k < n; k++) {
                uint32_t x = s[a + k], y = s[pos + k];
                if (x == y) continue;
                /* A backreference folds less than a literal: lower cases only, as CPython. */
                if (icase && lower_of(x, icase == 2) == lower_of(y, icase == 2)) continue;
                goto fail;
            }
            pos += n;
            pc += 3;
            break;
        }
        case OP_LOOK: {
            int32_t kind = code[pc + 1], width = code[pc + 2];
            int32_t at = pos;
            if (kind == LK_BEHIND || kind == LK_NOT_BEHIND) {
                if (pos - width < 0) {
                    if (kind == LK_BEHIND) goto fail;
                    pc = code[pc + 3];
                    break;
                }
                at = pos - width;
            }
            if (!push_look(M.sp) || !push(BT_LOOK, code[pc + 3], pos, kind, 0)) goto oom;
            pos = at;
            pc += 4;
            break;
        }
        case OP_LOOKEND: {
            uint32_t mark = (uint32_t)M.looks[M.nlooks - 1];
            Frame lf = M.stack[mark];
            if ((lf.a == LK_BEHIND || lf.a == LK_NOT_BEHIND) && pos != lf.pos) goto fail;
            M.nlooks--;
            if (lf.a == LK_NOT_AHEAD || lf.a == LK_NOT_BEHIND) {
                /* The body matched, so the assertion fails: undo everything it did. */
                while (M.sp > mark + 1) {
                    Frame f = M.stack[--M.sp];
                    if (f.kind == BT_CAP)
                        M.caps[f.a] = f.b;
                    else if (f.kind == BT_LAST)
                        M.lastindex = f.a;
                    else if (f.kind == BT_CNT)
                        M.cnt[f.a] = f.b;
                    else if (f.kind == BT_LPOS)
                        M.lpos[f.a] = f.b;
                }
                M.sp = mark;
                goto fail;
            }
            /* Success: drop the body's choices, keep what undoes its captures. */
            uint32_t w = mark;
            for (uint32_t r = mark + 1; r < M.sp; r++) {
                int32_t k = M.stack[r].kind;
                if (k == BT_CAP || k == BT_LAST || k == BT_CNT || k == BT_LPOS)
                    M.stack[w++] = M.stack[r];
            }
            M.sp = w;
            if (lf.a != LK_ATOMIC) pos = lf.pos;
            pc = lf.pc;
            break;
        }
        case OP_COND: {
            int32_t g = code[pc + 1];
            if (M.caps[2 * g] >= 0 && M.caps[2 * g + 1] >= 0)
                pc += 3;
            else
                pc = code[pc + 2];
            break;
        }
        default:
            goto fail;
        }
        continue;
    fail:
        for (;;) {
            if (M.sp == 0) {
                *budget = steps > 0 ? steps : 0;
                return 0;
            }
            if (backtrack_one()) break;
        }
        pc = M.pc;
        pos = M.pos;
        continue;
    oom:
        edge_raise("MemoryError", "regular expression stack overflow");
        *budget = 0;
        return 0;
    }
}

/* Whether an attempt could start at i (the first-character filter). */
static inline bool may_start(const Program *p, int32_t i) {
    if (p->first_any) return true;
    if (i >= M.end) return false;
    uint32_t c = subj[i];
    if (c < 256) return (p->first[c >> 5] >> (c & 31)) & 1;
    return p->first_high;
}

/* A match's result word: its span packed when both ends fit in 23
 * bits (one native call tells Python the whole span: 2 + start * 2**23 + end), else 1:
 * cap() then reads it. */
static int64_t match_word(void) {
    int64_t a = M.caps[0], b = M.caps[1];
    if (b < (1 << 23)) return 2 + (a << 23) + b;
    return 1;
}

/* Runs until a match, no match, or the budget is spent: 1, 0 or -1. */
static int run_loop(void) {
    int32_t budget = STEPS_PER_CALL;
    Program *p = M.prog;
    for (;;) {
        if (!M.in_attempt) {
            if (M.start > M.end && ((M.mode & 3) == 1 || M.start != M.pos0)) return 0;
            if ((M.mode & 3) == 1) {
                if (p->anchored && M.start > M.pos0) return 0;
                while (M.start < M.end && !may_start(p, M.start)) {
                    M.start++;
                    if (--budget < 0) return -1;
                }
                if (M.start >= M.end && !p->first_any) return 0;
            }
            attempt_begin();
        }
        int r = attempt_run(&budget);
        if (r != 0) return r;
        if (edge_raised()) return 0;
        M.in_attempt = false;
        if ((M.mode & 3) != 1) return 0;
        M.start++;
        if (budget <= 0) return -1;
    }
}

/* Matches program `id` against the subject from pos to endpos. mode: 0 match (at pos), 1
 * search, 2 fullmatch; + 4 when an empty match at pos does not count (after an empty
 * match, as finditer and sub go on). Returns a match's word (match_word: its span, and
 * cap() reads the groups), 0 (none), -1
 * (the step budget of this call ran out: call resume()), -3 (the program left the cache:
 * compile it again). */
EDGE_FN(int, run, int, id, int, pos, int, endpos, int, mode) {
    Program *p = program_get(id);
    if (!p) return -3;
    if (!ok_sizes(p)) return edge_raise("MemoryError", "out of memory in re");
    int32_t n = (int32_t)subj_len;
    if (endpos < 0) endpos = 0;
    if (endpos > n) endpos = n;
    if (pos < 0) pos = 0;
    M.prog = p;
    M.mode = (int)mode;
    M.pos0 = (int32_t)pos;
    M.end = (int32_t)endpos;
    M.start = (int32_t)pos;
    M.in_attempt = false;
    if (pos > endpos && (mode & 3) == 1) return 0; /* as CPython: match still tries at pos */
    int r = run_loop();
    return r == 1 ? match_word() : r;
}

/* Goes on with a run that returned -1. */
EDGE_FN0(int, resume) {
    if (!M.prog || program_get(M.prog->id) != M.prog) return -3;
    int r = run_loop();
    return r == 1 ? match_word() : r;
}

/* A capture of the last match: cap(2*g) is where group g starts, cap(2*g+1) where it
 * ends, -1 when it did not take part. */
EDGE_FN(int, cap, int, i) {
    if (!M.caps || i < 0 || i >= 2 * (M.prog->ngroups + 1)) return -1;
    int32_t a = M.caps[i & ~1], b = M.caps[i | 1];
    return a < 0 || b < 0 ? -1 : M.caps[i];
}

EDGE_FN0(int, lastindex) { return M.lastindex; }

/* Three captures from 3*k on, 16 bits each (the capture + 1; 0 when unset), when the
 * subject is shorter than 32767 (the word holds 47 bits): Match objects read a match's groups in
 * few calls. */
EDGE_FN(int, cap3, int, k) {
    if (!M.caps || subj_len >= 32767) return -1;
    int64_t n = 2 * (M.prog->ngroups + 1), w = 0;
    for (int64_t i = 3 * k + 2; i >= 3 * k; i--) {
        int64_t v = 0;
        if (i < n) {
            int32_t a = M.caps[i & ~1], b = M.caps[i | 1];
            v = a < 0 || b < 0 ? 0 : M.caps[i] + 1;
        }
        w = (w << 16) | v;
    }
    return w;
}
