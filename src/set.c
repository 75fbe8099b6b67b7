/* set.c — set and frozenset over the shared Table (values unused): the algebra behind
 * | & - ^ and the methods, subset comparisons, repr and CPython's frozenset hash.
 * Results take the type of the left operand (or self); methods accept any iterables.
 * Keys already in a table carry their hash, so set-to-set operations never rehash. */
#include <inttypes.h>

#include "containers.h"
#include "str.h"

ObjSet *set_new(VM *vm, bool frozen) {
    ObjSet *s = (ObjSet *)obj_alloc(vm, frozen ? OBJ_FROZENSET : OBJ_SET, sizeof(ObjSet));
    table_init(&s->table);
    return s;
}

bool set_is_any(Value v) { return IS_KIND(v, OBJ_SET) || IS_KIND(v, OBJ_FROZENSET); }

static bool is_frozen(const ObjSet *s) { return s->obj.kind == OBJ_FROZENSET; }

bool set_add(VM *vm, ObjSet *s, Value v) {
    int64_t hash;
    if (!table_hash(vm, v, &hash)) return false;
    return table_insert(vm, &s->table, v, hash, NONE_VAL);
}

int set_contains(VM *vm, ObjSet *s, Value v) {
    int64_t hash;
    if (!table_hash(vm, v, &hash)) return -1;
    int32_t ix = table_find(vm, &s->table, v, hash);
    return ix >= 0 ? 1 : ix == -1 ? 0 : -1;
}

/* The table behind a set, frozenset or dict (its keys), or NULL for other iterables. */
static Table *table_of(Value v) {
    if (set_is_any(v)) return &AS_SET(v)->table;
    if (IS_DICT(v)) return &AS_DICT(v)->table;
    return NULL;
}

static bool add_table(VM *vm, ObjSet *s, const Table *t) {
    for (uint32_t j = 0; j < t->nentries; j++) {
        TableEntry e = t->entries[j];
        if (e.key == UNDEF_VAL) continue;
        if (!table_insert(vm, &s->table, e.key, e.hash, NONE_VAL)) return false;
    }
    return true;
}

bool set_update(VM *vm, ObjSet *s, Value iterable) {
    Table *t = table_of(iterable);
    if (t) {
        if (t == &s->table) return true;
        if (s->table.count == 0 && set_is_any(iterable)) {
            table_copy(vm, &s->table, t);
            return true;
        }
        return add_table(vm, s, t);
    }
    Value it = op_iter(vm, iterable);
    if (IS_ERR(it)) return false;
    for (;;) {
        Value x = op_next(vm, it);
        if (IS_UNDEF(x)) return true;
        if (IS_ERR(x) || !set_add(vm, s, x)) return false;
    }
}

static ObjSet *copy_as(VM *vm, const ObjSet *s, bool frozen) {
    ObjSet *r = set_new(vm, frozen);
    table_copy(vm, &r->table, &s->table);
    return r;
}

/* The table of other, or of a temporary set built from it; NULL after an error. */
static Table *table_or_temp(VM *vm, Value other) {
    Table *t = table_of(other);
    if (t) return t;
    ObjSet *tmp = set_new(vm, false);
    return set_update(vm, tmp, other) ? &tmp->table : NULL;
}

Value set_repr(VM *vm, ObjSet *s) {
    bool frozen = is_frozen(s);
    if (s->table.count == 0) return str_value(vm, frozen ? "frozenset()" : "set()");
    int g = repr_enter(vm, OBJ_VAL(s));
    if (g < 0) return ERR_VAL;
    if (g) return str_value(vm, frozen ? "frozenset(...)" : "set(...)");
    StrBuf sb;
    sb_init(&sb);
    sb_append_cstr(&sb, frozen ? "frozenset({" : "{");
    bool first = true;
    for (uint32_t j = 0; j < s->table.nentries; j++) {
        Value k = s->table.entries[j].key;
        if (k == UNDEF_VAL) continue;
        if (!first) sb_append_cstr(&sb, ", ");
        first = false;
        Value r = op_repr(vm, k);
        if (IS_ERR(r)) {
            sb_free(&sb);
            repr_leave(vm);
            return ERR_VAL;
        }
        sb_append_str(&sb, AS_STR(r));
    }
    sb_append_cstr(&sb, frozen ? "})" : "}");
    repr_leave(vm);
    return sb_finish(vm, &sb);
}

