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
#include "type.h"

/* The type table: each kind's descriptor (type.h), from the kinds list in object.h. */
const ObjType *const obj_types[OBJ_KIND_COUNT] = {
#define OBJ_TYPE_ENTRY(kind, name) [OBJ_##kind] = &name##_type,
    OBJ_KINDS(OBJ_TYPE_ENTRY)
#undef OBJ_TYPE_ENTRY
};

static const char *const binop_symbols[BIN_COUNT] = {
    "+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//",
};
static const char *const cmp_symbols[] = {"<", "<=", "==", "!=", ">", ">="};

#define USER(v) is_user_instance(v)
/* Values whose class may define special methods in Python: plain user instances, and
 * lists/dicts/sets of user subclasses, which fall back to their kind's slots (type.h). */
#define HOOKED(v) has_user_class(v)
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

Value op_addr_repr(VM *vm, const char *what, Value v) {
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
    const ObjType *t = obj_type(v);
    if (t->repr) return t->repr(vm, v);
    return op_addr_repr(vm, vm_type_name(vm, v), v);
}

Value op_str(VM *vm, Value v) {
    if (IS_STR(v)) return v;
    if (HOOKED(v)) {
        Value r = vm_call_dunder(vm, v, DUNDER_str, 0, NULL);
        if (!IS_UNDEF(r)) return check_str_result(vm, r, "__str__");
    }
    return op_default_str(vm, v);
}

