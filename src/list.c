/* list.c — the list type: a growable array of values with amortised O(1) append,
 * indexing and slicing (extended slices and slice assignment included), repr, a stable
 * merge sort, and the list methods. Every loop that can run Python code (op_eq, op_repr,
 * key functions) rereads len and items, because that code may mutate the list. */
#include <inttypes.h>
#include <stdlib.h>

#include "bigint.h"
#include "containers.h"
#include "str.h"

ObjList *list_new(VM *vm, uint32_t capacity) {
    ObjList *l = (ObjList *)obj_alloc(vm, OBJ_LIST, sizeof(ObjList));
    if (capacity) {
        l->items = GC_NEW_ARRAY(vm, Value, capacity);
        l->cap = capacity;
    }
    return l;
}

static void set_capacity(VM *vm, ObjList *l, uint32_t cap) {
    l->items = (Value *)gc_realloc(vm, l->items, sizeof(Value) * (size_t)l->cap,
                                   sizeof(Value) * (size_t)cap);
    l->cap = cap;
}

/* Room for `need` items, growing by 1.5x so appends are amortised O(1). False (with
 * MemoryError raised) only past the 32-bit length limit. */
static bool reserve(VM *vm, ObjList *l, uint64_t need) {
    if (need <= l->cap) return true;
    if (need > UINT32_MAX / 2) {
        op_no_memory(vm);
        return false;
    }
    uint64_t cap = (uint64_t)l->cap + (l->cap >> 1) + 4;
    if (cap < need) cap = need;
    if (cap > UINT32_MAX / 2) cap = UINT32_MAX / 2;
    /* The heap cap (EdgeConfig.heap_limit) applies to the growth of one list too. */
    if (!gc_reserve(vm, (cap - l->cap) * sizeof(Value))) return false;
    set_capacity(vm, l, (uint32_t)cap);
    return true;
}

void list_append(VM *vm, ObjList *l, Value v) {
    /* list_append cannot fail: it grows past the heap cap (the next safe point of the
     * interpreter raises MemoryError instead). */
    if (l->len == l->cap) {
        vm->heap_uncapped = true;
        reserve(vm, l, (uint64_t)l->len + 1);
        vm->heap_uncapped = false;
    }
    l->items[l->len++] = v;
}

/* Appends n values that live outside l's own array (or inside it: src is reread). */
static bool append_items(VM *vm, ObjList *l, const Value *src, uint32_t n, bool from_self) {
    uint32_t len = l->len;
    if (!reserve(vm, l, (uint64_t)len + n)) return false;
    if (from_self) src = l->items;
    if (n) memcpy(l->items + len, src, sizeof(Value) * n);
    l->len = len + n;
    return true;
}

bool list_extend(VM *vm, ObjList *l, Value iterable) {
    if (IS_LIST(iterable)) {
        ObjList *src = AS_LIST(iterable);
        return append_items(vm, l, src->items, src->len, src == l);
    }
    if (IS_TUPLE(iterable)) {
        ObjTuple *t = AS_TUPLE(iterable);
        return append_items(vm, l, t->items, t->len, false);
    }
    Value it = op_iter(vm, iterable);
    if (IS_ERR(it)) return false;
    GcMark mark = gc_mark(vm);
    for (;;) {
        gc_release(vm, mark, UNDEF_VAL); /* the list holds what the turn made */
        Value x = op_next(vm, it);
        if (IS_UNDEF(x)) return true;
        if (IS_ERR(x)) return false;
        if (l->len == l->cap && !reserve(vm, l, (uint64_t)l->len + 1)) return false;
        l->items[l->len++] = x;
    }
}

Value list_copy(VM *vm, ObjList *l) {
    ObjList *r = list_new(vm, l->len);
    if (l->len) memcpy(r->items, l->items, sizeof(Value) * l->len);
    r->len = l->len;
    return OBJ_VAL(r);
}

