/* class.c — classes: making the builtin ones, isinstance and issubclass, building a user
 * class from its body's namespace (C3 method order), making instances, binding methods,
 * and the builtin descriptor types property, staticmethod and classmethod, plus super()
 * and NotImplemented. */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "bigint.h"
#include "containers.h"
#include "str.h"
#include "vm.h"
#include "type.h"

static Value wrapper_new(VM *vm, ObjKind kind, Value fget, Value fset, Value fdel);

Value class_lookup(VM *vm, ObjClass *cls, ObjStr *name) {
    uint64_t h = (uint64_t)(uintptr_t)cls * 0x9E3779B97F4A7C15u ^ (uint64_t)(uintptr_t)name * 0xC2B2AE3D27D4EB4Fu;
    struct AttrCacheEntry *e = &vm->attr_cache[h >> 54]; /* 1024 entries: the top 10 bits */
    if (e->cls == cls && e->name == name && e->epoch == vm->class_epoch) return e->value;
    Value found = UNDEF_VAL;
    for (uint32_t i = 0; i < cls->mro->len; i++) {
        Value v = dict_get_str(AS_CLASS(cls->mro->items[i])->dict, name);
        if (!IS_UNDEF(v)) {
            found = v;
            break;
        }
    }
    e->cls = cls;
    e->name = name;
    e->value = found;
    e->epoch = vm->class_epoch;
    return found;
}

/* The attribute's bind slot (a function binds, a staticmethod unwraps), else itself. */
Value class_bind(VM *vm, Value attr, Value obj, ObjClass *cls) {
    if (!IS_OBJ(attr) || !obj_type(attr)->bind) return attr;
    return obj_type(attr)->bind(vm, attr, obj, cls);
}

ObjDict **subclass_attrs(Value v) {
    return IS_SUBCLASSED(v) ? &AS_INSTANCE(v)->dict : NULL;
}

/* Special methods written in Python are called; the builtin ones (object's, list's ...)
 * are skipped, because the object protocol implements them directly: UNDEF_VAL. */
Value vm_call_dunder(VM *vm, Value obj, DunderId id, int argc, Value *argv) {
    ObjClass *cls = vm_class_of(vm, obj);
    Value attr = class_lookup(vm, cls, vm->dunder[id]);
    if (IS_UNDEF(attr) || (IS_KIND(attr, OBJ_NATIVE) && !AS_NATIVE(attr)->is_hook)) return UNDEF_VAL;
    if (IS_NONE(attr)) return UNDEF_VAL; /* __hash__ = None and friends: "not defined" */
    if (IS_FUNCTION(attr) || IS_KIND(attr, OBJ_NATIVE)) {
        Value args[8];
        if (argc > 7) return vm_raise(vm, EXC_TypeError, "too many arguments to a special method");
        args[0] = obj;
        for (int i = 0; i < argc; i++) args[i + 1] = argv[i];
        return op_call(vm, attr, argc + 1, args, NULL);
    }
    Value callee = class_bind(vm, attr, obj, cls);
    return op_call(vm, callee, argc, argv, NULL);
}

/* ---- C3 linearisation ---- */

/* Merges the MROs of the bases (and the bases list itself) into `out`, CPython's way. */
static bool c3_merge(VM *vm, ObjClass *cls, int nbases, ObjClass **bases, ObjList *out) {
    int nseq = nbases + 1;
    ObjTuple *seqs[64];
    uint32_t pos[64];
    if (nseq > 64) return vm_raise(vm, EXC_TypeError, "too many base classes"), false;
    for (int i = 0; i < nbases; i++) {
        seqs[i] = bases[i]->mro;
        pos[i] = 0;
    }
    ObjTuple *direct = tuple_new(vm, (uint32_t)nbases);
    for (int i = 0; i < nbases; i++) direct->items[i] = OBJ_VAL(bases[i]);
    seqs[nbases] = direct;
    pos[nbases] = 0;
    list_append(vm, out, OBJ_VAL(cls));
    for (;;) {
        bool any = false;
        for (int i = 0; i < nseq; i++)
            if (pos[i] < seqs[i]->len) any = true;
        if (!any) return true;
        Value pick = UNDEF_VAL;
        for (int i = 0; i < nseq && IS_UNDEF(pick); i++) {
            if (pos[i] >= seqs[i]->len) continue;
            Value head = seqs[i]->items[pos[i]];
            bool in_tail = false;
            for (int j = 0; j < nseq && !in_tail; j++)
                for (uint32_t k = pos[j] + 1; k < seqs[j]->len; k++)
                    if (seqs[j]->items[k] == head) {
                        in_tail = true;
                        break;
                    }
            if (!in_tail) pick = head;
        }
        if (IS_UNDEF(pick)) {
            StrBuf sb;
            sb_init(&sb);
            for (int i = 0; i < nbases; i++) {
                if (i) sb_append_cstr(&sb, ", ");
                sb_append_str(&sb, bases[i]->name);
            }
            sb_append_char(&sb, '\0');
            vm_raise(vm, EXC_TypeError, "Cannot create a consistent method resolution order (MRO) for bases %s",
                     sb.data);
            sb_free(&sb);
            return false;
        }
        list_append(vm, out, pick);
        for (int i = 0; i < nseq; i++)
            if (pos[i] < seqs[i]->len && seqs[i]->items[pos[i]] == pick) pos[i]++;
    }
}

