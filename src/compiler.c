/* compiler.c — code generation: AST (with scopes resolved) -> ObjCode bytecode.
 * One FuncState per function being compiled; jumps are absolute u32 offsets patched
 * when their target is known; every instruction maps back to a line and column. */
#include "compiler.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bigint.h"
#include "containers.h"
#include "opcodes.h"
#include "scope.h"
#include "str.h"
#include "suggest.h"

static const uint8_t operand_bytes[] = {
#define OP_SIZE(name, operand) operand,
    OPCODE_LIST(OP_SIZE)
#undef OP_SIZE
};

static const char *const opcode_names[] = {
#define OPC_NAME(name, operand) #name,
    OPCODE_LIST(OPC_NAME)
#undef OPC_NAME
};

const char *comp_opcode_name(int op) {
    return op >= 0 && op < OPC_COUNT_ ? opcode_names[op] : "?";
}

/* A growable array of any element type, malloc'ed while compiling. */
#define VEC(T) struct { T *items; uint32_t len, cap; }
#define VEC_PUSH(v, x)                                                              \
    do {                                                                            \
        if ((v).len == (v).cap) {                                                   \
            (v).cap = (v).cap ? (v).cap * 2 : 16;                                   \
            (v).items = realloc((v).items, sizeof(*(v).items) * (size_t)(v).cap);   \
            if (!(v).items) abort();                                                \
        }                                                                           \
        (v).items[(v).len++] = (x);                                                 \
    } while (0)

/* What encloses the code being compiled, innermost first: loops, protected try bodies,
 * except handlers, finally bodies, with blocks. return/break/continue leave through
 * them, emitting what each needs (a finally body, POP_EXCEPT, the __exit__ call). */
typedef enum BlockKind {
    BLOCK_LOOP,        /* a for loop keeps its iterator on the stack */
    BLOCK_TRY,         /* the body of a try with except clauses */
    BLOCK_FINALLY,     /* the body of a try with a finally clause */
    BLOCK_HANDLER,     /* an except body (or __exit__ handling): [prev] on the stack */
    BLOCK_FINALLY_EXC, /* a finally body run for an exception: [prev, exc] */
    BLOCK_WITH,        /* a with body: [exit] on the stack */
    BLOCK_VALUE,       /* a finally body run by a return: the return value waits below */
} BlockKind;

typedef struct Block {
    struct Block *prev;
    BlockKind kind;
    /* The protected range: instructions from range_start (-1: paused) raise into the
     * handler at `target` with the stack cut to `depth`. */
    int64_t range_start;
    uint32_t depth;
    VEC(uint32_t) entries; /* handler entries to patch with the target */
    /* loops */
    uint32_t continue_target;
    bool is_for;
    bool owns_iter; /* the loop made its iterator (for x in gen()): leaving early closes it */
    VEC(uint32_t) breaks;
    NodeList *finalbody;
} Block;

/* Where each word already is in a table of words (the constants, the names), so adding one
 * is O(1) however many a function has: open addressing, slots hold index + 1. */
typedef struct WordIndex {
    uint32_t *slots;
    uint32_t cap; /* 0 or a power of two, at least twice the entries */
} WordIndex;

typedef struct FuncState {
    struct FuncState *enclosing;
    Scope *scope;
    VEC(uint8_t) code;
    VEC(Value) consts;
    VEC(ObjStr *) names;
    VEC(uint64_t) name_words; /* names as words, for name_index (pointers may be 32 bits) */
    WordIndex const_index, name_index;
    VEC(LineEntry) lines;
    int depth, max_depth;
    Block *block;
    VEC(HandlerEntry) handlers;
    int line, col;         /* position of the instructions being emitted */
    int end_line, end_col; /* ... and where their expression ends (0: not known) */
    const char *qualname; /* the code object's __qualname__; NULL for the module */
} FuncState;

typedef struct Compiler {
    VM *vm;
    Arena *arena;
    Diagnostic *diag;
    bool failed;
    ObjStr *filename;
    ObjStr *source; /* the text compiled (every code object holds it) */
    FuncState *fs;
    Node *last_statement; /* interactive: the module's last statement, or NULL */
    Scope *module_scope;
    ObjDict *externs;     /* module-level names bound once, to a native function */
} Compiler;

/* ---- diagnostics ---- */

static void error_at(Compiler *c, const Node *n, const char *kind, const char *fmt, ...) {
    if (c->failed) return;
    c->failed = true;
    c->diag->kind = kind;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(c->diag->message, sizeof c->diag->message, fmt, ap);
    va_end(ap);
    c->diag->line = n ? n->line : 1;
    c->diag->col = n ? n->col : 1;
    int end = n && n->end_line == n->line ? n->end_col : (n ? n->col + 1 : 2);
    c->diag->end_col = end > c->diag->col ? end : c->diag->col + 1;
}

static void unsupported(Compiler *c, const Node *n, const char *what) {
    error_at(c, n, "NotImplementedError", "%s not supported yet", what);
}

/* ---- emission ---- */

static void set_pos(Compiler *c, const Node *n) {
    if (n && n->line > 0) {
        c->fs->line = n->line;
        c->fs->col = n->col;
        c->fs->end_line = n->end_line;
        c->fs->end_col = n->end_col;
    }
}

/* CPython's position for an attribute that ends on another line than `n` starts (a chain
 * of method calls over several lines): from the attribute's name to the end of `n`. */
static void set_pos_attr(Compiler *c, const Node *n, const Node *attr) {
    set_pos(c, n);
    FuncState *fs = c->fs;
    if (attr->end_line == fs->line) return;
    int len = (int)utf8_count(attr->attribute.attr, strlen(attr->attribute.attr));
    fs->line = attr->end_line;
    if (len < attr->end_col) {
        fs->col = attr->end_col - len;
    } else {
        fs->col = fs->end_col = 0;
    }
    if (fs->end_line < fs->line) fs->end_line = fs->line;
    if (fs->end_line == fs->line && fs->end_col < fs->col) fs->end_col = fs->col;
}

static void emit_byte(Compiler *c, uint8_t b) {
    VEC_PUSH(c->fs->code, b);
}

static void adjust(Compiler *c, int effect) {
    FuncState *fs = c->fs;
    fs->depth += effect;
    if (fs->depth > fs->max_depth) fs->max_depth = fs->depth;
}

/* Emits an opcode with its operand; `effect` is its net change of the stack depth. */
static uint32_t emit(Compiler *c, Opcode op, uint32_t arg, int effect) {
    FuncState *fs = c->fs;
    uint32_t at = fs->code.len;
    LineEntry *last = fs->lines.len ? &fs->lines.items[fs->lines.len - 1] : NULL;
    LineEntry e = {at, (uint32_t)fs->line, (uint32_t)fs->end_line, 0, 0};
    if (fs->col <= 0xffff && fs->end_col <= 0xffff && fs->end_line >= fs->line) {
        e.col = (uint16_t)fs->col;
        e.end_col = (uint16_t)fs->end_col;
    }
    if (!last || last->line != e.line || last->col != e.col || last->end_line != e.end_line ||
        last->end_col != e.end_col) {
        if (last && last->offset == at) *last = e;
        else VEC_PUSH(fs->lines, e);
    }
    emit_byte(c, (uint8_t)op);
    switch (operand_bytes[op]) {
    case 1: emit_byte(c, (uint8_t)arg); break;
    case 2:
        emit_byte(c, (uint8_t)(arg & 0xff));
        emit_byte(c, (uint8_t)(arg >> 8));
        break;
    case 4:
        for (int i = 0; i < 4; i++) emit_byte(c, (uint8_t)(arg >> (8 * i)));
        break;
    }
    adjust(c, effect);
    return at;
}

static void check_u16(Compiler *c, uint32_t n, const char *what) {
    if (n > 0xffff) error_at(c, NULL, "SyntaxError", "too many %s in one function", what);
}

/* Jumps: emit with a placeholder target, patch once the target is known. */
static uint32_t emit_jump(Compiler *c, Opcode op, int effect) {
    return emit(c, op, 0xffffffffu, effect);
}

static uint32_t here(Compiler *c) {
    return c->fs->code.len;
}

static void patch_to(Compiler *c, uint32_t at, uint32_t target) {
    uint8_t *p = &c->fs->code.items[at + 1];
    for (int i = 0; i < 4; i++) p[i] = (uint8_t)(target >> (8 * i));
}

static void patch(Compiler *c, uint32_t at) {
    patch_to(c, at, here(c));
}

static uint32_t *word_slot(const WordIndex *ix, uint64_t word, const uint64_t *words) {
    uint32_t mask = ix->cap - 1;
    for (uint32_t i = (uint32_t)((word * 0x9E3779B97F4A7C15u) >> 40) & mask;; i = (i + 1) & mask)
        if (ix->slots[i] == 0 || words[ix->slots[i] - 1] == word) return &ix->slots[i];
}

/* The index of `word` in words[0..len), or UINT32_MAX; with `add`, words[len - 1] (just
 * appended) is entered instead when it is not there. */
static uint32_t word_index(WordIndex *ix, uint64_t word, const uint64_t *words, uint32_t len, bool add) {
    if (!add) {
        if (ix->cap == 0) return UINT32_MAX;
        uint32_t at = *word_slot(ix, word, words);
        return at ? at - 1 : UINT32_MAX;
    }
    if ((uint64_t)len * 2 > ix->cap) {
        WordIndex bigger = {calloc(ix->cap ? ix->cap * 2 : 64, sizeof(uint32_t)), ix->cap ? ix->cap * 2 : 64};
        if (!bigger.slots) abort();
        for (uint32_t i = 0; i + 1 < len; i++) *word_slot(&bigger, words[i], words) = i + 1;
        free(ix->slots);
        *ix = bigger;
    }
    *word_slot(ix, word, words) = len;
    return len - 1;
}

static uint32_t add_const(Compiler *c, Value v) {
    FuncState *fs = c->fs;
    /* Floats are never shared: 0.0 and -0.0, and NaNs, must stay themselves. */
    if (!IS_FLOAT(v)) {
        uint32_t i = word_index(&fs->const_index, v, fs->consts.items, fs->consts.len, false);
        if (i != UINT32_MAX) return i;
    }
    VEC_PUSH(fs->consts, v);
    check_u16(c, fs->consts.len, "constants");
    if (!IS_FLOAT(v)) word_index(&fs->const_index, v, fs->consts.items, fs->consts.len, true);
    return fs->consts.len - 1;
}

static ObjStr *intern(Compiler *c, const char *name) {
    return str_intern_cstr(c->vm, name);
}

/* Private names: inside class C, `self.__x` means `self._C__x`. */
static const char *mangle(Compiler *c, const char *name) {
    size_t len = strlen(name);
    if (len < 3 || name[0] != '_' || name[1] != '_' || (name[len - 1] == '_' && name[len - 2] == '_') ||
        strchr(name, '.'))
        return name;
    const char *cls = NULL;
    for (FuncState *fs = c->fs; fs; fs = fs->enclosing)
        if (fs->scope->kind == SCOPE_CLASS) {
            cls = fs->scope->name;
            break;
        }
    if (!cls) return name;
    while (*cls == '_') cls++;
    if (!*cls) return name;
    size_t n = strlen(cls) + len + 2;
    char *out = arena_alloc(c->arena, n);
    snprintf(out, n, "_%s%s", cls, name);
    return out;
}

static uint32_t add_attr(Compiler *c, const char *name);

