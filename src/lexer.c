/* lexer.c — front end, stage 1: Python source bytes -> tokens.
 * Input: UTF-8 source, not NUL-terminated. Output: one Token per lex_next call, with
 * NEWLINE/INDENT/DEDENT made explicit and a 1-based line and code-point column on each.
 * One pass over the bytes and no allocation; the first error stops the stream. Also here:
 * the conversions of number and string literals, which the parser calls. */
#include "lexer.h"
#include "str.h"

#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- characters ---- */

static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int is_hex(int c) { return is_digit(c) || ((c | 32) >= 'a' && (c | 32) <= 'f'); }
static int hex_value(int c) { return is_digit(c) ? c - '0' : (c | 32) - 'a' + 10; }

/* Any byte >= 0x80 counts as part of an identifier: Unicode names are accepted without
 * checking their category, which is all a compact dialect needs; only characters that are
 * not printable (U+00A0, U+200B) are errors there, as in CPython. */
static int is_ident_start(int c) {
    return c == '_' || ((c | 32) >= 'a' && (c | 32) <= 'z') || c >= 0x80;
}
static int is_ident_char(int c) { return is_ident_start(c) || is_digit(c); }

/* The length of the newline at p (\n, \r\n or a lone \r), or 0. */
static int newline_len(const char *p, const char *end) {
    if (p >= end) return 0;
    if (*p == '\n') return 1;
    if (*p == '\r') return (p + 1 < end && p[1] == '\n') ? 2 : 1;
    return 0;
}

/* ---- positions ---- */

static void new_line(Lexer *lx, const char *start) {
    lx->line++;
    lx->line_start = start;
    lx->line_col = 1;
    lx->col_ptr = start;
    lx->col_val = 1;
}

/* The column of p on the current line. Tokens are scanned left to right, so the memo makes
 * the total cost linear even on a megabyte-long line. */
static int col_at(Lexer *lx, const char *p) {
    if (lx->col_ptr < lx->line_start || p < lx->col_ptr) {
        lx->col_ptr = lx->line_start;
        lx->col_val = lx->line_col;
    }
    const char *q = lx->col_ptr;
    int c = lx->col_val;
    for (; q < p; q++) c += ((unsigned char)*q & 0xC0) != 0x80;
    lx->col_ptr = p;
    lx->col_val = c;
    return c;
}

static Token make(Lexer *lx, TokenKind kind, const char *start, int line, int col) {
    Token t;
    t.kind = kind;
    t.line = line;
    t.col = col;
    t.end_line = lx->line;
    t.end_col = col_at(lx, lx->cur);
    t.start = start;
    t.len = (int)(lx->cur - start);
    t.flags = 0;
    t.prefix = 0;
    t.level = (unsigned char)(lx->paren_depth + ((lx->flags & LEX_FSTRING) != 0));
    lx->last = kind;
    return t;
}

/* A zero-width token at the current position (INDENT, DEDENT, the NEWLINE at EOF, EOF). */
static Token marker(Lexer *lx, TokenKind kind) {
    return make(lx, kind, lx->cur, lx->line, col_at(lx, lx->cur));
}

static Token error_at(Lexer *lx, const char *kind, int line, int col, int end_col,
                      const char *fmt, ...) {
    Diagnostic *d = lx->diag;
    d->kind = kind;
    d->incomplete = 0;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(d->message, sizeof d->message, fmt, ap);
    va_end(ap);
    d->line = line;
    d->col = col;
    d->end_col = end_col > col ? end_col : col + 1;
    lx->done = 1;
    Token t = marker(lx, T_ERROR);
    return t;
}

/* ---- set-up: UTF-8 and NUL bytes are checked once, up front ---- */

/* Returns the offset of the first byte that is not valid UTF-8 (or is NUL), or -1. */
static long check_utf8(const unsigned char *s, size_t n) {
    size_t i = 0;
    while (i < n) {
        unsigned c = s[i];
        if (c < 0x80) {
            if (c == 0) return (long)i;
            i++;
            continue;
        }
        int len;
        unsigned lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) len = 2;
        else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0) lo = 0xA0;
            if (c == 0xED) hi = 0x9F; /* no surrogates */
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0) lo = 0x90;
            if (c == 0xF4) hi = 0x8F;
        } else {
            return (long)i;
        }
        for (int k = 1; k < len; k++) {
            if (i + k >= n) return (long)i;
            unsigned b = s[i + k];
            if (b < (k == 1 ? lo : 0x80) || b > (k == 1 ? hi : 0xBF)) return (long)i;
        }
        i += (size_t)len;
    }
    return -1;
}