/* ---- the algebra: each builds a new set of the given kind from s and one operand ---- */

/* Is every live key of a in b? 1/0/-1. */
static int table_subset(VM *vm, const Table *a, Table *b) {
    if (a->count > b->count) return 0;
    for (uint32_t j = 0; j < a->nentries; j++) {
        TableEntry e = a->entries[j];
        if (e.key == UNDEF_VAL) continue;
        int32_t ix = table_find(vm, b, e.key, e.hash);
        if (ix < 0) return ix == -1 ? 0 : -1;
    }
    return 1;
}

static ObjSet *intersect(VM *vm, ObjSet *s, Value other, bool frozen) {
    ObjSet *r = set_new(vm, frozen);
    Table *t = table_of(other);
    if (t) {
        /* Walk the smaller table, probing the larger; keys come from the walked one. */
        Table *walk = t, *probe = &s->table;
        if (t->count > s->table.count) walk = &s->table, probe = t;
        for (uint32_t j = 0; j < walk->nentries; j++) {
            TableEntry e = walk->entries[j];
            if (e.key == UNDEF_VAL) continue;
            int32_t ix = table_find(vm, probe, e.key, e.hash);
            if (ix == -2) return NULL;
            if (ix >= 0 && !table_insert(vm, &r->table, e.key, e.hash, NONE_VAL)) return NULL;
        }
        return r;
    }
    Value it = op_iter(vm, other);
    if (IS_ERR(it)) return NULL;
    for (;;) {
        Value x = op_next(vm, it);
        if (IS_UNDEF(x)) return r;
        if (IS_ERR(x)) return NULL;
        int64_t hash;
        if (!table_hash(vm, x, &hash)) return NULL;
        int32_t ix = table_find(vm, &s->table, x, hash);
        if (ix == -2) return NULL;
        if (ix >= 0 && !table_insert(vm, &r->table, x, hash, NONE_VAL)) return NULL;
    }
}

/* Removes every element of other from s (in place). */
static bool remove_all(VM *vm, ObjSet *s, Value other) {
    Table *t = table_of(other);
    if (t == &s->table) {
        table_free(vm, &s->table);
        return true;
    }
    if (t) {
        for (uint32_t j = 0; j < t->nentries && s->table.count; j++) {
            TableEntry e = t->entries[j];
            if (e.key != UNDEF_VAL && table_remove(vm, &s->table, e.key, e.hash) < 0) return false;
        }
        return true;
    }
    Value it = op_iter(vm, other);
    if (IS_ERR(it)) return false;
    for (;;) {
        Value x = op_next(vm, it);
        if (IS_UNDEF(x)) return true;
        if (IS_ERR(x)) return false;
        int64_t hash;
        if (!table_hash(vm, x, &hash) || table_remove(vm, &s->table, x, hash) < 0) return false;
    }
}

/* s ^= other, in place: keys of other leave s if present, else join it. */
static bool toggle_all(VM *vm, ObjSet *s, Value other) {
    if (table_of(other) == &s->table) {
        table_free(vm, &s->table);
        return true;
    }
    /* Duplicates in a plain iterable must toggle once: go through a set. */
    Table *t = table_or_temp(vm, other);
    if (!t) return false;
    for (uint32_t j = 0; j < t->nentries; j++) {
        TableEntry e = t->entries[j];
        if (e.key == UNDEF_VAL) continue;
        int r = table_remove(vm, &s->table, e.key, e.hash);
        if (r < 0) return false;
        if (r == 0 && !table_insert(vm, &s->table, e.key, e.hash, NONE_VAL)) return false;
    }
    return true;
}

