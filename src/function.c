/* function.c — the types of what runs: code objects, Python functions, the cells their
 * closures share, C functions (natives) and bound methods. Calling a Python function or a
 * native is the interpreter's business (call.c); this file is each type's descriptor. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "containers.h"
#include "str.h"
#include "type.h"

/* ---- code ---- */

static void code_mark(VM *vm, Obj *o) {
    ObjCode *c = (ObjCode *)o;
    gc_visit_values(vm, c->consts, c->nconsts);
    for (uint32_t i = 0; i < c->nnames; i++) GC_VISIT(vm, c->names[i]);
    for (uint32_t i = 0; i < c->nlocals; i++) GC_VISIT(vm, c->varnames[i]);
    for (uint32_t i = 0; i < (uint32_t)(c->ncells + c->nfree); i++) GC_VISIT(vm, c->cellnames[i]);
    GC_VISIT(vm, c->name);
    GC_VISIT(vm, c->qualname);
    GC_VISIT(vm, c->filename);
    GC_VISIT(vm, c->source);
    GC_VISIT(vm, c->doc);
}

static void code_free(VM *vm, Obj *o) {
    ObjCode *c = (ObjCode *)o;
    gc_realloc(vm, c->code, c->code_len, 0);
    gc_realloc(vm, c->consts, sizeof(Value) * c->nconsts, 0);
    gc_realloc(vm, c->names, sizeof(ObjStr *) * c->nnames, 0);
    gc_realloc(vm, c->global_cache, sizeof(int32_t) * c->nnames, 0);
    gc_realloc(vm, c->varnames, sizeof(ObjStr *) * c->nlocals, 0);
    gc_realloc(vm, c->cellnames, sizeof(ObjStr *) * (size_t)(c->ncells + c->nfree), 0);
    gc_realloc(vm, c->cell2local, sizeof(int16_t) * c->ncells, 0);
    gc_realloc(vm, c->lines, sizeof(LineEntry) * c->nlines, 0);
    gc_realloc(vm, c->handlers, sizeof(HandlerEntry) * c->nhandlers, 0);
}

const ObjType code_type = {
    .name = "code",
    .size = sizeof(ObjCode),
    .mark = code_mark,
    .free = code_free,
    .immutable = true,
};

/* ---- functions ---- */

static void function_mark(VM *vm, Obj *o) {
    ObjFunction *f = (ObjFunction *)o;
    GC_VISIT(vm, f->code);
    GC_VISIT(vm, f->globals);
    GC_VISIT(vm, f->defaults);
    GC_VISIT(vm, f->kwdefaults);
    GC_VISIT(vm, f->closure);
    GC_VISIT(vm, f->name);
    GC_VISIT(vm, f->qualname);
    GC_VISIT(vm, f->attrs);
    GC_VISIT(vm, f->owner);
}

static Value function_slot_repr(VM *vm, Value v) {
    char buf[256];
    snprintf(buf, sizeof buf, "<function %s at 0x%" PRIxPTR ">", AS_FUNCTION(v)->qualname->chars,
             (uintptr_t)AS_OBJ(v));
    return str_value(vm, buf);
}

static Value function_slot_member(VM *vm, Value obj, ObjStr *name) {
    ObjFunction *fn = AS_FUNCTION(obj);
    if (str_is(name, "__name__")) return OBJ_VAL(fn->name);
    if (str_is(name, "__qualname__")) return OBJ_VAL(fn->qualname);
    if (str_is(name, "__doc__")) return fn->code->doc ? OBJ_VAL(fn->code->doc) : NONE_VAL;
    if (str_is(name, "__module__")) return OBJ_VAL(vm->s_main);
    if (str_is(name, "__defaults__")) return fn->defaults ? OBJ_VAL(fn->defaults) : NONE_VAL;
    if (fn->attrs) return dict_get_str(fn->attrs, name);
    return UNDEF_VAL;
}

/* f.__name__ and f.__qualname__ take a str; anything else goes to f.__dict__. */
static bool function_slot_setattr(VM *vm, Value obj, ObjStr *name, Value value) {
    ObjFunction *fn = AS_FUNCTION(obj);
    if ((str_is(name, "__name__") || str_is(name, "__qualname__")) && IS_STR(value)) {
        if (str_is(name, "__name__")) fn->name = AS_STR(value);
        else fn->qualname = AS_STR(value);
        return true;
    }
    if (!fn->attrs) fn->attrs = dict_new(vm);
    dict_set_str(vm, fn->attrs, name, value);
    return true;
}

static int function_slot_delattr(VM *vm, Value obj, ObjStr *name) {
    ObjDict *d = AS_FUNCTION(obj)->attrs;
    return d ? dict_delete(vm, d, OBJ_VAL(name)) : 0;
}

/* A function read through an instance binds to it; read through a class, it stays itself. */
static Value function_slot_bind(VM *vm, Value attr, Value obj, ObjClass *cls) {
    (void)cls;
    return IS_CLASS(obj) ? attr : bound_method_new(vm, obj, attr);
}