void lex_init(Lexer *lx, const char *src, size_t len, int line, int col, int flags,
              Diagnostic *diag) {
    memset(lx, 0, sizeof *lx);
    lx->src = src;
    lx->cur = src;
    lx->end = src + len;
    lx->line_start = src;
    lx->line = line;
    lx->line_col = col;
    lx->col_ptr = src;
    lx->col_val = col;
    lx->flags = flags;
    lx->at_line_start = !(flags & LEX_FSTRING);
    lx->last = T_NEWLINE;
    lx->diag = diag;
    if (flags & LEX_FSTRING) return; /* a piece of a file that was checked already */
    if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0) {
        lx->cur += 3;
        lx->line_start = lx->col_ptr = lx->cur;
    }
    if (len > INT_MAX / 2) {
        error_at(lx, "SyntaxError", 1, 1, 2, "source code too large");
        lx->done = 2; /* report T_ERROR on the first call */
        return;
    }
    long bad = check_utf8((const unsigned char *)lx->cur, (size_t)(lx->end - lx->cur));
    if (bad >= 0) {
        /* Find the line and column of the bad byte for the diagnostic. */
        const char *p = lx->cur, *stop = lx->cur + bad;
        while (p < stop) {
            int nl = newline_len(p, stop);
            if (nl) {
                p += nl;
                new_line(lx, p);
            } else {
                p++;
            }
        }
        int c = col_at(lx, stop);
        /* CPython's words for a file that is not UTF-8 (source files have no other
         * encoding here, so none can be declared). */
        if (*stop)
            error_at(lx, "SyntaxError", lx->line, c, c + 1,
                     "Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding "
                     "declared; see https://peps.python.org/pep-0263/ for details",
                     (unsigned char)*stop, diag->filename ? diag->filename : "<string>", lx->line);
        else
            error_at(lx, "SyntaxError", lx->line, c, c + 1,
                     "source code cannot contain null bytes");
        lx->done = 2;
    }
}

/* ---- indentation ---- */

/* Called at the start of a logical line outside brackets. Skips blank and comment-only
 * lines, then compares the indentation with the stack. Returns 1 with *out set when it
 * produced a token (INDENT, the first DEDENT, or an error), else 0. */
static int indentation(Lexer *lx, Token *out) {
    for (;;) {
        const char *p = lx->cur;
        int col = 0, alt = 0;
        while (p < lx->end) {
            if (*p == ' ') col++, alt++;
            else if (*p == '\t') col = (col / 8 + 1) * 8, alt++;
            else if (*p == '\f') col = alt = 0;
            else break;
            p++;
        }
        if (p >= lx->end) {
            lx->cur = p;
            lx->at_line_start = 0;
            return 0;
        }
        if (*p == '#' || *p == '\n' || *p == '\r') {
            while (p < lx->end && *p != '\n' && *p != '\r') p++;
            if (p >= lx->end) {
                lx->cur = p;
                lx->at_line_start = 0;
                return 0;
            }
            p += newline_len(p, lx->end);
            lx->cur = p;
            new_line(lx, p);
            continue;
        }
        lx->cur = p;
        lx->at_line_start = 0;
        int d = lx->indent_depth;
        if (col == lx->indent[d]) {
            if (alt != lx->alt_indent[d]) goto tab_error;
            return 0;
        }
        if (col > lx->indent[d]) {
            /* CPython's limit and position: 100 levels (its MAXINDENT), column 1. */
            if (d + 1 >= LEX_MAX_INDENT) {
                *out = error_at(lx, "IndentationError", lx->line, 1, 2,
                                "too many levels of indentation");
                lx->soft_error = 1;
                return 1;
            }
            if (alt <= lx->alt_indent[d]) goto tab_error;
            lx->indent_depth = d + 1;
            lx->indent[d + 1] = col;
            lx->alt_indent[d + 1] = alt;
            *out = marker(lx, T_INDENT);
            return 1;
        }
        while (d > 0 && col < lx->indent[d]) {
            d--;
            lx->pending_dedents++;
        }
        lx->indent_depth = d;
        if (col != lx->indent[d]) {
            /* CPython puts this one just past the end of the line. */
            const char *eol = p;
            while (eol < lx->end && *eol != '\n' && *eol != '\r') eol++;
            int past = col_at(lx, eol);
            *out = error_at(lx, "IndentationError", lx->line, past, past + 1,
                            "unindent does not match any outer indentation level");
            lx->soft_error = 1;
            return 1;
        }
        if (alt != lx->alt_indent[d]) goto tab_error;
        lx->pending_dedents--;
        *out = marker(lx, T_DEDENT);
        return 1;
    tab_error: /* at column 1, as CPython reports it */
        *out = error_at(lx, "TabError", lx->line, 1, 2,
                        "inconsistent use of tabs and spaces in indentation");
        lx->soft_error = 1;
        return 1;
    }
}

/* ---- keywords ---- */