static ObjSet *binary_op(VM *vm, BinOp op, ObjSet *s, Value other, bool frozen) {
    ObjSet *r;
    switch (op) {
    case BIN_OR:
        r = copy_as(vm, s, frozen);
        return set_update(vm, r, other) ? r : NULL;
    case BIN_AND:
        return intersect(vm, s, other, frozen);
    case BIN_SUB:
        r = copy_as(vm, s, frozen);
        return remove_all(vm, r, other) ? r : NULL;
    case BIN_XOR:
        r = copy_as(vm, s, frozen);
        return toggle_all(vm, r, other) ? r : NULL;
    default:
        return NULL;
    }
}

/* dict.keys() and dict.items() behave as sets in | & - ^. */
static bool is_set_view(Value v) {
    return IS_KIND(v, OBJ_DICT_VIEW) && ((ObjDictView *)AS_OBJ(v))->view_kind != VIEW_VALUES;
}

Value set_binary(VM *vm, BinOp op, Value a, Value b) {
    static const char *const symbols[BIN_COUNT] = {"+",  "-",  "*", "@", "/", "%", "**",
                                                   "<<", ">>", "|", "^", "&", "//"};
    bool setop = op == BIN_OR || op == BIN_AND || op == BIN_SUB || op == BIN_XOR;
    if (setop && set_is_any(a) && set_is_any(b)) {
        ObjSet *r = binary_op(vm, op, AS_SET(a), b, is_frozen(AS_SET(a)));
        return r ? OBJ_VAL(r) : ERR_VAL;
    }
    if (setop && (is_set_view(a) || is_set_view(b))) {
        /* Views accept any iterable on the other side; the result is a set. */
        ObjSet *left = set_new(vm, false);
        if (!set_update(vm, left, a)) return ERR_VAL;
        ObjSet *r = binary_op(vm, op, left, b, false);
        return r ? OBJ_VAL(r) : ERR_VAL;
    }
    return vm_raise(vm, EXC_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
                    (unsigned)op < BIN_COUNT ? symbols[op] : "?", vm_type_name(vm, a),
                    vm_type_name(vm, b));
}

int set_compare(VM *vm, CmpOp op, ObjSet *a, ObjSet *b) {
    int r;
    switch (op) {
    case CMP_EQ:
        return a->table.count == b->table.count ? table_subset(vm, &a->table, &b->table) : 0;
    case CMP_NE:
        if (a->table.count != b->table.count) return 1;
        r = table_subset(vm, &a->table, &b->table);
        return r < 0 ? -1 : !r;
    case CMP_LE:
        return table_subset(vm, &a->table, &b->table);
    case CMP_GE:
        return table_subset(vm, &b->table, &a->table);
    case CMP_LT:
        return a->table.count < b->table.count ? table_subset(vm, &a->table, &b->table) : 0;
    case CMP_GT:
        return b->table.count < a->table.count ? table_subset(vm, &b->table, &a->table) : 0;
    }
    return 0;
}

/* CPython's frozenset_hash: an order-independent xor of shuffled entry hashes. */
static uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747ull) ^ (h << 16)) * 3644798167ull; }

bool set_hash(VM *vm, ObjSet *s, int64_t *out) {
    if (!is_frozen(s)) {
        vm_raise(vm, EXC_TypeError, "unhashable type: 'set'");
        return false;
    }
    uint64_t hash = 0;
    for (uint32_t j = 0; j < s->table.nentries; j++)
        if (s->table.entries[j].key != UNDEF_VAL)
            hash ^= shuffle_bits((uint64_t)s->table.entries[j].hash);
    hash ^= ((uint64_t)s->table.count + 1) * 1927868237ull;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069u + 907133923ull;
    if (hash == (uint64_t)-1) hash = 590923713ull;
    *out = (int64_t)hash;
    return true;
}