static bool list_index_of(VM *vm, ObjList *l, Value key, int64_t *out) {
    int64_t i;
    if (IS_INT(key)) {
        i = AS_INT(key);
    } else if (!op_index(vm, key, &i, "list indices must be integers or slices, not %s")) {
        return false;
    }
    if (i < 0) i += l->len;
    *out = i;
    return true;
}

/* s with its bounds converted to ints, so that slice_indices runs no Python code and can be
 * given the list's length as it is afterwards: a bound's __index__ may resize the list
 * (CPython likewise unpacks a slice before it adjusts it to the length). Step first, as
 * there, and nothing after a zero step, which slice_indices then reports. */
static bool plain_slice(VM *vm, ObjSlice *s, ObjSlice *plain) {
    *plain = *s;
    Value *bounds[3] = {&plain->step, &plain->start, &plain->stop};
    for (int i = 0; i < 3; i++) {
        Value v = *bounds[i];
        if (IS_NONE(v) || IS_INT(v) || IS_BOOL(v) || IS_BIGINT(v)) continue;
        int64_t x;
        if (!slice_index_value(vm, v, true, &x)) return false;
        *bounds[i] = int_from_int64(vm, x);
        if (i == 0 && x == 0) break;
    }
    return true;
}

/* slice_indices over l, its length read after any __index__ ran. */
static bool list_slice_indices(VM *vm, ObjList *l, ObjSlice *s, int64_t *start, int64_t *stop,
                               int64_t *step, int64_t *n) {
    ObjSlice plain;
    return plain_slice(vm, s, &plain) &&
           slice_indices(vm, &plain, l->len, start, stop, step, n);
}

Value list_getitem(VM *vm, ObjList *l, Value key) {
    if (IS_INT(key)) { /* the common case, inline */
        int64_t i = AS_INT(key);
        if (i < 0) i += l->len;
        if (i >= 0 && i < (int64_t)l->len) return l->items[i];
        return vm_raise(vm, EXC_IndexError, "list index out of range");
    }
    if (IS_KIND(key, OBJ_SLICE)) {
        int64_t start, stop, step, n;
        if (!list_slice_indices(vm, l, AS_SLICE(key), &start, &stop, &step, &n)) return ERR_VAL;
        ObjList *r = list_new(vm, (uint32_t)n);
        if (step == 1) {
            if (n) memcpy(r->items, l->items + start, sizeof(Value) * (size_t)n);
        } else {
            for (int64_t k = 0; k < n; k++) r->items[k] = l->items[start + k * step];
        }
        r->len = (uint32_t)n;
        return OBJ_VAL(r);
    }
    int64_t i;
    if (!list_index_of(vm, l, key, &i)) return ERR_VAL;
    if (i < 0 || i >= (int64_t)l->len)
        return vm_raise(vm, EXC_IndexError, "list index out of range");
    return l->items[i];
}

/* The right side of a slice assignment as a list of its items (a fresh one when it is the
 * target itself, so the copy is taken before the target changes). */
static ObjList *assigned_items(VM *vm, ObjList *target, Value v, bool extended) {
    if (IS_LIST(v) && AS_LIST(v) != target) return AS_LIST(v);
    if (IS_LIST(v)) return AS_LIST(list_copy(vm, target));
    Value it = op_iter(vm, v);
    if (IS_ERR(it)) {
        if (!vm_exc_matches(vm, EXC_TypeError)) return NULL;
        vm_clear_exc(vm);
        vm_raise(vm, EXC_TypeError,
                 extended ? "must assign iterable to extended slice"
                          : "can only assign an iterable");
        return NULL;
    }
    Value r = op_to_list(vm, it);
    return IS_ERR(r) ? NULL : AS_LIST(r);
}

