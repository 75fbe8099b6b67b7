/* function.c — the types of what runs: code objects, Python functions, the cells their
 * closures share, C functions (natives) and bound methods. Calling a Python function or a
 * native is the interpreter's business (vm.c); this file is each type's descriptor. */
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

const ObjType function_type = {
    .name = "function",
    .size = sizeof(ObjFunction),
    .mark = function_mark,
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

const ObjType native_type = {
    .name = "builtin_function_or_method",
    .size = sizeof(ObjNative),
    .mark = native_mark,
    .immutable = true,
};

/* ---- bound methods ---- */

static void bound_method_mark(VM *vm, Obj *o) {
    gc_visit_value(vm, ((ObjBoundMethod *)o)->self);
    gc_visit_value(vm, ((ObjBoundMethod *)o)->func);
}

const ObjType bound_method_type = {
    .name = "method",
    .size = sizeof(ObjBoundMethod),
    .mark = bound_method_mark,
};