static const struct {
    const char *name;
    TokenKind kind;
} keywords[] = {
    {"False", T_FALSE}, {"None", T_NONE}, {"True", T_TRUE}, {"and", T_AND},
    {"as", T_AS}, {"assert", T_ASSERT}, {"async", T_ASYNC}, {"await", T_AWAIT},
    {"break", T_BREAK}, {"class", T_CLASS}, {"continue", T_CONTINUE}, {"def", T_DEF},
    {"del", T_DEL}, {"elif", T_ELIF}, {"else", T_ELSE}, {"except", T_EXCEPT},
    {"finally", T_FINALLY}, {"for", T_FOR}, {"from", T_FROM}, {"global", T_GLOBAL},
    {"if", T_IF}, {"import", T_IMPORT}, {"in", T_IN}, {"is", T_IS},
    {"lambda", T_LAMBDA}, {"nonlocal", T_NONLOCAL}, {"not", T_NOT}, {"or", T_OR},
    {"pass", T_PASS}, {"raise", T_RAISE}, {"return", T_RETURN}, {"try", T_TRY},
    {"while", T_WHILE}, {"with", T_WITH}, {"yield", T_YIELD},
};

static TokenKind keyword(const char *s, size_t n) {
    if (n < 2 || n > 8) return T_NAME;
    for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++) {
        const char *k = keywords[i].name;
        if (k[0] == s[0] && strlen(k) == n && memcmp(k, s, n) == 0) return keywords[i].kind;
    }
    return T_NAME;
}

const char *lex_kind_name(TokenKind kind) {
    static const char *const names[] = {
        "EOF", "ERROR", "NEWLINE", "INDENT", "DEDENT", "NAME", "NUMBER", "STRING",
        "ERRORTOKEN", "'('", "')'", "'['", "']'", "'{'", "'}'", "':'", "','", "';'",
        "'.'", "'...'", "'->'", "':='", "'='", "'+'", "'-'", "'*'", "'/'", "'//'", "'%'",
        "'@'", "'**'", "'<<'", "'>>'", "'&'", "'|'", "'^'", "'~'", "'<'", "'>'", "'<='",
        "'>='", "'=='", "'!='", "'+='", "'-='", "'*='", "'@='", "'/='", "'%='", "'**='",
        "'<<='", "'>>='", "'|='", "'^='", "'&='", "'//='",
    };
    if ((int)kind < (int)(sizeof names / sizeof names[0])) return names[kind];
    if (kind >= T_FALSE && kind < T_KIND_COUNT) return keywords[kind - T_FALSE].name;
    return "?";
}

/* ---- strings ---- */

/* The LEX_STR_* flags of a string prefix (r, b, f, u, rb, br, rf, fr in any case), or -1. */
static int string_prefix(const char *s, size_t n) {
    int flags = 0;
    for (size_t i = 0; i < n; i++) {
        int bit;
        switch (s[i] | 32) {
        case 'r': bit = LEX_STR_RAW; break;
        case 'b': bit = LEX_STR_BYTES; break;
        case 'f': bit = LEX_STR_F; break;
        case 'u': bit = 16; break;
        default: return -1;
        }
        if (flags & bit) return -1;
        flags |= bit;
    }
    if ((flags & 16) && n > 1) return -1;             /* u combines with nothing */
    if ((flags & LEX_STR_BYTES) && (flags & LEX_STR_F)) return -1;
    return flags & ~16;
}

/* Scans a string literal whose prefix (of `prefix` letters) starts at `start`. */
static Token string(Lexer *lx, const char *start, int line, int col, int prefix, int flags) {
    const char *p = start + prefix, *end = lx->end;
    char q = *p;
    int triple = p + 2 < end && p[1] == q && p[2] == q;
    p += triple ? 3 : 1;
    for (;;) {
        if (p >= end) {
            lx->cur = p;
            /* The line the source ends on: a final newline does not start another. */
            int last = lx->line > line && (end[-1] == '\n' || end[-1] == '\r') ? lx->line - 1 : lx->line;
            Token t = error_at(lx, "SyntaxError", line, col, col + 1,
                               triple ? "unterminated triple-quoted string literal (detected at line %d)"
                                      : "unterminated string literal (detected at line %d)",
                               last);
            lx->diag->incomplete = triple && !(lx->flags & LEX_FSTRING);
            return t;
        }
        char c = *p;
        if (c == q) {
            if (!triple) {
                p++;
                break;
            }
            if (p + 2 < end && p[1] == q && p[2] == q) {
                p += 3;
                break;
            }
            p++;
        } else if (c == '\\') {
            p++;
            int nl = newline_len(p, end);
            if (nl) {
                p += nl;
                new_line(lx, p);
            } else if (p < end) {
                p++;
            }
        } else if (c == '\n' || c == '\r') {
            if (!triple) {
                lx->cur = p;
                return error_at(lx, "SyntaxError", line, col, col + 1,
                                "unterminated string literal (detected at line %d)", lx->line);
            }
            p += newline_len(p, end);
            new_line(lx, p);
        } else {
            p++;
        }
    }
    lx->cur = p;
    Token t = make(lx, T_STRING, start, line, col);
    t.flags = (unsigned char)(flags | (triple ? LEX_STR_TRIPLE : 0));
    t.prefix = (unsigned char)prefix;
    return t;
}

/* ---- numbers ---- */

