/* vm.c — the interpreter: the builtin classes, exceptions, calls and the dispatch loop.
 * Python frames live in vm->frames and values in vm->stack, both on the heap, so a
 * Python call never recurses in C and a run can stop after any step and resume later.
 * Errors travel as return values (ERR_VAL / false / -1), never by longjmp. */
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
#include "trace.h"

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
        if (o->kind == OBJ_INSTANCE || o->kind == OBJ_EXCEPTION) return ((ObjInstance *)o)->cls;
        if (o->kind == OBJ_BIGINT) return vm->cls_int;
        if (o->kind == OBJ_LIST && ((ObjList *)o)->cls) return ((ObjList *)o)->cls;
        if (o->kind == OBJ_DICT && ((ObjDict *)o)->cls) return ((ObjDict *)o)->cls;
        if ((o->kind == OBJ_SET || o->kind == OBJ_FROZENSET) && ((ObjSet *)o)->cls) return ((ObjSet *)o)->cls;
        if (o->kind == OBJ_ITER && ((ObjIter *)o)->iter_kind < ITER_KIND_COUNT)
            return vm->iter_class[((ObjIter *)o)->iter_kind];
        if (o->kind == OBJ_DICT_VIEW) return vm->view_class[((ObjDictView *)o)->view_kind % 3];
        return vm->kind_class[o->kind];
    }
    return vm->cls_none;
}

bool vm_isinstance(VM *vm, Value v, ObjClass *cls) {
    return vm_is_subclass(vm_class_of(vm, v), cls);
}

const char *vm_type_name(VM *vm, Value v) {
    if (IS_KIND(v, OBJ_ITER)) {
        static const char *const names[ITER_KIND_COUNT] = {
            [ITER_LIST] = "list_iterator", [ITER_TUPLE] = "tuple_iterator", [ITER_STR] = "str_ascii_iterator",
            [ITER_RANGE] = "range_iterator", [ITER_DICT_KEYS] = "dict_keyiterator",
            [ITER_DICT_VALUES] = "dict_valueiterator", [ITER_DICT_ITEMS] = "dict_itemiterator",
            [ITER_ENUMERATE] = "enumerate", [ITER_ZIP] = "zip", [ITER_MAP] = "map", [ITER_FILTER] = "filter",
            [ITER_REVERSED] = "reversed", [ITER_CALLABLE] = "callable_iterator", [ITER_SEQ] = "iterator",
        };
        uint8_t k = AS_ITER(v)->iter_kind;
        if (k < ITER_KIND_COUNT && names[k]) return names[k];
    }
    if (IS_KIND(v, OBJ_DICT_VIEW)) {
        static const char *const views[] = {"dict_keys", "dict_values", "dict_items"};
        return views[((ObjDictView *)AS_OBJ(v))->view_kind];
    }
    return vm_class_of(vm, v)->name->chars;
}

/* ---- exceptions ---- */

Value vm_new_exception(VM *vm, ObjClass *cls, ObjTuple *args) {
    ObjException *e = (ObjException *)obj_alloc(vm, OBJ_EXCEPTION, sizeof(ObjException));
    e->base.cls = cls;
    e->args = args ? args : tuple_new(vm, 0);
    e->traceback = NONE_VAL;
    e->cause = NONE_VAL;
    e->context = NONE_VAL;
    e->name = NONE_VAL;
    e->obj = NONE_VAL;
    return OBJ_VAL(e);
}

Value vm_raise(VM *vm, ExcId id, const char *fmt, ...) {
    char local[512], *buf = local;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(local, sizeof local, fmt, ap);
    va_end(ap);
    /* A message that quotes a value ("... is not in list") can be any length. */
    if (n >= (int)sizeof local && (buf = malloc((size_t)n + 1)) != NULL) {
        va_start(ap, fmt);
        vsnprintf(buf, (size_t)n + 1, fmt, ap);
        va_end(ap);
    }
    if (!buf) buf = local;
    ObjTuple *args = tuple_new(vm, 1);
    args->items[0] = OBJ_VAL(str_new(vm, buf, strlen(buf)));
    if (buf != local) free(buf);
    vm->exc = vm_new_exception(vm, vm->exc_class[id], args);
    return ERR_VAL;
}

Value vm_raise_arg(VM *vm, ExcId id, Value arg) {
    ObjTuple *args = tuple_new(vm, 1);
    args->items[0] = arg;
    vm->exc = vm_new_exception(vm, vm->exc_class[id], args);
    return ERR_VAL;
}

Value vm_raise_exc(VM *vm, Value exc) {
    if (IS_CLASS(exc) && vm_is_subclass(AS_CLASS(exc), vm->exc_class[EXC_BaseException])) {
        Value inst = op_call(vm, exc, 0, NULL, NULL);
        if (IS_ERR(inst)) return ERR_VAL;
        exc = inst;
    }
    if (!IS_EXCEPTION(exc)) return vm_raise(vm, EXC_TypeError, "exceptions must derive from BaseException");
    vm->exc = exc;
    return ERR_VAL;
}

Value vm_raise_heap_cap(VM *vm) {
    AS_EXCEPTION(vm->memory_error)->traceback = NONE_VAL;
    vm->exc = vm->memory_error;
    return ERR_VAL;
}

bool vm_exc_matches(VM *vm, ExcId id) {
    if (vm->aborting) return false; /* a run a limit ended: nothing may catch it */
    return IS_EXCEPTION(vm->exc) && vm_is_subclass(AS_EXCEPTION(vm->exc)->base.cls, vm->exc_class[id]);
}

void vm_clear_exc(VM *vm) {
    vm->exc = NONE_VAL;
}

static Value exception_ctor(VM *vm, ObjClass *cls, int argc, Value *argv, ObjTuple *kwnames) {
    if (kwnames && kwnames->len) return vm_raise(vm, EXC_TypeError, "%s() takes no keyword arguments", cls->name->chars);
    return vm_new_exception(vm, cls, AS_TUPLE(tuple_from(vm, (uint32_t)argc, argv)));
}

/* ---- natives ---- */

Value vm_native_new(VM *vm, const char *name, NativeFn fn, int min_args, int max_args, bool takes_kw) {
    ObjNative *n = (ObjNative *)obj_alloc(vm, OBJ_NATIVE, sizeof(ObjNative));
    n->fn = fn;
    n->name = name;
    n->min_args = (int16_t)min_args;
    n->max_args = (int16_t)max_args;
    n->takes_kw = takes_kw;
    n->self = UNDEF_VAL;
    return OBJ_VAL(n);
}

void vm_define_global(VM *vm, ObjDict *into, const char *name, Value value) {
    dict_set_str(vm, into, str_intern_cstr(vm, name), value);
}

void vm_define_methods(VM *vm, ObjClass *cls, const MethodDef *defs) {
    for (; defs && defs->name; defs++) {
        Value m = vm_native_new(vm, defs->name, defs->fn, defs->min_args, defs->max_args, defs->takes_kw);
        AS_NATIVE(m)->owner = cls->name->chars;
        vm_define_global(vm, cls->dict, defs->name, m);
    }
}

Value native_kwarg(int argc, Value *argv, ObjTuple *kwnames, const char *name) {
    if (!kwnames) return UNDEF_VAL;
    for (uint32_t i = 0; i < kwnames->len; i++)
        if (strcmp(AS_STR(kwnames->items[i])->chars, name) == 0) return argv[argc + (int)i];
    return UNDEF_VAL;
}

bool native_check_kw(VM *vm, const char *fname, ObjTuple *kwnames, const char *const *allowed) {
    if (!kwnames) return true;
    for (uint32_t i = 0; i < kwnames->len; i++) {
        const char *k = AS_STR(kwnames->items[i])->chars;
        bool ok = false;
        for (const char *const *a = allowed; a && *a; a++)
            if (strcmp(*a, k) == 0) ok = true;
        if (!ok) {
            vm_raise(vm, EXC_TypeError, "'%s' is an invalid keyword argument for %s()", k, fname);
            return false;
        }
    }
    return true;
}

static const char *plural(int n) {
    return n == 1 ? "" : "s";
}

/* str methods whose arity errors CPython reports in PyArg_ParseTuple's words. */
#define STR_FIND_FAMILY " find rfind index rindex count startswith endswith "

static Value call_native(VM *vm, ObjNative *n, int argc, Value *argv, ObjTuple *kwnames) {
    if (kwnames && kwnames->len && !n->takes_kw) {
        if (n->owner) return vm_raise(vm, EXC_TypeError, "%s.%s() takes no keyword arguments", n->owner, n->name);
        return vm_raise(vm, EXC_TypeError, "%s() takes no keyword arguments", n->name);
    }
    if (argc < n->min_args || (n->max_args >= 0 && argc > n->max_args)) {
        /* Users count the arguments they wrote: a method's self is not one of them. */
        int self = n->owner ? 1 : 0;
        if (self && argc == 0)
            return vm_raise(vm, EXC_TypeError, "unbound method %s.%s() needs an argument", n->owner, n->name);
        int shown = argc - self, lo = n->min_args - self, hi = n->max_args - self;
        char name[96];
        if (n->owner) snprintf(name, sizeof name, "%s.%s", n->owner, n->name);
        else snprintf(name, sizeof name, "%s", n->name);
        /* CPython words these three ways: METH_NOARGS/METH_O methods name their class
         * ("list.copy() takes no arguments (1 given)"); str's methods parsed with keywords
         * and its find family (PyArg_ParseTuple) say "split() takes at most 2 arguments
         * (3 given)", list.sort "sort() takes no positional arguments"; the rest (Argument
         * Clinic, PyArg_UnpackTuple) "insert expected 2 arguments, got 0". */
        char word[40];
        snprintf(word, sizeof word, " %s ", n->name);
        bool legacy = self && ((n->takes_kw && hi == 0) ||
                               (strcmp(n->owner, "str") == 0 && (n->takes_kw || strstr(STR_FIND_FAMILY, word))));
        if (legacy && hi == 0) return vm_raise(vm, EXC_TypeError, "%s() takes no positional arguments", n->name);
        if (lo == hi && lo <= 1 && !legacy) {
            if (lo == 0) return vm_raise(vm, EXC_TypeError, "%s() takes no arguments (%d given)", name, shown);
            return vm_raise(vm, EXC_TypeError, "%s() takes exactly one argument (%d given)", name, shown);
        }
        if (legacy)
            return vm_raise(vm, EXC_TypeError, "%s() takes at %s %d argument%s (%d given)", n->name,
                            argc < n->min_args ? "least" : "most", argc < n->min_args ? lo : hi,
                            plural(argc < n->min_args ? lo : hi), shown);
        if (lo == hi)
            return vm_raise(vm, EXC_TypeError, "%s expected %d argument%s, got %d", n->name, lo, plural(lo), shown);
        if (argc < n->min_args)
            return vm_raise(vm, EXC_TypeError, "%s expected at least %d argument%s, got %d", n->name, lo, plural(lo),
                            shown);
        return vm_raise(vm, EXC_TypeError, "%s expected at most %d argument%s, got %d", n->name, hi, plural(hi), shown);
    }
    return n->fn(vm, argc, argv, kwnames);
}

/* ---- argument binding ---- */

/* Lays the arguments of a call out as the function's parameters in `slots` (which may
 * overlap nothing: the caller copies arguments away first). */
