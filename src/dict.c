/* dict.c — the compact ordered hash table dict and set share, and the dict type.
 * Like CPython 3.6+: entries[] in insertion order, index[] an open-addressing table of entry
 * numbers probed with perturbation. Deleted entries keep key UNDEF_VAL until a resize
 * compacts them away. Keys compare by identical bits, then stored hash, then op_eq. */
#include <inttypes.h>

#include "containers.h"
#include "str.h"

#define SLOT_EMPTY (-1)
#define SLOT_DUMMY (-2)
#define PERTURB_SHIFT 5

void table_init(Table *t) { memset(t, 0, sizeof *t); }

void table_free(VM *vm, Table *t) {
    if (t->index) GC_FREE_ARRAY(vm, int32_t, t->index, t->index_size);
    if (t->entries) GC_FREE_ARRAY(vm, TableEntry, t->entries, t->entry_cap);
    table_init(t);
}

static inline bool str_same_text(const ObjStr *a, const ObjStr *b) {
    return a->len == b->len && memcmp(a->chars, b->chars, a->len) == 0;
}

/* The index slot for a new entry: the first empty or dummy slot on key's probe path. */
static uint32_t free_slot(const int32_t *index, uint32_t size, int64_t hash) {
    uint32_t mask = size - 1;
    uint64_t perturb = (uint64_t)hash;
    uint32_t i = (uint32_t)((uint64_t)hash & mask);
    while (index[i] >= 0) {
        perturb >>= PERTURB_SHIFT;
        i = (uint32_t)(((uint64_t)i * 5 + perturb + 1) & mask);
    }
    return i;
}

/* Rebuilds the table for count + 1 entries at most one third full, dropping deleted
 * entries: the only place entry numbers change. */
static void resize(VM *vm, Table *t) {
    uint64_t need = ((uint64_t)t->count + 1) * 3;
    uint32_t size = 8;
    while (size < need) size <<= 1;
    uint32_t cap = (uint32_t)((uint64_t)size * 2 / 3);
    int32_t *index = GC_NEW_ARRAY(vm, int32_t, size);
    memset(index, 0xff, sizeof(int32_t) * size); /* every slot SLOT_EMPTY */
    TableEntry *entries = GC_NEW_ARRAY(vm, TableEntry, cap);
    uint32_t n = 0;
    for (uint32_t j = 0; j < t->nentries; j++) {
        const TableEntry *e = &t->entries[j];
        if (e->key == UNDEF_VAL) continue;
        entries[n] = *e;
        index[free_slot(index, size, e->hash)] = (int32_t)n;
        n++;
    }
    if (t->index) GC_FREE_ARRAY(vm, int32_t, t->index, t->index_size);
    if (t->entries) GC_FREE_ARRAY(vm, TableEntry, t->entries, t->entry_cap);
    t->index = index;
    t->entries = entries;
    t->index_size = size;
    t->entry_cap = cap;
    t->nentries = n;
    t->count = n;
}

/* Appends an entry for a key known to be absent. */
static void insert_new(VM *vm, Table *t, Value key, int64_t hash, Value value) {
    if (((uint64_t)t->nentries + 1) * 3 >= (uint64_t)t->index_size * 2) resize(vm, t);
    uint32_t n = t->nentries++;
    t->index[free_slot(t->index, t->index_size, hash)] = (int32_t)n;
    TableEntry *e = &t->entries[n];
    e->key = key;
    e->value = value;
    e->hash = hash;
    t->count++;
}

/* Probes for key. Returns its entry number and index slot, -1 when absent, -2 when op_eq
 * raised. An __eq__ that mutates the table restarts the probe, as in CPython. */
