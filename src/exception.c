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

const ObjType exception_type = {
    .name = "BaseException",
    .size = sizeof(ObjException),
    .mark = exception_mark,
};
