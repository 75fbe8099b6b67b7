/* modules.c — compile-time imports: the registry of modules the host resolved and
 * fetched, the map of each import statement to its module, calls into native (.wasm)
 * functions through the function table, and the builtin `time` module. The VM never
 * fetches anything and reads no packages.json: the host resolves every spec and brings
 * every module first. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bigint.h"
#include "compiler.h"
#include "containers.h"
#include "str.h"
#include "vm.h"
#include "type.h"

/* ---- the registry ---- */

static ObjModule *module_new(VM *vm, const char *key) {
    ObjModule *m = (ObjModule *)obj_alloc(vm, OBJ_MODULE, sizeof(ObjModule));
    m->name = str_intern_cstr(vm, key);
    m->globals = dict_new(vm);
    m->exports = tuple_new(vm, 0);
    dict_set_str(vm, vm->modules, m->name, OBJ_VAL(m));
    return m;
}

static ObjModule *module_get(VM *vm, const char *key) {
    Value v = dict_get_str(vm->modules, str_intern_cstr(vm, key));
    return IS_KIND(v, OBJ_MODULE) ? AS_MODULE(v) : NULL;
}

static ObjStr *import_key(VM *vm, const char *importer, const char *spec) {
    StrBuf sb;
    sb_init(&sb);
    sb_append_cstr(&sb, importer ? importer : "");
    sb_append_char(&sb, '\n');
    sb_append_cstr(&sb, spec);
    Value v = sb_finish(vm, &sb);
    return str_intern(vm, AS_STR(v)->chars, AS_STR(v)->len);
}

/* A module without code (native, sys, time) exports its globals, in the order they were
 * added: the tuple of their names is made here, when an import first needs it, and not
 * grown with every export, which made a module of 20,000 exports take a minute. */
static ObjModule *module_sealed(VM *vm, ObjModule *m) {
    if (!m || m->code || m->exports->len == m->globals->table.count) return m;
    ObjTuple *names = tuple_new(vm, m->globals->table.count);
    uint32_t n = 0;
    for (uint32_t i = 0; i < m->globals->table.nentries && n < names->len; i++) {
        Value k = m->globals->table.entries[i].key;
        if (!IS_UNDEF(k)) names->items[n++] = k;
    }
    m->exports = names;
    return m;
}

ObjModule *modules_find(VM *vm, const char *importer, const char *spec) {
    Value key = dict_get_str(vm->import_keys, import_key(vm, importer, spec));
    if (IS_STR(key)) return module_sealed(vm, module_get(vm, AS_STR(key)->chars));
    /* Unmapped: a module registered under the spec itself (time, math, random). */
    return module_sealed(vm, module_get(vm, spec));
}

void edge_map_import(EdgeVM *vm, const char *importer, const char *spec, const char *key) {
    dict_set_str(vm, vm->import_keys, import_key(vm, importer, spec), OBJ_VAL(str_intern_cstr(vm, key)));
}

void module_add_export(VM *vm, ObjModule *m, const char *name, Value value) {
    dict_set_str(vm, m->globals, str_intern_cstr(vm, name), value); /* named by module_sealed */
}

void edge_add_native_module(EdgeVM *vm, const char *key) {
    module_new(vm, key)->state = 2;
}

void edge_add_native_function(EdgeVM *vm, const char *key, const char *name, uintptr_t fn, int nparams) {
    ObjModule *m = module_get(vm, key);
    if (!m || nparams < 0 || nparams > 8) return;
    ObjExtern *e = (ObjExtern *)obj_alloc(vm, OBJ_EXTERN, sizeof(ObjExtern));
    e->name = str_intern_cstr(vm, name);
    e->fn = fn;
    e->nparams = (uint8_t)nparams;
    e->nrequired = (uint8_t)nparams;
    e->str_params = 0;
    e->str_result = false;
    module_add_export(vm, m, name, OBJ_VAL(e));
}

void edge_set_native_strings(EdgeVM *vm, const char *key, const char *name, unsigned str_params, int str_result) {
    ObjModule *m = module_get(vm, key);
    Value v = m ? dict_get_str(m->globals, str_intern_cstr(vm, name)) : UNDEF_VAL;
    if (!IS_KIND(v, OBJ_EXTERN)) return;
    AS_EXTERN(v)->str_params = (uint8_t)(str_params & ((1u << AS_EXTERN(v)->nparams) - 1));
    AS_EXTERN(v)->str_result = str_result != 0;
}

