/* tuple.c — the tuple type: creation, indexing and slicing, repr, CPython's xxHash-based
 * tuple hash and the count/index methods. Also the helpers lists share: lexicographic
 * sequence comparison, identity-first equality and the recursion guards of repr and of
 * every operation that recurses through nested containers. */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "bigint.h"
#include "containers.h"
#include "str.h"
#include "type.h"

ObjTuple *tuple_new(VM *vm, uint32_t len) {
    ObjTuple *t =
        (ObjTuple *)obj_alloc(vm, OBJ_TUPLE, sizeof(ObjTuple) + sizeof(Value) * (size_t)len);
    t->len = len;
    for (uint32_t i = 0; i < len; i++) t->items[i] = NONE_VAL;
    return t;
}

Value tuple_from(VM *vm, uint32_t len, const Value *items) {
    ObjTuple *t = tuple_new(vm, len);
    if (len) memcpy(t->items, items, sizeof(Value) * len);
    return OBJ_VAL(t);
}

Value tuple_getitem(VM *vm, ObjTuple *t, Value key) {
    int64_t i;
    if (IS_KIND(key, OBJ_SLICE)) {
        int64_t start, stop, step, n;
        if (!slice_indices(vm, AS_SLICE(key), t->len, &start, &stop, &step, &n)) return ERR_VAL;
        if (step == 1 && n == (int64_t)t->len) return OBJ_VAL(t); /* immutable: share it */
        ObjTuple *r = tuple_new(vm, (uint32_t)n);
        for (int64_t k = 0; k < n; k++) r->items[k] = t->items[start + k * step];
        return OBJ_VAL(r);
    }
    if (IS_INT(key)) {
        i = AS_INT(key);
    } else if (!op_index(vm, key, &i, "tuple indices must be integers or slices, not %s")) {
        return ERR_VAL;
    }
    if (i < 0) i += t->len;
    if (i < 0 || i >= (int64_t)t->len)
        return vm_raise(vm, EXC_IndexError, "tuple index out of range");
    return t->items[i];
}

/* ---- the recursion guards ---- */

/* However high the host sets max_depth, C recursion through nested containers stops here.
 * A level takes up to about 600 bytes of edge.wasm's 1 MB stack (frozenset == trapped at
 * 1,700 levels), which also holds the nested runs of Python code (at most 200). */
#define NEST_MAX 1000

bool nest_enter(VM *vm, const char *where) {
    if (vm->nest_depth >= NEST_MAX || vm->frame_count + vm->nest_depth >= vm->max_depth) {
        vm_raise(vm, EXC_RecursionError, "maximum recursion depth exceeded%s", where);
        return false;
    }
    vm->nest_depth++;
    return true;
}

void nest_leave(VM *vm) {
    if (vm->nest_depth > 0) vm->nest_depth--;
}

/* vm->repr_stack holds the containers being repr'd: a container met again inside itself
 * prints as [...]. The stack grows with the nesting, which nest_enter bounds. */
int repr_enter(VM *vm, Value v) {
    for (int i = 0; i < vm->repr_depth; i++)
        if (vm->repr_stack[i] == v) return 1;
    if (!nest_enter(vm, " while getting the repr of an object")) return -1;
    if (vm->repr_depth == vm->repr_cap) {
        int cap = vm->repr_cap ? vm->repr_cap * 2 : 64;
        Value *stack = realloc(vm->repr_stack, sizeof(Value) * (size_t)cap);
        if (!stack) abort(); /* the host is out of memory: nothing sensible is left to do */
        vm->repr_stack = stack;
        vm->repr_cap = cap;
    }
    vm->repr_stack[vm->repr_depth++] = v;
    return 0;
}

void repr_leave(VM *vm) {
    if (vm->repr_depth == 0) return;
    vm->repr_depth--;
    nest_leave(vm);
}

Value tuple_repr(VM *vm, ObjTuple *t) {
    if (t->len == 0) return str_value(vm, "()");
    int g = repr_enter(vm, OBJ_VAL(t));
    if (g < 0) return ERR_VAL;
    if (g) return str_value(vm, "(...)");
    StrBuf sb;
    sb_init(&sb);
    sb_append_char(&sb, '(');
    for (uint32_t i = 0; i < t->len; i++) {
        if (i) sb_append_cstr(&sb, ", ");
        Value r = op_repr(vm, t->items[i]);
        if (IS_ERR(r)) {
            sb_free(&sb);
            repr_leave(vm);
            return ERR_VAL;
        }
        sb_append_str(&sb, AS_STR(r));
    }
    if (t->len == 1) sb_append_char(&sb, ',');
    sb_append_char(&sb, ')');
    repr_leave(vm);
    return sb_finish(vm, &sb);
}

/* CPython 3.8+ tuplehash: an xxHash-style mix of the item hashes. */
#define XXPRIME_1 ((uint64_t)11400714785074694791ull)
#define XXPRIME_2 ((uint64_t)14029467366897019727ull)
#define XXPRIME_5 ((uint64_t)2870177450012600261ull)
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

