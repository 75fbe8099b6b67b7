/* ast.c — the front end's memory and a printer for its output.
 * Input: nodes built by parser.c. Output: the arena every node and string lives in (freed
 * in one go), growable node lists, and ast_dump's indented S-expression for debugging. */
#include "ast.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- arena ---- */

/* Blocks are zeroed by calloc and never reused, so every allocation comes back zeroed. */
struct ArenaBlock {
    ArenaBlock *next;
    size_t size, used;
};

#define ARENA_HEADER ((sizeof(ArenaBlock) + 15) & ~(size_t)15)
#define ARENA_BLOCK_SIZE ((size_t)64 * 1024)

void arena_init(Arena *a) { a->head = NULL; }

void *arena_alloc(Arena *a, size_t size) {
    if (size > SIZE_MAX / 2) abort();
    size = (size + 7) & ~(size_t)7;
    if (size == 0) size = 8;
    ArenaBlock *b = a->head;
    if (!b || b->size - b->used < size) {
        /* Large requests get a block of their own, slotted behind the current block so
         * that the rest of the current block is not wasted. */
        int own = size > ARENA_BLOCK_SIZE / 4;
        size_t cap = own ? size : ARENA_BLOCK_SIZE;
        ArenaBlock *nb = calloc(1, ARENA_HEADER + cap);
        if (!nb) abort();
        nb->size = cap;
        if (own && b) {
            nb->next = b->next;
            b->next = nb;
        } else {
            nb->next = b;
            a->head = nb;
        }
        b = nb;
    }
    void *p = (char *)b + ARENA_HEADER + b->used;
    b->used += size;
    return p;
}

char *arena_strndup(Arena *a, const char *s, size_t len) {
    char *d = arena_alloc(a, len + 1);
    if (len) memcpy(d, s, len);
    d[len] = 0;
    return d;
}

void arena_free(Arena *a) {
    ArenaBlock *b = a->head;
    while (b) {
        ArenaBlock *next = b->next;
        free(b);
        b = next;
    }
    a->head = NULL;
}

void nodelist_push(Arena *a, NodeList *list, Node *n) {
    if (list->len == list->cap) {
        int cap = list->cap ? list->cap * 2 : 4;
        Node **items = arena_alloc(a, (size_t)cap * sizeof *items);
        if (list->len) memcpy(items, list->items, (size_t)list->len * sizeof *items);
        list->items = items;
        list->cap = cap;
    }
    list->items[list->len++] = n;
}

/* ---- dump ---- */

typedef struct Dump {
    void (*write)(void *ctx, const char *text);
    void *ctx;
    int positions; /* append @line:col-end_line:end_col to every node */
    size_t len;
    char buf[1024];
} Dump;

static void flush(Dump *d) {
    if (!d->len) return;
    d->buf[d->len] = 0;
    d->write(d->ctx, d->buf);
    d->len = 0;
}

static void out(Dump *d, const char *s, size_t n) {
    while (n > 0) {
        size_t room = sizeof d->buf - 1 - d->len;
        if (room == 0) {
            flush(d);
            continue;
        }
        size_t k = n < room ? n : room;
        memcpy(d->buf + d->len, s, k);
        d->len += k;
        s += k;
        n -= k;
    }
}

static void outs(Dump *d, const char *s) { out(d, s, strlen(s)); }

static void outf(Dump *d, const char *fmt, ...) {
    char tmp[128];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n > 0) out(d, tmp, (size_t)n < sizeof tmp ? (size_t)n : sizeof tmp - 1);
}

/* A quoted string: printable ASCII as is, other bytes below 0x80 escaped, bytes >= 0x80
 * as is for str (UTF-8) and escaped for bytes. */
static void quoted(Dump *d, const char *s, size_t n, int bytes) {
    outs(d, "'");
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\\') outs(d, "\\\\");
        else if (c == '\'') outs(d, "\\'");
        else if (c == '\n') outs(d, "\\n");
        else if (c == '\r') outs(d, "\\r");
        else if (c == '\t') outs(d, "\\t");
        else if (c < 0x20 || c == 0x7F || (c >= 0x80 && bytes)) outf(d, "\\x%02x", c);
        else out(d, (const char *)&c, 1);
    }
    outs(d, "'");
}

