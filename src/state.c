/* state.c — a VM's set-up and tear-down, as Lua's lstate.c: the stacks, the interned
 * names, the builtin classes (one per kind, named by its descriptor, and the exception
 * tree), the builtins module and the objects made in advance. */
#include "vm.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bigint.h"
#include "containers.h"
#include "numfmt.h"
#include "opcodes.h"
#include "str.h"
#include "type.h"

/* ---- set-up ---- */

bool vm_init(VM *vm, const EdgeConfig *config) {
    memset(vm, 0, sizeof *vm);
    vm->config = *config;
    vm->max_depth = config->max_depth > 0 ? config->max_depth : 1000;
    vm->heap_limit = config->heap_limit;
    vm->next_gc = (size_t)4 << 20;
    vm->exc = NONE_VAL;
    vm->last_value = NONE_VAL;
    vm->extern_str = NONE_VAL;
    /* The value stack has a fixed size so frames can point into it. */
    size_t nstack = 64 * 1024 + (size_t)vm->max_depth * 64;
    vm->stack = calloc(nstack, sizeof(Value));
    vm->frame_cap = vm->max_depth + 8;
    vm->frames = calloc((size_t)vm->frame_cap, sizeof(Frame));
    if (!vm->stack || !vm->frames) return false;
    vm->sp = vm->stack;
    vm->stack_end = vm->stack + nstack;
    table_init(&vm->strings);
    vm->gc_disabled = 1; /* no collection while the runtime sets itself up */

    vm->s_empty = str_intern(vm, "", 0);
    vm->s_init = str_intern_cstr(vm, "__init__");
    vm->s_name = str_intern_cstr(vm, "__name__");
    vm->s_main = str_intern_cstr(vm, "__main__");
    vm->s_lambda = str_intern_cstr(vm, "<lambda>");
    vm->s_module = str_intern_cstr(vm, "<module>");

    /* object and type first: every other class derives from object. */
    ObjClass *object = vm_new_builtin_class(vm, "object", NULL, OBJ_INSTANCE);
    vm->cls_object = object;
    vm->cls_type = vm_new_builtin_class(vm, "type", object, OBJ_CLASS);
    vm->cls_int = vm_new_builtin_class(vm, "int", object, OBJ_BIGINT);
    vm->cls_bool = vm_new_builtin_class(vm, "bool", vm->cls_int, OBJ_INSTANCE);
    vm->cls_float = vm_new_builtin_class(vm, "float", object, OBJ_INSTANCE);
    vm->cls_none = vm_new_builtin_class(vm, "NoneType", object, OBJ_INSTANCE);
    /* A class for every other kind, named by its descriptor (exceptions get theirs below). */
    vm->kind_class[OBJ_INSTANCE] = object;
    vm->kind_class[OBJ_CLASS] = vm->cls_type;
    vm->kind_class[OBJ_BIGINT] = vm->cls_int;
    for (int k = 0; k < OBJ_KIND_COUNT; k++)
        if (!vm->kind_class[k] && k != OBJ_EXCEPTION)
            vm->kind_class[k] = vm_new_builtin_class(vm, obj_types[k]->name, object, (ObjKind)k);

#define EXC_CLASS(name, base) \
    vm->exc_class[EXC_##name] = vm_new_builtin_class(vm, #name, EXC_##name == EXC_BaseException ? object : vm->exc_class[EXC_##base], OBJ_EXCEPTION);
    EXCEPTION_LIST(EXC_CLASS)
#undef EXC_CLASS
    for (int i = 0; i < EXC_COUNT; i++) vm->exc_class[i]->ctor = exception_type.ctor;
    vm->kind_class[OBJ_EXCEPTION] = vm->exc_class[EXC_BaseException];
    /* type(iter([])) is list_iterator, type({}.keys()) is dict_keys: one class each. */
    static const char *const iter_names[ITER_KIND_COUNT] = {
        [ITER_LIST] = "list_iterator", [ITER_TUPLE] = "tuple_iterator", [ITER_STR] = "str_ascii_iterator",
        [ITER_RANGE] = "range_iterator", [ITER_DICT_KEYS] = "dict_keyiterator",
        [ITER_DICT_VALUES] = "dict_valueiterator", [ITER_DICT_ITEMS] = "dict_itemiterator",
        [ITER_ENUMERATE] = "enumerate", [ITER_ZIP] = "zip", [ITER_MAP] = "map", [ITER_FILTER] = "filter",
        [ITER_REVERSED] = "reversed", [ITER_CALLABLE] = "callable_iterator", [ITER_SEQ] = "iterator",
    };
    for (int i = 0; i < ITER_KIND_COUNT; i++)
        vm->iter_class[i] = vm_new_builtin_class(vm, iter_names[i] ? iter_names[i] : "iterator", vm->kind_class[OBJ_ITER], OBJ_ITER);
    static const char *const view_names[3] = {"dict_keys", "dict_values", "dict_items"};
    for (int i = 0; i < 3; i++) vm->view_class[i] = vm_new_builtin_class(vm, view_names[i], vm->kind_class[OBJ_DICT_VIEW], OBJ_DICT_VIEW);
    /* Made in advance: when memory runs out there may be none left to make it. */
    vm->memory_error = vm_new_exception(vm, vm->exc_class[EXC_MemoryError], NULL);

    for (int k = 0; k < OBJ_KIND_COUNT; k++) vm_define_methods(vm, vm->kind_class[k], obj_types[k]->methods);
    /* str.maketrans is a static method: called through a string it gets no self either
     * (and, taking no self, has no owner to name in its messages). */
    ObjStr *maketrans = str_intern_cstr(vm, "maketrans");
    Value mt = dict_get_str(vm->kind_class[OBJ_STR]->dict, maketrans);
    AS_NATIVE(mt)->owner = NULL;
    dict_set_str(vm, vm->kind_class[OBJ_STR]->dict, maketrans, class_staticmethod(vm, mt));
    ops_init(vm);

    vm->builtins = dict_new(vm);
    builtins_init(vm);
    class_init(vm);
    dunder_init(vm);
    modules_init(vm);
    vm->pending_throw = UNDEF_VAL;
    vm->object_init = AS_NATIVE(dict_get_str(vm->cls_object->dict, vm->dunder[DUNDER_init]))->fn;
    vm_define_global(vm, vm->builtins, "NotImplemented", vm->not_implemented);
    ObjClass *ellipsis_cls = vm_new_builtin_class(vm, "ellipsis", vm->cls_object, OBJ_INSTANCE);
    ObjInstance *ellipsis = (ObjInstance *)obj_alloc(vm, OBJ_INSTANCE, sizeof(ObjInstance));
    ellipsis->cls = ellipsis_cls;
    vm->ellipsis = OBJ_VAL(ellipsis);
    vm_define_global(vm, vm->builtins, "Ellipsis", vm->ellipsis);
    vm->gc_disabled = 0;
    vm->gc_stress = config->gc_stress != 0;
    vm->npins = 0; /* what set-up made is reachable from the VM's fields now */
    gc_make_permanent(vm);
    return true;
}

void vm_free(VM *vm) {
    gc_free_all(vm);
    table_free(vm, &vm->strings);
    free(vm->stack);
    free(vm->frames);
    free(vm->gray);
    free(vm->error_text);
}