static void set_owner(Value v, ObjClass *cls) {
    if (IS_FUNCTION(v)) {
        if (!AS_FUNCTION(v)->owner) AS_FUNCTION(v)->owner = cls;
    } else if (IS_KIND(v, OBJ_PROPERTY) || IS_KIND(v, OBJ_STATICMETHOD) || IS_KIND(v, OBJ_CLASSMETHOD)) {
        set_owner(AS_WRAPPER(v)->fget, cls);
        set_owner(AS_WRAPPER(v)->fset, cls);
        set_owner(AS_WRAPPER(v)->fdel, cls);
    }
}

Value class_build(VM *vm, ObjStr *name, int nbases, Value *bases, ObjDict *ns) {
    ObjClass *base_classes[64];
    if (nbases > 64) return vm_raise(vm, EXC_TypeError, "too many base classes");
    uint8_t kind = OBJ_INSTANCE;
    for (int i = 0; i < nbases; i++) {
        if (!IS_CLASS(bases[i]))
            return vm_raise(vm, EXC_TypeError, "bases must be types");
        ObjClass *b = AS_CLASS(bases[i]);
        for (int j = 0; j < i; j++)
            if (base_classes[j] == b) return vm_raise(vm, EXC_TypeError, "duplicate base class %s", b->name->chars);
        uint8_t bk = b->instance_kind;
        /* A builtin whose type can make an empty object for a subclass: list, dict, set,
         * exceptions (ObjType.instantiate). */
        if (bk != OBJ_INSTANCE && obj_types[bk]->instantiate) {
            if (kind != OBJ_INSTANCE && kind != bk)
                return vm_raise(vm, EXC_TypeError, "multiple bases have instance lay-out conflict");
            kind = bk;
        } else if (b->is_builtin && b != vm->cls_object && bk != OBJ_INSTANCE)
            return vm_raise(vm, EXC_NotImplementedError, "subclassing the built-in type '%s' is not supported yet",
                            b->name->chars);
        else if (b == vm->cls_bool || b == vm->cls_float || b == vm->cls_none)
            return vm_raise(vm, EXC_NotImplementedError, "subclassing the built-in type '%s' is not supported yet",
                            b->name->chars);
        base_classes[i] = b;
    }
    if (nbases == 0) {
        base_classes[0] = vm->cls_object;
        nbases = 1;
    }
    /* __init_subclass__ and __class_getitem__ are class methods without saying so. */
    static const char *const implicit_classmethods[] = {"__init_subclass__", "__class_getitem__"};
    for (int i = 0; i < 2; i++) {
        ObjStr *key = str_intern_cstr(vm, implicit_classmethods[i]);
        Value f = dict_get_str(ns, key);
        if (IS_FUNCTION(f)) dict_set_str(vm, ns, key, wrapper_new(vm, OBJ_CLASSMETHOD, f, NONE_VAL, NONE_VAL));
    }
    ObjClass *cls = (ObjClass *)obj_alloc(vm, OBJ_CLASS, sizeof(ObjClass));
    cls->name = name;
    cls->dict = ns;
    cls->instance_kind = kind;
    cls->is_builtin = false;
    cls->bases = tuple_new(vm, (uint32_t)nbases);
    for (int i = 0; i < nbases; i++) cls->bases->items[i] = OBJ_VAL(base_classes[i]);
    ObjList *mro = list_new(vm, 8);
    if (!c3_merge(vm, cls, nbases, base_classes, mro)) return ERR_VAL;
    cls->mro = AS_TUPLE(tuple_from(vm, mro->len, mro->items));
    Table *t = &ns->table;
    for (uint32_t i = 0; i < t->nentries; i++)
        if (!IS_UNDEF(t->entries[i].key)) set_owner(t->entries[i].value, cls);
    if (IS_UNDEF(dict_get_str(ns, vm->dunder[DUNDER_module])))
        dict_set_str(vm, ns, vm->dunder[DUNDER_module], OBJ_VAL(vm->s_main));
    /* A class that defines __eq__ but not __hash__ has unhashable instances. */
    if (!IS_UNDEF(dict_get_str(ns, vm->dunder[DUNDER_eq])) && IS_UNDEF(dict_get_str(ns, vm->dunder[DUNDER_hash])))
        dict_set_str(vm, ns, vm->dunder[DUNDER_hash], NONE_VAL);
    /* The class is made: each attribute's __set_name__(owner, name), then the nearest
     * base's __init_subclass__ (a class method without saying so), as CPython's type(). */
    ObjStr *set_name = str_intern_cstr(vm, "__set_name__");
    for (uint32_t i = 0; i < ns->table.nentries; i++) {
        Value key = ns->table.entries[i].key, value = ns->table.entries[i].value;
        if (IS_UNDEF(key) || !is_user_instance(value)) continue;
        Value hook = class_lookup(vm, AS_INSTANCE(value)->cls, set_name);
        if (!IS_FUNCTION(hook)) continue;
        Value args[3] = {value, OBJ_VAL(cls), key};
        if (IS_ERR(op_call(vm, hook, 3, args, NULL))) return ERR_VAL;
    }
    ObjStr *init_subclass = str_intern_cstr(vm, "__init_subclass__");
    for (uint32_t i = 1; i < cls->mro->len; i++) {
        Value hook = dict_get_str(AS_CLASS(cls->mro->items[i])->dict, init_subclass);
        if (IS_UNDEF(hook)) continue;
        if (IS_KIND(hook, OBJ_CLASSMETHOD)) hook = AS_WRAPPER(hook)->fget;
        Value self = OBJ_VAL(cls);
        if (IS_FUNCTION(hook) && IS_ERR(op_call(vm, hook, 1, &self, NULL))) return ERR_VAL;
        break; /* object's does nothing */
    }
    return OBJ_VAL(cls);
}

