/* dunder.c — the special methods of builtin types as ordinary attributes, so that
 * (5).__add__(3), "ab".__len__() and super().__eq__(other) work. Each one forwards to
 * the object protocol (ops.c); a type mismatch answers NotImplemented, as in CPython. */
#include "bigint.h"
#include "containers.h"
#include "str.h"
#include "vm.h"

/* Whether a builtin type's own slot handles `other` (CPython's int_add, float_richcompare,
 * list_richcompare...): an int only ints, a float ints and floats, a container its own
 * kind. Called directly, the method answers NotImplemented for anything else: (1).__eq__(1.0)
 * and "a".__eq__(1) are NotImplemented, though 1 == 1.0 is True. */
static bool knows(Value self, Value other) {
    if (IS_ANYINT(self) || IS_BOOL(self)) return IS_ANYINT(other) || IS_BOOL(other);
    if (IS_FLOAT(self)) return IS_FLOAT(other) || IS_ANYINT(other) || IS_BOOL(other);
    if (IS_STR(self)) return IS_STR(other);
    if (IS_LIST(self)) return IS_LIST(other);
    if (IS_TUPLE(self)) return IS_TUPLE(other);
    if (IS_DICT(self)) return IS_DICT(other);
    if (set_is_any(self)) return set_is_any(other);
    if (IS_KIND(self, OBJ_RANGE)) return IS_KIND(other, OBJ_RANGE);
    return true;
}

/* Binary operators: the protocol's TypeError for unsupported operands means
 * "NotImplemented" when the method is called directly. Sequences concatenate and repeat
 * as CPython's sq_concat and sq_repeat do: a wrong operand is a TypeError there. */
static Value binary(VM *vm, BinOp op, Value self, Value other, bool reflected) {
    if ((op == BIN_ADD || op == BIN_MUL) && (IS_STR(self) || IS_LIST(self) || IS_TUPLE(self))) {
        const char *seq = IS_STR(self) ? "str" : IS_LIST(self) ? "list" : "tuple";
        if (op == BIN_ADD && !knows(self, other))
            return vm_raise(vm, EXC_TypeError, "can only concatenate %s (not \"%s\") to %s", seq,
                            vm_type_name(vm, other), seq);
        if (op == BIN_MUL && !IS_ANYINT(other) && !IS_BOOL(other) && !is_user_instance(other))
            return vm_raise(vm, EXC_TypeError, "'%s' object cannot be interpreted as an integer",
                            vm_type_name(vm, other));
        return reflected ? op_binary(vm, op, other, self) : op_binary(vm, op, self, other);
    }
    if (!knows(self, other)) return vm->not_implemented;
    Value a = reflected ? other : self, b = reflected ? self : other;
    Value r = op_binary(vm, op, a, b);
    if (IS_ERR(r) && vm_exc_matches(vm, EXC_TypeError)) {
        vm_clear_exc(vm);
        return vm->not_implemented;
    }
    return r;
}

#define BINARY_METHODS(NAME, OP)                                                   \
    static Value NAME##_m(VM *vm, int argc, Value *argv, ObjTuple *kw) {           \
        (void)argc, (void)kw;                                                      \
        return binary(vm, OP, argv[0], argv[1], false);                            \
    }                                                                              \
    static Value r##NAME##_m(VM *vm, int argc, Value *argv, ObjTuple *kw) {        \
        (void)argc, (void)kw;                                                      \
        return binary(vm, OP, argv[0], argv[1], true);                             \
    }
BINARY_METHODS(add, BIN_ADD)
BINARY_METHODS(sub, BIN_SUB)
BINARY_METHODS(mul, BIN_MUL)
BINARY_METHODS(truediv, BIN_DIV)
BINARY_METHODS(floordiv, BIN_FLOORDIV)
BINARY_METHODS(mod, BIN_MOD)
BINARY_METHODS(pow, BIN_POW)
BINARY_METHODS(lshift, BIN_LSHIFT)
BINARY_METHODS(rshift, BIN_RSHIFT)
BINARY_METHODS(and, BIN_AND)
BINARY_METHODS(or, BIN_OR)
BINARY_METHODS(xor, BIN_XOR)
#undef BINARY_METHODS

