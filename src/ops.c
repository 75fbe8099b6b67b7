/* ops.c — the generic object protocol: repr, str, truth, equality, ordering, hashing,
 * arithmetic, subscripts, attributes, iteration and membership for every value.
 * The interpreter inlines the small-int and float fast paths and calls these for the
 * rest; builtins and containers call them for anything generic. */
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "bigint.h"
#include "containers.h"
#include "numfmt.h"
#include "str.h"
#include "vm.h"

static const char *const binop_symbols[BIN_COUNT] = {
    "+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//",
};
static const char *const cmp_symbols[] = {"<", "<=", "==", "!=", ">", ">="};

#define USER(v) is_user_instance(v)
/* Values whose class may define special methods in Python: plain user instances, and
 * lists/dicts/sets of user subclasses (which fall back to the builtin behaviour). */
#define HOOKED(v) (is_user_instance(v) || IS_SUBCLASSED(v))
#define IS_NOT_IMPLEMENTED(v) ((v) == vm->not_implemented)

/* The result of a user's __repr__/__str__ must be a str. */
static Value check_str_result(VM *vm, Value r, const char *which) {
    if (IS_ERR(r) || IS_STR(r)) return r;
    return vm_raise(vm, EXC_TypeError, "%s returned non-string (type %s)", which, vm_type_name(vm, r));
}

static bool is_number(Value v) {
    return IS_INT(v) || IS_FLOAT(v) || IS_BOOL(v) || IS_BIGINT(v);
}

/* Bools behave as the ints 0 and 1 in arithmetic. */
static Value as_int(Value v) {
    return IS_BOOL(v) ? INT_VAL(v == TRUE_VAL) : v;
}

static Value addr_repr(VM *vm, const char *what, Value v) {
    char buf[160];
    snprintf(buf, sizeof buf, "<%s object at 0x%" PRIxPTR ">", what, (uintptr_t)AS_OBJ(v));
    return str_value(vm, buf);
}

/* ---- repr and str ---- */

Value op_repr(VM *vm, Value v) {
    if (HOOKED(v)) {
        Value r = vm_call_dunder(vm, v, DUNDER_repr, 0, NULL);
        if (!IS_UNDEF(r)) return check_str_result(vm, r, "__repr__");
    }
    return op_default_repr(vm, v);
}

/* repr without user __repr__ methods: what object.__repr__ gives. */
Value op_default_repr(VM *vm, Value v) {
    char buf[256];
    if (IS_INT(v)) {
        snprintf(buf, sizeof buf, "%" PRId64, AS_INT(v));
        return str_value(vm, buf);
    }
    if (IS_FLOAT(v)) return float_repr(vm, AS_FLOAT(v));
    if (v == TRUE_VAL) return str_value(vm, "True");
    if (v == FALSE_VAL) return str_value(vm, "False");
    if (IS_NONE(v)) return str_value(vm, "None");
    if (!IS_OBJ(v)) return str_value(vm, "<?>");
    if (v == vm->not_implemented) return str_value(vm, "NotImplemented");
    if (v == vm->ellipsis) return str_value(vm, "Ellipsis");
    switch (OBJ_KIND(v)) {
    case OBJ_STR: return str_repr(vm, AS_STR(v));
    case OBJ_BIGINT: return int_to_str(vm, v, 10, false);
    case OBJ_LIST: return list_repr(vm, AS_LIST(v));
    case OBJ_TUPLE: return tuple_repr(vm, AS_TUPLE(v));
    case OBJ_DICT: return dict_repr(vm, AS_DICT(v));
    case OBJ_SET:
    case OBJ_FROZENSET: return set_repr(vm, AS_SET(v));
    case OBJ_RANGE: return range_repr(vm, AS_RANGE(v));
    case OBJ_SLICE: {
        ObjSlice *s = AS_SLICE(v);
        StrBuf sb;
        sb_init(&sb);
        sb_append_cstr(&sb, "slice(");
        Value parts[3] = {s->start, s->stop, s->step};
        for (int i = 0; i < 3; i++) {
            Value r = op_repr(vm, parts[i]);
            if (IS_ERR(r)) {
                sb_free(&sb);
                return r;
            }
            if (i) sb_append_cstr(&sb, ", ");
            sb_append_str(&sb, AS_STR(r));
        }
        sb_append_char(&sb, ')');
        return sb_finish(vm, &sb);
    }
    case OBJ_FUNCTION:
        snprintf(buf, sizeof buf, "<function %s at 0x%" PRIxPTR ">", AS_FUNCTION(v)->qualname->chars,
                 (uintptr_t)AS_OBJ(v));
        return str_value(vm, buf);
    case OBJ_NATIVE:
        snprintf(buf, sizeof buf, "<built-in function %s>", AS_NATIVE(v)->name);
        return str_value(vm, buf);
    case OBJ_BOUND_METHOD: {
        ObjBoundMethod *bm = AS_BOUND(v);
        if (IS_KIND(bm->func, OBJ_NATIVE)) {
            snprintf(buf, sizeof buf, "<built-in method %s of %s object at 0x%" PRIxPTR ">",
                     AS_NATIVE(bm->func)->name, vm_type_name(vm, bm->self), (uintptr_t)AS_OBJ(bm->self));
            return str_value(vm, buf);
        }
        Value self = op_repr(vm, bm->self);
        if (IS_ERR(self)) return self;
        StrBuf sb;
        sb_init(&sb);
        sb_printf(&sb, "<bound method %s of ", AS_FUNCTION(bm->func)->qualname->chars);
        sb_append_str(&sb, AS_STR(self));
        sb_append_char(&sb, '>');
        return sb_finish(vm, &sb);
    }
    case OBJ_CLASS: {
        ObjClass *cls = AS_CLASS(v);
        if (cls->is_builtin) {
            snprintf(buf, sizeof buf, "<class '%s'>", cls->name->chars);
        } else {
            Value q = dict_get_str(cls->dict, vm->dunder[DUNDER_qualname]);
            snprintf(buf, sizeof buf, "<class '__main__.%s'>", IS_STR(q) ? AS_STR(q)->chars : cls->name->chars);
        }
        return str_value(vm, buf);
    }
    case OBJ_EXCEPTION: {
        ObjException *e = AS_EXCEPTION(v);
        StrBuf sb;
        sb_init(&sb);
        sb_append_str(&sb, e->base.cls->name);
        if (e->args->len == 1) {
            Value r = op_repr(vm, e->args->items[0]);
            if (IS_ERR(r)) {
                sb_free(&sb);
                return r;
            }
            sb_append_char(&sb, '(');
            sb_append_str(&sb, AS_STR(r));
            sb_append_char(&sb, ')');
        } else {
            Value r = tuple_repr(vm, e->args);
            if (IS_ERR(r)) {
                sb_free(&sb);
                return r;
            }
            sb_append_str(&sb, AS_STR(r));
        }
        return sb_finish(vm, &sb);
    }
    case OBJ_INSTANCE: {
        ObjClass *cls = AS_INSTANCE(v)->cls;
        snprintf(buf, sizeof buf, "<%s%s object at 0x%" PRIxPTR ">", cls->is_builtin ? "" : "__main__.",
                 cls->name->chars, (uintptr_t)AS_OBJ(v));
        return str_value(vm, buf);
    }
    case OBJ_DICT_VIEW: {
        ObjDictView *view = (ObjDictView *)AS_OBJ(v);
        Value items = op_to_list(vm, v);
        if (IS_ERR(items)) return items;
        Value inner = list_repr(vm, AS_LIST(items));
        if (IS_ERR(inner)) return inner;
        StrBuf sb;
        sb_init(&sb);
        static const char *const names[] = {"dict_keys(", "dict_values(", "dict_items("};
        sb_append_cstr(&sb, names[view->view_kind]);
        sb_append_str(&sb, AS_STR(inner));
        sb_append_char(&sb, ')');
        return sb_finish(vm, &sb);
    }
    case OBJ_MODULE: return modules_repr(vm, AS_MODULE(v));
    case OBJ_EXTERN:
        snprintf(buf, sizeof buf, "<native function %s>", AS_EXTERN(v)->name->chars);
        return str_value(vm, buf);
    case OBJ_GENERATOR:
        snprintf(buf, sizeof buf, "<generator object %s at 0x%" PRIxPTR ">",
                 AS_GENERATOR(v)->func->qualname->chars, (uintptr_t)AS_OBJ(v));
        return str_value(vm, buf);
    case OBJ_SUPER:
        snprintf(buf, sizeof buf, "<super: <class '%s'>, <%s object>>", AS_SUPER(v)->start->name->chars,
                 vm_type_name(vm, AS_SUPER(v)->self));
        return str_value(vm, buf);
    default: return addr_repr(vm, vm_type_name(vm, v), v);
    }
}

Value op_str(VM *vm, Value v) {
    if (IS_STR(v)) return v;
    if (HOOKED(v)) {
        Value r = vm_call_dunder(vm, v, DUNDER_str, 0, NULL);
        if (!IS_UNDEF(r)) return check_str_result(vm, r, "__str__");
    }
    return op_default_str(vm, v);
}

/* str without user __str__ methods: an exception's args, else the repr. */
Value op_default_str(VM *vm, Value v) {
    if (IS_STR(v)) return v;
    if (IS_EXCEPTION(v)) {
        ObjException *e = AS_EXCEPTION(v);
        if (e->args->len == 0) return OBJ_VAL(vm->s_empty);
        if (e->args->len == 1) {
            /* KeyError shows the repr of its key: KeyError: 'k'. */
            if (vm_is_subclass(e->base.cls, vm->exc_class[EXC_KeyError])) return op_repr(vm, e->args->items[0]);
            return op_str(vm, e->args->items[0]);
        }
        return tuple_repr(vm, e->args);
    }
    return op_repr(vm, v);
}

/* ---- truth ---- */