/* Strings made for a native function's glue, valid UTF-8 only: the last one made is the
 * only object word a str function may return (see extern_call). */
uint64_t edge_make_str(EdgeVM *vm, const char *utf8, size_t len) {
    for (size_t i = 0; i < len;) {
        size_t n = utf8_valid(utf8 + i, len - i);
        if (n == 0) return 0;
        i += n;
    }
    if (len > STR_MAX_LEN) return 0;
    Value s = OBJ_VAL(str_new(vm, utf8, len));
    vm->extern_str = s;
    return s;
}

const char *edge_str_data(EdgeVM *vm, uint64_t word, size_t *len) {
    (void)vm;
    if (!IS_STR(word)) return NULL;
    *len = AS_STR(word)->len;
    return AS_STR(word)->chars;
}

void edge_add_native_str_constant(EdgeVM *vm, const char *key, const char *name, const char *utf8, size_t len) {
    ObjModule *m = module_get(vm, key);
    if (!m) return;
    uint64_t s = edge_make_str(vm, utf8, len);
    module_add_export(vm, m, name, s ? (Value)s : NONE_VAL);
    vm->extern_str = NONE_VAL;
}

void edge_set_native_required(EdgeVM *vm, const char *key, const char *name, int nrequired) {
    ObjModule *m = module_get(vm, key);
    Value v = m ? dict_get_str(m->globals, str_intern_cstr(vm, name)) : UNDEF_VAL;
    if (IS_KIND(v, OBJ_EXTERN) && nrequired >= 0 && nrequired <= AS_EXTERN(v)->nparams)
        AS_EXTERN(v)->nrequired = (uint8_t)nrequired;
}

/* A module's word is checked before the VM uses it: a tag for a heap object would let a
 * module forge a pointer into our memory, and an int word must have bits 48 and 49 clear
 * (sdk/ABI.md), as the VM's own ints do. */
static bool word_is_plain(Value v) {
    if (IS_INT(v)) return (v & ((uint64_t)3 << 48)) == 0;
    return IS_FLOAT(v) || IS_BOOL(v) || IS_NONE(v);
}

void edge_add_native_constant(EdgeVM *vm, const char *key, const char *name, uint64_t value) {
    ObjModule *m = module_get(vm, key);
    if (!m) return;
    module_add_export(vm, m, name, word_is_plain(value) ? (Value)value : NONE_VAL);
}

void edge_clear_modules(EdgeVM *vm) {
    vm->modules = dict_new(vm);
    vm->import_keys = dict_new(vm);
    modules_init_builtin(vm);
}

EdgeStatus edge_add_module_source(EdgeVM *vm, const char *key, const char *source, size_t len) {
    if (module_get(vm, key)) return EDGE_DONE; /* imported from several files: one module */
    ObjTuple *exports = NULL;
    CompSource src = {key, source, len, true, modules_find};
    ObjCode *code = comp_load_source(vm, &src, false, &exports, NULL);
    if (!code) return EDGE_ERROR;
    ObjModule *m = module_new(vm, key);
    m->code = code;
    m->exports = exports ? exports : tuple_new(vm, 0);
    return EDGE_DONE;
}

/* A module's __name__: its file name without folders and extension (lib/utils.py: utils). */
static Value module_name(VM *vm, ObjStr *key) {
    const char *start = key->chars, *end = key->chars + key->len;
    for (const char *p = start; p < end; p++)
        if (*p == '#' || *p == '?') end = p; /* a URL's fragment or query is no part of it */
    for (const char *p = start; p < end; p++)
        if (*p == '/' || *p == '\\') start = p + 1;
    const char *dot = NULL;
    for (const char *p = start; p < end; p++)
        if (*p == '.') dot = p;
    if (dot && dot > start) end = dot;
    return OBJ_VAL(str_new(vm, start, (size_t)(end - start)));
}

Value modules_name(VM *vm, ObjModule *m) {
    return module_name(vm, m->name);
}