static int32_t lookup(VM *vm, Table *t, Value key, int64_t hash, uint32_t *slot) {
restart:
    if (t->index_size == 0) return -1;
    uint32_t mask = t->index_size - 1;
    uint64_t perturb = (uint64_t)hash;
    uint32_t i = (uint32_t)((uint64_t)hash & mask);
    for (;;) {
        int32_t ix = t->index[i];
        if (ix == SLOT_EMPTY) return -1;
        if (ix >= 0) {
            const TableEntry *e = &t->entries[ix];
            Value ek = e->key;
            if (ek == key) {
                *slot = i;
                return ix;
            }
            if (e->hash == hash) {
                int eq;
                VM_DEBIT(vm, 1); /* keys sharing a hash can make this quadratic: a step each */
                if (IS_STR(ek) && IS_STR(key)) {
                    eq = str_same_text(AS_STR(ek), AS_STR(key));
                } else {
                    const TableEntry *entries = t->entries;
                    uint32_t size = t->index_size, nentries = t->nentries;
                    eq = op_eq(vm, ek, key);
                    if (eq < 0) return -2;
                    if (t->entries != entries || t->index_size != size || t->nentries != nentries ||
                        t->entries[ix].key != ek)
                        goto restart;
                }
                if (eq) {
                    *slot = i;
                    return ix;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (uint32_t)(((uint64_t)i * 5 + perturb + 1) & mask);
    }
}

int32_t table_find(VM *vm, Table *t, Value key, int64_t hash) {
    uint32_t slot;
    return lookup(vm, t, key, hash, &slot);
}

bool table_insert(VM *vm, Table *t, Value key, int64_t hash, Value value) {
    uint32_t slot;
    int32_t ix = lookup(vm, t, key, hash, &slot);
    if (ix == -2) return false;
    if (ix >= 0) {
        t->entries[ix].value = value; /* the first key stays, as in Python */
        return true;
    }
    insert_new(vm, t, key, hash, value);
    return true;
}

/* A deleted entry's hash is free: entries[0].hash then counts the leading deleted entries
 * (see table_pop_first), and 0 is always a safe count. */
static void delete_entry(Table *t, uint32_t slot, int32_t ix) {
    t->index[slot] = SLOT_DUMMY;
    t->entries[ix].key = UNDEF_VAL;
    t->entries[ix].value = UNDEF_VAL;
    t->entries[ix].hash = 0;
    t->count--;
}

int table_remove(VM *vm, Table *t, Value key, int64_t hash) {
    uint32_t slot;
    int32_t ix = lookup(vm, t, key, hash, &slot);
    if (ix == -2) return -1;
    if (ix == -1) return 0;
    delete_entry(t, slot, ix);
    return 1;
}

/* The index slot that holds entry ix (which is live). */
static uint32_t slot_of(const Table *t, int32_t ix) {
    uint32_t mask = t->index_size - 1;
    uint64_t perturb = (uint64_t)t->entries[ix].hash;
    uint32_t i = (uint32_t)(perturb & mask);
    while (t->index[i] != ix) {
        perturb >>= PERTURB_SHIFT;
        i = (uint32_t)(((uint64_t)i * 5 + perturb + 1) & mask);
    }
    return i;
}

/* Removes and returns the last live entry (dict.popitem, LIFO); false when empty. Trailing
 * deleted entries are trimmed so that repeated pops stay O(1). */
bool table_pop_last(Table *t, TableEntry *out) {
    while (t->nentries > 0 && t->entries[t->nentries - 1].key == UNDEF_VAL) t->nentries--;
    if (t->nentries == 0) return false;
    int32_t ix = (int32_t)t->nentries - 1;
    *out = t->entries[ix];
    delete_entry(t, slot_of(t, ix), ix);
    t->nentries--;
    return true;
}

/* Removes and returns the first live entry (set.pop). Entries are only appended until a
 * resize rebuilds the array, so a deleted prefix stays deleted: a dead entries[0] records
 * its length in its hash field, and repeated pops skip it in O(1). Compacts once deleted
 * entries dominate, to give the memory back. */
bool table_pop_first(VM *vm, Table *t, TableEntry *out) {
    if (t->count == 0) return false;
    int32_t ix = t->entries[0].key == UNDEF_VAL ? (int32_t)t->entries[0].hash : 0;
    while (t->entries[ix].key == UNDEF_VAL) ix++;
    *out = t->entries[ix];
    delete_entry(t, slot_of(t, ix), ix);
    t->entries[0].hash = ix + 1;
    if (t->nentries - t->count > 3 * t->count + 8) resize(vm, t);
    return true;
}

/* Copies src's live entries into dst, which holds none of those keys, reusing the stored
 * hashes. */
void table_copy(VM *vm, Table *dst, const Table *src) {
    for (uint32_t j = 0; j < src->nentries; j++) {
        const TableEntry *e = &src->entries[j];
        if (e->key != UNDEF_VAL) insert_new(vm, dst, e->key, e->hash, e->value);
    }
}

ObjStr *table_find_text(Table *t, const char *bytes, size_t len, int64_t hash) {
    if (t->index_size == 0) return NULL;
    uint32_t mask = t->index_size - 1;
    uint64_t perturb = (uint64_t)hash;
    uint32_t i = (uint32_t)((uint64_t)hash & mask);
    for (;;) {
        int32_t ix = t->index[i];
        if (ix == SLOT_EMPTY) return NULL;
        if (ix >= 0) {
            const TableEntry *e = &t->entries[ix];
            if (e->hash == hash && IS_STR(e->key)) {
                ObjStr *s = AS_STR(e->key);
                if (s->len == len && memcmp(s->chars, bytes, len) == 0) return s;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (uint32_t)(((uint64_t)i * 5 + perturb + 1) & mask);
    }
}

/* ---- dict ---- */

ObjDict *dict_new(VM *vm) {
    ObjDict *d = (ObjDict *)obj_alloc(vm, OBJ_DICT, sizeof(ObjDict));
    table_init(&d->table);
    return d;
}

int dict_get(VM *vm, ObjDict *d, Value key, Value *out) {
    int64_t hash;
    if (!table_hash(vm, key, &hash)) return -1;
    int32_t ix = table_find(vm, &d->table, key, hash);
    if (ix < 0) return ix == -1 ? 0 : -1;
    *out = d->table.entries[ix].value;
    return 1;
}

bool dict_set(VM *vm, ObjDict *d, Value key, Value value) {
    int64_t hash;
    if (!table_hash(vm, key, &hash)) return false;
    return table_insert(vm, &d->table, key, hash, value);
}

int dict_delete(VM *vm, ObjDict *d, Value key) {
    int64_t hash;
    if (!table_hash(vm, key, &hash)) return -1;
    return table_remove(vm, &d->table, key, hash);
}

/* The entry of a str key, by pointer and then by text; never runs Python code. */
static inline int32_t find_str(const Table *t, const ObjStr *key) {
    if (t->index_size == 0) return -1;
    Value kv = OBJ_VAL(key);
    int64_t hash = key->hash;
    uint32_t mask = t->index_size - 1;
    uint64_t perturb = (uint64_t)hash;
    uint32_t i = (uint32_t)((uint64_t)hash & mask);
    for (;;) {
        int32_t ix = t->index[i];
        if (ix == SLOT_EMPTY) return -1;
        if (ix >= 0) {
            const TableEntry *e = &t->entries[ix];
            if (e->key == kv) return ix;
            if (e->hash == hash && IS_STR(e->key) && str_same_text(AS_STR(e->key), key)) return ix;
        }
        perturb >>= PERTURB_SHIFT;
        i = (uint32_t)(((uint64_t)i * 5 + perturb + 1) & mask);
    }
}

Value dict_get_str(ObjDict *d, ObjStr *key) {
    int32_t ix = find_str(&d->table, key);
    return ix >= 0 ? d->table.entries[ix].value : UNDEF_VAL;
}

void dict_set_str(VM *vm, ObjDict *d, ObjStr *key, Value value) {
    int32_t ix = find_str(&d->table, key);
    if (ix >= 0)
        d->table.entries[ix].value = value;
    else
        insert_new(vm, &d->table, OBJ_VAL(key), key->hash, value);
}

Value dict_getitem(VM *vm, ObjDict *d, Value key) {
    Value v;
    int r = dict_get(vm, d, key, &v);
    if (r > 0) return v;
    if (r == 0) vm_raise_arg(vm, EXC_KeyError, key);
    return ERR_VAL;
}

Value dict_copy(VM *vm, ObjDict *d) {
    ObjDict *r = dict_new(vm);
    table_copy(vm, &r->table, &d->table);
    return OBJ_VAL(r);
}

/* Appends repr(v) to sb; false (sb freed) on error. */
static bool append_repr(VM *vm, StrBuf *sb, Value v) {
    Value r = op_repr(vm, v);
    if (IS_ERR(r)) {
        sb_free(sb);
        return false;
    }
    sb_append_str(sb, AS_STR(r));
    return true;
}

Value dict_repr(VM *vm, ObjDict *d) {
    if (d->table.count == 0) return str_value(vm, "{}");
    int g = repr_enter(vm, OBJ_VAL(d));
    if (g < 0) return ERR_VAL;
    if (g) return str_value(vm, "{...}");
    StrBuf sb;
    sb_init(&sb);
    sb_append_char(&sb, '{');
    bool first = true;
    /* Reread the table each step: a __repr__ may change the dict. */
    for (uint32_t j = 0; j < d->table.nentries; j++) {
        TableEntry e = d->table.entries[j];
        if (e.key == UNDEF_VAL) continue;
        if (!first) sb_append_cstr(&sb, ", ");
        first = false;
        if (!append_repr(vm, &sb, e.key)) goto fail;
        sb_append_cstr(&sb, ": ");
        if (!append_repr(vm, &sb, e.value)) goto fail;
    }
    sb_append_char(&sb, '}');
    repr_leave(vm);
    return sb_finish(vm, &sb);
fail:
    repr_leave(vm);
    return ERR_VAL;
}

/* The loop copies each entry and re-reads both tables after every lookup, since a key's or
 * a value's __eq__ may insert into either dict (moving its entries) or delete from it. */
static int dict_equal_items(VM *vm, ObjDict *a, ObjDict *b) {
    for (uint32_t j = 0; j < a->table.nentries; j++) {
        TableEntry e = a->table.entries[j];
        if (e.key == UNDEF_VAL) continue;
        int32_t ix = table_find(vm, &b->table, e.key, e.hash);
        if (ix == -2) return -1;
        if (ix == -1) return 0;
        Value other = b->table.entries[ix].value;
        int eq = seq_item_eq(vm, e.value, other);
        if (eq <= 0) return eq;
    }
    return 1;
}

int dict_equal(VM *vm, ObjDict *a, ObjDict *b) {
    if (a == b) return 1;
    if (a->table.count != b->table.count) return 0;
    if (!nest_enter(vm, " in comparison")) return -1; /* {0: {0: ...}} 100,000 deep */
    int r = dict_equal_items(vm, a, b);
    nest_leave(vm);
    return r;
}

/* One element of an update sequence as a key and a value. */
static bool pair_of(VM *vm, Value item, int64_t n, Value *k, Value *v) {
    const Value *items;
    uint32_t len;
    if (IS_TUPLE(item) || IS_LIST(item)) {
        items = IS_TUPLE(item) ? AS_TUPLE(item)->items : AS_LIST(item)->items;
        len = IS_TUPLE(item) ? AS_TUPLE(item)->len : AS_LIST(item)->len;
    } else {
        Value it = op_iter(vm, item);
        if (IS_ERR(it)) {
            if (vm_exc_matches(vm, EXC_TypeError)) {
                vm_clear_exc(vm);
                vm_raise(vm, EXC_TypeError,
                         "cannot convert dictionary update sequence element #%" PRId64
                         " to a sequence",
                         n);
            }
            return false;
        }
        Value l = op_to_list(vm, it);
        if (IS_ERR(l)) return false;
        items = AS_LIST(l)->items;
        len = AS_LIST(l)->len;
    }
    if (len != 2) {
        vm_raise(vm, EXC_ValueError,
                 "dictionary update sequence element #%" PRId64 " has length %" PRIu32
                 "; 2 is required",
                 n, len);
        return false;
    }
    *k = items[0];
    *v = items[1];
    return true;
}

bool dict_update(VM *vm, ObjDict *d, Value other) {
    if (IS_DICT(other)) {
        Table *src = &AS_DICT(other)->table;
        for (uint32_t j = 0; j < src->nentries; j++) {
            TableEntry e = src->entries[j];
            if (e.key == UNDEF_VAL) continue;
            if (!table_insert(vm, &d->table, e.key, e.hash, e.value)) return false;
        }
        return true;
    }
    if (IS_KIND(other, OBJ_INSTANCE)) {
        /* A mapping: anything with keys(), read through keys() and [key]. */
        Value keys = op_getattr_default(vm, other, str_intern_cstr(vm, "keys"), UNDEF_VAL);
        if (IS_ERR(keys)) return false;
        if (!IS_UNDEF(keys)) {
            Value ks = op_call(vm, keys, 0, NULL, NULL);
            if (IS_ERR(ks)) return false;
            Value it = op_iter(vm, ks);
            if (IS_ERR(it)) return false;
            GcMark mark = gc_mark(vm);
            for (;;) {
                gc_release(vm, mark, UNDEF_VAL); /* the turn's garbage goes */
                Value k = op_next(vm, it);
                if (IS_UNDEF(k)) return true;
                if (IS_ERR(k)) return false;
                Value v = op_getitem(vm, other, k);
                if (IS_ERR(v) || !dict_set(vm, d, k, v)) return false;
            }
        }
    }
    Value it = op_iter(vm, other);
    if (IS_ERR(it)) return false;
    GcMark mark = gc_mark(vm);
    for (int64_t n = 0;; n++) {
        gc_release(vm, mark, UNDEF_VAL); /* the turn's garbage goes */
        Value item = op_next(vm, it);
        if (IS_UNDEF(item)) return true;
        if (IS_ERR(item)) return false;
        Value k, v;
        if (!pair_of(vm, item, n, &k, &v) || !dict_set(vm, d, k, v)) return false;
    }
}

/* ---- views ---- */

Value dict_view_new(VM *vm, ObjDict *d, ViewKind kind) {
    ObjDictView *v = (ObjDictView *)obj_alloc(vm, OBJ_DICT_VIEW, sizeof(ObjDictView));
    v->view_kind = (uint8_t)kind;
    v->dict = d;
    return OBJ_VAL(v);
}

Value dict_view_repr(VM *vm, ObjDictView *v) {
    static const char *const names[] = {"dict_keys", "dict_values", "dict_items"};
    const char *name = names[v->view_kind];
    int g = repr_enter(vm, OBJ_VAL(v));
    if (g < 0) return ERR_VAL;
    if (g) return str_value(vm, "...");
    StrBuf sb;
    sb_init(&sb);
    sb_append_cstr(&sb, name);
    sb_append_cstr(&sb, "([");
    Table *t = &v->dict->table;
    bool first = true;
    for (uint32_t j = 0; j < t->nentries; j++) {
        TableEntry e = t->entries[j];
        if (e.key == UNDEF_VAL) continue;
        if (!first) sb_append_cstr(&sb, ", ");
        first = false;
        if (v->view_kind == VIEW_ITEMS) {
            sb_append_char(&sb, '(');
            if (!append_repr(vm, &sb, e.key)) goto fail;
            sb_append_cstr(&sb, ", ");
            if (!append_repr(vm, &sb, e.value)) goto fail;
            sb_append_char(&sb, ')');
        } else if (!append_repr(vm, &sb, v->view_kind == VIEW_KEYS ? e.key : e.value)) {
            goto fail;
        }
    }
    sb_append_cstr(&sb, "])");
    repr_leave(vm);
    return sb_finish(vm, &sb);
fail:
    repr_leave(vm);
    return ERR_VAL;
}

int dict_view_contains(VM *vm, ObjDictView *v, Value item) {
    ObjDict *d = v->dict;
    Value found;
    switch ((ViewKind)v->view_kind) {
    case VIEW_KEYS:
        return dict_get(vm, d, item, &found);
    case VIEW_ITEMS: {
        if (!IS_TUPLE(item) || AS_TUPLE(item)->len != 2) return 0;
        int r = dict_get(vm, d, AS_TUPLE(item)->items[0], &found);
        if (r <= 0) return r;
        return seq_item_eq(vm, found, AS_TUPLE(item)->items[1]);
    }
    case VIEW_VALUES:
        for (uint32_t j = 0; j < d->table.nentries; j++) {
            TableEntry e = d->table.entries[j];
            if (e.key == UNDEF_VAL) continue;
            int eq = seq_item_eq(vm, e.value, item);
            if (eq) return eq;
        }
        return 0;
    }
    return 0;
}

static Value view_isdisjoint_m(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    (void)argc, (void)kwnames;
    if (!IS_KIND(argv[0], OBJ_DICT_VIEW))
        return vm_raise(vm, EXC_TypeError, "descriptor 'isdisjoint' requires a dict view");
    ObjDictView *v = (ObjDictView *)AS_OBJ(argv[0]);
    Value it = op_iter(vm, argv[1]);
    if (IS_ERR(it)) return ERR_VAL;
    GcMark mark = gc_mark(vm);
    for (;;) {
        gc_release(vm, mark, UNDEF_VAL); /* the turn's garbage goes */
        Value x = op_next(vm, it);
        if (IS_UNDEF(x)) return TRUE_VAL;
        if (IS_ERR(x)) return ERR_VAL;
        int r = dict_view_contains(vm, v, x);
        if (r < 0) return ERR_VAL;
        if (r) return FALSE_VAL;
    }
}

const MethodDef dict_view_methods[] = {
    {"isdisjoint", view_isdisjoint_m, 2, 2, false},
    {NULL, NULL, 0, 0, false},
};

/* ---- methods ---- */

static bool check_self(VM *vm, Value self, const char *name) {
    if (IS_DICT(self)) return true;
    vm_raise(vm, EXC_TypeError, "descriptor '%s' for 'dict' objects doesn't apply to a '%s' object",
             name, vm_type_name(vm, self));
    return false;
}
#define SELF(name)                                                                                 \
    if (!check_self(vm, argv[0], name)) return ERR_VAL;                                            \
    ObjDict *d = AS_DICT(argv[0]);                                                                 \
    (void)argc, (void)kwnames

static Value dict_get_m(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    SELF("get");
    Value v;
    int r = dict_get(vm, d, argv[1], &v);
    if (r < 0) return ERR_VAL;
    return r ? v : argc > 2 ? argv[2] : NONE_VAL;
}

static Value dict_keys_m(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    SELF("keys");
    return dict_view_new(vm, d, VIEW_KEYS);
}

static Value dict_values_m(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    SELF("values");
    return dict_view_new(vm, d, VIEW_VALUES);
}

static Value dict_items_m(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    SELF("items");
    return dict_view_new(vm, d, VIEW_ITEMS);
}

static Value dict_pop_m(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    SELF("pop");
    int64_t hash;
    if (!table_hash(vm, argv[1], &hash)) return ERR_VAL;
    uint32_t slot;
    int32_t ix = lookup(vm, &d->table, argv[1], hash, &slot);
    if (ix == -2) return ERR_VAL;
    if (ix == -1) return argc > 2 ? argv[2] : vm_raise_arg(vm, EXC_KeyError, argv[1]);
    Value v = d->table.entries[ix].value;
    delete_entry(&d->table, slot, ix);
    return v;
}

static Value dict_popitem_m(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    SELF("popitem");
    TableEntry e;
    if (!table_pop_last(&d->table, &e))
        return vm_raise_arg(vm, EXC_KeyError, str_value(vm, "popitem(): dictionary is empty"));
    Value kv[2] = {e.key, e.value};
    return tuple_from(vm, 2, kv);
}

static Value dict_setdefault_m(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    SELF("setdefault");
    int64_t hash;
    if (!table_hash(vm, argv[1], &hash)) return ERR_VAL;
    int32_t ix = table_find(vm, &d->table, argv[1], hash);
    if (ix == -2) return ERR_VAL;
    if (ix >= 0) return d->table.entries[ix].value;
    Value dflt = argc > 2 ? argv[2] : NONE_VAL;
    insert_new(vm, &d->table, argv[1], hash, dflt);
    return dflt;
}

static Value dict_update_m(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    SELF("update");
    if (argc > 1 && !dict_update(vm, d, argv[1])) return ERR_VAL;
    uint32_t nkw = kwnames ? kwnames->len : 0;
    for (uint32_t i = 0; i < nkw; i++)
        if (!dict_set(vm, d, kwnames->items[i], argv[argc + i])) return ERR_VAL;
    return NONE_VAL;
}

static Value dict_copy_m(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    SELF("copy");
    return dict_copy(vm, d);
}

static Value dict_clear_m(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    SELF("clear");
    table_free(vm, &d->table);
    return NONE_VAL;
}

/* dict.fromkeys(iterable, value=None), a classmethod: it always builds a plain dict.
 * Called through an instance, argv[0] is that dict; called through the class, argv[0] is
 * the class when the VM passes it, else the call arrives without a receiver. So a class or
 * dict first argument with more arguments after it is taken as the receiver. */
static Value dict_fromkeys_m(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    (void)kwnames;
    int first = argc >= 2 && (IS_CLASS(argv[0]) || IS_DICT(argv[0])) ? 1 : 0;
    int n = argc - first;
    if (n < 1) return vm_raise(vm, EXC_TypeError, "fromkeys expected at least 1 argument, got 0");
    if (n > 2)
        return vm_raise(vm, EXC_TypeError, "fromkeys expected at most 2 arguments, got %d", n);
    Value value = n > 1 ? argv[first + 1] : NONE_VAL;
    ObjDict *d = dict_new(vm);
    Value src = argv[first];
    if (IS_DICT(src) || set_is_any(src)) {
        Table *t = IS_DICT(src) ? &AS_DICT(src)->table : &AS_SET(src)->table;
        for (uint32_t j = 0; j < t->nentries; j++)
            if (t->entries[j].key != UNDEF_VAL)
                insert_new(vm, &d->table, t->entries[j].key, t->entries[j].hash, value);
        return OBJ_VAL(d);
    }
    Value it = op_iter(vm, src);
    if (IS_ERR(it)) return ERR_VAL;
    GcMark mark = gc_mark(vm);
    for (;;) {
        gc_release(vm, mark, UNDEF_VAL); /* the turn's garbage goes */
        Value k = op_next(vm, it);
        if (IS_UNDEF(k)) return OBJ_VAL(d);
        if (IS_ERR(k) || !dict_set(vm, d, k, value)) return ERR_VAL;
    }
}

const MethodDef dict_methods[] = {
    {"get", dict_get_m, 2, 3, false},
    {"keys", dict_keys_m, 1, 1, false},
    {"values", dict_values_m, 1, 1, false},
    {"items", dict_items_m, 1, 1, false},
    {"pop", dict_pop_m, 2, 3, false},
    {"popitem", dict_popitem_m, 1, 1, false},
    {"setdefault", dict_setdefault_m, 2, 3, false},
    {"update", dict_update_m, 1, 2, true},
    {"copy", dict_copy_m, 1, 1, false},
    {"clear", dict_clear_m, 1, 1, false},
    {"fromkeys", dict_fromkeys_m, 1, 3, false},
    {NULL, NULL, 0, 0, false},
};