static Value compare(VM *vm, CmpOp op, Value a, Value b) {
    /* The builtin type's own comparison, never a subclass override: dict.__eq__(self, o)
     * from a dict subclass's __eq__ must not call that __eq__ again. */
    int r3 = -2;
    if (IS_LIST(a) && IS_LIST(b))
        r3 = seq_compare(vm, op, AS_LIST(a)->items, AS_LIST(a)->len, AS_LIST(b)->items, AS_LIST(b)->len);
    else if (IS_DICT(a) && IS_DICT(b) && (op == CMP_EQ || op == CMP_NE)) {
        r3 = dict_equal(vm, AS_DICT(a), AS_DICT(b));
        if (r3 >= 0 && op == CMP_NE) r3 = !r3;
    } else if (IS_KIND(a, OBJ_SET) && (IS_KIND(b, OBJ_SET) || IS_KIND(b, OBJ_FROZENSET)))
        r3 = set_compare(vm, op, AS_SET(a), AS_SET(b));
    if (r3 != -2) return r3 < 0 ? ERR_VAL : BOOL_VAL(r3);
    if (!knows(a, b)) return vm->not_implemented;
    Value r = op_compare_value(vm, op, a, b);
    if (IS_ERR(r) && vm_exc_matches(vm, EXC_TypeError)) {
        vm_clear_exc(vm);
        return vm->not_implemented;
    }
    return r;
}

#define COMPARE_METHOD(NAME, OP)                                                   \
    static Value NAME##_m(VM *vm, int argc, Value *argv, ObjTuple *kw) {           \
        (void)argc, (void)kw;                                                      \
        return compare(vm, OP, argv[0], argv[1]);                                  \
    }
COMPARE_METHOD(eq, CMP_EQ)
COMPARE_METHOD(ne, CMP_NE)
COMPARE_METHOD(lt, CMP_LT)
COMPARE_METHOD(le, CMP_LE)
COMPARE_METHOD(gt, CMP_GT)
COMPARE_METHOD(ge, CMP_GE)
#undef COMPARE_METHOD

static Value len_m(VM *vm, int argc, Value *argv, ObjTuple *kw) {
    (void)argc, (void)kw;
    Value o = argv[0];
    if (IS_LIST(o)) return INT_VAL(AS_LIST(o)->len);
    if (IS_DICT(o)) return INT_VAL(AS_DICT(o)->table.count);
    if (IS_SET(o)) return INT_VAL(AS_SET(o)->table.count);
    int64_t n;
    return op_len(vm, o, &n) ? INT_VAL(n) : ERR_VAL;
}

static Value contains_m(VM *vm, int argc, Value *argv, ObjTuple *kw) {
    (void)argc, (void)kw;
    Value o = argv[0];
    if (IS_DICT(o)) {
        Value out;
        int r = dict_get(vm, AS_DICT(o), argv[1], &out);
        return r < 0 ? ERR_VAL : BOOL_VAL(r);
    }
    if (IS_SET(o)) {
        int r = set_contains(vm, AS_SET(o), argv[1]);
        return r < 0 ? ERR_VAL : BOOL_VAL(r);
    }
    int r = op_contains(vm, o, argv[1]);
    return r < 0 ? ERR_VAL : BOOL_VAL(r);
}

/* The builtin type's own behaviour, never a subclass override: super().__getitem__(k)
 * from a dict subclass's __getitem__ must not call that __getitem__ again. */
static Value getitem_m(VM *vm, int argc, Value *argv, ObjTuple *kw) {
    (void)argc, (void)kw;
    Value o = argv[0];
    if (IS_LIST(o)) return list_getitem(vm, AS_LIST(o), argv[1]);
    if (IS_DICT(o)) return dict_getitem(vm, AS_DICT(o), argv[1]);
    return op_getitem(vm, o, argv[1]);
}

