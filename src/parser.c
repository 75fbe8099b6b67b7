/* parser.c — front end, stage 2: tokens -> AST (the shapes of ast.h).
 * Input: lexer.c's tokens, all collected first, so that a lexer error later in the file can
 * win over a parser error as in CPython, and a statement can be re-read (the soft keyword
 * `match`, parenthesised `with` items). Output: an N_MODULE in the caller's arena, or NULL
 * and the first error in *diag. Recursive descent after Python 3.11's grammar; every
 * recursion is counted, so no input can exhaust the C stack; errors travel up as NULL. */
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "lexer.h"

/* Expression and pattern nesting beyond this is "too complex". With brackets capped at 200
 * by the lexer, this caps the C stack at roughly MAX_DEPTH small frames. */
#define MAX_DEPTH 1000
/* f-strings nested inside f-string expressions (each level needs another quote kind, so
 * real code stops at four). */
#define MAX_FSTRING_NEST 8

typedef struct Parser {
    Arena *arena;
    Token *toks;
    int ntoks, cap, pos;
    int depth;   /* recursion depth, carried into f-string sub-parsers */
    int fnest;   /* 0 in a file, n inside n levels of f-string replacement fields */
    int failed;  /* an error is recorded in err; everything unwinds with NULL */
    int far;     /* the furthest token the parser had read when it failed */
    int speculating; /* inside the trial parse of invalid(): no nested trials */
    int last_expr_start, last_expr_end; /* token span of the last complete `or` level */
    const Token *stmt_end; /* the last token of the last simple statement line: compound
                              statements end there (a trailing ';' included, as in CPython) */
    Diagnostic err;
    Diagnostic lex_err; /* the lexer's error, when toks ends with T_ERROR */
    int lex_failed;     /* ... 1 for an indentation error (reported if reached), 2 otherwise */
    int unexpected_indent; /* the recorded error is "unexpected indent" */
    /* From the lexer: the input ended inside this bracket. */
    int unclosed;
    char unclosed_char;
    int unclosed_line, unclosed_col;
} Parser;

/* Binding powers, loosest first; `not` and the unary signs are prefixes at their level. */
enum {
    PREC_OR = 1, PREC_AND, PREC_NOT, PREC_CMP, PREC_BOR, PREC_BXOR, PREC_BAND, PREC_SHIFT,
    PREC_ARITH, PREC_TERM, PREC_UNARY, PREC_POWER
};

static Node *expression(Parser *p);
static Node *named_expression(Parser *p);
static Node *named_expression_in(Parser *p, int in_call);
static Node *star_expressions(Parser *p);
static Node *star_named_expression(Parser *p);
static Node *yield_expr(Parser *p);
static Node *binary(Parser *p, int minprec);
static Node *strings(Parser *p);
static Node *pattern(Parser *p);
static int statement(Parser *p, NodeList *body);

/* ---- tokens ---- */

#define TOK (p->toks[p->pos].kind)

static const Token *peek(Parser *p) { return &p->toks[p->pos]; }

static TokenKind peek_kind(Parser *p, int k) {
    int i = p->pos + k;
    return p->toks[i < p->ntoks ? i : p->ntoks - 1].kind;
}

static const Token *advance(Parser *p) {
    const Token *t = &p->toks[p->pos];
    if (p->pos < p->ntoks - 1) p->pos++;
    return t;
}

static int accept(Parser *p, TokenKind k) {
    if (TOK != k) return 0;
    advance(p);
    return 1;
}

static const Token *prev(Parser *p) { return &p->toks[p->pos > 0 ? p->pos - 1 : 0]; }

static int is_name(const Token *t, const char *s) {
    size_t n = strlen(s);
    return t->kind == T_NAME && (size_t)t->len == n && memcmp(t->start, s, n) == 0;
}

static const char *tok_str(Parser *p, const Token *t) {
    return arena_strndup(p->arena, t->start, (size_t)t->len);
}

/* Tokens that can begin an expression (or a starred item). */
static int starts_expression(TokenKind k) {
    switch (k) {
    case T_NAME: case T_NUMBER: case T_STRING: case T_LPAREN: case T_LBRACKET: case T_LBRACE:
    case T_MINUS: case T_PLUS: case T_TILDE: case T_NOT: case T_LAMBDA: case T_AWAIT:
    case T_TRUE: case T_FALSE: case T_NONE: case T_ELLIPSIS: case T_STAR:
        return 1;
    default:
        return 0;
    }
}

/* ---- errors ---- */

/* The end column of an error CPython marks to the end of its line (what is wrong inside
 * string literals and f-strings): the report cuts it at the line's end. */
#define TO_LINE_END INT_MAX

static void *vfail(Parser *p, const char *kind, int line, int col, int end_line, int end_col,
                   const char *fmt, va_list ap) {
    if (p->failed) return NULL;
    p->failed = 1;
    if (p->pos > p->far) p->far = p->pos;
    p->err.kind = kind;
    p->err.incomplete = 0;
    vsnprintf(p->err.message, sizeof p->err.message, fmt, ap);
    p->err.line = line;
    p->err.col = col;
    /* An error over several lines is marked to the end of its first, as CPython marks it. */
    p->err.end_col = end_line > line ? TO_LINE_END : end_col > col ? end_col : col + 1;
    return NULL;
}

/* Reaching the lexer's indentation error (see Lexer.soft_error) reports it. */
static int lexer_error(Parser *p, const Token *t) {
    if (t->kind != T_ERROR || p->failed) return 0;
    p->failed = 1;
    p->err = p->lex_err;
    return 1;
}

static void *fail_tok(Parser *p, const Token *t, const char *fmt, ...) {
    if (lexer_error(p, t)) return NULL; /* t is always one of p->toks */
    int first = !p->failed;
    va_list ap;
    va_start(ap, fmt);
    vfail(p, "SyntaxError", t->line, t->col, t->end_line, t->end_col, fmt, ap);
    va_end(ap);
    if (first && t - p->toks > p->far) p->far = (int)(t - p->toks);
    return NULL;
}

/* An error spanning tokens a to b. */
static void vfail_at(Parser *p, const Token *a, const Token *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vfail(p, "SyntaxError", a->line, a->col, b->end_line, b->end_col, fmt, ap);
    va_end(ap);
}

/* At one point, line:col. */
static void *fail_at(Parser *p, const char *kind, int line, int col, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vfail(p, kind, line, col, line, col + 1, fmt, ap);
    va_end(ap);
    return NULL;
}

/* At the token after the string literals just read (a NEWLINE after a comment starts at the
 * '#'): where CPython 3.11 reports what is wrong inside them. */
static void *fail_after_strings(Parser *p, const char *fmt, ...) {
    const Token *t = peek(p);
    va_list ap;
    va_start(ap, fmt);
    vfail(p, "SyntaxError", t->line, t->col, t->line, t->end_col, fmt, ap);
    va_end(ap);
    return NULL;
}

static void *fail_node(Parser *p, const Node *n, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vfail(p, "SyntaxError", n->line, n->col, n->end_line, n->end_col, fmt, ap);
    va_end(ap);
    return NULL;
}

static void *fail_indent(Parser *p, const Token *t, const char *fmt, ...) {
    if (lexer_error(p, t)) return NULL;
    va_list ap;
    va_start(ap, fmt);
    vfail(p, "IndentationError", t->line, t->col, t->end_line, t->end_col, fmt, ap);
    va_end(ap);
    return NULL;
}

static int ends_atom(TokenKind k) {
    switch (k) {
    case T_NAME: case T_NUMBER: case T_STRING: case T_RPAREN: case T_RBRACKET: case T_RBRACE:
    case T_TRUE: case T_FALSE: case T_NONE: case T_ELLIPSIS:
        return 1;
    default:
        return 0;
    }
}

static int starts_atom(TokenKind k) {
    return ends_atom(k) || k == T_LPAREN || k == T_LBRACKET || k == T_LBRACE;
}

/* The last token of what `parse` would read from here, parsed on trial (the position and
 * error state are kept), or NULL when it would fail: CPython's errors that span a
 * construct to the end of what follows it. `reached`, when given, receives the furthest
 * token the trial read (for p->far: CPython read that far too). */
static const Token *trial_end(Parser *p, Node *(*parse)(Parser *p), int *reached) {
    if (p->speculating || p->failed) return NULL;
    int save = p->pos, depth = p->depth, far = p->far;
    p->speculating = 1;
    int ok = parse(p) != NULL;
    const Token *end = prev(p);
    if (reached) *reached = p->pos > p->far ? p->pos : p->far;
    p->speculating = 0;
    p->pos = save;
    p->depth = depth;
    p->failed = 0;
    p->far = far;
    return ok ? end : NULL;
}

/* Inside brackets, an expression right after another most likely misses a comma:
 * `[1 2]`. The second one is parsed on trial to be sure; the error spans both. */
static int missing_comma(Parser *p) {
    const Token *t = peek(p), *before = prev(p);
    if (p->speculating || p->pos == 0 || t->level == 0 || p->last_expr_end != p->pos - 1 ||
        !ends_atom(before->kind) || !starts_atom(t->kind) || t->kind == T_RPAREN ||
        t->kind == T_RBRACKET || t->kind == T_RBRACE ||
        (before->kind == T_NAME && t->kind == T_STRING))
        return 0;
    const Token *a = &p->toks[p->last_expr_start];
    int reached = p->far;
    const Token *b = trial_end(p, expression, &reached);
    if (b) vfail_at(p, a, b, "invalid syntax. Perhaps you forgot a comma?");
    if (reached > p->far) p->far = reached;
    return b != NULL;
}

static Node *bitwise_or(Parser *p) { return binary(p, PREC_BOR); }

/* The generic error, at the token the parser could not use. */
static void *invalid(Parser *p) {
    if (!p->failed && !missing_comma(p)) fail_tok(p, peek(p), "invalid syntax");
    return NULL;
}

static int expect(Parser *p, TokenKind k) {
    if (accept(p, k)) return 1;
    invalid(p);
    return 0;
}

/* Before a block: CPython says "expected ':'" when the line simply ends. */
static int expect_colon(Parser *p) {
    if (accept(p, T_COLON)) return 1;
    if (TOK == T_NEWLINE) fail_tok(p, peek(p), "expected ':'");
    else invalid(p);
    return 0;
}

/* Counts one level of recursion; callers always undo it with leave(). */
static int enter(Parser *p) {
    if (++p->depth <= MAX_DEPTH) return 1;
    fail_tok(p, peek(p), "too complex");
    return 0;
}

static void leave(Parser *p) { p->depth--; }

/* An error inside brackets the input never closed is most likely caused by them: report
 * "'(' was never closed" instead, on CPython's terms: when the parser had read up to a
 * later line, or to the end. */
static void blame_unclosed(Parser *p) {
    if (!p->failed || !p->unclosed) return;
    const Token *far = &p->toks[p->far < p->ntoks ? p->far : p->ntoks - 1];
    if (far->line > p->unclosed_line || far->kind == T_EOF) {
        p->err.kind = "SyntaxError";
        snprintf(p->err.message, sizeof p->err.message, "'%c' was never closed",
                 p->unclosed_char);
        p->err.line = p->unclosed_line;
        p->err.col = p->unclosed_col;
        p->err.end_col = p->unclosed_col + 1;
        p->err.incomplete = p->fnest == 0; /* the file, not an f-string's field, ended */
    }
}

/* ---- nodes ---- */

static Node *new_node(Parser *p, NodeKind k, const Token *t) {
    Node *n = arena_alloc(p->arena, sizeof *n);
    n->kind = k;
    n->line = t->line;
    n->col = t->col;
    n->end_line = t->end_line;
    n->end_col = t->end_col;
    return n;
}

