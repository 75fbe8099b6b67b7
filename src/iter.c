/* iter.c — the builtin iterators: one ObjIter struct whose iter_kind selects the step.
 * iter_new fills the fields each kind reads (see IterKind in object.h); callers then set
 * the rest: fn for ITER_MAP/ITER_FILTER, aux (the sentinel) for ITER_CALLABLE, index (or a
 * big aux) for enumerate's start. iter_next returns UNDEF_VAL once exhausted, and stays so. */
#include <stdlib.h>

#include "bigint.h"
#include "containers.h"
#include "str.h"
#include "type.h"

/* A tuple of iterators over the items of `iterables` (a tuple): zip and map. */
static Value iterators_of(VM *vm, Value iterables) {
    ObjTuple *src = AS_TUPLE(iterables);
    ObjTuple *its = tuple_new(vm, src->len);
    for (uint32_t i = 0; i < src->len; i++) {
        Value x = op_iter(vm, src->items[i]);
        if (IS_ERR(x)) return ERR_VAL;
        its->items[i] = x;
    }
    return OBJ_VAL(its);
}

/* How many items a range has: up to 2**64 - 1, beyond range_len's int64. */
static uint64_t range_items(const ObjRange *r) {
    if (r->step > 0 ? r->start >= r->stop : r->start <= r->stop) return 0;
    uint64_t span = r->step > 0 ? (uint64_t)r->stop - (uint64_t)r->start
                                : (uint64_t)r->start - (uint64_t)r->stop;
    uint64_t step = r->step > 0 ? (uint64_t)r->step : 0 - (uint64_t)r->step;
    return (span - 1) / step + 1;
}

Value iter_new(VM *vm, IterKind kind, Value seq) {
    if (kind == ITER_ENUMERATE || kind == ITER_FILTER) {
        seq = op_iter(vm, seq); /* an iterator is its own iterator */
        if (IS_ERR(seq)) return ERR_VAL;
    } else if (kind == ITER_ZIP || kind == ITER_MAP) {
        seq = iterators_of(vm, seq);
        if (IS_ERR(seq)) return ERR_VAL;
    } else if (kind == ITER_REVERSED && !IS_LIST(seq) && !IS_TUPLE(seq) && !IS_STR(seq) &&
               !IS_RANGE(seq)) {
        return vm_raise(vm, EXC_TypeError, "'%s' object is not reversible", vm_type_name(vm, seq));
    }
    if (IS_KIND(seq, OBJ_DICT_VIEW)) { /* a view iterates its dict the view's way */
        ObjDictView *v = (ObjDictView *)AS_OBJ(seq);
        kind = (IterKind)(ITER_DICT_KEYS + v->view_kind);
        seq = OBJ_VAL(v->dict);
    }

    ObjIter *it = (ObjIter *)obj_alloc(vm, OBJ_ITER, sizeof(ObjIter));
    it->iter_kind = (uint8_t)kind;
    it->seq = seq;
    it->fn = NONE_VAL;
    it->aux = NONE_VAL;
    it->step = 1;
    switch (kind) {
    case ITER_RANGE:
        it->index = AS_RANGE(seq)->start;
        it->stop = AS_RANGE(seq)->stop;
        it->step = AS_RANGE(seq)->step;
        break;
    case ITER_DICT_KEYS:
    case ITER_DICT_VALUES:
    case ITER_DICT_ITEMS:
        it->expect_len = IS_DICT(seq) ? AS_DICT(seq)->table.count : AS_SET(seq)->table.count;
        it->stop = it->expect_len; /* items still to come */
        break;
    case ITER_CALLABLE:
        it->fn = seq;
        break;
    case ITER_REVERSED:
        if (IS_LIST(seq))
            it->index = (int64_t)AS_LIST(seq)->len - 1;
        else if (IS_TUPLE(seq))
            it->index = (int64_t)AS_TUPLE(seq)->len - 1;
        else if (IS_STR(seq))
            it->index = AS_STR(seq)->len; /* byte offset past the end */
        else
            it->stop = (int64_t)range_items(AS_RANGE(seq)); /* counts down; index stays 0 */
        break;
    default:
        break;
    }
    return OBJ_VAL(it);
}

static Value finish(ObjIter *it) {
    it->exhausted = true;
    return UNDEF_VAL;
}