static uint32_t add_name(Compiler *c, const char *name) {
    FuncState *fs = c->fs;
    ObjStr *s = intern(c, name);
    /* Names are interned: the pointer is the key. */
    _Static_assert(sizeof(ObjStr *) <= sizeof(uint64_t), "a pointer fits a word");
    uint64_t key = (uint64_t)(uintptr_t)s;
    uint32_t i = word_index(&fs->name_index, key, fs->name_words.items, fs->names.len, false);
    if (i != UINT32_MAX) return i;
    VEC_PUSH(fs->names, s);
    VEC_PUSH(fs->name_words, key);
    check_u16(c, fs->names.len, "names");
    word_index(&fs->name_index, key, fs->name_words.items, fs->names.len, true);
    return fs->names.len - 1;
}

static uint32_t add_attr(Compiler *c, const char *name) {
    return add_name(c, mangle(c, name));
}

static void emit_const(Compiler *c, Value v) {
    emit(c, OPC_LOAD_CONST, add_const(c, v), 1);
}

/* ---- names ---- */

static void emit_name(Compiler *c, const Node *at, const char *name, int ctx /* 0 load, 1 store, 2 del */) {
    (void)at;
    int index;
    SymKind kind = scope_resolve(c->fs->scope, name, &index);
    static const Opcode ops[][3] = {
        [SYM_LOCAL] = {OPC_LOAD_FAST, OPC_STORE_FAST, OPC_DELETE_FAST},
        [SYM_CELL] = {OPC_LOAD_DEREF, OPC_STORE_DEREF, OPC_DELETE_DEREF},
        [SYM_FREE] = {OPC_LOAD_DEREF, OPC_STORE_DEREF, OPC_DELETE_DEREF},
        [SYM_GLOBAL] = {OPC_LOAD_GLOBAL, OPC_STORE_GLOBAL, OPC_DELETE_GLOBAL},
    };
    static const int effects[3] = {1, -1, 0};
    if (kind == SYM_NAME) {
        static const Opcode name_ops[3] = {OPC_LOAD_NAME, OPC_STORE_NAME, OPC_DELETE_NAME};
        emit(c, name_ops[ctx], add_name(c, name), effects[ctx]);
        return;
    }
    uint32_t arg = kind == SYM_GLOBAL ? add_name(c, name) : (uint32_t)index;
    emit(c, ops[kind][ctx], arg, effects[ctx]);
}

/* ---- expressions ---- */

static void expr(Compiler *c, Node *n);
static void expr_at(Compiler *c, Node *n);
static void stmts(Compiler *c, NodeList *body);
static void store_target(Compiler *c, Node *t);
static void function_body(Compiler *c, Node *n, Scope *scope, const char *name);

static bool is_const_number(const Node *n) {
    return n->kind == N_CONSTANT && (n->constant.kind == C_INT || n->constant.kind == C_FLOAT ||
                                     n->constant.kind == C_BIGINT);
}

static Value const_value(Compiler *c, Node *n) {
    VM *vm = c->vm;
    switch (n->constant.kind) {
    case C_NONE: return NONE_VAL;
    case C_TRUE: return TRUE_VAL;
    case C_FALSE: return FALSE_VAL;
    case C_INT: return int_from_int64(vm, n->constant.ival);
    case C_BIGINT: return int_from_decimal(vm, n->constant.text, strlen(n->constant.text));
    case C_FLOAT: return FLOAT_VAL(n->constant.fval);
    case C_STR: return OBJ_VAL(str_intern(vm, n->constant.text, n->constant.len));
    case C_IMAG: unsupported(c, n, "complex numbers are"); return NONE_VAL;
    case C_BYTES: unsupported(c, n, "bytes literals are"); return NONE_VAL;
    case C_ELLIPSIS: return vm->ellipsis;
    }
    return NONE_VAL;
}

static void constant(Compiler *c, Node *n) {
    switch (n->constant.kind) {
    case C_NONE: emit(c, OPC_LOAD_NONE, 0, 1); return;
    case C_TRUE: emit(c, OPC_LOAD_TRUE, 0, 1); return;
    case C_FALSE: emit(c, OPC_LOAD_FALSE, 0, 1); return;
    case C_INT:
        if (n->constant.ival >= -32768 && n->constant.ival <= 32767) {
            emit(c, OPC_LOAD_SMALL_INT, (uint32_t)(uint16_t)(int16_t)n->constant.ival, 1);
            return;
        }
        break;
    default: break;
    }
    emit_const(c, const_value(c, n));
}

static bool has_starred(NodeList *l) {
    for (int i = 0; i < l->len; i++)
        if (l->items[i] && l->items[i]->kind == N_STARRED) return true;
    return false;
}

/* CPython's AST optimiser folds constants, tuples of constants and negated numbers; a set
 * display made only of such items becomes a frozenset constant: with more than two items for a
 * display ({3, 1, 2} is BUILD_SET 0, LOAD_CONST frozenset, SET_UPDATE), with any number as the
 * iterable of a for loop or a comprehension. That frozenset's table fixes the iteration order,
 * so we fold the same displays the same way (set_const_display). */
static bool const_item(Compiler *c, Node *e, Value *out) {
    switch (e->kind) {
    case N_CONSTANT:
        if (e->constant.kind == C_IMAG || e->constant.kind == C_BYTES || e->constant.kind == C_ELLIPSIS)
            return false;
        *out = const_value(c, e);
        return true;
    case N_UNARY_OP: {
        if (e->unary.op != OP_NEG || !is_const_number(e->unary.operand)) return false;
        Value neg = op_unary(c->vm, UN_NEG, const_value(c, e->unary.operand));
        if (IS_ERR(neg)) {
            vm_clear_exc(c->vm);
            return false;
        }
        *out = neg;
        return true;
    }
    case N_TUPLE: {
        NodeList *elts = &e->seq.elts;
        ObjTuple *t = tuple_new(c->vm, (uint32_t)elts->len);
        for (int i = 0; i < elts->len; i++)
            if (!const_item(c, elts->items[i], &t->items[i])) return false;
        *out = OBJ_VAL(t);
        return true;
    }
    default: return false;
    }
}

/* The folded frozenset for n, a set display of at least min_items constants; else UNDEF_VAL. */
static Value const_set(Compiler *c, Node *n, int min_items) {
    if (n->kind != N_SET || n->seq.elts.len < min_items) return UNDEF_VAL;
    NodeList *elts = &n->seq.elts;
    Value *items = malloc(sizeof(Value) * (size_t)elts->len);
    if (!items) abort();
    Value fs = UNDEF_VAL;
    int i = 0;
    while (i < elts->len && const_item(c, elts->items[i], &items[i])) i++;
    if (i == elts->len) {
        fs = set_const_display(c->vm, (uint32_t)elts->len, items);
        if (IS_ERR(fs)) { /* an unhashable item: leave the error to run time */
            vm_clear_exc(c->vm);
            fs = UNDEF_VAL;
        }
    }
    free(items);
    return fs;
}

/* An iterable expression, folded as CPython's fold_iter does when it is a constant set display. */
static void iter_expr(Compiler *c, Node *n) {
    Value fs = const_set(c, n, 1);
    if (fs != UNDEF_VAL)
        emit_const(c, fs);
    else
        expr(c, n);
}

/* [a, *b, c] and friends: build the container one element at a time. */
static void display(Compiler *c, Node *n, Opcode build, Opcode add, Opcode extend) {
    NodeList *elts = &n->seq.elts;
    if (build == OPC_BUILD_SET) {
        Value fs = const_set(c, n, 3);
        if (fs != UNDEF_VAL) {
            emit(c, OPC_BUILD_SET, 0, 1);
            emit_const(c, fs);
            emit(c, OPC_SET_UPDATE, 0, -1);
            return;
        }
    }
    if (!has_starred(elts)) {
        for (int i = 0; i < elts->len; i++) expr(c, elts->items[i]);
        check_u16(c, (uint32_t)elts->len, "items in a display");
        emit(c, build, (uint32_t)elts->len, 1 - elts->len);
        return;
    }
    emit(c, build == OPC_BUILD_SET ? OPC_BUILD_SET : OPC_BUILD_LIST, 0, 1);
    for (int i = 0; i < elts->len; i++) {
        Node *e = elts->items[i];
        if (e->kind == N_STARRED) {
            expr(c, e->starred.value);
            emit(c, extend, 0, -1);
        } else {
            expr(c, e);
            emit(c, add, 0, -1);
        }
    }
    if (build == OPC_BUILD_TUPLE) emit(c, OPC_LIST_TO_TUPLE, 0, 0);
}

static void dict_display(Compiler *c, Node *n) {
    int len = n->dict.keys.len;
    bool unpack = false;
    for (int i = 0; i < len; i++)
        if (!n->dict.keys.items[i]) unpack = true;
    if (!unpack) {
        for (int i = 0; i < len; i++) {
            expr(c, n->dict.keys.items[i]);
            expr(c, n->dict.values.items[i]);
        }
        check_u16(c, (uint32_t)len, "items in a display");
        emit(c, OPC_BUILD_MAP, (uint32_t)len, 1 - 2 * len);
        return;
    }
    emit(c, OPC_BUILD_MAP, 0, 1);
    for (int i = 0; i < len; i++) {
        if (n->dict.keys.items[i]) {
            expr(c, n->dict.keys.items[i]);
            expr(c, n->dict.values.items[i]);
            emit(c, OPC_MAP_ADD, 0, -2);
        } else {
            expr(c, n->dict.values.items[i]);
            emit(c, OPC_DICT_UPDATE, 0, -1);
        }
    }
}

/* The slot of a local variable, or -1 (cells, globals and other expressions). */
static int local_slot(Compiler *c, Node *n) {
    if (n->kind != N_NAME) return -1;
    int index;
    return scope_resolve(c->fs->scope, n->name.id, &index) == SYM_LOCAL ? index : -1;
}

static bool small_int(Node *n, int *out) {
    if (n->kind != N_CONSTANT || n->constant.kind != C_INT) return false;
    if (n->constant.ival < -32768 || n->constant.ival > 32767) return false;
    *out = (int)n->constant.ival;
    return true;
}

/* LOAD_FAST a; LOAD_FAST b as one instruction. */
static bool load_two_locals(Compiler *c, Node *a, Node *b) {
    int sa = local_slot(c, a), sb = local_slot(c, b);
    if (sa < 0 || sb < 0) return false;
    set_pos(c, a);
    emit(c, OPC_LOAD_FAST2, (uint32_t)sa | ((uint32_t)sb << 16), 2);
    return true;
}