/* A node that starts where `first` starts (and, until told otherwise, ends there too). */
static Node *node_from(Parser *p, NodeKind k, const Node *first) {
    Node *n = arena_alloc(p->arena, sizeof *n);
    n->kind = k;
    n->line = first->line;
    n->col = first->col;
    n->end_line = first->end_line;
    n->end_col = first->end_col;
    return n;
}

static void end_tok(Node *n, const Token *t) {
    n->end_line = t->end_line;
    n->end_col = t->end_col;
}

static void end_prev(Parser *p, Node *n) { end_tok(n, prev(p)); }

static void push(Parser *p, NodeList *l, Node *n) { nodelist_push(p->arena, l, n); }

static void push_name(Parser *p, const char ***arr, int *count, int *cap, const char *s) {
    if (*count == *cap) {
        int ncap = *cap ? *cap * 2 : 4;
        const char **a = arena_alloc(p->arena, (size_t)ncap * sizeof *a);
        if (*count) memcpy(a, *arr, (size_t)*count * sizeof *a);
        *arr = a;
        *cap = ncap;
    }
    (*arr)[(*count)++] = s;
}

static Node *name_node(Parser *p, const Token *t) {
    Node *n = new_node(p, N_NAME, t);
    n->name.id = tok_str(p, t);
    return n;
}

static Node *const_node(Parser *p, const Token *t, ConstKind k) {
    Node *n = new_node(p, N_CONSTANT, t);
    n->constant.kind = k;
    return n;
}

static Node *number_node(Parser *p, const Token *t) {
    Node *n = new_node(p, N_CONSTANT, t);
    char msg[256];
    if (lex_number(p->arena, t, n, msg, sizeof msg) < 0) return fail_tok(p, t, "%s", msg);
    return n;
}

/* Spans follow CPython: a node runs from the first token its rule read to the last one,
 * so `(a) + b` starts at the parenthesis although its left operand does not. */
static Node *unary_node(Parser *p, const Token *t, Operator op, Node *operand) {
    Node *n = new_node(p, N_UNARY_OP, t);
    n->unary.op = op;
    n->unary.operand = operand;
    end_prev(p, n);
    return n;
}

static Node *binop_node(Parser *p, const Token *t, Node *left, Operator op, Node *right) {
    Node *n = new_node(p, N_BIN_OP, t);
    n->binop.left = left;
    n->binop.op = op;
    n->binop.right = right;
    end_prev(p, n);
    return n;
}

