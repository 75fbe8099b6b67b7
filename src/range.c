/* range.c — range objects: int64 start, stop and step (never 0), with O(1) length,
 * indexing, slicing (a range again), membership for ints, repr and the count/index methods.
 * Arithmetic that can pass int64 goes through uint64, whose wrap-around is defined. */
#include <inttypes.h>

#include "bigint.h"
#include "containers.h"
#include "str.h"
#include "type.h"

Value range_new(VM *vm, int64_t start, int64_t stop, int64_t step) {
    if (step == 0) return vm_raise(vm, EXC_ValueError, "range() arg 3 must not be zero");
    ObjRange *r = (ObjRange *)obj_alloc(vm, OBJ_RANGE, sizeof(ObjRange));
    r->start = start;
    r->stop = stop;
    r->step = step;
    return OBJ_VAL(r);
}

/* The exact number of items: a range of int64 bounds holds up to 2**64 - 1 of them. */
static uint64_t ulen(const ObjRange *r) {
    uint64_t span, step;
    if (r->step > 0) {
        if (r->start >= r->stop) return 0;
        span = (uint64_t)r->stop - (uint64_t)r->start;
        step = (uint64_t)r->step;
    } else {
        if (r->start <= r->stop) return 0;
        span = (uint64_t)r->start - (uint64_t)r->stop;
        step = 0 - (uint64_t)r->step;
    }
    return (span - 1) / step + 1;
}

/* Lengths beyond INT64_MAX (only ranges spanning most of int64) are -1: len() raises
 * OverflowError for them, as CPython's does past ssize_t. This file works with ulen. */
int64_t range_len(const ObjRange *r) {
    uint64_t n = ulen(r);
    return n > (uint64_t)INT64_MAX ? -1 : (int64_t)n;
}

/* The i-th value, 0 <= i < ulen: it lies between start and stop, so it fits in int64. */
static int64_t item_at(const ObjRange *r, uint64_t i) {
    return (int64_t)((uint64_t)r->start + i * (uint64_t)r->step);
}

/* A non-negative int below 2**64 as a uint64_t; false for anything else. */
static bool to_uint64(VM *vm, Value v, uint64_t *out) {
    int64_t x;
    if (int_to_int64(v, &x)) {
        *out = (uint64_t)x;
        return x >= 0;
    }
    if (int_sign(v) < 0) return false;
    Value low = int_sub(vm, v, int_from_uint64(vm, (uint64_t)1 << 63));
    if (!int_to_int64(low, &x) || x < 0) return false;
    *out = (uint64_t)x + ((uint64_t)1 << 63);
    return true;
}

/* An int key (negative counts from the end) as a position in r: false, with IndexError
 * raised, when out of range. */
static bool position_at(VM *vm, ObjRange *r, Value key, uint64_t *out) {
    uint64_t n = ulen(r), u;
    int64_t i;
    bool ok;
    if (IS_BIGINT(key) && !int_to_int64(key, &i)) {
        /* Past int64: positions only ranges longer than INT64_MAX have. */
        Value k = int_sign(key) < 0 ? int_add(vm, key, int_from_uint64(vm, n)) : key;
        ok = to_uint64(vm, k, &u) && u < n;
    } else {
        if (IS_INT(key))
            i = AS_INT(key);
        else if (!IS_BIGINT(key) && !op_index(vm, key, &i, "range indices must be integers or slices, not %s"))
            return false;
        uint64_t back = 0 - (uint64_t)i; /* -i, for i < 0 */
        ok = i < 0 ? back <= n : (uint64_t)i < n;
        u = i < 0 ? n - back : (uint64_t)i;
    }
    if (!ok) {
        vm_raise(vm, EXC_IndexError, "range object index out of range");
        return false;
    }
    *out = u;
    return true;
}