/* ---- methods (one table for set and frozenset; mutators refuse frozensets) ---- */

static bool check_self(VM *vm, Value self, const char *name, bool mutates) {
    if (IS_KIND(self, OBJ_SET) || (!mutates && IS_KIND(self, OBJ_FROZENSET))) return true;
    if (IS_KIND(self, OBJ_FROZENSET)) {
        vm_raise(vm, EXC_AttributeError, "'frozenset' object has no attribute '%s'", name);
        return false;
    }
    vm_raise(vm, EXC_TypeError, "descriptor '%s' for 'set' objects doesn't apply to a '%s' object",
             name, vm_type_name(vm, self));
    return false;
}
#define SELF(name, mutates)                                                                        \
    if (!check_self(vm, argv[0], name, mutates)) return ERR_VAL;                                   \
    ObjSet *s = AS_SET(argv[0]);                                                                   \
    (void)argc, (void)kwnames

static Value set_add_m(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    SELF("add", true);
    return set_add(vm, s, argv[1]) ? NONE_VAL : ERR_VAL;
}

static Value set_remove_m(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    SELF("remove", true);
    int64_t hash;
    if (!table_hash(vm, argv[1], &hash)) return ERR_VAL;
    int r = table_remove(vm, &s->table, argv[1], hash);
    if (r < 0) return ERR_VAL;
    return r ? NONE_VAL : vm_raise_arg(vm, EXC_KeyError, argv[1]);
}

static Value set_discard_m(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    SELF("discard", true);
    int64_t hash;
    if (!table_hash(vm, argv[1], &hash)) return ERR_VAL;
    return table_remove(vm, &s->table, argv[1], hash) < 0 ? ERR_VAL : NONE_VAL;
}

static Value set_pop_m(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    SELF("pop", true);
    TableEntry e;
    if (!table_pop_first(vm, &s->table, &e))
        return vm_raise_arg(vm, EXC_KeyError, str_value(vm, "pop from an empty set"));
    return e.key;
}

static Value set_clear_m(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    SELF("clear", true);
    table_free(vm, &s->table);
    return NONE_VAL;
}

static Value set_copy_m(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    SELF("copy", false);
    if (is_frozen(s)) return argv[0]; /* immutable: share it */
    return OBJ_VAL(copy_as(vm, s, false));
}

static Value set_update_m(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    SELF("update", true);
    for (int i = 1; i < argc; i++)
        if (!set_update(vm, s, argv[i])) return ERR_VAL;
    return NONE_VAL;
}

static Value set_union_m(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    SELF("union", false);
    ObjSet *r = copy_as(vm, s, is_frozen(s));
    for (int i = 1; i < argc; i++)
        if (!set_update(vm, r, argv[i])) return ERR_VAL;
    return OBJ_VAL(r);
}

/* self & others[0] & others[1] ..., of self's type. */
static ObjSet *intersect_many(VM *vm, ObjSet *s, int n, Value *others) {
    if (n == 0) return copy_as(vm, s, is_frozen(s));
    ObjSet *r = s;
    for (int i = 0; i < n && r; i++) r = intersect(vm, r, others[i], is_frozen(s));
    return r;
}

static Value set_intersection_m(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    SELF("intersection", false);
    ObjSet *r = intersect_many(vm, s, argc - 1, argv + 1);
    return r ? OBJ_VAL(r) : ERR_VAL;
}

static Value set_intersection_update_m(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    SELF("intersection_update", true);
    ObjSet *r = intersect_many(vm, s, argc - 1, argv + 1);
    if (!r) return ERR_VAL;
    /* Take over the result's table; the result object dies with an empty one. */
    table_free(vm, &s->table);
    s->table = r->table;
    table_init(&r->table);
    return NONE_VAL;
}

static Value set_difference_m(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    SELF("difference", false);
    ObjSet *r = copy_as(vm, s, is_frozen(s));
    for (int i = 1; i < argc; i++)
        if (!remove_all(vm, r, argv[i])) return ERR_VAL;
    return OBJ_VAL(r);
}