int op_truthy(VM *vm, Value v) {
    if (IS_BOOL(v)) return v == TRUE_VAL;
    if (IS_INT(v)) return AS_INT(v) != 0;
    if (IS_NONE(v)) return 0;
    if (IS_FLOAT(v)) return AS_FLOAT(v) != 0.0;
    if (!IS_OBJ(v)) return 1;
    if (HOOKED(v)) {
        Value r = vm_call_dunder(vm, v, DUNDER_bool, 0, NULL);
        if (IS_ERR(r)) return -1;
        if (!IS_UNDEF(r)) {
            if (!IS_BOOL(r)) {
                vm_raise(vm, EXC_TypeError, "__bool__ should return bool, returned %s", vm_type_name(vm, r));
                return -1;
            }
            return r == TRUE_VAL;
        }
        r = vm_call_dunder(vm, v, DUNDER_len, 0, NULL);
        if (IS_ERR(r)) return -1;
        if (!IS_UNDEF(r)) {
            int64_t n;
            if (!op_index(vm, r, &n, NULL)) return -1;
            return n != 0;
        }
        if (USER(v)) return 1;
    }
    switch (OBJ_KIND(v)) {
    case OBJ_STR: return AS_STR(v)->len != 0;
    case OBJ_LIST: return AS_LIST(v)->len != 0;
    case OBJ_TUPLE: return AS_TUPLE(v)->len != 0;
    case OBJ_DICT: return AS_DICT(v)->table.count != 0;
    case OBJ_SET:
    case OBJ_FROZENSET: return AS_SET(v)->table.count != 0;
    case OBJ_RANGE: return range_len(AS_RANGE(v)) != 0;
    case OBJ_DICT_VIEW: return ((ObjDictView *)AS_OBJ(v))->dict->table.count != 0;
    default: (void)vm; return 1;
    }
}

/* ---- numbers ---- */

/* Compares two numbers exactly (an int and a float are compared by value, not by
 * converting the int to a float). Returns -1, 0, 1, or 2 when unordered (NaN). */
static int num_cmp(VM *vm, Value a, Value b) {
    a = as_int(a);
    b = as_int(b);
    if (IS_FLOAT(a) && IS_FLOAT(b)) {
        double x = AS_FLOAT(a), y = AS_FLOAT(b);
        if (isnan(x) || isnan(y)) return 2;
        return x < y ? -1 : x > y ? 1 : 0;
    }
    if (!IS_FLOAT(a) && !IS_FLOAT(b)) return int_compare(a, b);
    bool swapped = IS_FLOAT(a);
    Value i = swapped ? b : a;
    double d = AS_FLOAT(swapped ? a : b);
    int r;
    if (isnan(d)) return 2;
    if (isinf(d)) r = d > 0 ? -1 : 1;
    else if (IS_INT(i) && AS_INT(i) > -(1LL << 53) && AS_INT(i) < (1LL << 53)) {
        double x = (double)AS_INT(i);
        r = x < d ? -1 : x > d ? 1 : 0;
    } else {
        double fl = floor(d);
        Value fi = int_from_double(vm, fl);
        r = int_compare(i, fi);
        if (r == 0 && fl != d) r = -1; /* i == floor(d) < d */
    }
    return swapped ? -r : r;
}

static bool to_double(VM *vm, Value v, double *out) {
    if (IS_FLOAT(v)) {
        *out = AS_FLOAT(v);
        return true;
    }
    return int_to_double(vm, as_int(v), out);
}

static Value float_binary(VM *vm, BinOp op, Value a, Value b) {
    double x, y;
    if (!to_double(vm, a, &x) || !to_double(vm, b, &y)) return ERR_VAL;
    switch (op) {
    case BIN_ADD: return FLOAT_VAL(x + y);
    case BIN_SUB: return FLOAT_VAL(x - y);
    case BIN_MUL: return FLOAT_VAL(x * y);
    case BIN_DIV:
        if (y == 0.0) return vm_raise(vm, EXC_ZeroDivisionError, "float division by zero");
        return FLOAT_VAL(x / y);
    case BIN_FLOORDIV:
        if (y == 0.0) return vm_raise(vm, EXC_ZeroDivisionError, "float floor division by zero");
        return FLOAT_VAL(float_floordiv(x, y));
    case BIN_MOD:
        if (y == 0.0) return vm_raise(vm, EXC_ZeroDivisionError, "float modulo");
        return FLOAT_VAL(float_mod(x, y));
    case BIN_POW: return float_pow(vm, x, y);
    default: return UNDEF_VAL;
    }
}

static Value int_binary(VM *vm, BinOp op, Value a, Value b) {
    bool both_bool = IS_BOOL(a) && IS_BOOL(b);
    a = as_int(a);
    b = as_int(b);
    switch (op) {
    case BIN_ADD: return int_add(vm, a, b);
    case BIN_SUB: return int_sub(vm, a, b);
    case BIN_MUL: return int_mul(vm, a, b);
    case BIN_DIV: return int_truediv(vm, a, b);
    case BIN_FLOORDIV: return int_floordiv(vm, a, b);
    case BIN_MOD: return int_mod(vm, a, b);
    case BIN_POW:
        if (int_sign(b) < 0) {
            double x, y;
            if (!int_to_double(vm, a, &x) || !int_to_double(vm, b, &y)) return ERR_VAL;
            return float_pow(vm, x, y);
        }
        return int_pow(vm, a, b);
    case BIN_LSHIFT: return int_lshift(vm, a, b);
    case BIN_RSHIFT: return int_rshift(vm, a, b);
    case BIN_AND: {
        Value r = int_and(vm, a, b);
        return both_bool && !IS_ERR(r) ? BOOL_VAL(AS_INT(r) != 0) : r;
    }
    case BIN_OR: {
        Value r = int_or(vm, a, b);
        return both_bool && !IS_ERR(r) ? BOOL_VAL(AS_INT(r) != 0) : r;
    }
    case BIN_XOR: {
        Value r = int_xor(vm, a, b);
        return both_bool && !IS_ERR(r) ? BOOL_VAL(AS_INT(r) != 0) : r;
    }
    default: return UNDEF_VAL;
    }
}

/* `inplace`: for `a op= b`, whose generic message names the augmented operator. */
static Value unsupported_binary(VM *vm, BinOp op, Value a, Value b, bool inplace) {
    if (op == BIN_ADD && IS_STR(a))
        return vm_raise(vm, EXC_TypeError, "can only concatenate str (not \"%s\") to str", vm_type_name(vm, b));
    if (op == BIN_ADD && (IS_LIST(a) || IS_TUPLE(a)))
        return vm_raise(vm, EXC_TypeError, "can only concatenate %s (not \"%s\") to %s", vm_type_name(vm, a),
                        vm_type_name(vm, b), vm_type_name(vm, a));
    if (op == BIN_MUL && (IS_STR(a) || IS_LIST(a) || IS_TUPLE(a) || IS_STR(b) || IS_LIST(b) || IS_TUPLE(b))) {
        Value other = (IS_STR(a) || IS_LIST(a) || IS_TUPLE(a)) ? b : a;
        return vm_raise(vm, EXC_TypeError, "can't multiply sequence by non-int of type '%s'",
                        vm_type_name(vm, other));
    }
    if (op == BIN_POW && !inplace)
        return vm_raise(vm, EXC_TypeError, "unsupported operand type(s) for ** or pow(): '%s' and '%s'",
                        vm_type_name(vm, a), vm_type_name(vm, b));
    return vm_raise(vm, EXC_TypeError, "unsupported operand type(s) for %s%s: '%s' and '%s'", binop_symbols[op],
                    inplace ? "=" : "", vm_type_name(vm, a), vm_type_name(vm, b));
}

Value op_no_memory(VM *vm) {
    vm->exc = vm_new_exception(vm, vm->exc_class[EXC_MemoryError], NULL);
    return ERR_VAL;
}

/* The most items one repetition makes (2 GB of values); CPython's allocation fails somewhere
 * past it too, with the same bare MemoryError. */
#define REPEAT_MAX_ITEMS ((uint64_t)1 << 28)

/* The count of seq * count as a C integer. Past int64 CPython raises OverflowError (naming
 * count's type, also when __index__ gave the big int), not op_index's IndexError. */
static bool repeat_count(VM *vm, Value count, int64_t *n) {
    Value i = count;
    if (USER(count)) {
        Value r = vm_call_dunder(vm, count, DUNDER_index, 0, NULL);
        if (IS_ERR(r)) return false;
        if (IS_BIGINT(r)) i = r; /* anything else: op_index below checks it */
    }
    if (IS_BIGINT(i) && !int_to_int64(i, n)) {
        vm_raise(vm, EXC_OverflowError, "cannot fit '%s' into an index-sized integer",
                 vm_type_name(vm, count));
        return false;
    }
    return op_index(vm, i, n, NULL);
}

static Value seq_repeat(VM *vm, Value seq, Value count) {
    int64_t n;
    if (!repeat_count(vm, count, &n)) return ERR_VAL;
    if (n < 0) n = 0;
    if (IS_STR(seq)) return str_repeat(vm, AS_STR(seq), n);
    Value *items = IS_LIST(seq) ? AS_LIST(seq)->items : AS_TUPLE(seq)->items;
    uint64_t len = IS_LIST(seq) ? AS_LIST(seq)->len : AS_TUPLE(seq)->len;
    /* Bound n before multiplying: len * n can pass 2**64. */
    if (len && (uint64_t)n > REPEAT_MAX_ITEMS / len) return op_no_memory(vm);
    uint32_t total = (uint32_t)(len * (uint64_t)n);
    if (total == 0) n = 0; /* nothing to copy (and items may be NULL) */
    /* The heap cap applies to one big result too, as to a growing list (list.c). */
    if (!gc_reserve(vm, (uint64_t)total * sizeof(Value))) return ERR_VAL;
    if (IS_LIST(seq)) {
        ObjList *l = list_new(vm, total);
        for (int64_t i = 0; i < n; i++) memcpy(l->items + i * len, items, sizeof(Value) * len);
        l->len = total;
        return OBJ_VAL(l);
    }
    ObjTuple *t = tuple_new(vm, total);
    for (int64_t i = 0; i < n; i++) memcpy(t->items + i * len, items, sizeof(Value) * len);
    return OBJ_VAL(t);
}

static bool is_seq(Value v) {
    return IS_STR(v) || IS_LIST(v) || IS_TUPLE(v);
}

/* a op b for user classes: a.__op__(b), then b.__rop__(a). UNDEF_VAL when neither applies. */
/* b's class overrides the reflected method of a's class: CPython tries it first. */
static bool reflected_first(VM *vm, Value a, Value b, ObjStr *reflected) {
    ObjClass *ca = vm_class_of(vm, a), *cb = vm_class_of(vm, b);
    if (ca == cb || !vm_is_subclass(cb, ca)) return false;
    Value mb = class_lookup(vm, cb, reflected), ma = class_lookup(vm, ca, reflected);
    return !IS_UNDEF(mb) && !IS_KIND(mb, OBJ_NATIVE) && mb != ma;
}