static Value setitem_m(VM *vm, int argc, Value *argv, ObjTuple *kw) {
    (void)argc, (void)kw;
    Value o = argv[0];
    if (IS_LIST(o)) return list_setitem(vm, AS_LIST(o), argv[1], argv[2]) ? NONE_VAL : ERR_VAL;
    if (IS_DICT(o)) return dict_set(vm, AS_DICT(o), argv[1], argv[2]) ? NONE_VAL : ERR_VAL;
    return op_setitem(vm, o, argv[1], argv[2]) ? NONE_VAL : ERR_VAL;
}

static Value delitem_m(VM *vm, int argc, Value *argv, ObjTuple *kw) {
    (void)argc, (void)kw;
    Value o = argv[0];
    if (IS_LIST(o)) return list_delitem(vm, AS_LIST(o), argv[1]) ? NONE_VAL : ERR_VAL;
    if (IS_DICT(o)) {
        int r = dict_delete(vm, AS_DICT(o), argv[1]);
        if (r == 0) return vm_raise_arg(vm, EXC_KeyError, argv[1]);
        return r < 0 ? ERR_VAL : NONE_VAL;
    }
    return op_delitem(vm, o, argv[1]) ? NONE_VAL : ERR_VAL;
}

static Value iter_m(VM *vm, int argc, Value *argv, ObjTuple *kw) {
    (void)argc, (void)kw;
    return op_iter(vm, argv[0]);
}

static Value next_m(VM *vm, int argc, Value *argv, ObjTuple *kw) {
    (void)argc, (void)kw;
    Value v = op_next(vm, argv[0]);
    if (IS_UNDEF(v)) return vm_raise_exc(vm, OBJ_VAL(vm->exc_class[EXC_StopIteration]));
    return v;
}

static Value hash_m(VM *vm, int argc, Value *argv, ObjTuple *kw) {
    (void)argc, (void)kw;
    int64_t h;
    if (!op_hash(vm, argv[0], &h)) return ERR_VAL;
    return int_from_int64(vm, h);
}

static Value bool_m(VM *vm, int argc, Value *argv, ObjTuple *kw) {
    (void)argc, (void)kw;
    int t = op_truthy(vm, argv[0]);
    return t < 0 ? ERR_VAL : BOOL_VAL(t);
}

static Value neg_m(VM *vm, int argc, Value *argv, ObjTuple *kw) {
    (void)argc, (void)kw;
    return op_unary(vm, UN_NEG, argv[0]);
}

static Value pos_m(VM *vm, int argc, Value *argv, ObjTuple *kw) {
    (void)argc, (void)kw;
    return op_unary(vm, UN_POS, argv[0]);
}

static Value invert_m(VM *vm, int argc, Value *argv, ObjTuple *kw) {
    (void)argc, (void)kw;
    return op_unary(vm, UN_INVERT, argv[0]);
}

/* str.__mod__ is %-formatting, whose TypeErrors ("not all arguments converted") stand:
 * only a non-str left operand means NotImplemented. str.__rmod__(s, x) is x % s, which is
 * NotImplemented unless x is a str itself. */
static Value str_self(VM *vm, Value self, const char *name) {
    if (IS_STR(self)) return self;
    return vm_raise(vm, EXC_TypeError, "descriptor '%s' requires a 'str' object but received a '%s'",
                    name, vm_type_name(vm, self));
}

static Value str_mod_m(VM *vm, int argc, Value *argv, ObjTuple *kw) {
    (void)argc, (void)kw;
    if (IS_ERR(str_self(vm, argv[0], "__mod__"))) return ERR_VAL;
    return str_percent_format(vm, AS_STR(argv[0]), argv[1]);
}

static Value str_rmod_m(VM *vm, int argc, Value *argv, ObjTuple *kw) {
    (void)argc, (void)kw;
    if (IS_ERR(str_self(vm, argv[0], "__rmod__"))) return ERR_VAL;
    if (!IS_STR(argv[1])) return vm->not_implemented;
    return str_percent_format(vm, AS_STR(argv[1]), argv[0]);
}

