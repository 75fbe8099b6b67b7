/* call.c — calls and their frames, as Lua's ldo.c: natives and their argument checks,
 * binding a Python call's arguments to its parameters, pushing frames, constructing
 * instances of user classes, calls from C into Python (each a nested run of vm_execute),
 * the step budget that slices a run, and starting and resuming the host's run. */
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

/* The TypeError for the `missing` parameters in [from, to) still unbound in `slots`, named
 * as CPython names them: 'a', 'b', and 'c' ('a' and 'b' for two). `kind` is "positional"
 * or "keyword-only". Returns false, for bind_args to return. */
static bool missing_arguments(VM *vm, const char *fname, ObjCode *code, const Value *slots, int from, int to,
                              int missing, const char *kind) {
    StrBuf names;
    sb_init(&names);
    int seen = 0;
    for (int p = from; p < to; p++) {
        if (!IS_UNDEF(slots[p])) continue;
        if (seen) sb_append_cstr(&names, missing == 2 ? " and " : (seen == missing - 1 ? ", and " : ", "));
        sb_printf(&names, "'%s'", code->varnames[p]->chars);
        seen++;
    }
    sb_append_char(&names, '\0');
    vm_raise(vm, EXC_TypeError, "%s() missing %d required %s argument%s: %s", fname, missing, kind, plural(missing),
             names.data);
    sb_free(&names);
    return false;
}

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
    if (missing) return missing_arguments(vm, fname, code, slots, 0, nparams, missing, "positional");
    for (int p = nparams; p < total; p++) {
        if (!IS_UNDEF(slots[p])) continue;
        Value d = fn->kwdefaults ? dict_get_str(fn->kwdefaults, code->varnames[p]) : UNDEF_VAL;
        if (!IS_UNDEF(d)) {
            slots[p] = d;
            continue;
        }
        missing++;
    }
    if (missing) return missing_arguments(vm, fname, code, slots, nparams, total, missing, "keyword-only");
    return true;
}

/* ---- frames ---- */

Value vm_recursion_error(VM *vm) {
    return vm_raise(vm, EXC_RecursionError, "maximum recursion depth exceeded");
}

/* Pushes a frame for `fn` whose arguments sit just above `callee` on the value stack.
 * On success the new frame is on top and vm->sp is its stack base. */
bool vm_push_frame(VM *vm, ObjFunction *fn, Value *callee, int argc, ObjTuple *kwnames) {
    ObjCode *code = fn->code;
    if (vm->frame_count >= vm->max_depth || vm->frame_count >= vm->frame_cap) return vm_recursion_error(vm), false;
    Value *slots = callee + 1;
    if (!vm_stack_room(vm, slots, code)) return vm_recursion_error(vm), false;
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

/* ---- the step budget and the run's limits ----
 * Each call and backward jump counts down vm->steps_left; at 0, vm_budget_ran_out() settles
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

BudgetAction vm_budget_ran_out(VM *vm, bool can_suspend) {
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
    return --vm->steps_left > 0 || vm_budget_ran_out(vm, false) != BUDGET_ABORT;
}

bool vm_charge(VM *vm, uint64_t steps) {
    vm->steps_left -= steps < (uint64_t)INT64_MAX / 4 ? (int64_t)steps : INT64_MAX / 4;
    return vm->steps_left > 0 || vm_budget_ran_out(vm, false) != BUDGET_ABORT;
}

/* Calling a user class: a new instance, then its __init__ (run nested from C). */
Value vm_construct(VM *vm, ObjClass *cls, int argc, Value *argv, ObjTuple *kwnames) {
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


/* ---- calling from C ---- */

/* A call from C is one scope of pins: what the callee pinned goes when it returns, and its
 * result stays pinned for the caller. */
Value op_call(VM *vm, Value callee, int argc, Value *argv, ObjTuple *kwnames) {
    GcMark mark = gc_mark(vm);
    Value r = vm_call(vm, callee, argc, argv, kwnames);
    gc_release(vm, mark, r);
    return r;
}

Value vm_call(VM *vm, Value callee, int argc, Value *argv, ObjTuple *kwnames) {
    if (IS_OBJ(callee) && obj_type(callee)->call) return obj_type(callee)->call(vm, callee, argc, argv, kwnames);
    return vm_raise(vm, EXC_TypeError, "'%s' object is not callable", vm_type_name(vm, callee));
}

/* The call slot of natives: a module function carries its receiver in `self`. */
Value vm_call_native(VM *vm, Value callee, int argc, Value *argv, ObjTuple *kwnames) {
    ObjNative *n = AS_NATIVE(callee);
    if (IS_UNDEF(n->self)) return call_native(vm, n, argc, argv, kwnames);
    int nkw = kwnames ? (int)kwnames->len : 0;
    Value small[17];
    Value *args = argc + nkw + 1 <= 17 ? small : malloc(sizeof(Value) * (size_t)(argc + nkw + 1));
    args[0] = n->self;
    if (argc + nkw) memcpy(args + 1, argv, sizeof(Value) * (size_t)(argc + nkw));
    Value r = call_native(vm, n, argc + 1, args, kwnames);
    if (args != small) free(args);
    return r;
}

/* The call slot of Python functions: a nested run of the interpreter (or a new generator). */
Value vm_call_function(VM *vm, Value callee, int argc, Value *argv, ObjTuple *kwnames) {
    int nkw = kwnames ? (int)kwnames->len : 0;
    ObjFunction *fn = AS_FUNCTION(callee);
    if (vm->native_depth >= 200) return vm_recursion_error(vm);
    if (!vm_step_in_c(vm)) return ERR_VAL;
    Value *base = vm->sp;
    if (base + argc + nkw + 1 >= vm->stack_end) return vm_recursion_error(vm);
    base[0] = callee;
    if (argc + nkw) memcpy(base + 1, argv, sizeof(Value) * (size_t)(argc + nkw));
    vm->sp = base + 1 + argc + nkw;
    if (fn->code->flags & CODE_GENERATOR) {
        Value g = vm_make_generator(vm, fn, base, argc, kwnames);
        vm->sp = base;
        return g;
    }
    int depth = vm->frame_count;
    if (!vm_push_frame(vm, fn, base, argc, kwnames)) {
        vm->sp = base;
        return ERR_VAL;
    }
    vm->frames[vm->frame_count - 1].c_boundary = true;
    vm->native_depth++;
    Value result = NONE_VAL;
    ExecStatus st = vm_execute(vm, depth, &result);
    vm->native_depth--;
    vm->sp = base;
    return st == EXEC_RETURNED ? result : ERR_VAL;
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
    ExecStatus st = vm_execute(vm, 0, &result);
    if (st == EXEC_SUSPENDED) return EDGE_SUSPENDED;
    if (st == EXEC_WAITING) return EDGE_WAITING;
    vm->frame_count = 0;
    vm->sp = vm->stack;
    return st == EXEC_RETURNED ? EDGE_DONE : EDGE_ERROR;
}
