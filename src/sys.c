/* sys.c — the builtin `sys` module: what programs reach for most (argv, exit, maxsize,
 * the recursion limit, version_info, and sys.stdout / sys.stderr / sys.stdin as text
 * streams over the host's output and input callbacks). Nothing here reaches further than
 * print() and input() do. */
#include <string.h>

#include "bigint.h"
#include "containers.h"
#include "str.h"
#include "vm.h"

/* The three streams are instances of one builtin class; each knows its stream by the
 * `name` in its dict: "<stdin>", "<stdout>", "<stderr>". */
static int stream_of(VM *vm, Value self) {
    if (!IS_KIND(self, OBJ_INSTANCE) || !AS_INSTANCE(self)->dict) return -1;
    Value name = dict_get_str(AS_INSTANCE(self)->dict, str_intern_cstr(vm, "name"));
    if (!IS_STR(name)) return -1;
    const char *s = AS_STR(name)->chars;
    return strcmp(s, "<stdin>") == 0 ? 0 : strcmp(s, "<stdout>") == 0 ? 1 : strcmp(s, "<stderr>") == 0 ? 2 : -1;
}

int sys_stream_of(VM *vm, Value file) {
    if (!IS_KIND(file, OBJ_INSTANCE) || AS_INSTANCE(file)->cls != vm->cls_textio) return -1;
    return stream_of(vm, file);
}

static Value stream_write(VM *vm, int argc, Value *argv, ObjTuple *kw) {
    (void)argc, (void)kw;
    int stream = sys_stream_of(vm, argv[0]);
    if (stream < 1) return vm_raise(vm, EXC_OSError, "not writable");
    if (!IS_STR(argv[1]))
        return vm_raise(vm, EXC_TypeError, "write() argument must be str, not %s", vm_type_name(vm, argv[1]));
    ObjStr *s = AS_STR(argv[1]);
    if (!vm_write(vm, stream, s->chars, s->len)) return ERR_VAL;
    return INT_VAL(s->cplen);
}

static Value stream_flush(VM *vm, int argc, Value *argv, ObjTuple *kw) {
    (void)vm, (void)argc, (void)argv, (void)kw;
    return NONE_VAL; /* every write reaches the host at once */
}

static Value stream_readline(VM *vm, int argc, Value *argv, ObjTuple *kw) {
    (void)argc, (void)kw;
    if (sys_stream_of(vm, argv[0]) != 0) return vm_raise(vm, EXC_OSError, "not readable");
    return vm_read_input(vm, true);
}

/* Whether `self` is sys.stdin and may read more than a line in one call: waiting for the
 * host cannot repeat inside one call, so where input() waits for the host, reading goes
 * line by line (readline() or input()). False with the exception set. */
static bool can_read_ahead(VM *vm, Value self) {
    if (sys_stream_of(vm, self) != 0) return vm_raise(vm, EXC_OSError, "not readable"), false;
    if (!vm->config.read_line && vm->config.can_wait)
        return vm_raise(vm, EXC_RuntimeError, "sys.stdin can only be read line by line here (readline() or input())"),
               false;
    return true;
}

/* All lines to the end of input, in a list. */
static Value read_all_lines(VM *vm, Value self) {
    if (!can_read_ahead(vm, self)) return ERR_VAL;
    ObjList *lines = list_new(vm, 0);
    for (;;) {
        Value line = vm_read_input(vm, true);
        if (IS_ERR(line)) return line;
        if (AS_STR(line)->len == 0) return OBJ_VAL(lines);
        list_append(vm, lines, line);
    }
}

static Value stream_readlines(VM *vm, int argc, Value *argv, ObjTuple *kw) {
    (void)argc, (void)kw;
    return read_all_lines(vm, argv[0]);
}

static Value stream_read(VM *vm, int argc, Value *argv, ObjTuple *kw) {
    (void)argc, (void)kw;
    Value lines = read_all_lines(vm, argv[0]);
    if (IS_ERR(lines)) return lines;
    StrBuf sb;
    sb_init(&sb);
    for (uint32_t i = 0; i < AS_LIST(lines)->len; i++) sb_append_str(&sb, AS_STR(AS_LIST(lines)->items[i]));
    return sb_finish(vm, &sb);
}