static Value user_binary(VM *vm, BinOp op, Value a, Value b) {
    bool same = vm_class_of(vm, a) == vm_class_of(vm, b);
    if (HOOKED(b) && reflected_first(vm, a, b, vm->binop_dunder[op][1])) {
        ObjClass *cls = vm_class_of(vm, b);
        Value m = class_lookup(vm, cls, vm->binop_dunder[op][1]);
        Value r = op_call(vm, class_bind(vm, m, b, cls), 1, &a, NULL);
        if (!IS_NOT_IMPLEMENTED(r)) return r;
    }
    if (HOOKED(a)) {
        ObjClass *cls = vm_class_of(vm, a);
        Value m = class_lookup(vm, cls, vm->binop_dunder[op][0]);
        if (!IS_UNDEF(m) && !IS_NONE(m) && !IS_KIND(m, OBJ_NATIVE)) {
            Value args[2] = {a, b};
            Value r = IS_FUNCTION(m) ? op_call(vm, m, 2, args, NULL) : op_call(vm, class_bind(vm, m, a, cls), 1, &b, NULL);
            if (!IS_NOT_IMPLEMENTED(r)) return r;
        }
    }
    if (HOOKED(b) && !same) {
        ObjClass *cls = vm_class_of(vm, b);
        Value m = class_lookup(vm, cls, vm->binop_dunder[op][1]);
        if (!IS_UNDEF(m) && !IS_NONE(m) && !IS_KIND(m, OBJ_NATIVE)) {
            Value args[2] = {b, a};
            Value r = IS_FUNCTION(m) ? op_call(vm, m, 2, args, NULL) : op_call(vm, class_bind(vm, m, b, cls), 1, &a, NULL);
            if (!IS_NOT_IMPLEMENTED(r)) return r;
        }
    }
    return UNDEF_VAL;
}

static Value binary(VM *vm, BinOp op, Value a, Value b, bool inplace) {
    /* str % anything is formatting; the right operand's __rmod__ is never asked. */
    if (op == BIN_MOD && IS_STR(a)) return str_percent_format(vm, AS_STR(a), b);
    if (IS_SUBCLASSED(a) || IS_SUBCLASSED(b)) {
        Value r = user_binary(vm, op, a, b);
        if (!IS_UNDEF(r)) return r;
    }
    if (USER(a) || USER(b)) {
        Value r = user_binary(vm, op, a, b);
        if (!IS_UNDEF(r)) return r;
        /* A sequence times an object with __index__. */
        if (op == BIN_MUL && is_seq(a) && USER(b) &&
            !IS_UNDEF(class_lookup(vm, AS_INSTANCE(b)->cls, vm->dunder[DUNDER_index])))
            return seq_repeat(vm, a, b);
        return unsupported_binary(vm, op, a, b, inplace);
    }
    if (is_number(a) && is_number(b)) {
        if (IS_FLOAT(a) || IS_FLOAT(b)) {
            Value r = float_binary(vm, op, a, b);
            if (!IS_UNDEF(r)) return r;
            return unsupported_binary(vm, op, a, b, inplace);
        }
        Value r = int_binary(vm, op, a, b);
        if (!IS_UNDEF(r)) return r;
        return unsupported_binary(vm, op, a, b, inplace);
    }
    if (IS_OBJ(a)) {
        switch (OBJ_KIND(a)) {
        case OBJ_STR:
            if (op == BIN_ADD && IS_STR(b)) return str_concat(vm, AS_STR(a), AS_STR(b));
            if (op == BIN_MOD) return str_percent_format(vm, AS_STR(a), b);
            break;
        case OBJ_LIST:
            if (op == BIN_ADD && IS_LIST(b)) {
                ObjList *x = AS_LIST(a), *y = AS_LIST(b);
                ObjList *l = list_new(vm, x->len + y->len);
                if (x->len) memcpy(l->items, x->items, sizeof(Value) * x->len);
                if (y->len) memcpy(l->items + x->len, y->items, sizeof(Value) * y->len);
                l->len = x->len + y->len;
                return OBJ_VAL(l);
            }
            break;
        case OBJ_TUPLE:
            if (op == BIN_ADD && IS_TUPLE(b)) {
                ObjTuple *x = AS_TUPLE(a), *y = AS_TUPLE(b);
                ObjTuple *t = tuple_new(vm, x->len + y->len);
                if (x->len) memcpy(t->items, x->items, sizeof(Value) * x->len);
                if (y->len) memcpy(t->items + x->len, y->items, sizeof(Value) * y->len);
                return OBJ_VAL(t);
            }
            break;
        case OBJ_SET:
        case OBJ_FROZENSET:
        case OBJ_DICT_VIEW:
            /* Sets, and the keys and items views of dicts, combine with each other. */
            if (op == BIN_OR || op == BIN_AND || op == BIN_SUB || op == BIN_XOR) return set_binary(vm, op, a, b);
            break;
        case OBJ_DICT:
            if (op == BIN_OR && IS_DICT(b)) {
                ObjDict *d = dict_new(vm);
                if (!dict_update(vm, d, a) || !dict_update(vm, d, b)) return ERR_VAL;
                return OBJ_VAL(d);
            }
            break;
        default: break;
        }
    }
    if (IS_KIND(b, OBJ_DICT_VIEW) && (op == BIN_OR || op == BIN_AND || op == BIN_SUB || op == BIN_XOR))
        return set_binary(vm, op, a, b);
    if (op == BIN_MUL) {
        if (is_seq(a) && (IS_ANYINT(b) || IS_BOOL(b))) return seq_repeat(vm, a, b);
        if (is_seq(b) && (IS_ANYINT(a) || IS_BOOL(a))) return seq_repeat(vm, b, a);
    }
    return unsupported_binary(vm, op, a, b, inplace);
}

Value op_binary(VM *vm, BinOp op, Value a, Value b) {
    return binary(vm, op, a, b, false);
}

Value op_inplace(VM *vm, BinOp op, Value a, Value b) {
    if (HOOKED(a)) {
        ObjClass *cls = vm_class_of(vm, a);
        Value m = class_lookup(vm, cls, vm->binop_dunder[op][2]);
        if (!IS_UNDEF(m) && !IS_NONE(m) && !IS_KIND(m, OBJ_NATIVE)) {
            Value r = op_call(vm, class_bind(vm, m, a, cls), 1, &b, NULL);
            if (!IS_NOT_IMPLEMENTED(r)) return r;
        }
        if (USER(a)) return op_binary(vm, op, a, b);
    }
    if (IS_LIST(a)) {
        if (op == BIN_ADD) {
            if (!list_extend(vm, AS_LIST(a), b)) return ERR_VAL;
            return a;
        }
        if (op == BIN_MUL) {
            Value r = seq_repeat(vm, a, b);
            if (IS_ERR(r)) return r;
            ObjList *l = AS_LIST(a), *src = AS_LIST(r);
            l->items = gc_realloc(vm, l->items, sizeof(Value) * l->cap, sizeof(Value) * (src->len ? src->len : 1));
            l->cap = src->len ? src->len : 1;
            if (src->len) memcpy(l->items, src->items, sizeof(Value) * src->len);
            l->len = src->len;
            return a;
        }
    }
    if (IS_SET(a) && (IS_SET(b) || IS_KIND(b, OBJ_FROZENSET))) return set_inplace(vm, op, a, b);
    if (IS_DICT(a) && op == BIN_OR) {
        if (!dict_update(vm, AS_DICT(a), b)) return ERR_VAL;
        return a;
    }
    return binary(vm, op, a, b, true);
}

Value op_unary(VM *vm, UnaryOp op, Value v) {
    if (op == UN_NOT) {
        int t = op_truthy(vm, v);
        return t < 0 ? ERR_VAL : BOOL_VAL(!t);
    }
    if (IS_FLOAT(v)) {
        if (op == UN_NEG) return FLOAT_VAL(-AS_FLOAT(v));
        if (op == UN_POS) return v;
        return vm_raise(vm, EXC_TypeError, "bad operand type for unary ~: 'float'");
    }
    if (IS_INT(v) || IS_BOOL(v) || IS_BIGINT(v)) {
        Value i = as_int(v);
        if (op == UN_NEG) return int_neg(vm, i);
        if (op == UN_POS) return i;
        return int_invert(vm, i);
    }
    if (USER(v)) {
        static const DunderId ids[] = {DUNDER_neg, DUNDER_pos, DUNDER_invert};
        Value r = vm_call_dunder(vm, v, ids[op], 0, NULL);
        if (!IS_UNDEF(r)) return r;
    }
    static const char *const symbols[] = {"-", "+", "~"};
    return vm_raise(vm, EXC_TypeError, "bad operand type for unary %s: '%s'", symbols[op], vm_type_name(vm, v));
}

/* ---- equality, ordering, hashing ---- */

/* A rich comparison through user methods: a.__op__(b), then the reflected b.__rop__(a).
 * UNDEF_VAL when neither is defined (or both return NotImplemented). */
static Value user_compare(VM *vm, CmpOp op, Value a, Value b) {
    static const DunderId forward[] = {DUNDER_lt, DUNDER_le, DUNDER_eq, DUNDER_ne, DUNDER_gt, DUNDER_ge};
    static const DunderId reflected[] = {DUNDER_gt, DUNDER_ge, DUNDER_eq, DUNDER_ne, DUNDER_lt, DUNDER_le};
    if (HOOKED(b) && reflected_first(vm, a, b, vm->dunder[reflected[op]])) {
        Value r = vm_call_dunder(vm, b, reflected[op], 1, &a);
        if (IS_ERR(r)) return r;
        if (!IS_UNDEF(r) && !IS_NOT_IMPLEMENTED(r)) return r;
    }
    if (HOOKED(a)) {
        Value r = vm_call_dunder(vm, a, forward[op], 1, &b);
        if (IS_ERR(r)) return r;
        if (!IS_UNDEF(r) && !IS_NOT_IMPLEMENTED(r)) return r;
    }
    if (HOOKED(b)) {
        Value r = vm_call_dunder(vm, b, reflected[op], 1, &a);
        if (IS_ERR(r)) return r;
        if (!IS_UNDEF(r) && !IS_NOT_IMPLEMENTED(r)) return r;
    }
    return UNDEF_VAL;
}