Value range_getitem(VM *vm, ObjRange *r, Value key) {
    if (IS_KIND(key, OBJ_SLICE)) {
        /* Slicing works on int64 positions: a longer range is beyond it, as len() is. */
        int64_t len = range_len(r);
        if (len < 0) return vm_raise(vm, EXC_OverflowError, "Python int too large to convert to C ssize_t");
        int64_t start, stop, step, n;
        /* A step past int64 makes a range of that step (CPython keeps it exact); clamped, as
         * for other sequences, it would show another step. */
        Value sstep = AS_SLICE(key)->step;
        int64_t exact = 0;
        if (IS_BIGINT(sstep) && !int_to_int64(sstep, &exact))
            return vm_raise(vm, EXC_OverflowError, "Python int too large to convert to C ssize_t");
        if (!slice_indices(vm, AS_SLICE(key), len, &start, &stop, &step, &n)) return ERR_VAL;
        if (exact == INT64_MIN) step = exact; /* slice_indices makes it -INT64_MAX */
        int64_t a, b, c;
        /* start and stop may lie one step outside the range: check for overflow. */
        if (__builtin_mul_overflow(start, r->step, &a) || __builtin_add_overflow(a, r->start, &a) ||
            __builtin_mul_overflow(stop, r->step, &b) || __builtin_add_overflow(b, r->start, &b) ||
            __builtin_mul_overflow(step, r->step, &c))
            return vm_raise(vm, EXC_OverflowError, "Python int too large to convert to C ssize_t");
        return range_new(vm, a, b, c);
    }
    uint64_t i;
    if (!position_at(vm, r, key, &i)) return ERR_VAL;
    return int_from_int64(vm, item_at(r, i));
}

Value range_repr(VM *vm, ObjRange *r) {
    StrBuf sb;
    sb_init(&sb);
    if (r->step == 1)
        sb_printf(&sb, "range(%" PRId64 ", %" PRId64 ")", r->start, r->stop);
    else
        sb_printf(&sb, "range(%" PRId64 ", %" PRId64 ", %" PRId64 ")", r->start, r->stop, r->step);
    return sb_finish(vm, &sb);
}

/* Whether the int v is in r, and at which position. */
static bool int_position(const ObjRange *r, int64_t v, uint64_t *pos) {
    uint64_t diff, step;
    if (r->step > 0) {
        if (v < r->start || v >= r->stop) return false;
        diff = (uint64_t)v - (uint64_t)r->start;
        step = (uint64_t)r->step;
    } else {
        if (v > r->start || v <= r->stop) return false;
        diff = (uint64_t)r->start - (uint64_t)v;
        step = 0 - (uint64_t)r->step;
    }
    *pos = diff / step;
    return diff % step == 0;
}

/* For an int: 1 with its position, or 0 when absent (also for ints beyond int64, which no
 * range holds). Returns -1 for other values. */
static int position_of_int(const ObjRange *r, Value v, uint64_t *pos) {
    int64_t i;
    if (IS_INT(v))
        i = AS_INT(v);
    else if (IS_BOOL(v))
        i = AS_BOOL(v);
    else if (IS_BIGINT(v)) {
        if (!int_to_int64(v, &i)) return 0;
    } else {
        return -1;
    }
    return int_position(r, i, pos);
}

/* Other values go through ==, one item at a time, as in CPython. Returns the first matching
 * position (stopping there when first_only), -1 when none, -2 on error; *n counts matches. */
static int64_t linear_search(VM *vm, ObjRange *r, Value v, bool first_only, int64_t *n) {
    uint64_t len = ulen(r);
    *n = 0;
    for (uint64_t i = 0; i < len; i++) {
        Value x = int_from_int64(vm, item_at(r, i));
        int eq = op_eq(vm, x, v);
        if (eq < 0) return -2;
        if (eq) {
            (*n)++;
            if (first_only) return (int64_t)i;
        }
    }
    return -1;
}

int range_contains(VM *vm, ObjRange *r, Value v) {
    uint64_t at;
    int found = position_of_int(r, v, &at);
    if (found >= 0) return found;
    int64_t pos, n;
    pos = linear_search(vm, r, v, true, &n);
    return pos == -2 ? -1 : pos >= 0;
}

int range_equal(const ObjRange *a, const ObjRange *b) {
    if (a == b) return 1;
    uint64_t len = ulen(a);
    if (len != ulen(b)) return 0;
    if (len == 0) return 1;
    if (a->start != b->start) return 0;
    return len == 1 || a->step == b->step;
}

bool range_hash(VM *vm, ObjRange *r, int64_t *out) {
    uint64_t len = ulen(r);
    ObjTuple *t = tuple_new(vm, 3);
    t->items[0] = int_from_uint64(vm, len);
    if (len > 0) t->items[1] = int_from_int64(vm, r->start);
    if (len > 1) t->items[2] = int_from_int64(vm, r->step);
    return tuple_hash(vm, t, out);
}

/* ---- methods ---- */

static bool check_self(VM *vm, Value self, const char *name) {
    if (IS_RANGE(self)) return true;
    vm_raise(vm, EXC_TypeError,
             "descriptor '%s' for 'range' objects doesn't apply to a '%s' object", name,
             vm_type_name(vm, self));
    return false;
}

