/* type.h — the type table: one descriptor (ObjType) per kind of heap object, filled in by
 * that type's own file and looked up by kind. The protocol (ops.c), the collector (gc.c) and
 * calls (call.c) ask a value's descriptor instead of switching on its kind. A NULL slot means
 * the kind has no such behaviour: ops.c says what each one falls back to. A new type is a
 * new file that defines its descriptor, plus its line in OBJ_KINDS (object.h); see
 * ARCHITECTURE.md. */
#ifndef EDGE_TYPE_H
#define EDGE_TYPE_H

#include "vm.h"

typedef struct ObjType {
    const char *name;         /* its class's name: type(x).__name__ */
    const MethodDef *methods; /* its class's methods (vm_init defines them), or NULL */

    /* ---- memory (gc.c) ---- */
    size_t size;                      /* what obj_alloc is asked for ... */
    size_t (*var_size)(const Obj *o); /* ... plus this, for kinds with inline items */
    void (*mark)(VM *vm, Obj *o);     /* visits what it points to: gc_visit and friends */
    void (*free)(VM *vm, Obj *o);     /* frees what it owns outside the heap (gc_realloc'ed) */
    /* Never changes what it points at once made: a permanent one (made at set-up) is not
     * visited by every collection. */
    bool immutable;
    /* Its objects start as ObjInstance does, {Obj, cls, dict}: cls is the object's class
     * when that is not the kind's own (an instance; a list of a user subclass of list),
     * else NULL, and dict holds the attributes a user class gives it. */
    bool has_class;
    /* Its objects have attributes of their own (a dict) that come before their class's
     * methods: instances and exceptions. */
    bool own_dict;

    /* ---- the object protocol (ops.c): each slot gets values of its own kind ---- */
    Value (*repr)(VM *vm, Value v); /* object.__repr__; NULL: <name object at 0x...> */
    Value (*str)(VM *vm, Value v);  /* object.__str__; NULL: the repr */
    int (*truthy)(VM *vm, Value v); /* 1/0/-1; NULL: len() != 0, else true */
    /* NULL: by identity; op_unhashable for mutable kinds */
    bool (*hash)(VM *vm, Value v, int64_t *out);
    int (*eq)(VM *vm, Value a, Value b); /* a of the kind, a != b: 1/0/-1; NULL: not equal */
    /* a < b and friends, for a of the kind: 1/0/-1, or CMP_UNSUPPORTED (a TypeError) */
    int (*compare)(VM *vm, CmpOp op, Value a, Value b);
    /* a op b when a or b is of the kind (a's slot is asked first, then b's): UNDEF_VAL when
     * it does not apply. inplace is a op= b for a of the kind; UNDEF_VAL: a = a op b. */
    Value (*binary)(VM *vm, BinOp op, Value a, Value b);
    Value (*inplace)(VM *vm, BinOp op, Value a, Value b);
    bool (*len)(VM *vm, Value v, int64_t *out);           /* NULL: no len() */
    int (*contains)(VM *vm, Value container, Value item); /* 1/0/-1; NULL: by iteration */
    Value (*iter)(VM *vm, Value v);                       /* NULL: not iterable */
    Value (*next)(VM *vm, Value it); /* UNDEF_VAL at the end; NULL: not an iterator */
    Value (*reversed)(VM *vm, Value v); /* reversed(v); NULL: not reversible */
    Value (*getitem)(VM *vm, Value obj, Value key); /* NULL: not subscriptable */
    bool (*setitem)(VM *vm, Value obj, Value key, Value value);
    bool (*delitem)(VM *vm, Value obj, Value key);

    /* ---- attributes (ops.c), calls (call.c) and classes (class.c) ---- */
    /* Replaces the generic lookup (the class's MRO, then the object's own attributes):
     * modules, classes, super. UNDEF_VAL when absent. */
    Value (*getattr)(VM *vm, Value obj, ObjStr *name);
    /* The kind's data attributes (range.start, f.__name__, e.args): UNDEF_VAL when none. */
    Value (*member)(VM *vm, Value obj, ObjStr *name);
    /* NULL: attributes cannot be set (op_setattr_error) */
    bool (*setattr)(VM *vm, Value obj, ObjStr *name, Value value);
    int (*delattr)(VM *vm, Value obj, ObjStr *name); /* 1 deleted, 0 absent, -1 raised */
    /* What reading a class attribute of the kind through obj gives (a function binds to
     * obj; a staticmethod unwraps): CPython's __get__. NULL: the attribute itself. */
    Value (*bind)(VM *vm, Value attr, Value obj, ObjClass *cls);
    /* NULL: not callable */
    Value (*call)(VM *vm, Value callee, int argc, Value *argv, ObjTuple *kwnames);
    /* NULL: cls (has_class) or else vm->kind_class[kind] */
    ObjClass *(*class_of)(VM *vm, Value v);
    /* What calling its class gives (argv excludes the class): list(x), range(3). A kind
     * with one is a builtin name. NULL: its class is not called this way. */
    Value (*ctor)(VM *vm, ObjClass *cls, int argc, Value *argv, ObjTuple *kwnames);
    /* A new, empty object of the kind for a user class deriving from its class, for its
     * __init__ to fill; NULL: the class cannot be subclassed. */
    Value (*instantiate)(VM *vm, ObjClass *cls, int argc, Value *argv);
} ObjType;