static void compare(Compiler *c, Node *n) {
    static const Opcode cmp_ops[] = {
        [OP_EQ] = OPC_EQ, [OP_NOT_EQ] = OPC_NE, [OP_LT] = OPC_LT,
        [OP_LT_E] = OPC_LE, [OP_GT] = OPC_GT, [OP_GT_E] = OPC_GE,
    };
    static const Opcode fast_ops[] = {
        [OP_EQ] = OPC_EQ_FAST_SMALL, [OP_NOT_EQ] = OPC_NE_FAST_SMALL, [OP_LT] = OPC_LT_FAST_SMALL,
        [OP_LT_E] = OPC_LE_FAST_SMALL, [OP_GT] = OPC_GT_FAST_SMALL, [OP_GT_E] = OPC_GE_FAST_SMALL,
    };
    int count = n->compare.comparators.len;
    Operator first = n->compare.ops[0];
    if (count == 1 && first >= OP_EQ && first <= OP_GT_E) {
        /* n < 2, i == 0: one instruction. */
        int slot = local_slot(c, n->compare.left), k;
        if (slot >= 0 && small_int(n->compare.comparators.items[0], &k)) {
            set_pos(c, n);
            emit(c, fast_ops[first], (uint32_t)slot | ((uint32_t)(uint16_t)(int16_t)k << 16), 1);
            return;
        }
        if (load_two_locals(c, n->compare.left, n->compare.comparators.items[0])) {
            set_pos(c, n);
            emit(c, cmp_ops[first], 0, -1);
            return;
        }
    }
    expr(c, n->compare.left);
    VEC(uint32_t) cleanups = {0};
    for (int i = 0; i < count; i++) {
        Node *right = n->compare.comparators.items[i];
        expr(c, right);
        bool last = i == count - 1;
        if (!last) {
            emit(c, OPC_DUP, 0, 1);
            emit(c, OPC_ROT3, 0, 0);
        }
        set_pos(c, n);
        Operator op = n->compare.ops[i];
        switch (op) {
        case OP_IS: emit(c, OPC_IS, 0, -1); break;
        case OP_IS_NOT: emit(c, OPC_IS, 1, -1); break;
        case OP_IN: emit(c, OPC_CONTAINS, 0, -1); break;
        case OP_NOT_IN: emit(c, OPC_CONTAINS, 1, -1); break;
        default: emit(c, cmp_ops[op], 0, -1); break;
        }
        if (!last) {
            uint32_t j = emit_jump(c, OPC_JUMP_IF_FALSE_OR_POP, -1);
            VEC_PUSH(cleanups, j);
        }
    }
    if (cleanups.len) {
        uint32_t skip = emit_jump(c, OPC_JUMP, 0);
        for (uint32_t i = 0; i < cleanups.len; i++) patch(c, cleanups.items[i]);
        /* The short-circuit path left [middle, False]: drop the middle operand. */
        adjust(c, 1);
        emit(c, OPC_SWAP, 0, 0);
        emit(c, OPC_POP, 0, -1);
        patch(c, skip);
    }
    free(cleanups.items);
}

static void call(Compiler *c, Node *n) {
    NodeList *args = &n->call.args;
    NodeList *kws = &n->call.keywords;
    bool star = has_starred(args);
    bool dstar = false;
    for (int i = 0; i < kws->len; i++)
        if (!kws->items[i]->keyword.name) dstar = true;

    if (star || dstar) {
        expr(c, n->call.func);
        /* Positional arguments as one tuple. */
        emit(c, OPC_BUILD_LIST, 0, 1);
        for (int i = 0; i < args->len; i++) {
            Node *a = args->items[i];
            if (a->kind == N_STARRED) {
                expr(c, a->starred.value);
                emit(c, OPC_LIST_EXTEND, 0, -1);
            } else {
                expr(c, a);
                emit(c, OPC_LIST_APPEND, 0, -1);
            }
        }
        emit(c, OPC_LIST_TO_TUPLE, 0, 0);
        int flags = 0;
        if (kws->len) {
            flags = 1;
            emit(c, OPC_BUILD_MAP, 0, 1);
            for (int i = 0; i < kws->len; i++) {
                Node *k = kws->items[i];
                if (k->keyword.name) {
                    emit_const(c, OBJ_VAL(intern(c, k->keyword.name)));
                    expr(c, k->keyword.value);
                    emit(c, OPC_BUILD_MAP, 1, -1);
                    emit(c, OPC_DICT_MERGE, 0, -1);
                } else {
                    expr(c, k->keyword.value);
                    emit(c, OPC_DICT_MERGE, 0, -1);
                }
            }
        }
        set_pos(c, n);
        emit(c, OPC_CALL_EX, (uint32_t)flags, -1 - flags);
        return;
    }
    if (args->len + kws->len > 255) {
        error_at(c, n, "SyntaxError", "too many arguments");
        return;
    }
    /* A direct call of an imported native function: called through the function table
     * with no callee on the stack. The argument count is checked when the call runs, so
     * a wrong one raises TypeError there, as any call does (and not in dead code). */
    if (kws->len == 0 && n->call.func->kind == N_NAME) {
        int index;
        const char *fname = n->call.func->name.id;
        Value e = scope_resolve(c->fs->scope, fname, &index) == SYM_GLOBAL
                      ? dict_get_str(c->externs, intern(c, fname))
                      : UNDEF_VAL;
        if (IS_KIND(e, OBJ_EXTERN)) {
            for (int i = 0; i < args->len; i++) expr(c, args->items[i]);
            set_pos(c, n);
            emit(c, OPC_CALL_EXTERN, add_const(c, e) | ((uint32_t)args->len << 16), 1 - args->len);
            return;
        }
    }
    bool attr = n->call.func->kind == N_ATTRIBUTE;
    if (attr && kws->len == 0) {
        Node *f = n->call.func;
        expr(c, f->attribute.value);
        set_pos_attr(c, f, f);
        emit(c, OPC_LOAD_METHOD, add_attr(c, f->attribute.attr), 1);
        for (int i = 0; i < args->len; i++) expr(c, args->items[i]);
        set_pos_attr(c, n, f);
        emit(c, OPC_CALL_METHOD, (uint32_t)args->len, -1 - args->len);
        return;
    }
    expr(c, n->call.func);
    for (int i = 0; i < args->len; i++) expr(c, args->items[i]);
    if (kws->len == 0) {
        set_pos(c, n);
        emit(c, OPC_CALL, (uint32_t)args->len, -args->len);
        return;
    }
    ObjTuple *names = tuple_new(c->vm, (uint32_t)kws->len);
    for (int i = 0; i < kws->len; i++) {
        Node *k = kws->items[i];
        for (int j = 0; j < i; j++)
            if (strcmp(kws->items[j]->keyword.name, k->keyword.name) == 0) {
                error_at(c, k, "SyntaxError", "keyword argument repeated: %s", k->keyword.name);
                return;
            }
        names->items[i] = OBJ_VAL(intern(c, k->keyword.name));
        expr(c, k->keyword.value);
    }
    emit_const(c, OBJ_VAL(names));
    if (attr) set_pos_attr(c, n, n->call.func);
    else set_pos(c, n);
    int total = args->len + kws->len;
    emit(c, OPC_CALL_KW, (uint32_t)total, -total - 1);
}

static void joined_str(Compiler *c, Node *n) {
    int count = 0;
    for (int i = 0; i < n->seq.elts.len; i++) {
        Node *e = n->seq.elts.items[i];
        if (e->kind == N_CONSTANT) {
            if (e->constant.len == 0) continue;
            emit_const(c, const_value(c, e));
        } else if (e->kind == N_FORMATTED_VALUE) {
            expr(c, e->fvalue.value);
            int flags = 0;
            switch (e->fvalue.conversion) {
            case 's': flags = 1; break;
            case 'r': flags = 2; break;
            case 'a': flags = 3; break;
            default: break;
            }
            if (e->fvalue.format_spec) {
                expr(c, e->fvalue.format_spec);
                flags |= 4;
            }
            set_pos(c, n); /* a format that fails: CPython underlines the whole f-string */
            emit(c, OPC_FORMAT_VALUE, (uint32_t)flags, (flags & 4) ? -1 : 0);
        } else {
            expr(c, e);
        }
        count++;
    }
    if (count == 0) emit_const(c, OBJ_VAL(c->vm->s_empty));
    else if (count > 1 || n->seq.elts.len == 0) emit(c, OPC_BUILD_STRING, (uint32_t)count, 1 - count);
    else {
        /* One piece: still make sure the result is a str (a lone constant already is). */
        Node *only = NULL;
        for (int i = 0; i < n->seq.elts.len; i++)
            if (n->seq.elts.items[i]->kind != N_CONSTANT || n->seq.elts.items[i]->constant.len) only = n->seq.elts.items[i];
        if (only && only->kind != N_CONSTANT && only->kind != N_FORMATTED_VALUE) emit(c, OPC_BUILD_STRING, 1, 0);
    }
}

static void load_closure(Compiler *c, Scope *inner) {
    for (int i = 0; i < inner->nfree; i++) {
        const char *name = inner->cellnames[inner->ncells + i];
        int index = scope_closure_index(c->fs->scope, name);
        if (index < 0) {
            error_at(c, inner->node, "SyntaxError", "internal error: free variable '%s' not found", name);
            return;
        }
        emit(c, OPC_LOAD_CLOSURE, (uint32_t)index, 1);
    }
    emit(c, OPC_BUILD_TUPLE, (uint32_t)inner->nfree, 1 - inner->nfree);
}

/* Defaults, closure and code: leaves a new function on the stack. */
static void make_function(Compiler *c, Node *n, const char *name) {
    Scope *scope = n->scope;
    Node *args = n->function.args;
    int flags = 0;
    if (args && args->arguments.defaults.len) {
        for (int i = 0; i < args->arguments.defaults.len; i++) expr(c, args->arguments.defaults.items[i]);
        emit(c, OPC_BUILD_TUPLE, (uint32_t)args->arguments.defaults.len, 1 - args->arguments.defaults.len);
        flags |= 1;
    }
    if (args) {
        int nkw = 0;
        for (int i = 0; i < args->arguments.kwonly.len; i++) {
            Node *d = args->arguments.kw_defaults.len > i ? args->arguments.kw_defaults.items[i] : NULL;
            if (!d) continue;
            emit_const(c, OBJ_VAL(intern(c, args->arguments.kwonly.items[i]->arg.name)));
            expr(c, d);
            nkw++;
        }
        if (nkw) {
            emit(c, OPC_BUILD_MAP, (uint32_t)nkw, 1 - 2 * nkw);
            flags |= 2;
        }
    }
    if (scope->nfree) {
        load_closure(c, scope);
        flags |= 4;
    }
    function_body(c, n, scope, name);
    set_pos(c, n);
    emit(c, OPC_MAKE_FUNCTION, (uint32_t)flags, -((flags & 1) != 0) - ((flags & 2) != 0) - ((flags & 4) != 0));
}

static void comprehension(Compiler *c, Node *n) {
    Scope *scope = n->scope;
    if (scope->nfree) load_closure(c, scope);
    function_body(c, n, scope, scope->name);
    emit(c, OPC_MAKE_FUNCTION, scope->nfree ? 4 : 0, scope->nfree ? -1 : 0);
    iter_expr(c, n->comp.generators.items[0]->comprehension.iter);
    emit(c, OPC_GET_ITER, 0, 0);
    set_pos(c, n);
    emit(c, OPC_CALL, 1, -1);
}

/* An expression's instructions carry its position; what follows it carries its parent's
 * again (a display built from its items, a statement's store), as in CPython, whose
 * tracebacks underline that way. */
static void expr(Compiler *c, Node *n) {
    if (c->failed || !n) return;
    FuncState *fs = c->fs;
    int line = fs->line, col = fs->col, end_line = fs->end_line, end_col = fs->end_col;
    expr_at(c, n);
    fs->line = line, fs->col = col, fs->end_line = end_line, fs->end_col = end_col;
}