static bool assign_slice(VM *vm, ObjList *l, ObjSlice *s, Value v) {
    int64_t start, stop, step, n;
    /* Indices first for their errors; again after consuming v, which may run Python code
     * (the bounds are plain ints by then, so no __index__ runs twice). */
    ObjSlice plain;
    if (!plain_slice(vm, s, &plain)) return false;
    if (!slice_indices(vm, &plain, l->len, &start, &stop, &step, &n)) return false;
    ObjList *src;
    if (IS_TUPLE(v)) {
        src = NULL;
    } else {
        src = assigned_items(vm, l, v, step != 1);
        if (!src) return false;
        if (!slice_indices(vm, &plain, l->len, &start, &stop, &step, &n)) return false;
    }
    const Value *items = src ? src->items : AS_TUPLE(v)->items;
    uint32_t m = src ? src->len : AS_TUPLE(v)->len;

    if (step == 1) {
        int64_t lo = start, hi = stop < start ? start : stop;
        int64_t d = (int64_t)m - (hi - lo);
        uint32_t len = l->len;
        /* items belong to another list or a tuple, so growing l cannot move them. */
        if (d > 0 && !reserve(vm, l, (uint64_t)len + (uint64_t)d)) return false;
        if (len > hi) memmove(l->items + lo + m, l->items + hi, sizeof(Value) * (size_t)(len - hi));
        if (m) memmove(l->items + lo, items, sizeof(Value) * m);
        l->len = (uint32_t)(len + d);
        return true;
    }
    if ((int64_t)m != n) {
        vm_raise(vm, EXC_ValueError,
                 "attempt to assign sequence of size %" PRIu32
                 " to extended slice of size %" PRId64,
                 m, n);
        return false;
    }
    for (int64_t k = 0; k < n; k++) l->items[start + k * step] = items[k];
    return true;
}

bool list_setitem(VM *vm, ObjList *l, Value key, Value v) {
    if (IS_KIND(key, OBJ_SLICE)) return assign_slice(vm, l, AS_SLICE(key), v);
    int64_t i;
    if (!list_index_of(vm, l, key, &i)) return false;
    if (i < 0 || i >= (int64_t)l->len) {
        vm_raise(vm, EXC_IndexError, "list assignment index out of range");
        return false;
    }
    l->items[i] = v;
    return true;
}

/* Gives memory back when a list has shrunk below a quarter of its capacity, keeping room
 * to grow by half again (the gap keeps alternating pops and appends from thrashing). */
static void maybe_shrink(VM *vm, ObjList *l) {
    if (l->cap > 16 && l->len < l->cap / 4) set_capacity(vm, l, l->len + (l->len >> 1) + 4);
}

static void delete_range(VM *vm, ObjList *l, uint32_t lo, uint32_t hi) {
    if (l->len > hi) memmove(l->items + lo, l->items + hi, sizeof(Value) * (l->len - hi));
    l->len -= hi - lo;
    maybe_shrink(vm, l);
}

bool list_delitem(VM *vm, ObjList *l, Value key) {
    if (IS_KIND(key, OBJ_SLICE)) {
        int64_t start, stop, step, n;
        if (!list_slice_indices(vm, l, AS_SLICE(key), &start, &stop, &step, &n)) return false;
        if (n <= 0) return true;
        if (step < 0) { /* the same items, visited upwards */
            start = start + step * (n - 1);
            step = -step;
        }
        if (step == 1) {
            delete_range(vm, l, (uint32_t)start, (uint32_t)(start + n));
            return true;
        }
        int64_t last = start + step * (n - 1);
        uint32_t w = (uint32_t)start;
        for (int64_t r = start; r < (int64_t)l->len; r++) {
            if (r <= last && (r - start) % step == 0) continue;
            l->items[w++] = l->items[r];
        }
        l->len = w;
        maybe_shrink(vm, l);
        return true;
    }
    int64_t i;
    if (!list_index_of(vm, l, key, &i)) return false;
    if (i < 0 || i >= (int64_t)l->len) {
        vm_raise(vm, EXC_IndexError, "list assignment index out of range");
        return false;
    }
    delete_range(vm, l, (uint32_t)i, (uint32_t)i + 1);
    return true;
}