/* By the instantiate slot of the kind the class's instances are. */
Value class_instantiate(VM *vm, ObjClass *cls, int argc, Value *argv) {
    return obj_types[cls->instance_kind]->instantiate(vm, cls, argc, argv);
}

/* ---- property, staticmethod, classmethod ---- */

static Value wrapper_new(VM *vm, ObjKind kind, Value fget, Value fset, Value fdel) {
    ObjWrapper *w = (ObjWrapper *)obj_alloc(vm, kind, sizeof(ObjWrapper));
    w->fget = fget;
    w->fset = fset;
    w->fdel = fdel;
    return OBJ_VAL(w);
}

static Value property_ctor(VM *vm, ObjClass *cls, int argc, Value *argv, ObjTuple *kwnames) {
    (void)cls;
    static const char *const allowed[] = {"fget", "fset", "fdel", "doc", NULL};
    if (!native_check_kw(vm, "property", kwnames, allowed)) return ERR_VAL;
    if (argc > 4) return vm_raise(vm, EXC_TypeError, "property() takes at most 4 arguments (%d given)", argc);
    Value parts[3] = {NONE_VAL, NONE_VAL, NONE_VAL};
    static const char *const names[3] = {"fget", "fset", "fdel"};
    for (int i = 0; i < 3; i++) {
        if (i < argc) parts[i] = argv[i];
        Value kw = native_kwarg(argc, argv, kwnames, names[i]);
        if (!IS_UNDEF(kw)) parts[i] = kw;
    }
    return wrapper_new(vm, OBJ_PROPERTY, parts[0], parts[1], parts[2]);
}

Value class_staticmethod(VM *vm, Value f) {
    return wrapper_new(vm, OBJ_STATICMETHOD, f, NONE_VAL, NONE_VAL);
}

static Value staticmethod_ctor(VM *vm, ObjClass *cls, int argc, Value *argv, ObjTuple *kwnames) {
    (void)cls;
    if (argc != 1 || kwnames) return vm_raise(vm, EXC_TypeError, "staticmethod expected 1 argument, got %d", argc);
    return wrapper_new(vm, OBJ_STATICMETHOD, argv[0], NONE_VAL, NONE_VAL);
}

static Value classmethod_ctor(VM *vm, ObjClass *cls, int argc, Value *argv, ObjTuple *kwnames) {
    (void)cls;
    if (argc != 1 || kwnames) return vm_raise(vm, EXC_TypeError, "classmethod expected 1 argument, got %d", argc);
    return wrapper_new(vm, OBJ_CLASSMETHOD, argv[0], NONE_VAL, NONE_VAL);
}

static Value property_setter(VM *vm, int argc, Value *argv, ObjTuple *kw) {
    (void)argc, (void)kw;
    ObjWrapper *p = AS_WRAPPER(argv[0]);
    return wrapper_new(vm, OBJ_PROPERTY, p->fget, argv[1], p->fdel);
}

static Value property_getter(VM *vm, int argc, Value *argv, ObjTuple *kw) {
    (void)argc, (void)kw;
    ObjWrapper *p = AS_WRAPPER(argv[0]);
    return wrapper_new(vm, OBJ_PROPERTY, argv[1], p->fset, p->fdel);
}

static Value property_deleter(VM *vm, int argc, Value *argv, ObjTuple *kw) {
    (void)argc, (void)kw;
    ObjWrapper *p = AS_WRAPPER(argv[0]);
    return wrapper_new(vm, OBJ_PROPERTY, p->fget, p->fset, argv[1]);
}

static const MethodDef property_methods[] = {
    {"setter", property_setter, 2, 2, false},
    {"getter", property_getter, 2, 2, false},
    {"deleter", property_deleter, 2, 2, false},
    {NULL, NULL, 0, 0, false},
};

/* ---- super ---- */