static void expr_at(Compiler *c, Node *n) {
    set_pos(c, n);
    switch (n->kind) {
    case N_CONSTANT: constant(c, n); break;
    case N_NAME: emit_name(c, n, n->name.id, 0); break;
    case N_BIN_OP:
        /* Superinstructions for the commonest shapes: i + 1, n - 2, a + b. */
        if (n->binop.op == OP_ADD || n->binop.op == OP_SUB) {
            int slot = local_slot(c, n->binop.left), k;
            if (slot >= 0 && small_int(n->binop.right, &k)) {
                set_pos(c, n);
                emit(c, n->binop.op == OP_ADD ? OPC_ADD_FAST_SMALL : OPC_SUB_FAST_SMALL,
                     (uint32_t)slot | ((uint32_t)(uint16_t)(int16_t)k << 16), 1);
                break;
            }
        }
        if (!load_two_locals(c, n->binop.left, n->binop.right)) {
            expr(c, n->binop.left);
            expr(c, n->binop.right);
        }
        set_pos(c, n);
        switch (n->binop.op) {
        case OP_ADD: emit(c, OPC_ADD, 0, -1); break;
        case OP_SUB: emit(c, OPC_SUB, 0, -1); break;
        case OP_MUL: emit(c, OPC_MUL, 0, -1); break;
        default: emit(c, OPC_BINARY, (uint32_t)n->binop.op, -1); break;
        }
        break;
    case N_UNARY_OP:
        if (n->unary.op == OP_NEG && is_const_number(n->unary.operand)) {
            Node *k = n->unary.operand;
            Value v = const_value(c, k);
            Value neg = op_unary(c->vm, UN_NEG, v);
            if (!IS_ERR(neg)) {
                if (IS_INT(neg) && AS_INT(neg) >= -32768 && AS_INT(neg) <= 32767)
                    emit(c, OPC_LOAD_SMALL_INT, (uint32_t)(uint16_t)(int16_t)AS_INT(neg), 1);
                else
                    emit_const(c, neg);
                break;
            }
            vm_clear_exc(c->vm);
        }
        expr(c, n->unary.operand);
        set_pos(c, n);
        switch (n->unary.op) {
        case OP_NOT: emit(c, OPC_NOT, 0, 0); break;
        case OP_NEG: emit(c, OPC_UNARY, UN_NEG, 0); break;
        case OP_POS: emit(c, OPC_UNARY, UN_POS, 0); break;
        default: emit(c, OPC_UNARY, UN_INVERT, 0); break;
        }
        break;
    case N_BOOL_OP: {
        Opcode jump = n->boolop.op == OP_AND ? OPC_JUMP_IF_FALSE_OR_POP : OPC_JUMP_IF_TRUE_OR_POP;
        VEC(uint32_t) ends = {0};
        for (int i = 0; i < n->boolop.values.len; i++) {
            expr(c, n->boolop.values.items[i]);
            if (i < n->boolop.values.len - 1) {
                uint32_t j = emit_jump(c, jump, -1);
                VEC_PUSH(ends, j);
            }
        }
        for (uint32_t i = 0; i < ends.len; i++) patch(c, ends.items[i]);
        free(ends.items);
        break;
    }
    case N_COMPARE: compare(c, n); break;
    case N_IF_EXP: {
        expr(c, n->ifexp.test);
        uint32_t to_else = emit_jump(c, OPC_POP_JUMP_IF_FALSE, -1);
        expr(c, n->ifexp.body);
        uint32_t to_end = emit_jump(c, OPC_JUMP, 0);
        patch(c, to_else);
        adjust(c, -1);
        expr(c, n->ifexp.orelse);
        patch(c, to_end);
        break;
    }
    case N_CALL: call(c, n); break;
    case N_ATTRIBUTE:
        expr(c, n->attribute.value);
        set_pos_attr(c, n, n);
        emit(c, OPC_LOAD_ATTR, add_attr(c, n->attribute.attr), 0);
        break;
    case N_SUBSCRIPT:
        expr(c, n->subscript.value);
        expr(c, n->subscript.index);
        set_pos(c, n);
        emit(c, OPC_BINARY_SUBSCR, 0, -1);
        break;
    case N_SLICE: {
        Node *parts[3] = {n->slice.lower, n->slice.upper, n->slice.step};
        int count = n->slice.step ? 3 : 2;
        for (int i = 0; i < count; i++) {
            if (parts[i]) expr(c, parts[i]);
            else emit(c, OPC_LOAD_NONE, 0, 1);
        }
        emit(c, OPC_BUILD_SLICE, (uint32_t)count, 1 - count);
        break;
    }
    case N_TUPLE: display(c, n, OPC_BUILD_TUPLE, OPC_LIST_APPEND, OPC_LIST_EXTEND); break;
    case N_LIST: display(c, n, OPC_BUILD_LIST, OPC_LIST_APPEND, OPC_LIST_EXTEND); break;
    case N_SET: display(c, n, OPC_BUILD_SET, OPC_SET_ADD, OPC_SET_UPDATE); break;
    case N_DICT: dict_display(c, n); break;
    case N_JOINED_STR: joined_str(c, n); break;
    case N_FORMATTED_VALUE: {
        Node wrapper = *n;
        wrapper.kind = N_JOINED_STR;
        NodeList one = {0};
        nodelist_push(c->arena, &one, n);
        wrapper.seq.elts = one;
        joined_str(c, &wrapper);
        break;
    }
    case N_LAMBDA: make_function(c, n, "<lambda>"); break;
    case N_LIST_COMP:
    case N_SET_COMP:
    case N_DICT_COMP:
    case N_GENERATOR_EXP: comprehension(c, n); break;
    case N_NAMED_EXPR:
        expr(c, n->named.value);
        emit(c, OPC_DUP, 0, 1);
        store_target(c, n->named.target);
        break;
    case N_STARRED: error_at(c, n, "SyntaxError", "can't use starred expression here"); break;
    case N_YIELD:
    case N_YIELD_FROM: {
        if (c->fs->scope->kind != SCOPE_FUNCTION) {
            error_at(c, n, "SyntaxError", "'yield' outside function");
            return;
        }
        if (n->kind == N_YIELD) {
            if (n->yield.value) expr(c, n->yield.value);
            else emit(c, OPC_LOAD_NONE, 0, 1);
            set_pos(c, n);
            emit(c, OPC_YIELD_VALUE, 0, 0);
            break;
        }
        /* yield from: pass every value through, and sent values in; its result is
         * what the inner generator returned. */
        expr(c, n->yield.value);
        set_pos(c, n);
        emit(c, OPC_GET_ITER, 0, 0);
        emit(c, OPC_LOAD_NONE, 0, 1);
        uint32_t top = here(c);
        uint32_t exit = emit_jump(c, OPC_SEND, 0);
        emit(c, OPC_YIELD_VALUE, 0, 0);
        emit(c, OPC_LOOP, top, 0);
        patch(c, exit);
        adjust(c, -1);
        break;
    }
    case N_AWAIT: unsupported(c, n, "await is"); break;
    default: error_at(c, n, "SyntaxError", "invalid syntax"); break;
    }
}

/* ---- assignment targets ---- */

static void unpack(Compiler *c, Node *t) {
    NodeList *elts = &t->seq.elts;
    int star = -1;
    for (int i = 0; i < elts->len; i++)
        if (elts->items[i]->kind == N_STARRED) {
            if (star >= 0) {
                error_at(c, elts->items[i], "SyntaxError", "multiple starred expressions in assignment");
                return;
            }
            star = i;
        }
    set_pos(c, t);
    if (star < 0) {
        emit(c, OPC_UNPACK_SEQUENCE, (uint32_t)elts->len, elts->len - 1);
    } else {
        int before = star, after = elts->len - star - 1;
        if (before > 255 || after > 255) {
            error_at(c, t, "SyntaxError", "too many expressions in star-unpacking assignment");
            return;
        }
        emit(c, OPC_UNPACK_EX, (uint32_t)(before | (after << 8)), elts->len - 1);
    }
    for (int i = 0; i < elts->len; i++) {
        Node *e = elts->items[i];
        store_target(c, e->kind == N_STARRED ? e->starred.value : e);
    }
}

static void store_target(Compiler *c, Node *t) {
    if (c->failed) return;
    switch (t->kind) {
    case N_NAME: emit_name(c, t, t->name.id, 1); break;
    case N_ATTRIBUTE:
        expr(c, t->attribute.value);
        set_pos(c, t);
        emit(c, OPC_STORE_ATTR, add_attr(c, t->attribute.attr), -2);
        break;
    case N_SUBSCRIPT:
        expr(c, t->subscript.value);
        expr(c, t->subscript.index);
        set_pos(c, t);
        emit(c, OPC_STORE_SUBSCR, 0, -3);
        break;
    case N_TUPLE:
    case N_LIST: unpack(c, t); break;
    case N_STARRED: error_at(c, t, "SyntaxError", "starred assignment target must be in a list or tuple"); break;
    default: error_at(c, t, "SyntaxError", "cannot assign to expression"); break;
    }
}

static void delete_target(Compiler *c, Node *t) {
    set_pos(c, t);
    switch (t->kind) {
    case N_NAME: emit_name(c, t, t->name.id, 2); break;
    case N_ATTRIBUTE:
        expr(c, t->attribute.value);
        set_pos(c, t);
        emit(c, OPC_DELETE_ATTR, add_attr(c, t->attribute.attr), -1);
        break;
    case N_SUBSCRIPT:
        expr(c, t->subscript.value);
        expr(c, t->subscript.index);
        set_pos(c, t);
        emit(c, OPC_DELETE_SUBSCR, 0, -2);
        break;
    case N_TUPLE:
    case N_LIST:
        for (int i = 0; i < t->seq.elts.len; i++) delete_target(c, t->seq.elts.items[i]);
        break;
    default: error_at(c, t, "SyntaxError", "cannot delete expression"); break;
    }
}

static void aug_assign(Compiler *c, Node *n) {
    Node *t = n->aug.target;
    switch (t->kind) {
    case N_NAME:
        set_pos(c, t);
        emit_name(c, t, t->name.id, 0);
        expr(c, n->aug.value);
        set_pos(c, n);
        emit(c, OPC_INPLACE, (uint32_t)n->aug.op, -1);
        emit_name(c, t, t->name.id, 1);
        break;
    case N_ATTRIBUTE: {
        uint32_t name = add_attr(c, t->attribute.attr);
        expr(c, t->attribute.value);
        emit(c, OPC_DUP, 0, 1);
        set_pos(c, t);
        emit(c, OPC_LOAD_ATTR, name, 0);
        expr(c, n->aug.value);
        set_pos(c, n);
        emit(c, OPC_INPLACE, (uint32_t)n->aug.op, -1);
        emit(c, OPC_SWAP, 0, 0);
        emit(c, OPC_STORE_ATTR, name, -2);
        break;
    }
    case N_SUBSCRIPT:
        expr(c, t->subscript.value);
        expr(c, t->subscript.index);
        emit(c, OPC_DUP2, 0, 2);
        set_pos(c, t);
        emit(c, OPC_BINARY_SUBSCR, 0, -1);
        expr(c, n->aug.value);
        set_pos(c, n);
        emit(c, OPC_INPLACE, (uint32_t)n->aug.op, -1);
        emit(c, OPC_ROT3, 0, 0);
        emit(c, OPC_STORE_SUBSCR, 0, -3);
        break;
    default: error_at(c, t, "SyntaxError", "'%s' is an illegal expression for augmented assignment", "expression"); break;
    }
}

/* ---- statements ---- */

/* The comparison a condition ends with, where CPython's tracebacks point for an assert
 * that fails or a while loop that is stopped (its line table keeps the position of the
 * last comparison a condition jumps on); NULL when the statement's own position stands. */
static const Node *test_position(const Node *test) {
    switch (test->kind) {
    case N_COMPARE: return test;
    case N_UNARY_OP: return test->unary.op == OP_NOT ? test_position(test->unary.operand) : NULL;
    case N_BOOL_OP: {
        const Node *last = NULL;
        for (int i = 0; i < test->boolop.values.len; i++) {
            const Node *p = test_position(test->boolop.values.items[i]);
            if (p) last = p;
        }
        return last;
    }
    case N_IF_EXP: {
        const Node *p = test_position(test->ifexp.orelse);
        if (!p) p = test_position(test->ifexp.body);
        return p ? p : test_position(test->ifexp.test);
    }
    default: return NULL;
    }
}