static bool bind_args(VM *vm, ObjFunction *fn, int argc, const Value *argv, ObjTuple *kwnames, Value *slots) {
    ObjCode *code = fn->code;
    const char *fname = fn->qualname->chars;
    int nparams = code->nparams;
    int nkwonly = code->nkwonly;
    int nkw = kwnames ? (int)kwnames->len : 0;
    int total = nparams + nkwonly;
    int vararg_slot = total;
    int varkw_slot = total + ((code->flags & CODE_VARARGS) ? 1 : 0);
    for (int i = 0; i < code->nlocals; i++) slots[i] = UNDEF_VAL;

    int npos = argc < nparams ? argc : nparams;
    for (int i = 0; i < npos; i++) slots[i] = argv[i];
    /* Too many positional arguments is reported after the keyword arguments are bound, as
     * CPython does: an unknown keyword is the error it names first. */
    bool too_many = argc > nparams && !(code->flags & CODE_VARARGS);
    if (argc > nparams && (code->flags & CODE_VARARGS)) {
        slots[vararg_slot] = tuple_from(vm, (uint32_t)(argc - nparams), argv + nparams);
    } else if (code->flags & CODE_VARARGS) {
        slots[vararg_slot] = OBJ_VAL(tuple_new(vm, 0));
    }
    ObjDict *varkw = NULL;
    if (code->flags & CODE_VARKW) {
        varkw = dict_new(vm);
        slots[varkw_slot] = OBJ_VAL(varkw);
    }
    for (int k = 0; k < nkw; k++) {
        ObjStr *name = AS_STR(kwnames->items[k]);
        Value value = argv[argc + k];
        int found = -1;
        for (int p = code->nposonly; p < total; p++)
            if (str_equal(code->varnames[p], name)) {
                found = p;
                break;
            }
        if (found < 0) {
            if (varkw) {
                dict_set_str(vm, varkw, name, value);
                continue;
            }
            for (int p = 0; p < code->nposonly; p++)
                if (str_equal(code->varnames[p], name))
                    return vm_raise(vm, EXC_TypeError,
                                    "%s() got some positional-only arguments passed as keyword arguments: '%s'", fname,
                                    name->chars),
                           false;
            return vm_raise(vm, EXC_TypeError, "%s() got an unexpected keyword argument '%s'", fname, name->chars),
                   false;
        }
        if (!IS_UNDEF(slots[found]))
            return vm_raise(vm, EXC_TypeError, "%s() got multiple values for argument '%s'", fname, name->chars), false;
        slots[found] = value;
    }
    if (too_many) {
        int ndef = fn->defaults ? (int)fn->defaults->len : 0, kwgiven = 0;
        for (int p = nparams; p < total; p++)
            if (!IS_UNDEF(slots[p])) kwgiven++;
        char sig[48], extra[96] = "";
        if (ndef) snprintf(sig, sizeof sig, "from %d to %d", nparams - ndef, nparams);
        else snprintf(sig, sizeof sig, "%d", nparams);
        if (kwgiven)
            snprintf(extra, sizeof extra, " positional argument%s (and %d keyword-only argument%s)", plural(argc),
                     kwgiven, plural(kwgiven));
        return vm_raise(vm, EXC_TypeError, "%s() takes %s positional argument%s but %d%s %s given", fname, sig,
                        ndef ? "s" : plural(nparams), argc, extra, argc == 1 && !kwgiven ? "was" : "were"),
               false;
    }
    /* Defaults, then report what is still missing. */
    int ndef = fn->defaults ? (int)fn->defaults->len : 0;
    int missing = 0;
    for (int p = 0; p < nparams; p++) {
        if (!IS_UNDEF(slots[p])) continue;
        int d = p - (nparams - ndef);
        if (d >= 0) slots[p] = fn->defaults->items[d];
        else missing++;
    }
    if (missing) {
        StrBuf names;
        sb_init(&names);
        int seen = 0;
        for (int p = 0; p < nparams; p++) {
            if (!IS_UNDEF(slots[p])) continue;
            if (seen) sb_append_cstr(&names, missing == 2 ? " and " : (seen == missing - 1 ? ", and " : ", "));
            sb_printf(&names, "'%s'", code->varnames[p]->chars);
            seen++;
        }
        sb_append_char(&names, '\0');
        vm_raise(vm, EXC_TypeError, "%s() missing %d required positional argument%s: %s", fname, missing,
                 plural(missing), names.data);
        sb_free(&names);
        return false;
    }
    for (int p = nparams; p < total; p++) {
        if (!IS_UNDEF(slots[p])) continue;
        Value d = fn->kwdefaults ? dict_get_str(fn->kwdefaults, code->varnames[p]) : UNDEF_VAL;
        if (!IS_UNDEF(d)) {
            slots[p] = d;
            continue;
        }
        missing++;
    }
    if (missing) {
        StrBuf names;
        sb_init(&names);
        int seen = 0;
        for (int p = nparams; p < total; p++) {
            if (!IS_UNDEF(slots[p])) continue;
            if (seen) sb_append_cstr(&names, missing == 2 ? " and " : (seen == missing - 1 ? ", and " : ", "));
            sb_printf(&names, "'%s'", code->varnames[p]->chars);
            seen++;
        }
        sb_append_char(&names, '\0');
        vm_raise(vm, EXC_TypeError, "%s() missing %d required keyword-only argument%s: %s", fname, missing,
                 plural(missing), names.data);
        sb_free(&names);
        return false;
    }
    return true;
}

typedef enum ExecStatus { EXEC_RETURNED, EXEC_ERROR, EXEC_SUSPENDED, EXEC_WAITING } ExecStatus;

/* Frame.exit_target: set when SEND (not FOR_ITER) resumed the generator. */
#define EXIT_SEND 0x80000000u

/* ---- frames ---- */

static bool stack_room(VM *vm, Value *base, ObjCode *code) {
    return base + code->nlocals + code->ncells + code->nfree + code->max_stack + 8 < vm->stack_end;
}

static Value recursion_error(VM *vm) {
    return vm_raise(vm, EXC_RecursionError, "maximum recursion depth exceeded");
}

/* Pushes a frame for `fn` whose arguments sit just above `callee` on the value stack.
 * On success the new frame is on top and vm->sp is its stack base. */
static bool push_frame(VM *vm, ObjFunction *fn, Value *callee, int argc, ObjTuple *kwnames) {
    ObjCode *code = fn->code;
    if (vm->frame_count >= vm->max_depth || vm->frame_count >= vm->frame_cap) return recursion_error(vm), false;
    Value *slots = callee + 1;
    if (!stack_room(vm, slots, code)) return recursion_error(vm), false;
    bool simple = !kwnames && argc == code->nparams && code->nkwonly == 0 &&
                  !(code->flags & (CODE_VARARGS | CODE_VARKW));
    if (simple) {
        for (int i = argc; i < code->nlocals; i++) slots[i] = UNDEF_VAL;
    } else {
        int nargs = argc + (kwnames ? (int)kwnames->len : 0);
        Value small[16];
        Value *copy = nargs <= 16 ? small : malloc(sizeof(Value) * (size_t)nargs);
        if (!copy) return op_no_memory(vm), false;
        memcpy(copy, slots, sizeof(Value) * (size_t)nargs);
        /* bind_args overwrites the stack slots the arguments came from, and allocates. */
        for (int i = 0; i < nargs; i++) gc_pin(vm, copy[i]);
        bool ok = bind_args(vm, fn, argc, copy, kwnames, slots);
        if (copy != small) free(copy);
        if (!ok) return false;
    }
    Value *cells = slots + code->nlocals;
    for (int i = 0; i < code->ncells; i++) {
        ObjCell *cell = (ObjCell *)obj_alloc(vm, OBJ_CELL, sizeof(ObjCell));
        int from = code->cell2local ? code->cell2local[i] : -1;
        cell->value = from >= 0 ? slots[from] : UNDEF_VAL;
        cells[i] = OBJ_VAL(cell);
    }
    for (int i = 0; i < code->nfree; i++) cells[code->ncells + i] = fn->closure->items[i];
    Frame *f = &vm->frames[vm->frame_count++];
    f->func = fn;
    f->code = code;
    f->ip = code->code;
    f->slots = slots;
    f->globals = fn->globals;
    f->c_boundary = false;
    f->gen = NULL;
    f->exit_target = 0;
    f->locals = NULL;
    f->handled = NONE_VAL;
    f->serial = ++vm->frame_serial;
    f->is_init = false;
    f->module = NULL;
    vm->sp = cells + code->ncells + code->nfree;
    return true;
}

/* ---- generators ---- */

/* Calling a generator function binds its arguments in a frame, then keeps that frame
 * in a generator object instead of running it. */