Value list_repr(VM *vm, ObjList *l) {
    if (l->len == 0) return str_value(vm, "[]");
    int g = repr_enter(vm, OBJ_VAL(l));
    if (g < 0) return ERR_VAL;
    if (g) return str_value(vm, "[...]");
    StrBuf sb;
    sb_init(&sb);
    sb_append_char(&sb, '[');
    for (uint32_t i = 0; i < l->len; i++) {
        if (i) sb_append_cstr(&sb, ", ");
        Value r = op_repr(vm, l->items[i]);
        if (IS_ERR(r)) {
            sb_free(&sb);
            repr_leave(vm);
            return ERR_VAL;
        }
        sb_append_str(&sb, AS_STR(r));
    }
    sb_append_char(&sb, ']');
    repr_leave(vm);
    return sb_finish(vm, &sb);
}

/* ---- sorting: a stable merge sort over (key, value) pairs ----
 * Homogeneous keys (all small ints, all floats, all strs) compare without the protocol,
 * like CPython's unsafe_*_compare fast paths. */
typedef struct SortItem {
    Value key, value;
} SortItem;
typedef enum {
    KEYS_ANY,
    KEYS_INT,
    KEYS_FLOAT,
    KEYS_STR
} KeyKind;
typedef struct Sorter {
    VM *vm;
    KeyKind kind;
    SortItem *tmp;
} Sorter;

/* a < b: 1/0, -1 on error. */
static int sort_less(Sorter *s, Value a, Value b) {
    switch (s->kind) {
    case KEYS_INT:
        return AS_INT(a) < AS_INT(b);
    case KEYS_FLOAT:
        return AS_FLOAT(a) < AS_FLOAT(b);
    case KEYS_STR:
        return str_compare(AS_STR(a), AS_STR(b)) < 0;
    case KEYS_ANY:
        break;
    }
    return op_compare(s->vm, CMP_LT, a, b);
}

static bool insertion_sort(Sorter *s, SortItem *a, size_t n) {
    for (size_t i = 1; i < n; i++) {
        SortItem x = a[i];
        size_t j = i;
        while (j > 0) {
            int lt = sort_less(s, x.key, a[j - 1].key);
            if (lt < 0) {
                a[j] = x; /* keep every item in the array */
                return false;
            }
            if (!lt) break;
            a[j] = a[j - 1];
            j--;
        }
        a[j] = x;
    }
    return true;
}

static bool merge_sort(Sorter *s, SortItem *a, size_t n) {
    if (n <= 12) return insertion_sort(s, a, n);
    size_t mid = n / 2;
    if (!merge_sort(s, a, mid) || !merge_sort(s, a + mid, n - mid)) return false;
    int lt = sort_less(s, a[mid].key, a[mid - 1].key);
    if (lt <= 0) return lt == 0; /* already in order: sorted input costs O(n) */
    memcpy(s->tmp, a, sizeof(SortItem) * mid);
    size_t i = 0, j = mid, k = 0;
    while (i < mid && j < n) {
        lt = sort_less(s, a[j].key, s->tmp[i].key);
        if (lt < 0) break;
        a[k++] = lt ? a[j++] : s->tmp[i++]; /* ties take the left run: stable */
    }
    /* On error too, copy the rest of the left run back so no item is lost. */
    memcpy(a + k, s->tmp + i, sizeof(SortItem) * (mid - i));
    return lt >= 0;
}

static void reverse_items(SortItem *a, size_t n) {
    for (size_t i = 0, j = n; i + 1 < j; i++, j--) {
        SortItem t = a[i];
        a[i] = a[j - 1];
        a[j - 1] = t;
    }
}

static KeyKind key_kind(const SortItem *a, size_t n) {
    if (n == 0) return KEYS_ANY;
    Value k0 = a[0].key;
    KeyKind kind = IS_INT(k0)     ? KEYS_INT
                   : IS_FLOAT(k0) ? KEYS_FLOAT
                   : IS_STR(k0)   ? KEYS_STR
                                  : KEYS_ANY;
    for (size_t i = 1; i < n && kind != KEYS_ANY; i++) {
        Value k = a[i].key;
        if ((kind == KEYS_INT && !IS_INT(k)) || (kind == KEYS_FLOAT && !IS_FLOAT(k)) ||
            (kind == KEYS_STR && !IS_STR(k)))
            kind = KEYS_ANY;
    }
    return kind;
}

