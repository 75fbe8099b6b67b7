/* ast.h — the abstract syntax tree the parser builds and the compiler walks.
 * Nodes live in an Arena owned by the caller and freed in one go after compiling.
 * Shapes follow CPython's `ast` module so its documentation describes ours too. */
#ifndef EDGE_AST_H
#define EDGE_AST_H

#include <stddef.h>
#include <stdint.h>

/* ---- arena: bump allocation for everything the front end builds ---- */
typedef struct ArenaBlock ArenaBlock;
typedef struct Arena {
    ArenaBlock *head;
} Arena;
void arena_init(Arena *a);
void *arena_alloc(Arena *a, size_t size); /* zeroed, 8-byte aligned; aborts only on OOM */
char *arena_strndup(Arena *a, const char *s, size_t len); /* NUL-terminated copy */
void arena_free(Arena *a);

/* ---- a diagnostic: where the front end (or compiler) stopped, and why ---- */
typedef struct Diagnostic {
    const char *kind;  /* Python exception name: "SyntaxError", "IndentationError", ... */
    char message[512]; /* CPython's wording where there is one: "invalid syntax" */
    int line, col;     /* 1-based; col counts code points from 1 */
    int end_col;       /* exclusive end column on the same line (>= col + 1) */
    /* Set when the source is an error only because it ended too soon: inside brackets or a
     * triple-quoted string, after a backslash, or where an indented block should start.
     * A REPL then reads another line instead of reporting it. */
    int incomplete;
    /* Given by the caller of parse_module (which keeps it): the file's name, for messages
     * that name it as CPython's do ("Non-UTF-8 code ... in file main.py"). NULL: "<string>". */
    const char *filename;
} Diagnostic;

typedef struct Node Node;
typedef struct NodeList {
    Node **items;
    int len, cap;
} NodeList;
void nodelist_push(Arena *a, NodeList *list, Node *n); /* NULL entries are allowed */