/* A compare slot's "not between these types". */
#define CMP_UNSUPPORTED (-2)

/* What a three-way comparison c (< 0, 0, > 0) says about a op b, for <, <=, > and >=. */
static inline int cmp_holds(CmpOp op, int c) {
    return op == CMP_LT ? c < 0 : op == CMP_LE ? c <= 0 : op == CMP_GT ? c > 0 : c >= 0;
}

#define OBJ_TYPE_DECLARE(kind, name) extern const ObjType name##_type;
OBJ_KINDS(OBJ_TYPE_DECLARE)
#undef OBJ_TYPE_DECLARE

/* Indexed by ObjKind (ops.c). */
extern const ObjType *const obj_types[OBJ_KIND_COUNT];

static inline const ObjType *obj_type(Value v) { return obj_types[OBJ_KIND(v)]; }

/* ---- user classes: one rule for instances and for builtins' subclasses ---- */

/* v's class when v's type has_class and that class is not the kind's own, else NULL: an
 * instance's class, the class of a list of a user subclass of list. */
static inline ObjClass *obj_own_class(Value v) {
    return IS_OBJ(v) && obj_type(v)->has_class ? AS_INSTANCE(v)->cls : NULL;
}
/* Special methods written in Python apply to v: its class is one the program defined. */
static inline bool has_user_class(Value v) {
    ObjClass *cls = obj_own_class(v);
    return cls && !cls->is_builtin;
}
/* An object of a builtin kind with data of its own (list, dict, set) whose class is a user
 * subclass of that builtin (class Stack(list)), as opposed to a user instance. */
#define IS_SUBCLASSED(v) (has_user_class(v) && !is_user_instance(v))

/* ---- marking, for the mark slots (gc.c) ---- */
void gc_grow_gray(VM *vm);
static inline void gc_visit(VM *vm, Obj *o) {
    if (!o || o->marked) return;
    o->marked = 1;
    if (vm->gray_count == vm->gray_cap) gc_grow_gray(vm);
    vm->gray[vm->gray_count++] = o;
}
#define GC_VISIT(vm, p) gc_visit((vm), (Obj *)(p))
static inline void gc_visit_value(VM *vm, Value v) {
    if (IS_OBJ(v)) gc_visit(vm, AS_OBJ(v));
}
void gc_visit_values(VM *vm, const Value *vs, size_t n);
void gc_visit_table(VM *vm, Table *t);

#endif
