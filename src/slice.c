/* slice.c — slice objects and the index arithmetic every sequence shares.
 * slice_indices is CPython's PySlice_Unpack + PySlice_AdjustIndices: None defaults,
 * negative steps, clamping to the sequence, and the count of selected items.
 * The index helpers turn subscripts and int arguments into C indices with CPython's errors. */
#include <inttypes.h>

#include "bigint.h"
#include "containers.h"
#include "str.h"
#include "type.h"

Value slice_new(VM *vm, Value start, Value stop, Value step) {
    ObjSlice *s = (ObjSlice *)obj_alloc(vm, OBJ_SLICE, sizeof(ObjSlice));
    s->start = start;
    s->stop = stop;
    s->step = step;
    return OBJ_VAL(s);
}

/* An object of a user class may define __index__; only those go through op_index. A
 * TypeError from it (no __index__) is replaced by the caller's own message.
 * Returns 1 with *out set, 0 when v is no index, -1 when another error is pending. */
static int try_index_protocol(VM *vm, Value v, int64_t *out) {
    if (!IS_KIND(v, OBJ_INSTANCE)) return 0;
    if (op_index(vm, v, out, "index")) return 1;
    if (!vm_exc_matches(vm, EXC_TypeError)) return -1;
    vm_clear_exc(vm);
    return 0;
}

bool slice_index_value(VM *vm, Value v, bool none_ok, int64_t *out) {
    if (IS_INT(v)) {
        *out = AS_INT(v);
        return true;
    }
    if (IS_BOOL(v)) {
        *out = AS_BOOL(v);
        return true;
    }
    if (IS_BIGINT(v)) {
        /* Like PyNumber_AsSsize_t(v, NULL): out-of-range values clamp. */
        if (!int_to_int64(v, out)) *out = int_sign(v) < 0 ? INT64_MIN : INT64_MAX;
        return true;
    }
    int r = try_index_protocol(vm, v, out);
    if (r) return r > 0;
    vm_raise(vm, EXC_TypeError,
             none_ok ? "slice indices must be integers or None or have an __index__ method"
                     : "slice indices must be integers or have an __index__ method");
    return false;
}

bool index_arg(VM *vm, Value v, int64_t *out) {
    if (IS_INT(v)) {
        *out = AS_INT(v);
        return true;
    }
    if (IS_BOOL(v)) {
        *out = AS_BOOL(v);
        return true;
    }
    if (IS_BIGINT(v)) {
        if (int_to_int64(v, out)) return true;
        vm_raise(vm, EXC_OverflowError, "Python int too large to convert to C ssize_t");
        return false;
    }
    int r = try_index_protocol(vm, v, out);
    if (r) return r > 0;
    vm_raise(vm, EXC_TypeError, "'%s' object cannot be interpreted as an integer",
             vm_type_name(vm, v));
    return false;
}

bool slice_indices(VM *vm, ObjSlice *s, int64_t len, int64_t *start, int64_t *stop, int64_t *step,
                   int64_t *count) {
    int64_t st, b, e;
    if (IS_NONE(s->step)) {
        st = 1;
    } else {
        if (!slice_index_value(vm, s->step, true, &st)) return false;
        if (st == 0) {
            vm_raise(vm, EXC_ValueError, "slice step cannot be zero");
            return false;
        }
        /* Keeps -step representable, as CPython does. */
        if (st < -INT64_MAX) st = -INT64_MAX;
    }
    if (IS_NONE(s->start)) {
        b = st < 0 ? INT64_MAX : 0;
    } else if (!slice_index_value(vm, s->start, true, &b)) {
        return false;
    }
    if (IS_NONE(s->stop)) {
        e = st < 0 ? INT64_MIN : INT64_MAX;
    } else if (!slice_index_value(vm, s->stop, true, &e)) {
        return false;
    }

    if (b < 0) {
        b += len;
        if (b < 0) b = st < 0 ? -1 : 0;
    } else if (b >= len) {
        b = st < 0 ? len - 1 : len;
    }
    if (e < 0) {
        e += len;
        if (e < 0) e = st < 0 ? -1 : 0;
    } else if (e >= len) {
        e = st < 0 ? len - 1 : len;
    }

    int64_t n = 0;
    if (st < 0) {
        if (e < b) n = (b - e - 1) / (-st) + 1;
    } else if (b < e) {
        n = (e - b - 1) / st + 1;
    }
    *start = b;
    *stop = e;
    *step = st;
    *count = n;
    return true;
}