/* CPython accepts a number glued to a keyword that may follow one (`1if x else 2`,
 * `0x1for`); any other ASCII identifier character right after a number is an error. (A
 * non-ASCII one starts a name, which the parser rejects.) */
static int bad_number_end(const char *p, const char *end) {
    if (p >= end || (unsigned char)*p >= 0x80 || !is_ident_char((unsigned char)*p)) return 0;
    static const char *const ok[] = {"and", "else", "for", "if", "in", "is", "not", "or"};
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
        size_t n = strlen(ok[i]);
        if ((size_t)(end - p) >= n && memcmp(p, ok[i], n) == 0) return 0;
    }
    return 1;
}

/* Consumes digits with single '_' separators. Returns the position after them, or NULL
 * when a '_' is not followed by a digit (*bad then points after the '_'). */
static const char *decimal_tail(const char *p, const char *end, const char **bad) {
    for (;;) {
        while (p < end && is_digit(*p)) p++;
        if (p >= end || *p != '_') return p;
        p++;
        if (p >= end || !is_digit(*p)) {
            *bad = p;
            return NULL;
        }
    }
}

static Token number(Lexer *lx, const char *start, int line, int col) {
    const char *p = start, *end = lx->end, *bad = NULL;
    const char *kind = "decimal";
    if (*p == '0' && p + 1 < end && strchr("xXoObB", p[1]) && p[1]) {
        int base = (p[1] | 32) == 'x' ? 16 : (p[1] | 32) == 'o' ? 8 : 2;
        kind = base == 16 ? "hexadecimal" : base == 8 ? "octal" : "binary";
        p += 2;
        for (;;) {
            if (p < end && *p == '_') p++;
            int ok = p < end && (base == 16 ? is_hex(*p) : (*p >= '0' && *p < '0' + base));
            if (!ok) {
                lx->cur = p;
                int c = col_at(lx, p);
                if (base != 16 && p < end && is_digit(*p))
                    return error_at(lx, "SyntaxError", lx->line, c, c + 1,
                                    "invalid digit '%c' in %s literal", *p, kind);
                /* CPython points at the last character it accepted. */
                return error_at(lx, "SyntaxError", lx->line, c - 1, c, "invalid %s literal", kind);
            }
            while (p < end && (base == 16 ? is_hex(*p) : (*p >= '0' && *p < '0' + base))) p++;
            if (p >= end || *p != '_') break;
        }
        if (base != 16 && p < end && is_digit(*p)) {
            lx->cur = p;
            int c = col_at(lx, p);
            return error_at(lx, "SyntaxError", lx->line, c, c + 1,
                            "invalid digit '%c' in %s literal", *p, kind);
        }
        goto done;
    }
    if (*p == '0') {
        /* Zeros, then maybe more digits: only a float or an imaginary number may have
         * leading zeros. */
        int nonzero = 0;
        const char *zeros_end;
        for (;;) {
            if (p < end && *p == '_') {
                p++;
                if (p >= end || !is_digit(*p)) {
                    bad = p;
                    goto bad_decimal;
                }
            }
            if (p >= end || *p != '0') break;
            p++;
        }
        zeros_end = p;
        if (p < end && is_digit(*p)) {
            nonzero = 1;
            if (!(p = decimal_tail(p, end, &bad))) goto bad_decimal;
        }
        if (p < end && *p == '.') {
            p++;
            goto fraction;
        }
        if (p < end && (*p | 32) == 'e') goto exponent;
        if (p < end && (*p | 32) == 'j') goto imaginary;
        if (nonzero) {
            lx->cur = p;
            int c0 = col_at(lx, start), c1 = col_at(lx, zeros_end);
            return error_at(lx, "SyntaxError", line, c0, c1,
                            "leading zeros in decimal integer literals are not permitted; "
                            "use an 0o prefix for octal integers");
        }
        goto done;
    }
    if (*p != '.') {
        if (!(p = decimal_tail(p, end, &bad))) goto bad_decimal;
        if (p < end && *p == '.') p++;
        else goto after_fraction;
    } else {
        p++; /* a leading '.': a digit follows, as the caller checked */
    }
fraction:
    if (p < end && is_digit(*p))
        if (!(p = decimal_tail(p, end, &bad))) goto bad_decimal;
after_fraction:
    if (p < end && (*p | 32) == 'e') {
    exponent:;
        const char *e = p++;
        if (p < end && (*p == '+' || *p == '-')) {
            p++;
            if (p >= end || !is_digit(*p)) {
                bad = p;
                goto bad_decimal;
            }
        } else if (p >= end || !is_digit(*p)) {
            /* `1else`: the number ends before the 'e'. */
            if (bad_number_end(e, end)) {
                p = e;
                goto bad_end;
            }
            p = e;
            goto done;
        }
        if (!(p = decimal_tail(p, end, &bad))) goto bad_decimal;
    }
    if (p < end && (*p | 32) == 'j') {
    imaginary:
        p++;
        kind = "imaginary";
    }
done:
    if (bad_number_end(p, end)) goto bad_end;
    lx->cur = p;
    return make(lx, T_NUMBER, start, line, col);
bad_end: /* reported at the number's last character, as CPython does */
    lx->cur = p;
    {
        int c = col_at(lx, p) - 1;
        return error_at(lx, "SyntaxError", lx->line, c, c + 1, "invalid %s literal", kind);
    }
bad_decimal:
    lx->cur = bad;
    {
        int c = col_at(lx, bad) - 1;
        return error_at(lx, "SyntaxError", lx->line, c, c + 1, "invalid decimal literal");
    }
}