/* list.__init__, dict.__init__, set.__init__: what super().__init__(...) reaches from a
 * subclass, and what a subclass without __init__ of its own runs. */
static Value list_init_m(VM *vm, int argc, Value *argv, ObjTuple *kw) {
    (void)kw;
    ObjList *l = AS_LIST(argv[0]);
    l->len = 0;
    return argc < 2 || list_extend(vm, l, argv[1]) ? NONE_VAL : ERR_VAL;
}

static Value dict_init_m(VM *vm, int argc, Value *argv, ObjTuple *kw) {
    ObjDict *d = AS_DICT(argv[0]);
    if (argc > 2) return vm_raise(vm, EXC_TypeError, "dict expected at most 1 argument, got %d", argc - 1);
    if (argc == 2 && !dict_update(vm, d, argv[1])) return ERR_VAL;
    for (uint32_t i = 0; kw && i < kw->len; i++)
        if (!dict_set(vm, d, kw->items[i], argv[argc + (int)i])) return ERR_VAL;
    return NONE_VAL;
}

static Value set_init_m(VM *vm, int argc, Value *argv, ObjTuple *kw) {
    (void)kw;
    return argc < 2 || set_update(vm, AS_SET(argv[0]), argv[1]) ? NONE_VAL : ERR_VAL;
}

static const MethodDef number_methods[] = {
    {"__add__", add_m, 2, 2, false},           {"__radd__", radd_m, 2, 2, false},
    {"__sub__", sub_m, 2, 2, false},           {"__rsub__", rsub_m, 2, 2, false},
    {"__mul__", mul_m, 2, 2, false},           {"__rmul__", rmul_m, 2, 2, false},
    {"__truediv__", truediv_m, 2, 2, false},   {"__rtruediv__", rtruediv_m, 2, 2, false},
    {"__floordiv__", floordiv_m, 2, 2, false}, {"__rfloordiv__", rfloordiv_m, 2, 2, false},
    {"__mod__", mod_m, 2, 2, false},           {"__rmod__", rmod_m, 2, 2, false},
    {"__pow__", pow_m, 2, 2, false},           {"__rpow__", rpow_m, 2, 2, false},
    {"__eq__", eq_m, 2, 2, false},             {"__ne__", ne_m, 2, 2, false},
    {"__lt__", lt_m, 2, 2, false},             {"__le__", le_m, 2, 2, false},
    {"__gt__", gt_m, 2, 2, false},             {"__ge__", ge_m, 2, 2, false},
    {"__hash__", hash_m, 1, 1, false},         {"__bool__", bool_m, 1, 1, false},
    {"__neg__", neg_m, 1, 1, false},           {"__pos__", pos_m, 1, 1, false},
    {NULL, NULL, 0, 0, false},
};

static const MethodDef int_only_methods[] = {
    {"__lshift__", lshift_m, 2, 2, false}, {"__rlshift__", rlshift_m, 2, 2, false},
    {"__rshift__", rshift_m, 2, 2, false}, {"__rrshift__", rrshift_m, 2, 2, false},
    {"__and__", and_m, 2, 2, false},       {"__rand__", rand_m, 2, 2, false},
    {"__or__", or_m, 2, 2, false},         {"__ror__", ror_m, 2, 2, false},
    {"__xor__", xor_m, 2, 2, false},       {"__rxor__", rxor_m, 2, 2, false},
    {"__invert__", invert_m, 1, 1, false},
    {NULL, NULL, 0, 0, false},
};

static const MethodDef container_methods[] = {
    {"__len__", len_m, 1, 1, false},         {"__contains__", contains_m, 2, 2, false},
    {"__getitem__", getitem_m, 2, 2, false}, {"__iter__", iter_m, 1, 1, false},
    {"__eq__", eq_m, 2, 2, false},           {"__ne__", ne_m, 2, 2, false},
    {"__lt__", lt_m, 2, 2, false},           {"__le__", le_m, 2, 2, false},
    {"__gt__", gt_m, 2, 2, false},           {"__ge__", ge_m, 2, 2, false},
    {"__hash__", hash_m, 1, 1, false},       {NULL, NULL, 0, 0, false},
};

