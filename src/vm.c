/* vm.c — the interpreter's dispatch loop (vm_execute): runs Python frames from
 * vm->frames over values in vm->stack, both on the heap, so a Python call never recurses in
 * C and a run can stop after any step and resume later. Calls, argument binding and the
 * step budget are call.c's; generators generator.c's; raising and tracebacks exception.c's;
 * set-up state.c's. Errors travel as return values (ERR_VAL / false / -1), never by longjmp. */
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
#include "type.h"

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
/* What PROTECT counts as a failure, by the call's result type. */
static inline bool failed_value(Value v) { return IS_ERR(v); }
static inline bool failed_bool(bool ok) { return !ok; }
static inline bool failed_int(int r) { return r < 0; }

ExecStatus vm_execute(VM *vm, int base, Value *result) {
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
/* PROTECT(call): the frame's ip and sp are saved for the call (it may raise, collect or
 * call back into Python), then a failure goes to the error handler: ERR_VAL for a Value,
 * false for a bool, a negative int. RAISE(call): the call sets the exception. */
#define FAILED(r) _Generic((r), Value: failed_value, bool: failed_bool, int: failed_int)(r)
#define PROTECT(call)                 \
    do {                              \
        SAVE_FRAME();                 \
        if (FAILED(call)) goto error; \
    } while (0)
#define RAISE(call)   \
    do {              \
        SAVE_FRAME(); \
        (void)(call); \
        goto error;   \
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
                RAISE(unbound_local(vm, code, i));
            }
            PUSH(v);
            break;
        }
        case OPC_STORE_FAST: slots[READ_U16()] = POP(); break;
        case OPC_DELETE_FAST: {
            uint16_t i = READ_U16();
            if (IS_UNDEF(slots[i])) {
                RAISE(unbound_local(vm, code, i));
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
                RAISE(name_error(vm, name));
            }
            PUSH(v);
            break;
        }
        case OPC_STORE_GLOBAL: dict_set_str(vm, frame->globals, code->names[READ_U16()], POP()); break;
        case OPC_DELETE_GLOBAL: {
            ObjStr *name = code->names[READ_U16()];
            PROTECT(delete_name(vm, frame->globals, name));
            break;
        }
        case OPC_LOAD_ATTR: {
            ObjStr *name = code->names[READ_U16()];
            Value v;
            PROTECT(v = op_getattr(vm, sp[-1], name));
            sp[-1] = v;
            break;
        }
        case OPC_STORE_ATTR: {
            ObjStr *name = code->names[READ_U16()];
            PROTECT(op_setattr(vm, sp[-1], name, sp[-2]));
            sp -= 2;
            break;
        }
        case OPC_DELETE_ATTR: {
            ObjStr *name = code->names[READ_U16()];
            PROTECT(op_delattr(vm, sp[-1], name));
            sp--;
            break;
        }
        case OPC_LOAD_METHOD: {
            ObjStr *name = code->names[READ_U16()];
            Value obj = sp[-1];
            SAVE_FRAME();
            /* Methods of builtin types are found without creating a bound method, unless
             * the object's own attributes or its type's lookup (a module's, a class's) come
             * first. */
            if (IS_OBJ(obj) && !obj_type(obj)->own_dict && !obj_type(obj)->getattr) {
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
            PROTECT(v = op_getitem(vm, obj, key));
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
            PROTECT(op_setitem(vm, obj, key, value));
            sp -= 3;
            break;
        }
        case OPC_DELETE_SUBSCR:
            PROTECT(op_delitem(vm, sp[-2], sp[-1]));
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
            PROTECT(r = int_or_float_add(vm, a, b));
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
            PROTECT(r = op_binary(vm, BIN_SUB, a, b));
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
            PROTECT(r = op_binary(vm, BIN_MUL, a, b));
            sp[-2] = r;
            sp--;
            break;
        }
        case OPC_BINARY: {
            uint8_t bop = READ_U8();
            Value r;
            PROTECT(r = op_binary(vm, (BinOp)bop, sp[-2], sp[-1]));
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
            Value r;
            PROTECT(r = op_inplace(vm, (BinOp)bop, a, b));
            sp[-2] = r;
            sp--;
            break;
        }
        case OPC_UNARY: {
            uint8_t uop = READ_U8();
            Value r;
            PROTECT(r = op_unary(vm, (UnaryOp)uop, sp[-1]));
            sp[-1] = r;
            break;
        }
        case OPC_NOT: {
            Value v = sp[-1];
            if (IS_BOOL(v)) {
                sp[-1] = BOOL_VAL(v == FALSE_VAL);
                break;
            }
            int t;
            PROTECT(t = op_truthy(vm, v));
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
        Value r;                                                       \
        PROTECT(r = op_compare_value(vm, CMP, a, b));                  \
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
            int r;
            PROTECT(r = op_contains(vm, sp[-1], sp[-2]));
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
                BudgetAction action = vm_budget_ran_out(vm, vm->native_depth == 0);
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
                PROTECT(t = op_truthy(vm, v));
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
                PROTECT(t = op_truthy(vm, v));
            }
            if (t == (op == OPC_JUMP_IF_TRUE_OR_POP)) ip = code->code + target;
            else sp--;
            break;
        }
        case OPC_GET_ITER: {
            Value it;
            PROTECT(it = op_iter(vm, sp[-1]));
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
                PROTECT(vm_gen_push_frame(vm, g, NONE_VAL));
                vm->frames[vm->frame_count - 1].exit_target = target;
                LOAD_FRAME();
                break;
            }
            Value next;
            PROTECT(next = op_next_item(vm, itv));
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
            PROTECT(set_add(vm, AS_SET(sp[-2 - n]), sp[-1]));
            sp--;
            break;
        }
        case OPC_MAP_ADD: {
            uint16_t n = READ_U16();
            PROTECT(dict_set(vm, AS_DICT(sp[-3 - n]), sp[-2], sp[-1]));
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
            PROTECT(set_update(vm, AS_SET(sp[-1 - n]), v));
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
                    Value g = vm_make_generator(vm, fn, callee, argc, kwnames);
                    CHECK(g);
                    sp = callee;
                    PUSH(g);
                    break;
                }
                if (!vm_push_frame(vm, fn, callee, argc, kwnames)) goto error;
                LOAD_FRAME();
                if (--vm->steps_left <= 0) {
                    SAVE_FRAME();
                    BudgetAction action = vm_budget_ran_out(vm, vm->native_depth == 0);
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
                    if (!vm_push_frame(vm, AS_FUNCTION(init), callee, argc + 1, kwnames)) goto error;
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
            Value r;
            PROTECT(r = op_call(vm, f, argc, callee + 1, kwnames));
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
                vm_recursion_error(vm);
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
                Value g = vm_make_generator(vm, AS_FUNCTION(f), callee, argc, kwnames);
                CHECK(g);
                sp = callee;
                PUSH(g);
                break;
            }
            if (IS_FUNCTION(f)) {
                PROTECT(vm_push_frame(vm, AS_FUNCTION(f), callee, argc, kwnames));
                LOAD_FRAME();
                break;
            }
            Value r;
            PROTECT(r = op_call(vm, f, argc, callee + 1, kwnames));
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
                    RAISE(vm_raise(vm, EXC_TypeError, "__init__() should return None, not '%s'", vm_type_name(vm, r)));
                }
                r = slots[0];
            }
            bool boundary = frame->c_boundary;
            vm->frame_count--;
            if (frame->gen) {
                vm_gen_finish(vm, frame->gen);
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
            vm_add_traceback(vm, frame, true);
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
                RAISE(name_error(vm, name));
            }
            PUSH(v);
            break;
        }
        case OPC_STORE_NAME: dict_set_str(vm, frame->locals, code->names[READ_U16()], POP()); break;
        case OPC_DELETE_NAME: {
            ObjStr *name = code->names[READ_U16()];
            PROTECT(delete_name(vm, frame->locals, name));
            break;
        }
        case OPC_CALL_CLASS_BODY: {
            ObjDict *ns = AS_DICT(sp[-2]);
            PROTECT(vm_push_frame(vm, AS_FUNCTION(sp[-1]), sp - 1, 0, NULL));
            vm->frames[vm->frame_count - 1].locals = ns;
            LOAD_FRAME();
            break;
        }
        case OPC_BUILD_CLASS: {
            uint8_t nbases = READ_U8();
            Value ns = sp[-1];
            Value *bases = sp - 1 - nbases;
            Value name = bases[-1];
            Value cls;
            PROTECT(cls = class_build(vm, AS_STR(name), nbases, bases, AS_DICT(ns)));
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
                    RAISE(vm_raise(vm, EXC_TypeError, "catching classes that do not inherit from BaseException is not allowed"));
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
            Value r;
            PROTECT(r = op_call(vm, sp[-1], 3, none3, NULL));
            sp--;
            break;
        }
        case OPC_WITH_EXCEPT: {
            Value exc = sp[-1];
            /* The traceback argument: the exception's frames so far (None if it has none). */
            Value tb = IS_EXCEPTION(exc) ? AS_EXCEPTION(exc)->traceback : NONE_VAL;
            Value args[3] = {OBJ_VAL(vm_class_of(vm, exc)), exc, tb};
            Value r;
            PROTECT(r = op_call(vm, sp[-3], 3, args, NULL));
            int t = op_truthy(vm, r);
            if (t < 0) goto error;
            PUSH(BOOL_VAL(t));
            break;
        }
        case OPC_IMPORT_MODULE: {
            ObjModule *m = AS_MODULE(sp[-1]);
            if (!m->code || m->state == 2) break;
            if (m->state == 1) {
                RAISE(vm_raise(vm, EXC_ImportError, "circular import: '%s'", m->name->chars));
            }
            /* Run the module's top level now, in its own globals; its return leaves the
             * module object where it is. */
            SAVE_FRAME();
            if (vm->frame_count >= vm->frame_cap || !vm_stack_room(vm, sp, m->code)) {
                vm_recursion_error(vm);
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
            PROTECT(modules_import_star(vm, frame->locals ? frame->locals : frame->globals));
            sp--;
            break;
        }
        case OPC_CALL_EXTERN: {
            uint32_t arg = READ_U32();
            int argc = (int)(arg >> 16);
            Value r;
            PROTECT(r = extern_call(vm, AS_EXTERN(code->consts[arg & 0xffff]), argc, sp - argc));
            sp -= argc;
            PUSH(r);
            break;
        }
        case OPC_LOAD_FAST2: {
            uint32_t arg = READ_U32();
            Value a = slots[arg & 0xffff], b = slots[arg >> 16];
            if (IS_UNDEF(a) || IS_UNDEF(b)) {
                RAISE(unbound_local(vm, code, IS_UNDEF(a) ? (arg & 0xffff) : (arg >> 16)));
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
                Value r;
                PROTECT(r = gen_close(vm, it));
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
                    RAISE(vm_raise(vm, EXC_TypeError, "can't send non-None value to a just-started generator"));
                }
                sp--;
                PROTECT(vm_gen_push_frame(vm, g, v));
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
            RAISE(vm_raise(vm, EXC_RuntimeError, "bad opcode %d", op));
        }
        continue;

    error:
        /* Unwind: record where each frame was; stop at a handler, a boundary or the base. */
        frame->ip = ip;
        for (;;) {
            frame = &vm->frames[vm->frame_count - 1];
            vm_add_traceback(vm, frame, false);
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
                vm_gen_finish(vm, frame->gen);
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
#undef FAILED
#undef PROTECT
#undef RAISE
}