static void block_push(Compiler *c, Block *b, BlockKind kind, bool protect) {
    memset(b, 0, sizeof *b);
    b->prev = c->fs->block;
    b->kind = kind;
    b->range_start = protect ? (int64_t)here(c) : -1;
    b->depth = (uint32_t)c->fs->depth;
    c->fs->block = b;
}

static void range_pause(Compiler *c, Block *b) {
    if (b->range_start < 0) return;
    if ((uint32_t)b->range_start < here(c)) {
        HandlerEntry e = {(uint32_t)b->range_start, here(c), 0, b->depth};
        VEC_PUSH(c->fs->handlers, e);
        VEC_PUSH(b->entries, c->fs->handlers.len - 1);
    }
    b->range_start = -1;
}

static void range_resume(Compiler *c, Block *b) {
    b->range_start = here(c);
}

/* Ends the block's protection; its handler code starts here. */
static void block_end(Compiler *c, Block *b) {
    range_pause(c, b);
    c->fs->block = b->prev;
}

static void block_target_here(Compiler *c, Block *b) {
    for (uint32_t i = 0; i < b->entries.len; i++) c->fs->handlers.items[b->entries.items[i]].target = here(c);
    free(b->entries.items);
    b->entries.items = NULL;
    b->entries.len = b->entries.cap = 0;
}

/* The shared tail of every handler's own protection: [prev, exc] -> restore prev as the
 * handled exception and raise exc on. */
static void emit_cleanup(Compiler *c, Block *b) {
    block_target_here(c, b);
    int saved = c->fs->depth;
    c->fs->depth = (int)b->depth + 1;
    adjust(c, 0);
    emit(c, OPC_SWAP, 0, 0);
    emit(c, OPC_POP_EXCEPT, 0, -1);
    emit(c, OPC_RERAISE, 0, -1);
    c->fs->depth = saved;
}

static void stmts(Compiler *c, NodeList *body);

/* Leaves every block up to `stop` (exclusive; NULL: all of them) for return, break or
 * continue, emitting each block's exit code. `keep_top`: a return value sits on top. */
static void unwind(Compiler *c, Block *stop, bool keep_top, Block **paused, int *npaused) {
    for (Block *b = c->fs->block; b && b != stop; b = b->prev) {
        if (b->range_start >= 0) {
            range_pause(c, b);
            paused[(*npaused)++] = b;
        }
        switch (b->kind) {
        case BLOCK_LOOP:
            if (!b->is_for) break;
            if (keep_top) emit(c, OPC_SWAP, 0, 0);
            emit(c, b->owns_iter ? OPC_POP_CLOSE : OPC_POP, 0, -1);
            break;
        case BLOCK_TRY: break;
        case BLOCK_FINALLY: {
            Block *saved = c->fs->block;
            c->fs->block = b->prev;
            /* A break or continue in that finally body drops the pending return value. */
            Block value;
            if (keep_top) {
                block_push(c, &value, BLOCK_VALUE, false);
            }
            stmts(c, b->finalbody);
            c->fs->block = saved;
            break;
        }
        case BLOCK_VALUE:
            if (keep_top) emit(c, OPC_SWAP, 0, 0);
            emit(c, OPC_POP, 0, -1);
            break;
        case BLOCK_HANDLER:
            if (keep_top) emit(c, OPC_SWAP, 0, 0);
            emit(c, OPC_POP_EXCEPT, 0, -1);
            break;
        case BLOCK_FINALLY_EXC:
            if (keep_top) emit(c, OPC_SWAP, 0, 0);
            emit(c, OPC_POP, 0, -1);
            if (keep_top) emit(c, OPC_SWAP, 0, 0);
            emit(c, OPC_POP_EXCEPT, 0, -1);
            break;
        case BLOCK_WITH:
            if (keep_top) emit(c, OPC_SWAP, 0, 0);
            emit(c, OPC_WITH_EXIT, 0, -1);
            break;
        }
    }
}

static void resume_all(Compiler *c, Block **paused, int npaused) {
    for (int i = 0; i < npaused; i++) range_resume(c, paused[i]);
}

static Block *innermost_loop(Compiler *c) {
    for (Block *b = c->fs->block; b; b = b->prev)
        if (b->kind == BLOCK_LOOP) return b;
    return NULL;
}

static void jump_out(Compiler *c, Node *n, bool is_break) {
    Block *loop = innermost_loop(c);
    if (!loop) {
        error_at(c, n, "SyntaxError", is_break ? "'break' outside loop" : "'continue' not properly in loop");
        return;
    }
    int depth = c->fs->depth;
    Block *paused[256];
    int npaused = 0;
    unwind(c, loop, false, paused, &npaused);
    if (is_break) {
        /* A generator the loop made itself is finished now (CPython frees it here, which
         * runs its finally blocks); one the program holds elsewhere is left alone. */
        if (loop->is_for) emit(c, loop->owns_iter ? OPC_POP_CLOSE : OPC_POP, 0, -1);
        uint32_t j = emit_jump(c, OPC_JUMP, 0);
        VEC_PUSH(loop->breaks, j);
    } else {
        emit(c, OPC_LOOP, loop->continue_target, 0);
    }
    resume_all(c, paused, npaused);
    c->fs->depth = depth;
}

static void loop_end(Compiler *c, Block *loop, uint32_t break_target) {
    for (uint32_t i = 0; i < loop->breaks.len; i++) patch_to(c, loop->breaks.items[i], break_target);
    free(loop->breaks.items);
}

static void try_except(Compiler *c, Node *n) {
    Block t;
    block_push(c, &t, BLOCK_TRY, true);
    stmts(c, &n->try_.body);
    block_end(c, &t);
    stmts(c, &n->try_.orelse);
    VEC(uint32_t) ends = {0};
    uint32_t j = emit_jump(c, OPC_JUMP, 0);
    VEC_PUSH(ends, j);

    block_target_here(c, &t);
    c->fs->depth = (int)t.depth;
    adjust(c, 1);                      /* the exception */
    emit(c, OPC_PUSH_EXC_INFO, 0, 1);  /* [prev, exc] */
    Block h;
    c->fs->depth -= 1;
    block_push(c, &h, BLOCK_HANDLER, true); /* depth: [prev] */
    c->fs->depth += 1;
    for (int i = 0; i < n->try_.handlers.len && !c->failed; i++) {
        Node *hn = n->try_.handlers.items[i];
        set_pos(c, hn);
        uint32_t next = 0;
        bool typed = hn->handler.type != NULL;
        if (!typed && i != n->try_.handlers.len - 1) {
            error_at(c, hn, "SyntaxError", "default 'except:' must be last");
            break;
        }
        if (typed) {
            expr(c, hn->handler.type);
            emit(c, OPC_CHECK_EXC_MATCH, 0, 0);
            next = emit_jump(c, OPC_POP_JUMP_IF_FALSE, -1);
        }
        if (hn->handler.name) emit_name(c, hn, hn->handler.name, 1);
        else emit(c, OPC_POP, 0, -1);
        stmts(c, &hn->handler.body);
        if (hn->handler.name) {
            /* The name is unbound after the handler, as in CPython. */
            emit(c, OPC_LOAD_NONE, 0, 1);
            emit_name(c, hn, hn->handler.name, 1);
            emit_name(c, hn, hn->handler.name, 2);
        }
        emit(c, OPC_POP_EXCEPT, 0, -1);
        j = emit_jump(c, OPC_JUMP, 0);
        VEC_PUSH(ends, j);
        c->fs->depth = (int)t.depth + 2;
        if (typed) patch(c, next);
    }
    /* No clause matched: raise on, through the cleanup that restores `prev`. */
    emit(c, OPC_RERAISE, 0, -1);
    block_end(c, &h);
    emit_cleanup(c, &h);
    for (uint32_t i = 0; i < ends.len; i++) patch(c, ends.items[i]);
    free(ends.items);
    c->fs->depth = (int)t.depth;
}

static void try_stmt(Compiler *c, Node *n) {
    if (n->try_.finalbody.len == 0) {
        try_except(c, n);
        return;
    }
    Block fin;
    block_push(c, &fin, BLOCK_FINALLY, true);
    fin.finalbody = &n->try_.finalbody;
    if (n->try_.handlers.len) try_except(c, n);
    else stmts(c, &n->try_.body);
    block_end(c, &fin);
    /* The normal path runs the finally body once... */
    stmts(c, &n->try_.finalbody);
    uint32_t end = emit_jump(c, OPC_JUMP, 0);
    /* ...and the exceptional path runs it again, then raises on. */
    block_target_here(c, &fin);
    c->fs->depth = (int)fin.depth;
    adjust(c, 1);
    emit(c, OPC_PUSH_EXC_INFO, 0, 1);
    Block fexc;
    c->fs->depth -= 1;
    block_push(c, &fexc, BLOCK_FINALLY_EXC, true);
    c->fs->depth += 1;
    stmts(c, &n->try_.finalbody);
    emit(c, OPC_RERAISE, 0, -1);
    block_end(c, &fexc);
    emit_cleanup(c, &fexc);
    patch(c, end);
    c->fs->depth = (int)fin.depth;
}

static void with_item(Compiler *c, Node *n, int index) {
    Node *item = n->with.items.items[index];
    set_pos(c, item);
    expr(c, item->withitem.context);
    set_pos(c, n); /* CPython's traceback shows the statement for what entering raises */
    emit(c, OPC_BEFORE_WITH, 0, 1); /* [exit, entered] */
    if (item->withitem.vars) store_target(c, item->withitem.vars);
    else emit(c, OPC_POP, 0, -1);
    Block w;
    block_push(c, &w, BLOCK_WITH, true); /* depth: [exit] */
    if (index + 1 < n->with.items.len) with_item(c, n, index + 1);
    else stmts(c, &n->with.body);
    block_end(c, &w);
    set_pos(c, n);
    emit(c, OPC_WITH_EXIT, 0, -1);
    uint32_t end = emit_jump(c, OPC_JUMP, 0);

    block_target_here(c, &w);
    c->fs->depth = (int)w.depth;
    adjust(c, 1);                     /* [exit, exc] */
    emit(c, OPC_PUSH_EXC_INFO, 0, 1); /* [exit, prev, exc] */
    Block h;
    c->fs->depth -= 1;
    block_push(c, &h, BLOCK_HANDLER, true);
    c->fs->depth += 1;
    emit(c, OPC_WITH_EXCEPT, 0, 1);
    uint32_t suppress = emit_jump(c, OPC_POP_JUMP_IF_TRUE, -1);
    emit(c, OPC_RERAISE, 0, -1);
    block_end(c, &h);
    patch(c, suppress);
    c->fs->depth = (int)w.depth + 2;
    emit(c, OPC_POP, 0, -1);
    emit(c, OPC_POP_EXCEPT, 0, -1);
    emit(c, OPC_POP, 0, -1);
    uint32_t end2 = emit_jump(c, OPC_JUMP, 0);
    emit_cleanup(c, &h);
    patch(c, end);
    patch(c, end2);
    c->fs->depth = (int)w.depth - 1;
}

/* ---- match ---- */

/* Where a failing pattern jumps, and how many values it leaves above the subject. */
typedef struct PatternFail {
    uint32_t jump;
    int extra;
} PatternFail;

typedef struct PatternCtx {
    int base; /* stack depth with only the match subject */
    VEC(PatternFail) fails;
} PatternCtx;