static Value super_ctor(VM *vm, ObjClass *cls, int argc, Value *argv, ObjTuple *kwnames) {
    (void)cls;
    if (kwnames) return vm_raise(vm, EXC_TypeError, "super() takes no keyword arguments");
    ObjClass *start;
    Value self;
    if (argc == 2) {
        if (!IS_CLASS(argv[0])) return vm_raise(vm, EXC_TypeError, "super() argument 1 must be a type, not %s",
                                                vm_type_name(vm, argv[0]));
        start = AS_CLASS(argv[0]);
        self = argv[1];
    } else if (argc == 0) {
        /* Zero-argument form: the class whose body defined the calling function, and
         * that function's first argument. */
        Frame *f = vm->frame_count ? &vm->frames[vm->frame_count - 1] : NULL;
        if (!f || !f->func || !f->func->owner) return vm_raise(vm, EXC_RuntimeError, "super(): __class__ cell not found");
        if (f->code->nparams == 0 && !(f->code->flags & CODE_VARARGS))
            return vm_raise(vm, EXC_RuntimeError, "super(): no arguments");
        start = f->func->owner;
        self = f->slots[0];
        if (f->code->nparams == 0) self = AS_TUPLE(self)->len ? AS_TUPLE(self)->items[0] : UNDEF_VAL;
        if (IS_UNDEF(self)) return vm_raise(vm, EXC_RuntimeError, "super(): no arguments");
    } else {
        return vm_raise(vm, EXC_TypeError, "super() takes 0 or 2 arguments (%d given)", argc);
    }
    ObjSuper *s = (ObjSuper *)obj_alloc(vm, OBJ_SUPER, sizeof(ObjSuper));
    s->start = start;
    s->self = self;
    return OBJ_VAL(s);
}

Value super_getattr(VM *vm, ObjSuper *s, ObjStr *name) {
    ObjClass *type = IS_CLASS(s->self) ? AS_CLASS(s->self) : vm_class_of(vm, s->self);
    ObjTuple *mro = type->mro;
    uint32_t i = 0;
    while (i < mro->len && AS_CLASS(mro->items[i]) != s->start) i++;
    for (i++; i < mro->len; i++) {
        Value v = dict_get_str(AS_CLASS(mro->items[i])->dict, name);
        if (IS_UNDEF(v)) continue;
        if (IS_KIND(v, OBJ_PROPERTY) && !IS_CLASS(s->self)) {
            Value fget = AS_WRAPPER(v)->fget;
            return op_call(vm, fget, 1, &s->self, NULL);
        }
        return class_bind(vm, v, s->self, type);
    }
    return UNDEF_VAL;
}

/* ---- exceptions' own methods ---- */

static Value exception_init(VM *vm, int argc, Value *argv, ObjTuple *kw) {
    (void)kw;
    if (!IS_EXCEPTION(argv[0])) return vm_raise(vm, EXC_TypeError, "descriptor '__init__' requires an exception");
    AS_EXCEPTION(argv[0])->args = AS_TUPLE(tuple_from(vm, (uint32_t)(argc - 1), argv + 1));
    return NONE_VAL;
}

static Value object_init(VM *vm, int argc, Value *argv, ObjTuple *kw) {
    (void)vm, (void)argc, (void)argv, (void)kw;
    return NONE_VAL;
}

static Value object_repr(VM *vm, int argc, Value *argv, ObjTuple *kw) {
    (void)argc, (void)kw;
    return op_default_repr(vm, argv[0]);
}

static Value object_str(VM *vm, int argc, Value *argv, ObjTuple *kw) {
    (void)argc, (void)kw;
    return op_repr(vm, argv[0]);
}

static Value exception_str(VM *vm, int argc, Value *argv, ObjTuple *kw) {
    (void)argc, (void)kw;
    return op_default_str(vm, argv[0]);
}

static Value object_eq(VM *vm, int argc, Value *argv, ObjTuple *kw) {
    (void)argc, (void)kw;
    return argv[0] == argv[1] ? TRUE_VAL : vm->not_implemented;
}

static Value object_ne(VM *vm, int argc, Value *argv, ObjTuple *kw) {
    (void)argc, (void)kw;
    /* The default __ne__ inverts whatever __eq__ says. */
    Value eq = vm_call_dunder(vm, argv[0], DUNDER_eq, 1, &argv[1]);
    if (IS_UNDEF(eq)) eq = argv[0] == argv[1] ? TRUE_VAL : vm->not_implemented; /* object.__eq__ */
    if (IS_ERR(eq) || eq == vm->not_implemented) return eq;
    int t = op_truthy(vm, eq);
    return t < 0 ? ERR_VAL : BOOL_VAL(!t);
}

static Value object_hash(VM *vm, int argc, Value *argv, ObjTuple *kw) {
    (void)argc, (void)kw;
    uint64_t x = (uint64_t)(uintptr_t)AS_OBJ(argv[0]);
    return int_from_int64(vm, (int64_t)((x >> 4) | ((x & 15) << 40)));
}

static Value object_format(VM *vm, int argc, Value *argv, ObjTuple *kw) {
    (void)argc, (void)kw;
    if (!IS_STR(argv[1])) return vm_raise(vm, EXC_TypeError, "__format__() argument must be str, not %s",
                                          vm_type_name(vm, argv[1]));
    if (AS_STR(argv[1])->len)
        return vm_raise(vm, EXC_TypeError, "unsupported format string passed to %s.__format__",
                        vm_type_name(vm, argv[0]));
    return op_str(vm, argv[0]);
}