int op_eq(VM *vm, Value a, Value b) {
    if (IS_SUBCLASSED(a) || IS_SUBCLASSED(b)) {
        Value r = user_compare(vm, CMP_EQ, a, b);
        if (IS_ERR(r)) return -1;
        if (!IS_UNDEF(r)) return op_truthy(vm, r);
    }
    if (USER(a) || USER(b)) {
        Value r = user_compare(vm, CMP_EQ, a, b);
        if (IS_ERR(r)) return -1;
        if (!IS_UNDEF(r)) return op_truthy(vm, r);
        return a == b;
    }
    if (is_number(a) && is_number(b)) {
        if (IS_INT(a) && IS_INT(b)) return a == b;
        return num_cmp(vm, a, b) == 0;
    }
    if (a == b) return 1;
    if (!IS_OBJ(a) || !IS_OBJ(b)) return 0;
    ObjKind ka = (ObjKind)OBJ_KIND(a), kb = (ObjKind)OBJ_KIND(b);
    switch (ka) {
    case OBJ_STR: return kb == OBJ_STR && str_equal(AS_STR(a), AS_STR(b));
    case OBJ_TUPLE:
        if (kb != OBJ_TUPLE) return 0;
        return seq_compare(vm, CMP_EQ, AS_TUPLE(a)->items, AS_TUPLE(a)->len, AS_TUPLE(b)->items, AS_TUPLE(b)->len);
    case OBJ_LIST:
        if (kb != OBJ_LIST) return 0;
        return seq_compare(vm, CMP_EQ, AS_LIST(a)->items, AS_LIST(a)->len, AS_LIST(b)->items, AS_LIST(b)->len);
    case OBJ_DICT: return kb == OBJ_DICT ? dict_equal(vm, AS_DICT(a), AS_DICT(b)) : 0;
    case OBJ_SET:
    case OBJ_FROZENSET:
        if (kb == OBJ_DICT_VIEW) return op_eq(vm, b, a);
        if (kb != OBJ_SET && kb != OBJ_FROZENSET) return 0;
        return set_compare(vm, CMP_EQ, AS_SET(a), AS_SET(b));
    case OBJ_RANGE: return kb == OBJ_RANGE && range_equal(AS_RANGE(a), AS_RANGE(b));
    case OBJ_SLICE: {
        if (kb != OBJ_SLICE) return 0;
        ObjSlice *x = AS_SLICE(a), *y = AS_SLICE(b);
        Value xa[3] = {x->start, x->stop, x->step}, ya[3] = {y->start, y->stop, y->step};
        return seq_compare(vm, CMP_EQ, xa, 3, ya, 3);
    }
    case OBJ_DICT_VIEW: {
        if ((kb == OBJ_SET || kb == OBJ_FROZENSET) && ((ObjDictView *)AS_OBJ(a))->view_kind != VIEW_VALUES) {
            ObjSet *sa = set_new(vm, true);
            if (!set_update(vm, sa, a)) return -1;
            return set_compare(vm, CMP_EQ, sa, AS_SET(b));
        }
        if (kb != OBJ_DICT_VIEW) return 0;
        Value la = op_to_list(vm, a), lb = op_to_list(vm, b);
        if (IS_ERR(la) || IS_ERR(lb)) return -1;
        ObjDictView *va = (ObjDictView *)AS_OBJ(a);
        if (va->view_kind == VIEW_VALUES) return 0;
        ObjSet *sa = set_new(vm, true), *sb = set_new(vm, true);
        if (!set_update(vm, sa, la) || !set_update(vm, sb, lb)) return -1;
        return set_compare(vm, CMP_EQ, sa, sb);
    }
    case OBJ_BOUND_METHOD: {
        if (kb != OBJ_BOUND_METHOD) return 0;
        return AS_BOUND(a)->func == AS_BOUND(b)->func && AS_BOUND(a)->self == AS_BOUND(b)->self;
    }
    default: return 0;
    }
}

int op_compare(VM *vm, CmpOp op, Value a, Value b) {
    if (IS_SUBCLASSED(a) || IS_SUBCLASSED(b)) {
        Value r = user_compare(vm, op, a, b);
        if (IS_ERR(r)) return -1;
        if (!IS_UNDEF(r)) return op_truthy(vm, r);
    }
    if (USER(a) || USER(b)) {
        Value r = op_compare_value(vm, op, a, b);
        return IS_ERR(r) ? -1 : op_truthy(vm, r);
    }
    if (op == CMP_EQ) return op_eq(vm, a, b);
    if (op == CMP_NE) {
        int r = op_eq(vm, a, b);
        return r < 0 ? r : !r;
    }
    if (is_number(a) && is_number(b)) {
        int c = num_cmp(vm, a, b);
        if (c == 2) return 0;
        switch (op) {
        case CMP_LT: return c < 0;
        case CMP_LE: return c <= 0;
        case CMP_GT: return c > 0;
        default: return c >= 0;
        }
    }
    if (IS_STR(a) && IS_STR(b)) {
        int c = str_compare(AS_STR(a), AS_STR(b));
        switch (op) {
        case CMP_LT: return c < 0;
        case CMP_LE: return c <= 0;
        case CMP_GT: return c > 0;
        default: return c >= 0;
        }
    }
    if (IS_LIST(a) && IS_LIST(b))
        return seq_compare(vm, op, AS_LIST(a)->items, AS_LIST(a)->len, AS_LIST(b)->items, AS_LIST(b)->len);
    if (IS_TUPLE(a) && IS_TUPLE(b))
        return seq_compare(vm, op, AS_TUPLE(a)->items, AS_TUPLE(a)->len, AS_TUPLE(b)->items, AS_TUPLE(b)->len);
    if ((IS_SET(a) || IS_KIND(a, OBJ_FROZENSET)) && (IS_SET(b) || IS_KIND(b, OBJ_FROZENSET)))
        return set_compare(vm, op, AS_SET(a), AS_SET(b));
    /* dict.keys() and .items() compare as sets: keys >= {'a'} */
    if ((IS_KIND(a, OBJ_DICT_VIEW) || set_is_any(a)) && (IS_KIND(b, OBJ_DICT_VIEW) || set_is_any(b)) &&
        !(IS_KIND(a, OBJ_DICT_VIEW) && ((ObjDictView *)AS_OBJ(a))->view_kind == VIEW_VALUES) &&
        !(IS_KIND(b, OBJ_DICT_VIEW) && ((ObjDictView *)AS_OBJ(b))->view_kind == VIEW_VALUES)) {
        ObjSet *sa = set_new(vm, true), *sb = set_new(vm, true);
        if (!set_update(vm, sa, a) || !set_update(vm, sb, b)) return -1;
        return set_compare(vm, op, sa, sb);
    }
    vm_raise(vm, EXC_TypeError, "'%s' not supported between instances of '%s' and '%s'", cmp_symbols[op],
             vm_type_name(vm, a), vm_type_name(vm, b));
    return -1;
}

Value op_compare_value(VM *vm, CmpOp op, Value a, Value b) {
    if (USER(a) || USER(b)) {
        Value r = user_compare(vm, op, a, b);
        if (!IS_UNDEF(r)) return r;
        if (op == CMP_EQ) return BOOL_VAL(a == b);
        if (op == CMP_NE) {
            /* The default __ne__ inverts __eq__. */
            Value eq = user_compare(vm, CMP_EQ, a, b);
            if (IS_ERR(eq)) return eq;
            if (IS_UNDEF(eq)) return BOOL_VAL(a != b);
            int t = op_truthy(vm, eq);
            return t < 0 ? ERR_VAL : BOOL_VAL(!t);
        }
        vm_raise(vm, EXC_TypeError, "'%s' not supported between instances of '%s' and '%s'", cmp_symbols[op],
                 vm_type_name(vm, a), vm_type_name(vm, b));
        return ERR_VAL;
    }
    int r = op_compare(vm, op, a, b);
    return r < 0 ? ERR_VAL : BOOL_VAL(r);
}

static int64_t address_hash(Value v) {
    uint64_t x = (uint64_t)(uintptr_t)AS_OBJ(v);
    x = (x >> 4) | (x << 60);
    int64_t h = (int64_t)(x & 0x0FFFFFFFFFFFFFFFull);
    return h == -1 ? -2 : h;
}

bool op_hash(VM *vm, Value v, int64_t *out) {
    if (IS_INT(v) || IS_BIGINT(v)) {
        *out = int_hash(v);
        return true;
    }
    if (IS_FLOAT(v)) {
        *out = float_hash(AS_FLOAT(v));
        return true;
    }
    if (IS_BOOL(v)) {
        *out = v == TRUE_VAL;
        return true;
    }
    if (IS_NONE(v)) {
        *out = 0x5f3759df;
        return true;
    }
    if (USER(v)) {
        Value m = class_lookup(vm, AS_INSTANCE(v)->cls, vm->dunder[DUNDER_hash]);
        if (IS_NONE(m)) {
            vm_raise(vm, EXC_TypeError, "unhashable type: '%s'", vm_type_name(vm, v));
            return false;
        }
        Value r = IS_UNDEF(m) ? UNDEF_VAL : vm_call_dunder(vm, v, DUNDER_hash, 0, NULL);
        if (!IS_UNDEF(r)) {
            if (IS_ERR(r)) return false;
            if (!IS_ANYINT(r) && !IS_BOOL(r)) {
                vm_raise(vm, EXC_TypeError, "__hash__ method should return an integer");
                return false;
            }
            /* As CPython: the value itself when it fits 64 bits (-1 is -2: the error
             * marker), else the hash of the int. */
            int64_t h;
            if (int_to_int64(as_int(r), &h)) *out = h == -1 ? -2 : h;
            else *out = int_hash(as_int(r));
            return true;
        }
    }
    switch (OBJ_KIND(v)) {
    case OBJ_STR: *out = AS_STR(v)->hash; return true;
    case OBJ_TUPLE: return tuple_hash(vm, AS_TUPLE(v), out);
    case OBJ_FROZENSET: return set_hash(vm, AS_SET(v), out);
    case OBJ_RANGE: return range_hash(vm, AS_RANGE(v), out);
    case OBJ_LIST:
    case OBJ_DICT:
    case OBJ_SET:
    case OBJ_SLICE:
    case OBJ_DICT_VIEW:
        vm_raise(vm, EXC_TypeError, "unhashable type: '%s'", vm_type_name(vm, v));
        return false;
    case OBJ_BOUND_METHOD: {
        int64_t a, b;
        if (!op_hash(vm, AS_BOUND(v)->self, &a)) return false;
        if (!op_hash(vm, AS_BOUND(v)->func, &b)) return false;
        *out = (a * 1000003) ^ b;
        if (*out == -1) *out = -2;
        return true;
    }
    default: *out = address_hash(v); return true;
    }
}