static void pattern_fail(Compiler *c, PatternCtx *pc, Opcode jump_op) {
    int effect = jump_op == OPC_JUMP ? 0 : -1;
    uint32_t j = emit_jump(c, jump_op, effect);
    PatternFail f = {j, c->fs->depth - pc->base};
    VEC_PUSH(pc->fails, f);
}

static void pattern(Compiler *c, Node *p, PatternCtx *pc);

static void store_capture(Compiler *c, Node *at, const char *name) {
    if (name) emit_name(c, at, name, 1);
    else emit(c, OPC_POP, 0, -1);
}

/* Each sub-pattern consumes the value on top of the stack. */
static void sub_patterns(Compiler *c, NodeList *patterns, PatternCtx *pc) {
    for (int i = 0; i < patterns->len && !c->failed; i++) pattern(c, patterns->items[i], pc);
}

static void pattern(Compiler *c, Node *p, PatternCtx *pc) {
    if (c->failed) return;
    set_pos(c, p);
    switch (p->kind) {
    case N_MATCH_VALUE:
        expr(c, p->pattern.value);
        emit(c, OPC_EQ, 0, -1);
        pattern_fail(c, pc, OPC_POP_JUMP_IF_FALSE);
        break;
    case N_MATCH_SINGLETON:
        expr(c, p->pattern.value);
        emit(c, OPC_IS, 0, -1);
        pattern_fail(c, pc, OPC_POP_JUMP_IF_FALSE);
        break;
    case N_MATCH_AS:
        if (p->pattern.pattern) {
            emit(c, OPC_DUP, 0, 1);
            pattern(c, p->pattern.pattern, pc);
        }
        store_capture(c, p, p->pattern.name);
        break;
    case N_MATCH_STAR: store_capture(c, p, p->pattern.name); break;
    case N_MATCH_OR: {
        VEC(uint32_t) oks = {0};
        int depth = c->fs->depth;
        for (int i = 0; i < p->pattern.patterns.len && !c->failed; i++) {
            PatternCtx alt = {c->fs->depth, {0}};
            emit(c, OPC_DUP, 0, 1);
            pattern(c, p->pattern.patterns.items[i], &alt);
            emit(c, OPC_POP, 0, -1);
            uint32_t ok = emit_jump(c, OPC_JUMP, 0);
            VEC_PUSH(oks, ok);
            /* This alternative failed: drop what it left, then try the next. */
            int max = 0;
            for (uint32_t k = 0; k < alt.fails.len; k++)
                if (alt.fails.items[k].extra > max) max = alt.fails.items[k].extra;
            for (int extra = max; extra >= 0; extra--) {
                for (uint32_t k = 0; k < alt.fails.len; k++)
                    if (alt.fails.items[k].extra == extra) patch(c, alt.fails.items[k].jump);
                if (extra > 0) {
                    c->fs->depth = alt.base + extra;
                    emit(c, OPC_POP, 0, -1);
                }
            }
            free(alt.fails.items);
            c->fs->depth = depth;
        }
        pattern_fail(c, pc, OPC_JUMP);
        for (uint32_t i = 0; i < oks.len; i++) patch(c, oks.items[i]);
        free(oks.items);
        c->fs->depth = depth - 1;
        break;
    }
    case N_MATCH_SEQUENCE: {
        NodeList *pats = &p->pattern.patterns;
        int star = -1;
        for (int i = 0; i < pats->len; i++)
            if (pats->items[i]->kind == N_MATCH_STAR) {
                if (star >= 0) {
                    error_at(c, p, "SyntaxError", "multiple starred names in sequence pattern");
                    return;
                }
                star = i;
            }
        int fixed = star >= 0 ? pats->len - 1 : pats->len;
        emit(c, OPC_MATCH_SEQUENCE, (uint32_t)(fixed | (star >= 0 ? 0x8000 : 0)), 1);
        pattern_fail(c, pc, OPC_POP_JUMP_IF_FALSE);
        if (star < 0) emit(c, OPC_UNPACK_SEQUENCE, (uint32_t)pats->len, pats->len - 1);
        else emit(c, OPC_UNPACK_EX, (uint32_t)(star | ((pats->len - star - 1) << 8)), pats->len - 1);
        sub_patterns(c, pats, pc);
        break;
    }
    case N_MATCH_MAPPING: {
        NodeList *keys = &p->pattern.keys;
        emit(c, OPC_MATCH_MAPPING, 0, 1);
        pattern_fail(c, pc, OPC_POP_JUMP_IF_FALSE);
        for (int i = 0; i < keys->len; i++) expr(c, keys->items[i]);
        emit(c, OPC_BUILD_TUPLE, (uint32_t)keys->len, 1 - keys->len);
        emit(c, OPC_MATCH_KEYS, 0, 0);
        emit(c, OPC_DUP, 0, 1);
        emit(c, OPC_LOAD_NONE, 0, 1);
        emit(c, OPC_IS, 0, -1);
        pattern_fail(c, pc, OPC_POP_JUMP_IF_TRUE);
        emit(c, OPC_UNPACK_SEQUENCE, (uint32_t)keys->len, keys->len - 1);
        sub_patterns(c, &p->pattern.patterns, pc);
        if (p->pattern.name) {
            for (int i = 0; i < keys->len; i++) expr(c, keys->items[i]);
            emit(c, OPC_BUILD_TUPLE, (uint32_t)keys->len, 1 - keys->len);
            emit(c, OPC_COPY_DICT_WITHOUT_KEYS, 0, 0);
            store_capture(c, p, p->pattern.name);
        }
        emit(c, OPC_POP, 0, -1);
        break;
    }
    case N_MATCH_CLASS: {
        int npos = p->pattern.patterns.len, nkw = p->pattern.kwd_count;
        expr(c, p->pattern.cls);
        ObjTuple *names = tuple_new(c->vm, (uint32_t)nkw);
        for (int i = 0; i < nkw; i++) names->items[i] = OBJ_VAL(intern(c, p->pattern.kwd_attrs[i]));
        emit_const(c, OBJ_VAL(names));
        set_pos(c, p);
        emit(c, OPC_MATCH_CLASS, (uint32_t)npos, -1);
        emit(c, OPC_DUP, 0, 1);
        emit(c, OPC_LOAD_NONE, 0, 1);
        emit(c, OPC_IS, 0, -1);
        pattern_fail(c, pc, OPC_POP_JUMP_IF_TRUE);
        emit(c, OPC_UNPACK_SEQUENCE, (uint32_t)(npos + nkw), npos + nkw - 1);
        sub_patterns(c, &p->pattern.patterns, pc);
        sub_patterns(c, &p->pattern.kwd_patterns, pc);
        emit(c, OPC_POP, 0, -1);
        break;
    }
    default: error_at(c, p, "SyntaxError", "invalid pattern"); break;
    }
}

static void match_stmt(Compiler *c, Node *n) {
    expr(c, n->match.subject);
    int base = c->fs->depth; /* [subject] */
    VEC(uint32_t) ends = {0};
    for (int i = 0; i < n->match.cases.len && !c->failed; i++) {
        Node *mc = n->match.cases.items[i];
        PatternCtx pc = {base, {0}};
        set_pos(c, mc);
        emit(c, OPC_DUP, 0, 1);
        pattern(c, mc->match_case.pattern, &pc);
        if (mc->match_case.guard) {
            expr(c, mc->match_case.guard);
            pattern_fail(c, &pc, OPC_POP_JUMP_IF_FALSE);
        }
        emit(c, OPC_POP, 0, -1);
        stmts(c, &mc->match_case.body);
        uint32_t j = emit_jump(c, OPC_JUMP, 0);
        VEC_PUSH(ends, j);
        /* Failures land here, dropping what the pattern left above the subject. */
        int max = 0;
        for (uint32_t k = 0; k < pc.fails.len; k++)
            if (pc.fails.items[k].extra > max) max = pc.fails.items[k].extra;
        for (int extra = max; extra >= 0; extra--) {
            for (uint32_t k = 0; k < pc.fails.len; k++)
                if (pc.fails.items[k].extra == extra) patch(c, pc.fails.items[k].jump);
            if (extra > 0) {
                c->fs->depth = base + extra;
                emit(c, OPC_POP, 0, -1);
            }
        }
        free(pc.fails.items);
        c->fs->depth = base;
    }
    emit(c, OPC_POP, 0, -1);
    for (uint32_t i = 0; i < ends.len; i++) patch(c, ends.items[i]);
    free(ends.items);
    c->fs->depth = base - 1;
}

/* ---- imports: every module was registered before compiling ---- */

static ObjModule *find_module(Compiler *c, Node *at, const char *spec) {
    if (c->failed) return NULL;
    ObjModule *m = modules_find(c->vm, c->filename->chars, spec);
    if (!m) error_at(c, at, "ImportError", "module '%s' not found", spec);
    return m;
}

static void import_stmt(Compiler *c, Node *n) {
    NodeList *names = &n->import.names;
    if (n->kind == N_IMPORT) {
        for (int i = 0; i < names->len && !c->failed; i++) {
            Node *a = names->items[i];
            ObjModule *m = find_module(c, a, a->alias.name);
            if (!m) return;
            set_pos(c, n); /* a traceback through the import shows the statement */
            emit_const(c, OBJ_VAL(m));
            emit(c, OPC_IMPORT_MODULE, 0, 0);
            if (!a->alias.asname && strchr(a->alias.name, '.')) {
                unsupported(c, a, "dotted module names are");
                return;
            }
            emit_name(c, a, a->alias.asname ? a->alias.asname : a->alias.name, 1);
        }
        return;
    }
    if (n->import.level) {
        unsupported(c, n, "relative imports (from . import x) are");
        return;
    }
    int star = names->len == 1 && strcmp(names->items[0]->alias.name, "*") == 0;
    if (star && c->fs->scope->kind != SCOPE_MODULE) { /* before the module is looked for, as in CPython */
        error_at(c, names->items[0], "SyntaxError", "import * only allowed at module level");
        return;
    }
    ObjModule *m = find_module(c, n, n->import.module);
    if (!m) return;
    set_pos(c, n);
    emit_const(c, OBJ_VAL(m));
    emit(c, OPC_IMPORT_MODULE, 0, 0);
    if (star) {
        emit(c, OPC_IMPORT_STAR, 0, -1);
        /* Star-imported native functions can be called directly too. */
        for (uint32_t i = 0; i < m->exports->len; i++) {
            ObjStr *name = AS_STR(m->exports->items[i]);
            Value v = dict_get_str(m->globals, name);
            if (IS_KIND(v, OBJ_EXTERN) && scope_binds(c->module_scope, name->chars) == 0)
                dict_set_str(c->vm, c->externs, name, v);
        }
        return;
    }
    for (int i = 0; i < names->len && !c->failed; i++) {
        Node *a = names->items[i];
        ObjStr *name = intern(c, a->alias.name);
        bool exported = false;
        for (uint32_t k = 0; k < m->exports->len; k++)
            if (AS_STR(m->exports->items[k]) == name) exported = true;
        if (!exported) {
            /* "Did you mean", as CPython 3.12 says it for a name a module lacks. */
            ObjStr *near = suggest_export(m->exports, NULL, name);
            if (near)
                error_at(c, a, "ImportError", "module '%s' has no export '%s'. Did you mean: '%s'?", n->import.module,
                         a->alias.name, near->chars);
            else
                error_at(c, a, "ImportError", "module '%s' has no export '%s'", n->import.module, a->alias.name);
            return;
        }
        set_pos(c, n);
        emit(c, OPC_IMPORT_FROM, add_name(c, a->alias.name), 1);
        const char *bound = a->alias.asname ? a->alias.asname : a->alias.name;
        emit_name(c, a, bound, 1);
        Value v = dict_get_str(m->globals, name);
        if (IS_KIND(v, OBJ_EXTERN) && c->fs->scope->kind == SCOPE_MODULE && scope_binds(c->module_scope, bound) == 1)
            dict_set_str(c->vm, c->externs, intern(c, bound), v);
    }
    emit(c, OPC_POP, 0, -1);
}