static Value object_setattr(VM *vm, int argc, Value *argv, ObjTuple *kw) {
    (void)argc, (void)kw;
    if (!IS_STR(argv[1]))
        return vm_raise(vm, EXC_TypeError, "attribute name must be string, not '%s'", vm_type_name(vm, argv[1]));
    return op_setattr_generic(vm, argv[0], AS_STR(argv[1]), argv[2]) ? NONE_VAL : ERR_VAL;
}

static Value object_delattr(VM *vm, int argc, Value *argv, ObjTuple *kw) {
    (void)argc, (void)kw;
    if (!IS_STR(argv[1]))
        return vm_raise(vm, EXC_TypeError, "attribute name must be string, not '%s'", vm_type_name(vm, argv[1]));
    return op_delattr(vm, argv[0], AS_STR(argv[1])) ? NONE_VAL : ERR_VAL;
}

static Value object_getattribute(VM *vm, int argc, Value *argv, ObjTuple *kw) {
    (void)argc, (void)kw;
    if (!IS_STR(argv[1]))
        return vm_raise(vm, EXC_TypeError, "attribute name must be string, not '%s'", vm_type_name(vm, argv[1]));
    return op_getattr(vm, argv[0], AS_STR(argv[1]));
}

/* object.__new__(cls, ...): a new, uninitialised instance. */
static Value object_new(VM *vm, int argc, Value *argv, ObjTuple *kw) {
    (void)kw;
    if (argc < 1 || !IS_CLASS(argv[0]))
        return vm_raise(vm, EXC_TypeError, "object.__new__(X): X is not a type object");
    ObjClass *cls = AS_CLASS(argv[0]);
    if (cls->is_builtin && cls != vm->cls_object)
        return vm_raise(vm, EXC_NotImplementedError, "%s.__new__ is not supported yet", cls->name->chars);
    if (cls == vm->cls_object) {
        ObjInstance *o = (ObjInstance *)obj_alloc(vm, OBJ_INSTANCE, sizeof(ObjInstance));
        o->cls = cls;
        return OBJ_VAL(o);
    }
    return class_instantiate(vm, cls, argc - 1, argv + 1);
}

static Value type_mro(VM *vm, int argc, Value *argv, ObjTuple *kw) {
    (void)argc, (void)kw;
    if (!IS_CLASS(argv[0])) return vm_raise(vm, EXC_TypeError, "descriptor 'mro' requires a 'type' object");
    ObjTuple *mro = AS_CLASS(argv[0])->mro;
    ObjList *l = list_new(vm, mro->len);
    for (uint32_t i = 0; i < mro->len; i++) list_append(vm, l, mro->items[i]);
    return OBJ_VAL(l);
}

static const MethodDef exception_methods[] = {
    {"__init__", exception_init, 1, -1, false},
    {"__str__", exception_str, 1, 1, false},
    {"__repr__", object_repr, 1, 1, false},
    {NULL, NULL, 0, 0, false},
};

/* object.__init_subclass__(**kwargs): the end of the chain of super() calls; nothing. */
static Value object_init_subclass(VM *vm, int argc, Value *argv, ObjTuple *kw) {
    (void)argc, (void)argv;
    if (kw && kw->len)
        return vm_raise(vm, EXC_TypeError, "%s.__init_subclass__() takes no keyword arguments",
                        IS_CLASS(argv[0]) ? AS_CLASS(argv[0])->name->chars : "object");
    return NONE_VAL;
}

static const MethodDef object_methods[] = {
    {"__init_subclass__", object_init_subclass, 1, 1, true},
    {"__init__", object_init, 1, 1, false},
    {"__new__", object_new, 1, -1, true},
    {"__repr__", object_repr, 1, 1, false},
    {"__str__", object_str, 1, 1, false},
    {"__eq__", object_eq, 2, 2, false},
    {"__ne__", object_ne, 2, 2, false},
    {"__hash__", object_hash, 1, 1, false},
    {"__format__", object_format, 2, 2, false},
    {"__setattr__", object_setattr, 3, 3, false},
    {"__delattr__", object_delattr, 2, 2, false},
    {"__getattribute__", object_getattribute, 2, 2, false},
    {NULL, NULL, 0, 0, false},
};

static const MethodDef type_methods[] = {
    {"mro", type_mro, 1, 1, false},
    {NULL, NULL, 0, 0, false},
};

