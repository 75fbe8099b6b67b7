/* set.c — set and frozenset as CPython 3.11's Objects/setobject.c builds them: one open-addressing
 * table probed linearly then by perturbation, dummies on deletion, the same resize policy and the
 * same construction order in every operation, so sets iterate, print and pop in CPython's order
 * whenever their elements' hashes are deterministic (ints, floats, tuples of them, frozensets). */
#include <inttypes.h>

#include "containers.h"
#include "str.h"

/* How a set keeps CPython's table inside object.h's Table (which the GC and the iterators read):
 *   entries    NULL while the set has never held anything (it then acts as 8 empty slots), else
 *              mask + 1 slots followed by one bookkeeping entry;
 *   nentries   mask + 1, the slot count, so loops over entries[0 .. nentries) visit every slot
 *              in slot order, which is CPython's iteration order;
 *   entry_cap  mask + 2, the entries allocated (table_free frees exactly these);
 *   count      `used`, the live elements;
 *   index      always NULL, so table_free ignores index_size, which holds pop()'s `finger`;
 *   entries[nentries].hash   `fill`, live plus dummy slots (the bookkeeping entry's key is UNDEF).
 * A live slot has its key and hash (value NONE_VAL); an empty slot has key UNDEF_VAL and hash 0; a
 * dummy (deleted) slot key UNDEF_VAL and hash -1, a hash no key has. Everything that skips UNDEF
 * keys therefore sees exactly the live elements. */
#define SET_MINSIZE 8
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5
#define DUMMY_HASH (-1)

static inline bool is_live(const TableEntry *e) { return e->key != UNDEF_VAL; }
static inline bool is_empty(const TableEntry *e) { return e->key == UNDEF_VAL && e->hash == 0; }
static inline bool is_dummy(const TableEntry *e) { return e->key == UNDEF_VAL && e->hash == DUMMY_HASH; }
static inline uint64_t nslots(const Table *t) { return t->entries ? t->nentries : SET_MINSIZE; }
static inline uint64_t mask_of(const Table *t) { return nslots(t) - 1; }
static inline uint64_t fill_of(const Table *t) {
    return t->entries ? (uint64_t)t->entries[t->nentries].hash : 0;
}
static inline void set_fill(Table *t, uint64_t fill) { t->entries[t->nentries].hash = (int64_t)fill; }

static TableEntry *new_slots(VM *vm, uint64_t n) {
    TableEntry *e = GC_NEW_ARRAY(vm, TableEntry, n + 1);
    for (uint64_t i = 0; i <= n; i++) {
        e[i].key = UNDEF_VAL;
        e[i].value = NONE_VAL;
        e[i].hash = 0;
    }
    return e;
}

/* Makes slots (n of them, fill 0) the table's storage, freeing the old; used and finger stay. */
static void install(VM *vm, Table *t, TableEntry *slots, uint64_t n) {
    if (t->entries) GC_FREE_ARRAY(vm, TableEntry, t->entries, t->entry_cap);
    t->entries = slots;
    t->nentries = (uint32_t)n;
    t->entry_cap = (uint32_t)n + 1;
}

static void ensure_slots(VM *vm, Table *t) {
    if (!t->entries) install(vm, t, new_slots(vm, SET_MINSIZE), SET_MINSIZE);
}

/* ---- probing: set_insert_clean, set_table_resize, set_lookkey, set_add_entry ---- */

