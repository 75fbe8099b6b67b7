/* generator.c — the generator type. A generator's frame is copied off the VM stack between
 * resumptions (ObjGenerator in object.h): making one from a call, putting its frame back
 * on the stacks, and resuming it from C (a nested run of the dispatch loop, vm.c). */
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

/* ---- generators ---- */

/* Calling a generator function binds its arguments in a frame, then keeps that frame
 * in a generator object instead of running it. */
Value vm_make_generator(VM *vm, ObjFunction *fn, Value *callee, int argc, ObjTuple *kwnames) {
    if (!vm_push_frame(vm, fn, callee, argc, kwnames)) return ERR_VAL;
    Frame *f = &vm->frames[--vm->frame_count];
    uint32_t n = (uint32_t)(vm->sp - f->slots);
    ObjGenerator *g = (ObjGenerator *)obj_alloc(vm, OBJ_GENERATOR, sizeof(ObjGenerator));
    g->func = fn;
    g->saved_cap = n ? n : 1;
    g->saved = GC_NEW_ARRAY(vm, Value, g->saved_cap);
    memcpy(g->saved, f->slots, sizeof(Value) * n);
    g->nsaved = n;
    g->state = GEN_CREATED;
    g->handled = NONE_VAL;
    g->result = NONE_VAL;
    vm->sp = callee;
    return OBJ_VAL(g);
}

/* Puts a suspended generator's frame back on the stacks; `sent` becomes the value of
 * the yield expression it stopped at. */
bool vm_gen_push_frame(VM *vm, ObjGenerator *g, Value sent) {
    if (g->state == GEN_RUNNING) return vm_raise(vm, EXC_ValueError, "generator already executing"), false;
    ObjCode *code = g->func->code;
    if (vm->frame_count >= vm->max_depth || vm->frame_count >= vm->frame_cap) return vm_recursion_error(vm), false;
    Value *slots = vm->sp;
    if (slots + g->nsaved + code->max_stack + 8 >= vm->stack_end) return vm_recursion_error(vm), false;
    memcpy(slots, g->saved, sizeof(Value) * g->nsaved);
    vm->sp = slots + g->nsaved;
    if (g->state != GEN_CREATED) *vm->sp++ = sent;
    Frame *f = &vm->frames[vm->frame_count++];
    f->func = g->func;
    f->code = code;
    f->ip = code->code + g->ip;
    f->slots = slots;
    f->globals = g->func->globals;
    f->c_boundary = false;
    f->gen = g;
    f->exit_target = 0;
    f->locals = NULL;
    f->handled = g->handled;
    f->serial = ++vm->frame_serial;
    f->is_init = false;
    f->module = NULL;
    g->state = GEN_RUNNING;
    return true;
}

void vm_gen_finish(VM *vm, ObjGenerator *g) {
    g->state = GEN_DONE;
    g->nsaved = 0;
    (void)vm;
}

Value vm_gen_resume(VM *vm, ObjGenerator *g, Value sent) {
    if (g->state == GEN_DONE) return UNDEF_VAL;
    if (vm->native_depth >= 200) return vm_recursion_error(vm);
    if (!vm_step_in_c(vm)) return ERR_VAL;
    Value *base_sp = vm->sp;
    int depth = vm->frame_count;
    if (!vm_gen_push_frame(vm, g, sent)) return ERR_VAL;
    vm->frames[vm->frame_count - 1].c_boundary = true;
    vm->native_depth++;
    /* One scope of pins, as op_call's: only the yielded value stays pinned. */
    GcMark mark = gc_mark(vm);
    Value result = NONE_VAL;
    ExecStatus st = vm_execute(vm, depth, &result);
    vm->native_depth--;
    vm->sp = base_sp;
    if (st != EXEC_RETURNED) result = ERR_VAL;
    else if (g->state == GEN_DONE) result = UNDEF_VAL;
    gc_release(vm, mark, result);
    return result;
}

Value vm_gen_stop(VM *vm, Value gen) {
    Value result = IS_KIND(gen, OBJ_GENERATOR) ? AS_GENERATOR(gen)->result : NONE_VAL;
    if (IS_NONE(result)) return vm_raise_exc(vm, OBJ_VAL(vm->exc_class[EXC_StopIteration]));
    return vm_raise_arg(vm, EXC_StopIteration, result);
}

Value vm_gen_next(VM *vm, Value gen) {
    return vm_gen_resume(vm, AS_GENERATOR(gen), NONE_VAL);
}