Value slice_repr(VM *vm, ObjSlice *s) {
    StrBuf sb;
    sb_init(&sb);
    sb_append_cstr(&sb, "slice(");
    const Value parts[3] = {s->start, s->stop, s->step};
    for (int i = 0; i < 3; i++) {
        if (i) sb_append_cstr(&sb, ", ");
        Value r = op_repr(vm, parts[i]);
        if (IS_ERR(r)) {
            sb_free(&sb);
            return ERR_VAL;
        }
        sb_append_str(&sb, AS_STR(r));
    }
    sb_append_char(&sb, ')');
    return sb_finish(vm, &sb);
}

/* slice.indices(length): (start, stop, step) for a sequence of that length. */
static Value slice_indices_m(VM *vm, int argc, Value *argv, ObjTuple *kw) {
    (void)argc, (void)kw;
    if (!IS_KIND(argv[0], OBJ_SLICE))
        return vm_raise(vm, EXC_TypeError, "descriptor 'indices' requires a 'slice' object");
    int64_t len, start, stop, step, count;
    if (!index_arg(vm, argv[1], &len)) return ERR_VAL;
    if (len < 0) return vm_raise(vm, EXC_ValueError, "length should not be negative");
    if (!slice_indices(vm, AS_SLICE(argv[0]), len, &start, &stop, &step, &count)) return ERR_VAL;
    Value items[3] = {INT_VAL(start), INT_VAL(stop), INT_VAL(step)};
    return tuple_from(vm, 3, items);
}

const MethodDef slice_methods[] = {
    {"indices", slice_indices_m, 2, 2, false},
    {NULL, NULL, 0, 0, false},
};

/* ---- the slice type ---- */

static void slice_mark(VM *vm, Obj *o) {
    ObjSlice *s = (ObjSlice *)o;
    gc_visit_value(vm, s->start);
    gc_visit_value(vm, s->stop);
    gc_visit_value(vm, s->step);
}

static Value slice_slot_repr(VM *vm, Value v) { return slice_repr(vm, AS_SLICE(v)); }

static int slice_slot_eq(VM *vm, Value a, Value b) {
    if (!IS_KIND(b, OBJ_SLICE)) return 0;
    ObjSlice *x = AS_SLICE(a), *y = AS_SLICE(b);
    Value xa[3] = {x->start, x->stop, x->step}, ya[3] = {y->start, y->stop, y->step};
    return seq_compare(vm, CMP_EQ, xa, 3, ya, 3);
}

static Value slice_slot_member(VM *vm, Value obj, ObjStr *name) {
    (void)vm;
    if (str_is(name, "start")) return AS_SLICE(obj)->start;
    if (str_is(name, "stop")) return AS_SLICE(obj)->stop;
    if (str_is(name, "step")) return AS_SLICE(obj)->step;
    return UNDEF_VAL;
}

/* Calling the class (argv excludes the class). */
static Value slice_ctor(VM *vm, ObjClass *cls, int argc, Value *argv, ObjTuple *kwnames) {
    (void)cls;
    if (kwnames && kwnames->len) return native_no_keywords(vm, "slice");
    if (!native_check_count(vm, "slice", argc, 1, 3)) return ERR_VAL;
    if (argc == 1) return slice_new(vm, NONE_VAL, argv[0], NONE_VAL);
    return slice_new(vm, argv[0], argv[1], argc == 3 ? argv[2] : NONE_VAL);
}

const ObjType slice_type = {
    .name = "slice",
    .ctor = slice_ctor,
    .methods = slice_methods,
    .size = sizeof(ObjSlice),
    .mark = slice_mark,
    .immutable = true,
    .repr = slice_slot_repr,
    .hash = op_unhashable,
    .eq = slice_slot_eq,
    .member = slice_slot_member,
};