static Value next_dict(VM *vm, ObjIter *it) {
    bool is_dict = IS_DICT(it->seq);
    Table *t = is_dict ? &AS_DICT(it->seq)->table : &AS_SET(it->seq)->table;
    if (t->count != it->expect_len) {
        it->expect_len = UINT32_MAX; /* keep failing, as CPython does */
        return vm_raise(vm, EXC_RuntimeError,
                        is_dict ? "dictionary changed size during iteration"
                                : "Set changed size during iteration");
    }
    while (it->index < (int64_t)t->nentries) {
        const TableEntry *e = &t->entries[it->index++];
        if (e->key == UNDEF_VAL) continue;
        /* More items than the dict had: keys were removed and others added (same size). */
        if (it->stop-- == 0 && is_dict) {
            it->exhausted = true; /* then StopIteration, as in CPython */
            return vm_raise(vm, EXC_RuntimeError, "dictionary keys changed during iteration");
        }
        if (it->iter_kind == ITER_DICT_KEYS) return e->key;
        if (it->iter_kind == ITER_DICT_VALUES) return e->value;
        Value kv[2] = {e->key, e->value};
        return tuple_from(vm, 2, kv);
    }
    return finish(it);
}

static Value next_range(VM *vm, ObjIter *it) {
    int64_t v = it->index;
    if (it->step > 0 ? v >= it->stop : v <= it->stop) return finish(it);
    /* Stepping past int64 means stepping past stop. */
    if (it->step > 0 ? v > INT64_MAX - it->step : v < INT64_MIN - it->step)
        it->index = it->stop;
    else
        it->index = v + it->step;
    return int_from_int64(vm, v);
}

static Value next_reversed(VM *vm, ObjIter *it) {
    Value seq = it->seq;
    int64_t i = it->index;
    if (i < 0) return finish(it);
    if (IS_LIST(seq)) {
        if (i >= (int64_t)AS_LIST(seq)->len) return finish(it); /* the list shrank */
        it->index--;
        return AS_LIST(seq)->items[i];
    }
    if (IS_TUPLE(seq)) {
        it->index--;
        return AS_TUPLE(seq)->items[i];
    }
    if (IS_STR(seq)) {
        ObjStr *s = AS_STR(seq);
        if (i == 0) return finish(it);
        int64_t start = i - 1;
        while (start > 0 && ((uint8_t)s->chars[start] & 0xC0) == 0x80) start--;
        it->index = start;
        return OBJ_VAL(str_new(vm, s->chars + start, (size_t)(i - start)));
    }
    /* A range: stop holds how many items are left, as a uint64 (up to 2**64 - 1 of them). */
    ObjRange *r = AS_RANGE(seq);
    uint64_t left = (uint64_t)it->stop;
    if (left == 0) return finish(it);
    it->stop = (int64_t)(left - 1);
    return int_from_int64(vm, (int64_t)((uint64_t)r->start + (left - 1) * (uint64_t)r->step));
}

static Value next_enumerate(VM *vm, ObjIter *it) {
    Value x = op_next(vm, it->seq);
    if (IS_UNDEF(x)) return finish(it);
    if (IS_ERR(x)) return ERR_VAL;
    Value count;
    if (IS_ANYINT(it->aux)) { /* the counter outgrew int64 (or started big) */
        count = it->aux;
        Value next = int_add(vm, count, INT_VAL(1));
        if (IS_ERR(next)) return ERR_VAL;
        it->aux = next;
    } else {
        count = int_from_int64(vm, it->index);
        if (it->index < INT64_MAX) {
            it->index++;
        } else {
            Value next = int_add(vm, count, INT_VAL(1));
            if (IS_ERR(next)) return ERR_VAL;
            it->aux = next;
        }
    }
    Value kv[2] = {count, x};
    return tuple_from(vm, 2, kv);
}

/* zip(strict=True) found input `i` (0-based) shorter or longer than those before it. */
static Value zip_mismatch(VM *vm, uint32_t i, const char *how) {
    if (i == 1) return vm_raise(vm, EXC_ValueError, "zip() argument 2 is %s than argument 1", how);
    return vm_raise(vm, EXC_ValueError, "zip() argument %u is %s than arguments 1-%u", i + 1, how, i);
}

static Value next_zip(VM *vm, ObjIter *it) {
    ObjTuple *its = AS_TUPLE(it->seq);
    if (its->len == 0) return finish(it);
    ObjTuple *r = tuple_new(vm, its->len);
    for (uint32_t i = 0; i < its->len; i++) {
        Value x = op_next(vm, its->items[i]);
        if (IS_ERR(x)) return ERR_VAL;
        if (IS_UNDEF(x)) {
            /* The shortest input ends the zip; with strict=True all must end together. */
            if (it->step && i > 0) return zip_mismatch(vm, i, "shorter");
            for (uint32_t j = 1; it->step && j < its->len; j++) {
                Value y = op_next(vm, its->items[j]);
                if (IS_ERR(y)) return ERR_VAL;
                if (!IS_UNDEF(y)) return zip_mismatch(vm, j, "longer");
            }
            return finish(it);
        }
        r->items[i] = x;
    }
    return OBJ_VAL(r);
}