/* ---- subscripts ---- */

Value op_getitem(VM *vm, Value obj, Value key) {
    if (HOOKED(obj)) {
        Value r = vm_call_dunder(vm, obj, DUNDER_getitem, 1, &key);
        if (!IS_UNDEF(r)) return r;
        if (IS_DICT(obj)) {
            /* dict subclasses: __missing__ answers for absent keys. */
            Value v;
            int found = dict_get(vm, AS_DICT(obj), key, &v);
            if (found < 0) return ERR_VAL;
            if (found) return v;
            Value missing = class_lookup(vm, vm_class_of(vm, obj), str_intern_cstr(vm, "__missing__"));
            if (IS_FUNCTION(missing)) {
                Value args[2] = {obj, key};
                return op_call(vm, missing, 2, args, NULL);
            }
        }
    }
    if (IS_OBJ(obj)) switch (OBJ_KIND(obj)) {
        case OBJ_LIST: return list_getitem(vm, AS_LIST(obj), key);
        case OBJ_TUPLE: return tuple_getitem(vm, AS_TUPLE(obj), key);
        case OBJ_STR: return str_getitem(vm, AS_STR(obj), key);
        case OBJ_DICT: return dict_getitem(vm, AS_DICT(obj), key);
        case OBJ_RANGE: return range_getitem(vm, AS_RANGE(obj), key);
        case OBJ_CLASS: {
            /* list[int] and friends: generic aliases are accepted and ignored. */
            ObjClass *cls = AS_CLASS(obj);
            if (cls->is_builtin) return obj;
            /* C[item] calls C.__class_getitem__(item), a class method without saying so. */
            Value hook = class_lookup(vm, cls, str_intern_cstr(vm, "__class_getitem__"));
            if (IS_KIND(hook, OBJ_CLASSMETHOD)) hook = AS_WRAPPER(hook)->fget;
            if (IS_FUNCTION(hook)) {
                Value args[2] = {obj, key};
                return op_call(vm, hook, 2, args, NULL);
            }
            break;
        }
        default: break;
        }
    if (IS_CLASS(obj))
        return vm_raise(vm, EXC_TypeError, "type '%s' is not subscriptable", AS_CLASS(obj)->name->chars);
    return vm_raise(vm, EXC_TypeError, "'%s' object is not subscriptable", vm_type_name(vm, obj));
}

bool op_setitem(VM *vm, Value obj, Value key, Value value) {
    if (HOOKED(obj)) {
        Value args[2] = {key, value};
        Value r = vm_call_dunder(vm, obj, DUNDER_setitem, 2, args);
        if (IS_ERR(r)) return false;
        if (!IS_UNDEF(r)) return true;
    }
    if (IS_LIST(obj)) return list_setitem(vm, AS_LIST(obj), key, value);
    if (IS_DICT(obj)) return dict_set(vm, AS_DICT(obj), key, value);
    vm_raise(vm, EXC_TypeError, "'%s' object does not support item assignment", vm_type_name(vm, obj));
    return false;
}

bool op_delitem(VM *vm, Value obj, Value key) {
    if (HOOKED(obj)) {
        Value r = vm_call_dunder(vm, obj, DUNDER_delitem, 1, &key);
        if (IS_ERR(r)) return false;
        if (!IS_UNDEF(r)) return true;
    }
    if (IS_LIST(obj)) return list_delitem(vm, AS_LIST(obj), key);
    if (IS_DICT(obj)) {
        int r = dict_delete(vm, AS_DICT(obj), key);
        if (r < 0) return false;
        if (r == 0) {
            vm_raise_arg(vm, EXC_KeyError, key);
            return false;
        }
        return true;
    }
    vm_raise(vm, EXC_TypeError, "'%s' object doesn't support item deletion", vm_type_name(vm, obj));
    return false;
}

/* ---- attributes ---- */

static bool name_is(ObjStr *name, const char *text) {
    return strcmp(name->chars, text) == 0;
}

/* Data attributes that builtin values carry: range.start, e.args, f.__name__ ... */
static Value special_attr(VM *vm, Value obj, ObjStr *name) {
    if (name_is(name, "__class__")) return OBJ_VAL(vm_class_of(vm, obj));
    if (name_is(name, "__dict__") && IS_OBJ(obj) &&
        (OBJ_KIND(obj) == OBJ_INSTANCE || OBJ_KIND(obj) == OBJ_EXCEPTION) && !AS_INSTANCE(obj)->cls->is_builtin) {
        ObjInstance *inst = AS_INSTANCE(obj);
        if (!inst->dict) inst->dict = dict_new(vm);
        return OBJ_VAL(inst->dict);
    }
    if (is_number(obj)) {
        if (name_is(name, "real")) return IS_FLOAT(obj) ? obj : as_int(obj);
        if (name_is(name, "imag")) return IS_FLOAT(obj) ? FLOAT_VAL(0.0) : INT_VAL(0);
        if (!IS_FLOAT(obj) && name_is(name, "numerator")) return as_int(obj);
        if (!IS_FLOAT(obj) && name_is(name, "denominator")) return INT_VAL(1);
        return UNDEF_VAL;
    }
    if (!IS_OBJ(obj)) return UNDEF_VAL;
    switch (OBJ_KIND(obj)) {
    case OBJ_RANGE:
        if (name_is(name, "start")) return int_from_int64(vm, AS_RANGE(obj)->start);
        if (name_is(name, "stop")) return int_from_int64(vm, AS_RANGE(obj)->stop);
        if (name_is(name, "step")) return int_from_int64(vm, AS_RANGE(obj)->step);
        break;
    case OBJ_SLICE:
        if (name_is(name, "start")) return AS_SLICE(obj)->start;
        if (name_is(name, "stop")) return AS_SLICE(obj)->stop;
        if (name_is(name, "step")) return AS_SLICE(obj)->step;
        break;
    case OBJ_EXCEPTION:
        if (name_is(name, "args")) return OBJ_VAL(AS_EXCEPTION(obj)->args);
        if (name_is(name, "value") && vm_isinstance(vm, obj, vm->exc_class[EXC_StopIteration])) {
            ObjTuple *args = AS_EXCEPTION(obj)->args;
            return args->len ? args->items[0] : NONE_VAL;
        }
        if (name_is(name, "code") && vm_isinstance(vm, obj, vm->exc_class[EXC_SystemExit])) {
            /* exit(): None; exit(n): n; exit(a, b): the args tuple */
            ObjTuple *args = AS_EXCEPTION(obj)->args;
            return args->len == 0 ? NONE_VAL : args->len == 1 ? args->items[0] : OBJ_VAL(args);
        }
        if (name_is(name, "__cause__")) return AS_EXCEPTION(obj)->cause;
        if (name_is(name, "__context__")) return AS_EXCEPTION(obj)->context;
        if (name_is(name, "__suppress_context__")) return BOOL_VAL(AS_EXCEPTION(obj)->suppress_context);
        /* NameError.name, AttributeError.name and .obj (None when not known) */
        if (name_is(name, "name") && (vm_isinstance(vm, obj, vm->exc_class[EXC_NameError]) ||
                                      vm_isinstance(vm, obj, vm->exc_class[EXC_AttributeError])))
            return AS_EXCEPTION(obj)->name;
        if (name_is(name, "obj") && vm_isinstance(vm, obj, vm->exc_class[EXC_AttributeError]))
            return AS_EXCEPTION(obj)->obj;
        break;
    case OBJ_FUNCTION: {
        ObjFunction *fn = AS_FUNCTION(obj);
        if (name_is(name, "__name__")) return OBJ_VAL(fn->name);
        if (name_is(name, "__qualname__")) return OBJ_VAL(fn->qualname);
        if (name_is(name, "__doc__")) return fn->code->doc ? OBJ_VAL(fn->code->doc) : NONE_VAL;
        if (name_is(name, "__module__")) return OBJ_VAL(vm->s_main);
        if (name_is(name, "__defaults__")) return fn->defaults ? OBJ_VAL(fn->defaults) : NONE_VAL;
        if (fn->attrs) {
            Value v = dict_get_str(fn->attrs, name);
            if (!IS_UNDEF(v)) return v;
        }
        break;
    }
    case OBJ_NATIVE:
        if (name_is(name, "__name__") || name_is(name, "__qualname__")) return str_value(vm, AS_NATIVE(obj)->name);
        break;
    case OBJ_PROPERTY:
        /* What the abc module reads: which functions a property holds. */
        if (name_is(name, "fget")) return AS_WRAPPER(obj)->fget;
        if (name_is(name, "fset")) return AS_WRAPPER(obj)->fset;
        if (name_is(name, "fdel")) return AS_WRAPPER(obj)->fdel;
        break;
    case OBJ_STATICMETHOD:
    case OBJ_CLASSMETHOD:
        if (name_is(name, "__func__") || name_is(name, "__wrapped__")) return AS_WRAPPER(obj)->fget;
        break;
    case OBJ_BOUND_METHOD:
        if (name_is(name, "__self__")) return AS_BOUND(obj)->self;
        if (name_is(name, "__func__")) return AS_BOUND(obj)->func;
        if (name_is(name, "__name__")) return special_attr(vm, AS_BOUND(obj)->func, name);
        break;
    case OBJ_CLASS: {
        ObjClass *cls = AS_CLASS(obj);
        if (name_is(name, "__qualname__")) {
            Value q = cls->is_builtin ? UNDEF_VAL : dict_get_str(cls->dict, name);
            return IS_UNDEF(q) ? OBJ_VAL(cls->name) : q;
        }
        if (name_is(name, "__name__")) return OBJ_VAL(cls->name);
        if (name_is(name, "__mro__")) return OBJ_VAL(cls->mro);
        if (name_is(name, "__bases__")) return OBJ_VAL(cls->bases);
        if (name_is(name, "__module__")) {
            Value m = cls->is_builtin ? UNDEF_VAL : dict_get_str(cls->dict, name);
            return !IS_UNDEF(m) ? m : cls->is_builtin ? str_value(vm, "builtins") : OBJ_VAL(vm->s_main);
        }
        if (name_is(name, "__doc__")) {
            Value d = cls->is_builtin ? UNDEF_VAL : dict_get_str(cls->dict, name);
            return IS_UNDEF(d) ? NONE_VAL : d;
        }
        /* A copy, read-only in effect as CPython's mappingproxy: the class's own dict
         * changes only through setattr/delattr, which keep class_lookup's cache true. */
        if (name_is(name, "__dict__") && !cls->is_builtin) return dict_copy(vm, cls->dict);
        break;
    }
    default: break;
    }
    return UNDEF_VAL;
}

