/* range.c — range objects: int64 start, stop and step (never 0), with O(1) length,
 * indexing, slicing (a range again), membership for ints, repr and the count/index methods.
 * Arithmetic that can pass int64 goes through uint64, whose wrap-around is defined. */
#include <inttypes.h>

#include "bigint.h"
#include "containers.h"
#include "str.h"

Value range_new(VM *vm, int64_t start, int64_t stop, int64_t step) {
    if (step == 0) return vm_raise(vm, EXC_ValueError, "range() arg 3 must not be zero");
    ObjRange *r = (ObjRange *)obj_alloc(vm, OBJ_RANGE, sizeof(ObjRange));
    r->start = start;
    r->stop = stop;
    r->step = step;
    return OBJ_VAL(r);
}

/* Lengths beyond INT64_MAX (only ranges spanning most of int64) are reported as INT64_MAX. */
int64_t range_len(const ObjRange *r) {
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
    uint64_t n = (span - 1) / step + 1;
    return n > (uint64_t)INT64_MAX ? INT64_MAX : (int64_t)n;
}

/* The i-th value, 0 <= i < len: it lies between start and stop, so it fits in int64. */
static int64_t item_at(const ObjRange *r, int64_t i) {
    return (int64_t)((uint64_t)r->start + (uint64_t)i * (uint64_t)r->step);
}

Value range_getitem(VM *vm, ObjRange *r, Value key) {
    int64_t len = range_len(r);
    if (IS_KIND(key, OBJ_SLICE)) {
        int64_t start, stop, step, n;
        if (!slice_indices(vm, AS_SLICE(key), len, &start, &stop, &step, &n)) return ERR_VAL;
        int64_t a, b, c;
        /* start and stop may lie one step outside the range: check for overflow. */
        if (__builtin_mul_overflow(start, r->step, &a) || __builtin_add_overflow(a, r->start, &a) ||
            __builtin_mul_overflow(stop, r->step, &b) || __builtin_add_overflow(b, r->start, &b) ||
            __builtin_mul_overflow(step, r->step, &c))
            return vm_raise(vm, EXC_OverflowError, "Python int too large to convert to C ssize_t");
        return range_new(vm, a, b, c);
    }
    int64_t i;
    if (IS_INT(key)) {
        i = AS_INT(key);
    } else if (IS_BIGINT(key)) {
        if (!int_to_int64(key, &i)) i = INT64_MIN; /* surely out of range */
    } else if (!seq_index_arg(vm, key, "range", &i)) {
        return ERR_VAL;
    }
    if (i < 0) i += len;
    if (i < 0 || i >= len) return vm_raise(vm, EXC_IndexError, "range object index out of range");
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

/* The position of the int v in r, or -1. */
static int64_t int_position(const ObjRange *r, int64_t v) {
    uint64_t diff, step;
    if (r->step > 0) {
        if (v < r->start || v >= r->stop) return -1;
        diff = (uint64_t)v - (uint64_t)r->start;
        step = (uint64_t)r->step;
    } else {
        if (v > r->start || v <= r->stop) return -1;
        diff = (uint64_t)r->start - (uint64_t)v;
        step = 0 - (uint64_t)r->step;
    }
    return diff % step == 0 ? (int64_t)(diff / step) : -1;
}

/* For an int: its position, or -1 when absent (also for ints beyond int64, which no range
 * holds). Returns false for other values. */
static bool position_of_int(const ObjRange *r, Value v, int64_t *pos) {
    int64_t i;
    if (IS_INT(v))
        i = AS_INT(v);
    else if (IS_BOOL(v))
        i = AS_BOOL(v);
    else if (IS_BIGINT(v)) {
        if (!int_to_int64(v, &i)) {
            *pos = -1;
            return true;
        }
    } else {
        return false;
    }
    *pos = int_position(r, i);
    return true;
}

/* Other values go through ==, one item at a time, as in CPython. Returns the first matching
 * position (stopping there when first_only), -1 when none, -2 on error; *n counts matches. */
static int64_t linear_search(VM *vm, ObjRange *r, Value v, bool first_only, int64_t *n) {
    int64_t len = range_len(r);
    *n = 0;
    for (int64_t i = 0; i < len; i++) {
        Value x = int_from_int64(vm, item_at(r, i));
        int eq = op_eq(vm, x, v);
        if (eq < 0) return -2;
        if (eq) {
            (*n)++;
            if (first_only) return i;
        }
    }
    return -1;
}

int range_contains(VM *vm, ObjRange *r, Value v) {
    int64_t pos, n;
    if (position_of_int(r, v, &pos)) return pos >= 0;
    pos = linear_search(vm, r, v, true, &n);
    return pos == -2 ? -1 : pos >= 0;
}

int range_equal(const ObjRange *a, const ObjRange *b) {
    if (a == b) return 1;
    int64_t len = range_len(a);
    if (len != range_len(b)) return 0;
    if (len == 0) return 1;
    if (a->start != b->start) return 0;
    return len == 1 || a->step == b->step;
}

bool range_hash(VM *vm, ObjRange *r, int64_t *out) {
    int64_t len = range_len(r);
    ObjTuple *t = tuple_new(vm, 3);
    t->items[0] = int_from_int64(vm, len);
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
    int64_t pos, n;
    if (position_of_int(AS_RANGE(argv[0]), argv[1], &pos)) return INT_VAL(pos >= 0);
    if (linear_search(vm, AS_RANGE(argv[0]), argv[1], false, &n) == -2) return ERR_VAL;
    return int_from_int64(vm, n);
}

static Value range_index_m(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    (void)argc, (void)kwnames;
    if (!check_self(vm, argv[0], "index")) return ERR_VAL;
    int64_t pos, n;
    if (!position_of_int(AS_RANGE(argv[0]), argv[1], &pos)) {
        pos = linear_search(vm, AS_RANGE(argv[0]), argv[1], true, &n);
        if (pos == -2) return ERR_VAL;
        if (pos < 0) return vm_raise(vm, EXC_ValueError, "sequence.index(x): x not in sequence");
    }
    if (pos >= 0) return int_from_int64(vm, pos);
    Value r = op_repr(vm, argv[1]);
    if (IS_ERR(r)) return ERR_VAL;
    return vm_raise(vm, EXC_ValueError, "%s is not in range", AS_STR(r)->chars);
}

const MethodDef range_methods[] = {
    {"count", range_count_m, 2, 2, false},
    {"index", range_index_m, 2, 2, false},
    {NULL, NULL, 0, 0, false},
};