/* Places a key known to be absent into a table without dummies. */
static void insert_clean(TableEntry *table, uint64_t mask, Value key, int64_t hash) {
    uint64_t perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    TableEntry *e;
    for (;;) {
        e = &table[i];
        if (e->key == UNDEF_VAL) break;
        if (i + LINEAR_PROBES <= mask) {
            int j;
            for (j = 0; j < LINEAR_PROBES; j++) {
                e++;
                if (e->key == UNDEF_VAL) break;
            }
            if (j < LINEAR_PROBES) break;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
    e->key = key;
    e->hash = hash;
}

/* Rebuilds the table with the smallest power-of-two size > minused (at least 8), dropping dummies.
 * Like CPython, an 8-slot table that would stay at 8 slots with no dummies is left alone. */
static void resize(VM *vm, Table *t, uint64_t minused) {
    uint64_t newsize = SET_MINSIZE;
    while (newsize <= minused) newsize <<= 1;
    uint64_t used = t->count;
    if (newsize == SET_MINSIZE && nslots(t) == SET_MINSIZE && fill_of(t) == used) return;
    TableEntry *slots = new_slots(vm, newsize);
    if (t->entries)
        for (uint32_t j = 0; j < t->nentries; j++)
            if (is_live(&t->entries[j]))
                insert_clean(slots, newsize - 1, t->entries[j].key, t->entries[j].hash);
    install(vm, t, slots, newsize);
    set_fill(t, used);
}

/* Compares the live key in slot j (whose hash equals key's) with key: 1/0/-1. *changed says an
 * __eq__ replaced the table or that slot, after which the probe starts over. */
static int slot_matches(VM *vm, Table *t, uint64_t j, Value key, bool *changed) {
    Value start = t->entries[j].key;
    *changed = false;
    /* Keys that share a hash: 40,000 of them make a quadratic amount of this work. */
    VM_DEBIT(vm, 1);
    if (start == key) return 1;
    if (IS_STR(start) && IS_STR(key)) return str_equal(AS_STR(start), AS_STR(key));
    if (IS_INT(start) && IS_INT(key)) return 0; /* immediates: equal ints have equal bits */
    TableEntry *table = t->entries;
    int eq = op_eq(vm, start, key);
    if (eq < 0) return -1;
    *changed = t->entries != table || t->entries[j].key != start;
    return eq;
}

/* The slot holding key; -1 when absent, -2 when a comparison raised. */
static int64_t lookkey(VM *vm, Table *t, Value key, int64_t hash) {
restart:
    if (!t->entries) return -1;
    uint64_t mask = t->nentries - 1;
    uint64_t perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    for (;;) {
        uint64_t j = i;
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            const TableEntry *e = &t->entries[j];
            if (is_empty(e)) return -1;
            if (is_live(e) && e->hash == hash) {
                bool changed;
                int eq = slot_matches(vm, t, j, key, &changed);
                if (eq < 0) return -2;
                if (changed) goto restart;
                if (eq) return (int64_t)j;
            }
            j++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* Adds key (with its hash) unless an equal key is present; false after an error. The last dummy
 * on the probe path is reused, as in CPython 3.11. */
static bool add_entry(VM *vm, Table *t, Value key, int64_t hash) {
    uint64_t mask, j;
    int64_t freeslot;
restart:
    ensure_slots(vm, t);
    mask = t->nentries - 1;
    freeslot = -1;
    {
        uint64_t perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
        for (;;) {
            j = i;
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            do {
                const TableEntry *e = &t->entries[j];
                if (is_empty(e)) goto found_unused_or_dummy;
                if (is_live(e) && e->hash == hash) {
                    bool changed;
                    int eq = slot_matches(vm, t, j, key, &changed);
                    if (eq > 0) return true;
                    if (eq < 0) return false;
                    if (changed) goto restart;
                    mask = t->nentries - 1;
                } else if (is_dummy(e)) {
                    freeslot = (int64_t)j;
                }
                j++;
            } while (probes--);
            perturb >>= PERTURB_SHIFT;
            i = (i * 5 + 1 + perturb) & mask;
        }
    }
found_unused_or_dummy:
    if (freeslot >= 0) {
        t->entries[freeslot].key = key;
        t->entries[freeslot].hash = hash;
        t->count++;
        return true;
    }
    t->entries[j].key = key;
    t->entries[j].hash = hash;
    uint64_t fill = fill_of(t) + 1;
    set_fill(t, fill);
    t->count++;
    if (fill * 5 < mask * 3) return true;
    uint64_t used = t->count;
    resize(vm, t, used > 50000 ? used * 2 : used * 4);
    return true;
}

static bool add_key(VM *vm, ObjSet *s, Value key) {
    int64_t hash;
    if (!table_hash(vm, key, &hash)) return false;
    return add_entry(vm, &s->table, key, hash);
}

/* 1 present, 0 absent, -1 error. */
static int contains_entry(VM *vm, ObjSet *s, Value key, int64_t hash) {
    int64_t j = lookkey(vm, &s->table, key, hash);
    return j >= 0 ? 1 : j == -1 ? 0 : -1;
}

static int contains_key(VM *vm, ObjSet *s, Value key) {
    int64_t hash;
    if (!table_hash(vm, key, &hash)) return -1;
    return contains_entry(vm, s, key, hash);
}

/* Turns key's slot into a dummy: 1 removed, 0 absent, -1 error. */
static int discard_entry(VM *vm, ObjSet *s, Value key, int64_t hash) {
    int64_t j = lookkey(vm, &s->table, key, hash);
    if (j < 0) return j == -1 ? 0 : -1;
    s->table.entries[j].key = UNDEF_VAL;
    s->table.entries[j].hash = DUMMY_HASH;
    s->table.count--;
    return 1;
}

static int discard_key(VM *vm, ObjSet *s, Value key) {
    int64_t hash;
    if (!table_hash(vm, key, &hash)) return -1;
    return discard_entry(vm, s, key, hash);
}

/* set_clear_internal: back to 8 empty slots. pop()'s finger survives, as in CPython. */
static void clear_set(VM *vm, ObjSet *s) {
    uint32_t finger = s->table.index_size;
    table_free(vm, &s->table);
    s->table.index_size = finger;
}

/* set_swap_bodies: exchanges the tables (fill, used, size, slots) but not the fingers. */
static void swap_bodies(ObjSet *a, ObjSet *b) {
    Table ta = a->table, tb = b->table;
    uint32_t fa = ta.index_size, fb = tb.index_size;
    a->table = tb;
    a->table.index_size = fa;
    b->table = ta;
    b->table.index_size = fb;
}

/* ---- building: set_merge, set_update_internal, make_new_set ---- */

ObjSet *set_new(VM *vm, bool frozen) {
    ObjSet *s = (ObjSet *)obj_alloc(vm, frozen ? OBJ_FROZENSET : OBJ_SET, sizeof(ObjSet));
    table_init(&s->table);
    return s;
}

bool set_is_any(Value v) { return IS_KIND(v, OBJ_SET) || IS_KIND(v, OBJ_FROZENSET); }

static bool is_frozen(const ObjSet *s) { return s->obj.kind == OBJ_FROZENSET; }

/* PyDict_CheckExact: the shortcuts that read a dict's table skip user subclasses of dict. */
static bool is_exact_dict(Value v) { return IS_DICT(v) && !IS_SUBCLASSED(v); }

static bool merge(VM *vm, ObjSet *so, ObjSet *other) {
    Table *t = &so->table, *o = &other->table;
    if (so == other || o->count == 0) return true;
    /* One big resize first, expecting few overlapping keys. */
    if ((fill_of(t) + o->count) * 5 >= mask_of(t) * 3)
        resize(vm, t, ((uint64_t)t->count + o->count) * 2);
    ensure_slots(vm, t);
    if (fill_of(t) == 0 && mask_of(t) == mask_of(o) && fill_of(o) == o->count) {
        /* Empty target of the same size and no dummies to drop: copy slot by slot. */
        for (uint32_t j = 0; j < o->nentries; j++)
            if (is_live(&o->entries[j])) {
                t->entries[j].key = o->entries[j].key;
                t->entries[j].hash = o->entries[j].hash;
            }
        set_fill(t, fill_of(o));
        t->count = o->count;
        return true;
    }
    if (fill_of(t) == 0) {
        uint64_t mask = mask_of(t);
        set_fill(t, o->count);
        t->count = o->count;
        for (uint32_t j = 0; j < o->nentries; j++)
            if (is_live(&o->entries[j]))
                insert_clean(t->entries, mask, o->entries[j].key, o->entries[j].hash);
        return true;
    }
    /* Duplicates are possible: ordinary insertions (an __eq__ may change other, so re-read). */
    for (uint32_t j = 0; j < o->nentries; j++) {
        TableEntry e = o->entries[j];
        if (is_live(&e) && !add_entry(vm, t, e.key, e.hash)) return false;
    }
    return true;
}

bool set_update(VM *vm, ObjSet *s, Value iterable) {
    if (set_is_any(iterable)) return merge(vm, s, AS_SET(iterable));
    if (is_exact_dict(iterable)) {
        Table *t = &s->table, *d = &AS_DICT(iterable)->table;
        uint64_t dictsize = d->count;
        if ((fill_of(t) + dictsize) * 5 >= mask_of(t) * 3)
            resize(vm, t, ((uint64_t)t->count + dictsize) * 2);
        for (uint32_t j = 0; j < d->nentries; j++) {
            TableEntry e = d->entries[j];
            if (e.key != UNDEF_VAL && !add_entry(vm, t, e.key, e.hash)) return false;
        }
        return true;
    }
    Value it = op_iter(vm, iterable);
    if (IS_ERR(it)) return false;
    GcMark mark = gc_mark(vm);
    for (;;) {
        gc_release(vm, mark, UNDEF_VAL); /* the turn's garbage goes */
        Value x = op_next(vm, it);
        if (IS_UNDEF(x)) return true;
        if (IS_ERR(x) || !add_key(vm, s, x)) return false;
    }
}

/* make_new_set: a new set or frozenset holding iterable's elements. */
static ObjSet *make_new(VM *vm, bool frozen, Value iterable) {
    ObjSet *s = set_new(vm, frozen);
    return set_update(vm, s, iterable) ? s : NULL;
}

/* set_copy: a fresh table of s's kind (frozenset.copy() shares instead: see set_copy_m). */
static ObjSet *copy_set(VM *vm, ObjSet *s) { return make_new(vm, is_frozen(s), OBJ_VAL(s)); }

bool set_add(VM *vm, ObjSet *s, Value v) { return add_key(vm, s, v); }

/* A set used as a key (`{1} in s`, s.remove({1})) is looked up as the equal frozenset, as
 * CPython does after the TypeError "unhashable type: 'set'". NULL: not that case. */
static ObjSet *frozen_retry(VM *vm, Value v) {
    if (!IS_SET(v) || !vm_exc_matches(vm, EXC_TypeError)) return NULL;
    vm_clear_exc(vm);
    return make_new(vm, true, v);
}

int set_contains(VM *vm, ObjSet *s, Value v) {
    int r = contains_key(vm, s, v);
    if (r >= 0) return r;
    ObjSet *tmp = frozen_retry(vm, v);
    return tmp ? contains_key(vm, s, OBJ_VAL(tmp)) : -1;
}

/* {1, 2} for a set; frozenset({1}), S({1}), S() for a frozenset and for user subclasses, which
 * CPython names by their type. */
Value set_repr(VM *vm, ObjSet *s) {
    const char *type = s->cls ? s->cls->name->chars : is_frozen(s) ? "frozenset" : NULL;
    int g = repr_enter(vm, OBJ_VAL(s));
    if (g < 0) return ERR_VAL;
    StrBuf sb;
    sb_init(&sb);
    if (g || s->table.count == 0) {
        sb_append_cstr(&sb, type ? type : "set");
        sb_append_cstr(&sb, g ? "(...)" : "()");
        if (!g) repr_leave(vm);
        return sb_finish(vm, &sb);
    }
    if (type) {
        sb_append_cstr(&sb, type);
        sb_append_cstr(&sb, "(");
    }
    sb_append_cstr(&sb, "{");
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
    sb_append_cstr(&sb, type ? "})" : "}");
    repr_leave(vm);
    return sb_finish(vm, &sb);
}

/* ---- the algebra, each as its CPython function ---- */

/* set_intersection: walks the smaller set (other when sizes tie), keeping the walked keys. */
static ObjSet *intersection(VM *vm, ObjSet *so, Value other) {
    if (set_is_any(other) && AS_SET(other) == so) return copy_set(vm, so);
    ObjSet *result = set_new(vm, is_frozen(so));
    if (set_is_any(other)) {
        ObjSet *probe = so, *walk = AS_SET(other);
        if (walk->table.count > probe->table.count) probe = walk, walk = so;
        for (uint32_t j = 0; j < walk->table.nentries; j++) {
            TableEntry e = walk->table.entries[j];
            if (!is_live(&e)) continue;
            int rv = contains_entry(vm, probe, e.key, e.hash);
            if (rv < 0) return NULL;
            if (rv && !add_entry(vm, &result->table, e.key, e.hash)) return NULL;
        }
        return result;
    }
    Value it = op_iter(vm, other);
    if (IS_ERR(it)) return NULL;
    GcMark mark = gc_mark(vm);
    for (;;) {
        gc_release(vm, mark, UNDEF_VAL); /* the turn's garbage goes */
        Value x = op_next(vm, it);
        if (IS_UNDEF(x)) return result;
        if (IS_ERR(x)) return NULL;
        int64_t hash;
        if (!table_hash(vm, x, &hash)) return NULL;
        int rv = contains_entry(vm, so, x, hash);
        if (rv < 0) return NULL;
        if (rv) {
            if (!add_entry(vm, &result->table, x, hash)) return NULL;
            if (result->table.count >= so->table.count) return result;
        }
    }
}

/* set_intersection_multi: so & others[0] & ..., of so's kind. */
static ObjSet *intersection_multi(VM *vm, ObjSet *so, int n, Value *others) {
    if (n == 0) return copy_set(vm, so);
    ObjSet *r = so;
    for (int i = 0; i < n && r; i++) r = intersection(vm, r, others[i]);
    return r;
}

/* set_difference_update_internal: so -= other, then purge dummies if over a quarter. */
static bool difference_update(VM *vm, ObjSet *so, Value other) {
    if (set_is_any(other) && AS_SET(other) == so) {
        clear_set(vm, so);
        return true;
    }
    if (set_is_any(other)) {
        ObjSet *o = AS_SET(other);
        /* When other is more than 8 times larger, walk its intersection with so instead. */
        if ((o->table.count >> 3) > so->table.count) {
            o = intersection(vm, so, other);
            if (!o) return false;
        }
        for (uint32_t j = 0; j < o->table.nentries; j++) {
            TableEntry e = o->table.entries[j];
            if (is_live(&e) && discard_entry(vm, so, e.key, e.hash) < 0) return false;
        }
    } else {
        Value it = op_iter(vm, other);
        if (IS_ERR(it)) return false;
        GcMark mark = gc_mark(vm);
        for (;;) {
            gc_release(vm, mark, UNDEF_VAL); /* the turn's garbage goes */
            Value x = op_next(vm, it);
            if (IS_UNDEF(x)) break;
            if (IS_ERR(x) || discard_key(vm, so, x) < 0) return false;
        }
    }
    Table *t = &so->table;
    if (fill_of(t) - t->count <= mask_of(t) / 4) return true;
    uint64_t used = t->count;
    resize(vm, t, used > 50000 ? used * 2 : used * 4);
    return true;
}

static ObjSet *copy_and_difference(VM *vm, ObjSet *so, Value other) {
    ObjSet *r = copy_set(vm, so);
    return r && difference_update(vm, r, other) ? r : NULL;
}

/* set_difference: a fresh set of so's keys not in other, or a copy with other's keys removed
 * when other is not a set or dict, or much smaller than so. */
static ObjSet *difference(VM *vm, ObjSet *so, Value other) {
    uint64_t other_size;
    if (set_is_any(other))
        other_size = AS_SET(other)->table.count;
    else if (is_exact_dict(other))
        other_size = AS_DICT(other)->table.count;
    else
        return copy_and_difference(vm, so, other);
    if ((so->table.count >> 2) > other_size) return copy_and_difference(vm, so, other);
    ObjSet *result = set_new(vm, is_frozen(so));
    for (uint32_t j = 0; j < so->table.nentries; j++) {
        TableEntry e = so->table.entries[j];
        if (!is_live(&e)) continue;
        int rv;
        if (!set_is_any(other)) {
            int32_t ix = table_find(vm, &AS_DICT(other)->table, e.key, e.hash);
            rv = ix >= 0 ? 1 : ix == -1 ? 0 : -1;
        } else {
            rv = contains_entry(vm, AS_SET(other), e.key, e.hash);
        }
        if (rv < 0) return NULL;
        if (!rv && !add_entry(vm, &result->table, e.key, e.hash)) return NULL;
    }
    return result;
}

/* Removes key if present, else adds it. */
static bool toggle_entry(VM *vm, ObjSet *so, Value key, int64_t hash) {
    int rv = discard_entry(vm, so, key, hash);
    if (rv < 0) return false;
    return rv || add_entry(vm, &so->table, key, hash);
}

/* set_symmetric_difference_update: so ^= other, walking other (as a set: duplicates toggle once). */
static bool symmetric_difference_update(VM *vm, ObjSet *so, Value other) {
    if (set_is_any(other) && AS_SET(other) == so) {
        clear_set(vm, so);
        return true;
    }
    if (is_exact_dict(other)) {
        Table *d = &AS_DICT(other)->table;
        for (uint32_t j = 0; j < d->nentries; j++) {
            TableEntry e = d->entries[j];
            if (e.key != UNDEF_VAL && !toggle_entry(vm, so, e.key, e.hash)) return false;
        }
        return true;
    }
    ObjSet *o = set_is_any(other) ? AS_SET(other) : make_new(vm, is_frozen(so), other);
    if (!o) return false;
    for (uint32_t j = 0; j < o->table.nentries; j++) {
        TableEntry e = o->table.entries[j];
        if (is_live(&e) && !toggle_entry(vm, so, e.key, e.hash)) return false;
    }
    return true;
}

/* set_symmetric_difference: other's elements (as so's kind), toggled by so's. */
static ObjSet *symmetric_difference(VM *vm, ObjSet *so, Value other) {
    ObjSet *r = make_new(vm, is_frozen(so), other);
    return r && symmetric_difference_update(vm, r, OBJ_VAL(so)) ? r : NULL;
}

/* set_union / set_or: a copy of so updated by each operand other than so itself. */
static ObjSet *union_multi(VM *vm, ObjSet *so, int n, Value *others) {
    ObjSet *r = copy_set(vm, so);
    for (int i = 0; i < n && r; i++)
        if (!(set_is_any(others[i]) && AS_SET(others[i]) == so) && !set_update(vm, r, others[i]))
            return NULL;
    return r;
}

/* set_issubset for two sets: 1/0/-1. */
static int is_subset(VM *vm, ObjSet *a, ObjSet *b) {
    if (a->table.count > b->table.count) return 0;
    for (uint32_t j = 0; j < a->table.nentries; j++) {
        TableEntry e = a->table.entries[j];
        if (!is_live(&e)) continue;
        int rv = contains_entry(vm, b, e.key, e.hash);
        if (rv <= 0) return rv;
    }
    return 1;
}

/* ---- dict.keys() and dict.items() in | & - ^ (Objects/dictobject.c's dictviews_*) ---- */

static bool is_set_view(Value v) {
    return IS_KIND(v, OBJ_DICT_VIEW) && ((ObjDictView *)AS_OBJ(v))->view_kind != VIEW_VALUES;
}

static bool is_view_of(Value v, ViewKind kind) {
    return IS_KIND(v, OBJ_DICT_VIEW) && ((ObjDictView *)AS_OBJ(v))->view_kind == kind;
}

/* dictviews_to_set: a keys view goes through its dict (set()'s presized dict path). */
static ObjSet *view_to_set(VM *vm, Value v) {
    if (is_view_of(v, VIEW_KEYS) && is_exact_dict(OBJ_VAL(((ObjDictView *)AS_OBJ(v))->dict)))
        v = OBJ_VAL(((ObjDictView *)AS_OBJ(v))->dict);
    return make_new(vm, false, v);
}

/* _PyDictView_Intersect. */
static ObjSet *view_intersect(VM *vm, Value self, Value other) {
    if (!is_set_view(self)) {
        Value tmp = self;
        self = other;
        other = tmp;
    }
    uint32_t len_self = ((ObjDictView *)AS_OBJ(self))->dict->table.count;
    if (IS_SET(other) && !IS_SUBCLASSED(other) && len_self <= AS_SET(other)->table.count)
        return intersection(vm, AS_SET(other), self);
    if (is_set_view(other) && ((ObjDictView *)AS_OBJ(other))->dict->table.count > len_self) {
        Value tmp = self;
        self = other;
        other = tmp;
    }
    ObjSet *result = set_new(vm, false);
    Value it = op_iter(vm, other);
    if (IS_ERR(it)) return NULL;
    GcMark mark = gc_mark(vm);
    for (;;) {
        gc_release(vm, mark, UNDEF_VAL); /* the turn's garbage goes */
        Value x = op_next(vm, it);
        if (IS_UNDEF(x)) return result;
        if (IS_ERR(x)) return NULL;
        int rv = dict_view_contains(vm, (ObjDictView *)AS_OBJ(self), x);
        if (rv < 0 || (rv && !add_key(vm, result, x))) return NULL;
    }
}

/* dictitems_xor: the pairs of b not in a (in b's order), then a's remaining pairs. */
static ObjSet *items_xor(VM *vm, ObjDict *a, ObjDict *b) {
    Value tv = dict_copy(vm, a);
    if (IS_ERR(tv)) return NULL;
    ObjDict *temp = AS_DICT(tv);
    ObjSet *result = set_new(vm, false);
    for (uint32_t j = 0; j < b->table.nentries; j++) {
        TableEntry e = b->table.entries[j];
        if (e.key == UNDEF_VAL) continue;
        Value v1;
        int found = dict_get(vm, temp, e.key, &v1);
        if (found < 0) return NULL;
        int same = 0;
        if (found) {
            same = seq_item_eq(vm, v1, e.value);
            if (same < 0) return NULL;
        }
        if (same) {
            if (dict_delete(vm, temp, e.key) < 0) return NULL;
        } else {
            Value pair[2] = {e.key, e.value};
            if (!add_key(vm, result, tuple_from(vm, 2, pair))) return NULL;
        }
    }
    Value rest = dict_view_new(vm, temp, VIEW_ITEMS);
    return set_update(vm, result, rest) ? result : NULL;
}

static ObjSet *view_binary(VM *vm, BinOp op, Value a, Value b) {
    ObjSet *r;
    switch (op) {
    case BIN_AND: return view_intersect(vm, a, b);
    case BIN_OR:
        r = view_to_set(vm, a);
        return r && set_update(vm, r, b) ? r : NULL;
    case BIN_SUB:
        r = view_to_set(vm, a);
        return r && difference_update(vm, r, b) ? r : NULL;
    case BIN_XOR:
        if (is_view_of(a, VIEW_ITEMS) && is_view_of(b, VIEW_ITEMS))
            return items_xor(vm, ((ObjDictView *)AS_OBJ(a))->dict, ((ObjDictView *)AS_OBJ(b))->dict);
        r = view_to_set(vm, a);
        return r && symmetric_difference_update(vm, r, b) ? r : NULL;
    default: return NULL;
    }
}

Value set_binary(VM *vm, BinOp op, Value a, Value b) {
    static const char *const symbols[BIN_COUNT] = {"+",  "-",  "*", "@", "/", "%", "**",
                                                   "<<", ">>", "|", "^", "&", "//"};
    bool setop = op == BIN_OR || op == BIN_AND || op == BIN_SUB || op == BIN_XOR;
    if (setop && set_is_any(a) && set_is_any(b)) {
        ObjSet *so = AS_SET(a), *r = NULL;
        switch (op) {
        case BIN_OR: r = union_multi(vm, so, 1, &b); break;
        case BIN_AND: r = intersection(vm, so, b); break;
        case BIN_SUB: r = difference(vm, so, b); break;
        case BIN_XOR: r = symmetric_difference(vm, so, b); break;
        default: break;
        }
        return r ? OBJ_VAL(r) : ERR_VAL;
    }
    if (setop && (is_set_view(a) || is_set_view(b))) {
        ObjSet *r = view_binary(vm, op, a, b);
        return r ? OBJ_VAL(r) : ERR_VAL;
    }
    return vm_raise(vm, EXC_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
                    (unsigned)op < BIN_COUNT ? symbols[op] : "?", vm_type_name(vm, a),
                    vm_type_name(vm, b));
}

Value set_inplace(VM *vm, BinOp op, Value a, Value b) {
    if (!IS_SET(a) || !set_is_any(b)) return set_binary(vm, op, a, b);
    ObjSet *so = AS_SET(a);
    bool ok;
    switch (op) {
    case BIN_OR: ok = set_update(vm, so, b); break;
    case BIN_SUB: ok = difference_update(vm, so, b); break;
    case BIN_XOR: ok = symmetric_difference_update(vm, so, b); break;
    case BIN_AND: {
        ObjSet *tmp = intersection(vm, so, b);
        ok = tmp != NULL;
        if (ok) swap_bodies(so, tmp);
        break;
    }
    default: return set_binary(vm, op, a, b);
    }
    return ok ? a : ERR_VAL;
}

Value set_const_display(VM *vm, uint32_t n, const Value *items) {
    /* The compiler folds the display into frozenset(items); merging the code's constants then
     * rebuilds that frozenset from its own iteration order. */
    ObjSet *folded = set_new(vm, true);
    for (uint32_t i = 0; i < n; i++)
        if (!add_key(vm, folded, items[i])) return ERR_VAL;
    ObjSet *merged = set_new(vm, true);
    for (uint32_t j = 0; j < folded->table.nentries; j++) {
        TableEntry e = folded->table.entries[j];
        if (is_live(&e) && !add_entry(vm, &merged->table, e.key, e.hash)) return ERR_VAL;
    }
    return OBJ_VAL(merged);
}

static int compare_sets(VM *vm, CmpOp op, ObjSet *a, ObjSet *b) {
    int r;
    switch (op) {
    case CMP_EQ: return a->table.count == b->table.count ? is_subset(vm, a, b) : 0;
    case CMP_NE:
        if (a->table.count != b->table.count) return 1;
        r = is_subset(vm, a, b);
        return r < 0 ? -1 : !r;
    case CMP_LE: return is_subset(vm, a, b);
    case CMP_GE: return is_subset(vm, b, a);
    case CMP_LT: return a->table.count < b->table.count ? is_subset(vm, a, b) : 0;
    case CMP_GT: return b->table.count < a->table.count ? is_subset(vm, b, a) : 0;
    }
    return 0;
}

int set_compare(VM *vm, CmpOp op, ObjSet *a, ObjSet *b) {
    /* Elements are compared with ==, which recurses into nested frozensets. */
    if (!nest_enter(vm, " in comparison")) return -1;
    int r = compare_sets(vm, op, a, b);
    nest_leave(vm);
    return r;
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
        if (is_live(&s->table.entries[j])) hash ^= shuffle_bits((uint64_t)s->table.entries[j].hash);
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

static inline Value result_of(ObjSet *r) { return r ? OBJ_VAL(r) : ERR_VAL; }

static Value set_add_m(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    SELF("add", true);
    return add_key(vm, s, argv[1]) ? NONE_VAL : ERR_VAL;
}

/* discard_key with the frozenset retry for set keys: 1/0/-1. */
static int discard_any(VM *vm, ObjSet *s, Value key) {
    int r = discard_key(vm, s, key);
    if (r >= 0) return r;
    ObjSet *tmp = frozen_retry(vm, key);
    return tmp ? discard_key(vm, s, OBJ_VAL(tmp)) : -1;
}

static Value set_remove_m(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    SELF("remove", true);
    int r = discard_any(vm, s, argv[1]);
    if (r < 0) return ERR_VAL;
    return r ? NONE_VAL : vm_raise_arg(vm, EXC_KeyError, argv[1]);
}

static Value set_discard_m(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    SELF("discard", true);
    return discard_any(vm, s, argv[1]) < 0 ? ERR_VAL : NONE_VAL;
}

/* set_pop: the first live slot at or after the finger, wrapping around. */
static Value set_pop_m(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    SELF("pop", true);
    Table *t = &s->table;
    if (t->count == 0) return vm_raise_arg(vm, EXC_KeyError, str_value(vm, "pop from an empty set"));
    uint64_t mask = mask_of(t), j = t->index_size & mask;
    while (!is_live(&t->entries[j])) j = j == mask ? 0 : j + 1;
    Value key = t->entries[j].key;
    t->entries[j].key = UNDEF_VAL;
    t->entries[j].hash = DUMMY_HASH;
    t->count--;
    t->index_size = (uint32_t)(j + 1);
    return key;
}

static Value set_clear_m(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    SELF("clear", true);
    clear_set(vm, s);
    return NONE_VAL;
}

static Value set_copy_m(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    SELF("copy", false);
    if (is_frozen(s) && !s->cls) return argv[0]; /* immutable: share it */
    return result_of(copy_set(vm, s));
}

static Value set_update_m(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    SELF("update", true);
    for (int i = 1; i < argc; i++)
        if (!set_update(vm, s, argv[i])) return ERR_VAL;
    return NONE_VAL;
}

static Value set_union_m(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    SELF("union", false);
    return result_of(union_multi(vm, s, argc - 1, argv + 1));
}

static Value set_intersection_m(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    SELF("intersection", false);
    return result_of(intersection_multi(vm, s, argc - 1, argv + 1));
}

static Value set_intersection_update_m(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    SELF("intersection_update", true);
    ObjSet *r = intersection_multi(vm, s, argc - 1, argv + 1);
    if (!r) return ERR_VAL;
    if (r != s) swap_bodies(s, r);
    return NONE_VAL;
}

static Value set_difference_m(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    SELF("difference", false);
    if (argc == 1) return result_of(copy_set(vm, s));
    ObjSet *r = difference(vm, s, argv[1]);
    for (int i = 2; i < argc && r; i++)
        if (!difference_update(vm, r, argv[i])) r = NULL;
    return result_of(r);
}

static Value set_difference_update_m(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    SELF("difference_update", true);
    for (int i = 1; i < argc; i++)
        if (!difference_update(vm, s, argv[i])) return ERR_VAL;
    return NONE_VAL;
}

static Value set_symmetric_difference_m(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    SELF("symmetric_difference", false);
    return result_of(symmetric_difference(vm, s, argv[1]));
}

static Value set_symmetric_difference_update_m(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    SELF("symmetric_difference_update", true);
    return symmetric_difference_update(vm, s, argv[1]) ? NONE_VAL : ERR_VAL;
}

static Value set_issubset_m(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    SELF("issubset", false);
    ObjSet *o = set_is_any(argv[1]) ? AS_SET(argv[1]) : make_new(vm, false, argv[1]);
    if (!o) return ERR_VAL;
    int r = is_subset(vm, s, o);
    return r < 0 ? ERR_VAL : BOOL_VAL(r);
}

static Value set_issuperset_m(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    SELF("issuperset", false);
    if (set_is_any(argv[1])) {
        int r = is_subset(vm, AS_SET(argv[1]), s);
        return r < 0 ? ERR_VAL : BOOL_VAL(r);
    }
    Value it = op_iter(vm, argv[1]);
    if (IS_ERR(it)) return ERR_VAL;
    GcMark mark = gc_mark(vm);
    for (;;) {
        gc_release(vm, mark, UNDEF_VAL); /* the turn's garbage goes */
        Value x = op_next(vm, it);
        if (IS_UNDEF(x)) return TRUE_VAL;
        if (IS_ERR(x)) return ERR_VAL;
        int r = contains_key(vm, s, x);
        if (r <= 0) return r < 0 ? ERR_VAL : FALSE_VAL;
    }
}

static Value set_isdisjoint_m(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    SELF("isdisjoint", false);
    Value other = argv[1];
    if (set_is_any(other) && !IS_SUBCLASSED(other)) {
        ObjSet *probe = s, *walk = AS_SET(other);
        if (walk == s) return BOOL_VAL(s->table.count == 0);
        if (walk->table.count > probe->table.count) probe = walk, walk = s;
        for (uint32_t j = 0; j < walk->table.nentries; j++) {
            TableEntry e = walk->table.entries[j];
            if (!is_live(&e)) continue;
            int rv = contains_entry(vm, probe, e.key, e.hash);
            if (rv) return rv < 0 ? ERR_VAL : FALSE_VAL;
        }
        return TRUE_VAL;
    }
    Value it = op_iter(vm, other);
    if (IS_ERR(it)) return ERR_VAL;
    GcMark mark = gc_mark(vm);
    for (;;) {
        gc_release(vm, mark, UNDEF_VAL); /* the turn's garbage goes */
        Value x = op_next(vm, it);
        if (IS_UNDEF(x)) return TRUE_VAL;
        if (IS_ERR(x)) return ERR_VAL;
        int r = contains_key(vm, s, x);
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