typedef enum NodeKind {
    /* statements */
    N_MODULE,        /* body */
    N_FUNCTION_DEF,  /* function: name, args, body, decorators */
    N_CLASS_DEF,     /* class_def: name, bases, keywords, body, decorators */
    N_RETURN,        /* value (NULL for bare return) */
    N_DELETE,        /* targets */
    N_ASSIGN,        /* assign: targets (a = b = value has two), value */
    N_AUG_ASSIGN,    /* aug: target, op, value */
    N_ANN_ASSIGN,    /* ann: target, annotation, value (may be NULL) */
    N_FOR,           /* loop: target, iter, body, orelse */
    N_WHILE,         /* loop: test (in iter), body, orelse */
    N_IF,            /* if_: test, body, orelse (elif is a nested N_IF alone in orelse) */
    N_WITH,          /* with: items (N_WITH_ITEM), body */
    N_MATCH,         /* match: subject, cases (N_MATCH_CASE) */
    N_RAISE,         /* raise: exc (NULL = re-raise), cause */
    N_TRY,           /* try_: body, handlers (N_EXCEPT_HANDLER), orelse, finalbody */
    N_ASSERT,        /* assert_: test, msg */
    N_IMPORT,        /* import: names (N_ALIAS) */
    N_IMPORT_FROM,   /* import: module (spec text), names (N_ALIAS, "*" for star) */
    N_GLOBAL,        /* names: identifiers */
    N_NONLOCAL,      /* names: identifiers */
    N_EXPR_STMT,     /* expr_stmt: value */
    N_PASS,
    N_BREAK,
    N_CONTINUE,

    /* expressions */
    N_BOOL_OP,       /* boolop: op (OP_AND/OP_OR), values (2 or more) */
    N_NAMED_EXPR,    /* named: target (N_NAME), value */
    N_BIN_OP,        /* binop: left, op, right */
    N_UNARY_OP,      /* unary: op (OP_NOT, OP_NEG, OP_POS, OP_INVERT), operand */
    N_LAMBDA,        /* function: args, body has one N_RETURN; name "<lambda>" */
    N_IF_EXP,        /* ifexp: test, body, orelse */
    N_DICT,          /* dict: keys, values (a NULL key means `**values[i]`) */
    N_SET,           /* seq: elts */
    N_LIST_COMP,     /* comp: elt, generators (N_COMPREHENSION) */
    N_SET_COMP,      /* comp: elt, generators */
    N_DICT_COMP,     /* comp: key, elt (the value), generators */
    N_GENERATOR_EXP, /* comp: elt, generators */
    N_AWAIT,         /* unary: operand (parsed, then rejected by the compiler) */
    N_YIELD,         /* yield: value (may be NULL) */
    N_YIELD_FROM,    /* yield: value */
    N_COMPARE,       /* compare: left, ops[n], comparators (n items) */
    N_CALL,          /* call: func, args (may hold N_STARRED), keywords (N_KEYWORD) */
    N_FORMATTED_VALUE, /* fvalue: value, conversion ('s','r','a' or 0), format_spec (N_JOINED_STR or NULL) */
    N_JOINED_STR,    /* seq: elts: N_CONSTANT strings and N_FORMATTED_VALUE */
    N_CONSTANT,      /* constant: see ConstKind */
    N_ATTRIBUTE,     /* attribute: value, attr */
    N_SUBSCRIPT,     /* subscript: value, index (N_SLICE, N_TUPLE for a[1, 2], or any expr) */
    N_STARRED,       /* starred: value */
    N_NAME,          /* name: id */
    N_LIST,          /* seq: elts */
    N_TUPLE,         /* seq: elts (parenthesised or not) */
    N_SLICE,         /* slice: lower, upper, step (each may be NULL) */

    /* helpers */
    N_ARGUMENTS,     /* arguments: see below */
    N_ARG,           /* arg: name (annotation is parsed and dropped) */
    N_KEYWORD,       /* keyword: name (NULL for **value), value */
    N_ALIAS,         /* alias: name (dotted name or "*"), asname (may be NULL) */
    N_WITH_ITEM,     /* withitem: context, vars (may be NULL) */
    N_EXCEPT_HANDLER,/* handler: type (may be NULL), name (may be NULL), body */
    N_COMPREHENSION, /* comprehension: target, iter, ifs */
    N_MATCH_CASE,    /* match_case: pattern, guard (may be NULL), body */

    /* match patterns */
    N_MATCH_VALUE,     /* pattern: value (an expression: constant, dotted name, -1, 1+2j) */
    N_MATCH_SINGLETON, /* pattern: value is an N_CONSTANT None/True/False */
    N_MATCH_SEQUENCE,  /* pattern: patterns */
    N_MATCH_MAPPING,   /* pattern: keys (exprs), patterns, rest (name or NULL) */
    N_MATCH_CLASS,     /* pattern: cls (expr), patterns, kwd_attrs (char**), kwd_patterns */
    N_MATCH_STAR,      /* pattern: name (NULL for *_) */
    N_MATCH_AS,        /* pattern: pattern (may be NULL), name (NULL for _) */
    N_MATCH_OR,        /* pattern: patterns */
    N_KIND_COUNT
} NodeKind;

typedef enum Operator {
    OP_ADD, OP_SUB, OP_MUL, OP_MATMUL, OP_DIV, OP_MOD, OP_POW, OP_LSHIFT, OP_RSHIFT,
    OP_BITOR, OP_BITXOR, OP_BITAND, OP_FLOORDIV, /* binary and augmented, in this order */
    OP_AND, OP_OR,                               /* boolean */
    OP_NOT, OP_NEG, OP_POS, OP_INVERT,           /* unary */
    OP_EQ, OP_NOT_EQ, OP_LT, OP_LT_E, OP_GT, OP_GT_E, OP_IS, OP_IS_NOT, OP_IN, OP_NOT_IN /* compare */
} Operator;

typedef enum ConstKind {
    C_NONE, C_TRUE, C_FALSE, C_ELLIPSIS,
    C_INT,    /* ival */
    C_BIGINT, /* text: decimal digits (no sign, no '_'), converted by the compiler */
    C_FLOAT,  /* fval */
    C_IMAG,   /* fval: the imaginary part of `2j` (the compiler rejects complex for now) */
    C_STR,    /* text, len: UTF-8 bytes, escapes already decoded */
    C_BYTES   /* text, len: raw bytes, escapes decoded */
} ConstKind;