/* The decorators on the stack under what they decorate: the nearest applies first, each
 * at its own position. */
static void apply_decorators(Compiler *c, NodeList *decorators) {
    for (int i = decorators->len - 1; i >= 0; i--) {
        set_pos(c, decorators->items[i]);
        emit(c, OPC_CALL, 1, -1);
    }
}

static void class_def(Compiler *c, Node *n) {
    Scope *scope = n->scope;
    for (int i = 0; i < n->class_def.decorators.len; i++) expr(c, n->class_def.decorators.items[i]);
    if (n->class_def.keywords.len) {
        unsupported(c, n->class_def.keywords.items[0], "class keywords (metaclass=...) are");
        return;
    }
    set_pos(c, n);
    emit_const(c, OBJ_VAL(intern(c, n->class_def.name)));
    for (int i = 0; i < n->class_def.bases.len; i++) {
        Node *b = n->class_def.bases.items[i];
        if (b->kind == N_STARRED) {
            unsupported(c, b, "starred base classes are");
            return;
        }
        expr(c, b);
    }
    if (n->class_def.bases.len > 255) {
        error_at(c, n, "SyntaxError", "too many base classes");
        return;
    }
    set_pos(c, n);
    emit(c, OPC_BUILD_MAP, 0, 1);
    if (scope->nfree) load_closure(c, scope);
    function_body(c, n, scope, n->class_def.name);
    emit(c, OPC_MAKE_FUNCTION, scope->nfree ? 4 : 0, scope->nfree ? -1 : 0);
    emit(c, OPC_CALL_CLASS_BODY, 0, 0);
    emit(c, OPC_POP, 0, -1);
    emit(c, OPC_BUILD_CLASS, (uint32_t)n->class_def.bases.len, -(n->class_def.bases.len + 1));
    apply_decorators(c, &n->class_def.decorators);
    emit_name(c, n, n->class_def.name, 1);
}

static void stmt(Compiler *c, Node *n) {
    if (c->failed || !n) return;
    set_pos(c, n);
    switch (n->kind) {
    case N_EXPR_STMT:
        expr(c, n->expr_stmt.value);
        /* A notebook cell shows the value of its last statement when it is an expression. */
        if (n == c->last_statement) emit(c, OPC_SET_LAST_VALUE, 0, -1);
        else emit(c, OPC_POP, 0, -1);
        break;
    case N_ASSIGN: {
        expr(c, n->assign.value);
        int count = n->assign.targets.len;
        for (int i = 0; i < count; i++) {
            if (i < count - 1) emit(c, OPC_DUP, 0, 1);
            store_target(c, n->assign.targets.items[i]);
        }
        break;
    }
    case N_AUG_ASSIGN: aug_assign(c, n); break;
    case N_ANN_ASSIGN:
        if (n->ann.value) {
            expr(c, n->ann.value);
            store_target(c, n->ann.target);
        }
        /* At a module's or a class's top level, `x: T` also records __annotations__['x'] = T
         * (in a function, annotations are not evaluated). */
        if (n->ann.simple && n->ann.target->kind == N_NAME && c->fs->scope->kind != SCOPE_FUNCTION) {
            expr(c, n->ann.annotation);
            emit_name(c, n, "__annotations__", 0);
            emit_const(c, OBJ_VAL(intern(c, n->ann.target->name.id)));
            set_pos(c, n);
            emit(c, OPC_STORE_SUBSCR, 0, -3);
        }
        break;
    case N_DELETE:
        for (int i = 0; i < n->del.targets.len; i++) delete_target(c, n->del.targets.items[i]);
        break;
    case N_PASS:
    case N_GLOBAL:
    case N_NONLOCAL: break;
    case N_IF: {
        expr(c, n->if_.test);
        uint32_t to_else = emit_jump(c, OPC_POP_JUMP_IF_FALSE, -1);
        stmts(c, &n->if_.body);
        if (n->if_.orelse.len) {
            uint32_t to_end = emit_jump(c, OPC_JUMP, 0);
            patch(c, to_else);
            stmts(c, &n->if_.orelse);
            patch(c, to_end);
        } else {
            patch(c, to_else);
        }
        break;
    }
    case N_WHILE: {
        uint32_t top = here(c);
        Block loop;
        block_push(c, &loop, BLOCK_LOOP, false);
        loop.continue_target = top;
        expr(c, n->loop.test);
        uint32_t to_else = emit_jump(c, OPC_POP_JUMP_IF_FALSE, -1);
        stmts(c, &n->loop.body);
        /* A loop a limit or Stop ends is shown at its test, as CPython shows it. */
        const Node *at = test_position(n->loop.test);
        set_pos(c, at ? at : n);
        emit(c, OPC_LOOP, top, 0);
        patch(c, to_else);
        block_end(c, &loop);
        stmts(c, &n->loop.orelse);
        loop_end(c, &loop, here(c));
        break;
    }
    case N_FOR: {
        iter_expr(c, n->loop.iter);
        set_pos(c, n);
        emit(c, OPC_GET_ITER, 0, 0);
        uint32_t top = here(c);
        Block loop;
        block_push(c, &loop, BLOCK_LOOP, false);
        loop.continue_target = top;
        loop.is_for = true;
        loop.owns_iter = n->loop.iter->kind == N_CALL || n->loop.iter->kind == N_GENERATOR_EXP;
        uint32_t exit = emit_jump(c, OPC_FOR_ITER, 1);
        store_target(c, n->loop.target);
        stmts(c, &n->loop.body);
        emit(c, OPC_LOOP, top, 0); /* at the body's last position, as in CPython */
        patch(c, exit);
        adjust(c, -1); /* FOR_ITER popped the iterator on its way out */
        block_end(c, &loop);
        stmts(c, &n->loop.orelse);
        loop_end(c, &loop, here(c));
        break;
    }
    case N_BREAK: jump_out(c, n, true); break;
    case N_CONTINUE: jump_out(c, n, false); break;
    case N_FUNCTION_DEF: {
        for (int i = 0; i < n->function.decorators.len; i++) expr(c, n->function.decorators.items[i]);
        make_function(c, n, n->function.name);
        apply_decorators(c, &n->function.decorators);
        emit_name(c, n, n->function.name, 1);
        break;
    }
    case N_RETURN: {
        Scope *s = c->fs->scope;
        if (s->kind != SCOPE_FUNCTION) {
            error_at(c, n, "SyntaxError", "'return' outside function");
            return;
        }
        if (n->ret.value) expr(c, n->ret.value);
        else emit(c, OPC_LOAD_NONE, 0, 1);
        set_pos(c, n);
        int depth = c->fs->depth;
        Block *paused[256];
        int npaused = 0;
        unwind(c, NULL, true, paused, &npaused);
        emit(c, OPC_RETURN_VALUE, 0, -1);
        resume_all(c, paused, npaused);
        c->fs->depth = depth - 1;
        break;
    }
    case N_ASSERT: {
        expr(c, n->assert_.test);
        uint32_t ok = emit_jump(c, OPC_POP_JUMP_IF_TRUE, -1);
        /* A traceback points at the comparison the test ends with, if any. */
        const Node *at = test_position(n->assert_.test);
        set_pos(c, at ? at : n);
        emit(c, OPC_LOAD_ASSERTION_ERROR, 0, 1);
        if (n->assert_.msg) {
            expr(c, n->assert_.msg);
            set_pos(c, at ? at : n);
            emit(c, OPC_CALL, 1, -1);
        }
        emit(c, OPC_RAISE, 1, -1);
        patch(c, ok);
        break;
    }
    case N_RAISE:
        if (n->raise.exc) expr(c, n->raise.exc);
        if (n->raise.cause) expr(c, n->raise.cause);
        set_pos(c, n);
        emit(c, OPC_RAISE, n->raise.cause ? 2 : (n->raise.exc ? 1 : 0), n->raise.cause ? -2 : (n->raise.exc ? -1 : 0));
        break;
    case N_CLASS_DEF: class_def(c, n); break;
    case N_TRY: try_stmt(c, n); break;
    case N_WITH: with_item(c, n, 0); break;
    case N_MATCH: match_stmt(c, n); break;
    case N_IMPORT:
    case N_IMPORT_FROM: import_stmt(c, n); break;
    default: error_at(c, n, "SyntaxError", "invalid syntax"); break;
    }
}

static void stmts(Compiler *c, NodeList *body) {
    for (int i = 0; i < body->len && !c->failed; i++) stmt(c, body->items[i]);
}

/* ---- functions and code objects ---- */

static void fs_init(Compiler *c, FuncState *fs, Scope *scope, int line) {
    memset(fs, 0, sizeof *fs);
    fs->enclosing = c->fs;
    fs->scope = scope;
    fs->line = line;
    fs->col = 1;
    fs->end_line = line;
    c->fs = fs;
}

static void fs_free(FuncState *fs) {
    free(fs->code.items);
    free(fs->consts.items);
    free(fs->names.items);
    free(fs->name_words.items);
    free(fs->const_index.slots);
    free(fs->name_index.slots);
    free(fs->lines.items);
    free(fs->handlers.items);
}

#define COPY_ARRAY(vm, T, src, n) copy_array((vm), (src), sizeof(T) * (size_t)(n))
static void *copy_array(VM *vm, const void *src, size_t size) {
    if (size == 0) return NULL;
    void *p = gc_realloc(vm, NULL, 0, size);
    memcpy(p, src, size);
    return p;
}

static ObjCode *fs_finish(Compiler *c, const char *name, const char *qualname, int first_line) {
    VM *vm = c->vm;
    FuncState *fs = c->fs;
    Scope *s = fs->scope;
    ObjCode *code = (ObjCode *)obj_alloc(vm, OBJ_CODE, sizeof(ObjCode));
    code->code = COPY_ARRAY(vm, uint8_t, fs->code.items, fs->code.len);
    code->code_len = fs->code.len;
    code->consts = COPY_ARRAY(vm, Value, fs->consts.items, fs->consts.len);
    code->nconsts = fs->consts.len;
    code->names = COPY_ARRAY(vm, ObjStr *, fs->names.items, fs->names.len);
    code->nnames = fs->names.len;
    code->global_cache = fs->names.len ? GC_NEW_ARRAY(vm, int32_t, fs->names.len) : NULL;
    for (uint32_t i = 0; i < fs->names.len; i++) code->global_cache[i] = -1;
    code->lines = COPY_ARRAY(vm, LineEntry, fs->lines.items, fs->lines.len);
    code->nlines = fs->lines.len;
    code->handlers = COPY_ARRAY(vm, HandlerEntry, fs->handlers.items, fs->handlers.len);
    code->nhandlers = fs->handlers.len;
    code->max_stack = (uint32_t)fs->max_depth + 4;
    code->name = intern(c, name);
    code->qualname = intern(c, qualname);
    code->filename = c->filename;
    code->source = c->source;
    code->first_line = (uint32_t)first_line;
    if (s->kind == SCOPE_MODULE) {
        code->flags |= CODE_MODULE;
    } else if (s->kind == SCOPE_CLASS) {
        code->flags |= CODE_CLASS_BODY;
        code->nfree = (uint16_t)s->nfree;
        code->cellnames = s->nfree ? GC_NEW_ARRAY(vm, ObjStr *, s->nfree) : NULL;
        for (int i = 0; i < s->nfree; i++) code->cellnames[i] = intern(c, s->cellnames[i]);
    } else {
        code->nlocals = (uint16_t)s->nlocals;
        code->ncells = (uint16_t)s->ncells;
        code->nfree = (uint16_t)s->nfree;
        code->varnames = GC_NEW_ARRAY(vm, ObjStr *, s->nlocals ? s->nlocals : 0);
        for (int i = 0; i < s->nlocals; i++) code->varnames[i] = intern(c, s->varnames[i]);
        int ncell = s->ncells + s->nfree;
        code->cellnames = ncell ? GC_NEW_ARRAY(vm, ObjStr *, ncell) : NULL;
        for (int i = 0; i < ncell; i++) code->cellnames[i] = intern(c, s->cellnames[i]);
        code->cell2local = s->ncells ? GC_NEW_ARRAY(vm, int16_t, s->ncells) : NULL;
        for (int i = 0; i < s->ncells; i++) code->cell2local[i] = (int16_t)s->cell2local[i];
        if (s->is_generator) code->flags |= CODE_GENERATOR;
    }
    return code;
}