static Value range_count_m(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    (void)argc, (void)kwnames;
    if (!check_self(vm, argv[0], "count")) return ERR_VAL;
    uint64_t at;
    int found = position_of_int(AS_RANGE(argv[0]), argv[1], &at);
    if (found >= 0) return INT_VAL(found);
    int64_t n;
    if (linear_search(vm, AS_RANGE(argv[0]), argv[1], false, &n) == -2) return ERR_VAL;
    return int_from_int64(vm, n);
}

static Value range_index_m(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    (void)argc, (void)kwnames;
    if (!check_self(vm, argv[0], "index")) return ERR_VAL;
    uint64_t at;
    int found = position_of_int(AS_RANGE(argv[0]), argv[1], &at);
    if (found < 0) {
        int64_t n, pos = linear_search(vm, AS_RANGE(argv[0]), argv[1], true, &n);
        if (pos == -2) return ERR_VAL;
        if (pos < 0) return vm_raise(vm, EXC_ValueError, "sequence.index(x): x not in sequence");
        return int_from_int64(vm, pos);
    }
    if (found) return int_from_uint64(vm, at);
    Value r = op_repr(vm, argv[1]);
    if (IS_ERR(r)) return ERR_VAL;
    return vm_raise(vm, EXC_ValueError, "%s is not in range", AS_STR(r)->chars);
}

const MethodDef range_methods[] = {
    {"count", range_count_m, 2, 2, false},
    {"index", range_index_m, 2, 2, false},
    {NULL, NULL, 0, 0, false},
};

/* ---- the range type ---- */

static Value range_slot_repr(VM *vm, Value v) { return range_repr(vm, AS_RANGE(v)); }

/* Its own truth: len() of a range past INT64_MAX items overflows, its truth does not. */
static int range_slot_truthy(VM *vm, Value v) {
    (void)vm;
    return range_len(AS_RANGE(v)) != 0;
}

static bool range_slot_hash(VM *vm, Value v, int64_t *out) { return range_hash(vm, AS_RANGE(v), out); }

static int range_slot_eq(VM *vm, Value a, Value b) {
    (void)vm;
    return IS_RANGE(b) && range_equal(AS_RANGE(a), AS_RANGE(b));
}

static bool range_slot_len(VM *vm, Value v, int64_t *out) {
    *out = range_len(AS_RANGE(v));
    if (*out >= 0) return true;
    vm_raise(vm, EXC_OverflowError, "Python int too large to convert to C ssize_t");
    return false;
}

static int range_slot_contains(VM *vm, Value container, Value item) {
    return range_contains(vm, AS_RANGE(container), item);
}

static Value range_slot_iter(VM *vm, Value v) { return iter_new(vm, ITER_RANGE, v); }

static Value range_slot_getitem(VM *vm, Value obj, Value key) { return range_getitem(vm, AS_RANGE(obj), key); }

static Value range_slot_member(VM *vm, Value obj, ObjStr *name) {
    if (str_is(name, "start")) return int_from_int64(vm, AS_RANGE(obj)->start);
    if (str_is(name, "stop")) return int_from_int64(vm, AS_RANGE(obj)->stop);
    if (str_is(name, "step")) return int_from_int64(vm, AS_RANGE(obj)->step);
    return UNDEF_VAL;
}

/* Calling the class (argv excludes the class). */
static Value range_ctor(VM *vm, ObjClass *cls, int argc, Value *argv, ObjTuple *kwnames) {
    (void)cls;
    if (kwnames && kwnames->len) return native_no_keywords(vm, "range");
    if (!native_check_count(vm, "range", argc, 1, 3)) return ERR_VAL;
    int64_t n[3] = {0, 0, 1};
    if (argc == 1) {
        if (!index_arg(vm, argv[0], &n[1])) return ERR_VAL;
    } else {
        for (int i = 0; i < argc; i++)
            if (!index_arg(vm, argv[i], &n[i])) return ERR_VAL;
        if (n[2] == 0) return vm_raise(vm, EXC_ValueError, "range() arg 3 must not be zero");
    }
    return range_new(vm, n[0], n[1], n[2]);
}

const ObjType range_type = {
    .name = "range",
    .ctor = range_ctor,
    .methods = range_methods,
    .size = sizeof(ObjRange),
    .immutable = true,
    .repr = range_slot_repr,
    .truthy = range_slot_truthy,
    .hash = range_slot_hash,
    .eq = range_slot_eq,
    .len = range_slot_len,
    .contains = range_slot_contains,
    .iter = range_slot_iter,
    .reversed = iter_reversed,
    .getitem = range_slot_getitem,
    .member = range_slot_member,
};
