/* exception.c — the type of exception objects: instances of BaseException and its
 * subclasses, user ones included (an ObjInstance with args, traceback, cause and context),
 * raising them (vm_raise and friends) and the traceback entries a raise collects on its way
 * out of each frame. Catching them is the dispatch loop's business (vm.c). */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "containers.h"
#include "str.h"
#include "type.h"

static void exception_mark(VM *vm, Obj *o) {
    ObjException *e = (ObjException *)o;
    GC_VISIT(vm, e->args);
    gc_visit_value(vm, e->traceback);
    gc_visit_value(vm, e->cause);
    gc_visit_value(vm, e->context);
    gc_visit_value(vm, e->name);
    gc_visit_value(vm, e->obj);
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

static Value exception_slot_member(VM *vm, Value obj, ObjStr *name) {
    ObjException *e = AS_EXCEPTION(obj);
    if (str_is(name, "args")) return OBJ_VAL(e->args);
    if (str_is(name, "value") && vm_isinstance(vm, obj, vm->exc_class[EXC_StopIteration]))
        return e->args->len ? e->args->items[0] : NONE_VAL;
    if (str_is(name, "code") && vm_isinstance(vm, obj, vm->exc_class[EXC_SystemExit])) {
        /* exit(): None; exit(n): n; exit(a, b): the args tuple */
        return e->args->len == 0 ? NONE_VAL : e->args->len == 1 ? e->args->items[0] : OBJ_VAL(e->args);
    }
    if (str_is(name, "__cause__")) return e->cause;
    if (str_is(name, "__context__")) return e->context;
    if (str_is(name, "__suppress_context__")) return BOOL_VAL(e->suppress_context);
    /* NameError.name, AttributeError.name and .obj (None when not known) */
    bool attr_error = vm_isinstance(vm, obj, vm->exc_class[EXC_AttributeError]);
    if (str_is(name, "name") && (attr_error || vm_isinstance(vm, obj, vm->exc_class[EXC_NameError])))
        return e->name;
    if (str_is(name, "obj") && attr_error) return e->obj;
    return UNDEF_VAL;
}

/* e.args = iterable sets the args; the cause, the context and __suppress_context__ are
 * checked; NameError.name, AttributeError.name and .obj are fields of their own; anything
 * else goes to the instance's dict. User exception classes come here too, after their
 * class's descriptors (op_setattr_generic). */
static bool exception_slot_setattr(VM *vm, Value obj, ObjStr *name, Value value) {
    ObjException *e = AS_EXCEPTION(obj);
    if (str_is(name, "args")) {
        Value t = op_to_list(vm, value);
        if (IS_ERR(t)) return false;
        e->args = AS_TUPLE(tuple_from(vm, AS_LIST(t)->len, AS_LIST(t)->items));
        return true;
    }
    bool cause = str_is(name, "__cause__");
    if (cause || str_is(name, "__context__")) {
        if (!IS_NONE(value) && !IS_EXCEPTION(value)) {
            vm_raise(vm, EXC_TypeError, "exception %s must be None or derive from BaseException",
                     cause ? "cause" : "context");
            return false;
        }
        /* A cause, once set, is what the report shows instead of the context. */
        if (cause) e->cause = value, e->suppress_context = true;
        else e->context = value;
        return true;
    }
    if (str_is(name, "__suppress_context__")) {
        if (!IS_BOOL(value)) {
            vm_raise(vm, EXC_TypeError, "attribute value type must be bool");
            return false;
        }
        e->suppress_context = value == TRUE_VAL;
        return true;
    }
    bool attr_error = vm_isinstance(vm, obj, vm->exc_class[EXC_AttributeError]);
    if (str_is(name, "name") && (attr_error || vm_isinstance(vm, obj, vm->exc_class[EXC_NameError]))) {
        e->name = value;
        return true;
    }
    if (str_is(name, "obj") && attr_error) {
        e->obj = value;
        return true;
    }
    if (!e->base.dict) e->base.dict = dict_new(vm);
    dict_set_str(vm, e->base.dict, name, value);
    return true;
}

/* The args are the arguments the class was called with. */
static Value exception_slot_instantiate(VM *vm, ObjClass *cls, int argc, Value *argv) {
    return vm_new_exception(vm, cls, AS_TUPLE(tuple_from(vm, (uint32_t)argc, argv)));
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
void vm_add_traceback(VM *vm, Frame *f, bool again) {
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


const ObjType exception_type = {
    .name = "BaseException",
    .ctor = exception_ctor,
    .size = sizeof(ObjException),
    .mark = exception_mark,
    .has_class = true,
    .own_dict = true,
    .instantiate = exception_slot_instantiate,
    .repr = exception_slot_repr,
    .str = exception_slot_str,
    .member = exception_slot_member,
    .setattr = exception_slot_setattr,
    .delattr = class_delattr_instance,
    .call = class_call_instance,
};