static Value set_difference_update_m(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    SELF("difference_update", true);
    for (int i = 1; i < argc; i++)
        if (!remove_all(vm, s, argv[i])) return ERR_VAL;
    return NONE_VAL;
}

static Value set_symmetric_difference_m(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    SELF("symmetric_difference", false);
    ObjSet *r = copy_as(vm, s, is_frozen(s));
    return toggle_all(vm, r, argv[1]) ? OBJ_VAL(r) : ERR_VAL;
}

static Value set_symmetric_difference_update_m(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    SELF("symmetric_difference_update", true);
    return toggle_all(vm, s, argv[1]) ? NONE_VAL : ERR_VAL;
}

static Value set_issubset_m(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    SELF("issubset", false);
    Table *t = table_or_temp(vm, argv[1]);
    if (!t) return ERR_VAL;
    int r = table_subset(vm, &s->table, t);
    return r < 0 ? ERR_VAL : BOOL_VAL(r);
}

static Value set_issuperset_m(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    SELF("issuperset", false);
    Table *t = table_of(argv[1]);
    if (t) {
        int r = table_subset(vm, t, &s->table);
        return r < 0 ? ERR_VAL : BOOL_VAL(r);
    }
    Value it = op_iter(vm, argv[1]);
    if (IS_ERR(it)) return ERR_VAL;
    for (;;) {
        Value x = op_next(vm, it);
        if (IS_UNDEF(x)) return TRUE_VAL;
        if (IS_ERR(x)) return ERR_VAL;
        int r = set_contains(vm, s, x);
        if (r <= 0) return r < 0 ? ERR_VAL : FALSE_VAL;
    }
}

static Value set_isdisjoint_m(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    SELF("isdisjoint", false);
    Table *t = table_of(argv[1]);
    if (t) {
        Table *walk = t, *probe = &s->table;
        if (t->count > s->table.count) walk = &s->table, probe = t;
        for (uint32_t j = 0; j < walk->nentries; j++) {
            TableEntry e = walk->entries[j];
            if (e.key == UNDEF_VAL) continue;
            int32_t ix = table_find(vm, probe, e.key, e.hash);
            if (ix == -2) return ERR_VAL;
            if (ix >= 0) return FALSE_VAL;
        }
        return TRUE_VAL;
    }
    Value it = op_iter(vm, argv[1]);
    if (IS_ERR(it)) return ERR_VAL;
    for (;;) {
        Value x = op_next(vm, it);
        if (IS_UNDEF(x)) return TRUE_VAL;
        if (IS_ERR(x)) return ERR_VAL;
        int r = set_contains(vm, s, x);
        if (r) return r < 0 ? ERR_VAL : FALSE_VAL;
    }
}

const MethodDef set_methods[] = {
    {"add", set_add_m, 2, 2, false},
    {"remove", set_remove_m, 2, 2, false},
    {"discard", set_discard_m, 2, 2, false},
    {"pop", set_pop_m, 1, 1, false},
    {"clear", set_clear_m, 1, 1, false},
    {"copy", set_copy_m, 1, 1, false},
    {"update", set_update_m, 1, -1, false},
    {"union", set_union_m, 1, -1, false},
    {"intersection", set_intersection_m, 1, -1, false},
    {"intersection_update", set_intersection_update_m, 1, -1, false},
    {"difference", set_difference_m, 1, -1, false},
    {"difference_update", set_difference_update_m, 1, -1, false},
    {"symmetric_difference", set_symmetric_difference_m, 2, 2, false},
    {"symmetric_difference_update", set_symmetric_difference_update_m, 2, 2, false},
    {"issubset", set_issubset_m, 2, 2, false},
    {"issuperset", set_issuperset_m, 2, 2, false},
    {"isdisjoint", set_isdisjoint_m, 2, 2, false},
    {NULL, NULL, 0, 0, false},
};
