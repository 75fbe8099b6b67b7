/* lexer.h — the front end's first stage: Python source bytes -> tokens.
 * The parser pulls tokens one at a time with lex_next; indentation arrives as explicit
 * INDENT/DEDENT tokens and every token carries its start and end position. */
#ifndef EDGE_LEXER_H
#define EDGE_LEXER_H

#include <stddef.h>

#include "ast.h"

typedef enum TokenKind {
    T_EOF,        /* end of input; lex_next keeps returning it */
    T_ERROR,      /* the lexer stopped: the Diagnostic given to lex_init says why (see
                     Lexer.soft_error) */
    T_NEWLINE,    /* end of a logical line */
    T_INDENT,     /* zero-width, at the first character of a deeper line */
    T_DEDENT,     /* zero-width, one per closed indentation level */
    T_NAME,       /* identifiers, soft keywords (match, case, _) included */
    T_NUMBER,     /* convert with lex_number */
    T_STRING,     /* one literal with its prefix and quotes; decode with lex_unescape */
    T_ERRORTOKEN, /* a character that begins no token ($, ?, `, lone !); the parser reports it */

    T_LPAREN, T_RPAREN, T_LBRACKET, T_RBRACKET, T_LBRACE, T_RBRACE,
    T_COLON, T_COMMA, T_SEMI, T_DOT, T_ELLIPSIS, T_ARROW, T_WALRUS, T_ASSIGN,
    T_PLUS, T_MINUS, T_STAR, T_SLASH, T_DSLASH, T_PERCENT, T_AT, T_DSTAR,
    T_LSHIFT, T_RSHIFT, T_AMP, T_PIPE, T_CARET, T_TILDE,
    T_LT, T_GT, T_LE, T_GE, T_EQ, T_NE,

    /* augmented assignment, in the order of Operator's OP_ADD .. OP_FLOORDIV, so that
     * `op = OP_ADD + (kind - T_PLUS_EQ)` */
    T_PLUS_EQ, T_MINUS_EQ, T_STAR_EQ, T_AT_EQ, T_SLASH_EQ, T_PERCENT_EQ, T_DSTAR_EQ,
    T_LSHIFT_EQ, T_RSHIFT_EQ, T_PIPE_EQ, T_CARET_EQ, T_AMP_EQ, T_DSLASH_EQ,

    /* keywords (the hard ones; soft keywords are T_NAME) */
    T_FALSE, T_NONE, T_TRUE, T_AND, T_AS, T_ASSERT, T_ASYNC, T_AWAIT, T_BREAK, T_CLASS,
    T_CONTINUE, T_DEF, T_DEL, T_ELIF, T_ELSE, T_EXCEPT, T_FINALLY, T_FOR, T_FROM, T_GLOBAL,
    T_IF, T_IMPORT, T_IN, T_IS, T_LAMBDA, T_NONLOCAL, T_NOT, T_OR, T_PASS, T_RAISE,
    T_RETURN, T_TRY, T_WHILE, T_WITH, T_YIELD,
    T_KIND_COUNT
} TokenKind;

/* T_STRING flags: which prefix letters the literal has, and its quoting. */
#define LEX_STR_RAW 1
#define LEX_STR_BYTES 2
#define LEX_STR_F 4
#define LEX_STR_TRIPLE 8

typedef struct Token {
    TokenKind kind;
    int line, col;         /* 1-based start; col counts code points */
    int end_line, end_col; /* exclusive end: the position just after the token */
    const char *start;     /* the token's bytes in the source (not NUL-terminated) */
    int len;               /* byte length; 0 for NEWLINE at EOF, INDENT, DEDENT and EOF */
    unsigned char flags;   /* T_STRING: LEX_STR_* bits */
    unsigned char prefix;  /* T_STRING: number of prefix letters before the quote */
    unsigned char level;   /* brackets open before the token (an f-string field counts 1) */
} Token;

/* CPython's limits, with its messages: "too many levels of indentation" and
 * "too many nested parentheses". They also bound the parser's recursion. */