static const char *const kind_names[] = {
    "Module", "FunctionDef", "ClassDef", "Return", "Delete", "Assign", "AugAssign",
    "AnnAssign", "For", "While", "If", "With", "Match", "Raise", "Try", "Assert", "Import",
    "ImportFrom", "Global", "Nonlocal", "Expr", "Pass", "Break", "Continue",
    "BoolOp", "NamedExpr", "BinOp", "UnaryOp", "Lambda", "IfExp", "Dict", "Set", "ListComp",
    "SetComp", "DictComp", "GeneratorExp", "Await", "Yield", "YieldFrom", "Compare", "Call",
    "FormattedValue", "JoinedStr", "Constant", "Attribute", "Subscript", "Starred", "Name",
    "List", "Tuple", "Slice",
    "arguments", "arg", "keyword", "alias", "withitem", "ExceptHandler", "comprehension",
    "match_case",
    "MatchValue", "MatchSingleton", "MatchSequence", "MatchMapping", "MatchClass",
    "MatchStar", "MatchAs", "MatchOr",
};

_Static_assert(sizeof kind_names / sizeof kind_names[0] == N_KIND_COUNT,
               "kind_names must follow NodeKind");

static const char *const op_names[] = {
    "Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift", "RShift", "BitOr",
    "BitXor", "BitAnd", "FloorDiv", "And", "Or", "Not", "USub", "UAdd", "Invert",
    "Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn",
};

static const char *op_name(Operator op) {
    return (unsigned)op < sizeof op_names / sizeof op_names[0] ? op_names[op] : "?";
}

static void node(Dump *d, const Node *n, int indent, const char *label);

static void child(Dump *d, const Node *n, int indent, const char *label) {
    if (n) node(d, n, indent, label);
}

static void list(Dump *d, const NodeList *l, int indent, const char *label) {
    for (int i = 0; i < l->len; i++) {
        if (l->items[i]) {
            node(d, l->items[i], indent, label);
        } else {
            outs(d, "\n");
            for (int k = 0; k < indent; k++) outs(d, " ");
            outs(d, label);
            outs(d, ": None");
        }
    }
}

static void constant(Dump *d, const Node *n) {
    switch (n->constant.kind) {
    case C_NONE: outs(d, " None"); break;
    case C_TRUE: outs(d, " True"); break;
    case C_FALSE: outs(d, " False"); break;
    case C_ELLIPSIS: outs(d, " Ellipsis"); break;
    case C_INT: outf(d, " int %lld", (long long)n->constant.ival); break;
    case C_BIGINT:
        outs(d, " bigint ");
        out(d, n->constant.text, n->constant.len);
        break;
    case C_FLOAT: outf(d, " float %.17g", n->constant.fval); break;
    case C_IMAG: outf(d, " imag %.17g", n->constant.fval); break;
    case C_STR:
        outs(d, " str ");
        quoted(d, n->constant.text, n->constant.len, 0);
        break;
    case C_BYTES:
        outs(d, " bytes ");
        quoted(d, n->constant.text, n->constant.len, 1);
        break;
    }
}