static Value make_generator(VM *vm, ObjFunction *fn, Value *callee, int argc, ObjTuple *kwnames) {
    if (!push_frame(vm, fn, callee, argc, kwnames)) return ERR_VAL;
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
static bool gen_push_frame(VM *vm, ObjGenerator *g, Value sent) {
    if (g->state == GEN_RUNNING) return vm_raise(vm, EXC_ValueError, "generator already executing"), false;
    ObjCode *code = g->func->code;
    if (vm->frame_count >= vm->max_depth || vm->frame_count >= vm->frame_cap) return recursion_error(vm), false;
    Value *slots = vm->sp;
    if (slots + g->nsaved + code->max_stack + 8 >= vm->stack_end) return recursion_error(vm), false;
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

static void gen_finish(VM *vm, ObjGenerator *g) {
    g->state = GEN_DONE;
    g->nsaved = 0;
    (void)vm;
}

/* ---- the step budget and the run's limits ----
 * Each call and backward jump counts down vm->steps_left; at 0, budget_ran_out() settles
 * the account. The host's slice ends there when the program can suspend (no C caller
 * below). Inside a nested run, as in sum() over a generator, it cannot: the run then goes
 * on in short grants, and the limits are checked at each one, so an endless loop under
 * C still ends at the step limit or the deadline. */

/* Steps between two checks of the limits while the host's slice cannot end. */
#define LIMIT_CHECK_STEPS 65536

/* `can_suspend`: no C is on the stack, so the host's slice may end at the next step. */
static void grant_steps(VM *vm, bool can_suspend) {
    int64_t grant = vm->slice_left > 0 ? vm->slice_left : LIMIT_CHECK_STEPS;
    if (vm->limits.max_steps || vm->limits.deadline > 0 || !can_suspend)
        grant = grant < LIMIT_CHECK_STEPS ? grant : LIMIT_CHECK_STEPS;
    if (vm->limits.max_steps && vm->limits.max_steps - vm->steps_run < grant)
        grant = vm->limits.max_steps - vm->steps_run > 0 ? vm->limits.max_steps - vm->steps_run : 1;
    vm->steps_granted = vm->steps_left = grant;
}

typedef enum { BUDGET_GO_ON, BUDGET_SUSPEND, BUDGET_ABORT } BudgetAction;

static BudgetAction budget_ran_out(VM *vm, bool can_suspend) {
    int64_t used = vm->steps_granted - vm->steps_left;
    vm->steps_run += used;
    if (vm->slice_left != INT64_MAX) vm->slice_left -= used;
    bool past_steps = vm->limits.max_steps && vm->steps_run >= vm->limits.max_steps;
    bool past_time = !past_steps && vm->limits.deadline > 0 && vm->config.clock &&
                     vm->config.clock(vm->config.user) >= vm->limits.deadline;
    if (past_steps || past_time) {
        if (past_steps)
            vm_raise(vm, EXC_TimeoutError, "the program ran longer than its limit of %lld steps",
                     (long long)vm->limits.max_steps);
        else
            vm_raise(vm, EXC_TimeoutError, "the program ran longer than its limit of %g ms",
                     vm->limits.time_limit_ms);
        vm->aborting = true;
        vm->steps_granted = vm->steps_left = LIMIT_CHECK_STEPS;
        return BUDGET_ABORT;
    }
    if (vm->slice_left <= 0 && can_suspend) return BUDGET_SUSPEND;
    grant_steps(vm, can_suspend);
    return BUDGET_GO_ON;
}

bool vm_step_in_c(VM *vm) {
    /* C is on the stack: no slice can end here. */
    return --vm->steps_left > 0 || budget_ran_out(vm, false) != BUDGET_ABORT;
}

bool vm_charge(VM *vm, uint64_t steps) {
    vm->steps_left -= steps < (uint64_t)INT64_MAX / 4 ? (int64_t)steps : INT64_MAX / 4;
    return vm->steps_left > 0 || budget_ran_out(vm, false) != BUDGET_ABORT;
}


static ExecStatus execute(VM *vm, int base, Value *result);

/* Runs a generator from C until it yields (returns the value) or finishes (UNDEF_VAL). */
static Value gen_resume(VM *vm, ObjGenerator *g, Value sent) {
    if (g->state == GEN_DONE) return UNDEF_VAL;
    if (vm->native_depth >= 200) return recursion_error(vm);
    if (!vm_step_in_c(vm)) return ERR_VAL;
    Value *base_sp = vm->sp;
    int depth = vm->frame_count;
    if (!gen_push_frame(vm, g, sent)) return ERR_VAL;
    vm->frames[vm->frame_count - 1].c_boundary = true;
    vm->native_depth++;
    /* One scope of pins, as op_call's: only the yielded value stays pinned. */
    GcMark mark = gc_mark(vm);
    Value result = NONE_VAL;
    ExecStatus st = execute(vm, depth, &result);
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
    return gen_resume(vm, AS_GENERATOR(gen), NONE_VAL);
}

static Value gen_send_m(VM *vm, int argc, Value *argv, ObjTuple *kw) {
    (void)argc, (void)kw;
    ObjGenerator *g = AS_GENERATOR(argv[0]);
    if (g->state == GEN_CREATED && !IS_NONE(argv[1]))
        return vm_raise(vm, EXC_TypeError, "can't send non-None value to a just-started generator");
    Value v = gen_resume(vm, g, argv[1]);
    if (IS_UNDEF(v)) return vm_gen_stop(vm, argv[0]);
    return v;
}

/* Raises `exc` inside the generator where it stopped; returns what it yields next. */
static Value gen_throw(VM *vm, ObjGenerator *g, Value exc) {
    if (g->state != GEN_SUSPENDED) {
        if (g->state == GEN_CREATED) gen_finish(vm, g);
        return vm_raise_exc(vm, exc);
    }
    if (IS_CLASS(exc)) {
        exc = op_call(vm, exc, 0, NULL, NULL);
        if (IS_ERR(exc)) return exc;
    }
    if (!IS_EXCEPTION(exc)) return vm_raise(vm, EXC_TypeError, "exceptions must derive from BaseException");
    vm->pending_throw = exc;
    Value v = gen_resume(vm, g, NONE_VAL);
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

static Value gen_close_m(VM *vm, int argc, Value *argv, ObjTuple *kw) {
    (void)argc, (void)kw;
    ObjGenerator *g = AS_GENERATOR(argv[0]);
    if (g->state != GEN_SUSPENDED) {
        gen_finish(vm, g);
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

static Value gen_next_m(VM *vm, int argc, Value *argv, ObjTuple *kw) {
    (void)argc, (void)kw;
    Value v = gen_resume(vm, AS_GENERATOR(argv[0]), NONE_VAL);
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

/* ---- source positions and tracebacks ---- */

LineEntry *vm_position(ObjCode *code, uint32_t offset) {
    LineEntry *best = NULL;
    uint32_t lo = 0, hi = code->nlines;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        if (code->lines[mid].offset <= offset) {
            best = &code->lines[mid];
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return best;
}

/* Records where frame `f` was when the exception went through it: a TB_* tuple. A
 * re-raise inside the same call keeps the line where it was first raised, unless `again`:
 * `raise e` adds its own line, as in CPython. */
static void add_traceback(VM *vm, Frame *f, bool again) {
    if (!IS_EXCEPTION(vm->exc)) return;
    ObjException *e = AS_EXCEPTION(vm->exc);
    if (!IS_LIST(e->traceback)) e->traceback = OBJ_VAL(list_new(vm, 4));
    ObjList *tb = AS_LIST(e->traceback);
    if (!again && tb->len && AS_INT(AS_TUPLE(tb->items[tb->len - 1])->items[TB_SERIAL]) == (int64_t)f->serial)
        return;
    uint32_t offset = (uint32_t)(f->ip - f->code->code);
    ObjTuple *entry = tuple_new(vm, TB_SIZE);
    entry->items[TB_CODE] = OBJ_VAL(f->code);
    entry->items[TB_OFFSET] = INT_VAL(offset ? offset - 1 : 0);
    entry->items[TB_SERIAL] = INT_VAL(f->serial);
    entry->items[TB_GLOBALS] = f->globals ? OBJ_VAL(f->globals) : NONE_VAL;
    list_append(vm, AS_LIST(e->traceback), OBJ_VAL(entry));
}

/* The innermost try/with block around `offset`, or NULL. */
static HandlerEntry *find_handler(ObjCode *code, uint32_t offset) {
    for (uint32_t i = 0; i < code->nhandlers; i++) {
        HandlerEntry *h = &code->handlers[i];
        if (offset >= h->start && offset < h->end) return h;
    }
    return NULL;
}

static Value *stack_base(Frame *f) {
    return f->slots + f->code->nlocals + f->code->ncells + f->code->nfree;
}

/* Calling a user class: a new instance, then its __init__ (run nested from C). */
static Value construct(VM *vm, ObjClass *cls, int argc, Value *argv, ObjTuple *kwnames) {
    int nkw = kwnames ? (int)kwnames->len : 0;
    Value inst;
    Value new_fn = class_lookup(vm, cls, vm->dunder[DUNDER_new]);
    if (IS_FUNCTION(new_fn) || IS_KIND(new_fn, OBJ_STATICMETHOD)) {
        /* A class's own __new__ makes the instance: __new__(cls, *args, **kwargs). */
        Value fn = IS_FUNCTION(new_fn) ? new_fn : AS_WRAPPER(new_fn)->fget;
        Value small[16];
        Value *args = argc + nkw + 1 <= 16 ? small : malloc(sizeof(Value) * (size_t)(argc + nkw + 1));
        args[0] = OBJ_VAL(cls);
        if (argc + nkw) memcpy(args + 1, argv, sizeof(Value) * (size_t)(argc + nkw));
        inst = op_call(vm, fn, argc + 1, args, kwnames);
        if (args != small) free(args);
        if (IS_ERR(inst)) return inst;
        /* __init__ runs only when __new__ returned an instance of the class. */
        if (!vm_isinstance(vm, inst, cls)) return inst;
    } else {
        inst = class_instantiate(vm, cls, argc, argv);
    }
    Value init = class_lookup(vm, cls, vm->dunder[DUNDER_init]);
    if (IS_KIND(init, OBJ_NATIVE) && AS_NATIVE(init)->fn == vm->object_init) {
        /* object.__init__ takes the arguments a class's own __new__ took, as CPython's. */
        bool own_new = IS_FUNCTION(new_fn) || IS_KIND(new_fn, OBJ_STATICMETHOD);
        if ((argc || nkw) && !own_new) return vm_raise(vm, EXC_TypeError, "%s() takes no arguments", cls->name->chars);
        return inst;
    }
    if (IS_UNDEF(init)) return inst;
    Value small[16];
    Value *args = argc + nkw + 1 <= 16 ? small : malloc(sizeof(Value) * (size_t)(argc + nkw + 1));
    args[0] = inst;
    if (argc + nkw) memcpy(args + 1, argv, sizeof(Value) * (size_t)(argc + nkw));
    Value r = op_call(vm, init, argc + 1, args, kwnames);
    if (args != small) free(args);
    if (IS_ERR(r)) return r;
    if (!IS_NONE(r)) return vm_raise(vm, EXC_TypeError, "__init__() should return None, not '%s'", vm_type_name(vm, r));
    return inst;
}

/* ---- structural pattern matching ---- */

/* Is `v` a sequence for a sequence pattern? (str, bytes and dicts are not.) */
static bool match_is_sequence(Value v) {
    return IS_LIST(v) || IS_TUPLE(v) || IS_RANGE(v);
}

/* The MATCH_* instructions; returns the next ip, or NULL after raising. */
static uint8_t *match_op(VM *vm, Frame *frame, uint8_t *ip, Value **spp) {
    (void)frame;
    Value *sp = *spp;
    uint8_t op = *ip++;
    switch (op) {
    case OPC_MATCH_SEQUENCE: {
        uint16_t arg = (uint16_t)(ip[0] | (ip[1] << 8));
        ip += 2;
        int min = arg & 0x7fff;
        bool star = (arg & 0x8000) != 0;
        Value subj = sp[-1];
        bool ok = false;
        if (match_is_sequence(subj)) {
            int64_t n;
            if (!op_len(vm, subj, &n)) return NULL;
            ok = star ? n >= min : n == min;
        }
        *sp++ = BOOL_VAL(ok);
        break;
    }
    case OPC_MATCH_MAPPING: *sp = BOOL_VAL(IS_DICT(sp[-1])); sp++; break;
    case OPC_MATCH_KEYS: {
        ObjTuple *keys = AS_TUPLE(sp[-1]);
        ObjDict *d = AS_DICT(sp[-2]);
        ObjTuple *values = tuple_new(vm, keys->len);
        Value result = OBJ_VAL(values);
        for (uint32_t i = 0; i < keys->len; i++) {
            Value v;
            int found = dict_get(vm, d, keys->items[i], &v);
            if (found < 0) return NULL;
            if (!found) {
                result = NONE_VAL;
                break;
            }
            values->items[i] = v;
        }
        sp[-1] = result;
        break;
    }
    case OPC_COPY_DICT_WITHOUT_KEYS: {
        ObjTuple *keys = AS_TUPLE(sp[-1]);
        ObjDict *rest = dict_new(vm);
        if (!dict_update(vm, rest, sp[-2])) return NULL;
        for (uint32_t i = 0; i < keys->len; i++)
            if (dict_delete(vm, rest, keys->items[i]) < 0) return NULL;
        sp[-1] = OBJ_VAL(rest);
        break;
    }
    case OPC_MATCH_CLASS: {
        uint16_t npos = (uint16_t)(ip[0] | (ip[1] << 8));
        ip += 2;
        ObjTuple *names = AS_TUPLE(sp[-1]);
        Value clsv = sp[-2];
        Value subj = sp[-3];
        sp -= 2;
        if (!IS_CLASS(clsv)) {
            vm_raise(vm, EXC_TypeError, "called match pattern must be a class");
            return NULL;
        }
        ObjClass *cls = AS_CLASS(clsv);
        if (!vm_isinstance(vm, subj, cls)) {
            *sp++ = NONE_VAL;
            break;
        }
        ObjTuple *attrs = tuple_new(vm, npos + names->len);
        if (npos) {
            Value match_args = class_lookup(vm, cls, vm->dunder[DUNDER_match_args]);
            if (IS_UNDEF(match_args) && cls->is_builtin) {
                /* int(x), str(s) ...: the one positional pattern is the subject itself. */
                if (npos > 1) {
                    vm_raise(vm, EXC_TypeError, "%s() accepts 1 positional sub-pattern (%d given)", cls->name->chars,
                             npos);
                    return NULL;
                }
                attrs->items[0] = subj;
            } else {
                if (!IS_TUPLE(match_args)) {
                    if (IS_UNDEF(match_args)) vm_raise(vm, EXC_TypeError, "%s() accepts 0 positional sub-patterns (%d given)",
                                                       cls->name->chars, npos);
                    else vm_raise(vm, EXC_TypeError, "%s.__match_args__ must be a tuple (got %s)", cls->name->chars,
                                  vm_type_name(vm, match_args));
                    return NULL;
                }
                ObjTuple *ma = AS_TUPLE(match_args);
                if (npos > ma->len) {
                    vm_raise(vm, EXC_TypeError, "%s() accepts %u positional sub-pattern%s (%d given)", cls->name->chars,
                             ma->len, ma->len == 1 ? "" : "s", npos);
                    return NULL;
                }
                for (uint16_t i = 0; i < npos; i++) {
                    Value v = op_getattr_default(vm, subj, AS_STR(ma->items[i]), UNDEF_VAL);
                    if (IS_ERR(v)) return NULL;
                    if (IS_UNDEF(v)) {
                        *sp++ = NONE_VAL;
                        *spp = sp;
                        return ip;
                    }
                    attrs->items[i] = v;
                }
            }
        }
        for (uint32_t i = 0; i < names->len; i++) {
            Value v = op_getattr_default(vm, subj, AS_STR(names->items[i]), UNDEF_VAL);
            if (IS_ERR(v)) return NULL;
            if (IS_UNDEF(v)) {
                *sp++ = NONE_VAL;
                *spp = sp;
                return ip;
            }
            attrs->items[npos + i] = v;
        }
        *sp++ = OBJ_VAL(attrs);
        break;
    }
    default: vm_raise(vm, EXC_RuntimeError, "bad match opcode"); return NULL;
    }
    *spp = sp;
    return ip;
}

/* Any mapping (an object with keys() and __getitem__) as a fresh dict, for {**m} and
 * f(**m); `message` names the type when it is not one. */
static Value mapping_to_dict(VM *vm, Value v, const char *message) {
    Value keys = op_getattr_default(vm, v, str_intern_cstr(vm, "keys"), UNDEF_VAL);
    if (IS_ERR(keys)) return keys;
    if (IS_UNDEF(keys)) return vm_raise(vm, EXC_TypeError, message, vm_type_name(vm, v));
    Value klist = op_call(vm, keys, 0, NULL, NULL);
    if (IS_ERR(klist)) return klist;
    klist = op_to_list(vm, klist);
    if (IS_ERR(klist)) return klist;
    ObjDict *copy = dict_new(vm);
    for (uint32_t i = 0; i < AS_LIST(klist)->len; i++) {
        Value k = AS_LIST(klist)->items[i];
        Value item = op_getitem(vm, v, k);
        if (IS_ERR(item)) return item;
        if (!dict_set(vm, copy, k, item)) return ERR_VAL;
    }
    return OBJ_VAL(copy);
}

static void unbound_local(VM *vm, ObjCode *code, uint32_t slot) {
    vm_raise(vm, EXC_UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value",
             code->varnames[slot]->chars);
}

/* NameError for `name`, which keeps the name: its report looks for one near it. */
static void name_error(VM *vm, ObjStr *name) {
    vm_raise(vm, EXC_NameError, "name '%s' is not defined", name->chars);
    AS_EXCEPTION(vm->exc)->name = OBJ_VAL(name);
}

/* del name: from a namespace dict; NameError when it holds no such name. */
static bool delete_name(VM *vm, ObjDict *d, ObjStr *name) {
    int r = dict_delete(vm, d, OBJ_VAL(name));
    if (r == 0) name_error(vm, name);
    return r > 0;
}

/* ---- the dispatch loop ---- */

static inline Value int_or_float_add(VM *vm, Value a, Value b) {
    if (IS_FLOAT(a) && IS_FLOAT(b)) return FLOAT_VAL(AS_FLOAT(a) + AS_FLOAT(b));
    return op_binary(vm, BIN_ADD, a, b);
}

/* Runs frames until the frame at index `base` returns (its result in *result), an
 * exception escapes it, or the step budget runs out (only when not nested in C). */
static ExecStatus execute(VM *vm, int base, Value *result) {
    Frame *frame;
    uint8_t *ip;
    Value *sp;
    Value *slots;
    ObjCode *code;

#define LOAD_FRAME()                               \
    do {                                           \
        frame = &vm->frames[vm->frame_count - 1];  \
        ip = frame->ip;                            \
        slots = frame->slots;                      \
        code = frame->code;                        \
        sp = vm->sp;                               \
    } while (0)
#define SAVE_FRAME()      \
    do {                  \
        frame->ip = ip;   \
        vm->sp = sp;      \
    } while (0)
#define READ_U8() (*ip++)
#define READ_U16() (ip += 2, (uint16_t)(ip[-2] | (ip[-1] << 8)))
#define READ_U32() (ip += 4, (uint32_t)ip[-4] | ((uint32_t)ip[-3] << 8) | ((uint32_t)ip[-2] << 16) | ((uint32_t)ip[-1] << 24))
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define PEEK(n) (sp[-1 - (n)])
#define CHECK(v)                  \
    do {                          \
        if (IS_ERR(v)) goto error; \
    } while (0)

    /* Pins below this mark are the C caller's; the interpreter's own above it are dropped
     * at each call and loop turn, where all it holds is on the value stack. */
    const GcMark pin_base = gc_mark(vm);
    LOAD_FRAME();
    if (!IS_UNDEF(vm->pending_throw)) {
        /* gen.throw()/close(): the exception appears at the yield the frame stopped at. */
        vm->exc = vm->pending_throw;
        vm->pending_throw = UNDEF_VAL;
        goto error;
    }
    for (;;) {
        uint8_t op = READ_U8();
    dispatch:
        switch (op) {
        case OPC_NOP: break;
        case OPC_POP: sp--; break;
        case OPC_DUP: sp[0] = sp[-1]; sp++; break;
        case OPC_DUP2: sp[0] = sp[-2]; sp[1] = sp[-1]; sp += 2; break;
        case OPC_SWAP: { Value t = sp[-1]; sp[-1] = sp[-2]; sp[-2] = t; break; }
        case OPC_ROT3: { Value t = sp[-1]; sp[-1] = sp[-2]; sp[-2] = sp[-3]; sp[-3] = t; break; }
        case OPC_ROT4: { Value t = sp[-1]; sp[-1] = sp[-2]; sp[-2] = sp[-3]; sp[-3] = sp[-4]; sp[-4] = t; break; }
        case OPC_LOAD_CONST: PUSH(code->consts[READ_U16()]); break;
        case OPC_LOAD_NONE: PUSH(NONE_VAL); break;
        case OPC_LOAD_TRUE: PUSH(TRUE_VAL); break;
        case OPC_LOAD_FALSE: PUSH(FALSE_VAL); break;
        case OPC_LOAD_SMALL_INT: PUSH(INT_VAL((int16_t)READ_U16())); break;
        case OPC_LOAD_FAST: {
            uint16_t i = READ_U16();
            Value v = slots[i];
            if (IS_UNDEF(v)) {
                SAVE_FRAME();
                unbound_local(vm, code, i);
                goto error;
            }
            PUSH(v);
            break;
        }
        case OPC_STORE_FAST: slots[READ_U16()] = POP(); break;
        case OPC_DELETE_FAST: {
            uint16_t i = READ_U16();
            if (IS_UNDEF(slots[i])) {
                SAVE_FRAME();
                unbound_local(vm, code, i);
                goto error;
            }
            slots[i] = UNDEF_VAL;
            break;
        }
        case OPC_LOAD_DEREF: {
            uint16_t i = READ_U16();
            Value v = AS_CELL(slots[code->nlocals + i])->value;
            if (IS_UNDEF(v)) {
                SAVE_FRAME();
                if (i < code->ncells)
                    vm_raise(vm, EXC_UnboundLocalError,
                             "cannot access local variable '%s' where it is not associated with a value",
                             code->cellnames[i]->chars);
                else
                    vm_raise(vm, EXC_NameError,
                             "cannot access free variable '%s' where it is not associated with a value in enclosing scope",
                             code->cellnames[i]->chars);
                goto error;
            }
            PUSH(v);
            break;
        }
        case OPC_STORE_DEREF: AS_CELL(slots[code->nlocals + READ_U16()])->value = POP(); break;
        case OPC_DELETE_DEREF: AS_CELL(slots[code->nlocals + READ_U16()])->value = UNDEF_VAL; break;
        case OPC_LOAD_CLOSURE: PUSH(slots[code->nlocals + READ_U16()]); break;
        case OPC_LOAD_GLOBAL: {
            uint16_t i = READ_U16();
            ObjStr *name = code->names[i];
            Table *gt = &frame->globals->table;
            int32_t ix = code->global_cache[i];
            if (ix >= 0 && (uint32_t)ix < gt->nentries && gt->entries[ix].key == OBJ_VAL(name)) {
                PUSH(gt->entries[ix].value);
                break;
            }
            ix = table_find(vm, gt, OBJ_VAL(name), name->hash);
            Value v = UNDEF_VAL;
            if (ix >= 0) {
                code->global_cache[i] = ix;
                v = gt->entries[ix].value;
            }
            if (IS_UNDEF(v)) v = dict_get_str(vm->builtins, name);
            if (IS_UNDEF(v)) {
                SAVE_FRAME();
                name_error(vm, name);
                goto error;
            }
            PUSH(v);
            break;
        }
        case OPC_STORE_GLOBAL: dict_set_str(vm, frame->globals, code->names[READ_U16()], POP()); break;
        case OPC_DELETE_GLOBAL: {
            ObjStr *name = code->names[READ_U16()];
            SAVE_FRAME();
            if (!delete_name(vm, frame->globals, name)) goto error;
            break;
        }
        case OPC_LOAD_ATTR: {
            ObjStr *name = code->names[READ_U16()];
            SAVE_FRAME();
            Value v = op_getattr(vm, sp[-1], name);
            CHECK(v);
            sp[-1] = v;
            break;
        }
        case OPC_STORE_ATTR: {
            ObjStr *name = code->names[READ_U16()];
            SAVE_FRAME();
            if (!op_setattr(vm, sp[-1], name, sp[-2])) goto error;
            sp -= 2;
            break;
        }
        case OPC_DELETE_ATTR: {
            ObjStr *name = code->names[READ_U16()];
            SAVE_FRAME();
            if (!op_delattr(vm, sp[-1], name)) goto error;
            sp--;
            break;
        }
        case OPC_LOAD_METHOD: {
            ObjStr *name = code->names[READ_U16()];
            Value obj = sp[-1];
            SAVE_FRAME();
            /* Methods of builtin types are found without creating a bound method. */
            if (IS_OBJ(obj) && OBJ_KIND(obj) != OBJ_INSTANCE && OBJ_KIND(obj) != OBJ_CLASS &&
                OBJ_KIND(obj) != OBJ_MODULE && OBJ_KIND(obj) != OBJ_SUPER && OBJ_KIND(obj) != OBJ_EXCEPTION) {
                Value m = class_lookup(vm, vm_class_of(vm, obj), name);
                if (IS_KIND(m, OBJ_NATIVE)) {
                    sp[-1] = m;
                    PUSH(obj);
                    break;
                }
            }
            if (IS_KIND(obj, OBJ_INSTANCE) && !AS_INSTANCE(obj)->cls->is_builtin) {
                ObjInstance *inst = AS_INSTANCE(obj);
                Value m = class_lookup(vm, inst->cls, name);
                if (IS_FUNCTION(m) && (!inst->dict || IS_UNDEF(dict_get_str(inst->dict, name)))) {
                    sp[-1] = m;
                    PUSH(obj);
                    break;
                }
            }
            Value v = op_getattr(vm, obj, name);
            CHECK(v);
            sp[-1] = UNDEF_VAL;
            PUSH(v);
            break;
        }
        case OPC_BINARY_SUBSCR: {
            Value key = sp[-1], obj = sp[-2];
            Value v;
            if (IS_LIST(obj) && IS_INT(key) && !AS_LIST(obj)->cls) {
                ObjList *l = AS_LIST(obj);
                int64_t i = AS_INT(key);
                if (i < 0) i += l->len;
                if (i >= 0 && i < (int64_t)l->len) {
                    sp[-2] = l->items[i];
                    sp--;
                    break;
                }
            }
            SAVE_FRAME();
            v = op_getitem(vm, obj, key);
            CHECK(v);
            sp[-2] = v;
            sp--;
            break;
        }
        case OPC_STORE_SUBSCR: {
            Value key = sp[-1], obj = sp[-2], value = sp[-3];
            if (IS_LIST(obj) && IS_INT(key) && !AS_LIST(obj)->cls) {
                ObjList *l = AS_LIST(obj);
                int64_t i = AS_INT(key);
                if (i < 0) i += l->len;
                if (i >= 0 && i < (int64_t)l->len) {
                    l->items[i] = value;
                    sp -= 3;
                    break;
                }
            }
            SAVE_FRAME();
            if (!op_setitem(vm, obj, key, value)) goto error;
            sp -= 3;
            break;
        }
        case OPC_DELETE_SUBSCR:
            SAVE_FRAME();
            if (!op_delitem(vm, sp[-2], sp[-1])) goto error;
            sp -= 2;
            break;
        case OPC_BUILD_SLICE: {
            uint8_t n = READ_U8();
            Value step = n == 3 ? sp[-1] : NONE_VAL;
            Value stop = sp[-n + 1], start = sp[-n];
            SAVE_FRAME();
            Value slice = slice_new(vm, start, stop, step);
            sp -= n;
            PUSH(slice);
            break;
        }
        case OPC_ADD: {
            Value b = sp[-1], a = sp[-2], r;
            if (IS_INT(a) && IS_INT(b)) {
                int64_t s = AS_INT(a) + AS_INT(b);
                if (INT_FITS(s)) {
                    sp[-2] = INT_VAL(s);
                    sp--;
                    break;
                }
            }
            SAVE_FRAME();
            r = int_or_float_add(vm, a, b);
            CHECK(r);
            sp[-2] = r;
            sp--;
            break;
        }
        case OPC_SUB: {
            Value b = sp[-1], a = sp[-2], r;
            if (IS_INT(a) && IS_INT(b)) {
                int64_t s = AS_INT(a) - AS_INT(b);
                if (INT_FITS(s)) {
                    sp[-2] = INT_VAL(s);
                    sp--;
                    break;
                }
            }
            if (IS_FLOAT(a) && IS_FLOAT(b)) {
                sp[-2] = FLOAT_VAL(AS_FLOAT(a) - AS_FLOAT(b));
                sp--;
                break;
            }
            SAVE_FRAME();
            r = op_binary(vm, BIN_SUB, a, b);
            CHECK(r);
            sp[-2] = r;
            sp--;
            break;
        }
        case OPC_MUL: {
            Value b = sp[-1], a = sp[-2], r;
            if (IS_INT(a) && IS_INT(b)) {
                int64_t p;
                if (!__builtin_mul_overflow(AS_INT(a), AS_INT(b), &p) && INT_FITS(p)) {
                    sp[-2] = INT_VAL(p);
                    sp--;
                    break;
                }
            }
            if (IS_FLOAT(a) && IS_FLOAT(b)) {
                sp[-2] = FLOAT_VAL(AS_FLOAT(a) * AS_FLOAT(b));
                sp--;
                break;
            }
            SAVE_FRAME();
            r = op_binary(vm, BIN_MUL, a, b);
            CHECK(r);
            sp[-2] = r;
            sp--;
            break;
        }
        case OPC_BINARY: {
            uint8_t bop = READ_U8();
            SAVE_FRAME();
            Value r = op_binary(vm, (BinOp)bop, sp[-2], sp[-1]);
            CHECK(r);
            sp[-2] = r;
            sp--;
            break;
        }
        case OPC_INPLACE: {
            uint8_t bop = READ_U8();
            Value b = sp[-1], a = sp[-2];
            if (bop == BIN_ADD && IS_INT(a) && IS_INT(b)) {
                int64_t s = AS_INT(a) + AS_INT(b);
                if (INT_FITS(s)) {
                    sp[-2] = INT_VAL(s);
                    sp--;
                    break;
                }
            }
            SAVE_FRAME();
            Value r = op_inplace(vm, (BinOp)bop, a, b);
            CHECK(r);
            sp[-2] = r;
            sp--;
            break;
        }
        case OPC_UNARY: {
            uint8_t uop = READ_U8();
            SAVE_FRAME();
            Value r = op_unary(vm, (UnaryOp)uop, sp[-1]);
            CHECK(r);
            sp[-1] = r;
            break;
        }
        case OPC_NOT: {
            Value v = sp[-1];
            if (IS_BOOL(v)) {
                sp[-1] = BOOL_VAL(v == FALSE_VAL);
                break;
            }
            SAVE_FRAME();
            int t = op_truthy(vm, v);
            if (t < 0) goto error;
            sp[-1] = BOOL_VAL(!t);
            break;
        }
#define COMPARE_OP(OPNAME, CMP, CEXPR)                                 \
    case OPNAME: {                                                     \
        Value b = sp[-1], a = sp[-2];                                  \
        if (IS_INT(a) && IS_INT(b)) {                                  \
            sp[-2] = BOOL_VAL(AS_INT(a) CEXPR AS_INT(b));              \
            sp--;                                                      \
            break;                                                     \
        }                                                              \
        if (IS_FLOAT(a) && IS_FLOAT(b)) {                              \
            sp[-2] = BOOL_VAL(AS_FLOAT(a) CEXPR AS_FLOAT(b));          \
            sp--;                                                      \
            break;                                                     \
        }                                                              \
        SAVE_FRAME();                                                  \
        Value r = op_compare_value(vm, CMP, a, b);                     \
        CHECK(r);                                                      \
        sp[-2] = r;                                                    \
        sp--;                                                          \
        break;                                                         \
    }
        COMPARE_OP(OPC_LT, CMP_LT, <)
        COMPARE_OP(OPC_LE, CMP_LE, <=)
        COMPARE_OP(OPC_GT, CMP_GT, >)
        COMPARE_OP(OPC_GE, CMP_GE, >=)
        COMPARE_OP(OPC_EQ, CMP_EQ, ==)
        COMPARE_OP(OPC_NE, CMP_NE, !=)
#undef COMPARE_OP
        case OPC_IS: {
            uint8_t negate = READ_U8();
            bool same = sp[-2] == sp[-1];
            sp[-2] = BOOL_VAL(same != (negate != 0));
            sp--;
            break;
        }
        case OPC_CONTAINS: {
            uint8_t negate = READ_U8();
            SAVE_FRAME();
            int r = op_contains(vm, sp[-1], sp[-2]);
            if (r < 0) goto error;
            sp[-2] = BOOL_VAL((r != 0) != (negate != 0));
            sp--;
            break;
        }
        case OPC_JUMP: ip = code->code + READ_U32(); break;
        case OPC_LOOP: {
            uint32_t target = READ_U32();
            if (--vm->steps_left <= 0) {
                uint8_t *loop_ip = ip; /* the traceback of a limit names the loop, not its top */
                ip = code->code + target;
                SAVE_FRAME();
                BudgetAction action = budget_ran_out(vm, vm->native_depth == 0);
                if (action == BUDGET_SUSPEND) {
                    vm->paused_loop = loop_ip;
                    return EXEC_SUSPENDED;
                }
                if (action == BUDGET_ABORT) {
                    ip = loop_ip;
                    goto error;
                }
            }
            /* A loop turn holds nothing outside the value stack: the turn's pins go. */
            vm->sp = sp;
            vm->npins = pin_base;
            /* The heap cap. Past it (arrays grown by gc_realloc do not collect), what a
             * collection leaves is what the program holds: past the cap still, MemoryError
             * (raised here, at the loop's end) rather than the end of the host's memory;
             * the instance keeps working after. */
            if (vm->heap_limit && vm->bytes_allocated > vm->heap_limit) {
                SAVE_FRAME();
                gc_collect(vm);
                if (vm->bytes_allocated > vm->heap_limit) {
                    vm_raise_heap_cap(vm);
                    goto error;
                }
            }
            ip = code->code + target;
            break;
        }
        case OPC_POP_JUMP_IF_FALSE:
        case OPC_POP_JUMP_IF_TRUE: {
            uint32_t target = READ_U32();
            Value v = sp[-1];
            int t;
            if (IS_BOOL(v)) t = v == TRUE_VAL;
            else {
                SAVE_FRAME();
                t = op_truthy(vm, v);
                if (t < 0) goto error;
            }
            sp--;
            if (t == (op == OPC_POP_JUMP_IF_TRUE)) ip = code->code + target;
            break;
        }
        case OPC_JUMP_IF_FALSE_OR_POP:
        case OPC_JUMP_IF_TRUE_OR_POP: {
            uint32_t target = READ_U32();
            Value v = sp[-1];
            int t;
            if (IS_BOOL(v)) t = v == TRUE_VAL;
            else {
                SAVE_FRAME();
                t = op_truthy(vm, v);
                if (t < 0) goto error;
            }
            if (t == (op == OPC_JUMP_IF_TRUE_OR_POP)) ip = code->code + target;
            else sp--;
            break;
        }
        case OPC_GET_ITER: {
            SAVE_FRAME();
            Value it = op_iter(vm, sp[-1]);
            CHECK(it);
            sp[-1] = it;
            break;
        }
        case OPC_FOR_ITER: {
            uint32_t target = READ_U32();
            Value itv = sp[-1];
            if (IS_KIND(itv, OBJ_ITER)) {
                ObjIter *it = AS_ITER(itv);
                if (it->iter_kind == ITER_RANGE) {
                    if (!it->exhausted && (it->step > 0 ? it->index < it->stop : it->index > it->stop)) {
                        int64_t i = it->index;
                        PUSH(INT_FITS(i) ? INT_VAL(i) : int_from_int64(vm, i));
                        /* Past INT64_MAX there is nothing left in the range. */
                        if (__builtin_add_overflow(i, it->step, &it->index)) it->exhausted = true;
                    } else {
                        sp--;
                        ip = code->code + target;
                    }
                    break;
                }
                if (it->iter_kind == ITER_LIST) {
                    ObjList *l = AS_LIST(it->seq);
                    if (!it->exhausted && it->index < (int64_t)l->len) {
                        PUSH(l->items[it->index++]);
                    } else {
                        it->exhausted = true;
                        sp--;
                        ip = code->code + target;
                    }
                    break;
                }
            }
            if (IS_KIND(itv, OBJ_GENERATOR)) {
                ObjGenerator *g = AS_GENERATOR(itv);
                if (g->state == GEN_DONE) {
                    sp--;
                    ip = code->code + target;
                    break;
                }
                SAVE_FRAME();
                if (!gen_push_frame(vm, g, NONE_VAL)) goto error;
                vm->frames[vm->frame_count - 1].exit_target = target;
                LOAD_FRAME();
                break;
            }
            SAVE_FRAME();
            Value next = op_next_item(vm, itv);
            CHECK(next);
            if (IS_UNDEF(next)) {
                sp--;
                ip = code->code + target;
            } else {
                PUSH(next);
            }
            break;
        }
        case OPC_BUILD_TUPLE: {
            uint16_t n = READ_U16();
            SAVE_FRAME();
            Value t = tuple_from(vm, n, sp - n);
            sp -= n;
            PUSH(t);
            break;
        }
        case OPC_BUILD_LIST: {
            uint16_t n = READ_U16();
            SAVE_FRAME();
            ObjList *l = list_new(vm, n);
            if (n) memcpy(l->items, sp - n, sizeof(Value) * n);
            l->len = n;
            sp -= n;
            PUSH(OBJ_VAL(l));
            break;
        }
        case OPC_BUILD_SET: {
            uint16_t n = READ_U16();
            SAVE_FRAME();
            ObjSet *s = set_new(vm, false);
            for (int i = 0; i < n; i++)
                if (!set_add(vm, s, sp[i - n])) goto error;
            sp -= n;
            PUSH(OBJ_VAL(s));
            break;
        }
        case OPC_BUILD_MAP: {
            uint16_t n = READ_U16();
            SAVE_FRAME();
            ObjDict *d = dict_new(vm);
            for (int i = 0; i < n; i++)
                if (!dict_set(vm, d, sp[2 * (i - n)], sp[2 * (i - n) + 1])) goto error;
            sp -= 2 * n;
            PUSH(OBJ_VAL(d));
            break;
        }
        case OPC_BUILD_STRING: {
            uint16_t n = READ_U16();
            StrBuf sb;
            sb_init(&sb);
            for (int i = 0; i < n; i++) sb_append_str(&sb, AS_STR(sp[i - n]));
            sp -= n;
            SAVE_FRAME();
            PUSH(sb_finish(vm, &sb));
            break;
        }
        case OPC_LIST_APPEND: {
            uint16_t n = READ_U16();
            list_append(vm, AS_LIST(sp[-2 - n]), sp[-1]); /* never collects: gc_realloc only */
            sp--;
            break;
        }
        case OPC_SET_ADD: {
            uint16_t n = READ_U16();
            SAVE_FRAME();
            if (!set_add(vm, AS_SET(sp[-2 - n]), sp[-1])) goto error;
            sp--;
            break;
        }
        case OPC_MAP_ADD: {
            uint16_t n = READ_U16();
            SAVE_FRAME();
            if (!dict_set(vm, AS_DICT(sp[-3 - n]), sp[-2], sp[-1])) goto error;
            sp -= 2;
            break;
        }
        case OPC_LIST_EXTEND: {
            uint16_t n = READ_U16();
            Value v = POP();
            gc_pin(vm, v);
            SAVE_FRAME();
            if (!list_extend(vm, AS_LIST(sp[-1 - n]), v)) {
                if (vm_exc_matches(vm, EXC_TypeError) && IS_ERR(op_iter(vm, v))) {
                    vm_raise(vm, EXC_TypeError, "Value after * must be an iterable, not %s", vm_type_name(vm, v));
                }
                goto error;
            }
            break;
        }
        case OPC_SET_UPDATE: {
            uint16_t n = READ_U16();
            Value v = gc_pin(vm, POP());
            SAVE_FRAME();
            if (!set_update(vm, AS_SET(sp[-1 - n]), v)) goto error;
            break;
        }
        case OPC_DICT_UPDATE: {
            uint16_t n = READ_U16();
            Value v = gc_pin(vm, POP());
            SAVE_FRAME();
            if (!IS_DICT(v)) {
                v = mapping_to_dict(vm, v, "'%s' object is not a mapping");
                CHECK(v);
            }
            if (!dict_update(vm, AS_DICT(sp[-1 - n]), v)) goto error;
            break;
        }
        case OPC_DICT_MERGE: {
            uint16_t n = READ_U16();
            Value v = gc_pin(vm, POP());
            ObjDict *into = AS_DICT(sp[-1 - n]);
            SAVE_FRAME();
            if (!IS_DICT(v)) {
                v = mapping_to_dict(vm, v, "argument after ** must be a mapping, not %s");
                CHECK(v);
            }
            Table *t = &AS_DICT(v)->table;
            for (uint32_t i = 0; i < t->nentries; i++) {
                TableEntry *e = &t->entries[i];
                if (IS_UNDEF(e->key)) continue;
                if (!IS_STR(e->key)) {
                    vm_raise(vm, EXC_TypeError, "keywords must be strings");
                    goto error;
                }
                if (!IS_UNDEF(dict_get_str(into, AS_STR(e->key)))) {
                    vm_raise(vm, EXC_TypeError, "got multiple values for keyword argument '%s'", AS_STR(e->key)->chars);
                    goto error;
                }
                dict_set_str(vm, into, AS_STR(e->key), e->value);
            }
            break;
        }
        case OPC_LIST_TO_TUPLE: {
            ObjList *l = AS_LIST(sp[-1]);
            SAVE_FRAME();
            sp[-1] = tuple_from(vm, l->len, l->items);
            break;
        }
        case OPC_FORMAT_VALUE: {
            uint8_t flags = READ_U8();
            Value spec = (flags & 4) ? gc_pin(vm, POP()) : UNDEF_VAL;
            Value v = sp[-1];
            SAVE_FRAME();
            switch (flags & 3) {
            case 1: v = op_str(vm, v); break;
            case 2: v = op_repr(vm, v); break;
            case 3: v = str_ascii_value(vm, v); break;
            default: break;
            }
            CHECK(v);
            if (IS_UNDEF(spec) && IS_STR(v)) {
                sp[-1] = v;
                break;
            }
            v = vm_format(vm, v, IS_UNDEF(spec) ? vm->s_empty : AS_STR(spec));
            CHECK(v);
            sp[-1] = v;
            break;
        }
        case OPC_UNPACK_SEQUENCE: {
            uint16_t n = READ_U16();
            Value seq = sp[-1];
            Value *items = NULL;
            uint32_t len = 0;
            if (IS_TUPLE(seq)) {
                items = AS_TUPLE(seq)->items;
                len = AS_TUPLE(seq)->len;
            } else if (IS_LIST(seq)) {
                items = AS_LIST(seq)->items;
                len = AS_LIST(seq)->len;
            }
            SAVE_FRAME();
            if (!items) {
                Value it = op_iter(vm, seq);
                if (IS_ERR(it)) {
                    if (vm_exc_matches(vm, EXC_TypeError))
                        vm_raise(vm, EXC_TypeError, "cannot unpack non-iterable %s object", vm_type_name(vm, seq));
                    goto error;
                }
                Value l = op_to_list(vm, it);
                CHECK(l);
                items = AS_LIST(l)->items;
                len = AS_LIST(l)->len;
            }
            if (len != n) {
                if (len > n) vm_raise(vm, EXC_ValueError, "too many values to unpack (expected %d)", n);
                else vm_raise(vm, EXC_ValueError, "not enough values to unpack (expected %d, got %u)", n, len);
                goto error;
            }
            sp--;
            for (int i = n - 1; i >= 0; i--) PUSH(items[i]);
            break;
        }
        case OPC_UNPACK_EX: {
            uint16_t arg = READ_U16();
            int before = arg & 0xff, after = arg >> 8;
            Value seq = sp[-1];
            SAVE_FRAME();
            Value it = op_iter(vm, seq);
            if (IS_ERR(it)) {
                if (vm_exc_matches(vm, EXC_TypeError))
                    vm_raise(vm, EXC_TypeError, "cannot unpack non-iterable %s object", vm_type_name(vm, seq));
                goto error;
            }
            Value lv = op_to_list(vm, it);
            CHECK(lv);
            ObjList *l = AS_LIST(lv);
            if ((int)l->len < before + after) {
                vm_raise(vm, EXC_ValueError, "not enough values to unpack (expected at least %d, got %u)",
                         before + after, l->len);
                goto error;
            }
            sp--;
            for (int i = 0; i < after; i++) PUSH(l->items[l->len - 1 - i]);
            ObjList *mid = list_new(vm, l->len - before - after);
            for (uint32_t i = (uint32_t)before; i < l->len - after; i++) mid->items[mid->len++] = l->items[i];
            PUSH(OBJ_VAL(mid));
            for (int i = before - 1; i >= 0; i--) PUSH(l->items[i]);
            break;
        }
        case OPC_MAKE_FUNCTION: {
            uint8_t flags = READ_U8();
            ObjCode *fcode = AS_CODE(POP());
            SAVE_FRAME();
            ObjFunction *fn = (ObjFunction *)obj_alloc(vm, OBJ_FUNCTION, sizeof(ObjFunction));
            fn->code = fcode;
            fn->globals = frame->globals;
            fn->name = fcode->name;
            fn->qualname = fcode->qualname;
            if (flags & 4) fn->closure = AS_TUPLE(POP());
            if (flags & 2) fn->kwdefaults = AS_DICT(POP());
            if (flags & 1) fn->defaults = AS_TUPLE(POP());
            PUSH(OBJ_VAL(fn));
            break;
        }
        case OPC_CALL_METHOD: {
            uint8_t argc = READ_U8();
            Value *callee = sp - argc - 2;
            if (IS_UNDEF(*callee)) {
                /* Not a method: slide the callable and its arguments down one slot. */
                memmove(callee, callee + 1, sizeof(Value) * (size_t)(argc + 1));
                sp--;
            } else {
                argc++;
            }
            ObjTuple *kwnames = NULL;
            int nargs = argc;
            goto do_call;
        case OPC_CALL:
            argc = READ_U8();
            nargs = argc;
            kwnames = NULL;
            callee = sp - argc - 1;
            goto do_call;
        case OPC_CALL_KW:
            nargs = READ_U8();
            kwnames = AS_TUPLE(POP());
            argc = (uint8_t)(nargs - (int)kwnames->len);
            callee = sp - nargs - 1;
            goto do_call;
        do_call:;
            /* The callee and its arguments are on the value stack: the pins can go. */
            vm->sp = sp;
            vm->npins = pin_base;
            Value f = *callee;
            if (IS_FUNCTION(f)) {
                ObjFunction *fn = AS_FUNCTION(f);
                SAVE_FRAME();
                if (fn->code->flags & CODE_GENERATOR) {
                    Value g = make_generator(vm, fn, callee, argc, kwnames);
                    CHECK(g);
                    sp = callee;
                    PUSH(g);
                    break;
                }
                if (!push_frame(vm, fn, callee, argc, kwnames)) goto error;
                LOAD_FRAME();
                if (--vm->steps_left <= 0) {
                    SAVE_FRAME();
                    BudgetAction action = budget_ran_out(vm, vm->native_depth == 0);
                    if (action == BUDGET_SUSPEND) return EXEC_SUSPENDED;
                    if (action == BUDGET_ABORT) goto error;
                }
                break;
            }
            if (IS_CLASS(f) && !AS_CLASS(f)->is_builtin && sp + 2 < vm->stack_end) {
                ObjClass *cls = AS_CLASS(f);
                Value init = class_lookup(vm, cls, vm->dunder[DUNDER_init]);
                if (IS_FUNCTION(init) && !(AS_FUNCTION(init)->code->flags & CODE_GENERATOR) &&
                    IS_KIND(class_lookup(vm, cls, vm->dunder[DUNDER_new]), OBJ_NATIVE)) {
                    SAVE_FRAME();
                    Value inst = class_instantiate(vm, cls, argc, callee + 1);
                    memmove(callee + 2, callee + 1, sizeof(Value) * (size_t)nargs);
                    callee[0] = init;
                    callee[1] = inst;
                    sp++;
                    vm->sp = sp;
                    if (!push_frame(vm, AS_FUNCTION(init), callee, argc + 1, kwnames)) goto error;
                    vm->frames[vm->frame_count - 1].is_init = true;
                    LOAD_FRAME();
                    break;
                }
            }
            if (IS_KIND(f, OBJ_BOUND_METHOD) && (sp - vm->stack) + 2 < vm->stack_end - vm->stack) {
                ObjBoundMethod *bm = AS_BOUND(f);
                memmove(callee + 2, callee + 1, sizeof(Value) * (size_t)nargs);
                callee[0] = bm->func;
                callee[1] = bm->self;
                sp++;
                argc++;
                nargs++;
                goto do_call;
            }
            SAVE_FRAME();
            Value r = op_call(vm, f, argc, callee + 1, kwnames);
            CHECK(r);
            sp = callee;
            if (vm->request) {
                /* input() waits for the host: the answer is pushed when it arrives. */
                SAVE_FRAME();
                return EXEC_WAITING;
            }
            PUSH(r);
            break;
        }
        case OPC_CALL_EX: {
            uint8_t flags = READ_U8();
            /* Pinned: the arguments are laid out again where they stood. */
            Value kwargs = (flags & 1) ? gc_pin(vm, POP()) : UNDEF_VAL;
            Value args = gc_pin(vm, POP());
            Value f = sp[-1];
            SAVE_FRAME();
            if (!IS_TUPLE(args)) {
                Value l = op_to_list(vm, args);
                if (IS_ERR(l)) {
                    if (vm_exc_matches(vm, EXC_TypeError))
                        vm_raise(vm, EXC_TypeError, "Value after * must be an iterable, not %s",
                                 vm_type_name(vm, args));
                    goto error;
                }
                args = tuple_from(vm, AS_LIST(l)->len, AS_LIST(l)->items);
            }
            ObjTuple *pos = AS_TUPLE(args);
            ObjTuple *kwnames = NULL;
            uint32_t nkw = 0;
            if (!IS_UNDEF(kwargs)) nkw = AS_DICT(kwargs)->table.count;
            Value *callee = sp - 1;
            if (callee + 1 + pos->len + nkw + 8 >= vm->stack_end) {
                recursion_error(vm);
                goto error;
            }
            for (uint32_t i = 0; i < pos->len; i++) PUSH(pos->items[i]);
            if (nkw) {
                kwnames = tuple_new(vm, nkw);
                Table *t = &AS_DICT(kwargs)->table;
                uint32_t k = 0;
                for (uint32_t i = 0; i < t->nentries; i++) {
                    if (IS_UNDEF(t->entries[i].key)) continue;
                    kwnames->items[k++] = t->entries[i].key;
                    PUSH(t->entries[i].value);
                }
            }
            int argc = (int)pos->len;
            if (IS_FUNCTION(f) && (AS_FUNCTION(f)->code->flags & CODE_GENERATOR)) {
                Value g = make_generator(vm, AS_FUNCTION(f), callee, argc, kwnames);
                CHECK(g);
                sp = callee;
                PUSH(g);
                break;
            }
            if (IS_FUNCTION(f)) {
                SAVE_FRAME();
                if (!push_frame(vm, AS_FUNCTION(f), callee, argc, kwnames)) goto error;
                LOAD_FRAME();
                break;
            }
            SAVE_FRAME();
            Value r = op_call(vm, f, argc, callee + 1, kwnames);
            CHECK(r);
            sp = callee;
            PUSH(r);
            break;
        }
        case OPC_RETURN_VALUE: {
            Value r = POP();
            if (frame->module) {
                frame->module->state = 2;
                r = OBJ_VAL(frame->module);
            }
            if (frame->is_init) {
                if (!IS_NONE(r)) {
                    SAVE_FRAME();
                    vm_raise(vm, EXC_TypeError, "__init__() should return None, not '%s'", vm_type_name(vm, r));
                    goto error;
                }
                r = slots[0];
            }
            bool boundary = frame->c_boundary;
            vm->frame_count--;
            if (frame->gen) {
                gen_finish(vm, frame->gen);
                frame->gen->result = r;
                if (!boundary && vm->frame_count > base && frame->exit_target) {
                    uint32_t target = frame->exit_target & ~EXIT_SEND;
                    if (frame->exit_target & EXIT_SEND) {
                        /* Resumed by SEND (yield from): the iterator becomes the result. */
                        vm->sp = frame->slots;
                        LOAD_FRAME();
                        sp[-1] = r;
                    } else {
                        /* Resumed by FOR_ITER: the loop is over. */
                        vm->sp = frame->slots - 1;
                        LOAD_FRAME();
                    }
                    ip = code->code + target;
                    break;
                }
            }
            if (vm->frame_count <= base || boundary) {
                vm->sp = frame->slots - 1;
                *result = r;
                return EXEC_RETURNED;
            }
            sp = frame->slots - 1;
            sp[0] = r;
            vm->sp = sp + 1;
            LOAD_FRAME();
            break;
        }
        case OPC_RAISE: {
            uint8_t n = READ_U8();
            SAVE_FRAME();
            if (n == 0) {
                Value handled = NONE_VAL;
                for (int i = vm->frame_count - 1; i >= 0 && IS_NONE(handled); i--) handled = vm->frames[i].handled;
                if (IS_NONE(handled)) vm_raise(vm, EXC_RuntimeError, "No active exception to reraise");
                else vm->exc = handled;
                goto error;
            }
            Value cause = n == 2 ? gc_pin(vm, POP()) : UNDEF_VAL;
            Value exc = gc_pin(vm, POP());
            SAVE_FRAME();
            if (IS_CLASS(cause) && vm_is_subclass(AS_CLASS(cause), vm->exc_class[EXC_BaseException])) {
                cause = op_call(vm, cause, 0, NULL, NULL);
                CHECK(cause);
            } else if (!IS_UNDEF(cause) && !IS_NONE(cause) && !IS_EXCEPTION(cause)) {
                vm_raise(vm, EXC_TypeError, "exception causes must derive from BaseException");
                goto error;
            }
            vm_raise_exc(vm, exc);
            if (!IS_UNDEF(cause) && IS_EXCEPTION(vm->exc)) {
                AS_EXCEPTION(vm->exc)->cause = cause;
                AS_EXCEPTION(vm->exc)->suppress_context = true;
            }
            frame->ip = ip;
            add_traceback(vm, frame, true);
            goto error;
        }
        case OPC_YIELD_VALUE: {
            Value v = POP();
            ObjGenerator *g = frame->gen;
            uint32_t n = (uint32_t)(sp - slots);
            if (n > g->saved_cap) {
                g->saved = gc_realloc(vm, g->saved, sizeof(Value) * g->saved_cap, sizeof(Value) * n);
                g->saved_cap = n;
            }
            memcpy(g->saved, slots, sizeof(Value) * n);
            g->nsaved = n;
            g->ip = (uint32_t)(ip - code->code);
            g->state = GEN_SUSPENDED;
            g->handled = frame->handled;
            bool boundary = frame->c_boundary;
            vm->frame_count--;
            vm->sp = slots;
            if (boundary || vm->frame_count <= base) {
                *result = v;
                return EXEC_RETURNED;
            }
            LOAD_FRAME();
            PUSH(v);
            break;
        }
        case OPC_LOAD_NAME: {
            ObjStr *name = code->names[READ_U16()];
            Value v = frame->locals ? dict_get_str(frame->locals, name) : UNDEF_VAL;
            if (IS_UNDEF(v)) v = dict_get_str(frame->globals, name);
            if (IS_UNDEF(v)) v = dict_get_str(vm->builtins, name);
            if (IS_UNDEF(v)) {
                SAVE_FRAME();
                name_error(vm, name);
                goto error;
            }
            PUSH(v);
            break;
        }
        case OPC_STORE_NAME: dict_set_str(vm, frame->locals, code->names[READ_U16()], POP()); break;
        case OPC_DELETE_NAME: {
            ObjStr *name = code->names[READ_U16()];
            SAVE_FRAME();
            if (!delete_name(vm, frame->locals, name)) goto error;
            break;
        }
        case OPC_CALL_CLASS_BODY: {
            ObjDict *ns = AS_DICT(sp[-2]);
            SAVE_FRAME();
            if (!push_frame(vm, AS_FUNCTION(sp[-1]), sp - 1, 0, NULL)) goto error;
            vm->frames[vm->frame_count - 1].locals = ns;
            LOAD_FRAME();
            break;
        }
        case OPC_BUILD_CLASS: {
            uint8_t nbases = READ_U8();
            Value ns = sp[-1];
            Value *bases = sp - 1 - nbases;
            Value name = bases[-1];
            SAVE_FRAME();
            Value cls = class_build(vm, AS_STR(name), nbases, bases, AS_DICT(ns));
            CHECK(cls);
            sp = bases - 1;
            PUSH(cls);
            break;
        }
        case OPC_PUSH_EXC_INFO: {
            Value exc = sp[-1];
            sp[-1] = frame->handled;
            PUSH(exc);
            frame->handled = exc;
            break;
        }
        case OPC_POP_EXCEPT: frame->handled = POP(); break;
        case OPC_CHECK_EXC_MATCH: {
            Value type = POP();
            Value exc = sp[-1];
            bool match = false;
            uint32_t n = IS_TUPLE(type) ? AS_TUPLE(type)->len : 1;
            for (uint32_t i = 0; i < n && !match; i++) {
                Value t = IS_TUPLE(type) ? AS_TUPLE(type)->items[i] : type;
                if (!IS_CLASS(t) || !vm_is_subclass(AS_CLASS(t), vm->exc_class[EXC_BaseException])) {
                    SAVE_FRAME();
                    vm_raise(vm, EXC_TypeError, "catching classes that do not inherit from BaseException is not allowed");
                    goto error;
                }
                match = vm_isinstance(vm, exc, AS_CLASS(t));
            }
            PUSH(BOOL_VAL(match));
            break;
        }
        case OPC_RERAISE:
            vm->exc = POP();
            SAVE_FRAME();
            goto error;
        case OPC_BEFORE_WITH: {
            Value mgr = sp[-1];
            SAVE_FRAME();
            ObjClass *cls = vm_class_of(vm, mgr);
            Value enter = class_lookup(vm, cls, vm->dunder[DUNDER_enter]);
            Value exit = class_lookup(vm, cls, vm->dunder[DUNDER_exit]);
            if (IS_UNDEF(enter)) {
                vm_raise(vm, EXC_TypeError, "'%s' object does not support the context manager protocol",
                         vm_type_name(vm, mgr));
                goto error;
            }
            if (IS_UNDEF(exit)) {
                vm_raise(vm, EXC_TypeError,
                         "'%s' object does not support the context manager protocol (missed __exit__ method)",
                         vm_type_name(vm, mgr));
                goto error;
            }
            sp[-1] = class_bind(vm, exit, mgr, cls);
            Value r = op_call(vm, class_bind(vm, enter, mgr, cls), 0, NULL, NULL);
            CHECK(r);
            PUSH(r);
            break;
        }
        case OPC_WITH_EXIT: {
            Value none3[3] = {NONE_VAL, NONE_VAL, NONE_VAL};
            SAVE_FRAME();
            Value r = op_call(vm, sp[-1], 3, none3, NULL);
            CHECK(r);
            sp--;
            break;
        }
        case OPC_WITH_EXCEPT: {
            Value exc = sp[-1];
            /* The traceback argument: the exception's frames so far (None if it has none). */
            Value tb = IS_EXCEPTION(exc) ? AS_EXCEPTION(exc)->traceback : NONE_VAL;
            Value args[3] = {OBJ_VAL(vm_class_of(vm, exc)), exc, tb};
            SAVE_FRAME();
            Value r = op_call(vm, sp[-3], 3, args, NULL);
            CHECK(r);
            int t = op_truthy(vm, r);
            if (t < 0) goto error;
            PUSH(BOOL_VAL(t));
            break;
        }
        case OPC_IMPORT_MODULE: {
            ObjModule *m = AS_MODULE(sp[-1]);
            if (!m->code || m->state == 2) break;
            if (m->state == 1) {
                SAVE_FRAME();
                vm_raise(vm, EXC_ImportError, "circular import: '%s'", m->name->chars);
                goto error;
            }
            /* Run the module's top level now, in its own globals; its return leaves the
             * module object where it is. */
            SAVE_FRAME();
            if (vm->frame_count >= vm->frame_cap || !stack_room(vm, sp, m->code)) {
                recursion_error(vm);
                goto error;
            }
            m->state = 1;
            Frame *f = &vm->frames[vm->frame_count++];
            memset(f, 0, sizeof *f);
            f->code = m->code;
            f->ip = m->code->code;
            f->slots = sp;
            f->globals = m->globals;
            f->handled = NONE_VAL;
            f->serial = ++vm->frame_serial;
            f->module = m;
            LOAD_FRAME();
            break;
        }
        case OPC_IMPORT_FROM: {
            ObjStr *name = code->names[READ_U16()];
            ObjModule *m = AS_MODULE(sp[-1]);
            Value v = dict_get_str(m->globals, name);
            if (IS_UNDEF(v)) {
                SAVE_FRAME();
                vm_raise(vm, EXC_ImportError, "cannot import name '%s' from '%s' (%s)", name->chars,
                         AS_STR(modules_name(vm, m))->chars, m->name->chars);
                AS_EXCEPTION(vm->exc)->name = OBJ_VAL(name);
                AS_EXCEPTION(vm->exc)->obj = OBJ_VAL(m);
                goto error;
            }
            PUSH(v);
            break;
        }
        case OPC_IMPORT_STAR: {
            SAVE_FRAME();
            if (!modules_import_star(vm, frame->locals ? frame->locals : frame->globals)) goto error;
            sp--;
            break;
        }
        case OPC_CALL_EXTERN: {
            uint32_t arg = READ_U32();
            int argc = (int)(arg >> 16);
            SAVE_FRAME();
            Value r = extern_call(vm, AS_EXTERN(code->consts[arg & 0xffff]), argc, sp - argc);
            CHECK(r);
            sp -= argc;
            PUSH(r);
            break;
        }
        case OPC_LOAD_FAST2: {
            uint32_t arg = READ_U32();
            Value a = slots[arg & 0xffff], b = slots[arg >> 16];
            if (IS_UNDEF(a) || IS_UNDEF(b)) {
                SAVE_FRAME();
                unbound_local(vm, code, IS_UNDEF(a) ? (arg & 0xffff) : (arg >> 16));
                goto error;
            }
            sp[0] = a;
            sp[1] = b;
            sp += 2;
            break;
        }
        case OPC_ADD_FAST_SMALL:
        case OPC_SUB_FAST_SMALL: {
            uint32_t arg = READ_U32();
            Value a = slots[arg & 0xffff];
            int64_t k = (int16_t)(arg >> 16);
            if (IS_INT(a)) {
                int64_t r = op == OPC_ADD_FAST_SMALL ? AS_INT(a) + k : AS_INT(a) - k;
                if (INT_FITS(r)) {
                    PUSH(INT_VAL(r));
                    break;
                }
            }
            SAVE_FRAME();
            if (IS_UNDEF(a)) {
                unbound_local(vm, code, arg & 0xffff);
                goto error;
            }
            Value r = op_binary(vm, op == OPC_ADD_FAST_SMALL ? BIN_ADD : BIN_SUB, a, INT_VAL(k));
            CHECK(r);
            PUSH(r);
            break;
        }
        case OPC_LT_FAST_SMALL:
        case OPC_LE_FAST_SMALL:
        case OPC_GT_FAST_SMALL:
        case OPC_GE_FAST_SMALL:
        case OPC_EQ_FAST_SMALL:
        case OPC_NE_FAST_SMALL: {
            uint32_t arg = READ_U32();
            Value a = slots[arg & 0xffff];
            int64_t k = (int16_t)(arg >> 16);
            if (IS_INT(a)) {
                int64_t x = AS_INT(a);
                bool r;
                switch (op) {
                case OPC_LT_FAST_SMALL: r = x < k; break;
                case OPC_LE_FAST_SMALL: r = x <= k; break;
                case OPC_GT_FAST_SMALL: r = x > k; break;
                case OPC_GE_FAST_SMALL: r = x >= k; break;
                case OPC_EQ_FAST_SMALL: r = x == k; break;
                default: r = x != k; break;
                }
                PUSH(BOOL_VAL(r));
                break;
            }
            SAVE_FRAME();
            if (IS_UNDEF(a)) {
                unbound_local(vm, code, arg & 0xffff);
                goto error;
            }
            static const CmpOp cmps[] = {CMP_LT, CMP_LE, CMP_GT, CMP_GE, CMP_EQ, CMP_NE};
            Value r = op_compare_value(vm, cmps[op - OPC_LT_FAST_SMALL], a, INT_VAL(k));
            CHECK(r);
            PUSH(r);
            break;
        }
        case OPC_POP_CLOSE: {
            Value it = sp[-1];
            if (IS_KIND(it, OBJ_GENERATOR) && AS_GENERATOR(it)->state == GEN_SUSPENDED) {
                SAVE_FRAME();
                Value r = gen_close_m(vm, 1, &it, NULL);
                CHECK(r);
            }
            sp--;
            break;
        }
        case OPC_SEND: {
            uint32_t target = READ_U32();
            Value v = sp[-1];
            Value itv = sp[-2];
            if (IS_KIND(itv, OBJ_GENERATOR)) {
                ObjGenerator *g = AS_GENERATOR(itv);
                if (g->state == GEN_DONE) {
                    sp--;
                    sp[-1] = g->result;
                    ip = code->code + target;
                    break;
                }
                if (g->state == GEN_CREATED && !IS_NONE(v)) {
                    SAVE_FRAME();
                    vm_raise(vm, EXC_TypeError, "can't send non-None value to a just-started generator");
                    goto error;
                }
                sp--;
                SAVE_FRAME();
                if (!gen_push_frame(vm, g, v)) goto error;
                vm->frames[vm->frame_count - 1].exit_target = target | EXIT_SEND;
                LOAD_FRAME();
                break;
            }
            SAVE_FRAME();
            if (!IS_NONE(v)) {
                vm_raise(vm, EXC_AttributeError, "'%s' object has no attribute 'send'", vm_type_name(vm, itv));
                goto error;
            }
            Value next = op_next_item(vm, itv);
            CHECK(next);
            sp--;
            if (IS_UNDEF(next)) {
                sp[-1] = NONE_VAL;
                ip = code->code + target;
            } else {
                PUSH(next);
            }
            break;
        }
        case OPC_GEN_RESULT: {
            Value it = sp[-1];
            sp[-1] = IS_KIND(it, OBJ_GENERATOR) ? AS_GENERATOR(it)->result : NONE_VAL;
            break;
        }
        case OPC_MATCH_CLASS:
        case OPC_MATCH_SEQUENCE:
        case OPC_MATCH_MAPPING:
        case OPC_MATCH_KEYS:
        case OPC_COPY_DICT_WITHOUT_KEYS: {
            SAVE_FRAME();
            uint8_t *next_ip = match_op(vm, frame, ip - 1, &sp);
            if (!next_ip) goto error;
            ip = next_ip;
            break;
        }
        case OPC_LOAD_ASSERTION_ERROR: PUSH(OBJ_VAL(vm->exc_class[EXC_AssertionError])); break;
        case OPC_SET_LAST_VALUE: vm->last_value = POP(); break;
        default:
            SAVE_FRAME();
            /* The stepper's line event (trace.c), then the instruction it covers. Here, not
             * in a case of its own, the dispatch compiles as it does without the stepper
             * (a case of its own costs gcc's code 0.4% more instructions on bench/loops.py). */
            if (op == OPC_TRACE) {
                int covered = trace_line(vm, frame, ip - 1);
                if (covered < 0) {
                    frame->ip = ip - 1;
                    return EXEC_WAITING;
                }
                op = (uint8_t)covered;
                goto dispatch;
            }
            vm_raise(vm, EXC_RuntimeError, "bad opcode %d", op);
            goto error;
        }
        continue;

    error:
        /* Unwind: record where each frame was; stop at a handler, a boundary or the base. */
        frame->ip = ip;
        for (;;) {
            frame = &vm->frames[vm->frame_count - 1];
            add_traceback(vm, frame, false);
            if (IS_EXCEPTION(vm->exc) && IS_EXCEPTION(frame->handled) && frame->handled != vm->exc &&
                IS_NONE(AS_EXCEPTION(vm->exc)->context))
                AS_EXCEPTION(vm->exc)->context = frame->handled;
            uint32_t offset = (uint32_t)(frame->ip - frame->code->code);
            HandlerEntry *h = vm->aborting ? NULL : find_handler(frame->code, offset ? offset - 1 : 0);
            if (h) {
                vm->sp = stack_base(frame) + h->depth;
                *vm->sp++ = vm->exc;
                vm->exc = NONE_VAL;
                LOAD_FRAME();
                ip = code->code + h->target;
                break;
            }
            if (frame->module) frame->module->state = 0; /* a failed import can be retried */
            if (frame->gen) {
                gen_finish(vm, frame->gen);
                /* PEP 479: a StopIteration escaping a generator would end the caller's
                 * loop silently; it becomes a RuntimeError instead. */
                if (vm_exc_matches(vm, EXC_StopIteration)) {
                    Value cause = gc_pin(vm, vm->exc);
                    vm_raise(vm, EXC_RuntimeError, "generator raised StopIteration");
                    AS_EXCEPTION(vm->exc)->cause = cause;
                    AS_EXCEPTION(vm->exc)->context = cause;
                    /* Raised as the generator's frame ends: its traceback starts at the caller. */
                }
            }
            bool boundary = frame->c_boundary;
            vm->frame_count--;
            vm->sp = frame->slots - 1;
            if (vm->frame_count <= base || boundary) return EXEC_ERROR;
        }
    }
#undef LOAD_FRAME
#undef SAVE_FRAME
#undef READ_U8
#undef READ_U16
#undef READ_U32
#undef PUSH
#undef POP
#undef PEEK
#undef CHECK
}

/* ---- calling from C ---- */

static Value call_value(VM *vm, Value callee, int argc, Value *argv, ObjTuple *kwnames);

/* A call from C is one scope of pins: what the callee pinned goes when it returns, and its
 * result stays pinned for the caller. */
Value op_call(VM *vm, Value callee, int argc, Value *argv, ObjTuple *kwnames) {
    GcMark mark = gc_mark(vm);
    Value r = call_value(vm, callee, argc, argv, kwnames);
    gc_release(vm, mark, r);
    return r;
}

static Value call_value(VM *vm, Value callee, int argc, Value *argv, ObjTuple *kwnames) {
    int nkw = kwnames ? (int)kwnames->len : 0;
    if (!IS_OBJ(callee)) return vm_raise(vm, EXC_TypeError, "'%s' object is not callable", vm_type_name(vm, callee));
    switch (OBJ_KIND(callee)) {
    case OBJ_NATIVE: {
        ObjNative *n = AS_NATIVE(callee);
        if (!IS_UNDEF(n->self)) {
            Value small[17];
            Value *args = argc + nkw + 1 <= 17 ? small : malloc(sizeof(Value) * (size_t)(argc + nkw + 1));
            args[0] = n->self;
            if (argc + nkw) memcpy(args + 1, argv, sizeof(Value) * (size_t)(argc + nkw));
            Value r = call_native(vm, n, argc + 1, args, kwnames);
            if (args != small) free(args);
            return r;
        }
        return call_native(vm, n, argc, argv, kwnames);
    }
    case OBJ_BOUND_METHOD: {
        ObjBoundMethod *bm = AS_BOUND(callee);
        Value small[17];
        Value *args = argc + nkw + 1 <= 17 ? small : malloc(sizeof(Value) * (size_t)(argc + nkw + 1));
        args[0] = bm->self;
        if (argc + nkw) memcpy(args + 1, argv, sizeof(Value) * (size_t)(argc + nkw));
        Value r = call_value(vm, bm->func, argc + 1, args, kwnames);
        if (args != small) free(args);
        return r;
    }
    case OBJ_CLASS: {
        ObjClass *cls = AS_CLASS(callee);
        if (!cls->is_builtin) return construct(vm, cls, argc, argv, kwnames);
        if (cls->ctor) return cls->ctor(vm, cls, argc, argv, kwnames);
        if (cls->instance_kind == OBJ_EXCEPTION) return exception_ctor(vm, cls, argc, argv, kwnames);
        return vm_raise(vm, EXC_TypeError, "cannot create '%s' instances", cls->name->chars);
    }
    case OBJ_FUNCTION: {
        ObjFunction *fn = AS_FUNCTION(callee);
        if (vm->native_depth >= 200) return recursion_error(vm);
        if (!vm_step_in_c(vm)) return ERR_VAL;
        Value *base = vm->sp;
        if (base + argc + nkw + 1 >= vm->stack_end) return recursion_error(vm);
        base[0] = callee;
        if (argc + nkw) memcpy(base + 1, argv, sizeof(Value) * (size_t)(argc + nkw));
        vm->sp = base + 1 + argc + nkw;
        if (fn->code->flags & CODE_GENERATOR) {
            Value g = make_generator(vm, fn, base, argc, kwnames);
            vm->sp = base;
            return g;
        }
        int depth = vm->frame_count;
        if (!push_frame(vm, fn, base, argc, kwnames)) {
            vm->sp = base;
            return ERR_VAL;
        }
        vm->frames[vm->frame_count - 1].c_boundary = true;
        vm->native_depth++;
        Value result = NONE_VAL;
        ExecStatus st = execute(vm, depth, &result);
        vm->native_depth--;
        vm->sp = base;
        return st == EXEC_RETURNED ? result : ERR_VAL;
    }
    case OBJ_EXTERN:
        if (kwnames && kwnames->len)
            return vm_raise(vm, EXC_TypeError, "%s() takes no keyword arguments", AS_EXTERN(callee)->name->chars);
        return extern_call(vm, AS_EXTERN(callee), argc, argv);
    case OBJ_INSTANCE: {
        Value call = is_user_instance(callee) ? class_lookup(vm, AS_INSTANCE(callee)->cls, vm->dunder[DUNDER_call]) : UNDEF_VAL;
        if (IS_UNDEF(call)) break;
        Value bound = class_bind(vm, call, callee, AS_INSTANCE(callee)->cls);
        return op_call(vm, bound, argc, argv, kwnames);
    }
    default: break;
    }
    return vm_raise(vm, EXC_TypeError, "'%s' object is not callable", vm_type_name(vm, callee));
}

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
    static const struct { ObjKind kind; const char *name; } kinds[] = {
        {OBJ_STR, "str"}, {OBJ_TUPLE, "tuple"}, {OBJ_LIST, "list"}, {OBJ_DICT, "dict"},
        {OBJ_SET, "set"}, {OBJ_FROZENSET, "frozenset"}, {OBJ_RANGE, "range"}, {OBJ_SLICE, "slice"},
        {OBJ_ITER, "iterator"}, {OBJ_DICT_VIEW, "dict_view"}, {OBJ_CODE, "code"},
        {OBJ_FUNCTION, "function"}, {OBJ_CELL, "cell"}, {OBJ_NATIVE, "builtin_function_or_method"},
        {OBJ_BOUND_METHOD, "method"}, {OBJ_GENERATOR, "generator"}, {OBJ_MODULE, "module"},
        {OBJ_BYTES, "bytes"}, {OBJ_PROPERTY, "property"}, {OBJ_STATICMETHOD, "staticmethod"},
        {OBJ_CLASSMETHOD, "classmethod"}, {OBJ_SUPER, "super"}, {OBJ_EXTERN, "native_function"},
    };
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
        vm->kind_class[kinds[i].kind] = vm_new_builtin_class(vm, kinds[i].name, object, kinds[i].kind);
    vm->kind_class[OBJ_BIGINT] = vm->cls_int;
    vm->kind_class[OBJ_CLASS] = vm->cls_type;
    vm->kind_class[OBJ_INSTANCE] = object;

#define EXC_CLASS(name, base) \
    vm->exc_class[EXC_##name] = vm_new_builtin_class(vm, #name, EXC_##name == EXC_BaseException ? object : vm->exc_class[EXC_##base], OBJ_EXCEPTION);
    EXCEPTION_LIST(EXC_CLASS)
#undef EXC_CLASS
    for (int i = 0; i < EXC_COUNT; i++) vm->exc_class[i]->ctor = exception_ctor;
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

    vm_define_methods(vm, vm->kind_class[OBJ_STR], str_methods);
    /* str.maketrans is a static method: called through a string it gets no self either
     * (and, taking no self, has no owner to name in its messages). */
    ObjStr *maketrans = str_intern_cstr(vm, "maketrans");
    Value mt = dict_get_str(vm->kind_class[OBJ_STR]->dict, maketrans);
    AS_NATIVE(mt)->owner = NULL;
    dict_set_str(vm, vm->kind_class[OBJ_STR]->dict, maketrans, class_staticmethod(vm, mt));
    vm_define_methods(vm, vm->kind_class[OBJ_LIST], list_methods);
    vm_define_methods(vm, vm->kind_class[OBJ_TUPLE], tuple_methods);
    vm_define_methods(vm, vm->kind_class[OBJ_DICT], dict_methods);
    vm_define_methods(vm, vm->kind_class[OBJ_SET], set_methods);
    vm_define_methods(vm, vm->kind_class[OBJ_FROZENSET], set_methods);
    vm_define_methods(vm, vm->kind_class[OBJ_RANGE], range_methods);
    vm_define_methods(vm, vm->kind_class[OBJ_SLICE], slice_methods);
    vm_define_methods(vm, vm->kind_class[OBJ_DICT_VIEW], dict_view_methods);
    vm_define_methods(vm, vm->kind_class[OBJ_GENERATOR], generator_methods);
    ops_init(vm);

    vm->builtins = dict_new(vm);
    builtins_init(vm);
    class_init(vm);
    dunder_init(vm);
    modules_init(vm);
    vm->pending_throw = UNDEF_VAL;
    vm->object_init = AS_NATIVE(dict_get_str(vm->cls_object->dict, vm->dunder[DUNDER_init]))->fn;
    vm_define_global(vm, vm->builtins, "property", OBJ_VAL(vm->kind_class[OBJ_PROPERTY]));
    vm_define_global(vm, vm->builtins, "staticmethod", OBJ_VAL(vm->kind_class[OBJ_STATICMETHOD]));
    vm_define_global(vm, vm->builtins, "classmethod", OBJ_VAL(vm->kind_class[OBJ_CLASSMETHOD]));
    vm_define_global(vm, vm->builtins, "super", OBJ_VAL(vm->kind_class[OBJ_SUPER]));
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

/* Prepares the module frame for `code`, in fresh globals unless `keep_globals`. */
EdgeStatus vm_start(VM *vm, ObjCode *code, bool keep_globals) {
    vm->frame_count = 0;
    vm->native_depth = 0;
    vm->sp = vm->stack;
    vm->exc = NONE_VAL;
    vm->request = EDGE_REQUEST_NONE;
    vm->paused_loop = NULL;
    vm->main_code = code;
    vm->steps_run = 0;
    vm->aborting = false;
    vm->nest_depth = 0; /* a trap may have abandoned a comparison or a repr half-way */
    vm->repr_depth = 0;
    vm->output_written = 0;
    memset(&vm->limits, 0, sizeof vm->limits);
    if (!keep_globals || !vm->main_globals) {
        vm->main_globals = dict_new(vm);
        dict_set_str(vm, vm->main_globals, vm->s_name, OBJ_VAL(vm->s_main));
    }
    vm->stack[0] = NONE_VAL;
    vm->sp = vm->stack + 1;
    Frame *f = &vm->frames[vm->frame_count++];
    f->func = NULL;
    f->code = code;
    f->ip = code->code;
    f->slots = vm->sp;
    f->globals = vm->main_globals;
    f->c_boundary = false;
    f->gen = NULL;
    f->exit_target = 0;
    f->locals = NULL;
    f->handled = NONE_VAL;
    f->serial = ++vm->frame_serial;
    f->is_init = false;
    f->module = NULL;
    return EDGE_DONE;
}

EdgeStatus vm_resume(VM *vm, int64_t steps) {
    vm->paused_loop = NULL;
    if (vm->frame_count == 0) return EDGE_DONE;
    vm->npins = 0; /* the host holds no values: what loading pinned is in the frames now */
    vm->slice_left = steps > 0 ? steps : INT64_MAX;
    grant_steps(vm, true);
    Value result;
    ExecStatus st = execute(vm, 0, &result);
    if (st == EXEC_SUSPENDED) return EDGE_SUSPENDED;
    if (st == EXEC_WAITING) return EDGE_WAITING;
    vm->frame_count = 0;
    vm->sp = vm->stack;
    return st == EXEC_RETURNED ? EDGE_DONE : EDGE_ERROR;
}