/* ---- the token loop ---- */

/* `comment`: where a comment on the last line starts (the NEWLINE at EOF starts there), or NULL. */
static Token end_of_input(Lexer *lx, const char *comment) {
    if (lx->paren_depth > 0) {
        int i = lx->paren_depth - 1;
        lx->unclosed = 1;
        lx->unclosed_char = lx->paren[i];
        lx->unclosed_line = lx->paren_line[i];
        lx->unclosed_col = lx->paren_col[i];
        lx->done = 1;
        return marker(lx, T_EOF);
    }
    if (!(lx->flags & LEX_FSTRING)) {
        if (lx->last != T_NEWLINE && lx->last != T_DEDENT) {
            Token t = marker(lx, T_NEWLINE);
            if (comment) t.col = col_at(lx, comment);
            return t;
        }
        if (lx->indent_depth > 0) {
            lx->pending_dedents = lx->indent_depth - 1;
            lx->indent_depth = 0;
            return marker(lx, T_DEDENT);
        }
    }
    lx->done = 1;
    return marker(lx, T_EOF);
}

static Token bracket(Lexer *lx, const char *start, int line, int col) {
    char c = *start;
    lx->cur = start + 1;
    if (c == '(' || c == '[' || c == '{') {
        if (lx->paren_depth >= LEX_MAX_PARENS)
            return error_at(lx, "SyntaxError", line, col, col + 1, "too many nested parentheses");
        lx->paren[lx->paren_depth] = c;
        lx->paren_line[lx->paren_depth] = line;
        lx->paren_col[lx->paren_depth] = col;
        Token t = make(lx, c == '(' ? T_LPAREN : c == '[' ? T_LBRACKET : T_LBRACE, start, line, col);
        lx->paren_depth++;
        return t;
    }
    if (lx->paren_depth == 0)
        return error_at(lx, "SyntaxError", line, col, col + 1, "unmatched '%c'", c);
    int i = lx->paren_depth - 1;
    char open = lx->paren[i];
    if ((open == '(' && c != ')') || (open == '[' && c != ']') || (open == '{' && c != '}')) {
        if (lx->paren_line[i] != line)
            return error_at(lx, "SyntaxError", line, col, col + 1,
                            "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d",
                            c, open, lx->paren_line[i]);
        return error_at(lx, "SyntaxError", line, col, col + 1,
                        "closing parenthesis '%c' does not match opening parenthesis '%c'", c, open);
    }
    lx->paren_depth = i;
    return make(lx, c == ')' ? T_RPAREN : c == ']' ? T_RBRACKET : T_RBRACE, start, line, col);
}

/* Operators: the longest match wins. Returns T_EOF when c starts no operator. */
static TokenKind operator(const char *p, const char *end, int *len) {
    char c = p[0];
    char c1 = p + 1 < end ? p[1] : 0, c2 = p + 2 < end ? p[2] : 0;
    *len = 1;
#define TWO(ch, k)     \
    if (c1 == (ch)) {  \
        *len = 2;      \
        return k;      \
    }
    switch (c) {
    case ':': TWO('=', T_WALRUS) return T_COLON;
    case ',': return T_COMMA;
    case ';': return T_SEMI;
    case '~': return T_TILDE;
    case '.':
        if (c1 == '.' && c2 == '.') {
            *len = 3;
            return T_ELLIPSIS;
        }
        return T_DOT;
    case '+': TWO('=', T_PLUS_EQ) return T_PLUS;
    case '-': TWO('=', T_MINUS_EQ) TWO('>', T_ARROW) return T_MINUS;
    case '*':
        if (c1 == '*') {
            *len = c2 == '=' ? 3 : 2;
            return c2 == '=' ? T_DSTAR_EQ : T_DSTAR;
        }
        TWO('=', T_STAR_EQ) return T_STAR;
    case '/':
        if (c1 == '/') {
            *len = c2 == '=' ? 3 : 2;
            return c2 == '=' ? T_DSLASH_EQ : T_DSLASH;
        }
        TWO('=', T_SLASH_EQ) return T_SLASH;
    case '%': TWO('=', T_PERCENT_EQ) return T_PERCENT;
    case '@': TWO('=', T_AT_EQ) return T_AT;
    case '&': TWO('=', T_AMP_EQ) return T_AMP;
    case '|': TWO('=', T_PIPE_EQ) return T_PIPE;
    case '^': TWO('=', T_CARET_EQ) return T_CARET;
    case '=': TWO('=', T_EQ) return T_ASSIGN;
    case '!': TWO('=', T_NE) return T_ERRORTOKEN;
    case '<':
        if (c1 == '<') {
            *len = c2 == '=' ? 3 : 2;
            return c2 == '=' ? T_LSHIFT_EQ : T_LSHIFT;
        }
        TWO('=', T_LE) return T_LT;
    case '>':
        if (c1 == '>') {
            *len = c2 == '=' ? 3 : 2;
            return c2 == '=' ? T_RSHIFT_EQ : T_RSHIFT;
        }
        TWO('=', T_GE) return T_GT;
    default: return T_EOF;
    }
#undef TWO
}