/* The builtin modules (time, sys) are registered under their bare names; every module the
 * host brings has a path or a URL for its key. */
static bool module_is_builtin(ObjModule *m) {
    return !m->code && !strpbrk(m->name->chars, "./\\:");
}

Value modules_repr(VM *vm, ObjModule *m) {
    Value name = module_name(vm, m->name);
    StrBuf sb;
    sb_init(&sb);
    sb_append_cstr(&sb, "<module '");
    sb_append_str(&sb, AS_STR(name));
    if (module_is_builtin(m)) {
        sb_append_cstr(&sb, "' (built-in)>");
    } else {
        sb_append_cstr(&sb, "' from '");
        sb_append_str(&sb, m->name);
        sb_append_cstr(&sb, "'>");
    }
    return sb_finish(vm, &sb);
}

bool modules_import_star(VM *vm, ObjDict *into) {
    ObjModule *m = AS_MODULE(vm->sp[-1]);
    Value all = dict_get_str(m->globals, str_intern_cstr(vm, "__all__"));
    if (IS_UNDEF(all)) {
        /* No __all__: the public names, those not starting with '_', in definition order. */
        Table *t = &m->globals->table;
        for (uint32_t i = 0; i < t->nentries; i++) {
            Value key = t->entries[i].key;
            if (IS_STR(key) && AS_STR(key)->chars[0] != '_') dict_set_str(vm, into, AS_STR(key), t->entries[i].value);
        }
        return true;
    }
    /* The names of __all__ (any iterable of str), each read as an attribute of the module:
     * one the module lacks raises AttributeError, as in CPython. The list stays on the VM
     * stack, where the collector sees it, while attributes are read. */
    Value names = op_to_list(vm, all);
    if (IS_ERR(names)) return false;
    *vm->sp++ = names;
    bool ok = true;
    for (uint32_t i = 0; ok && i < AS_LIST(names)->len; i++) {
        Value name = AS_LIST(names)->items[i];
        if (!IS_STR(name)) {
            Value mname = module_name(vm, m->name);
            vm_raise(vm, EXC_TypeError, "Item in %s.__all__ must be str, not %s", AS_STR(mname)->chars,
                     vm_type_name(vm, name));
            ok = false;
            break;
        }
        ObjStr *s = str_intern(vm, AS_STR(name)->chars, AS_STR(name)->len);
        Value v = op_getattr(vm, OBJ_VAL(m), s);
        if (IS_ERR(v)) ok = false;
        else dict_set_str(vm, into, s, v);
    }
    vm->sp--;
    return ok;
}

void modules_reset(VM *vm) {
    Table *t = &vm->modules->table;
    for (uint32_t i = 0; i < t->nentries; i++) {
        if (!IS_KIND(t->entries[i].value, OBJ_MODULE)) continue;
        ObjModule *m = AS_MODULE(t->entries[i].value);
        if (!m->code) continue;
        m->state = 0;
        m->globals = dict_new(vm);
        dict_set_str(vm, m->globals, vm->s_name, module_name(vm, m->name));
    }
}

/* ---- listing a program's imports ---- */

typedef struct Lister {
    EdgeImportFound found;
    void *user;
} Lister;

static void list_body(Lister *l, NodeList *body);

static void list_node(Lister *l, Node *n) {
    if (!n) return;
    switch (n->kind) {
    case N_IMPORT:
        for (int i = 0; i < n->import.names.len; i++) {
            Node *a = n->import.names.items[i];
            l->found(l->user, a->alias.name, a->line, a->col);
        }
        break;
    case N_IMPORT_FROM:
        if (n->import.level == 0) l->found(l->user, n->import.module, n->line, n->col);
        break;
    case N_FUNCTION_DEF: list_body(l, &n->function.body); break;
    case N_CLASS_DEF: list_body(l, &n->class_def.body); break;
    case N_FOR:
    case N_WHILE:
        list_body(l, &n->loop.body);
        list_body(l, &n->loop.orelse);
        break;
    case N_IF:
        list_body(l, &n->if_.body);
        list_body(l, &n->if_.orelse);
        break;
    case N_WITH: list_body(l, &n->with.body); break;
    case N_TRY:
        list_body(l, &n->try_.body);
        for (int i = 0; i < n->try_.handlers.len; i++) list_body(l, &n->try_.handlers.items[i]->handler.body);
        list_body(l, &n->try_.orelse);
        list_body(l, &n->try_.finalbody);
        break;
    case N_MATCH:
        for (int i = 0; i < n->match.cases.len; i++) list_body(l, &n->match.cases.items[i]->match_case.body);
        break;
    default: break;
    }
}