bool list_sort(VM *vm, ObjList *l, Value key, bool reverse) {
    uint32_t n = l->len;
    if (n < 2 && IS_NONE(key)) return true;
    SortItem *items = (SortItem *)malloc(sizeof(SortItem) * ((size_t)n + 1));
    SortItem *tmp = (SortItem *)malloc(sizeof(SortItem) * ((size_t)n / 2 + 1));
    if (!items || !tmp) {
        free(items);
        free(tmp);
        op_no_memory(vm);
        return false;
    }
    bool ok = true;
    /* As in CPython, the list looks empty while it is sorted: key functions and comparisons
     * see [], and what they add to it is dropped when the sort ends, with ValueError. The
     * values are pinned meanwhile (the list does not hold them), and the keys by op_call. */
    GcMark mark = gc_mark(vm);
    Value *saved = l->items;
    uint32_t saved_cap = l->cap;
    for (uint32_t i = 0; i < n; i++) items[i].key = items[i].value = gc_pin(vm, saved[i]);
    l->items = NULL;
    l->len = l->cap = 0;
    if (!IS_NONE(key)) {
        for (uint32_t i = 0; i < n && ok; i++) {
            Value k = op_call(vm, key, 1, &items[i].value, NULL); /* each key once */
            ok = !IS_ERR(k);
            items[i].key = k;
        }
    }
    if (ok) {
        /* Reversing before and after keeps equal items in their original order. */
        if (reverse) reverse_items(items, n);
        Sorter s = {vm, key_kind(items, n), tmp};
        ok = merge_sort(&s, items, n);
        if (reverse) reverse_items(items, n);
    }
    bool modified = l->items != NULL;
    if (modified) set_capacity(vm, l, 0);
    l->items = saved;
    l->cap = saved_cap;
    l->len = n;
    if (ok) {
        for (uint32_t i = 0; i < n; i++) l->items[i] = items[i].value;
        if (modified) {
            vm_raise(vm, EXC_ValueError, "list modified during sort");
            ok = false;
        }
    }
    free(items);
    free(tmp);
    gc_release(vm, mark, UNDEF_VAL);
    return ok;
}

/* ---- methods ---- */

static bool check_self(VM *vm, Value self, const char *name) {
    if (IS_LIST(self)) return true;
    vm_raise(vm, EXC_TypeError, "descriptor '%s' for 'list' objects doesn't apply to a '%s' object",
             name, vm_type_name(vm, self));
    return false;
}
#define SELF(name)                                                                                 \
    if (!check_self(vm, argv[0], name)) return ERR_VAL;                                            \
    ObjList *l = AS_LIST(argv[0]);                                                                 \
    (void)argc, (void)kwnames

static Value list_append_m(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    SELF("append");
    list_append(vm, l, argv[1]);
    return NONE_VAL;
}

static Value list_extend_m(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    SELF("extend");
    return list_extend(vm, l, argv[1]) ? NONE_VAL : ERR_VAL;
}

static Value list_insert_m(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    SELF("insert");
    int64_t i;
    if (!index_arg(vm, argv[1], &i)) return ERR_VAL;
    int64_t len = l->len;
    if (i < 0) {
        i += len;
        if (i < 0) i = 0;
    }
    if (i > len) i = len;
    if (!reserve(vm, l, (uint64_t)len + 1)) return ERR_VAL;
    memmove(l->items + i + 1, l->items + i, sizeof(Value) * (size_t)(len - i));
    l->items[i] = argv[2];
    l->len++;
    return NONE_VAL;
}

static Value list_pop_m(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    SELF("pop");
    int64_t i = -1;
    if (argc > 1 && !index_arg(vm, argv[1], &i)) return ERR_VAL;
    if (l->len == 0) return vm_raise(vm, EXC_IndexError, "pop from empty list");
    if (i < 0) i += l->len;
    if (i < 0 || i >= (int64_t)l->len)
        return vm_raise(vm, EXC_IndexError, "pop index out of range");
    Value v = l->items[i];
    delete_range(vm, l, (uint32_t)i, (uint32_t)i + 1);
    return v;
}