static char *qualified(Compiler *c, const char *name) {
    /* Qualified names: outer.<locals>.inner, as CPython prints them. */
    FuncState *outer = c->fs;
    if (!outer || outer->scope->kind == SCOPE_MODULE) return arena_strndup(c->arena, name, strlen(name));
    const char *prefix = "";
    Node *on = outer->scope->node;
    if (on->kind == N_FUNCTION_DEF || on->kind == N_LAMBDA) prefix = ".<locals>";
    const char *outer_name = outer->qualname;
    size_t len = strlen(outer_name) + strlen(prefix) + strlen(name) + 2;
    char *q = arena_alloc(c->arena, len);
    snprintf(q, len, "%s%s.%s", outer_name, prefix, name);
    return q;
}

static void bind_parameters(Compiler *c, Node *n, ObjCode *code) {
    if (n->kind == N_CLASS_DEF) return;
    Node *args = n->kind == N_FUNCTION_DEF || n->kind == N_LAMBDA ? n->function.args : NULL;
    if (!args) {
        code->nparams = 1; /* comprehension: the iterator */
        return;
    }
    code->nposonly = (uint16_t)args->arguments.posonly.len;
    code->nparams = (uint16_t)(args->arguments.posonly.len + args->arguments.args.len);
    code->nkwonly = (uint16_t)args->arguments.kwonly.len;
    if (args->arguments.vararg) code->flags |= CODE_VARARGS;
    if (args->arguments.kwarg) code->flags |= CODE_VARKW;
    (void)c;
}

static void comprehension_body(Compiler *c, Node *n) {
    int ngen = n->comp.generators.len;
    bool gen = n->kind == N_GENERATOR_EXP;
    Opcode add = n->kind == N_LIST_COMP ? OPC_LIST_APPEND : n->kind == N_SET_COMP ? OPC_SET_ADD : OPC_MAP_ADD;
    if (!gen)
        emit(c, n->kind == N_LIST_COMP ? OPC_BUILD_LIST : n->kind == N_SET_COMP ? OPC_BUILD_SET : OPC_BUILD_MAP, 0, 1);
    uint32_t *tops = calloc((size_t)ngen, sizeof(uint32_t));
    uint32_t *exits = calloc((size_t)ngen, sizeof(uint32_t));
    for (int i = 0; i < ngen; i++) {
        Node *g = n->comp.generators.items[i];
        set_pos(c, g);
        if (i == 0) emit(c, OPC_LOAD_FAST, 0, 1);
        else {
            iter_expr(c, g->comprehension.iter);
            emit(c, OPC_GET_ITER, 0, 0);
        }
        tops[i] = here(c);
        exits[i] = emit_jump(c, OPC_FOR_ITER, 1);
        store_target(c, g->comprehension.target);
        for (int j = 0; j < g->comprehension.ifs.len; j++) {
            expr(c, g->comprehension.ifs.items[j]);
            uint32_t skip = emit_jump(c, OPC_POP_JUMP_IF_FALSE, -1);
            patch_to(c, skip, tops[i]);
        }
    }
    if (gen) {
        expr(c, n->comp.elt);
        emit(c, OPC_YIELD_VALUE, 0, 0);
        emit(c, OPC_POP, 0, -1);
    } else if (n->kind == N_DICT_COMP) {
        expr(c, n->comp.key);
        expr(c, n->comp.elt);
        emit(c, add, (uint32_t)ngen, -2);
    } else {
        expr(c, n->comp.elt);
        emit(c, add, (uint32_t)ngen, -1);
    }
    for (int i = ngen - 1; i >= 0; i--) {
        emit(c, OPC_LOOP, tops[i], 0);
        patch(c, exits[i]);
        adjust(c, -1);
    }
    free(tops);
    free(exits);
    if (gen) emit(c, OPC_LOAD_NONE, 0, 1);
    emit(c, OPC_RETURN_VALUE, 0, -1);
}

/* The docstring: a body's first statement when it is a plain string. */
static Node *docstring(NodeList *body) {
    if (body->len == 0) return NULL;
    Node *first = body->items[0];
    if (first->kind != N_EXPR_STMT) return NULL;
    Node *v = first->expr_stmt.value;
    return v->kind == N_CONSTANT && v->constant.kind == C_STR ? v : NULL;
}

/* Whether a module's or a class's body annotates a name (`x: int`) at its top level, or
 * in the blocks of its ifs and loops: it then starts with __annotations__ = {}. */
static bool annotates(const NodeList *body) {
    for (int i = 0; i < body->len; i++) {
        const Node *n = body->items[i];
        if (n->kind == N_ANN_ASSIGN && n->ann.simple && n->ann.target->kind == N_NAME) return true;
        if (n->kind == N_IF && (annotates(&n->if_.body) || annotates(&n->if_.orelse))) return true;
        if ((n->kind == N_FOR || n->kind == N_WHILE) && (annotates(&n->loop.body) || annotates(&n->loop.orelse)))
            return true;
    }
    return false;
}

static void setup_annotations(Compiler *c, const NodeList *body) {
    if (!annotates(body)) return;
    emit(c, OPC_BUILD_MAP, 0, 1);
    emit_name(c, NULL, "__annotations__", 1);
}

/* Compiles the body of a function, lambda or comprehension into a code object and
 * emits a LOAD_CONST of it in the enclosing function. */
static void function_body(Compiler *c, Node *n, Scope *scope, const char *name) {
    char *qualname = qualified(c, name);
    FuncState fs;
    fs_init(c, &fs, scope, n->line);
    fs.qualname = qualname;
    if (n->kind == N_CLASS_DEF) {
        /* A class body starts by naming itself: __module__ = __name__ (the module it is
         * defined in: a traceback names an exception class of an imported module with it)
         * and __qualname__ = 'Outer.Inner'. */
        emit(c, OPC_LOAD_NAME, add_name(c, "__name__"), 1);
        emit(c, OPC_STORE_NAME, add_name(c, "__module__"), -1);
        emit_const(c, OBJ_VAL(intern(c, qualname)));
        emit(c, OPC_STORE_NAME, add_name(c, "__qualname__"), -1);
        Node *doc = docstring(&n->class_def.body);
        if (doc) {
            emit_const(c, const_value(c, doc));
            emit(c, OPC_STORE_NAME, add_name(c, "__doc__"), -1);
        }
        setup_annotations(c, &n->class_def.body);
    }
    if (n->kind == N_FUNCTION_DEF || n->kind == N_CLASS_DEF) {
        stmts(c, n->kind == N_CLASS_DEF ? &n->class_def.body : &n->function.body);
        emit(c, OPC_LOAD_NONE, 0, 1);
        emit(c, OPC_RETURN_VALUE, 0, -1);
    } else if (n->kind == N_LAMBDA) {
        /* The parser gives a lambda one N_RETURN statement. */
        Node *body = n->function.body.len ? n->function.body.items[0] : NULL;
        if (body && body->kind == N_RETURN) expr(c, body->ret.value);
        else if (body && body->kind == N_EXPR_STMT) expr(c, body->expr_stmt.value);
        else emit(c, OPC_LOAD_NONE, 0, 1);
        emit(c, OPC_RETURN_VALUE, 0, -1);
    } else {
        comprehension_body(c, n);
    }
    ObjCode *code = fs_finish(c, name, qualname, n->line);
    bind_parameters(c, n, code);
    if (n->kind == N_FUNCTION_DEF) {
        Node *doc = docstring(&n->function.body);
        if (doc) code->doc = AS_STR(const_value(c, doc));
    }
    code->nlocals = (uint16_t)scope->nlocals;
    fs_free(&fs);
    c->fs = fs.enclosing;
    emit_const(c, OBJ_VAL(code));
}

static ObjCode *compile(VM *vm, Arena *arena, Node *module, const CompSource *src, bool interactive,
                        ObjTuple **exports, Diagnostic *diag) {
    Scope *scope = scope_analyze(arena, module, diag);
    if (!scope) return NULL;
    Compiler c = {vm, arena, diag, false, str_intern_cstr(vm, src->filename), NULL, NULL, NULL, scope, dict_new(vm)};
    if (src->text) c.source = str_new(vm, src->text, src->len);
    if (exports) {
        /* A code module exports every name its top level binds. */
        int n = 0;
        for (int i = 0; i < scope->nsyms; i++)
            if (scope->syms[i].flags & SYMF_BOUND) n++;
        *exports = tuple_new(vm, (uint32_t)n);
        n = 0;
        for (int i = 0; i < scope->nsyms; i++)
            if (scope->syms[i].flags & SYMF_BOUND) (*exports)->items[n++] = OBJ_VAL(intern(&c, scope->syms[i].name));
    }
    if (interactive && module->module.body.len) c.last_statement = module->module.body.items[module->module.body.len - 1];
    FuncState fs;
    fs_init(&c, &fs, scope, 1);
    setup_annotations(&c, &module->module.body);
    stmts(&c, &module->module.body);
    emit(&c, OPC_LOAD_NONE, 0, 1);
    emit(&c, OPC_RETURN_VALUE, 0, -1);
    ObjCode *code = c.failed ? NULL : fs_finish(&c, "<module>", "<module>", 1);
    fs_free(&fs);
    return code;
}

/* The compiler keeps the objects it makes (constants, code objects, names) in its own C
 * structures until the module's code object holds them all: no collection meanwhile (its
 * allocations are bounded by the source's size). What it made stays pinned after. */
static ObjCode *compile_unmoved(VM *vm, Arena *arena, Node *module, const CompSource *src, bool interactive,
                                ObjTuple **exports, Diagnostic *diag) {
    vm->gc_disabled++;
    ObjCode *code = compile(vm, arena, module, src, interactive, exports, diag);
    vm->gc_disabled--;
    return code;
}

ObjCode *comp_module(VM *vm, Arena *arena, Node *module, const CompSource *src, bool interactive,
                     Diagnostic *diag) {
    return compile_unmoved(vm, arena, module, src, interactive, NULL, diag);
}

ObjCode *comp_module_exports(VM *vm, Arena *arena, Node *module, const CompSource *src, ObjTuple **exports,
                             Diagnostic *diag) {
    return compile_unmoved(vm, arena, module, src, false, exports, diag);
}