static void list_body(Lister *l, NodeList *body) {
    for (int i = 0; i < body->len; i++) list_node(l, body->items[i]);
}

EdgeStatus edge_list_imports(EdgeVM *vm, const char *source, size_t len, const char *filename,
                             EdgeImportFound found, void *user) {
    Arena arena;
    arena_init(&arena);
    Diagnostic diag;
    memset(&diag, 0, sizeof diag);
    diag.filename = filename ? filename : "main.py";
    Node *tree = parse_module(&arena, source, len, &diag);
    if (tree) {
        Lister l = {found, user};
        list_body(&l, &tree->module.body);
    } else {
        api_report_diagnostic(vm, &diag, source, len, filename ? filename : "main.py");
    }
    arena_free(&arena);
    return tree ? EDGE_DONE : EDGE_ERROR;
}

/* ---- calling native functions ---- */

typedef uint64_t W;

/* What a call with the wrong number of arguments raises: CPython's words for a builtin
 * function ("takes exactly one argument (0 given)", "takes at most 2 arguments"). */
static Value arity_error(VM *vm, ObjExtern *e, int argc) {
    const char *f = e->name->chars;
    if (e->nrequired == e->nparams) {
        if (e->nparams == 0) return vm_raise(vm, EXC_TypeError, "%s() takes no arguments (%d given)", f, argc);
        if (e->nparams == 1) return vm_raise(vm, EXC_TypeError, "%s() takes exactly one argument (%d given)", f, argc);
        return vm_raise(vm, EXC_TypeError, "%s() takes exactly %d arguments (%d given)", f, e->nparams, argc);
    }
    int n = argc < e->nrequired ? e->nrequired : e->nparams;
    return vm_raise(vm, EXC_TypeError, "%s() takes %s %d argument%s (%d given)", f,
                    argc < e->nrequired ? "at least" : "at most", n, n == 1 ? "" : "s", argc);
}

Value extern_call(VM *vm, ObjExtern *e, int argc, Value *argv) {
    if (argc < e->nrequired || argc > e->nparams) return arity_error(vm, e, argc);
    Value padded[8];
    if (argc < e->nparams) {
        for (int i = 0; i < e->nparams; i++) padded[i] = i < argc ? argv[i] : NONE_VAL;
        argv = padded;
        argc = e->nparams;
    }
    for (int i = 0; i < argc; i++) {
        if (e->str_params & (1u << i)) {
            if (!IS_STR(argv[i]))
                return vm_raise(vm, EXC_TypeError, "%s() argument %d must be str, not %s", e->name->chars, i + 1,
                                vm_type_name(vm, argv[i]));
            continue;
        }
        if (IS_BIGINT(argv[i]))
            return vm_raise(vm, EXC_OverflowError, "int too large for native function '%s'", e->name->chars);
        if (!word_is_plain(argv[i]))
            return vm_raise(vm, EXC_TypeError, "native function '%s' takes int, float, bool and None arguments, not %s",
                            e->name->chars, vm_type_name(vm, argv[i]));
    }
    W r;
    vm->current_extern = e;
    vm->extern_str = NONE_VAL;
    vm->extern_raised = false;
    switch (argc) {
    case 0: r = ((W(*)(void))e->fn)(); break;
    case 1: r = ((W(*)(W))e->fn)(argv[0]); break;
    case 2: r = ((W(*)(W, W))e->fn)(argv[0], argv[1]); break;
    case 3: r = ((W(*)(W, W, W))e->fn)(argv[0], argv[1], argv[2]); break;
    case 4: r = ((W(*)(W, W, W, W))e->fn)(argv[0], argv[1], argv[2], argv[3]); break;
    case 5: r = ((W(*)(W, W, W, W, W))e->fn)(argv[0], argv[1], argv[2], argv[3], argv[4]); break;
    case 6: r = ((W(*)(W, W, W, W, W, W))e->fn)(argv[0], argv[1], argv[2], argv[3], argv[4], argv[5]); break;
    case 7:
        r = ((W(*)(W, W, W, W, W, W, W))e->fn)(argv[0], argv[1], argv[2], argv[3], argv[4], argv[5], argv[6]);
        break;
    default:
        r = ((W(*)(W, W, W, W, W, W, W, W))e->fn)(argv[0], argv[1], argv[2], argv[3], argv[4], argv[5], argv[6],
                                                  argv[7]);
        break;
    }
    vm->current_extern = NULL;
    /* The host reported the module's exception during the call (its trampoline saw the
     * error word): an ordinary raise, which the C below this call sees return as any. */
    if (vm->extern_raised) {
        vm->extern_raised = false;
        vm->extern_str = NONE_VAL;
        return ERR_VAL;
    }
    /* Otherwise the error word is an invalid value like any (a module without edge_error). */
    if (e->str_result) {
        /* The glue made the result with edge_make_str during the call; nothing else is a
         * str this function may return. */
        Value made = vm->extern_str;
        vm->extern_str = NONE_VAL;
        if (IS_STR(r) && r == made) return r;
        return vm_raise(vm, EXC_TypeError, "native function '%s' returned an invalid value", e->name->chars);
    }
    if (!word_is_plain(r))
        return vm_raise(vm, EXC_TypeError, "native function '%s' returned an invalid value", e->name->chars);
    return r;
}