static const MethodDef sequence_methods[] = {
    {"__add__", add_m, 2, 2, false}, {"__mul__", mul_m, 2, 2, false},
    {"__rmul__", rmul_m, 2, 2, false}, {NULL, NULL, 0, 0, false},
};

static const MethodDef mutable_methods[] = {
    {"__setitem__", setitem_m, 3, 3, false},
    {"__delitem__", delitem_m, 2, 2, false},
    {NULL, NULL, 0, 0, false},
};

static const MethodDef set_ops[] = {
    {"__or__", or_m, 2, 2, false},   {"__and__", and_m, 2, 2, false},
    {"__sub__", sub_m, 2, 2, false}, {"__xor__", xor_m, 2, 2, false},
    {NULL, NULL, 0, 0, false},
};

static const MethodDef dict_ops[] = {
    {"__or__", or_m, 2, 2, false}, {"__ror__", ror_m, 2, 2, false},
    {NULL, NULL, 0, 0, false},
};

static const MethodDef str_ops[] = {
    {"__mod__", str_mod_m, 2, 2, false},
    {"__rmod__", str_rmod_m, 2, 2, false},
    {NULL, NULL, 0, 0, false},
};

static const MethodDef iterator_methods[] = {
    {"__iter__", iter_m, 1, 1, false},
    {"__next__", next_m, 1, 1, false},
    {NULL, NULL, 0, 0, false},
};

void dunder_init(VM *vm) {
    ObjClass *numbers[] = {vm->cls_int, vm->cls_float};
    for (int i = 0; i < 2; i++) vm_define_methods(vm, numbers[i], number_methods);
    vm_define_methods(vm, vm->cls_int, int_only_methods);
    ObjKind containers[] = {OBJ_STR, OBJ_LIST, OBJ_TUPLE, OBJ_DICT, OBJ_SET, OBJ_FROZENSET, OBJ_RANGE};
    for (size_t i = 0; i < sizeof containers / sizeof containers[0]; i++)
        vm_define_methods(vm, vm->kind_class[containers[i]], container_methods);
    ObjKind sequences[] = {OBJ_STR, OBJ_LIST, OBJ_TUPLE};
    for (size_t i = 0; i < sizeof sequences / sizeof sequences[0]; i++)
        vm_define_methods(vm, vm->kind_class[sequences[i]], sequence_methods);
    vm_define_methods(vm, vm->kind_class[OBJ_LIST], mutable_methods);
    static const MethodDef list_init[] = {{"__init__", list_init_m, 1, 2, false}, {NULL, NULL, 0, 0, false}};
    static const MethodDef dict_init[] = {{"__init__", dict_init_m, 1, -1, true}, {NULL, NULL, 0, 0, false}};
    static const MethodDef set_init[] = {{"__init__", set_init_m, 1, 2, false}, {NULL, NULL, 0, 0, false}};
    vm_define_methods(vm, vm->kind_class[OBJ_LIST], list_init);
    vm_define_methods(vm, vm->kind_class[OBJ_DICT], dict_init);
    vm_define_methods(vm, vm->kind_class[OBJ_SET], set_init);
    vm_define_methods(vm, vm->kind_class[OBJ_DICT], mutable_methods);
    vm_define_methods(vm, vm->kind_class[OBJ_DICT], dict_ops);
    vm_define_methods(vm, vm->kind_class[OBJ_STR], str_ops);
    vm_define_methods(vm, vm->kind_class[OBJ_SET], set_ops);
    vm_define_methods(vm, vm->kind_class[OBJ_FROZENSET], set_ops);
    vm_define_methods(vm, vm->kind_class[OBJ_ITER], iterator_methods);
    vm_define_methods(vm, vm->kind_class[OBJ_GENERATOR], iterator_methods);
}