void class_init(VM *vm) {
#define DUNDER_NAME(name) vm->dunder[DUNDER_##name] = str_intern_cstr(vm, "__" #name "__");
    DUNDER_LIST(DUNDER_NAME)
#undef DUNDER_NAME
    static const char *const binops[BIN_COUNT] = {
        "add", "sub", "mul", "matmul", "truediv", "mod", "pow", "lshift", "rshift", "or", "xor", "and", "floordiv",
    };
    for (int i = 0; i < BIN_COUNT; i++) {
        char buf[32];
        snprintf(buf, sizeof buf, "__%s__", binops[i]);
        vm->binop_dunder[i][0] = str_intern_cstr(vm, buf);
        snprintf(buf, sizeof buf, "__r%s__", binops[i]);
        vm->binop_dunder[i][1] = str_intern_cstr(vm, buf);
        snprintf(buf, sizeof buf, "__i%s__", binops[i]);
        vm->binop_dunder[i][2] = str_intern_cstr(vm, buf);
    }
    vm_define_methods(vm, vm->exc_class[EXC_BaseException], exception_methods);
    vm_define_methods(vm, vm->cls_object, object_methods);
    /* object.__init_subclass__ is a class method, so super().__init_subclass__() binds. */
    ObjStr *init_subclass = str_intern_cstr(vm, "__init_subclass__");
    Value native = dict_get_str(vm->cls_object->dict, init_subclass);
    dict_set_str(vm, vm->cls_object->dict, init_subclass, wrapper_new(vm, OBJ_CLASSMETHOD, native, NONE_VAL, NONE_VAL));
    vm_define_methods(vm, vm->cls_type, type_methods);

    ObjClass *nit = (ObjClass *)obj_alloc(vm, OBJ_CLASS, sizeof(ObjClass));
    nit->name = str_intern_cstr(vm, "NotImplementedType");
    nit->dict = dict_new(vm);
    nit->bases = tuple_new(vm, 1);
    nit->bases->items[0] = OBJ_VAL(vm->cls_object);
    nit->mro = tuple_new(vm, 2);
    nit->mro->items[0] = OBJ_VAL(nit);
    nit->mro->items[1] = OBJ_VAL(vm->cls_object);
    nit->instance_kind = OBJ_INSTANCE;
    nit->is_builtin = true;
    ObjInstance *ni = (ObjInstance *)obj_alloc(vm, OBJ_INSTANCE, sizeof(ObjInstance));
    ni->cls = nit;
    vm->not_implemented = OBJ_VAL(ni);
}

/* ---- the types of classes, instances, property, staticmethod, classmethod and super ---- */

static void class_mark(VM *vm, Obj *o) {
    ObjClass *c = (ObjClass *)o;
    GC_VISIT(vm, c->name);
    GC_VISIT(vm, c->bases);
    GC_VISIT(vm, c->mro);
    GC_VISIT(vm, c->dict);
}

static Value class_slot_repr(VM *vm, Value v) {
    char buf[256];
    ObjClass *cls = AS_CLASS(v);
    if (cls->is_builtin) {
        snprintf(buf, sizeof buf, "<class '%s'>", cls->name->chars);
    } else {
        Value q = dict_get_str(cls->dict, vm->dunder[DUNDER_qualname]);
        snprintf(buf, sizeof buf, "<class '__main__.%s'>", IS_STR(q) ? AS_STR(q)->chars : cls->name->chars);
    }
    return str_value(vm, buf);
}

/* C[item]: list[int] and friends are generic aliases, accepted and ignored; a user class
 * answers with C.__class_getitem__(item), a class method without saying so. */
static Value class_slot_getitem(VM *vm, Value obj, Value key) {
    ObjClass *cls = AS_CLASS(obj);
    if (cls->is_builtin) return obj;
    Value hook = class_lookup(vm, cls, str_intern_cstr(vm, "__class_getitem__"));
    if (IS_KIND(hook, OBJ_CLASSMETHOD)) hook = AS_WRAPPER(hook)->fget;
    if (IS_FUNCTION(hook)) {
        Value args[2] = {obj, key};
        return op_call(vm, hook, 2, args, NULL);
    }
    return vm_raise(vm, EXC_TypeError, "type '%s' is not subscriptable", cls->name->chars);
}

/* Type attributes (__name__, __mro__ ...) first, then the MRO, then the methods of `type`
 * itself (C.mro()). */
static Value class_slot_getattr(VM *vm, Value obj, ObjStr *name) {
    ObjClass *cls = AS_CLASS(obj);
    Value v = op_special_attr(vm, obj, name);
    if (!IS_UNDEF(v)) return v;
    v = class_lookup(vm, cls, name);
    Value getter = op_descriptor_getter(vm, v);
    if (!IS_UNDEF(getter)) return op_descriptor_get(vm, getter, v, NONE_VAL, cls);
    if (!IS_UNDEF(v)) return class_bind(vm, v, obj, cls);
    v = dict_get_str(vm->cls_type->dict, name);
    if (IS_KIND(v, OBJ_NATIVE)) return bound_method_new(vm, obj, v);
    return UNDEF_VAL;
}

static Value class_slot_member(VM *vm, Value obj, ObjStr *name) {
    ObjClass *cls = AS_CLASS(obj);
    if (str_is(name, "__qualname__")) {
        Value q = cls->is_builtin ? UNDEF_VAL : dict_get_str(cls->dict, name);
        return IS_UNDEF(q) ? OBJ_VAL(cls->name) : q;
    }
    if (str_is(name, "__name__")) return OBJ_VAL(cls->name);
    if (str_is(name, "__mro__")) return OBJ_VAL(cls->mro);
    if (str_is(name, "__bases__")) return OBJ_VAL(cls->bases);
    if (str_is(name, "__module__")) {
        Value m = cls->is_builtin ? UNDEF_VAL : dict_get_str(cls->dict, name);
        return !IS_UNDEF(m) ? m : cls->is_builtin ? str_value(vm, "builtins") : OBJ_VAL(vm->s_main);
    }
    if (str_is(name, "__doc__")) {
        Value d = cls->is_builtin ? UNDEF_VAL : dict_get_str(cls->dict, name);
        return IS_UNDEF(d) ? NONE_VAL : d;
    }
    /* A copy, read-only in effect as CPython's mappingproxy: the class's own dict
     * changes only through setattr/delattr, which keep class_lookup's cache true. */
    if (str_is(name, "__dict__") && !cls->is_builtin) return dict_copy(vm, cls->dict);
    return UNDEF_VAL;
}