const ObjType function_type = {
    .name = "function",
    .size = sizeof(ObjFunction),
    .mark = function_mark,
    .repr = function_slot_repr,
    .member = function_slot_member,
    .setattr = function_slot_setattr,
    .delattr = function_slot_delattr,
    .bind = function_slot_bind,
    .call = vm_call_function,
};

/* ---- cells ---- */

static void cell_mark(VM *vm, Obj *o) { gc_visit_value(vm, ((ObjCell *)o)->value); }

const ObjType cell_type = {
    .name = "cell",
    .size = sizeof(ObjCell),
    .mark = cell_mark,
};

/* ---- natives ---- */

static void native_mark(VM *vm, Obj *o) { gc_visit_value(vm, ((ObjNative *)o)->self); }

static Value native_slot_repr(VM *vm, Value v) {
    char buf[256];
    snprintf(buf, sizeof buf, "<built-in function %s>", AS_NATIVE(v)->name);
    return str_value(vm, buf);
}

static Value native_slot_member(VM *vm, Value obj, ObjStr *name) {
    if (str_is(name, "__name__") || str_is(name, "__qualname__")) return str_value(vm, AS_NATIVE(obj)->name);
    return UNDEF_VAL;
}

const ObjType native_type = {
    .name = "builtin_function_or_method",
    .size = sizeof(ObjNative),
    .mark = native_mark,
    .immutable = true,
    .repr = native_slot_repr,
    .member = native_slot_member,
    .bind = function_slot_bind,
    .call = vm_call_native,
};

/* ---- bound methods ---- */

Value bound_method_new(VM *vm, Value self, Value func) {
    ObjBoundMethod *bm = (ObjBoundMethod *)obj_alloc(vm, OBJ_BOUND_METHOD, sizeof(ObjBoundMethod));
    bm->self = self;
    bm->func = func;
    return OBJ_VAL(bm);
}

static void bound_method_mark(VM *vm, Obj *o) {
    gc_visit_value(vm, ((ObjBoundMethod *)o)->self);
    gc_visit_value(vm, ((ObjBoundMethod *)o)->func);
}

static Value bound_method_slot_repr(VM *vm, Value v) {
    ObjBoundMethod *bm = AS_BOUND(v);
    if (IS_KIND(bm->func, OBJ_NATIVE)) {
        char buf[256];
        snprintf(buf, sizeof buf, "<built-in method %s of %s object at 0x%" PRIxPTR ">", AS_NATIVE(bm->func)->name,
                 vm_type_name(vm, bm->self), (uintptr_t)AS_OBJ(bm->self));
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

/* Equal when they bind the same function to the same object. */
static bool bound_method_slot_hash(VM *vm, Value v, int64_t *out) {
    int64_t a, b;
    if (!op_hash(vm, AS_BOUND(v)->self, &a)) return false;
    if (!op_hash(vm, AS_BOUND(v)->func, &b)) return false;
    *out = (a * 1000003) ^ b;
    if (*out == -1) *out = -2;
    return true;
}

static int bound_method_slot_eq(VM *vm, Value a, Value b) {
    (void)vm;
    if (!IS_KIND(b, OBJ_BOUND_METHOD)) return 0;
    return AS_BOUND(a)->func == AS_BOUND(b)->func && AS_BOUND(a)->self == AS_BOUND(b)->self;
}

static Value bound_method_slot_member(VM *vm, Value obj, ObjStr *name) {
    ObjBoundMethod *bm = AS_BOUND(obj);
    if (str_is(name, "__self__")) return bm->self;
    if (str_is(name, "__func__")) return bm->func;
    if (str_is(name, "__name__")) return op_special_attr(vm, bm->func, name);
    return UNDEF_VAL;
}

/* The function, with self before the arguments. */
static Value bound_method_slot_call(VM *vm, Value callee, int argc, Value *argv, ObjTuple *kwnames) {
    ObjBoundMethod *bm = AS_BOUND(callee);
    int nkw = kwnames ? (int)kwnames->len : 0;
    Value small[17];
    Value *args = argc + nkw + 1 <= 17 ? small : malloc(sizeof(Value) * (size_t)(argc + nkw + 1));
    args[0] = bm->self;
    if (argc + nkw) memcpy(args + 1, argv, sizeof(Value) * (size_t)(argc + nkw));
    Value r = vm_call(vm, bm->func, argc + 1, args, kwnames);
    if (args != small) free(args);
    return r;
}

const ObjType bound_method_type = {
    .name = "method",
    .size = sizeof(ObjBoundMethod),
    .mark = bound_method_mark,
    .repr = bound_method_slot_repr,
    .hash = bound_method_slot_hash,
    .eq = bound_method_slot_eq,
    .member = bound_method_slot_member,
    .call = bound_method_slot_call,
};