static Value next_map(VM *vm, ObjIter *it) {
    ObjTuple *its = AS_TUPLE(it->seq);
    uint32_t n = its->len;
    if (n == 0) return finish(it);
    Value small[8];
    Value *args = n <= 8 ? small : (Value *)malloc(sizeof(Value) * n);
    if (!args) return op_no_memory(vm);
    Value result = UNDEF_VAL;
    uint32_t i = 0;
    for (; i < n; i++) {
        Value x = op_next(vm, its->items[i]);
        if (IS_UNDEF(x) || IS_ERR(x)) {
            result = x;
            break;
        }
        args[i] = x;
    }
    if (i == n) result = op_call(vm, it->fn, (int)n, args, NULL);
    if (args != small) free(args);
    return IS_UNDEF(result) ? finish(it) : result;
}

static Value next_filter(VM *vm, ObjIter *it) {
    GcMark mark = gc_mark(vm);
    for (;;) {
        gc_release(vm, mark, UNDEF_VAL); /* a rejected item and its test go */
        Value x = op_next(vm, it->seq);
        if (IS_UNDEF(x)) return finish(it);
        if (IS_ERR(x)) return ERR_VAL;
        Value test = x;
        if (!IS_NONE(it->fn)) {
            test = op_call(vm, it->fn, 1, &x, NULL);
            if (IS_ERR(test)) return ERR_VAL;
        }
        int t = op_truthy(vm, test);
        if (t < 0) return ERR_VAL;
        if (t) return x;
    }
}

static Value next_callable(VM *vm, ObjIter *it) {
    Value r = op_call(vm, it->fn, 0, NULL, NULL);
    if (IS_ERR(r)) {
        if (!vm_exc_matches(vm, EXC_StopIteration)) return ERR_VAL;
        vm_clear_exc(vm);
        return finish(it);
    }
    int eq = seq_item_eq(vm, it->aux, r);
    if (eq < 0) return ERR_VAL;
    return eq ? finish(it) : r;
}

static Value next_seq(VM *vm, ObjIter *it) {
    Value r = op_getitem(vm, it->seq, int_from_int64(vm, it->index));
    if (IS_ERR(r)) {
        if (!vm_exc_matches(vm, EXC_IndexError) && !vm_exc_matches(vm, EXC_StopIteration))
            return ERR_VAL;
        vm_clear_exc(vm);
        return finish(it);
    }
    it->index++;
    return r;
}

Value iter_next(VM *vm, ObjIter *it) {
    if (it->exhausted) return UNDEF_VAL;
    switch ((IterKind)it->iter_kind) {
    case ITER_LIST: {
        ObjList *l = AS_LIST(it->seq);
        if (it->index < (int64_t)l->len) return l->items[it->index++];
        return finish(it);
    }
    case ITER_TUPLE: {
        ObjTuple *t = AS_TUPLE(it->seq);
        if (it->index < (int64_t)t->len) return t->items[it->index++];
        return finish(it);
    }
    case ITER_STR: {
        ObjStr *s = AS_STR(it->seq);
        uint32_t off = (uint32_t)it->index;
        if (off >= s->len) return finish(it);
        Value c = str_next_char(vm, s, &off);
        it->index = off;
        return c;
    }
    case ITER_RANGE:
        return next_range(vm, it);
    case ITER_DICT_KEYS:
    case ITER_DICT_VALUES:
    case ITER_DICT_ITEMS:
        return next_dict(vm, it);
    case ITER_ENUMERATE:
        return next_enumerate(vm, it);
    case ITER_ZIP:
        return next_zip(vm, it);
    case ITER_MAP:
        return next_map(vm, it);
    case ITER_FILTER:
        return next_filter(vm, it);
    case ITER_REVERSED:
        return next_reversed(vm, it);
    case ITER_CALLABLE:
        return next_callable(vm, it);
    case ITER_SEQ:
        return next_seq(vm, it);
    case ITER_KIND_COUNT:
        break;
    }
    return finish(it);
}

/* ---- the iterator type: one descriptor for every IterKind ---- */

static void iter_mark(VM *vm, Obj *o) {
    ObjIter *it = (ObjIter *)o;
    gc_visit_value(vm, it->seq);
    gc_visit_value(vm, it->fn);
    gc_visit_value(vm, it->aux);
}

Value iter_reversed(VM *vm, Value seq) { return iter_new(vm, ITER_REVERSED, seq); }

/* type(iter([])) is list_iterator: a class for each IterKind. */
static ObjClass *iter_slot_class_of(VM *vm, Value v) {
    uint8_t k = AS_ITER(v)->iter_kind;
    return k < ITER_KIND_COUNT ? vm->iter_class[k] : vm->kind_class[OBJ_ITER];
}

static Value iter_slot_iter(VM *vm, Value v) {
    (void)vm;
    return v;
}

static Value iter_slot_next(VM *vm, Value it) { return iter_next(vm, AS_ITER(it)); }

const ObjType iter_type = {
    .name = "iterator",
    .size = sizeof(ObjIter),
    .mark = iter_mark,
    .iter = iter_slot_iter,
    .next = iter_slot_next,
    .class_of = iter_slot_class_of,
};