/* The first index in [start, end) holding an item equal to x; -1 when none, -2 on error. */
static int64_t find_item(VM *vm, ObjList *l, Value x, int64_t start, int64_t end) {
    for (int64_t i = start; i < end && i < (int64_t)l->len; i++) {
        int eq = seq_item_eq(vm, l->items[i], x);
        if (eq < 0) return -2;
        if (eq) return i;
    }
    return -1;
}

static Value list_remove_m(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    SELF("remove");
    int64_t i = find_item(vm, l, argv[1], 0, INT64_MAX);
    if (i == -2) return ERR_VAL;
    if (i < 0) return vm_raise(vm, EXC_ValueError, "list.remove(x): x not in list");
    delete_range(vm, l, (uint32_t)i, (uint32_t)i + 1);
    return NONE_VAL;
}

static Value list_index_m(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    SELF("index");
    int64_t start, end;
    if (!seq_index_bounds(vm, argc, argv, 2, l->len, &start, &end)) return ERR_VAL;
    int64_t i = find_item(vm, l, argv[1], start, end);
    if (i == -2) return ERR_VAL;
    if (i >= 0) return INT_VAL(i);
    Value r = op_repr(vm, argv[1]);
    if (IS_ERR(r)) return ERR_VAL;
    return vm_raise(vm, EXC_ValueError, "%s is not in list", AS_STR(r)->chars);
}

static Value list_count_m(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    SELF("count");
    int64_t n = 0;
    for (uint32_t i = 0; i < l->len; i++) {
        int eq = seq_item_eq(vm, l->items[i], argv[1]);
        if (eq < 0) return ERR_VAL;
        n += eq;
    }
    return INT_VAL(n);
}

static Value list_sort_m(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    SELF("sort");
    for (uint32_t i = 0; kwnames && i < kwnames->len; i++) {
        const char *name = AS_STR(kwnames->items[i])->chars;
        if (strcmp(name, "key") != 0 && strcmp(name, "reverse") != 0)
            return vm_raise(vm, EXC_TypeError, "'%s' is an invalid keyword argument for sort()",
                            name);
    }
    Value key = native_kwarg(argc, argv, kwnames, "key");
    Value rev = native_kwarg(argc, argv, kwnames, "reverse");
    bool reverse = false;
    if (!IS_UNDEF(rev)) {
        int r = op_truthy(vm, rev);
        if (r < 0) return ERR_VAL;
        reverse = r;
    }
    return list_sort(vm, l, IS_UNDEF(key) ? NONE_VAL : key, reverse) ? NONE_VAL : ERR_VAL;
}

static Value list_reverse_m(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    SELF("reverse");
    for (uint32_t i = 0, j = l->len; i + 1 < j; i++, j--) {
        Value t = l->items[i];
        l->items[i] = l->items[j - 1];
        l->items[j - 1] = t;
    }
    return NONE_VAL;
}

static Value list_copy_m(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    SELF("copy");
    return list_copy(vm, l);
}

static Value list_clear_m(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    SELF("clear");
    set_capacity(vm, l, 0);
    l->items = NULL;
    l->len = 0;
    return NONE_VAL;
}

const MethodDef list_methods[] = {
    {"append", list_append_m, 2, 2, false},   {"extend", list_extend_m, 2, 2, false},
    {"insert", list_insert_m, 3, 3, false},   {"pop", list_pop_m, 1, 2, false},
    {"remove", list_remove_m, 2, 2, false},   {"index", list_index_m, 2, 4, false},
    {"count", list_count_m, 2, 2, false},     {"sort", list_sort_m, 1, 1, true},
    {"reverse", list_reverse_m, 1, 1, false}, {"copy", list_copy_m, 1, 1, false},
    {"clear", list_clear_m, 1, 1, false},     {NULL, NULL, 0, 0, false},
};