bool tuple_hash(VM *vm, ObjTuple *t, int64_t *out) {
    uint64_t acc = XXPRIME_5;
    /* Nested tuples hash recursively: bounded like comparisons. */
    if (!nest_enter(vm, "")) return false;
    for (uint32_t i = 0; i < t->len; i++) {
        int64_t h;
        if (!table_hash(vm, t->items[i], &h)) {
            nest_leave(vm);
            return false;
        }
        acc += (uint64_t)h * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    nest_leave(vm);
    acc += (uint64_t)t->len ^ (XXPRIME_5 ^ 3527539ull);
    if (acc == (uint64_t)-1) acc = 1546275796;
    *out = (int64_t)acc;
    return true;
}

int seq_item_eq(VM *vm, Value a, Value b) {
    /* Identity implies equality, as in PyObject_RichCompareBool (so [x] == [x] for a NaN x). */
    if (a == b) return 1;
    return op_eq(vm, a, b);
}

static int compare_sizes(CmpOp op, uint32_t na, uint32_t nb) {
    switch (op) {
    case CMP_LT:
        return na < nb;
    case CMP_LE:
        return na <= nb;
    case CMP_EQ:
        return na == nb;
    case CMP_NE:
        return na != nb;
    case CMP_GT:
        return na > nb;
    case CMP_GE:
        return na >= nb;
    }
    return 0;
}

static int compare_items(VM *vm, CmpOp op, const Value *a, uint32_t na, const Value *b,
                         uint32_t nb) {
    /* The first position where the items differ decides; equal prefixes compare by length. */
    uint32_t i = 0;
    for (; i < na && i < nb; i++) {
        int eq = seq_item_eq(vm, a[i], b[i]);
        if (eq < 0) return -1;
        if (!eq) break;
    }
    if (i >= na || i >= nb) return compare_sizes(op, na, nb);
    if (op == CMP_EQ) return 0;
    if (op == CMP_NE) return 1;
    return op_compare(vm, op, a[i], b[i]);
}

int seq_compare(VM *vm, CmpOp op, const Value *a, uint32_t na, const Value *b, uint32_t nb) {
    if ((op == CMP_EQ || op == CMP_NE) && na != nb) return op == CMP_NE;
    /* a and b may be a list's storage, and an __eq__ that clears or grows the list frees it
     * mid-comparison: compare a copy of the items instead. The items themselves stay alive,
     * since no collection runs while C code is on the call path. */
    if (!nest_enter(vm, " in comparison")) return -1; /* [[[...]]] 100,000 deep */
    uint32_t n = na < nb ? na : nb; /* only a common prefix is ever read */
    Value local[32], *copy = n <= 16 ? local : malloc(sizeof(Value) * 2 * (size_t)n);
    if (!copy) abort(); /* the host is out of memory: nothing sensible is left to do */
    if (n) {
        memcpy(copy, a, sizeof(Value) * n);
        memcpy(copy + n, b, sizeof(Value) * n);
    }
    int r = compare_items(vm, op, copy, na, copy + n, nb);
    if (copy != local) free(copy);
    nest_leave(vm);
    return r;
}

/* ---- methods ---- */

static bool check_self(VM *vm, Value self, const char *name) {
    if (IS_TUPLE(self)) return true;
    vm_raise(vm, EXC_TypeError,
             "descriptor '%s' for 'tuple' objects doesn't apply to a '%s' object", name,
             vm_type_name(vm, self));
    return false;
}

/* The optional start/end arguments of index(): clamped like slice bounds. */
bool seq_index_bounds(VM *vm, int argc, Value *argv, int first, int64_t len, int64_t *start,
                      int64_t *end) {
    *start = 0;
    *end = len;
    if (argc > first && !slice_index_value(vm, argv[first], false, start)) return false;
    if (argc > first + 1 && !slice_index_value(vm, argv[first + 1], false, end)) return false;
    if (*start < 0) {
        *start += len;
        if (*start < 0) *start = 0;
    }
    if (*end < 0) {
        *end += len;
        if (*end < 0) *end = 0;
    }
    return true;
}

static Value tuple_count_m(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    (void)argc, (void)kwnames;
    if (!check_self(vm, argv[0], "count")) return ERR_VAL;
    ObjTuple *t = AS_TUPLE(argv[0]);
    int64_t n = 0;
    for (uint32_t i = 0; i < t->len; i++) {
        int eq = seq_item_eq(vm, t->items[i], argv[1]);
        if (eq < 0) return ERR_VAL;
        n += eq;
    }
    return INT_VAL(n);
}

static Value tuple_index_m(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    (void)kwnames;
    if (!check_self(vm, argv[0], "index")) return ERR_VAL;
    ObjTuple *t = AS_TUPLE(argv[0]);
    int64_t start, end;
    if (!seq_index_bounds(vm, argc, argv, 2, t->len, &start, &end)) return ERR_VAL;
    for (int64_t i = start; i < end && i < (int64_t)t->len; i++) {
        int eq = seq_item_eq(vm, t->items[i], argv[1]);
        if (eq < 0) return ERR_VAL;
        if (eq) return INT_VAL(i);
    }
    return vm_raise(vm, EXC_ValueError, "tuple.index(x): x not in tuple");
}

const MethodDef tuple_methods[] = {
    {"count", tuple_count_m, 2, 2, false},
    {"index", tuple_index_m, 2, 4, false},
    {NULL, NULL, 0, 0, false},
};

/* ---- the tuple type ---- */

static size_t tuple_var_size(const Obj *o) { return sizeof(Value) * ((const ObjTuple *)o)->len; }

static void tuple_mark(VM *vm, Obj *o) { gc_visit_values(vm, ((ObjTuple *)o)->items, ((ObjTuple *)o)->len); }

/* x in a list or tuple: identity first, as CPython does (`nan in [nan]` is True). */
int seq_contains(VM *vm, Value seq, Value item) {
    for (uint32_t i = 0;; i++) {
        /* Re-read the length: a comparison may mutate the list. */
        uint32_t len = IS_LIST(seq) ? AS_LIST(seq)->len : AS_TUPLE(seq)->len;
        if (i >= len) return 0;
        Value x = IS_LIST(seq) ? AS_LIST(seq)->items[i] : AS_TUPLE(seq)->items[i];
        if (x == item) return 1;
        int eq = op_eq(vm, x, item);
        if (eq != 0) return eq;
    }
}

static Value tuple_slot_repr(VM *vm, Value v) { return tuple_repr(vm, AS_TUPLE(v)); }

static bool tuple_slot_hash(VM *vm, Value v, int64_t *out) { return tuple_hash(vm, AS_TUPLE(v), out); }

static int tuple_slot_eq(VM *vm, Value a, Value b) {
    if (!IS_TUPLE(b)) return 0;
    return seq_compare(vm, CMP_EQ, AS_TUPLE(a)->items, AS_TUPLE(a)->len, AS_TUPLE(b)->items, AS_TUPLE(b)->len);
}

static int tuple_slot_compare(VM *vm, CmpOp op, Value a, Value b) {
    if (!IS_TUPLE(b)) return CMP_UNSUPPORTED;
    return seq_compare(vm, op, AS_TUPLE(a)->items, AS_TUPLE(a)->len, AS_TUPLE(b)->items, AS_TUPLE(b)->len);
}

static Value tuple_slot_binary(VM *vm, BinOp op, Value a, Value b) {
    if (op != BIN_ADD || !IS_TUPLE(a) || !IS_TUPLE(b)) return UNDEF_VAL;
    ObjTuple *x = AS_TUPLE(a), *y = AS_TUPLE(b);
    ObjTuple *t = tuple_new(vm, x->len + y->len);
    if (x->len) memcpy(t->items, x->items, sizeof(Value) * x->len);
    if (y->len) memcpy(t->items + x->len, y->items, sizeof(Value) * y->len);
    return OBJ_VAL(t);
}

static bool tuple_slot_len(VM *vm, Value v, int64_t *out) {
    (void)vm;
    *out = AS_TUPLE(v)->len;
    return true;
}

static Value tuple_slot_iter(VM *vm, Value v) { return iter_new(vm, ITER_TUPLE, v); }

static Value tuple_slot_getitem(VM *vm, Value obj, Value key) { return tuple_getitem(vm, AS_TUPLE(obj), key); }

/* Calling the class (argv excludes the class). */
static Value tuple_ctor(VM *vm, ObjClass *cls, int argc, Value *argv, ObjTuple *kwnames) {
    (void)cls;
    if (kwnames && kwnames->len) return native_no_keywords(vm, "tuple");
    if (!native_check_count(vm, "tuple", argc, 0, 1)) return ERR_VAL;
    if (argc == 0) return tuple_from(vm, 0, NULL);
    Value x = argv[0];
    if (IS_TUPLE(x)) return x; /* immutable: the same object will do */
    if (IS_LIST(x)) return tuple_from(vm, AS_LIST(x)->len, AS_LIST(x)->items);
    Value l = op_to_list(vm, x);
    if (IS_ERR(l)) return ERR_VAL;
    return tuple_from(vm, AS_LIST(l)->len, AS_LIST(l)->items);
}

const ObjType tuple_type = {
    .name = "tuple",
    .ctor = tuple_ctor,
    .methods = tuple_methods,
    .size = sizeof(ObjTuple),
    .var_size = tuple_var_size,
    .mark = tuple_mark,
    .immutable = true,
    .repr = tuple_slot_repr,
    .hash = tuple_slot_hash,
    .eq = tuple_slot_eq,
    .compare = tuple_slot_compare,
    .binary = tuple_slot_binary,
    .len = tuple_slot_len,
    .contains = seq_contains,
    .iter = tuple_slot_iter,
    .reversed = iter_reversed,
    .getitem = tuple_slot_getitem,
};