static Value getattr_impl(VM *vm, Value obj, ObjStr *name, Value dflt, bool swallow);

Value op_getattr_default(VM *vm, Value obj, ObjStr *name, Value dflt) {
    return getattr_impl(vm, obj, name, dflt, true);
}

/* `swallow`: an AttributeError raised by a user's __getattr__ means "absent". */
/* The __get__ of `attr` when it is a descriptor of the program's own, else UNDEF_VAL. */
static Value descriptor_getter(VM *vm, Value attr) {
    if (!USER(attr)) return UNDEF_VAL;
    Value getter = class_lookup(vm, AS_INSTANCE(attr)->cls, vm->dunder[DUNDER_get]);
    return IS_FUNCTION(getter) ? getter : UNDEF_VAL;
}

/* getter(attr, obj, owner): obj is None when the attribute is read from the class. */
static Value descriptor_get(VM *vm, Value getter, Value attr, Value obj, ObjClass *owner) {
    Value args[3] = {attr, obj, OBJ_VAL(owner)};
    return op_call(vm, getter, 3, args, NULL);
}

static Value getattr_impl(VM *vm, Value obj, ObjStr *name, Value dflt, bool swallow) {
    if (IS_KIND(obj, OBJ_SUPER)) {
        Value v = super_getattr(vm, AS_SUPER(obj), name);
        return IS_UNDEF(v) ? dflt : v;
    }
    if (IS_CLASS(obj)) {
        /* Type attributes (__name__, __mro__ ...) first, then the MRO. */
        Value v = special_attr(vm, obj, name);
        if (!IS_UNDEF(v)) return v;
        v = class_lookup(vm, AS_CLASS(obj), name);
        Value getter = descriptor_getter(vm, v);
        if (!IS_UNDEF(getter)) return descriptor_get(vm, getter, v, NONE_VAL, AS_CLASS(obj));
        if (!IS_UNDEF(v)) return class_bind(vm, v, obj, AS_CLASS(obj));
        /* Methods of `type` itself: C.mro() */
        v = dict_get_str(vm->cls_type->dict, name);
        if (IS_KIND(v, OBJ_NATIVE)) {
            ObjBoundMethod *bm = (ObjBoundMethod *)obj_alloc(vm, OBJ_BOUND_METHOD, sizeof(ObjBoundMethod));
            bm->self = obj;
            bm->func = v;
            return OBJ_VAL(bm);
        }
        return dflt;
    }
    if (IS_KIND(obj, OBJ_MODULE)) {
        Value v = dict_get_str(AS_MODULE(obj)->globals, name);
        if (!IS_UNDEF(v)) return v;
        if (name_is(name, "__name__")) return modules_name(vm, AS_MODULE(obj));
        return dflt;
    }
    ObjClass *cls = vm_class_of(vm, obj);
    Value attr = class_lookup(vm, cls, name);
    /* A descriptor of the program's own: __get__(attr, obj, cls). One with __set__ or
     * __delete__ (a data descriptor) comes before the instance's dict, another after. */
    Value getter = descriptor_getter(vm, attr);
    if (!IS_UNDEF(getter)) {
        ObjClass *dcls = AS_INSTANCE(attr)->cls;
        if (IS_FUNCTION(class_lookup(vm, dcls, vm->dunder[DUNDER_set])) ||
            IS_FUNCTION(class_lookup(vm, dcls, str_intern_cstr(vm, "__delete__"))))
            return descriptor_get(vm, getter, attr, obj, cls);
    }
    if (IS_KIND(attr, OBJ_PROPERTY)) {
        Value fget = AS_WRAPPER(attr)->fget;
        if (IS_NONE(fget))
            return vm_raise(vm, EXC_AttributeError, "property '%s' of '%s' object has no getter", name->chars,
                            cls->name->chars);
        return op_call(vm, fget, 1, &obj, NULL);
    }
    /* An instance's only special attributes are __class__ and __dict__: spare the common
     * attribute the string comparisons. */
    Value v = IS_KIND(obj, OBJ_INSTANCE) && name->chars[0] != '_' ? UNDEF_VAL : special_attr(vm, obj, name);
    if (!IS_UNDEF(v)) return v;
    if (IS_OBJ(obj) && (OBJ_KIND(obj) == OBJ_INSTANCE || OBJ_KIND(obj) == OBJ_EXCEPTION) && AS_INSTANCE(obj)->dict) {
        v = dict_get_str(AS_INSTANCE(obj)->dict, name);
        if (!IS_UNDEF(v)) return v;
    }
    ObjDict **attrs = subclass_attrs(obj);
    if (attrs && *attrs) {
        v = dict_get_str(*attrs, name);
        if (!IS_UNDEF(v)) return v;
    }
    if (!IS_UNDEF(getter)) return descriptor_get(vm, getter, attr, obj, cls);
    if (!IS_UNDEF(attr)) return class_bind(vm, attr, obj, cls);
    if (USER(obj)) {
        Value hook = class_lookup(vm, cls, vm->dunder[DUNDER_getattr]);
        if (!IS_UNDEF(hook)) {
            Value args[2] = {obj, OBJ_VAL(name)};
            Value r = op_call(vm, hook, 2, args, NULL);
            if (IS_ERR(r) && swallow && vm_exc_matches(vm, EXC_AttributeError)) {
                vm_clear_exc(vm);
                return dflt;
            }
            return r;
        }
    }
    return dflt;
}

static Value getattr_or_raise(VM *vm, Value obj, ObjStr *name) {
    Value v = getattr_impl(vm, obj, name, UNDEF_VAL, false);
    if (!IS_UNDEF(v)) return v;
    if (IS_KIND(obj, OBJ_SUPER))
        return vm_raise(vm, EXC_AttributeError, "'super' object has no attribute '%s'", name->chars);
    if (IS_KIND(obj, OBJ_MODULE))
        return vm_raise(vm, EXC_AttributeError, "module '%s' has no attribute '%s'",
                        AS_STR(modules_name(vm, AS_MODULE(obj)))->chars, name->chars);
    if (IS_ERR(v)) return v;
    if (IS_CLASS(obj))
        return vm_raise(vm, EXC_AttributeError, "type object '%s' has no attribute '%s'", AS_CLASS(obj)->name->chars,
                        name->chars);
    return vm_raise(vm, EXC_AttributeError, "'%s' object has no attribute '%s'", vm_type_name(vm, obj), name->chars);
}

Value op_getattr(VM *vm, Value obj, ObjStr *name) {
    Value v = getattr_or_raise(vm, obj, name);
    /* An AttributeError out of an attribute lookup, ours or one a property or __getattr__
     * raised, learns the name and the object, for its report's "Did you mean" (as in
     * CPython, one that knows them already keeps what it knows). */
    if (IS_ERR(v) && IS_EXCEPTION(vm->exc) && IS_NONE(AS_EXCEPTION(vm->exc)->name) &&
        IS_NONE(AS_EXCEPTION(vm->exc)->obj) && vm_exc_matches(vm, EXC_AttributeError)) {
        AS_EXCEPTION(vm->exc)->name = OBJ_VAL(name);
        AS_EXCEPTION(vm->exc)->obj = obj;
    }
    return v;
}

/* The attributes an exception keeps in its own fields: 1 when set, 0 when it raised, -1
 * when `name` is none of them. */
static int exception_setattr(VM *vm, Value obj, ObjStr *name, Value value) {
    ObjException *e = AS_EXCEPTION(obj);
    if (name_is(name, "args")) {
        Value t = op_to_list(vm, value);
        if (IS_ERR(t)) return 0;
        e->args = AS_TUPLE(tuple_from(vm, AS_LIST(t)->len, AS_LIST(t)->items));
        return 1;
    }
    bool cause = name_is(name, "__cause__");
    if (cause || name_is(name, "__context__")) {
        if (!IS_NONE(value) && !IS_EXCEPTION(value)) {
            vm_raise(vm, EXC_TypeError, "exception %s must be None or derive from BaseException",
                     cause ? "cause" : "context");
            return 0;
        }
        /* A cause, once set, is what the report shows instead of the context. */
        if (cause) e->cause = value, e->suppress_context = true;
        else e->context = value;
        return 1;
    }
    if (name_is(name, "__suppress_context__")) {
        if (!IS_BOOL(value)) {
            vm_raise(vm, EXC_TypeError, "attribute value type must be bool");
            return 0;
        }
        e->suppress_context = value == TRUE_VAL;
        return 1;
    }
    bool attr_error = vm_isinstance(vm, obj, vm->exc_class[EXC_AttributeError]);
    if (name_is(name, "name") && (attr_error || vm_isinstance(vm, obj, vm->exc_class[EXC_NameError]))) {
        e->name = value;
        return 1;
    }
    if (name_is(name, "obj") && attr_error) {
        e->obj = value;
        return 1;
    }
    return -1;
}

bool op_setattr(VM *vm, Value obj, ObjStr *name, Value value) {
    if (USER(obj)) {
        Value hook = class_lookup(vm, AS_INSTANCE(obj)->cls, vm->dunder[DUNDER_setattr]);
        if (IS_FUNCTION(hook)) {
            Value args[3] = {obj, OBJ_VAL(name), value};
            return !IS_ERR(op_call(vm, hook, 3, args, NULL));
        }
    }
    return op_setattr_generic(vm, obj, name, value);
}