Token lex_next(Lexer *lx) {
    if (lx->done) {
        if (lx->done == 2) { /* an error found by lex_init */
            lx->done = 1;
            return marker(lx, T_ERROR);
        }
        Token t = marker(lx, T_EOF);
        return t;
    }
    if (lx->pending_dedents > 0) {
        lx->pending_dedents--;
        return marker(lx, T_DEDENT);
    }
    if (lx->at_line_start) {
        Token t;
        if (indentation(lx, &t)) return t;
    }
    const char *end = lx->end;
    /* Skip what separates tokens: blanks, comments, backslash continuations, and newlines
     * inside brackets (or anywhere in an f-string expression). */
    const char *comment = NULL; /* a NEWLINE after a comment starts where it does, as CPython's */
    for (;;) {
        const char *p = lx->cur;
        if (p >= end) break;
        char c = *p;
        if (c == ' ' || c == '\t' || c == '\f') {
            lx->cur++;
        } else if (c == '#') {
            comment = p;
            while (p < end && *p != '\n' && *p != '\r') p++;
            lx->cur = p;
        } else if (c == '\\') {
            int nl = newline_len(p + 1, end);
            if (nl && p + 1 + nl < end) {
                lx->cur = p + 1 + nl;
                new_line(lx, lx->cur);
                continue;
            }
            int col = col_at(lx, p) + 1;
            lx->cur = p + 1;
            if (p + 1 + nl >= end) { /* nothing after the backslash, or its newline */
                Token t = error_at(lx, "SyntaxError", lx->line, col, col + 1, "unexpected EOF while parsing");
                lx->diag->incomplete = !(lx->flags & LEX_FSTRING);
                return t;
            }
            return error_at(lx, "SyntaxError", lx->line, col, col + 1,
                            "unexpected character after line continuation character");
        } else if ((c == '\n' || c == '\r') && (lx->paren_depth > 0 || (lx->flags & LEX_FSTRING))) {
            lx->cur = p + newline_len(p, end);
            new_line(lx, lx->cur);
            comment = NULL;
        } else {
            break;
        }
    }

    const char *start = lx->cur;
    int line = lx->line, col = col_at(lx, start);
    if (start >= end) return end_of_input(lx, comment);
    unsigned char c = (unsigned char)*start;

    if (c == '\n' || c == '\r') {
        int newline_col = col;
        if (comment) col = col_at(lx, comment);
        lx->cur = start + newline_len(start, end);
        Token t = make(lx, T_NEWLINE, start, line, col);
        t.end_line = line;
        /* after a comment, the token covers it: an error there marks the comment */
        t.end_col = comment ? newline_col : col + 1;
        new_line(lx, lx->cur);
        lx->at_line_start = 1;
        return t;
    }
    if (is_ident_start(c)) {
        const char *p = start;
        while (p < end && is_ident_char((unsigned char)*p)) {
            uint32_t cp = (unsigned char)*p;
            size_t k = cp < 0x80 ? 1 : utf8_decode(p, (size_t)(end - p), &cp);
            if (!str_char_is_printable(cp)) {
                int at = col_at(lx, p);
                lx->cur = p + k;
                return error_at(lx, "SyntaxError", line, at, at + 1, "invalid non-printable character U+%04X",
                                (unsigned)cp);
            }
            p += k;
        }
        size_t n = (size_t)(p - start);
        if (n <= 2 && p < end && (*p == '"' || *p == '\'')) {
            int flags = string_prefix(start, n);
            if (flags >= 0) return string(lx, start, line, col, (int)n, flags);
        }
        lx->cur = p;
        return make(lx, keyword(start, n), start, line, col);
    }
    if (is_digit(c) || (c == '.' && start + 1 < end && is_digit(start[1])))
        return number(lx, start, line, col);
    if (c == '"' || c == '\'') return string(lx, start, line, col, 0, 0);
    if (strchr("()[]{}", c) && c) return bracket(lx, start, line, col);

    int len;
    TokenKind k = operator(start, end, &len);
    if (k != T_EOF) {
        lx->cur = start + len;
        return make(lx, k, start, line, col);
    }
    if (c < 0x20 || c == 0x7F) {
        lx->cur = start + 1;
        return error_at(lx, "SyntaxError", line, col, col + 1,
                        "invalid non-printable character U+%04X", c);
    }
    /* $ ? ` and friends: the parser reports "invalid syntax" if it gets that far. */
    lx->cur = start + 1;
    return make(lx, T_ERRORTOKEN, start, line, col);
}