static bool class_slot_setattr(VM *vm, Value obj, ObjStr *name, Value value) {
    ObjClass *cls = AS_CLASS(obj);
    if (cls->is_builtin) {
        vm_raise(vm, EXC_TypeError, "cannot set '%s' attribute of immutable type '%s'", name->chars, cls->name->chars);
        return false;
    }
    dict_set_str(vm, cls->dict, name, value);
    class_cache_clear(vm);
    return true;
}

static int class_slot_delattr(VM *vm, Value obj, ObjStr *name) {
    ObjClass *cls = AS_CLASS(obj);
    class_cache_clear(vm);
    return cls->is_builtin ? 0 : dict_delete(vm, cls->dict, OBJ_VAL(name));
}

/* Calling a class: a user class makes an instance (vm_construct, call.c), a builtin one its constructor. */
static Value class_slot_call(VM *vm, Value callee, int argc, Value *argv, ObjTuple *kwnames) {
    ObjClass *cls = AS_CLASS(callee);
    if (!cls->is_builtin) return vm_construct(vm, cls, argc, argv, kwnames);
    if (cls->ctor) return cls->ctor(vm, cls, argc, argv, kwnames);
    return vm_raise(vm, EXC_TypeError, "cannot create '%s' instances", cls->name->chars);
}

const ObjType class_type = {
    .name = "type",
    .size = sizeof(ObjClass),
    .mark = class_mark,
    .repr = class_slot_repr,
    .getitem = class_slot_getitem,
    .getattr = class_slot_getattr,
    .member = class_slot_member,
    .setattr = class_slot_setattr,
    .delattr = class_slot_delattr,
    .call = class_slot_call,
};

static void instance_mark(VM *vm, Obj *o) {
    GC_VISIT(vm, ((ObjInstance *)o)->cls);
    GC_VISIT(vm, ((ObjInstance *)o)->dict);
}

static Value instance_slot_repr(VM *vm, Value v) {
    char buf[256];
    ObjClass *cls = AS_INSTANCE(v)->cls;
    snprintf(buf, sizeof buf, "<%s%s object at 0x%" PRIxPTR ">", cls->is_builtin ? "" : "__main__.", cls->name->chars,
             (uintptr_t)AS_OBJ(v));
    return str_value(vm, buf);
}

/* Instances of builtin classes (user ones are op_setattr_generic's): object() has no
 * attributes of its own, Ellipsis and sys.stdout do. */
static bool instance_slot_setattr(VM *vm, Value obj, ObjStr *name, Value value) {
    ObjInstance *inst = AS_INSTANCE(obj);
    if (inst->cls == vm->cls_object) return op_setattr_error(vm, obj, name);
    if (!inst->dict) inst->dict = dict_new(vm);
    dict_set_str(vm, inst->dict, name, value);
    return true;
}

int class_delattr_instance(VM *vm, Value obj, ObjStr *name) {
    ObjDict *d = AS_INSTANCE(obj)->dict;
    return d ? dict_delete(vm, d, OBJ_VAL(name)) : 0;
}

Value class_call_instance(VM *vm, Value callee, int argc, Value *argv, ObjTuple *kwnames) {
    ObjClass *cls = AS_INSTANCE(callee)->cls;
    Value call = is_user_instance(callee) ? class_lookup(vm, cls, vm->dunder[DUNDER_call]) : UNDEF_VAL;
    if (IS_UNDEF(call)) return vm_raise(vm, EXC_TypeError, "'%s' object is not callable", vm_type_name(vm, callee));
    return op_call(vm, class_bind(vm, call, callee, cls), argc, argv, kwnames);
}

static Value instance_slot_instantiate(VM *vm, ObjClass *cls, int argc, Value *argv) {
    (void)argc, (void)argv;
    ObjInstance *inst = (ObjInstance *)obj_alloc(vm, OBJ_INSTANCE, sizeof(ObjInstance));
    inst->cls = cls;
    return OBJ_VAL(inst);
}

const ObjType instance_type = {
    .name = "object",
    .size = sizeof(ObjInstance),
    .mark = instance_mark,
    .has_class = true,
    .own_dict = true,
    .instantiate = instance_slot_instantiate,
    .repr = instance_slot_repr,
    .setattr = instance_slot_setattr,
    .delattr = class_delattr_instance,
    .call = class_call_instance,
};

static void wrapper_mark(VM *vm, Obj *o) {
    ObjWrapper *w = (ObjWrapper *)o;
    gc_visit_value(vm, w->fget);
    gc_visit_value(vm, w->fset);
    gc_visit_value(vm, w->fdel);
}