static Value stream_iter(VM *vm, int argc, Value *argv, ObjTuple *kw) {
    (void)vm, (void)argc, (void)kw;
    return argv[0];
}

static Value stream_next(VM *vm, int argc, Value *argv, ObjTuple *kw) {
    (void)argc, (void)kw;
    if (!can_read_ahead(vm, argv[0])) return ERR_VAL;
    Value line = vm_read_input(vm, true);
    if (IS_ERR(line)) return line;
    if (AS_STR(line)->len == 0) return vm_raise_exc(vm, OBJ_VAL(vm->exc_class[EXC_StopIteration]));
    return line;
}

static Value stream_repr(VM *vm, int argc, Value *argv, ObjTuple *kw) {
    (void)argc, (void)kw;
    static const char *const names[] = {"<stdin>", "<stdout>", "<stderr>"};
    static const char *const modes[] = {"r", "w", "w"};
    int stream = stream_of(vm, argv[0]);
    if (stream < 0) return OBJ_VAL(str_intern_cstr(vm, "<_io.TextIOWrapper>"));
    StrBuf sb;
    sb_init(&sb);
    sb_printf(&sb, "<_io.TextIOWrapper name='%s' mode='%s' encoding='utf-8'>", names[stream], modes[stream]);
    return sb_finish(vm, &sb);
}

static const MethodDef textio_methods[] = {
    {"write", stream_write, 2, 2, false},
    {"flush", stream_flush, 1, 1, false},
    {"readline", stream_readline, 1, 2, false},
    {"readlines", stream_readlines, 1, 2, false},
    {"read", stream_read, 1, 2, false},
    {"__iter__", stream_iter, 1, 1, false},
    {"__next__", stream_next, 1, 1, false},
    {"__repr__", stream_repr, 1, 1, false},
    {NULL, NULL, 0, 0, false},
};

/* ---- the module's functions ---- */

static Value sys_getrecursionlimit(VM *vm, int argc, Value *argv, ObjTuple *kw) {
    (void)argc, (void)argv, (void)kw;
    return INT_VAL(vm->max_depth);
}

/* The VM's frames are allocated once, for the depth the host configured: a program may
 * lower the limit, and raise it again up to that depth (the VM keeps no C stack per
 * call, so there is no crash to guard against beyond it; it just stops there). */
static Value sys_setrecursionlimit(VM *vm, int argc, Value *argv, ObjTuple *kw) {
    (void)argc, (void)kw;
    if (!IS_INT(argv[0]) && !IS_BIGINT(argv[0]))
        return vm_raise(vm, EXC_TypeError, "'%s' object cannot be interpreted as an integer", vm_type_name(vm, argv[0]));
    int64_t n;
    if (!int_to_int64(argv[0], &n) || n > INT32_MAX) n = INT32_MAX;
    if (n < 1) return vm_raise(vm, EXC_ValueError, "recursion limit must be greater or equal than 1");
    int most = vm->frame_cap - 8;
    vm->max_depth = n < most ? (int)n : most;
    return NONE_VAL;
}

static Value sys_intern(VM *vm, int argc, Value *argv, ObjTuple *kw) {
    (void)argc, (void)kw;
    if (!IS_STR(argv[0]))
        return vm_raise(vm, EXC_TypeError, "intern() argument must be str, not %s", vm_type_name(vm, argv[0]));
    return OBJ_VAL(str_intern(vm, AS_STR(argv[0])->chars, AS_STR(argv[0])->len));
}

static const MethodDef sys_functions[] = {
    {"getrecursionlimit", sys_getrecursionlimit, 0, 0, false},
    {"setrecursionlimit", sys_setrecursionlimit, 1, 1, false},
    {"intern", sys_intern, 1, 1, false},
    {NULL, NULL, 0, 0, false},
};

static Value new_stream(VM *vm, const char *name) {
    ObjInstance *o = (ObjInstance *)obj_alloc(vm, OBJ_INSTANCE, sizeof(ObjInstance));
    o->cls = vm->cls_textio;
    o->dict = dict_new(vm);
    dict_set_str(vm, o->dict, str_intern_cstr(vm, "name"), OBJ_VAL(str_intern_cstr(vm, name)));
    dict_set_str(vm, o->dict, str_intern_cstr(vm, "encoding"), OBJ_VAL(str_intern_cstr(vm, "utf-8")));
    return OBJ_VAL(o);
}