/* str without user __str__ methods: the type's str slot (an exception's args), else the repr. */
Value op_default_str(VM *vm, Value v) {
    if (IS_STR(v)) return v;
    if (IS_OBJ(v) && obj_type(v)->str) return obj_type(v)->str(vm, v);
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
    /* The type's truth, else its length (non-zero is true), else true. */
    const ObjType *t = obj_type(v);
    if (t->truthy) return t->truthy(vm, v);
    if (t->len) {
        int64_t n;
        if (!t->len(vm, v, &n)) return -1;
        return n != 0;
    }
    return 1;
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

Value op_seq_repeat(VM *vm, Value seq, Value count) {
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
            return op_seq_repeat(vm, a, b);
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
    /* The types' own operators: a's, then b's (each checks which side it is on). */
    const ObjType *ta = IS_OBJ(a) ? obj_type(a) : NULL, *tb = IS_OBJ(b) ? obj_type(b) : NULL;
    if (ta && ta->binary) {
        Value r = ta->binary(vm, op, a, b);
        if (!IS_UNDEF(r)) return r;
    }
    if (tb && tb != ta && tb->binary) {
        Value r = tb->binary(vm, op, a, b);
        if (!IS_UNDEF(r)) return r;
    }
    if (op == BIN_MUL) {
        if (is_seq(a) && (IS_ANYINT(b) || IS_BOOL(b))) return op_seq_repeat(vm, a, b);
        if (is_seq(b) && (IS_ANYINT(a) || IS_BOOL(a))) return op_seq_repeat(vm, b, a);
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
    if (IS_OBJ(a) && obj_type(a)->inplace) {
        Value r = obj_type(a)->inplace(vm, op, a, b);
        if (!IS_UNDEF(r)) return r;
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
    const ObjType *t = obj_type(a);
    return t->eq ? t->eq(vm, a, b) : 0;
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
    if (IS_OBJ(a) && obj_type(a)->compare) {
        int r = obj_type(a)->compare(vm, op, a, b);
        if (r != CMP_UNSUPPORTED) return r;
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
    const ObjType *t = obj_type(v);
    if (t->hash) return t->hash(vm, v, out);
    *out = address_hash(v);
    return true;
}

/* The hash slot of mutable containers: "unhashable type: 'list'". */
bool op_unhashable(VM *vm, Value v, int64_t *out) {
    (void)out;
    vm_raise(vm, EXC_TypeError, "unhashable type: '%s'", vm_type_name(vm, v));
    return false;
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
    if (IS_OBJ(obj) && obj_type(obj)->getitem) return obj_type(obj)->getitem(vm, obj, key);
    return vm_raise(vm, EXC_TypeError, "'%s' object is not subscriptable", vm_type_name(vm, obj));
}

bool op_setitem(VM *vm, Value obj, Value key, Value value) {
    if (HOOKED(obj)) {
        Value args[2] = {key, value};
        Value r = vm_call_dunder(vm, obj, DUNDER_setitem, 2, args);
        if (IS_ERR(r)) return false;
        if (!IS_UNDEF(r)) return true;
    }
    if (IS_OBJ(obj) && obj_type(obj)->setitem) return obj_type(obj)->setitem(vm, obj, key, value);
    vm_raise(vm, EXC_TypeError, "'%s' object does not support item assignment", vm_type_name(vm, obj));
    return false;
}

bool op_delitem(VM *vm, Value obj, Value key) {
    if (HOOKED(obj)) {
        Value r = vm_call_dunder(vm, obj, DUNDER_delitem, 1, &key);
        if (IS_ERR(r)) return false;
        if (!IS_UNDEF(r)) return true;
    }
    if (IS_OBJ(obj) && obj_type(obj)->delitem) return obj_type(obj)->delitem(vm, obj, key);
    vm_raise(vm, EXC_TypeError, "'%s' object doesn't support item deletion", vm_type_name(vm, obj));
    return false;
}

/* ---- attributes ---- */

static bool name_is(ObjStr *name, const char *text) {
    return strcmp(name->chars, text) == 0;
}

/* Data attributes that builtin values carry: __class__, an instance's __dict__, a number's
 * real and imag, then the type's own (its member slot): range.start, e.args, f.__name__ ... */
Value op_special_attr(VM *vm, Value obj, ObjStr *name) {
    if (name_is(name, "__class__")) return OBJ_VAL(vm_class_of(vm, obj));
    if (name_is(name, "__dict__") && USER(obj)) {
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
    const ObjType *t = obj_type(obj);
    return t->member ? t->member(vm, obj, name) : UNDEF_VAL;
}

static Value getattr_impl(VM *vm, Value obj, ObjStr *name, Value dflt, bool swallow);

Value op_getattr_default(VM *vm, Value obj, ObjStr *name, Value dflt) {
    return getattr_impl(vm, obj, name, dflt, true);
}

/* `swallow`: an AttributeError raised by a user's __getattr__ means "absent". */
/* The __get__ of `attr` when it is a descriptor of the program's own, else UNDEF_VAL. */
Value op_descriptor_getter(VM *vm, Value attr) {
    if (!USER(attr)) return UNDEF_VAL;
    Value getter = class_lookup(vm, AS_INSTANCE(attr)->cls, vm->dunder[DUNDER_get]);
    return IS_FUNCTION(getter) ? getter : UNDEF_VAL;
}

/* getter(attr, obj, owner): obj is None when the attribute is read from the class. */
Value op_descriptor_get(VM *vm, Value getter, Value attr, Value obj, ObjClass *owner) {
    Value args[3] = {attr, obj, OBJ_VAL(owner)};
    return op_call(vm, getter, 3, args, NULL);
}

static Value getattr_impl(VM *vm, Value obj, ObjStr *name, Value dflt, bool swallow) {
    /* Modules, classes and super() look attributes up their own way. */
    if (IS_OBJ(obj) && obj_type(obj)->getattr) {
        Value v = obj_type(obj)->getattr(vm, obj, name);
        return IS_UNDEF(v) ? dflt : v;
    }
    ObjClass *cls = vm_class_of(vm, obj);
    Value attr = class_lookup(vm, cls, name);
    /* A descriptor of the program's own: __get__(attr, obj, cls). One with __set__ or
     * __delete__ (a data descriptor) comes before the instance's dict, another after. */
    Value getter = op_descriptor_getter(vm, attr);
    if (!IS_UNDEF(getter)) {
        ObjClass *dcls = AS_INSTANCE(attr)->cls;
        if (IS_FUNCTION(class_lookup(vm, dcls, vm->dunder[DUNDER_set])) ||
            IS_FUNCTION(class_lookup(vm, dcls, str_intern_cstr(vm, "__delete__"))))
            return op_descriptor_get(vm, getter, attr, obj, cls);
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
    Value v = IS_KIND(obj, OBJ_INSTANCE) && name->chars[0] != '_' ? UNDEF_VAL : op_special_attr(vm, obj, name);
    if (!IS_UNDEF(v)) return v;
    /* The object's own attributes: an instance's dict, a list subclass's attrs. */
    if (obj_own_class(obj) && AS_INSTANCE(obj)->dict) {
        v = dict_get_str(AS_INSTANCE(obj)->dict, name);
        if (!IS_UNDEF(v)) return v;
    }
    if (!IS_UNDEF(getter)) return op_descriptor_get(vm, getter, attr, obj, cls);
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
        /* The instance's own attributes: its kind's (an exception's fields, or its dict). */
        return obj_type(obj)->setattr(vm, obj, name, value);
    }
    if (IS_OBJ(obj) && obj_type(obj)->setattr) return obj_type(obj)->setattr(vm, obj, name, value);
    return op_setattr_error(vm, obj, name);
}

/* The AttributeError of a value whose attributes cannot be set. */
bool op_setattr_error(VM *vm, Value obj, ObjStr *name) {
    Value existing = class_lookup(vm, vm_class_of(vm, obj), name);
    if (!IS_UNDEF(existing))
        vm_raise(vm, EXC_AttributeError, "'%s' object attribute '%s' is read-only", vm_type_name(vm, obj), name->chars);
    else
        vm_raise(vm, EXC_AttributeError, "'%s' object has no attribute '%s'", vm_type_name(vm, obj), name->chars);
    return false;
}

bool op_delattr(VM *vm, Value obj, ObjStr *name) {
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
    int r = IS_OBJ(obj) && obj_type(obj)->delattr ? obj_type(obj)->delattr(vm, obj, name) : 0;
    if (r < 0) return false;
    if (r > 0) return true;
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
            if (!(IS_OBJ(r) && obj_type(r)->next) &&
                !(USER(r) && !IS_UNDEF(class_lookup(vm, AS_INSTANCE(r)->cls, vm->dunder[DUNDER_next]))))
                return vm_raise(vm, EXC_TypeError, "iter() returned non-iterator of type '%s'", vm_type_name(vm, r));
            return r;
        }
        if (USER(v) && !IS_UNDEF(class_lookup(vm, AS_INSTANCE(v)->cls, vm->dunder[DUNDER_getitem])))
            return iter_new(vm, ITER_SEQ, v);
    }
    if (IS_OBJ(v) && obj_type(v)->iter) return obj_type(v)->iter(vm, v);
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
    if (IS_OBJ(it) && obj_type(it)->next) return obj_type(it)->next(vm, it);
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
    if (IS_OBJ(container) && obj_type(container)->contains)
        return obj_type(container)->contains(vm, container, item);
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
    if (IS_OBJ(v) && obj_type(v)->len) return obj_type(v)->len(vm, v, out);
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

/* ---- methods of float (int's are bigint.c's) ---- */

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

static const MethodDef float_methods[] = {
    {"is_integer", float_is_integer_m, 1, 1, false},
    {"conjugate", float_conjugate_m, 1, 1, false},
    {"as_integer_ratio", float_as_integer_ratio_m, 1, 1, false},
    {NULL, NULL, 0, 0, false},
};

void ops_init(VM *vm) {
    vm_define_methods(vm, vm->cls_float, float_methods);
}