void edge_extern_trapped(EdgeVM *vm, const char *message) {
    const char *name = vm->current_extern ? vm->current_extern->name->chars : "?";
    vm_raise(vm, EXC_RuntimeError, "native function '%s' trapped: %s", name, message ? message : "trap");
    vm->pending_throw = vm->exc;
    vm->exc = NONE_VAL;
    vm->current_extern = NULL;
    vm->native_depth = 0;
    vm->nest_depth = 0; /* the trap abandoned every C frame, whatever they were doing */
    vm->repr_depth = 0;
}

void edge_extern_raise(EdgeVM *vm, const char *type, const char *message) {
    /* Only during a native call, and only its first report counts. */
    if (!vm->current_extern || vm->extern_raised) return;
    /* The module named a builtin exception class; anything else is a RuntimeError. */
    Value cls = type ? dict_get_str(vm->builtins, str_intern_cstr(vm, type)) : UNDEF_VAL;
    ExcId id = EXC_RuntimeError;
    for (int i = 0; i < EXC_COUNT; i++)
        if (IS_CLASS(cls) && AS_CLASS(cls) == vm->exc_class[i]) id = (ExcId)i;
    vm_raise(vm, id, "%s", message ? message : "");
    vm->extern_raised = true;
}

int edge_extern_active(EdgeVM *vm) {
    return vm->current_extern != NULL;
}

/* ---- the builtin `time` module ---- */

static double now(VM *vm) {
    return vm->config.clock ? vm->config.clock(vm->config.user) : 0.0;
}

static Value time_time(VM *vm, int argc, Value *argv, ObjTuple *kw) {
    (void)argc, (void)argv, (void)kw;
    return FLOAT_VAL(now(vm));
}

static Value time_sleep(VM *vm, int argc, Value *argv, ObjTuple *kw) {
    (void)argc, (void)kw;
    double s;
    /* CPython counts the time in int64 nanoseconds: past that, OverflowError (a float and
     * an int word it differently), as it does for infinity. */
    const double max_seconds = 9223372036.854775807;
    if (IS_FLOAT(argv[0])) {
        s = AS_FLOAT(argv[0]);
        if (isnan(s)) return vm_raise(vm, EXC_ValueError, "Invalid value NaN (not a number)");
        if (s >= max_seconds || s <= -max_seconds)
            return vm_raise(vm, EXC_OverflowError, "timestamp out of range for platform time_t");
    } else if (IS_INT(argv[0]) || IS_BOOL(argv[0]) || IS_BIGINT(argv[0])) {
        s = IS_BOOL(argv[0]) ? (argv[0] == TRUE_VAL) : IS_INT(argv[0]) ? (double)AS_INT(argv[0]) : 1e300 * int_sign(argv[0]);
        if (s >= max_seconds || s <= -max_seconds)
            return vm_raise(vm, EXC_OverflowError, "timestamp too large to convert to C _PyTime_t");
    } else {
        return vm_raise(vm, EXC_TypeError, "'%s' object cannot be interpreted as an integer", vm_type_name(vm, argv[0]));
    }
    if (s < 0) return vm_raise(vm, EXC_ValueError, "sleep length must be non-negative");
    /* The host does the waiting: the run pauses with EDGE_WAITING and resumes later.
     * Inside a nested call (a sort key, a __repr__) there is no way to pause: no wait. */
    if (vm->native_depth == 0 && s > 0) {
        vm->request = EDGE_REQUEST_SLEEP;
        vm->request_seconds = s;
    }
    return NONE_VAL;
}