/* object.__setattr__: properties, then the instance's own attributes. */
bool op_setattr_generic(VM *vm, Value obj, ObjStr *name, Value value) {
    ObjDict **attrs = subclass_attrs(obj);
    if (attrs) {
        Value prop = class_lookup(vm, vm_class_of(vm, obj), name);
        if (IS_KIND(prop, OBJ_PROPERTY) && !IS_NONE(AS_WRAPPER(prop)->fset)) {
            Value args[2] = {obj, value};
            return !IS_ERR(op_call(vm, AS_WRAPPER(prop)->fset, 2, args, NULL));
        }
        if (!*attrs) *attrs = dict_new(vm);
        dict_set_str(vm, *attrs, name, value);
        return true;
    }
    if (USER(obj)) {
        ObjClass *cls = AS_INSTANCE(obj)->cls;
        Value attr = class_lookup(vm, cls, name);
        if (USER(attr)) {
            /* A data descriptor of the program's own takes the assignment: __set__. */
            Value setter = class_lookup(vm, AS_INSTANCE(attr)->cls, vm->dunder[DUNDER_set]);
            if (IS_FUNCTION(setter)) {
                Value args[3] = {attr, obj, value};
                return !IS_ERR(op_call(vm, setter, 3, args, NULL));
            }
        }
        if (IS_KIND(attr, OBJ_PROPERTY)) {
            Value fset = AS_WRAPPER(attr)->fset;
            if (IS_NONE(fset)) {
                vm_raise(vm, EXC_AttributeError, "property '%s' of '%s' object has no setter", name->chars,
                         cls->name->chars);
                return false;
            }
            Value args[2] = {obj, value};
            return !IS_ERR(op_call(vm, fset, 2, args, NULL));
        }
        if (OBJ_KIND(obj) == OBJ_EXCEPTION) {
            int r = exception_setattr(vm, obj, name, value);
            if (r >= 0) return r > 0;
        }
        ObjInstance *inst = AS_INSTANCE(obj);
        if (!inst->dict) inst->dict = dict_new(vm);
        dict_set_str(vm, inst->dict, name, value);
        return true;
    }
    if (IS_OBJ(obj)) switch (OBJ_KIND(obj)) {
        case OBJ_EXCEPTION: {
            ObjInstance *inst = AS_INSTANCE(obj);
            int r = exception_setattr(vm, obj, name, value);
            if (r >= 0) return r > 0;
            if (!inst->dict) inst->dict = dict_new(vm);
            dict_set_str(vm, inst->dict, name, value);
            return true;
        }
        case OBJ_INSTANCE: {
            ObjInstance *inst = AS_INSTANCE(obj);
            if (inst->cls == vm->cls_object) break;
            if (!inst->dict) inst->dict = dict_new(vm);
            dict_set_str(vm, inst->dict, name, value);
            return true;
        }
        case OBJ_FUNCTION: {
            ObjFunction *fn = AS_FUNCTION(obj);
            if ((name_is(name, "__name__") || name_is(name, "__qualname__")) && IS_STR(value)) {
                if (name_is(name, "__name__")) fn->name = AS_STR(value);
                else fn->qualname = AS_STR(value);
                return true;
            }
            if (!fn->attrs) fn->attrs = dict_new(vm);
            dict_set_str(vm, fn->attrs, name, value);
            return true;
        }
        case OBJ_MODULE: /* m.x = 1 sets the module's global x: its functions see it */
            dict_set_str(vm, AS_MODULE(obj)->globals, name, value);
            return true;
        case OBJ_CLASS:
            if (AS_CLASS(obj)->is_builtin) {
                vm_raise(vm, EXC_TypeError, "cannot set '%s' attribute of immutable type '%s'", name->chars,
                         AS_CLASS(obj)->name->chars);
                return false;
            }
            dict_set_str(vm, AS_CLASS(obj)->dict, name, value);
            class_cache_clear(vm);
            return true;
        default: break;
        }
    Value existing = class_lookup(vm, vm_class_of(vm, obj), name);
    if (!IS_UNDEF(existing))
        vm_raise(vm, EXC_AttributeError, "'%s' object attribute '%s' is read-only", vm_type_name(vm, obj), name->chars);
    else
        vm_raise(vm, EXC_AttributeError, "'%s' object has no attribute '%s'", vm_type_name(vm, obj), name->chars);
    return false;
}

bool op_delattr(VM *vm, Value obj, ObjStr *name) {
    ObjDict *d = NULL;
    if (USER(obj)) {
        Value hook = class_lookup(vm, AS_INSTANCE(obj)->cls, vm->dunder[DUNDER_delattr]);
        if (IS_FUNCTION(hook) && !vm->in_delattr_hook) {
            Value args[2] = {obj, OBJ_VAL(name)};
            vm->in_delattr_hook = true;
            Value r = op_call(vm, hook, 2, args, NULL);
            vm->in_delattr_hook = false;
            return !IS_ERR(r);
        }
        Value attr = class_lookup(vm, AS_INSTANCE(obj)->cls, name);
        if (IS_KIND(attr, OBJ_PROPERTY)) {
            Value fdel = AS_WRAPPER(attr)->fdel;
            if (IS_NONE(fdel)) {
                vm_raise(vm, EXC_AttributeError, "property '%s' of '%s' object has no deleter", name->chars,
                         AS_INSTANCE(obj)->cls->name->chars);
                return false;
            }
            return !IS_ERR(op_call(vm, fdel, 1, &obj, NULL));
        }
    }
    if (IS_KIND(obj, OBJ_INSTANCE) || IS_KIND(obj, OBJ_EXCEPTION)) d = AS_INSTANCE(obj)->dict;
    else if (IS_FUNCTION(obj)) d = AS_FUNCTION(obj)->attrs;
    else if (IS_CLASS(obj) && !AS_CLASS(obj)->is_builtin) d = AS_CLASS(obj)->dict;
    else if (IS_KIND(obj, OBJ_MODULE)) d = AS_MODULE(obj)->globals;
    if (IS_CLASS(obj)) class_cache_clear(vm);
    if (d) {
        int r = dict_delete(vm, d, OBJ_VAL(name));
        if (r < 0) return false;
        if (r > 0) return true;
    }
    vm_raise(vm, EXC_AttributeError, "'%s' object has no attribute '%s'", vm_type_name(vm, obj), name->chars);
    return false;
}

/* ---- iteration, membership, length ---- */

/* Without metaclasses, a class method of a class stands for its metaclass's method:
 * iter(C), len(C), `x in C` and reversed(C) call C.__iter__() ... when the class defines
 * it as a classmethod (the enum module's classes). CPython would ignore a classmethod
 * there, so no program of its means anything else by one. The nearest classmethod in
 * the MRO answers: a plain method of that name (for the instances: Flag's __iter__)
 * does not hide a base's class method, as a metaclass's methods are apart from the
 * class's. UNDEF when C has none. */
Value op_class_hook(VM *vm, Value v, ObjStr *name, int argc, Value *argv) {
    if (!IS_CLASS(v) || AS_CLASS(v)->is_builtin) return UNDEF_VAL;
    ObjTuple *mro = AS_CLASS(v)->mro;
    for (uint32_t i = 0; i < mro->len; i++) {
        ObjClass *klass = AS_CLASS(mro->items[i]);
        if (klass->is_builtin) continue;
        Value hook = dict_get_str(klass->dict, name);
        if (!IS_KIND(hook, OBJ_CLASSMETHOD)) continue;
        Value args[2] = {v, argc ? argv[0] : NONE_VAL};
        return op_call(vm, AS_WRAPPER(hook)->fget, 1 + argc, args, NULL);
    }
    return UNDEF_VAL;
}

Value op_iter(VM *vm, Value v) {
    if (IS_CLASS(v)) {
        Value r = op_class_hook(vm, v, vm->dunder[DUNDER_iter], 0, NULL);
        if (!IS_UNDEF(r)) return IS_ERR(r) ? r : op_iter(vm, r);
    }
    if (HOOKED(v)) {
        Value r = vm_call_dunder(vm, v, DUNDER_iter, 0, NULL);
        if (!IS_UNDEF(r)) {
            if (IS_ERR(r)) return r;
            if (!IS_KIND(r, OBJ_ITER) && !IS_KIND(r, OBJ_GENERATOR) &&
                !(USER(r) && !IS_UNDEF(class_lookup(vm, AS_INSTANCE(r)->cls, vm->dunder[DUNDER_next]))))
                return vm_raise(vm, EXC_TypeError, "iter() returned non-iterator of type '%s'", vm_type_name(vm, r));
            return r;
        }
        if (USER(v) && !IS_UNDEF(class_lookup(vm, AS_INSTANCE(v)->cls, vm->dunder[DUNDER_getitem])))
            return iter_new(vm, ITER_SEQ, v);
    }
    if (IS_OBJ(v)) switch (OBJ_KIND(v)) {
        case OBJ_LIST: return iter_new(vm, ITER_LIST, v);
        case OBJ_TUPLE: return iter_new(vm, ITER_TUPLE, v);
        case OBJ_STR: return iter_new(vm, ITER_STR, v);
        case OBJ_RANGE: return iter_new(vm, ITER_RANGE, v);
        case OBJ_DICT:
        case OBJ_SET:
        case OBJ_FROZENSET: return iter_new(vm, ITER_DICT_KEYS, v);
        case OBJ_DICT_VIEW: {
            ObjDictView *view = (ObjDictView *)AS_OBJ(v);
            static const IterKind kinds[] = {ITER_DICT_KEYS, ITER_DICT_VALUES, ITER_DICT_ITEMS};
            return iter_new(vm, kinds[view->view_kind], OBJ_VAL(view->dict));
        }
        case OBJ_ITER:
        case OBJ_GENERATOR: return v;
        default: break;
        }
    return vm_raise(vm, EXC_TypeError, "'%s' object is not iterable", vm_type_name(vm, v));
}

/* A loop in C (sum(), list(), a set's constructor) takes its items here: each is a step,
 * so a C loop over an endless iterator, iter(int, 1) say, still meets the run's limits.
 * The interpreter's own for loop uses op_next_item: its backward jump is the step. */
Value op_next(VM *vm, Value it) {
    if (!vm_step_in_c(vm)) return ERR_VAL;
    /* The item is C's to hold now (an iterator may be its only owner): pinned. */
    return gc_pin(vm, op_next_item(vm, it));
}

Value op_next_item(VM *vm, Value it) {
    if (IS_KIND(it, OBJ_ITER)) return iter_next(vm, AS_ITER(it));
    if (IS_KIND(it, OBJ_GENERATOR)) return vm_gen_next(vm, it);
    if (USER(it)) {
        Value r = vm_call_dunder(vm, it, DUNDER_next, 0, NULL);
        if (IS_ERR(r) && vm_exc_matches(vm, EXC_StopIteration)) {
            vm_clear_exc(vm);
            return UNDEF_VAL;
        }
        if (!IS_UNDEF(r)) return r;
    }
    return vm_raise(vm, EXC_TypeError, "'%s' object is not an iterator", vm_type_name(vm, it));
}