/* What CPython calls an expression in "cannot assign to %s". */
static const char *expr_name(const Node *n) {
    switch (n->kind) {
    case N_ATTRIBUTE: return "attribute";
    case N_SUBSCRIPT: return "subscript";
    case N_STARRED: return "starred";
    case N_NAME: return "name";
    case N_LIST: return "list";
    case N_TUPLE: return "tuple";
    case N_LAMBDA: return "lambda";
    case N_CALL: return "function call";
    case N_BOOL_OP: case N_BIN_OP: case N_UNARY_OP: return "expression";
    case N_GENERATOR_EXP: return "generator expression";
    case N_YIELD: case N_YIELD_FROM: return "yield expression";
    case N_AWAIT: return "await expression";
    case N_LIST_COMP: return "list comprehension";
    case N_SET_COMP: return "set comprehension";
    case N_DICT_COMP: return "dict comprehension";
    case N_DICT: return "dict literal";
    case N_SET: return "set display";
    case N_JOINED_STR: case N_FORMATTED_VALUE: return "f-string expression";
    case N_COMPARE: return "comparison";
    case N_IF_EXP: return "conditional expression";
    case N_NAMED_EXPR: return "named expression";
    case N_CONSTANT:
        switch (n->constant.kind) {
        case C_NONE: return "None";
        case C_TRUE: return "True";
        case C_FALSE: return "False";
        case C_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    default: return "expression";
    }
}

/* ---- targets ---- */

/* Checks that n can be assigned to. Starred items are allowed inside a tuple or list only,
 * at most one per sequence. */
static int check_store(Parser *p, Node *n, int in_seq) {
    switch (n->kind) {
    case N_NAME:
        if (strcmp(n->name.id, "__debug__") == 0) {
            fail_node(p, n, "cannot assign to __debug__");
            return 0;
        }
        return 1;
    case N_ATTRIBUTE:
    case N_SUBSCRIPT: return 1;
    case N_STARRED:
        if (!in_seq) {
            fail_node(p, n, "starred assignment target must be in a list or tuple");
            return 0;
        }
        return check_store(p, n->starred.value, 0);
    case N_TUPLE:
    case N_LIST: {
        int stars = 0;
        for (int i = 0; i < n->seq.elts.len; i++) {
            Node *e = n->seq.elts.items[i];
            stars += e->kind == N_STARRED;
            if (!check_store(p, e, 1)) return 0;
        }
        if (stars > 1) {
            fail_node(p, n, "multiple starred expressions in assignment");
            return 0;
        }
        return 1;
    }
    default:
        fail_node(p, n, "cannot assign to %s", expr_name(n));
        return 0;
    }
}

static int check_del(Parser *p, Node *n) {
    switch (n->kind) {
    case N_NAME:
    case N_ATTRIBUTE:
    case N_SUBSCRIPT: return 1;
    case N_TUPLE:
    case N_LIST:
        for (int i = 0; i < n->seq.elts.len; i++)
            if (!check_del(p, n->seq.elts.items[i])) return 0;
        return 1;
    default:
        fail_node(p, n, "cannot delete %s", expr_name(n));
        return 0;
    }
}

/* `*x` or an expression at the `|` level: an item of a target list. */
static Node *star_target(Parser *p) {
    if (TOK == T_STAR) {
        const Token *t = advance(p);
        Node *v = binary(p, PREC_BOR);
        if (!v) return NULL;
        Node *n = new_node(p, N_STARRED, t);
        n->starred.value = v;
        end_prev(p, n);
        return n;
    }
    return binary(p, PREC_BOR);
}

/* The targets of `for` and of comprehensions: `a`, `a, *b`, `(a, b)`, `x.y[0]`. */
static Node *target_list(Parser *p) {
    const Token *t = peek(p);
    Node *first = star_target(p);
    if (!first) return NULL;
    Node *res = first;
    if (TOK == T_COMMA) {
        res = new_node(p, N_TUPLE, t);
        push(p, &res->seq.elts, first);
        while (accept(p, T_COMMA)) {
            if (!starts_expression(TOK)) break;
            Node *e = star_target(p);
            if (!e) return NULL;
            push(p, &res->seq.elts, e);
        }
        end_prev(p, res);
    }
    return check_store(p, res, 0) ? res : NULL;
}

/* ---- expressions ---- */

static int is_comp_for(Parser *p) {
    return TOK == T_FOR || (TOK == T_ASYNC && peek_kind(p, 1) == T_FOR);
}

/* One or more `[async] for targets in iter [if cond]...` clauses. */
static int comp_clauses(Parser *p, NodeList *gens) {
    while (is_comp_for(p)) {
        const Token *t = peek(p);
        Node *c = new_node(p, N_COMPREHENSION, t);
        if (accept(p, T_ASYNC)) c->comprehension.is_async = 1;
        advance(p);
        if (!(c->comprehension.target = target_list(p))) return 0;
        if (!expect(p, T_IN)) return 0;
        if (!(c->comprehension.iter = binary(p, PREC_OR))) return 0;
        while (accept(p, T_IF)) {
            Node *cond = binary(p, PREC_OR);
            if (!cond) return 0;
            push(p, &c->comprehension.ifs, cond);
        }
        end_prev(p, c);
        push(p, gens, c);
    }
    return 1;
}

/* A comprehension whose element `elt` was just parsed; `open` is its bracket. */
static Node *comprehension(Parser *p, NodeKind k, const Token *open, Node *elt, TokenKind close) {
    if (elt->kind == N_STARRED)
        return fail_node(p, elt, "iterable unpacking cannot be used in comprehension");
    Node *n = new_node(p, k, open);
    n->comp.elt = elt;
    if (!comp_clauses(p, &n->comp.generators)) return NULL;
    if (TOK != close) return invalid(p);
    end_tok(n, advance(p));
    return n;
}

/* Comma-separated items after `first` up to (not including) `close`. */
static int display_items(Parser *p, Node *n, TokenKind close) {
    while (accept(p, T_COMMA)) {
        if (TOK == close) break;
        Node *e = star_named_expression(p);
        if (!e) return 0;
        push(p, &n->seq.elts, e);
    }
    return 1;
}

static Node *paren(Parser *p) {
    const Token *lp = advance(p);
    if (TOK == T_RPAREN) {
        Node *n = new_node(p, N_TUPLE, lp);
        end_tok(n, advance(p));
        return n;
    }
    if (TOK == T_YIELD) {
        Node *y = yield_expr(p);
        if (!y || !expect(p, T_RPAREN)) return NULL;
        return y;
    }
    Node *first = star_named_expression(p);
    if (!first) return NULL;
    if (is_comp_for(p)) return comprehension(p, N_GENERATOR_EXP, lp, first, T_RPAREN);
    if (TOK == T_COMMA) {
        Node *n = new_node(p, N_TUPLE, lp);
        push(p, &n->seq.elts, first);
        if (!display_items(p, n, T_RPAREN)) return NULL;
        if (TOK != T_RPAREN) return invalid(p);
        end_tok(n, advance(p));
        return n;
    }
    if (TOK != T_RPAREN) return invalid(p);
    advance(p);
    if (first->kind == N_STARRED) return fail_node(p, first, "cannot use starred expression here");
    return first; /* a parenthesised expression keeps its own position, as in CPython */
}

static Node *list_display(Parser *p) {
    const Token *lb = advance(p);
    Node *n = new_node(p, N_LIST, lb);
    if (TOK != T_RBRACKET) {
        Node *first = star_named_expression(p);
        if (!first) return NULL;
        if (is_comp_for(p)) return comprehension(p, N_LIST_COMP, lb, first, T_RBRACKET);
        push(p, &n->seq.elts, first);
        if (!display_items(p, n, T_RBRACKET)) return NULL;
    }
    if (TOK != T_RBRACKET) return invalid(p);
    end_tok(n, advance(p));
    return n;
}

/* `key: value` and `**mapping` items of a dict display after the first. */
static Node *dict_rest(Parser *p, Node *n) {
    while (accept(p, T_COMMA)) {
        if (TOK == T_RBRACE) break;
        Node *k = NULL, *v;
        if (accept(p, T_DSTAR)) {
            if (!(v = binary(p, PREC_BOR))) return NULL;
        } else {
            if (!(k = expression(p)) || !expect(p, T_COLON) || !(v = expression(p))) return NULL;
        }
        push(p, &n->dict.keys, k);
        push(p, &n->dict.values, v);
    }
    if (TOK != T_RBRACE) return invalid(p);
    end_tok(n, advance(p));
    return n;
}

static Node *brace_display(Parser *p) {
    const Token *lb = advance(p);
    if (TOK == T_RBRACE || TOK == T_DSTAR) {
        Node *n = new_node(p, N_DICT, lb);
        if (accept(p, T_DSTAR)) {
            Node *v = binary(p, PREC_BOR);
            if (!v) return NULL;
            push(p, &n->dict.keys, NULL);
            push(p, &n->dict.values, v);
            return dict_rest(p, n);
        }
        end_tok(n, advance(p));
        return n;
    }
    int bare_walrus = TOK == T_NAME && peek_kind(p, 1) == T_WALRUS;
    Node *first = star_named_expression(p);
    if (!first) return NULL;
    if (TOK == T_COLON) {
        if (first->kind == N_STARRED || bare_walrus) return invalid(p);
        advance(p);
        Node *v = expression(p);
        if (!v) return NULL;
        if (is_comp_for(p)) {
            Node *n = new_node(p, N_DICT_COMP, lb);
            n->comp.key = first;
            n->comp.elt = v;
            if (!comp_clauses(p, &n->comp.generators)) return NULL;
            if (TOK != T_RBRACE) return invalid(p);
            end_tok(n, advance(p));
            return n;
        }
        Node *n = new_node(p, N_DICT, lb);
        push(p, &n->dict.keys, first);
        push(p, &n->dict.values, v);
        return dict_rest(p, n);
    }
    if (is_comp_for(p)) return comprehension(p, N_SET_COMP, lb, first, T_RBRACE);
    Node *n = new_node(p, N_SET, lb);
    push(p, &n->seq.elts, first);
    if (!display_items(p, n, T_RBRACE)) return NULL;
    if (TOK != T_RBRACE) return invalid(p);
    end_tok(n, advance(p));
    return n;
}

static Node *atom(Parser *p) {
    const Token *t = peek(p);
    switch (t->kind) {
    case T_NAME: return name_node(p, advance(p));
    case T_NUMBER: return number_node(p, advance(p));
    case T_STRING: return strings(p);
    case T_TRUE: return const_node(p, advance(p), C_TRUE);
    case T_FALSE: return const_node(p, advance(p), C_FALSE);
    case T_NONE: return const_node(p, advance(p), C_NONE);
    case T_ELLIPSIS: return const_node(p, advance(p), C_ELLIPSIS);
    case T_LPAREN: return paren(p);
    case T_LBRACKET: return list_display(p);
    case T_LBRACE: return brace_display(p);
    default: return invalid(p);
    }
}

/* Call arguments up to the ')' (left for the caller). A generator expression may be the
 * only argument, written without its own parentheses: it then spans the call's. */
static int call_args(Parser *p, const Token *lparen, NodeList *args, NodeList *kws,
                     int allow_genexp) {
    int seen_kw = 0, seen_dstar = 0;
    /* A positional argument after a keyword one: CPython reports it at the ')', once the
     * arguments parsed. */
    const char *misplaced = NULL;
    while (TOK != T_RPAREN) {
        const Token *t = peek(p);
        if (t->kind == T_STAR) {
            advance(p);
            Node *v = expression(p);
            if (!v) return 0;
            Node *s = new_node(p, N_STARRED, t);
            s->starred.value = v;
            end_prev(p, s);
            if (seen_dstar) {
                fail_tok(p, t, "iterable argument unpacking follows keyword argument unpacking");
                return 0;
            }
            push(p, args, s);
        } else if (t->kind == T_DSTAR || (t->kind == T_NAME && peek_kind(p, 1) == T_ASSIGN)) {
            Node *k = new_node(p, N_KEYWORD, t);
            if (t->kind == T_NAME) {
                k->keyword.name = tok_str(p, t);
                advance(p);
                seen_kw = 1;
            } else {
                seen_dstar = 1;
            }
            advance(p);
            if (!(k->keyword.value = expression(p))) return 0;
            end_prev(p, k);
            push(p, kws, k);
        } else {
            Node *v = named_expression_in(p, 1);
            if (!v) return 0;
            if (is_comp_for(p)) {
                if (!allow_genexp) return invalid(p), 0;
                Node *g = new_node(p, N_GENERATOR_EXP, lparen);
                g->comp.elt = v;
                if (!comp_clauses(p, &g->comp.generators)) return 0;
                end_prev(p, g);
                if (args->len || kws->len || TOK != T_RPAREN) {
                    g->line = v->line;
                    g->col = v->col;
                    fail_node(p, g, "Generator expression must be parenthesized");
                    return 0;
                }
                end_tok(g, peek(p));
                v = g;
            } else if (TOK == T_ASSIGN) {
                if (v->kind == N_CONSTANT && (v->constant.kind == C_TRUE ||
                                              v->constant.kind == C_FALSE || v->constant.kind == C_NONE))
                    fail_node(p, v, "cannot assign to %s", expr_name(v));
                else
                    fail_node(p, v, "expression cannot contain assignment, perhaps you meant \"==\"?");
                return 0;
            }
            if (!misplaced && seen_dstar) misplaced = "positional argument follows keyword argument unpacking";
            if (!misplaced && seen_kw) misplaced = "positional argument follows keyword argument";
            push(p, args, v);
        }
        if (TOK != T_RPAREN && !accept(p, T_COMMA)) return invalid(p), 0;
    }
    if (misplaced) return fail_tok(p, peek(p), "%s", misplaced), 0;
    return 1;
}

/* One subscript item: a slice `a:b:c` (each part optional), `*x`, or an expression. */
static Node *slice_item(Parser *p) {
    const Token *t = peek(p);
    if (TOK == T_STAR) return star_target(p);
    Node *lower = NULL;
    if (TOK != T_COLON) {
        lower = named_expression(p);
        if (!lower || TOK != T_COLON) return lower;
    }
    Node *s = new_node(p, N_SLICE, t);
    s->slice.lower = lower;
    advance(p);
    if (TOK != T_COLON && TOK != T_COMMA && TOK != T_RBRACKET)
        if (!(s->slice.upper = expression(p))) return NULL;
    if (accept(p, T_COLON) && TOK != T_COMMA && TOK != T_RBRACKET)
        if (!(s->slice.step = expression(p))) return NULL;
    end_prev(p, s);
    return s;
}

static Node *primary(Parser *p) {
    const Token *t0 = peek(p);
    Node *e = atom(p);
    while (e) {
        switch (TOK) {
        case T_DOT: {
            advance(p);
            if (TOK != T_NAME) return invalid(p);
            Node *n = new_node(p, N_ATTRIBUTE, t0);
            n->attribute.value = e;
            n->attribute.attr = tok_str(p, peek(p));
            end_tok(n, advance(p));
            e = n;
            break;
        }
        case T_LPAREN: {
            const Token *lp = advance(p);
            Node *n = new_node(p, N_CALL, t0);
            n->call.func = e;
            if (!call_args(p, lp, &n->call.args, &n->call.keywords, 1)) return NULL;
            end_tok(n, advance(p));
            e = n;
            break;
        }
        case T_LBRACKET: {
            advance(p);
            Node *n = new_node(p, N_SUBSCRIPT, t0);
            n->subscript.value = e;
            const Token *t = peek(p);
            Node *item = slice_item(p);
            if (!item) return NULL;
            if (TOK == T_COMMA || item->kind == N_STARRED) { /* a[*b] indexes by a tuple */
                Node *tup = new_node(p, N_TUPLE, t);
                push(p, &tup->seq.elts, item);
                while (accept(p, T_COMMA) && TOK != T_RBRACKET) {
                    if (!(item = slice_item(p))) return NULL;
                    push(p, &tup->seq.elts, item);
                }
                end_prev(p, tup);
                item = tup;
            }
            n->subscript.index = item;
            if (TOK != T_RBRACKET) return invalid(p);
            end_tok(n, advance(p));
            e = n;
            break;
        }
        default: return e;
        }
    }
    return NULL;
}

/* `await`? primary, then `** factor` (right-associative, tighter than a unary sign on its
 * left: -2**2 is -(2**2)). */
static Node *power(Parser *p) {
    const Token *t = peek(p);
    Node *e;
    if (accept(p, T_AWAIT)) {
        Node *v = primary(p);
        if (!v) return NULL;
        e = new_node(p, N_AWAIT, t);
        e->unary.operand = v;
        end_prev(p, e);
    } else {
        e = primary(p);
    }
    if (e && accept(p, T_DSTAR)) {
        Node *r = binary(p, PREC_UNARY);
        if (!r) return NULL;
        e = binop_node(p, t, e, OP_POW, r);
    }
    return e;
}

/* A comparison operator at the cursor: sets *op and returns its token count (1 or 2). */
static int compare_op(Parser *p, Operator *op) {
    switch (TOK) {
    case T_EQ: *op = OP_EQ; return 1;
    case T_NE: *op = OP_NOT_EQ; return 1;
    case T_LT: *op = OP_LT; return 1;
    case T_LE: *op = OP_LT_E; return 1;
    case T_GT: *op = OP_GT; return 1;
    case T_GE: *op = OP_GT_E; return 1;
    case T_IN: *op = OP_IN; return 1;
    case T_IS:
        if (peek_kind(p, 1) == T_NOT) {
            *op = OP_IS_NOT;
            return 2;
        }
        *op = OP_IS;
        return 1;
    case T_NOT:
        if (peek_kind(p, 1) == T_IN) {
            *op = OP_NOT_IN;
            return 2;
        }
        return 0;
    default: return 0;
    }
}

static int binary_prec(TokenKind k, Operator *op) {
    switch (k) {
    case T_PIPE: *op = OP_BITOR; return PREC_BOR;
    case T_CARET: *op = OP_BITXOR; return PREC_BXOR;
    case T_AMP: *op = OP_BITAND; return PREC_BAND;
    case T_LSHIFT: *op = OP_LSHIFT; return PREC_SHIFT;
    case T_RSHIFT: *op = OP_RSHIFT; return PREC_SHIFT;
    case T_PLUS: *op = OP_ADD; return PREC_ARITH;
    case T_MINUS: *op = OP_SUB; return PREC_ARITH;
    case T_STAR: *op = OP_MUL; return PREC_TERM;
    case T_SLASH: *op = OP_DIV; return PREC_TERM;
    case T_DSLASH: *op = OP_FLOORDIV; return PREC_TERM;
    case T_PERCENT: *op = OP_MOD; return PREC_TERM;
    case T_AT: *op = OP_MATMUL; return PREC_TERM;
    default: return 0;
    }
}

/* Precedence climbing over `or` ... `*`: one function instead of eleven grammar levels, so
 * each bracket nesting costs few C frames. Chains of `or`/`and` become one BoolOp and
 * chains of comparisons one Compare, as in CPython. */
static Node *binary_inner(Parser *p, int minprec) {
    const Token *t = peek(p);
    Node *left;
    if (t->kind == T_NOT && minprec <= PREC_NOT) {
        advance(p);
        Node *v = binary(p, PREC_NOT);
        if (!v) return NULL;
        left = unary_node(p, t, OP_NOT, v);
    } else if ((t->kind == T_MINUS || t->kind == T_PLUS || t->kind == T_TILDE) &&
               minprec <= PREC_UNARY) {
        advance(p);
        Node *v = binary(p, PREC_UNARY);
        if (!v) return NULL;
        left = unary_node(p, t, t->kind == T_MINUS ? OP_NEG : t->kind == T_PLUS ? OP_POS : OP_INVERT, v);
    } else {
        left = power(p);
    }
    while (left) {
        TokenKind k = TOK;
        Operator op;
        int n;
        if (k == T_OR || k == T_AND) {
            int prec = k == T_OR ? PREC_OR : PREC_AND;
            if (prec < minprec) break;
            Node *b = new_node(p, N_BOOL_OP, t);
            b->boolop.op = k == T_OR ? OP_OR : OP_AND;
            push(p, &b->boolop.values, left);
            while (accept(p, k)) {
                Node *r = binary(p, prec + 1);
                if (!r) return NULL;
                push(p, &b->boolop.values, r);
            }
            end_prev(p, b);
            left = b;
        } else if ((n = compare_op(p, &op)) != 0) {
            if (PREC_CMP < minprec) break;
            Node *c = new_node(p, N_COMPARE, t);
            c->compare.left = left;
            int cap = 0;
            while ((n = compare_op(p, &op)) != 0) {
                p->pos += n;
                Node *r = binary(p, PREC_CMP + 1);
                if (!r) return NULL;
                int len = c->compare.comparators.len;
                if (len == cap) {
                    cap = cap ? cap * 2 : 2;
                    Operator *ops = arena_alloc(p->arena, (size_t)cap * sizeof *ops);
                    if (len) memcpy(ops, c->compare.ops, (size_t)len * sizeof *ops);
                    c->compare.ops = ops;
                }
                c->compare.ops[len] = op;
                push(p, &c->compare.comparators, r);
            }
            end_prev(p, c);
            left = c;
        } else {
            int prec = binary_prec(k, &op);
            if (!prec || prec < minprec) break;
            advance(p);
            Node *r = binary(p, prec + 1);
            if (!r) return NULL;
            left = binop_node(p, t, left, op, r);
        }
    }
    return left;
}

static Node *binary(Parser *p, int minprec) {
    int start = p->pos;
    Node *n = enter(p) ? binary_inner(p, minprec) : NULL;
    leave(p);
    if (n && minprec == PREC_OR) {
        p->last_expr_start = start;
        p->last_expr_end = p->pos - 1;
    }
    return n;
}

/* Parameters of a def (annotations allowed, parsed and dropped) or a lambda, up to the
 * `close` token, which is left for the caller. */
static Node *param(Parser *p, int annotations, int star) {
    if (TOK != T_NAME) return invalid(p);
    const Token *t = advance(p);
    Node *a = new_node(p, N_ARG, t);
    a->arg.name = tok_str(p, t);
    if (annotations && accept(p, T_COLON)) {
        Node *ann = (star && TOK == T_STAR) ? star_target(p) : expression(p);
        if (!ann) return NULL;
        end_prev(p, a);
    }
    return a;
}

static Node *parameters(Parser *p, TokenKind close, int annotations) {
    const Token *first = peek(p), *bare_star = NULL;
    Node *a = new_node(p, N_ARGUMENTS, first);
    int seen_star = 0, seen_slash = 0, seen_default = 0, after_kwarg = 0;
    while (TOK != close) {
        const Token *t = peek(p);
        if (after_kwarg) return fail_tok(p, t, "arguments cannot follow var-keyword argument");
        if (t->kind == T_SLASH) {
            if (seen_slash) return fail_tok(p, t, "/ may appear only once");
            if (seen_star) return fail_tok(p, t, "/ must be ahead of *");
            if (!a->arguments.args.len) return fail_tok(p, t, "at least one argument must precede /");
            a->arguments.posonly = a->arguments.args;
            memset(&a->arguments.args, 0, sizeof a->arguments.args);
            seen_slash = 1;
            advance(p);
        } else if (t->kind == T_STAR) {
            if (seen_star) return fail_tok(p, t, "* argument may appear only once");
            seen_star = 1;
            advance(p);
            if (TOK == T_COMMA || TOK == close) bare_star = t;
            else if (!(a->arguments.vararg = param(p, annotations, 1))) return NULL;
        } else if (t->kind == T_DSTAR) {
            advance(p);
            if (!(a->arguments.kwarg = param(p, annotations, 0))) return NULL;
            after_kwarg = 1;
        } else if (t->kind == T_NAME) {
            Node *arg = param(p, annotations, 0), *def = NULL;
            if (!arg) return NULL;
            if (accept(p, T_ASSIGN) && !(def = expression(p))) return NULL;
            if (seen_star) {
                push(p, &a->arguments.kwonly, arg);
                push(p, &a->arguments.kw_defaults, def);
            } else {
                if (def) {
                    push(p, &a->arguments.defaults, def);
                    seen_default = 1;
                } else if (seen_default) {
                    return fail_node(p, arg, "non-default argument follows default argument");
                }
                push(p, &a->arguments.args, arg);
            }
        } else {
            return invalid(p);
        }
        if (TOK != close && !accept(p, T_COMMA)) return invalid(p);
    }
    if (bare_star && !a->arguments.kwonly.len)
        return fail_tok(p, bare_star, "named arguments must follow bare *");
    if (peek(p) != first) end_prev(p, a);
    else a->end_col = a->col, a->end_line = a->line;
    return a;
}

static Node *lambda(Parser *p) {
    const Token *t = advance(p);
    Node *n = new_node(p, N_LAMBDA, t);
    n->function.name = "<lambda>";
    if (!(n->function.args = parameters(p, T_COLON, 0))) return NULL;
    advance(p);
    Node *body = expression(p);
    if (!body) return NULL;
    Node *r = node_from(p, N_RETURN, body);
    r->ret.value = body;
    push(p, &n->function.body, r);
    end_prev(p, n);
    return n;
}

/* expression: lambda | or_test ['if' or_test 'else' expression] */
static Node *expression_inner(Parser *p) {
    if (TOK == T_LAMBDA) return lambda(p);
    const Token *t = peek(p);
    Node *body = binary(p, PREC_OR);
    if (!body || TOK != T_IF) return body;
    advance(p);
    Node *test = binary(p, PREC_OR);
    if (!test) return NULL;
    if (TOK != T_ELSE) {
        Node *span = new_node(p, N_IF_EXP, t);
        end_prev(p, span);
        return fail_node(p, span, "expected 'else' after 'if' expression");
    }
    advance(p);
    Node *orelse = expression(p);
    if (!orelse) return NULL;
    Node *n = new_node(p, N_IF_EXP, t);
    n->ifexp.test = test;
    n->ifexp.body = body;
    n->ifexp.orelse = orelse;
    end_prev(p, n);
    return n;
}

static Node *expression(Parser *p) {
    Node *n = enter(p) ? expression_inner(p) : NULL;
    leave(p);
    return n;
}

/* NAME ':=' expression | expression. `x = 1` where a condition or an item is expected
 * gets CPython's hint (`f(a=1)` has its own in call_args). */
static Node *named_expression_in(Parser *p, int in_call) {
    if (TOK == T_NAME && peek_kind(p, 1) == T_WALRUS) {
        Node *target = name_node(p, advance(p));
        advance(p);
        Node *v = expression(p);
        if (!v) return NULL;
        Node *n = node_from(p, N_NAMED_EXPR, target);
        n->named.target = target;
        n->named.value = v;
        end_prev(p, n);
        return n;
    }
    Node *e = expression(p);
    if (e && TOK == T_WALRUS)
        return fail_node(p, e, "cannot use assignment expressions with %s", expr_name(e));
    if (e && TOK == T_ASSIGN && !in_call && peek_kind(p, 1) != T_ASSIGN) {
        if (e->kind == N_NAME) {
            /* from the name to the end of the value CPython read after the '=' */
            const Token *name = prev(p);
            advance(p);
            const Token *end = trial_end(p, bitwise_or, NULL);
            if (end) {
                vfail_at(p, name, end, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                return NULL;
            }
            return fail_node(p, e, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        if (e->kind != N_LIST && e->kind != N_TUPLE && e->kind != N_GENERATOR_EXP &&
            !(e->kind == N_CONSTANT && e->constant.kind <= C_FALSE))
            return fail_node(p, e, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                             expr_name(e));
    }
    return e;
}

static Node *named_expression(Parser *p) { return named_expression_in(p, 0); }

/* '*' bitwise_or | named_expression: an item of a display. */
static Node *star_named_expression(Parser *p) {
    if (TOK == T_STAR) return star_target(p);
    return named_expression(p);
}

/* star_expression (',' star_expression)* [','], a tuple when there is a comma. */
static Node *star_expressions(Parser *p) {
    const Token *t = peek(p);
    Node *first = TOK == T_STAR ? star_target(p) : expression(p);
    if (!first || TOK != T_COMMA) return first;
    Node *n = new_node(p, N_TUPLE, t);
    push(p, &n->seq.elts, first);
    while (accept(p, T_COMMA)) {
        if (!starts_expression(TOK)) break;
        Node *e = TOK == T_STAR ? star_target(p) : expression(p);
        if (!e) return NULL;
        push(p, &n->seq.elts, e);
    }
    end_prev(p, n);
    return n;
}

static Node *yield_expr(Parser *p) {
    const Token *t = advance(p);
    Node *n;
    if (accept(p, T_FROM)) {
        n = new_node(p, N_YIELD_FROM, t);
        if (!(n->yield.value = expression(p))) return NULL;
        end_prev(p, n);
        return n;
    }
    n = new_node(p, N_YIELD, t);
    if (starts_expression(TOK)) {
        if (!(n->yield.value = star_expressions(p))) return NULL;
        end_prev(p, n);
    }
    return n;
}

/* ---- string literals and f-strings ---- */

/* Walks a token's text to give line and column to the pieces of an f-string. */
typedef struct Cursor {
    const char *ptr;
    int line, col;
} Cursor;

static void cursor_to(Cursor *c, const char *target) {
    while (c->ptr < target) {
        unsigned char ch = (unsigned char)*c->ptr++;
        if (ch == '\r' && c->ptr < target && *c->ptr == '\n') continue;
        if (ch == '\n' || ch == '\r') {
            c->line++;
            c->col = 1;
        } else if ((ch & 0xC0) != 0x80) {
            c->col++;
        }
    }
}

/* The state of one string-literal expression (adjacent literals included). Decoded text
 * accumulates in `scratch`, sized for the whole source text of the literals: decoding
 * never grows text, so the pending pieces of nested format specs fit behind each other. */
typedef struct FString {
    Parser *p;
    char *scratch;
    size_t scratch_size;
    const Token *tok; /* the literal being read */
    Cursor cur;       /* positions inside tok */
    Node *whole;      /* the N_JOINED_STR (or N_CONSTANT) being built */
} FString;

/* Literal text waiting to become a constant, and the N_JOINED_STR it goes to (whose span
 * the constants take, as in 3.11). */
typedef struct Pieces {
    Node *joined;
    size_t start, len; /* in scratch */
} Pieces;

static int fstring_error(FString *fs, const char *at, const char *fmt, ...) {
    Cursor c = {fs->tok->start, fs->tok->line, fs->tok->col};
    cursor_to(&c, at);
    va_list ap;
    va_start(ap, fmt);
    vfail(fs->p, "SyntaxError", c.line, c.col, c.line, TO_LINE_END, fmt, ap);
    va_end(ap);
    return 0;
}

static int add_text(FString *fs, Pieces *pc, const char *s, size_t n, int flags) {
    if (!n) return 1;
    size_t at = pc->start + pc->len, out;
    char msg[256];
    if (at + n > fs->scratch_size) return fstring_error(fs, s, "f-string: too long");
    int r = lex_unescape(s, n, flags, fs->scratch + at, &out, msg, sizeof msg);
    if (r < 0) {
        if (r == -2) fail_after_strings(fs->p, "%s", msg);
        else fail_tok(fs->p, fs->tok, "%s", msg);
        return 0;
    }
    pc->len += out;
    return 1;
}

static void flush_text(FString *fs, Pieces *pc) {
    if (!pc->len) return;
    Node *c = node_from(fs->p, N_CONSTANT, pc->joined);
    c->constant.kind = C_STR;
    c->constant.text = arena_strndup(fs->p->arena, fs->scratch + pc->start, pc->len);
    c->constant.len = pc->len;
    push(fs->p, &pc->joined->seq.elts, c);
    pc->len = 0;
}

static void tokenize(Parser *p, Lexer *lx);
static void final_error(Parser *p);

/* Parses the expression of a replacement field with a lexer and parser of its own,
 * positioned where the text sits in the file. */
static Node *fstring_expr(FString *fs, const char *s, const char *e) {
    Parser *p = fs->p;
    if (p->fnest + 1 > MAX_FSTRING_NEST) {
        fstring_error(fs, s, "f-string: expressions nested too deeply");
        return NULL;
    }
    Diagnostic d;
    memset(&d, 0, sizeof d);
    Lexer lx;
    lex_init(&lx, s, (size_t)(e - s), fs->cur.line, fs->cur.col, LEX_FSTRING, &d);
    Parser sub;
    memset(&sub, 0, sizeof sub);
    sub.arena = p->arena;
    sub.depth = p->depth;
    sub.fnest = p->fnest + 1;
    tokenize(&sub, &lx);
    Node *n = sub.toks[0].kind == T_YIELD ? yield_expr(&sub) : star_expressions(&sub);
    if (n && sub.toks[sub.pos].kind != T_EOF) n = invalid(&sub);
    if (n && n->kind == N_STARRED) n = fail_node(&sub, n, "cannot use starred expression here");
    final_error(&sub);
    if (sub.failed && !p->failed) {
        p->failed = 1;
        p->err = sub.err;
        p->err.incomplete = 0;
        if (strncmp(sub.err.message, "f-string", 8) != 0)
            snprintf(p->err.message, sizeof p->err.message, "f-string: %.240s", sub.err.message);
    }
    free(sub.toks);
    return sub.failed ? NULL : n;
}

static int fstring_parts(FString *fs, Pieces *pc, const char **sp, const char *end, int level,
                         int flags);

static int is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* A replacement field `{expr[=][!c][:spec]}` starting at *sp (CPython 3.11's rules: the
 * expression ends at a top-level ! : } or =, outside brackets and nested strings). */
static int fstring_field(FString *fs, Pieces *pc, const char **sp, const char *end, int level,
                         int flags) {
    Parser *p = fs->p;
    const char *open = *sp, *s = open + 1, *expr = s;
    if (level >= 2) return fstring_error(fs, open, "f-string: expressions nested too deeply");
    char stack[LEX_MAX_PARENS], quote = 0;
    int depth = 0, triple = 0;
    while (s < end) {
        char ch = *s;
        if (ch == '\\')
            return fstring_error(fs, s, "f-string expression part cannot include a backslash");
        if (quote) {
            if (ch == quote && (!triple || (s + 2 < end && s[1] == ch && s[2] == ch))) {
                s += triple ? 3 : 1;
                quote = 0;
            } else {
                s++;
            }
            continue;
        }
        if (ch == '\'' || ch == '"') {
            triple = s + 2 < end && s[1] == ch && s[2] == ch;
            quote = ch;
            s += triple ? 3 : 1;
            continue;
        }
        if (ch == '[' || ch == '(' || ch == '{') {
            if (depth >= LEX_MAX_PARENS)
                return fstring_error(fs, s, "f-string: too many nested parenthesis");
            stack[depth++] = ch;
            s++;
            continue;
        }
        if (ch == '#') return fstring_error(fs, s, "f-string expression part cannot include '#'");
        if (depth == 0 && strchr("!:}=<>", ch)) {
            if (s + 1 < end && s[1] == '=' && strchr("!=<>", ch)) {
                s += 2;
                continue;
            }
            if (ch == '<' || ch == '>') {
                s++;
                continue;
            }
            break;
        }
        if (ch == ']' || ch == ')' || ch == '}') {
            if (!depth) return fstring_error(fs, s, "f-string: unmatched '%c'", ch);
            char o = stack[--depth];
            if ((o == '(' && ch != ')') || (o == '[' && ch != ']') || (o == '{' && ch != '}'))
                return fstring_error(fs, s,
                                     "f-string: closing parenthesis '%c' does not match opening parenthesis '%c'",
                                     ch, o);
        }
        s++;
    }
    if (quote) return fstring_error(fs, s, "f-string: unterminated string");
    if (depth) return fstring_error(fs, s, "f-string: unmatched '%c'", stack[depth - 1]);
    if (s >= end) return fstring_error(fs, s, "f-string: expecting '}'");
    const char *expr_end = s, *q = expr;
    while (q < expr_end && is_space(*q)) q++;
    if (q == expr_end) return fstring_error(fs, s, "f-string: empty expression not allowed");

    cursor_to(&fs->cur, open);
    int line = fs->cur.line, col = fs->cur.col;
    cursor_to(&fs->cur, expr);
    Node *value = fstring_expr(fs, expr, expr_end);
    if (!value) return 0;

    int conversion = 0, debug = 0;
    Node *spec = NULL;
    if (*s == '=') { /* f"{x = }": the text, then the value's repr */
        s++;
        while (s < end && is_space(*s)) s++;
        if (s >= end) return fstring_error(fs, s, "f-string: expecting '}'");
        if (!add_text(fs, pc, expr, (size_t)(s - expr), LEX_STR_RAW)) return 0;
        debug = 1;
    }
    if (*s == '!') {
        s++;
        if (s >= end) return fstring_error(fs, s, "f-string: expecting '}'");
        conversion = (unsigned char)*s++;
        if (conversion != 's' && conversion != 'r' && conversion != 'a')
            return fstring_error(fs, s - 1,
                                 "f-string: invalid conversion character: expected 's', 'r', or 'a'");
    }
    if (s < end && *s == ':') {
        s++;
        spec = new_node(p, N_JOINED_STR, fs->tok);
        Pieces sp = {spec, pc->start + pc->len, 0};
        if (!fstring_parts(fs, &sp, &s, end, level + 1, flags)) return 0;
        flush_text(fs, &sp);
    }
    if (s >= end || *s != '}') return fstring_error(fs, s, "f-string: expecting '}'");
    s++;
    if (debug && !conversion && !spec) conversion = 'r';
    flush_text(fs, pc);
    Node *fv = node_from(p, N_FORMATTED_VALUE, fs->whole);
    fv->line = line;
    fv->col = col;
    cursor_to(&fs->cur, s);
    fv->end_line = fs->cur.line;
    fv->end_col = fs->cur.col;
    fv->fvalue.value = value;
    fv->fvalue.conversion = conversion;
    fv->fvalue.format_spec = spec;
    push(p, &pc->joined->seq.elts, fv);
    *sp = s;
    return 1;
}

/* Literal text and fields from *sp up to `end` (the closing quote) or, in a format spec
 * (level > 0), up to the '}' that closes the field. */
static int fstring_parts(FString *fs, Pieces *pc, const char **sp, const char *end, int level,
                         int flags) {
    int raw = flags & LEX_STR_RAW;
    const char *s = *sp;
    while (s < end) {
        const char *lit = s;
        while (s < end) {
            char ch = *s;
            if (!raw && ch == '\\' && s + 1 < end) {
                char c2 = s[1];
                if (c2 == 'N' && s + 2 < end && s[2] == '{') { /* \N{...}: no field */
                    s += 3;
                    while (s < end && *s != '}') s++;
                    if (s < end) s++;
                    continue;
                }
                if (c2 != '{' && c2 != '}') {
                    s += 2;
                    continue;
                }
                s++; /* `\{` is a backslash and a brace, as in CPython 3.11 */
                ch = c2;
            }
            if (ch == '{' || ch == '}') {
                if (level == 0 && s + 1 < end && s[1] == ch) { /* {{ or }} */
                    if (!add_text(fs, pc, lit, (size_t)(s + 1 - lit), flags)) return 0;
                    s += 2;
                    lit = s;
                    continue;
                }
                if (level == 0 && ch == '}')
                    return fstring_error(fs, s, "f-string: single '}' is not allowed");
                break;
            }
            s++;
        }
        if (!add_text(fs, pc, lit, (size_t)(s - lit), flags)) return 0;
        if (s >= end || *s == '}') break;
        if (!fstring_field(fs, pc, &s, end, level, flags)) return 0;
    }
    if (level > 0 && s >= end) return fstring_error(fs, s, "f-string: expecting '}'");
    *sp = s;
    return 1;
}

/* Adjacent string literals: one constant (str or bytes), or an N_JOINED_STR as soon as one
 * of them is an f-string, with neighbouring text merged into single constants. */
static Node *strings(Parser *p) {
    int first = p->pos;
    size_t total = 0;
    int any_f = 0, any_bytes = 0, any_str = 0;
    while (TOK == T_STRING) {
        const Token *t = advance(p);
        total += (size_t)t->len;
        any_f |= (t->flags & LEX_STR_F) != 0;
        if (t->flags & LEX_STR_BYTES) any_bytes = 1;
        else any_str = 1;
    }
    const Token *t0 = &p->toks[first], *t1 = prev(p);
    if (any_bytes && any_str) return fail_after_strings(p, "cannot mix bytes and nonbytes literals");
    char *scratch = arena_alloc(p->arena, total + 1);
    Node *n = new_node(p, any_f ? N_JOINED_STR : N_CONSTANT, t0);
    end_tok(n, t1);
    FString fs = {p, scratch, total, NULL, {NULL, 0, 0}, n};
    Pieces pc = {n, 0, 0};
    for (int i = first; i < p->pos; i++) {
        const Token *t = &p->toks[i];
        int q = (t->flags & LEX_STR_TRIPLE) ? 3 : 1;
        const char *body = t->start + t->prefix + q, *end = t->start + t->len - q;
        fs.tok = t;
        if (!(t->flags & LEX_STR_F)) {
            if (!add_text(&fs, &pc, body, (size_t)(end - body), t->flags)) return NULL;
            continue;
        }
        fs.cur.ptr = t->start;
        fs.cur.line = t->line;
        fs.cur.col = t->col;
        if (!fstring_parts(&fs, &pc, &body, end, 0, t->flags)) return NULL;
    }
    if (!any_f) {
        scratch[pc.len] = 0;
        n->constant.kind = any_bytes ? C_BYTES : C_STR;
        n->constant.text = scratch;
        n->constant.len = pc.len;
        return n;
    }
    flush_text(&fs, &pc);
    return n;
}

/* ---- simple statements ---- */

/* Is n an invalid target that CPython reports with "... here. Maybe you meant '=='"? */
static int maybe_comparison(const Node *n) {
    switch (n->kind) {
    case N_CALL: case N_BIN_OP: case N_AWAIT: case N_DICT: case N_SET: case N_LIST_COMP:
    case N_SET_COMP: case N_DICT_COMP: case N_JOINED_STR: case N_YIELD: case N_YIELD_FROM:
        return 1;
    case N_UNARY_OP: return n->unary.op != OP_NOT;
    case N_CONSTANT:
        return n->constant.kind != C_NONE && n->constant.kind != C_TRUE &&
               n->constant.kind != C_FALSE;
    default: return 0;
    }
}

static Node *rhs(Parser *p) { return TOK == T_YIELD ? yield_expr(p) : star_expressions(p); }

/* Expression statements and the three kinds of assignment. */
static Node *expr_stmt(Parser *p) {
    const Token *start = peek(p);
    Node *e = rhs(p);
    if (!e) return NULL;
    TokenKind k = TOK;
    if (k == T_COLON) {
        if (e->kind == N_TUPLE) return fail_node(p, e, "only single target (not tuple) can be annotated");
        if (e->kind == N_LIST) return fail_node(p, e, "only single target (not list) can be annotated");
        if (e->kind != N_NAME && e->kind != N_ATTRIBUTE && e->kind != N_SUBSCRIPT)
            return fail_node(p, e, "illegal target for annotation");
        if (!check_store(p, e, 0)) return NULL;
        advance(p);
        Node *n = new_node(p, N_ANN_ASSIGN, start);
        n->ann.target = e;
        n->ann.simple = e->kind == N_NAME && start->kind != T_LPAREN;
        if (!(n->ann.annotation = expression(p))) return NULL;
        if (accept(p, T_ASSIGN) && !(n->ann.value = rhs(p))) return NULL;
        end_prev(p, n);
        return n;
    }
    if (k >= T_PLUS_EQ && k <= T_DSLASH_EQ) {
        if (e->kind != N_NAME && e->kind != N_ATTRIBUTE && e->kind != N_SUBSCRIPT)
            return fail_node(p, e, "'%s' is an illegal expression for augmented assignment",
                             expr_name(e));
        if (!check_store(p, e, 0)) return NULL;
        advance(p);
        Node *n = new_node(p, N_AUG_ASSIGN, start);
        n->aug.target = e;
        n->aug.op = (Operator)(OP_ADD + (k - T_PLUS_EQ));
        if (!(n->aug.value = rhs(p))) return NULL;
        end_prev(p, n);
        return n;
    }
    if (k == T_ASSIGN) {
        Node *n = new_node(p, N_ASSIGN, start);
        Node *value = e;
        Node *bare_yield = NULL; /* the first `yield` target written without parentheses */
        while (accept(p, T_ASSIGN)) {
            push(p, &n->assign.targets, value);
            int bare = TOK == T_YIELD;
            if (!(value = rhs(p))) return NULL;
            if (bare && !bare_yield) bare_yield = value;
        }
        for (int i = 0; i < n->assign.targets.len; i++) {
            Node *t = n->assign.targets.items[i];
            /* CPython's three messages: `x = yield = 1`, `(yield) = 1`, `x = (yield) = 1`. */
            if (t == bare_yield) return fail_node(p, t, "assignment to yield expression not possible");
            if ((t->kind == N_YIELD || t->kind == N_YIELD_FROM) && n->assign.targets.len > 1)
                return fail_node(p, t, "cannot assign to %s", expr_name(t));
            if (n->assign.targets.len == 1 && maybe_comparison(t))
                return fail_node(p, t, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                                 expr_name(t));
            if (!check_store(p, t, 0)) return NULL;
        }
        if (value->kind == N_STARRED) return fail_node(p, value, "can't use starred expression here");
        n->assign.value = value;
        end_prev(p, n);
        return n;
    }
    if (e->kind == N_STARRED) return fail_node(p, e, "can't use starred expression here");
    if (e->kind == N_NAME && (!strcmp(e->name.id, "print") || !strcmp(e->name.id, "exec")) &&
        starts_expression(TOK) && TOK != T_LPAREN)
    {
        /* from the name to the end of the arguments that follow it */
        const Token *end = trial_end(p, star_expressions, NULL);
        const Token *from = &p->toks[p->pos - 1];
        if (end) vfail_at(p, from, end, "Missing parentheses in call to '%s'. Did you mean %s(...)?",
                          e->name.id, e->name.id);
        return fail_node(p, e, "Missing parentheses in call to '%s'. Did you mean %s(...)?",
                         e->name.id, e->name.id);
    }
    Node *n = new_node(p, N_EXPR_STMT, start);
    n->expr_stmt.value = e;
    end_prev(p, n);
    return n;
}

/* NAME ('.' NAME)* as one string. */
static const char *dotted_name(Parser *p) {
    if (TOK != T_NAME) return invalid(p);
    int from = p->pos;
    size_t len = 0;
    for (;;) {
        len += (size_t)advance(p)->len;
        if (TOK != T_DOT) break;
        advance(p);
        len++;
        if (TOK != T_NAME) return invalid(p);
    }
    char *s = arena_alloc(p->arena, len + 1), *o = s;
    for (int i = from; i < p->pos; i++) {
        const Token *t = &p->toks[i];
        memcpy(o, t->kind == T_DOT ? "." : t->start, t->kind == T_DOT ? 1 : (size_t)t->len);
        o += t->kind == T_DOT ? 1 : t->len;
    }
    *o = 0;
    return s;
}

/* NAME ['as' NAME] — or a dotted name for `import`. */
static Node *alias(Parser *p, int dotted) {
    const Token *t = peek(p);
    Node *a = new_node(p, N_ALIAS, t);
    if (dotted) {
        if (!(a->alias.name = dotted_name(p))) return NULL;
    } else {
        if (TOK != T_NAME) return invalid(p);
        a->alias.name = tok_str(p, advance(p));
    }
    if (accept(p, T_AS)) {
        if (TOK != T_NAME) return invalid(p);
        a->alias.asname = tok_str(p, advance(p));
    }
    end_prev(p, a);
    return a;
}

/* A module spec written as a string literal ("./lib/x.py#sha256-..."): its text, or NULL. */
static const char *spec_string(Parser *p) {
    Node *s = strings(p);
    if (!s) return NULL;
    if (s->kind != N_CONSTANT || s->constant.kind != C_STR) {
        fail_node(p, s, "a module spec must be a plain string literal");
        return NULL;
    }
    return s->constant.text;
}

/* import a.b, c as d | and, an Edge extension, import "./lib/x.py" as m (the alias's name
 * is the spec; a string spec names no variable, so `as` is required). */
static Node *import_stmt(Parser *p) {
    Node *n = new_node(p, N_IMPORT, advance(p));
    do {
        Node *a;
        if (TOK == T_STRING) {
            a = new_node(p, N_ALIAS, peek(p));
            if (!(a->alias.name = spec_string(p))) return NULL;
            if (!accept(p, T_AS) || TOK != T_NAME)
                return fail_node(p, a, "import of a module by its path or URL needs 'as NAME'");
            a->alias.asname = tok_str(p, advance(p));
            end_prev(p, a);
        } else {
            a = alias(p, 1);
        }
        if (!a) return NULL;
        push(p, &n->import.names, a);
    } while (accept(p, T_COMMA));
    end_prev(p, n);
    return n;
}

/* from .mod import a, b as c | from . import (x, y,) | from m import * | and, an Edge
 * extension, from "./lib/x.py#sha256-..." import f (module = the string's text). */
static Node *from_stmt(Parser *p) {
    Node *n = new_node(p, N_IMPORT_FROM, advance(p));
    if (TOK == T_STRING) {
        if (!(n->import.module = spec_string(p))) return NULL;
    } else {
        while (TOK == T_DOT || TOK == T_ELLIPSIS) n->import.level += advance(p)->kind == T_DOT ? 1 : 3;
        if (TOK == T_NAME || !n->import.level) {
            if (!(n->import.module = dotted_name(p))) return NULL;
        } else {
            n->import.module = "";
        }
    }
    if (!expect(p, T_IMPORT)) return NULL;
    if (TOK == T_STAR) {
        Node *a = new_node(p, N_ALIAS, advance(p));
        a->alias.name = "*";
        push(p, &n->import.names, a);
    } else if (accept(p, T_LPAREN)) {
        do {
            if (TOK == T_RPAREN && n->import.names.len) break;
            Node *a = alias(p, 0);
            if (!a) return NULL;
            push(p, &n->import.names, a);
        } while (accept(p, T_COMMA));
        if (!expect(p, T_RPAREN)) return NULL;
    } else {
        for (;;) {
            Node *a = alias(p, 0);
            if (!a) return NULL;
            push(p, &n->import.names, a);
            if (!accept(p, T_COMMA)) break;
            if (TOK == T_NEWLINE)
                return fail_tok(p, peek(p), "trailing comma not allowed without surrounding parentheses");
        }
    }
    end_prev(p, n);
    return n;
}

static Node *simple_stmt(Parser *p) {
    const Token *t = peek(p);
    Node *n;
    switch (t->kind) {
    case T_PASS: return new_node(p, N_PASS, advance(p));
    case T_BREAK: return new_node(p, N_BREAK, advance(p));
    case T_CONTINUE: return new_node(p, N_CONTINUE, advance(p));
    case T_RETURN:
        n = new_node(p, N_RETURN, advance(p));
        if (starts_expression(TOK)) {
            if (!(n->ret.value = star_expressions(p))) return NULL;
            end_prev(p, n);
        }
        return n;
    case T_RAISE:
        n = new_node(p, N_RAISE, advance(p));
        if (starts_expression(TOK)) {
            if (!(n->raise.exc = expression(p))) return NULL;
            if (accept(p, T_FROM) && !(n->raise.cause = expression(p))) return NULL;
            end_prev(p, n);
        }
        return n;
    case T_GLOBAL:
    case T_NONLOCAL: {
        n = new_node(p, t->kind == T_GLOBAL ? N_GLOBAL : N_NONLOCAL, advance(p));
        int cap = 0;
        do {
            if (TOK != T_NAME) return invalid(p);
            push_name(p, &n->names.names, &n->names.count, &cap, tok_str(p, advance(p)));
        } while (accept(p, T_COMMA));
        end_prev(p, n);
        return n;
    }
    case T_DEL:
        n = new_node(p, N_DELETE, advance(p));
        do {
            if (n->del.targets.len && !starts_expression(TOK)) break; /* trailing comma */
            Node *e = star_target(p);
            if (!e || !check_del(p, e)) return NULL;
            push(p, &n->del.targets, e);
        } while (accept(p, T_COMMA));
        end_prev(p, n);
        return n;
    case T_ASSERT:
        n = new_node(p, N_ASSERT, advance(p));
        if (!(n->assert_.test = expression(p))) return NULL;
        if (accept(p, T_COMMA) && !(n->assert_.msg = expression(p))) return NULL;
        end_prev(p, n);
        return n;
    case T_IMPORT: return import_stmt(p);
    case T_FROM: return from_stmt(p);
    default: return expr_stmt(p);
    }
}

/* simple_stmt (';' simple_stmt)* [';'] NEWLINE */
static int simple_stmts(Parser *p, NodeList *body) {
    for (;;) {
        Node *s = simple_stmt(p);
        if (!s) return 0;
        push(p, body, s);
        if (!accept(p, T_SEMI) || TOK == T_NEWLINE) break;
    }
    p->stmt_end = prev(p);
    return expect(p, T_NEWLINE);
}

/* ---- compound statements ---- */

/* Nothing but the DEDENTs that close open blocks is left: the input ended here. */
static int at_end(Parser *p) {
    int i = p->pos;
    while (i < p->ntoks && p->toks[i].kind == T_DEDENT) i++;
    return i >= p->ntoks || p->toks[i].kind == T_EOF;
}

/* After the ':': an indented block, or simple statements on the same line. `kw` and
 * `what` name the statement for "expected an indented block after ... on line N". */
static int block(Parser *p, NodeList *body, const Token *kw, const char *what) {
    if (!accept(p, T_NEWLINE)) return simple_stmts(p, body);
    if (TOK != T_INDENT) {
        int first = !p->failed;
        /* At the end of the input, CPython points at the end of the line with the ':'. */
        fail_indent(p, at_end(p) ? prev(p) : peek(p), "expected an indented block after %s on line %d", what,
                    kw->line);
        if (first && at_end(p)) p->err.incomplete = 1;
        return 0;
    }
    advance(p);
    int ok = enter(p);
    while (ok && TOK != T_DEDENT && TOK != T_EOF) ok = statement(p, body);
    leave(p);
    return ok && accept(p, T_DEDENT);
}

static int else_block(Parser *p, NodeList *orelse) {
    const Token *t = advance(p);
    return expect_colon(p) && block(p, orelse, t, "'else' statement");
}

static Node *if_stmt(Parser *p) {
    const Token *t = advance(p);
    Node *top = new_node(p, N_IF, t), *cur = top;
    NodeList chain = {0};
    const char *what = "'if' statement";
    for (;;) {
        push(p, &chain, cur);
        if (!(cur->if_.test = named_expression(p)) || !expect_colon(p) ||
            !block(p, &cur->if_.body, t, what))
            return NULL;
        if (TOK == T_ELIF) { /* elif: a nested If alone in orelse; a loop, not recursion */
            t = advance(p);
            Node *e = new_node(p, N_IF, t);
            push(p, &cur->if_.orelse, e);
            cur = e;
            what = "'elif' statement";
            continue;
        }
        if (TOK == T_ELSE && !else_block(p, &cur->if_.orelse)) return NULL;
        break;
    }
    for (int i = 0; i < chain.len; i++) end_tok(chain.items[i], p->stmt_end);
    return top;
}

static Node *while_stmt(Parser *p) {
    const Token *t = advance(p);
    Node *n = new_node(p, N_WHILE, t);
    if (!(n->loop.test = named_expression(p)) || !expect_colon(p) ||
        !block(p, &n->loop.body, t, "'while' statement"))
        return NULL;
    if (TOK == T_ELSE && !else_block(p, &n->loop.orelse)) return NULL;
    end_tok(n, p->stmt_end);
    return n;
}

/* `async for` is read as a plain for: ast.h has no flag for it (see the report). */
static Node *for_stmt(Parser *p, const Token *start) {
    accept(p, T_ASYNC);
    const Token *t = advance(p);
    Node *n = new_node(p, N_FOR, start);
    if (!(n->loop.target = target_list(p)) || !expect(p, T_IN) ||
        !(n->loop.iter = star_expressions(p)) || !expect_colon(p) ||
        !block(p, &n->loop.body, t, "'for' statement"))
        return NULL;
    if (TOK == T_ELSE && !else_block(p, &n->loop.orelse)) return NULL;
    end_tok(n, p->stmt_end);
    return n;
}

static Node *with_item(Parser *p) {
    Node *it = new_node(p, N_WITH_ITEM, peek(p));
    if (!(it->withitem.context = expression(p))) return NULL;
    if (accept(p, T_AS)) {
        if (!(it->withitem.vars = star_target(p)) || !check_store(p, it->withitem.vars, 0))
            return NULL;
    }
    end_prev(p, it);
    return it;
}

/* with a as b, c: | with (a as b, c,): — the parenthesised form is tried first and given
 * up (the parser backtracks) unless `)` and `:` follow, as in `with (a, b) as c:`. */
static Node *with_stmt(Parser *p, const Token *start) {
    accept(p, T_ASYNC);
    const Token *t = advance(p);
    Node *n = new_node(p, N_WITH, start);
    int done = 0;
    if (TOK == T_LPAREN && !p->failed) {
        int save = p->pos;
        advance(p);
        NodeList items = {0};
        int ok = 1;
        do {
            if (TOK == T_RPAREN && items.len) break;
            Node *it = with_item(p);
            if (!it) {
                ok = 0;
                break;
            }
            push(p, &items, it);
        } while (accept(p, T_COMMA));
        if (ok && TOK == T_RPAREN && peek_kind(p, 1) == T_COLON) {
            advance(p);
            n->with.items = items;
            done = 1;
        } else {
            p->pos = save;
            p->failed = p->far = 0;
        }
    }
    if (!done) {
        do {
            Node *it = with_item(p);
            if (!it) return NULL;
            push(p, &n->with.items, it);
        } while (accept(p, T_COMMA));
    }
    if (!expect_colon(p) || !block(p, &n->with.body, t, "'with' statement")) return NULL;
    end_tok(n, p->stmt_end);
    return n;
}

static Node *try_stmt(Parser *p) {
    const Token *t = advance(p);
    Node *n = new_node(p, N_TRY, t);
    if (!expect_colon(p) || !block(p, &n->try_.body, t, "'try' statement")) return NULL;
    while (TOK == T_EXCEPT) {
        const Token *et = advance(p);
        Node *h = new_node(p, N_EXCEPT_HANDLER, et);
        if (TOK == T_STAR) return fail_tok(p, peek(p), "'except*' is not supported");
        if (TOK != T_COLON) {
            if (!(h->handler.type = expression(p))) return NULL;
            if (TOK == T_COMMA) {
                Node *span = node_from(p, N_TUPLE, h->handler.type);
                while (accept(p, T_COMMA) && starts_expression(TOK))
                    if (!expression(p)) return NULL;
                end_prev(p, span);
                return fail_node(p, span, "multiple exception types must be parenthesized");
            }
            if (accept(p, T_AS)) {
                if (TOK != T_NAME) return invalid(p);
                h->handler.name = tok_str(p, advance(p));
            }
        }
        if (!expect_colon(p) || !block(p, &h->handler.body, et, "'except' statement")) return NULL;
        end_tok(h, p->stmt_end);
        push(p, &n->try_.handlers, h);
    }
    if (n->try_.handlers.len && TOK == T_ELSE && !else_block(p, &n->try_.orelse)) return NULL;
    if (TOK == T_FINALLY) {
        const Token *ft = advance(p);
        if (!expect_colon(p) || !block(p, &n->try_.finalbody, ft, "'finally' statement"))
            return NULL;
    }
    if (!n->try_.handlers.len && !n->try_.finalbody.len)
        return fail_tok(p, peek(p), "expected 'except' or 'finally' block");
    end_tok(n, p->stmt_end);
    return n;
}

/* `start` is the `def` or `async` token: decorators are not part of the span (3.8+). */
static Node *funcdef(Parser *p, const Token *start, NodeList *decorators) {
    Node *n = new_node(p, N_FUNCTION_DEF, start);
    n->function.is_async = accept(p, T_ASYNC);
    const Token *t = advance(p);
    if (TOK != T_NAME) return invalid(p);
    n->function.name = tok_str(p, advance(p));
    if (!expect(p, T_LPAREN) || !(n->function.args = parameters(p, T_RPAREN, 1))) return NULL;
    advance(p);
    if (accept(p, T_ARROW) && !expression(p)) return NULL; /* the return annotation */
    if (!expect_colon(p) || !block(p, &n->function.body, t, "function definition")) return NULL;
    if (decorators) n->function.decorators = *decorators;
    end_tok(n, p->stmt_end);
    return n;
}

static Node *classdef(Parser *p, NodeList *decorators) {
    const Token *t = advance(p);
    Node *n = new_node(p, N_CLASS_DEF, t);
    if (TOK != T_NAME) return invalid(p);
    n->class_def.name = tok_str(p, advance(p));
    if (TOK == T_LPAREN) {
        const Token *lp = advance(p);
        if (!call_args(p, lp, &n->class_def.bases, &n->class_def.keywords, 0)) return NULL;
        advance(p);
    }
    if (!expect_colon(p) || !block(p, &n->class_def.body, t, "class definition")) return NULL;
    if (decorators) n->class_def.decorators = *decorators;
    end_tok(n, p->stmt_end);
    return n;
}

static Node *decorated(Parser *p) {
    NodeList decorators = {0};
    while (accept(p, T_AT)) {
        Node *d = named_expression(p);
        if (!d || !expect(p, T_NEWLINE)) return NULL;
        push(p, &decorators, d);
    }
    if (TOK == T_DEF || (TOK == T_ASYNC && peek_kind(p, 1) == T_DEF))
        return funcdef(p, peek(p), &decorators);
    if (TOK == T_CLASS) return classdef(p, &decorators);
    return invalid(p);
}

/* ---- match statements and patterns ---- */

static Node *number_pattern_value(Parser *p) {
    const Token *t = peek(p);
    Node *v;
    if (accept(p, T_MINUS)) {
        if (TOK != T_NUMBER) return invalid(p);
        Node *num = number_node(p, advance(p));
        if (!num) return NULL;
        v = unary_node(p, t, OP_NEG, num);
    } else {
        if (TOK != T_NUMBER) return invalid(p);
        if (!(v = number_node(p, advance(p)))) return NULL;
    }
    if (TOK == T_PLUS || TOK == T_MINUS) { /* a complex literal: real +/- imaginary */
        Operator op = TOK == T_PLUS ? OP_ADD : OP_SUB;
        Node *real = v->kind == N_UNARY_OP ? v->unary.operand : v;
        if (real->constant.kind == C_IMAG) return fail_node(p, v, "real number required in complex literal");
        advance(p);
        if (TOK != T_NUMBER) return invalid(p);
        Node *im = number_node(p, advance(p));
        if (!im) return NULL;
        if (im->constant.kind != C_IMAG)
            return fail_node(p, im, "imaginary number required in complex literal");
        v = binop_node(p, t, v, op, im);
    }
    return v;
}

static Node *string_pattern_value(Parser *p) {
    Node *s = strings(p);
    if (s && s->kind == N_JOINED_STR)
        return fail_node(p, s, "patterns may only match literals and attribute lookups");
    return s;
}

/* NAME ('.' NAME)* as a Name or Attribute chain. */
static Node *name_or_attr(Parser *p) {
    Node *v = name_node(p, advance(p));
    while (accept(p, T_DOT)) {
        if (TOK != T_NAME) return invalid(p);
        Node *a = node_from(p, N_ATTRIBUTE, v);
        a->attribute.value = v;
        a->attribute.attr = tok_str(p, peek(p));
        end_tok(a, advance(p));
        v = a;
    }
    return v;
}

static Node *pattern_node(Parser *p, NodeKind k, const Node *from, Node *value) {
    Node *n = node_from(p, k, from);
    n->pattern.value = value;
    return n;
}

/* '*' NAME inside a sequence pattern, or a pattern. */
static Node *maybe_star_pattern(Parser *p) {
    if (TOK != T_STAR) return pattern(p);
    const Token *t = advance(p);
    if (TOK != T_NAME) return invalid(p);
    Node *n = new_node(p, N_MATCH_STAR, t);
    if (!is_name(peek(p), "_")) n->pattern.name = tok_str(p, peek(p));
    end_tok(n, advance(p));
    return n;
}

/* Items up to `close` (consumed) for [a, *b] and (a, b). */
static Node *sequence_pattern(Parser *p, Node *n, TokenKind close) {
    while (TOK != close) {
        Node *e = maybe_star_pattern(p);
        if (!e) return NULL;
        push(p, &n->pattern.patterns, e);
        if (TOK != close && !expect(p, T_COMMA)) return NULL;
    }
    end_tok(n, advance(p));
    return n;
}

static Node *mapping_pattern(Parser *p) {
    Node *n = new_node(p, N_MATCH_MAPPING, advance(p));
    while (TOK != T_RBRACE) {
        if (accept(p, T_DSTAR)) {
            if (TOK != T_NAME || is_name(peek(p), "_")) return invalid(p);
            n->pattern.name = tok_str(p, advance(p));
            accept(p, T_COMMA);
            if (TOK != T_RBRACE) return invalid(p);
            break;
        }
        Node *key;
        switch (TOK) {
        case T_NUMBER: case T_MINUS: key = number_pattern_value(p); break;
        case T_STRING: key = string_pattern_value(p); break;
        case T_NONE: key = const_node(p, advance(p), C_NONE); break;
        case T_TRUE: key = const_node(p, advance(p), C_TRUE); break;
        case T_FALSE: key = const_node(p, advance(p), C_FALSE); break;
        case T_NAME:
            if (peek_kind(p, 1) != T_DOT) return invalid(p);
            key = name_or_attr(p);
            break;
        default: return invalid(p);
        }
        if (!key || !expect(p, T_COLON)) return NULL;
        Node *v = pattern(p);
        if (!v) return NULL;
        push(p, &n->pattern.keys, key);
        push(p, &n->pattern.patterns, v);
        if (TOK != T_RBRACE && !expect(p, T_COMMA)) return NULL;
    }
    end_tok(n, advance(p));
    return n;
}

static Node *class_pattern(Parser *p, Node *cls) {
    advance(p);
    Node *n = node_from(p, N_MATCH_CLASS, cls);
    n->pattern.cls = cls;
    int cap = 0;
    while (TOK != T_RPAREN) {
        if (TOK == T_NAME && peek_kind(p, 1) == T_ASSIGN) {
            const char *attr = tok_str(p, advance(p));
            advance(p);
            Node *v = pattern(p);
            if (!v) return NULL;
            push_name(p, &n->pattern.kwd_attrs, &n->pattern.kwd_count, &cap, attr);
            push(p, &n->pattern.kwd_patterns, v);
        } else {
            Node *v = pattern(p);
            if (!v) return NULL;
            if (n->pattern.kwd_count)
                return fail_node(p, v, "positional patterns follow keyword patterns");
            push(p, &n->pattern.patterns, v);
        }
        if (TOK != T_RPAREN && !expect(p, T_COMMA)) return NULL;
    }
    end_tok(n, advance(p));
    return n;
}

static Node *closed_pattern(Parser *p) {
    const Token *t = peek(p);
    Node *v;
    switch (t->kind) {
    case T_NUMBER:
    case T_MINUS:
        if (!(v = number_pattern_value(p))) return NULL;
        return pattern_node(p, N_MATCH_VALUE, v, v);
    case T_STRING:
        if (!(v = string_pattern_value(p))) return NULL;
        return pattern_node(p, N_MATCH_VALUE, v, v);
    case T_NONE:
    case T_TRUE:
    case T_FALSE:
        v = const_node(p, advance(p), t->kind == T_NONE ? C_NONE : t->kind == T_TRUE ? C_TRUE : C_FALSE);
        return pattern_node(p, N_MATCH_SINGLETON, v, v);
    case T_LBRACKET: return sequence_pattern(p, new_node(p, N_MATCH_SEQUENCE, advance(p)), T_RBRACKET);
    case T_LBRACE: return mapping_pattern(p);
    case T_LPAREN: {
        advance(p);
        if (TOK == T_RPAREN) {
            Node *n = new_node(p, N_MATCH_SEQUENCE, t);
            end_tok(n, advance(p));
            return n;
        }
        Node *first = maybe_star_pattern(p);
        if (!first) return NULL;
        if (TOK == T_COMMA) { /* (a, b): a sequence */
            Node *n = new_node(p, N_MATCH_SEQUENCE, t);
            push(p, &n->pattern.patterns, first);
            advance(p);
            return sequence_pattern(p, n, T_RPAREN);
        }
        if (first->kind == N_MATCH_STAR || !expect(p, T_RPAREN)) return invalid(p);
        return first; /* (p): a group */
    }
    case T_NAME: {
        v = name_or_attr(p);
        if (!v) return NULL;
        if (TOK == T_LPAREN) return class_pattern(p, v);
        if (v->kind == N_ATTRIBUTE) return pattern_node(p, N_MATCH_VALUE, v, v);
        Node *n = pattern_node(p, N_MATCH_AS, v, NULL); /* a capture, or _ */
        if (strcmp(v->name.id, "_") != 0) n->pattern.name = v->name.id;
        return n;
    }
    default: return invalid(p);
    }
}

/* or_pattern ['as' NAME] */
static Node *pattern_inner(Parser *p) {
    const Token *t = peek(p);
    Node *first = closed_pattern(p);
    if (!first) return NULL;
    Node *res = first;
    if (TOK == T_PIPE) {
        res = new_node(p, N_MATCH_OR, t);
        push(p, &res->pattern.patterns, first);
        while (accept(p, T_PIPE)) {
            Node *alt = closed_pattern(p);
            if (!alt) return NULL;
            push(p, &res->pattern.patterns, alt);
        }
        end_prev(p, res);
    }
    if (accept(p, T_AS)) {
        if (TOK != T_NAME) return invalid(p);
        if (is_name(peek(p), "_")) return fail_tok(p, peek(p), "cannot use '_' as a target");
        Node *as = new_node(p, N_MATCH_AS, t);
        as->pattern.pattern = res;
        as->pattern.name = tok_str(p, peek(p));
        end_tok(as, advance(p));
        res = as;
    }
    return res;
}

static Node *pattern(Parser *p) {
    Node *n = enter(p) ? pattern_inner(p) : NULL;
    leave(p);
    return n;
}

/* The pattern of a case: `case a, *b:` is a sequence without brackets. */
static Node *case_patterns(Parser *p) {
    const Token *t = peek(p);
    Node *first = maybe_star_pattern(p);
    if (!first) return NULL;
    if (TOK != T_COMMA) {
        if (first->kind == N_MATCH_STAR) return fail_tok(p, peek(p), "invalid syntax"); /* as CPython: after it */
        return first;
    }
    Node *seq = new_node(p, N_MATCH_SEQUENCE, t);
    push(p, &seq->pattern.patterns, first);
    while (accept(p, T_COMMA)) {
        if (TOK == T_COLON || TOK == T_IF) break;
        Node *e = maybe_star_pattern(p);
        if (!e) return NULL;
        push(p, &seq->pattern.patterns, e);
    }
    end_prev(p, seq);
    return seq;
}

/* `match` is a keyword only where a match statement can start: the subject, then ':' and
 * a line break. Otherwise (`match = 3`, `match(x)`) the line is read again as a simple
 * statement. Returns 0 in that case, else 1 with *out (NULL after an error). */
static int match_stmt(Parser *p, Node **out) {
    const Token *t = peek(p);
    if (!starts_expression(peek_kind(p, 1)) || p->failed) return 0;
    int save = p->pos;
    advance(p);
    const Token *st = peek(p);
    Node *subject = star_named_expression(p);
    if (subject && TOK == T_COMMA) {
        Node *tup = new_node(p, N_TUPLE, st);
        push(p, &tup->seq.elts, subject);
        while (accept(p, T_COMMA) && starts_expression(TOK)) {
            Node *e = star_named_expression(p);
            if (!e) break;
            push(p, &tup->seq.elts, e);
        }
        end_prev(p, tup);
        subject = p->failed ? NULL : tup;
    } else if (subject && subject->kind == N_STARRED) {
        subject = NULL;
    }
    if (!subject || TOK != T_COLON || peek_kind(p, 1) != T_NEWLINE) {
        p->pos = save;
        p->failed = p->far = 0;
        return 0;
    }
    *out = NULL;
    advance(p);
    advance(p);
    if (TOK != T_INDENT) {
        int first = !p->failed;
        fail_indent(p, at_end(p) ? prev(p) : peek(p), "expected an indented block after 'match' statement on line %d",
                    t->line);
        if (first && at_end(p)) p->err.incomplete = 1;
        return 1;
    }
    advance(p);
    Node *n = new_node(p, N_MATCH, t);
    n->match.subject = subject;
    do {
        if (!is_name(peek(p), "case")) return invalid(p), 1;
        const Token *ct = advance(p);
        Node *c = new_node(p, N_MATCH_CASE, ct);
        if (!(c->match_case.pattern = case_patterns(p))) return 1;
        if (accept(p, T_IF) && !(c->match_case.guard = named_expression(p))) return 1;
        if (!expect_colon(p) || !block(p, &c->match_case.body, ct, "'case' statement")) return 1;
        end_tok(c, p->stmt_end);
        push(p, &n->match.cases, c);
    } while (TOK != T_DEDENT && TOK != T_EOF);
    accept(p, T_DEDENT);
    end_tok(n, p->stmt_end);
    *out = n;
    return 1;
}

/* ---- statements ---- */

static int statement(Parser *p, NodeList *body) {
    const Token *t = peek(p);
    Node *s = NULL;
    switch (t->kind) {
    case T_IF: s = if_stmt(p); break;
    case T_WHILE: s = while_stmt(p); break;
    case T_FOR: s = for_stmt(p, t); break;
    case T_WITH: s = with_stmt(p, t); break;
    case T_TRY: s = try_stmt(p); break;
    case T_DEF: s = funcdef(p, t, NULL); break;
    case T_CLASS: s = classdef(p, NULL); break;
    case T_AT: s = decorated(p); break;
    case T_ASYNC:
        switch (peek_kind(p, 1)) {
        case T_DEF: s = funcdef(p, t, NULL); break;
        case T_FOR: s = for_stmt(p, t); break;
        case T_WITH: s = with_stmt(p, t); break;
        default:
            advance(p);
            s = invalid(p);
        }
        break;
    case T_INDENT:
        /* CPython's column: the width of the indentation, so the caret is under its end. */
        if (!lexer_error(p, t)) fail_at(p, "IndentationError", t->line, t->col > 1 ? t->col - 1 : 1, "unexpected indent");
        p->unexpected_indent = 1;
        return 0;
    case T_NAME:
        if (is_name(t, "match") && match_stmt(p, &s)) break;
        return simple_stmts(p, body);
    default: return simple_stmts(p, body);
    }
    if (!s) return 0;
    push(p, body, s);
    return 1;
}

/* ---- entry ---- */

/* The most tokens a source may have. Every token and the tree built from it take some 150
 * bytes while a program compiles, outside the heap cap: 20 MB of `1+1+...` would take 3 GB,
 * more than edge.wasm can address. Two million tokens are some 8 MB of dense code. */
#define PARSE_MAX_TOKENS 2000000

/* Reads every token up front, up to T_EOF or a lexer error's T_ERROR. */
static void tokenize(Parser *p, Lexer *lx) {
    if (!p->cap) {
        size_t guess = (size_t)(lx->end - lx->src) / 4 + 16;
        p->cap = guess < 1000000 ? (int)guess : 1000000;
        p->toks = malloc((size_t)p->cap * sizeof *p->toks);
        if (!p->toks) abort();
    }
    for (;;) {
        if (p->ntoks == p->cap) {
            if (p->cap > INT32_MAX / 2) abort();
            p->cap *= 2;
            Token *t = realloc(p->toks, (size_t)p->cap * sizeof *t);
            if (!t) abort();
            p->toks = t;
        }
        Token t = lex_next(lx);
        if (p->ntoks == PARSE_MAX_TOKENS && t.kind != T_EOF && t.kind != T_ERROR) {
            Diagnostic *d = &p->lex_err;
            memset(d, 0, sizeof *d);
            d->kind = "MemoryError";
            snprintf(d->message, sizeof d->message,
                     "the program is too long to compile: more than %d tokens", PARSE_MAX_TOKENS);
            d->line = t.line;
            d->col = t.col;
            d->end_col = t.end_line == t.line && t.end_col > t.col ? t.end_col : t.col + 1;
            d->filename = lx->diag->filename;
            t.kind = T_ERROR;
            p->toks[p->ntoks++] = t;
            p->lex_failed = 2;
            break;
        }
        p->toks[p->ntoks++] = t;
        if (t.kind == T_EOF) break;
        if (t.kind == T_ERROR) { /* the parser stops here at the latest */
            p->lex_err = *lx->diag;
            p->lex_failed = lx->soft_error ? 1 : 2;
            break;
        }
    }
    p->unclosed = lx->unclosed;
    p->unclosed_char = lx->unclosed_char;
    p->unclosed_line = lx->unclosed_line;
    p->unclosed_col = lx->unclosed_col;
}

/* Settles which error to report once the parser has stopped. */
static void final_error(Parser *p) {
    if (p->lex_failed == 2 && !p->unexpected_indent) {
        p->failed = 1;
        p->err = p->lex_err;
    } else {
        blame_unclosed(p);
    }
}

Node *parse_module(Arena *arena, const char *src, size_t len, Diagnostic *diag) {
    const char *filename = diag->filename;
    memset(diag, 0, sizeof *diag);
    diag->filename = filename;
    Parser p;
    memset(&p, 0, sizeof p);
    p.arena = arena;
    Lexer lx;
    lex_init(&lx, src, len, 1, 1, 0, diag);
    tokenize(&p, &lx);
    Node *m = new_node(&p, N_MODULE, &p.toks[0]);
    m->line = m->col = 1;
    while (p.toks[p.pos].kind != T_EOF && statement(&p, &m->module.body)) {
    }
    const Token *eof = &p.toks[p.ntoks - 1];
    m->end_line = eof->line;
    m->end_col = eof->col;
    final_error(&p);
    if (p.failed) {
        *diag = p.err;
        diag->filename = filename;
        m = NULL;
    }
    free(p.toks);
    return m;
}
