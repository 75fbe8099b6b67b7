/* function.c — the types of what runs: code objects, Python functions, the cells their
 * closures share, C functions (natives) and bound methods. Calling a Python function or a
 * native is the interpreter's business (vm.c); this file is each type's descriptor. */
#include <inttypes.h>
#include <stdio.h>

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

const ObjType function_type = {
    .name = "function",
    .size = sizeof(ObjFunction),
    .mark = function_mark,
    .repr = function_slot_repr,
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

const ObjType native_type = {
    .name = "builtin_function_or_method",
    .size = sizeof(ObjNative),
    .mark = native_mark,
    .immutable = true,
    .repr = native_slot_repr,
};

/* ---- bound methods ---- */

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

const ObjType bound_method_type = {
    .name = "method",
    .size = sizeof(ObjBoundMethod),
    .mark = bound_method_mark,
    .repr = bound_method_slot_repr,
    .hash = bound_method_slot_hash,
    .eq = bound_method_slot_eq,
};