Value op_to_list(VM *vm, Value iterable) {
    ObjList *l;
    if (IS_LIST(iterable) || IS_TUPLE(iterable)) {
        Value *items = IS_LIST(iterable) ? AS_LIST(iterable)->items : AS_TUPLE(iterable)->items;
        uint32_t len = IS_LIST(iterable) ? AS_LIST(iterable)->len : AS_TUPLE(iterable)->len;
        l = list_new(vm, len);
        if (len) memcpy(l->items, items, sizeof(Value) * len);
        l->len = len;
        return OBJ_VAL(l);
    }
    Value it = op_iter(vm, iterable);
    if (IS_ERR(it)) return it;
    l = list_new(vm, 8);
    GcMark mark = gc_mark(vm);
    for (;;) {
        gc_release(vm, mark, UNDEF_VAL); /* the list holds what the turn made */
        Value v = op_next(vm, it);
        if (IS_ERR(v)) return v;
        if (IS_UNDEF(v)) break;
        list_append(vm, l, v);
        /* list(range(10**10)) must meet the heap cap before the host's memory ends. */
        if (vm->heap_limit && vm->bytes_allocated > vm->heap_limit && !gc_reserve(vm, 0)) return ERR_VAL;
    }
    return OBJ_VAL(l);
}

int op_contains(VM *vm, Value container, Value item) {
    if (IS_CLASS(container)) {
        Value r = op_class_hook(vm, container, vm->dunder[DUNDER_contains], 1, &item);
        if (IS_ERR(r)) return -1;
        if (!IS_UNDEF(r)) return op_truthy(vm, r);
    }
    if (HOOKED(container)) {
        Value r = vm_call_dunder(vm, container, DUNDER_contains, 1, &item);
        if (IS_ERR(r)) return -1;
        if (!IS_UNDEF(r)) return op_truthy(vm, r);
    }
    if (IS_OBJ(container)) switch (OBJ_KIND(container)) {
        case OBJ_LIST:
        case OBJ_TUPLE: {
            for (uint32_t i = 0;; i++) {
                /* Re-read the length: a comparison may mutate the list. */
                uint32_t len = IS_LIST(container) ? AS_LIST(container)->len : AS_TUPLE(container)->len;
                if (i >= len) return 0;
                Value x = IS_LIST(container) ? AS_LIST(container)->items[i] : AS_TUPLE(container)->items[i];
                /* Identity first, as CPython does: `nan in [nan]` is True. */
                if (x == item) return 1;
                int eq = op_eq(vm, x, item);
                if (eq != 0) return eq;
            }
        }
        case OBJ_STR:
            if (!IS_STR(item)) {
                vm_raise(vm, EXC_TypeError, "'in <string>' requires string as left operand, not %s",
                         vm_type_name(vm, item));
                return -1;
            }
            return str_contains(AS_STR(container), AS_STR(item));
        case OBJ_DICT: {
            Value out;
            return dict_get(vm, AS_DICT(container), item, &out);
        }
        case OBJ_SET:
        case OBJ_FROZENSET: return set_contains(vm, AS_SET(container), item);
        case OBJ_RANGE: return range_contains(vm, AS_RANGE(container), item);
        case OBJ_DICT_VIEW: {
            ObjDictView *view = (ObjDictView *)AS_OBJ(container);
            Value out;
            if (view->view_kind == VIEW_KEYS) return dict_get(vm, view->dict, item, &out);
            if (view->view_kind == VIEW_ITEMS) {
                if (!IS_TUPLE(item) || AS_TUPLE(item)->len != 2) return 0;
                int found = dict_get(vm, view->dict, AS_TUPLE(item)->items[0], &out);
                if (found <= 0) return found;
                return op_eq(vm, out, AS_TUPLE(item)->items[1]);
            }
            break;
        }
        default: break;
        }
    Value it = op_iter(vm, container);
    if (IS_ERR(it)) {
        vm_clear_exc(vm);
        vm_raise(vm, EXC_TypeError, "argument of type '%s' is not iterable", vm_type_name(vm, container));
        return -1;
    }
    GcMark mark = gc_mark(vm);
    for (;;) {
        gc_release(vm, mark, UNDEF_VAL);
        Value v = op_next(vm, it);
        if (IS_ERR(v)) return -1;
        if (IS_UNDEF(v)) return 0;
        int eq = op_eq(vm, v, item);
        if (eq != 0) return eq;
    }
}

bool op_len(VM *vm, Value v, int64_t *out) {
    if (HOOKED(v) || IS_CLASS(v)) {
        Value r = IS_CLASS(v) ? op_class_hook(vm, v, vm->dunder[DUNDER_len], 0, NULL)
                              : vm_call_dunder(vm, v, DUNDER_len, 0, NULL);
        if (IS_ERR(r)) return false;
        if (!IS_UNDEF(r)) {
            if (!op_index(vm, r, out, NULL)) return false;
            if (*out < 0) {
                vm_raise(vm, EXC_ValueError, "__len__() should return >= 0");
                return false;
            }
            return true;
        }
    }
    if (IS_OBJ(v)) switch (OBJ_KIND(v)) {
        case OBJ_STR: *out = AS_STR(v)->cplen; return true;
        case OBJ_LIST: *out = AS_LIST(v)->len; return true;
        case OBJ_TUPLE: *out = AS_TUPLE(v)->len; return true;
        case OBJ_DICT: *out = AS_DICT(v)->table.count; return true;
        case OBJ_SET:
        case OBJ_FROZENSET: *out = AS_SET(v)->table.count; return true;
        case OBJ_RANGE:
            *out = range_len(AS_RANGE(v));
            if (*out >= 0) return true;
            vm_raise(vm, EXC_OverflowError, "Python int too large to convert to C ssize_t");
            return false;
        case OBJ_DICT_VIEW: *out = ((ObjDictView *)AS_OBJ(v))->dict->table.count; return true;
        default: break;
        }
    vm_raise(vm, EXC_TypeError, "object of type '%s' has no len()", vm_type_name(vm, v));
    return false;
}

bool op_index(VM *vm, Value v, int64_t *out, const char *what) {
    if (IS_INT(v)) {
        *out = AS_INT(v);
        return true;
    }
    if (IS_BOOL(v)) {
        *out = v == TRUE_VAL;
        return true;
    }
    if (IS_BIGINT(v)) {
        if (int_to_int64(v, out)) return true;
        vm_raise(vm, EXC_IndexError, "cannot fit 'int' into an index-sized integer");
        return false;
    }
    if (USER(v)) {
        Value r = vm_call_dunder(vm, v, DUNDER_index, 0, NULL);
        if (IS_ERR(r)) return false;
        if (!IS_UNDEF(r)) {
            if (!IS_ANYINT(r)) {
                vm_raise(vm, EXC_TypeError, "__index__ returned non-int (type %s)", vm_type_name(vm, r));
                return false;
            }
            return op_index(vm, r, out, what);
        }
    }
    if (what) vm_raise(vm, EXC_TypeError, what, vm_type_name(vm, v));
    else vm_raise(vm, EXC_TypeError, "'%s' object cannot be interpreted as an integer", vm_type_name(vm, v));
    return false;
}

/* ---- methods of int and float ---- */

static Value int_bit_length_m(VM *vm, int argc, Value *argv, ObjTuple *kw) {
    (void)argc, (void)kw;
    return int_bit_length(vm, as_int(argv[0]));
}

static Value int_conjugate_m(VM *vm, int argc, Value *argv, ObjTuple *kw) {
    (void)vm, (void)argc, (void)kw;
    return as_int(argv[0]);
}

static Value int_bit_count_m(VM *vm, int argc, Value *argv, ObjTuple *kw) {
    (void)argc, (void)kw;
    Value v = int_abs(vm, as_int(argv[0]));
    if (IS_ERR(v)) return v;
    Value s = int_to_str(vm, v, 2, false);
    if (IS_ERR(s)) return s;
    int64_t n = 0;
    for (uint32_t i = 0; i < AS_STR(s)->len; i++) n += AS_STR(s)->chars[i] == '1';
    return INT_VAL(n);
}

static Value float_is_integer_m(VM *vm, int argc, Value *argv, ObjTuple *kw) {
    (void)vm, (void)argc, (void)kw;
    double d = AS_FLOAT(argv[0]);
    return BOOL_VAL(isfinite(d) && floor(d) == d);
}

static Value float_conjugate_m(VM *vm, int argc, Value *argv, ObjTuple *kw) {
    (void)vm, (void)argc, (void)kw;
    return argv[0];
}

static Value float_as_integer_ratio_m(VM *vm, int argc, Value *argv, ObjTuple *kw) {
    (void)argc, (void)kw;
    double d = AS_FLOAT(argv[0]);
    if (isinf(d)) return vm_raise(vm, EXC_OverflowError, "cannot convert Infinity to integer ratio");
    if (isnan(d)) return vm_raise(vm, EXC_ValueError, "cannot convert NaN to integer ratio");
    int exp;
    double m = frexp(d, &exp);
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        exp--;
    }
    Value num = int_from_double(vm, m);
    Value den = INT_VAL(1);
    if (IS_ERR(num)) return num;
    if (exp > 0) num = int_lshift(vm, num, INT_VAL(exp));
    else den = int_lshift(vm, den, INT_VAL(-exp));
    if (IS_ERR(num) || IS_ERR(den)) return ERR_VAL;
    Value parts[2] = {num, den};
    return tuple_from(vm, 2, parts);
}

static const MethodDef int_methods[] = {
    {"bit_length", int_bit_length_m, 1, 1, false},
    {"bit_count", int_bit_count_m, 1, 1, false},
    {"conjugate", int_conjugate_m, 1, 1, false},
    {NULL, NULL, 0, 0, false},
};

static const MethodDef float_methods[] = {
    {"is_integer", float_is_integer_m, 1, 1, false},
    {"conjugate", float_conjugate_m, 1, 1, false},
    {"as_integer_ratio", float_as_integer_ratio_m, 1, 1, false},
    {NULL, NULL, 0, 0, false},
};

void ops_init(VM *vm) {
    vm_define_methods(vm, vm->cls_int, int_methods);
    vm_define_methods(vm, vm->cls_float, float_methods);
}