/* What the abc module reads: which functions a property holds. */
static Value property_slot_member(VM *vm, Value obj, ObjStr *name) {
    (void)vm;
    if (str_is(name, "fget")) return AS_WRAPPER(obj)->fget;
    if (str_is(name, "fset")) return AS_WRAPPER(obj)->fset;
    if (str_is(name, "fdel")) return AS_WRAPPER(obj)->fdel;
    return UNDEF_VAL;
}

/* staticmethod and classmethod: the function they wrap. */
static Value wrapper_slot_member(VM *vm, Value obj, ObjStr *name) {
    (void)vm;
    if (str_is(name, "__func__") || str_is(name, "__wrapped__")) return AS_WRAPPER(obj)->fget;
    return UNDEF_VAL;
}


const ObjType property_type = {
    .name = "property",
    .ctor = property_ctor,
    .methods = property_methods,
    .size = sizeof(ObjWrapper),
    .mark = wrapper_mark,
    .member = property_slot_member,
};

/* A staticmethod read through anything is its function. */
static Value staticmethod_slot_bind(VM *vm, Value attr, Value obj, ObjClass *cls) {
    (void)vm, (void)obj, (void)cls;
    return AS_WRAPPER(attr)->fget;
}

const ObjType staticmethod_type = {
    .name = "staticmethod",
    .ctor = staticmethod_ctor,
    .size = sizeof(ObjWrapper),
    .mark = wrapper_mark,
    .bind = staticmethod_slot_bind,
    .member = wrapper_slot_member,
};

/* A classmethod binds to the class it is read through (obj's class for an instance). */
static Value classmethod_slot_bind(VM *vm, Value attr, Value obj, ObjClass *cls) {
    return bound_method_new(vm, OBJ_VAL(IS_CLASS(obj) ? AS_CLASS(obj) : cls), AS_WRAPPER(attr)->fget);
}

const ObjType classmethod_type = {
    .name = "classmethod",
    .ctor = classmethod_ctor,
    .size = sizeof(ObjWrapper),
    .mark = wrapper_mark,
    .bind = classmethod_slot_bind,
    .member = wrapper_slot_member,
};

static void super_mark(VM *vm, Obj *o) {
    GC_VISIT(vm, ((ObjSuper *)o)->start);
    gc_visit_value(vm, ((ObjSuper *)o)->self);
}

static Value super_slot_repr(VM *vm, Value v) {
    char buf[256];
    snprintf(buf, sizeof buf, "<super: <class '%s'>, <%s object>>", AS_SUPER(v)->start->name->chars,
             vm_type_name(vm, AS_SUPER(v)->self));
    return str_value(vm, buf);
}

static Value super_slot_getattr(VM *vm, Value obj, ObjStr *name) { return super_getattr(vm, AS_SUPER(obj), name); }

const ObjType super_type = {
    .name = "super",
    .ctor = super_ctor,
    .size = sizeof(ObjSuper),
    .mark = super_mark,
    .repr = super_slot_repr,
    .getattr = super_slot_getattr,
};

/* ---- classes ---- */

ObjClass *vm_new_builtin_class(VM *vm, const char *name, ObjClass *base, ObjKind instance_kind) {
    ObjClass *cls = (ObjClass *)obj_alloc(vm, OBJ_CLASS, sizeof(ObjClass));
    cls->name = str_intern_cstr(vm, name);
    cls->dict = dict_new(vm);
    cls->instance_kind = (uint8_t)instance_kind;
    cls->is_builtin = true;
    if (base) {
        cls->bases = tuple_new(vm, 1);
        cls->bases->items[0] = OBJ_VAL(base);
        uint32_t n = base->mro ? base->mro->len : 0;
        cls->mro = tuple_new(vm, n + 1);
        cls->mro->items[0] = OBJ_VAL(cls);
        for (uint32_t i = 0; i < n; i++) cls->mro->items[i + 1] = base->mro->items[i];
    } else {
        cls->bases = tuple_new(vm, 0);
        cls->mro = tuple_new(vm, 1);
        cls->mro->items[0] = OBJ_VAL(cls);
    }
    return cls;
}

bool vm_is_subclass(ObjClass *cls, ObjClass *base) {
    if (cls == base) return true;
    for (uint32_t i = 0; i < cls->mro->len; i++)
        if (AS_CLASS(cls->mro->items[i]) == base) return true;
    return false;
}

ObjClass *vm_class_of(VM *vm, Value v) {
    if (IS_INT(v)) return vm->cls_int;
    if (IS_FLOAT(v)) return vm->cls_float;
    if (IS_BOOL(v)) return vm->cls_bool;
    if (IS_OBJ(v)) {
        Obj *o = AS_OBJ(v);
        const ObjType *t = obj_types[o->kind];
        if (t->has_class && ((ObjInstance *)o)->cls) return ((ObjInstance *)o)->cls;
        if (t->class_of) return t->class_of(vm, v);
        return vm->kind_class[o->kind];
    }
    return vm->cls_none;
}

bool vm_isinstance(VM *vm, Value v, ObjClass *cls) {
    return vm_is_subclass(vm_class_of(vm, v), cls);
}

const char *vm_type_name(VM *vm, Value v) {
    return vm_class_of(vm, v)->name->chars;
}