static const MethodDef time_functions[] = {
    {"time", time_time, 0, 0, false},
    {"perf_counter", time_time, 0, 0, false},
    {"monotonic", time_time, 0, 0, false},
    {"sleep", time_sleep, 1, 1, false},
    {NULL, NULL, 0, 0, false},
};

void modules_init_builtin(VM *vm) {
    ObjModule *time = module_new(vm, "time");
    time->state = 2;
    for (const MethodDef *d = time_functions; d->name; d++)
        module_add_export(vm, time, d->name, vm_native_new(vm, d->name, d->fn, d->min_args, d->max_args, d->takes_kw));
    ObjModule *sys = module_new(vm, "sys");
    sys->state = 2;
    sys_module_init(vm, sys);
}

void modules_init(VM *vm) {
    vm->modules = dict_new(vm);
    vm->import_keys = dict_new(vm);
    modules_init_builtin(vm);
}

double edge_request_seconds(EdgeVM *vm) {
    return vm->request_seconds;
}

/* ---- the module and native-function types ---- */

static void module_mark(VM *vm, Obj *o) {
    ObjModule *m = (ObjModule *)o;
    GC_VISIT(vm, m->name);
    GC_VISIT(vm, m->globals);
    GC_VISIT(vm, m->code);
    GC_VISIT(vm, m->exports);
}

static Value module_slot_repr(VM *vm, Value v) { return modules_repr(vm, AS_MODULE(v)); }

/* A module's attributes are its globals (and __name__). */
static Value module_slot_getattr(VM *vm, Value obj, ObjStr *name) {
    Value v = dict_get_str(AS_MODULE(obj)->globals, name);
    if (!IS_UNDEF(v)) return v;
    if (str_is(name, "__name__")) return modules_name(vm, AS_MODULE(obj));
    return UNDEF_VAL;
}

/* m.x = 1 sets the module's global x: its functions see it. */
static bool module_slot_setattr(VM *vm, Value obj, ObjStr *name, Value value) {
    dict_set_str(vm, AS_MODULE(obj)->globals, name, value);
    return true;
}

static int module_slot_delattr(VM *vm, Value obj, ObjStr *name) {
    return dict_delete(vm, AS_MODULE(obj)->globals, OBJ_VAL(name));
}

const ObjType module_type = {
    .name = "module",
    .size = sizeof(ObjModule),
    .mark = module_mark,
    .repr = module_slot_repr,
    .getattr = module_slot_getattr,
    .setattr = module_slot_setattr,
    .delattr = module_slot_delattr,
};

static void extern_mark(VM *vm, Obj *o) { GC_VISIT(vm, ((ObjExtern *)o)->name); }

static Value extern_slot_repr(VM *vm, Value v) {
    char buf[256];
    snprintf(buf, sizeof buf, "<native function %s>", AS_EXTERN(v)->name->chars);
    return str_value(vm, buf);
}

static Value extern_slot_call(VM *vm, Value callee, int argc, Value *argv, ObjTuple *kwnames) {
    if (kwnames && kwnames->len)
        return vm_raise(vm, EXC_TypeError, "%s() takes no keyword arguments", AS_EXTERN(callee)->name->chars);
    return extern_call(vm, AS_EXTERN(callee), argc, argv);
}

const ObjType extern_type = {
    .name = "native_function",
    .size = sizeof(ObjExtern),
    .mark = extern_mark,
    .immutable = true,
    .repr = extern_slot_repr,
    .call = extern_slot_call,
};