static void node(Dump *d, const Node *n, int indent, const char *label) {
    int in = indent + 2;
    if (indent > 0 || label) {
        outs(d, "\n");
        for (int k = 0; k < indent; k++) outs(d, " ");
    }
    if (label) {
        outs(d, label);
        outs(d, ": ");
    }
    outs(d, "(");
    outs(d, (unsigned)n->kind < N_KIND_COUNT ? kind_names[n->kind] : "?");
    if (d->positions) outf(d, " @%d:%d-%d:%d", n->line, n->col, n->end_line, n->end_col);
    switch (n->kind) {
    case N_MODULE: list(d, &n->module.body, in, "body"); break;
    case N_FUNCTION_DEF:
    case N_LAMBDA:
        if (n->kind == N_FUNCTION_DEF) {
            outs(d, " ");
            outs(d, n->function.name);
            if (n->function.is_async) outs(d, " async");
        }
        child(d, n->function.args, in, "args");
        list(d, &n->function.body, in, "body");
        list(d, &n->function.decorators, in, "decorators");
        break;
    case N_CLASS_DEF:
        outs(d, " ");
        outs(d, n->class_def.name);
        list(d, &n->class_def.bases, in, "bases");
        list(d, &n->class_def.keywords, in, "keywords");
        list(d, &n->class_def.body, in, "body");
        list(d, &n->class_def.decorators, in, "decorators");
        break;
    case N_RETURN: child(d, n->ret.value, in, "value"); break;
    case N_DELETE: list(d, &n->del.targets, in, "targets"); break;
    case N_ASSIGN:
        list(d, &n->assign.targets, in, "targets");
        child(d, n->assign.value, in, "value");
        break;
    case N_AUG_ASSIGN:
        outf(d, " %s", op_name(n->aug.op));
        child(d, n->aug.target, in, "target");
        child(d, n->aug.value, in, "value");
        break;
    case N_ANN_ASSIGN:
        outf(d, " simple=%d", n->ann.simple);
        child(d, n->ann.target, in, "target");
        child(d, n->ann.annotation, in, "annotation");
        child(d, n->ann.value, in, "value");
        break;
    case N_FOR:
    case N_WHILE:
        child(d, n->loop.target, in, "target");
        child(d, n->loop.iter, in, "iter");
        child(d, n->loop.test, in, "test");
        list(d, &n->loop.body, in, "body");
        list(d, &n->loop.orelse, in, "orelse");
        break;
    case N_IF:
        child(d, n->if_.test, in, "test");
        list(d, &n->if_.body, in, "body");
        list(d, &n->if_.orelse, in, "orelse");
        break;
    case N_WITH:
        list(d, &n->with.items, in, "items");
        list(d, &n->with.body, in, "body");
        break;
    case N_MATCH:
        child(d, n->match.subject, in, "subject");
        list(d, &n->match.cases, in, "cases");
        break;
    case N_RAISE:
        child(d, n->raise.exc, in, "exc");
        child(d, n->raise.cause, in, "cause");
        break;
    case N_TRY:
        list(d, &n->try_.body, in, "body");
        list(d, &n->try_.handlers, in, "handlers");
        list(d, &n->try_.orelse, in, "orelse");
        list(d, &n->try_.finalbody, in, "finalbody");
        break;
    case N_ASSERT:
        child(d, n->assert_.test, in, "test");
        child(d, n->assert_.msg, in, "msg");
        break;
    case N_IMPORT: list(d, &n->import.names, in, "names"); break;
    case N_IMPORT_FROM:
        outs(d, " ");
        quoted(d, n->import.module ? n->import.module : "",
               n->import.module ? strlen(n->import.module) : 0, 0);
        outf(d, " level=%d", n->import.level);
        list(d, &n->import.names, in, "names");
        break;
    case N_GLOBAL:
    case N_NONLOCAL:
        for (int i = 0; i < n->names.count; i++) {
            outs(d, " ");
            outs(d, n->names.names[i]);
        }
        break;
    case N_EXPR_STMT: child(d, n->expr_stmt.value, in, "value"); break;
    case N_PASS:
    case N_BREAK:
    case N_CONTINUE: break;
    case N_BOOL_OP:
        outf(d, " %s", op_name(n->boolop.op));
        list(d, &n->boolop.values, in, "values");
        break;
    case N_NAMED_EXPR:
        child(d, n->named.target, in, "target");
        child(d, n->named.value, in, "value");
        break;
    case N_BIN_OP:
        outf(d, " %s", op_name(n->binop.op));
        child(d, n->binop.left, in, "left");
        child(d, n->binop.right, in, "right");
        break;
    case N_UNARY_OP:
        outf(d, " %s", op_name(n->unary.op));
        child(d, n->unary.operand, in, "operand");
        break;
    case N_AWAIT: child(d, n->unary.operand, in, "value"); break;
    case N_IF_EXP:
        child(d, n->ifexp.test, in, "test");
        child(d, n->ifexp.body, in, "body");
        child(d, n->ifexp.orelse, in, "orelse");
        break;
    case N_DICT:
        list(d, &n->dict.keys, in, "keys");
        list(d, &n->dict.values, in, "values");
        break;
    case N_SET:
    case N_LIST:
    case N_TUPLE:
    case N_JOINED_STR: list(d, &n->seq.elts, in, "elts"); break;
    case N_LIST_COMP:
    case N_SET_COMP:
    case N_GENERATOR_EXP:
    case N_DICT_COMP:
        child(d, n->comp.key, in, "key");
        child(d, n->comp.elt, in, n->kind == N_DICT_COMP ? "value" : "elt");
        list(d, &n->comp.generators, in, "generators");
        break;
    case N_YIELD:
    case N_YIELD_FROM: child(d, n->yield.value, in, "value"); break;
    case N_COMPARE:
        for (int i = 0; i < n->compare.comparators.len; i++) outf(d, " %s", op_name(n->compare.ops[i]));
        child(d, n->compare.left, in, "left");
        list(d, &n->compare.comparators, in, "comparators");
        break;
    case N_CALL:
        child(d, n->call.func, in, "func");
        list(d, &n->call.args, in, "args");
        list(d, &n->call.keywords, in, "keywords");
        break;
    case N_FORMATTED_VALUE:
        if (n->fvalue.conversion) outf(d, " !%c", n->fvalue.conversion);
        child(d, n->fvalue.value, in, "value");
        child(d, n->fvalue.format_spec, in, "format_spec");
        break;
    case N_CONSTANT: constant(d, n); break;
    case N_ATTRIBUTE:
        outs(d, " ");
        outs(d, n->attribute.attr);
        child(d, n->attribute.value, in, "value");
        break;
    case N_SUBSCRIPT:
        child(d, n->subscript.value, in, "value");
        child(d, n->subscript.index, in, "index");
        break;
    case N_STARRED: child(d, n->starred.value, in, "value"); break;
    case N_NAME:
        outs(d, " ");
        outs(d, n->name.id);
        break;
    case N_SLICE:
        child(d, n->slice.lower, in, "lower");
        child(d, n->slice.upper, in, "upper");
        child(d, n->slice.step, in, "step");
        break;
    case N_ARGUMENTS:
        list(d, &n->arguments.posonly, in, "posonly");
        list(d, &n->arguments.args, in, "args");
        child(d, n->arguments.vararg, in, "vararg");
        list(d, &n->arguments.kwonly, in, "kwonly");
        list(d, &n->arguments.kw_defaults, in, "kw_defaults");
        child(d, n->arguments.kwarg, in, "kwarg");
        list(d, &n->arguments.defaults, in, "defaults");
        break;
    case N_ARG:
        outs(d, " ");
        outs(d, n->arg.name);
        break;
    case N_KEYWORD:
        outs(d, " ");
        outs(d, n->keyword.name ? n->keyword.name : "**");
        child(d, n->keyword.value, in, "value");
        break;
    case N_ALIAS:
        outs(d, " ");
        outs(d, n->alias.name);
        if (n->alias.asname) {
            outs(d, " as ");
            outs(d, n->alias.asname);
        }
        break;
    case N_WITH_ITEM:
        child(d, n->withitem.context, in, "context");
        child(d, n->withitem.vars, in, "vars");
        break;
    case N_EXCEPT_HANDLER:
        if (n->handler.name) {
            outs(d, " ");
            outs(d, n->handler.name);
        }
        child(d, n->handler.type, in, "type");
        list(d, &n->handler.body, in, "body");
        break;
    case N_COMPREHENSION:
        if (n->comprehension.is_async) outs(d, " async");
        child(d, n->comprehension.target, in, "target");
        child(d, n->comprehension.iter, in, "iter");
        list(d, &n->comprehension.ifs, in, "ifs");
        break;
    case N_MATCH_CASE:
        child(d, n->match_case.pattern, in, "pattern");
        child(d, n->match_case.guard, in, "guard");
        list(d, &n->match_case.body, in, "body");
        break;
    case N_MATCH_VALUE:
    case N_MATCH_SINGLETON: child(d, n->pattern.value, in, "value"); break;
    case N_MATCH_SEQUENCE:
    case N_MATCH_OR: list(d, &n->pattern.patterns, in, "patterns"); break;
    case N_MATCH_MAPPING:
        if (n->pattern.name) {
            outs(d, " rest=");
            outs(d, n->pattern.name);
        }
        list(d, &n->pattern.keys, in, "keys");
        list(d, &n->pattern.patterns, in, "patterns");
        break;
    case N_MATCH_CLASS:
        for (int i = 0; i < n->pattern.kwd_count; i++) {
            outs(d, i ? "," : " kwd_attrs=");
            outs(d, n->pattern.kwd_attrs[i]);
        }
        child(d, n->pattern.cls, in, "cls");
        list(d, &n->pattern.patterns, in, "patterns");
        list(d, &n->pattern.kwd_patterns, in, "kwd_patterns");
        break;
    case N_MATCH_STAR:
    case N_MATCH_AS:
        if (n->pattern.name) {
            outs(d, " ");
            outs(d, n->pattern.name);
        }
        child(d, n->pattern.pattern, in, "pattern");
        break;
    case N_KIND_COUNT: break;
    }
    outs(d, ")");
}

static void dump_tree(const Node *n, int positions, void (*write)(void *ctx, const char *text),
                      void *ctx) {
    Dump d;
    d.write = write;
    d.ctx = ctx;
    d.positions = positions;
    d.len = 0;
    if (n) node(&d, n, 0, NULL);
    else outs(&d, "(null)");
    outs(&d, "\n");
    flush(&d);
}

void ast_dump(const Node *n, void (*write)(void *ctx, const char *text), void *ctx) {
    dump_tree(n, 0, write, ctx);
}