/* ---- number conversion ---- */

static void set_msg(char *msg, size_t size, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, size, fmt, ap);
    va_end(ap);
}

/* Integers in base 2, 8 or 16 that overflow int64 are converted to decimal text: the digits
 * are accumulated into base-2^32 limbs, then divided out by 10^9 repeatedly. */
static int big_from_base(Arena *a, const char *s, size_t n, int base, Node *out, char *msg,
                         size_t msgsize) {
    int bits_per = base == 16 ? 4 : base == 8 ? 3 : 1;
    size_t ndig = 0;
    for (size_t i = 0; i < n; i++) ndig += s[i] != '_';
    if (ndig * (size_t)bits_per > 14000) {
        set_msg(msg, msgsize, "integer literal too large (more than 14000 bits)");
        return -1;
    }
    size_t nlimbs = ndig * (size_t)bits_per / 32 + 2;
    uint32_t *limb = arena_alloc(a, nlimbs * sizeof *limb);
    size_t used = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '_') continue;
        uint64_t carry = (uint64_t)hex_value((unsigned char)s[i]);
        for (size_t k = 0; k < used; k++) {
            uint64_t v = (uint64_t)limb[k] * (uint64_t)base + carry;
            limb[k] = (uint32_t)v;
            carry = v >> 32;
        }
        if (carry) limb[used++] = (uint32_t)carry;
    }
    /* Each pass divides by 10^9 and yields nine decimal digits, least significant first. */
    size_t cap = used * 10 + 10, len = 0;
    char *dec = arena_alloc(a, cap + 1);
    while (used > 0) {
        uint64_t rem = 0;
        for (size_t k = used; k-- > 0;) {
            uint64_t v = (rem << 32) | limb[k];
            limb[k] = (uint32_t)(v / 1000000000u);
            rem = v % 1000000000u;
        }
        while (used > 0 && limb[used - 1] == 0) used--;
        for (int d = 0; d < 9; d++) {
            dec[len++] = (char)('0' + rem % 10);
            rem /= 10;
        }
    }
    while (len > 1 && dec[len - 1] == '0') len--;
    for (size_t i = 0; i < len / 2; i++) {
        char t = dec[i];
        dec[i] = dec[len - 1 - i];
        dec[len - 1 - i] = t;
    }
    dec[len] = 0;
    out->constant.kind = C_BIGINT;
    out->constant.text = dec;
    out->constant.len = len;
    return 0;
}

int lex_number(Arena *a, const Token *t, Node *n, char *msg, size_t msgsize) {
    const char *s = t->start;
    size_t len = (size_t)t->len;
    if (len >= 2 && s[0] == '0' && strchr("xXoObB", s[1]) && s[1]) {
        int base = (s[1] | 32) == 'x' ? 16 : (s[1] | 32) == 'o' ? 8 : 2;
        uint64_t v = 0;
        int over = 0;
        for (size_t i = 2; i < len; i++) {
            if (s[i] == '_') continue;
            uint64_t d = (uint64_t)hex_value((unsigned char)s[i]);
            if (v > ((uint64_t)INT64_MAX - d) / (uint64_t)base) {
                over = 1;
                break;
            }
            v = v * (uint64_t)base + d;
        }
        if (over) return big_from_base(a, s + 2, len - 2, base, n, msg, msgsize);
        n->constant.kind = C_INT;
        n->constant.ival = (int64_t)v;
        return 0;
    }
    int is_float = 0, is_imag = 0;
    for (size_t i = 0; i < len; i++) {
        char c = (char)(s[i] | 32);
        if (s[i] == '.' || c == 'e') is_float = 1;
        if (c == 'j') is_imag = 1;
    }
    /* A copy without the '_' separators (and without the 'j'). */
    char small[64];
    char *buf = len < sizeof small ? small : arena_alloc(a, len + 1);
    size_t m = 0;
    for (size_t i = 0; i < len; i++)
        if (s[i] != '_' && (s[i] | 32) != 'j') buf[m++] = s[i];
    buf[m] = 0;
    if (is_float || is_imag) {
        n->constant.kind = is_imag ? C_IMAG : C_FLOAT;
        n->constant.fval = strtod(buf, NULL);
        return 0;
    }
    size_t z = 0;
    while (z + 1 < m && buf[z] == '0') z++; /* 0_000 is zero */
    const char *digits = buf + z;
    size_t nd = m - z;
    if (nd > 4300) {
        set_msg(msg, msgsize,
                "Exceeds the limit (4300 digits) for integer string conversion: value has %d "
                "digits; use sys.set_int_max_str_digits() to increase the limit - Consider "
                "hexadecimal for huge integer literals to avoid decimal conversion limits.",
                (int)nd);
        return -1;
    }
    uint64_t v = 0;
    int over = nd > 19;
    for (size_t i = 0; i < nd && !over; i++) {
        uint64_t d = (uint64_t)(digits[i] - '0');
        if (v > ((uint64_t)INT64_MAX - d) / 10) over = 1;
        else v = v * 10 + d;
    }
    if (over) {
        n->constant.kind = C_BIGINT;
        n->constant.text = arena_strndup(a, digits, nd);
        n->constant.len = nd;
        return 0;
    }
    n->constant.kind = C_INT;
    n->constant.ival = (int64_t)v;
    return 0;
}