#define LEX_MAX_INDENT 100
#define LEX_MAX_PARENS 200

/* Lexer flags. LEX_FSTRING lexes the expression of an f-string replacement field: newlines
 * are insignificant (as inside brackets), and no NEWLINE/INDENT/DEDENT is produced. */
#define LEX_FSTRING 1

typedef struct Lexer {
    const char *src, *cur, *end;
    const char *line_start;  /* first byte of the current physical line */
    int line;
    int line_col;            /* column of line_start: 1 except on an f-string's first line */
    const char *col_ptr;     /* memo for columns: col_val is the column of col_ptr, */
    int col_val;             /* so that computing columns is linear over a line */
    int flags;
    int at_line_start;       /* the next token begins a logical line: measure indentation */
    int done;                /* EOF or an error has been returned */
    int pending_dedents;
    TokenKind last;          /* the previous token's kind */
    int indent_depth;
    int indent[LEX_MAX_INDENT + 1];     /* columns with tabs to multiples of 8 */
    int alt_indent[LEX_MAX_INDENT + 1]; /* columns with tabs as 1: detects TabError */
    int paren_depth;
    char paren[LEX_MAX_PARENS];
    int paren_line[LEX_MAX_PARENS], paren_col[LEX_MAX_PARENS];
    /* Set when the input ended inside brackets: the innermost open bracket. The lexer then
     * returns T_EOF; the parser decides whether to report "'(' was never closed". */
    int unclosed;
    char unclosed_char;
    int unclosed_line, unclosed_col;
    /* Set with T_ERROR for indentation errors (unindent mismatch, TabError, too deep). As in
     * CPython they count only if the parser gets that far: an earlier syntax error wins.
     * Other lexer errors win over parser errors wherever they are in the file (CPython's
     * one exception, an earlier "unexpected indent", is the parser's business). */
    int soft_error;
    Diagnostic *diag;        /* receives the first error */
} Lexer;

/* Prepares to lex `len` bytes at `src` (no NUL terminator needed; NUL bytes are an error).
 * `line` and `col` are the position of src[0] (1, 1 for a file; the place of a replacement
 * field inside an f-string). A UTF-8 byte order mark at the start of a file is skipped.
 * `diag` receives the first error, after which lex_next returns T_ERROR once, then T_EOF. */
void lex_init(Lexer *lx, const char *src, size_t len, int line, int col, int flags,
              Diagnostic *diag);

/* Returns the next token. A file always ends with NEWLINE (if the last line had tokens),
 * the DEDENTs closing open blocks, then T_EOF. */
Token lex_next(Lexer *lx);

/* A printable name for a token kind, for messages and debugging: "'('", "NAME", "if". */
const char *lex_kind_name(TokenKind kind);

/* Converts the text of a T_NUMBER token into n->constant (C_INT, C_BIGINT, C_FLOAT or C_IMAG;
 * kind and position of n are left alone). Big-integer digit strings live in `a`.
 * Returns 0, or -1 with a message in msg[msgsize] when the literal is too long to convert
 * (CPython's 4300-digit limit for decimal literals; 14,000 bits for other bases). */
int lex_number(Arena *a, const Token *t, Node *n, char *msg, size_t msgsize);

/* Decodes a string literal body (the bytes between the quotes, or a piece of an f-string)
 * into dst, which needs room for `n` bytes: no escape sequence decodes to more bytes than
 * it is written with. `flags` are the token's LEX_STR_RAW / LEX_STR_BYTES bits. Newlines
 * (\r\n, \r) become \n. Sets *dstlen and returns 0, or a CPython-style message in
 * msg[msgsize] and -1 for a non-ASCII byte in a bytes literal (which CPython reports at the
 * literal's start), -2 for a bad escape (\x4, \N{...}: reported at the token after the literals). */
int lex_unescape(const char *s, size_t n, int flags, char *dst, size_t *dstlen, char *msg,
                 size_t msgsize);

#endif
