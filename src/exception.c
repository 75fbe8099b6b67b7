/* exception.c — the type of exception objects: instances of BaseException and its
 * subclasses, user ones included (an ObjInstance with args, traceback, cause and context).
 * Raising and catching them is the interpreter's business (vm.c). */
#include "containers.h"
#include "str.h"
#include "type.h"

static void exception_mark(VM *vm, Obj *o) {
    ObjException *e = (ObjException *)o;
    GC_VISIT(vm, e->args);
    gc_visit_value(vm, e->traceback);
    gc_visit_value(vm, e->cause);
    gc_visit_value(vm, e->context);
    GC_VISIT(vm, e->base.cls);
    GC_VISIT(vm, e->base.dict);
}

/* ValueError('bad'), KeyError('k', 2) */
static Value exception_slot_repr(VM *vm, Value v) {
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

/* BaseException.__str__: '' without args, the one arg's str, else the args' repr. */
static Value exception_slot_str(VM *vm, Value v) {
    ObjException *e = AS_EXCEPTION(v);
    if (e->args->len == 0) return OBJ_VAL(vm->s_empty);
    if (e->args->len == 1) {
        /* KeyError shows the repr of its key: KeyError: 'k'. */
        if (vm_is_subclass(e->base.cls, vm->exc_class[EXC_KeyError])) return op_repr(vm, e->args->items[0]);
        return op_str(vm, e->args->items[0]);
    }
    return tuple_repr(vm, e->args);
}

const ObjType exception_type = {
    .name = "BaseException",
    .size = sizeof(ObjException),
    .mark = exception_mark,
    .repr = exception_slot_repr,
    .str = exception_slot_str,
};