/* ---- string decoding ---- */

/* Appends code point cp as UTF-8. Lone surrogates (from \ud800) are encoded like any other
 * code point, as CPython's "surrogatepass" would. */
static size_t put_utf8(char *d, uint32_t cp) {
    if (cp < 0x80) {
        d[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        d[0] = (char)(0xC0 | (cp >> 6));
        d[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        d[0] = (char)(0xE0 | (cp >> 12));
        d[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        d[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    d[0] = (char)(0xF0 | (cp >> 18));
    d[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    d[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    d[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

int lex_unescape(const char *s, size_t n, int flags, char *dst, size_t *dstlen, char *msg,
                 size_t msgsize) {
    const char *end = s + n;
    int bytes = (flags & LEX_STR_BYTES) != 0, raw = (flags & LEX_STR_RAW) != 0;
    size_t o = 0;
    const char *p = s;
    while (p < end) {
        unsigned char c = (unsigned char)*p;
        if (c == '\r') { /* universal newlines, as CPython reads source files */
            p += (p + 1 < end && p[1] == '\n') ? 2 : 1;
            dst[o++] = '\n';
            continue;
        }
        if (c >= 0x80 && bytes) {
            set_msg(msg, msgsize, "bytes can only contain ASCII literal characters");
            return -1; /* the tokenizer's complaint in CPython: at the literal's start */
        }
        if (c != '\\' || raw) {
            dst[o++] = (char)c;
            p++;
            continue;
        }
        /* An escape sequence. */
        const char *esc = p++;
        if (p >= end) { /* a lone trailing backslash (in an f-string piece) stays */
            dst[o++] = '\\';
            break;
        }
        char e = *p++;
        int nl = newline_len(p - 1, end);
        if (nl) { /* backslash-newline: a continuation inside the literal */
            p += nl - 1;
            continue;
        }
        switch (e) {
        case '\\': dst[o++] = '\\'; break;
        case '\'': dst[o++] = '\''; break;
        case '"': dst[o++] = '"'; break;
        case 'a': dst[o++] = '\a'; break;
        case 'b': dst[o++] = '\b'; break;
        case 'f': dst[o++] = '\f'; break;
        case 'n': dst[o++] = '\n'; break;
        case 'r': dst[o++] = '\r'; break;
        case 't': dst[o++] = '\t'; break;
        case 'v': dst[o++] = '\v'; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            uint32_t v = (uint32_t)(e - '0');
            for (int k = 0; k < 2 && p < end && *p >= '0' && *p <= '7'; k++) v = v * 8 + (uint32_t)(*p++ - '0');
            if (bytes) dst[o++] = (char)(v & 0xFF);
            else o += put_utf8(dst + o, v);
            break;
        }
        case 'x': case 'u': case 'U': {
            int want = e == 'x' ? 2 : e == 'u' ? 4 : 8;
            if (e != 'x' && bytes) { /* \u is no escape in bytes */
                dst[o++] = '\\';
                dst[o++] = e;
                break;
            }
            uint32_t v = 0;
            int k = 0;
            for (; k < want && p < end && is_hex(*p); k++) v = v * 16 + (uint32_t)hex_value(*p++);
            if (k < want) {
                if (bytes)
                    set_msg(msg, msgsize, "(value error) invalid \\x escape at position %d",
                            (int)(esc - s));
                else
                    set_msg(msg, msgsize,
                            "(unicode error) 'unicodeescape' codec can't decode bytes in "
                            "position %d-%d: truncated \\%s escape",
                            (int)(esc - s), (int)(p - s - 1),
                            e == 'x' ? "xXX" : e == 'u' ? "uXXXX" : "UXXXXXXXX");
                return -2;
            }
            if (v > 0x10FFFF) {
                set_msg(msg, msgsize,
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                        "%d-%d: illegal Unicode character",
                        (int)(esc - s), (int)(p - s - 1));
                return -2;
            }
            if (bytes) dst[o++] = (char)v;
            else o += put_utf8(dst + o, v);
            break;
        }
        case 'N':
            if (!bytes) {
                set_msg(msg, msgsize,
                        "(unicode error) \\N{...} escapes are not supported (position %d)",
                        (int)(esc - s));
                return -2;
            }
            dst[o++] = '\\'; /* no escape in bytes */
            p--;
            break;
        default: /* unknown escapes keep their backslash, as in CPython */
            dst[o++] = '\\';
            p--;
            break;
        }
    }
    *dstlen = o;
    return 0;
}