void sys_module_init(VM *vm, ObjModule *sys) {
    if (!vm->cls_textio) {
        vm->cls_textio = vm_new_builtin_class(vm, "TextIOWrapper", vm->cls_object, OBJ_INSTANCE);
        vm_define_methods(vm, vm->cls_textio, textio_methods);
        /* Its special methods (__iter__, __repr__) are looked up as a Python class's are. */
        vm->cls_textio->is_builtin = false;
        Table *t = &vm->cls_textio->dict->table;
        for (uint32_t i = 0; i < t->nentries; i++)
            if (IS_KIND(t->entries[i].value, OBJ_NATIVE)) AS_NATIVE(t->entries[i].value)->is_hook = true;
    }
    for (const MethodDef *d = sys_functions; d->name; d++)
        module_add_export(vm, sys, d->name, vm_native_new(vm, d->name, d->fn, d->min_args, d->max_args, d->takes_kw));
    module_add_export(vm, sys, "exit", dict_get_str(vm->builtins, str_intern_cstr(vm, "exit")));
    module_add_export(vm, sys, "stdin", new_stream(vm, "<stdin>"));
    module_add_export(vm, sys, "stdout", new_stream(vm, "<stdout>"));
    module_add_export(vm, sys, "stderr", new_stream(vm, "<stderr>"));
    module_add_export(vm, sys, "maxsize", int_from_int64(vm, INT64_MAX));
    module_add_export(vm, sys, "maxunicode", INT_VAL(0x10FFFF));
    module_add_export(vm, sys, "byteorder", OBJ_VAL(str_intern_cstr(vm, "little")));
    module_add_export(vm, sys, "platform", OBJ_VAL(str_intern_cstr(vm, "edge")));
    module_add_export(vm, sys, "implementation_name", OBJ_VAL(str_intern_cstr(vm, "edge")));
    module_add_export(vm, sys, "version", OBJ_VAL(str_intern_cstr(vm, "3.11.0 (Edge Python)")));
    Value info[] = {INT_VAL(3), INT_VAL(11), INT_VAL(0), OBJ_VAL(str_intern_cstr(vm, "final")), INT_VAL(0)};
    module_add_export(vm, sys, "version_info", tuple_from(vm, 5, info));
    /* argv holds the program's name (sys_set_argv, at each load): a program has no
     * command-line arguments of its own. */
    module_add_export(vm, sys, "argv", OBJ_VAL(list_new(vm, 0)));
}

/* What print() writes to without file=: sys.stdout as the program left it (an object of
 * its own after `sys.stdout = buffer`, as contextlib.redirect_stdout does); UNDEF when
 * there is no sys module. */
Value sys_current_stdout(VM *vm) {
    Value sys = dict_get_str(vm->modules, str_intern_cstr(vm, "sys"));
    if (!IS_KIND(sys, OBJ_MODULE)) return UNDEF_VAL;
    return dict_get_str(AS_MODULE(sys)->globals, str_intern_cstr(vm, "stdout"));
}

void sys_set_argv(VM *vm, const char *filename) {
    Value sys = dict_get_str(vm->modules, str_intern_cstr(vm, "sys"));
    if (!IS_KIND(sys, OBJ_MODULE)) return;
    /* Each program starts writing to the host's streams, whatever the last one left in
     * sys.stdout and sys.stderr. */
    module_add_export(vm, AS_MODULE(sys), "stdout", new_stream(vm, "<stdout>"));
    module_add_export(vm, AS_MODULE(sys), "stderr", new_stream(vm, "<stderr>"));
    Value argv = dict_get_str(AS_MODULE(sys)->globals, str_intern_cstr(vm, "argv"));
    if (!IS_LIST(argv)) return;
    AS_LIST(argv)->len = 0;
    list_append(vm, AS_LIST(argv), OBJ_VAL(str_intern_cstr(vm, filename)));
}