struct Node {
    NodeKind kind;
    int line, col;         /* 1-based start position (col in code points) */
    int end_line, end_col; /* exclusive end (col of the first char after the node) */
    void *scope;           /* set by scope analysis on function, lambda, class, comprehension */
    union {
        struct { NodeList body; } module;
        struct {
            const char *name; /* "<lambda>" for N_LAMBDA */
            Node *args;       /* N_ARGUMENTS */
            NodeList body;
            NodeList decorators;
            int is_async;
        } function;
        struct {
            const char *name;
            NodeList bases, keywords, body, decorators;
        } class_def;
        struct { Node *value; } ret;
        struct { NodeList targets; } del;
        struct { NodeList targets; Node *value; } assign;
        struct { Node *target; Operator op; Node *value; } aug;
        struct { Node *target, *annotation, *value; int simple; } ann;
        struct { Node *target, *iter, *test; NodeList body, orelse; } loop; /* for / while */
        struct { Node *test; NodeList body, orelse; } if_;
        struct { NodeList items; NodeList body; } with;
        struct { Node *subject; NodeList cases; } match;
        struct { Node *exc, *cause; } raise;
        struct { NodeList body, handlers, orelse, finalbody; } try_;
        struct { Node *test, *msg; } assert_;
        struct {
            const char *module; /* ImportFrom: the spec as written: a dotted name or the
                                   decoded text of a string literal ("./lib/x.py#sha256-…") */
            NodeList names;     /* N_ALIAS */
            int level;          /* leading dots of a relative `from .x import y` */
        } import;
        struct { const char **names; int count; } names; /* global / nonlocal */
        struct { Node *value; } expr_stmt;

        struct { Operator op; NodeList values; } boolop;
        struct { Node *target, *value; } named;
        struct { Node *left; Operator op; Node *right; } binop;
        struct { Operator op; Node *operand; } unary;
        struct { Node *test, *body, *orelse; } ifexp;
        struct { NodeList keys, values; } dict;
        struct { NodeList elts; } seq; /* list, tuple, set, joined str */
        struct { Node *elt, *key; NodeList generators; } comp;
        struct { Node *value; } yield;
        struct { Node *left; Operator *ops; NodeList comparators; } compare;
        struct { Node *func; NodeList args, keywords; } call;
        struct { Node *value; int conversion; Node *format_spec; } fvalue;
        struct {
            ConstKind kind;
            int64_t ival;
            double fval;
            const char *text;
            size_t len;
        } constant;
        struct { Node *value; const char *attr; } attribute;
        struct { Node *value, *index; } subscript;
        struct { Node *value; } starred;
        struct { const char *id; } name;
        struct { Node *lower, *upper, *step; } slice;

        struct {
            NodeList posonly;     /* N_ARG before `/` */
            NodeList args;        /* N_ARG, ordinary positional-or-keyword */
            Node *vararg;         /* N_ARG or NULL */
            NodeList kwonly;      /* N_ARG after `*` or `*args` */
            NodeList kw_defaults; /* one per kwonly; NULL where it has none */
            Node *kwarg;          /* N_ARG or NULL */
            NodeList defaults;    /* for the LAST len(defaults) of posonly+args */
        } arguments;
        struct { const char *name; } arg;
        struct { const char *name; Node *value; } keyword;
        struct { const char *name, *asname; } alias;
        struct { Node *context, *vars; } withitem;
        struct { Node *type; const char *name; NodeList body; } handler;
        struct { Node *target, *iter; NodeList ifs; int is_async; } comprehension;
        struct { Node *pattern, *guard; NodeList body; } match_case;
        struct {
            Node *value;          /* MATCH_VALUE, MATCH_SINGLETON */
            NodeList patterns;    /* SEQUENCE, MAPPING, CLASS, OR */
            NodeList keys;        /* MAPPING */
            const char *name;     /* STAR, AS, MAPPING's rest */
            Node *pattern;        /* AS */
            Node *cls;            /* CLASS */
            const char **kwd_attrs; int kwd_count; /* CLASS */
            NodeList kwd_patterns;                 /* CLASS */
        } pattern;
    };
};

/* Parses a whole module. Returns the N_MODULE node, or NULL after filling *diag with the
 * first error. `src` need not be NUL-terminated. All nodes and strings live in `arena`. */
Node *parse_module(Arena *arena, const char *src, size_t len, Diagnostic *diag);

/* Writes the tree as an indented S-expression (debugging aid: `edge --ast file.py`).
 * `write` receives NUL-terminated chunks. */
void ast_dump(const Node *n, void (*write)(void *ctx, const char *text), void *ctx);

#endif
