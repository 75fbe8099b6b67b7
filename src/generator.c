/* generator.c — the generator type. A generator's frame is copied off the VM stack between
 * resumptions (ObjGenerator in object.h); resuming it runs the interpreter (vm.c). */
#include <inttypes.h>
#include <stdio.h>

#include "containers.h"
#include "str.h"
#include "type.h"

/* ---- methods ---- */

static Value gen_send_m(VM *vm, int argc, Value *argv, ObjTuple *kw) {
    (void)argc, (void)kw;
    ObjGenerator *g = AS_GENERATOR(argv[0]);
    if (g->state == GEN_CREATED && !IS_NONE(argv[1]))
        return vm_raise(vm, EXC_TypeError, "can't send non-None value to a just-started generator");
    Value v = vm_gen_resume(vm, g, argv[1]);
    if (IS_UNDEF(v)) return vm_gen_stop(vm, argv[0]);
    return v;
}

/* Raises `exc` inside the generator where it stopped; returns what it yields next. */
static Value gen_throw(VM *vm, ObjGenerator *g, Value exc) {
    if (g->state != GEN_SUSPENDED) {
        if (g->state == GEN_CREATED) vm_gen_finish(vm, g);
        return vm_raise_exc(vm, exc);
    }
    if (IS_CLASS(exc)) {
        exc = op_call(vm, exc, 0, NULL, NULL);
        if (IS_ERR(exc)) return exc;
    }
    if (!IS_EXCEPTION(exc)) return vm_raise(vm, EXC_TypeError, "exceptions must derive from BaseException");
    vm->pending_throw = exc;
    Value v = vm_gen_resume(vm, g, NONE_VAL);
    vm->pending_throw = UNDEF_VAL;
    return v;
}

static Value gen_throw_m(VM *vm, int argc, Value *argv, ObjTuple *kw) {
    (void)kw;
    Value exc = argv[1];
    if (argc > 2 && IS_CLASS(exc)) {
        exc = op_call(vm, exc, 1, &argv[2], NULL);
        if (IS_ERR(exc)) return exc;
    }
    Value v = gen_throw(vm, AS_GENERATOR(argv[0]), exc);
    if (IS_UNDEF(v)) return vm_gen_stop(vm, argv[0]);
    return v;
}

Value gen_close(VM *vm, Value gen) {
    ObjGenerator *g = AS_GENERATOR(gen);
    if (g->state != GEN_SUSPENDED) {
        vm_gen_finish(vm, g);
        return NONE_VAL;
    }
    Value v = gen_throw(vm, g, OBJ_VAL(vm->exc_class[EXC_GeneratorExit]));
    if (IS_ERR(v)) {
        if (vm_exc_matches(vm, EXC_GeneratorExit) || vm_exc_matches(vm, EXC_StopIteration)) {
            vm_clear_exc(vm);
            return NONE_VAL;
        }
        return v;
    }
    if (IS_UNDEF(v)) return NONE_VAL;
    return vm_raise(vm, EXC_RuntimeError, "generator ignored GeneratorExit");
}

static Value gen_close_m(VM *vm, int argc, Value *argv, ObjTuple *kw) {
    (void)argc, (void)kw;
    return gen_close(vm, argv[0]);
}

static Value gen_next_m(VM *vm, int argc, Value *argv, ObjTuple *kw) {
    (void)argc, (void)kw;
    Value v = vm_gen_resume(vm, AS_GENERATOR(argv[0]), NONE_VAL);
    if (IS_UNDEF(v)) return vm_gen_stop(vm, argv[0]);
    return v;
}

static const MethodDef generator_methods[] = {
    {"send", gen_send_m, 2, 2, false},
    {"close", gen_close_m, 1, 1, false},
    {"throw", gen_throw_m, 2, 3, false},
    {"__next__", gen_next_m, 1, 1, false},
    {NULL, NULL, 0, 0, false},
};

/* ---- the type ---- */

static void generator_mark(VM *vm, Obj *o) {
    ObjGenerator *g = (ObjGenerator *)o;
    GC_VISIT(vm, g->func);
    gc_visit_values(vm, g->saved, g->nsaved);
    gc_visit_value(vm, g->handled);
    gc_visit_value(vm, g->result);
}

static void generator_free(VM *vm, Obj *o) {
    ObjGenerator *g = (ObjGenerator *)o;
    gc_realloc(vm, g->saved, sizeof(Value) * g->saved_cap, 0);
}

static Value generator_slot_repr(VM *vm, Value v) {
    char buf[256];
    snprintf(buf, sizeof buf, "<generator object %s at 0x%" PRIxPTR ">", AS_GENERATOR(v)->func->qualname->chars,
             (uintptr_t)AS_OBJ(v));
    return str_value(vm, buf);
}

static Value generator_slot_iter(VM *vm, Value v) {
    (void)vm;
    return v;
}

const ObjType generator_type = {
    .name = "generator",
    .methods = generator_methods,
    .size = sizeof(ObjGenerator),
    .mark = generator_mark,
    .free = generator_free,
    .repr = generator_slot_repr,
    .iter = generator_slot_iter,
    .next = vm_gen_next,
};
