/* builtins.c — Python's builtin functions (print, len, sorted, ...), the constructors of
 * the classes that are not a kind of heap object (int("7"), float, bool, object, type; a
 * kind's own is its descriptor's ctor, in its file) and the argument checks they share.
 * Generic work goes through the op_* protocol so user classes keep working; lists, tuples,
 * strs and immediate ints take direct paths. Error messages are CPython's, word for word. */

#include <inttypes.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "bigint.h"
#include "containers.h"
#include "numfmt.h"
#include "str.h"
#include "type.h"

/* ---------------------------------------------------------------------------------------
 * Arguments
 * ------------------------------------------------------------------------------------- */

Value native_no_keywords(VM *vm, const char *fname) {
    return vm_raise(vm, EXC_TypeError, "%s() takes no keyword arguments", fname);
}

/* Argument Clinic's count check, made on positional and keyword arguments together:
 * "int() takes at most 2 arguments (3 given)". */
Value native_too_many(VM *vm, const char *fname, int max, int given) {
    return vm_raise(vm, EXC_TypeError, "%s() takes at most %d argument%s (%d given)", fname,
                    max, max == 1 ? "" : "s", given);
}

/* The count check of functions that unpack their own tuple:
 * "isinstance expected 2 arguments, got 1", "iter expected at least 1 argument, got 0". */
bool native_check_count(VM *vm, const char *fname, int argc, int min, int max) {
    if (argc >= min && argc <= max) return true;
    int n = argc < min ? min : max;
    const char *how = min == max ? "" : argc < min ? "at least " : "at most ";
    vm_raise(vm, EXC_TypeError, "%s expected %s%d argument%s, got %d", fname, how, n,
             n == 1 ? "" : "s", argc);
    return false;
}

/* Spreads a call's arguments over the parameters `names`: positional ones first, then the
 * keywords by name (the first npos_only parameters cannot be named). A missing parameter
 * is UNDEF_VAL. As in CPython, a missing required parameter (one of the first nrequired)
 * is reported before a bad keyword. The caller has checked that argc <= nnames. */
bool native_bind_args(VM *vm, const char *fname, int argc, Value *argv, ObjTuple *kwnames,
                      const char *const *names, int nnames, int npos_only, int nrequired,
                      Value *out) {
    for (int i = 0; i < nnames; i++) out[i] = i < argc ? argv[i] : UNDEF_VAL;
    int nkw = native_nkw(kwnames), bad = -1, bad_pos = -1;
    for (int k = 0; k < nkw; k++) {
        const char *key = AS_STR(kwnames->items[k])->chars;
        int j = npos_only;
        while (j < nnames && strcmp(names[j], key) != 0) j++;
        if (j < nnames && j >= argc) {
            out[j] = argv[argc + k];
        } else if (bad < 0) {
            bad = k;
            bad_pos = j < nnames ? j : -1;
        }
    }
    for (int i = 0; i < nrequired; i++) {
        if (!IS_UNDEF(out[i])) continue;
        vm_raise(vm, EXC_TypeError, "%s() missing required argument '%s' (pos %d)", fname,
                 names[i], i + 1);
        return false;
    }
    if (bad < 0) return true;
    const char *key = AS_STR(kwnames->items[bad])->chars;
    if (bad_pos >= 0)
        vm_raise(vm, EXC_TypeError, "argument for %s() given by name ('%s') and position (%d)",
                 fname, key, bad_pos + 1);
    else
        vm_raise(vm, EXC_TypeError, "'%s' is an invalid keyword argument for %s()", key, fname);
    return false;
}

/* Python's int value of a bool, so int-only code never meets True/False. */
static Value unbool(Value v) {
    return IS_BOOL(v) ? INT_VAL(v == TRUE_VAL) : v;
}

static bool is_intlike(Value v) { return IS_ANYINT(v) || IS_BOOL(v); }

static bool is_user_object(Value v) {
    return IS_KIND(v, OBJ_INSTANCE) || IS_KIND(v, OBJ_EXCEPTION);
}

/* Finds a special method along the MRO of v's class, the way Python does (on the type,
 * never on the instance). UNDEF_VAL when no class defines it. */
static Value lookup_special(VM *vm, Value v, const char *name) {
    ObjClass *cls = vm_class_of(vm, v);
    ObjStr *key = str_intern_cstr(vm, name);
    if (!cls->mro) return cls->dict ? dict_get_str(cls->dict, key) : UNDEF_VAL;
    for (uint32_t i = 0; i < cls->mro->len; i++) {
        ObjClass *c = AS_CLASS(cls->mro->items[i]);
        if (!c->dict) continue;
        Value m = dict_get_str(c->dict, key);
        if (!IS_UNDEF(m)) return m;
    }
    return UNDEF_VAL;
}

/* Calls self.name(*args) for a special method: UNDEF_VAL when the class has none. */
static Value call_special(VM *vm, Value self, const char *name, int nargs, const Value *args) {
    Value m = lookup_special(vm, self, name);
    if (IS_UNDEF(m)) return UNDEF_VAL;
    Value argv[3];
    argv[0] = self;
    for (int i = 0; i < nargs && i < 2; i++) argv[1 + i] = args[i];
    return op_call(vm, m, 1 + nargs, argv, NULL);
}

/* A number (int, bool, float) as a double: false, without raising, for anything else;
 * true with *err set when a big int is too large for a double (OverflowError raised). */
static bool as_double(VM *vm, Value v, double *out, bool *err) {
    *err = false;
    if (IS_FLOAT(v)) *out = AS_FLOAT(v);
    else if (IS_INT(v)) *out = (double)AS_INT(v);
    else if (IS_BOOL(v)) *out = v == TRUE_VAL ? 1.0 : 0.0;
    else if (IS_BIGINT(v)) *err = !int_to_double(vm, v, out);
    else return false;
    return true;
}

/* ---------------------------------------------------------------------------------------
 * Iterating: lists and tuples are read in place, everything else through op_iter/op_next.
 * A list is re-read at every step, as its own iterator would, so a loop body that mutates
 * it stays memory-safe.
 * ------------------------------------------------------------------------------------- */

typedef enum { CUR_LIST, CUR_TUPLE, CUR_ARRAY, CUR_ITER } CursorMode;
typedef struct Cursor {
    CursorMode mode;
    Value src; /* the list, tuple or iterator */
    const Value *items; /* CUR_ARRAY */
    uint32_t i, n;
} Cursor;

static bool cursor_open(VM *vm, Cursor *c, Value iterable) {
    c->i = 0;
    c->src = iterable;
    if (IS_LIST(iterable)) {
        c->mode = CUR_LIST;
    } else if (IS_TUPLE(iterable)) {
        c->mode = CUR_TUPLE;
    } else {
        c->mode = CUR_ITER;
        c->src = op_iter(vm, iterable);
        if (IS_ERR(c->src)) return false;
    }
    return true;
}

static void cursor_array(Cursor *c, const Value *items, int n) {
    c->mode = CUR_ARRAY;
    c->items = items;
    c->n = (uint32_t)n;
    c->i = 0;
}

/* The next item, UNDEF_VAL at the end, ERR_VAL if iterating raised. */
static inline Value cursor_next(VM *vm, Cursor *c) {
    switch (c->mode) {
    case CUR_LIST: {
        ObjList *l = AS_LIST(c->src);
        return c->i < l->len ? l->items[c->i++] : UNDEF_VAL;
    }
    case CUR_TUPLE: {
        ObjTuple *t = AS_TUPLE(c->src);
        return c->i < t->len ? t->items[c->i++] : UNDEF_VAL;
    }
    case CUR_ARRAY:
        return c->i < c->n ? c->items[c->i++] : UNDEF_VAL;
    default:
        return op_next(vm, c->src);
    }
}

/* ---------------------------------------------------------------------------------------
 * Constructors of the builtin classes (argv excludes the class)
 * ------------------------------------------------------------------------------------- */

/* int(s, base) or, with base -1, float(s): CPython reads any Unicode decimal digit as its
 * ASCII digit, and reports an error with the text as written. */
static Value parse_number(VM *vm, ObjStr *s, int base) {
    ObjStr *ascii = str_ascii_digits(vm, s);
    if (ascii) {
        Value r = base < 0 ? float_parse(vm, ascii->chars, ascii->len) : int_parse(vm, ascii->chars, ascii->len, base);
        if (!IS_ERR(r)) return r;
        vm_clear_exc(vm);
    }
    return base < 0 ? float_parse(vm, s->chars, s->len) : int_parse(vm, s->chars, s->len, base);
}

/* int(x) for any x, without a base. */
static Value to_int(VM *vm, Value x) {
    if (IS_ANYINT(x)) return x;
    if (IS_BOOL(x)) return unbool(x);
    if (IS_FLOAT(x)) return int_from_double(vm, AS_FLOAT(x));
    if (IS_STR(x)) return parse_number(vm, AS_STR(x), 10);
    if (IS_KIND(x, OBJ_BYTES)) {
        ObjBytes *b = (ObjBytes *)AS_OBJ(x);
        return int_parse(vm, (const char *)b->data, b->len, 10);
    }
    if (is_user_object(x)) {
        static const char *const dunders[] = {"__int__", "__index__"};
        for (int i = 0; i < 2; i++) {
            Value r = call_special(vm, x, dunders[i], 0, NULL);
            if (IS_UNDEF(r)) continue;
            if (IS_ERR(r)) return ERR_VAL;
            if (is_intlike(r)) return unbool(r);
            return vm_raise(vm, EXC_TypeError, "%s returned non-int (type %s)", dunders[i],
                            vm_type_name(vm, r));
        }
    }
    return vm_raise(vm, EXC_TypeError,
                    "int() argument must be a string, a bytes-like object or a real number, "
                    "not '%s'",
                    vm_type_name(vm, x));
}

static Value int_ctor(VM *vm, ObjClass *cls, int argc, Value *argv, ObjTuple *kwnames) {
    static const char *const names[] = {"x", "base"};
    (void)cls;
    int nkw = native_nkw(kwnames);
    if (argc + nkw > 2) return native_too_many(vm, "int", 2, argc + nkw);
    Value a[2];
    if (!native_bind_args(vm, "int", argc, argv, kwnames, names, 2, 1, 0, a)) return ERR_VAL;
    if (IS_UNDEF(a[1])) return IS_UNDEF(a[0]) ? INT_VAL(0) : to_int(vm, a[0]);
    if (IS_UNDEF(a[0])) return vm_raise(vm, EXC_TypeError, "int() missing string argument");
    int64_t base;
    if (IS_BIGINT(a[1])) base = 37; /* any huge base is out of range */
    else if (!index_arg(vm, a[1], &base)) return ERR_VAL;
    if ((base != 0 && base < 2) || base > 36)
        return vm_raise(vm, EXC_ValueError, "int() base must be >= 2 and <= 36, or 0");
    Value x = a[0];
    if (IS_STR(x)) return parse_number(vm, AS_STR(x), (int)base);
    if (IS_KIND(x, OBJ_BYTES)) {
        ObjBytes *b = (ObjBytes *)AS_OBJ(x);
        return int_parse(vm, (const char *)b->data, b->len, (int)base);
    }
    return vm_raise(vm, EXC_TypeError, "int() can't convert non-string with explicit base");
}

static Value float_ctor(VM *vm, ObjClass *cls, int argc, Value *argv, ObjTuple *kwnames) {
    (void)cls;
    if (kwnames && kwnames->len) return native_no_keywords(vm, "float");
    if (!native_check_count(vm, "float", argc, 0, 1)) return ERR_VAL;
    if (argc == 0) return FLOAT_VAL(0.0);
    Value x = argv[0];
    double d;
    bool err;
    if (as_double(vm, x, &d, &err)) return err ? ERR_VAL : IS_FLOAT(x) ? x : FLOAT_VAL(d);
    if (IS_STR(x)) return parse_number(vm, AS_STR(x), -1);
    if (IS_KIND(x, OBJ_BYTES)) {
        ObjBytes *b = (ObjBytes *)AS_OBJ(x);
        return float_parse(vm, (const char *)b->data, b->len);
    }
    if (is_user_object(x)) {
        Value r = call_special(vm, x, "__float__", 0, NULL);
        if (IS_ERR(r)) return ERR_VAL;
        if (!IS_UNDEF(r)) {
            if (IS_FLOAT(r)) return r;
            return vm_raise(vm, EXC_TypeError, "%s.__float__ returned non-float (type %s)",
                            vm_type_name(vm, x), vm_type_name(vm, r));
        }
        r = call_special(vm, x, "__index__", 0, NULL);
        if (IS_ERR(r)) return ERR_VAL;
        if (!IS_UNDEF(r)) {
            if (!as_double(vm, r, &d, &err) || IS_FLOAT(r))
                return vm_raise(vm, EXC_TypeError, "__index__ returned non-int (type %s)",
                                vm_type_name(vm, r));
            return err ? ERR_VAL : FLOAT_VAL(d);
        }
    }
    return vm_raise(vm, EXC_TypeError,
                    "float() argument must be a string or a real number, not '%s'",
                    vm_type_name(vm, x));
}

static Value bool_ctor(VM *vm, ObjClass *cls, int argc, Value *argv, ObjTuple *kwnames) {
    (void)cls;
    if (kwnames && kwnames->len) return native_no_keywords(vm, "bool");
    if (!native_check_count(vm, "bool", argc, 0, 1)) return ERR_VAL;
    if (argc == 0) return FALSE_VAL;
    int t = op_truthy(vm, argv[0]);
    return t < 0 ? ERR_VAL : BOOL_VAL(t);
}

static Value object_ctor(VM *vm, ObjClass *cls, int argc, Value *argv, ObjTuple *kwnames) {
    (void)argv;
    if (argc > 0 || (kwnames && kwnames->len))
        return vm_raise(vm, EXC_TypeError, "object() takes no arguments");
    ObjInstance *o = (ObjInstance *)obj_alloc(vm, OBJ_INSTANCE, sizeof(ObjInstance));
    o->cls = cls;
    return OBJ_VAL(o);
}

static Value type_ctor(VM *vm, ObjClass *cls, int argc, Value *argv, ObjTuple *kwnames) {
    (void)cls;
    if (kwnames && kwnames->len) return native_no_keywords(vm, "type");
    if (argc == 1) return OBJ_VAL(vm_class_of(vm, argv[0]));
    if (argc == 3) {
        /* type(name, bases, namespace): the class statement as a call. */
        if (!IS_STR(argv[0])) return vm_raise(vm, EXC_TypeError, "type.__new__() argument 1 must be str, not %s",
                                              vm_type_name(vm, argv[0]));
        if (!IS_TUPLE(argv[1])) return vm_raise(vm, EXC_TypeError, "type.__new__() argument 2 must be tuple, not %s",
                                                vm_type_name(vm, argv[1]));
        if (!IS_DICT(argv[2])) return vm_raise(vm, EXC_TypeError, "type.__new__() argument 3 must be dict, not %s",
                                               vm_type_name(vm, argv[2]));
        ObjDict *ns = dict_new(vm);
        if (!dict_update(vm, ns, argv[2])) return ERR_VAL;
        ObjTuple *bases = AS_TUPLE(argv[1]);
        return class_build(vm, AS_STR(argv[0]), (int)bases->len, bases->items, ns);
    }
    return vm_raise(vm, EXC_TypeError, "type() takes 1 or 3 arguments");
}

static Value none_ctor(VM *vm, ObjClass *cls, int argc, Value *argv, ObjTuple *kwnames) {
    (void)cls;
    (void)argv;
    if (argc > 0 || (kwnames && kwnames->len))
        return vm_raise(vm, EXC_TypeError, "NoneType takes no arguments");
    return NONE_VAL;
}

/* ---------------------------------------------------------------------------------------
 * Input and output
 * ------------------------------------------------------------------------------------- */

/* print's line: a buffer on the C stack that moves to a StrBuf only for long lines, so
 * the usual print() allocates nothing. */
typedef struct LineBuf {
    size_t len;
    bool spilled;
    StrBuf sb;
    char small[256];
    int stream; /* 1 stdout, 2 stderr */
} LineBuf;

static void lb_append(LineBuf *b, const char *s, size_t n) {
    if (!b->spilled) {
        if (n <= sizeof b->small - b->len) {
            memcpy(b->small + b->len, s, n);
            b->len += n;
            return;
        }
        sb_init(&b->sb);
        sb_append(&b->sb, b->small, b->len);
        b->spilled = true;
    }
    sb_append(&b->sb, s, n);
}

/* Writes out what b holds (to b->stream) and empties it; false past the output limit. */
static bool lb_flush(VM *vm, LineBuf *b) {
    bool ok = true;
    if (b->spilled) {
        ok = vm_write(vm, b->stream, b->sb.data, b->sb.len);
        sb_free(&b->sb);
        b->spilled = false;
    } else if (b->len > 0) {
        ok = vm_write(vm, b->stream, b->small, b->len);
    }
    b->len = 0;
    return ok;
}

/* Decimal digits of i written backwards, ending just before `end`; returns the start. */
static char *format_int64(int64_t i, char *end) {
    uint64_t u = i < 0 ? 0 - (uint64_t)i : (uint64_t)i;
    char *p = end;
    do {
        *--p = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (i < 0) *--p = '-';
    return p;
}

/* Appends str(v), formatting the common immediates in place rather than through a str. */
static bool lb_append_value(VM *vm, LineBuf *b, Value v) {
    if (IS_STR(v)) {
        lb_append(b, AS_STR(v)->chars, AS_STR(v)->len);
    } else if (IS_INT(v)) {
        char buf[24];
        char *p = format_int64(AS_INT(v), buf + sizeof buf);
        lb_append(b, p, (size_t)(buf + sizeof buf - p));
    } else if (IS_FLOAT(v)) {
        char buf[40];
        int n = format_double_repr(AS_FLOAT(v), buf);
        lb_append(b, buf, (size_t)n);
    } else if (v == TRUE_VAL) {
        lb_append(b, "True", 4);
    } else if (v == FALSE_VAL) {
        lb_append(b, "False", 5);
    } else if (v == NONE_VAL) {
        lb_append(b, "None", 4);
    } else {
        /* str(v) may run Python code that prints, or raises: CPython has written the
         * arguments before this one by then, so they go out first. */
        if (!lb_flush(vm, b)) return false;
        Value s = op_str(vm, v);
        if (IS_ERR(s)) return false;
        lb_append(b, AS_STR(s)->chars, AS_STR(s)->len);
    }
    return true;
}

/* print(..., file=f) for a file object of the program's own: f.write() of each piece in
 * turn, as CPython does. */
static bool write_piece(VM *vm, Value write, Value piece) {
    return !IS_ERR(piece) && !IS_ERR(op_call(vm, write, 1, &piece, NULL));
}

static Value print_to_file(VM *vm, Value file, int argc, Value *argv, const char *sep, size_t seplen,
                           const char *end, size_t endlen) {
    Value write = op_getattr(vm, file, str_intern_cstr(vm, "write"));
    if (IS_ERR(write)) return ERR_VAL;
    for (int i = 0; i < argc; i++) {
        if (i > 0 && seplen > 0 && !write_piece(vm, write, OBJ_VAL(str_new(vm, sep, seplen)))) return ERR_VAL;
        if (!write_piece(vm, write, op_str(vm, argv[i]))) return ERR_VAL;
    }
    if (endlen > 0 && !write_piece(vm, write, OBJ_VAL(str_new(vm, end, endlen)))) return ERR_VAL;
    return NONE_VAL;
}

static Value builtin_print(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    Value file = UNDEF_VAL; /* a file object of the program's own, or UNDEF for a stream */
    bool file_given = false;
    int to = 1;
    const char *sep = " ", *end = "\n";
    size_t seplen = 1, endlen = 1;
    if (kwnames) {
        static const char *const names[] = {"sep", "end", "file", "flush"};
        Value kw[4];
        if (!native_bind_args(vm, "print", 0, argv + argc, kwnames, names, 4, 0, 0, kw)) return ERR_VAL;
        for (int i = 0; i < 2; i++) {
            if (IS_UNDEF(kw[i]) || IS_NONE(kw[i])) continue;
            if (!IS_STR(kw[i]))
                return vm_raise(vm, EXC_TypeError, "%s must be None or a string, not %s",
                                names[i], vm_type_name(vm, kw[i]));
            if (i == 0) {
                sep = AS_STR(kw[i])->chars;
                seplen = AS_STR(kw[i])->len;
            } else {
                end = AS_STR(kw[i])->chars;
                endlen = AS_STR(kw[i])->len;
            }
        }
        if (!IS_UNDEF(kw[2]) && !IS_NONE(kw[2])) {
            file_given = true;
            file = kw[2];
            int stream = sys_stream_of(vm, file);
            if (stream == 0) return vm_raise(vm, EXC_OSError, "not writable");
            if (stream > 0) file = UNDEF_VAL, to = stream;
        }
        /* flush is accepted and ignored: every print reaches the host at once. */
    }
    if (IS_UNDEF(file) && !file_given) {
        /* No file=: sys.stdout, which a program may have replaced (redirect_stdout). */
        Value out = sys_current_stdout(vm);
        int stream = IS_UNDEF(out) ? 1 : sys_stream_of(vm, out);
        if (IS_NONE(out)) return NONE_VAL; /* as CPython: nothing to write to */
        if (stream == 0) return vm_raise(vm, EXC_OSError, "not writable");
        if (stream < 0) file = out;
        else to = stream;
    }
    if (!IS_UNDEF(file)) return print_to_file(vm, file, argc, argv, sep, seplen, end, endlen);
    LineBuf b;
    b.len = 0;
    b.spilled = false;
    b.stream = to;
    for (int i = 0; i < argc; i++) {
        if (i > 0) lb_append(&b, sep, seplen);
        if (!lb_append_value(vm, &b, argv[i])) return ERR_VAL; /* b was flushed */
    }
    lb_append(&b, end, endlen);
    return lb_flush(vm, &b) ? NONE_VAL : ERR_VAL;
}

static Value builtin_input(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    (void)kwnames;
    if (!native_check_count(vm, "input", argc, 0, 1)) return ERR_VAL;
    if (argc == 1) {
        Value prompt = op_str(vm, argv[0]);
        if (IS_ERR(prompt)) return ERR_VAL;
        if (AS_STR(prompt)->len > 0 && !vm_write(vm, 1, AS_STR(prompt)->chars, AS_STR(prompt)->len))
            return ERR_VAL;
    }
    return vm_read_input(vm, false);
}

Value vm_read_input(VM *vm, bool keep_newline) {
    const char *who = keep_newline ? "readline()" : "input()";
    if (!vm->config.read_line && vm->config.can_wait) {
        /* The host answers later (edge_provide_input): pause the run after this call. */
        if (vm->native_depth > 0)
            return vm_raise(vm, EXC_RuntimeError, "%s cannot wait for the host inside a nested call", who);
        vm->request = EDGE_REQUEST_INPUT;
        vm->input_keeps_newline = keep_newline;
        return NONE_VAL;
    }
    char *line = NULL;
    size_t len = 0;
    if (!vm_read_line(vm, &line, &len)) {
        free(line);
        if (keep_newline) return OBJ_VAL(vm->s_empty);
        return vm_raise(vm, EXC_EOFError, "EOF when reading a line");
    }
    /* The host's text is not trusted to be UTF-8: a str must be. */
    Value s = str_decode(vm, (const uint8_t *)line, len, "utf-8", ERRORS_STRICT);
    free(line);
    if (keep_newline && !IS_ERR(s)) s = str_concat(vm, AS_STR(s), str_intern(vm, "\n", 1));
    return s;
}

/* ---------------------------------------------------------------------------------------
 * Text and introspection
 * ------------------------------------------------------------------------------------- */

static Value builtin_len(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    (void)argc;
    (void)kwnames;
    int64_t n;
    if (!op_len(vm, argv[0], &n)) return ERR_VAL;
    return int_from_int64(vm, n);
}

static Value builtin_repr(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    (void)argc;
    (void)kwnames;
    return op_repr(vm, argv[0]);
}

static Value builtin_ascii(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    (void)argc;
    (void)kwnames;
    return str_ascii_value(vm, argv[0]);
}

static Value builtin_format(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    (void)kwnames;
    if (!native_check_count(vm, "format", argc, 1, 2)) return ERR_VAL;
    ObjStr *spec = vm->s_empty;
    if (argc == 2) {
        if (!IS_STR(argv[1]))
            return vm_raise(vm, EXC_TypeError, "format() argument 2 must be str, not %s",
                            vm_type_name(vm, argv[1]));
        spec = AS_STR(argv[1]);
    }
    return vm_format(vm, argv[0], spec);
}

static Value builtin_hash(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    (void)argc;
    (void)kwnames;
    int64_t h;
    if (!op_hash(vm, argv[0], &h)) return ERR_VAL;
    return int_from_int64(vm, h);
}

/* id(): a heap object's address (objects are at least 16 bytes, so address >> 4 is unique
 * too when the address itself does not fit an immediate), made even; an immediate gets an
 * odd number mixed from its bits. Either way the id is a stable immediate int. */
static Value builtin_id(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    (void)vm;
    (void)argc;
    (void)kwnames;
    Value v = argv[0];
    if (IS_OBJ(v)) {
        uint64_t addr = (uint64_t)(uintptr_t)AS_OBJ(v);
        if (addr > (uint64_t)INT_MAX48) addr = (addr >> 4) << 1;
        return INT_VAL((int64_t)addr);
    }
    uint64_t x = v; /* splitmix64's finaliser */
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    x ^= x >> 31;
    return INT_VAL((int64_t)((x & ((uint64_t)INT_MAX48 >> 1)) << 1 | 1));
}

/* What has a call slot, except instances whose class has no __call__. */
static bool is_callable(VM *vm, Value v) {
    if (!IS_OBJ(v) || !obj_type(v)->call) return false;
    if (is_user_object(v)) return !IS_UNDEF(lookup_special(vm, v, "__call__"));
    return true;
}

static Value builtin_callable(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    (void)argc;
    (void)kwnames;
    return BOOL_VAL(is_callable(vm, argv[0]));
}

/* 1, 0, or -1 after raising; tuples of classes nest to any depth. */
/* Without metaclasses, a class answers isinstance() and issubclass() itself with a class
 * method __instancecheck__ / __subclasscheck__ of its own, where CPython asks its
 * metaclass (ABCMeta: the abc, numbers and collections.abc modules). A plain class never
 * has one: CPython would ignore it there. -1 when the class has none or it raised (then
 * with the exception set: *err). Only asked when the ordinary check says no. */
static int class_check_hook(VM *vm, ObjClass *cls, const char *name, Value arg, bool *err) {
    *err = false;
    Value r = op_class_hook(vm, OBJ_VAL(cls), str_intern_cstr(vm, name), 1, &arg);
    if (IS_UNDEF(r)) return -1;
    if (IS_ERR(r)) return *err = true, -1;
    int truth = op_truthy(vm, r);
    if (truth < 0) *err = true;
    return truth;
}

static int instance_check(VM *vm, Value x, Value spec, int depth) {
    if (IS_CLASS(spec)) {
        if (vm_isinstance(vm, x, AS_CLASS(spec))) return 1;
        bool err;
        int r = class_check_hook(vm, AS_CLASS(spec), "__instancecheck__", x, &err);
        return err ? -1 : r > 0;
    }
    if (IS_TUPLE(spec)) {
        if (depth > 1000) {
            vm_raise(vm, EXC_RecursionError,
                     "maximum recursion depth exceeded in __instancecheck__");
            return -1;
        }
        ObjTuple *t = AS_TUPLE(spec);
        for (uint32_t i = 0; i < t->len; i++) {
            int r = instance_check(vm, x, t->items[i], depth + 1);
            if (r != 0) return r;
        }
        return 0;
    }
    vm_raise(vm, EXC_TypeError,
             "isinstance() arg 2 must be a type, a tuple of types, or a union");
    return -1;
}

static Value builtin_isinstance(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    (void)kwnames;
    if (!native_check_count(vm, "isinstance", argc, 2, 2)) return ERR_VAL;
    int r = instance_check(vm, argv[0], argv[1], 0);
    return r < 0 ? ERR_VAL : BOOL_VAL(r);
}

static int subclass_check(VM *vm, ObjClass *cls, Value spec, int depth) {
    if (IS_CLASS(spec)) {
        if (vm_is_subclass(cls, AS_CLASS(spec))) return 1;
        bool err;
        int r = class_check_hook(vm, AS_CLASS(spec), "__subclasscheck__", OBJ_VAL(cls), &err);
        return err ? -1 : r > 0;
    }
    if (IS_TUPLE(spec)) {
        if (depth > 1000) {
            vm_raise(vm, EXC_RecursionError,
                     "maximum recursion depth exceeded in __subclasscheck__");
            return -1;
        }
        ObjTuple *t = AS_TUPLE(spec);
        for (uint32_t i = 0; i < t->len; i++) {
            int r = subclass_check(vm, cls, t->items[i], depth + 1);
            if (r != 0) return r;
        }
        return 0;
    }
    vm_raise(vm, EXC_TypeError,
             "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    return -1;
}

static Value builtin_issubclass(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    (void)kwnames;
    if (!native_check_count(vm, "issubclass", argc, 2, 2)) return ERR_VAL;
    if (!IS_CLASS(argv[0]))
        return vm_raise(vm, EXC_TypeError, "issubclass() arg 1 must be a class");
    int r = subclass_check(vm, AS_CLASS(argv[0]), argv[1], 0);
    return r < 0 ? ERR_VAL : BOOL_VAL(r);
}

/* An attribute name argument, interned so attribute lookups can compare pointers. */
static ObjStr *attr_name(VM *vm, Value name) {
    if (!IS_STR(name)) {
        vm_raise(vm, EXC_TypeError, "attribute name must be string, not '%s'",
                 vm_type_name(vm, name));
        return NULL;
    }
    ObjStr *s = AS_STR(name);
    if (s->obj.flags & STR_INTERNED) return s;
    return str_intern(vm, s->chars, s->len);
}

static Value builtin_getattr(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    (void)kwnames;
    if (!native_check_count(vm, "getattr", argc, 2, 3)) return ERR_VAL;
    ObjStr *name = attr_name(vm, argv[1]);
    if (!name) return ERR_VAL;
    if (argc == 3) return op_getattr_default(vm, argv[0], name, argv[2]);
    return op_getattr(vm, argv[0], name);
}

static Value builtin_setattr(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    (void)kwnames;
    if (!native_check_count(vm, "setattr", argc, 3, 3)) return ERR_VAL;
    ObjStr *name = attr_name(vm, argv[1]);
    if (!name || !op_setattr(vm, argv[0], name, argv[2])) return ERR_VAL;
    return NONE_VAL;
}

static Value builtin_hasattr(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    (void)kwnames;
    if (!native_check_count(vm, "hasattr", argc, 2, 2)) return ERR_VAL;
    ObjStr *name = attr_name(vm, argv[1]);
    if (!name) return ERR_VAL;
    Value v = op_getattr_default(vm, argv[0], name, UNDEF_VAL);
    if (IS_ERR(v)) return ERR_VAL;
    return BOOL_VAL(!IS_UNDEF(v));
}

static Value builtin_delattr(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    (void)kwnames;
    if (!native_check_count(vm, "delattr", argc, 2, 2)) return ERR_VAL;
    ObjStr *name = attr_name(vm, argv[1]);
    if (!name || !op_delattr(vm, argv[0], name)) return ERR_VAL;
    return NONE_VAL;
}

static Value builtin_chr(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    (void)argc;
    (void)kwnames;
    int64_t c;
    if (IS_BIGINT(argv[0]))
        return vm_raise(vm, EXC_OverflowError, "Python int too large to convert to C int");
    if (!index_arg(vm, argv[0], &c)) return ERR_VAL;
    if (c < INT32_MIN || c > INT32_MAX)
        return vm_raise(vm, EXC_OverflowError, "Python int too large to convert to C int");
    if (c < 0 || c > 0x10FFFF)
        return vm_raise(vm, EXC_ValueError, "chr() arg not in range(0x110000)");
    return str_from_codepoint(vm, (uint32_t)c);
}

static Value builtin_ord(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    (void)argc;
    (void)kwnames;
    Value v = argv[0];
    if (IS_STR(v)) {
        ObjStr *s = AS_STR(v);
        if (s->cplen != 1)
            return vm_raise(vm, EXC_TypeError,
                            "ord() expected a character, but string of length %" PRIu32
                            " found",
                            s->cplen);
        uint32_t cp;
        utf8_decode(s->chars, s->len, &cp);
        return INT_VAL(cp);
    }
    if (IS_KIND(v, OBJ_BYTES)) {
        ObjBytes *b = (ObjBytes *)AS_OBJ(v);
        if (b->len != 1)
            return vm_raise(vm, EXC_TypeError,
                            "ord() expected a character, but string of length %" PRIu32
                            " found",
                            b->len);
        return INT_VAL(b->data[0]);
    }
    return vm_raise(vm, EXC_TypeError, "ord() expected string of length 1, but %s found",
                    vm_type_name(vm, v));
}

/* ---------------------------------------------------------------------------------------
 * Numbers
 * ------------------------------------------------------------------------------------- */

static Value builtin_abs(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    (void)argc;
    (void)kwnames;
    Value v = argv[0];
    if (IS_INT(v)) {
        int64_t i = AS_INT(v);
        return i >= 0 ? v : int_from_int64(vm, -i); /* -INT_MIN48 needs a BigInt */
    }
    if (IS_FLOAT(v)) return FLOAT_VAL(fabs(AS_FLOAT(v)));
    if (IS_BOOL(v)) return unbool(v);
    if (IS_BIGINT(v)) return int_abs(vm, v);
    if (is_user_object(v)) {
        Value r = call_special(vm, v, "__abs__", 0, NULL);
        if (!IS_UNDEF(r)) return r;
    }
    return vm_raise(vm, EXC_TypeError, "bad operand type for abs(): '%s'", vm_type_name(vm, v));
}

/* round(x, -k) for an int x and k > 0: to a multiple of 10**k, ties to even. */
static Value round_int(VM *vm, Value x, int64_t k) {
    if (IS_INT(x)) {
        /* |x| < 2**47, so 10**k > 2|x| from k == 15 on and everything rounds to 0. */
        if (k >= 15) return INT_VAL(0);
        int64_t p = 1;
        for (int64_t i = 0; i < k; i++) p *= 10;
        int64_t v = AS_INT(x), q = v / p, r = v % p;
        if (r < 0) r += p, q -= 1; /* floor division */
        if (2 * r > p || (2 * r == p && (q & 1))) q++;
        return int_from_int64(vm, q * p);
    }
    Value bits = int_bit_length(vm, x);
    if (IS_ERR(bits)) return ERR_VAL;
    /* 10**k > 2**(3k) > 2|x| when 3k > bits + 1: no need to build a huge power. */
    if (!IS_INT(bits) || k > AS_INT(bits) / 3 + 2) return INT_VAL(0);
    Value p = int_pow(vm, INT_VAL(10), INT_VAL(k));
    if (IS_ERR(p)) return ERR_VAL;
    Value qr = int_divmod(vm, x, p);
    if (IS_ERR(qr)) return ERR_VAL;
    Value q = AS_TUPLE(qr)->items[0], r = AS_TUPLE(qr)->items[1];
    Value r2 = int_add(vm, r, r);
    if (IS_ERR(r2)) return ERR_VAL;
    int c = int_compare(r2, p);
    if (c == 0) {
        Value odd = int_and(vm, q, INT_VAL(1));
        if (IS_ERR(odd)) return ERR_VAL;
        c = int_sign(odd);
    }
    if (c > 0) {
        q = int_add(vm, q, INT_VAL(1));
        if (IS_ERR(q)) return ERR_VAL;
    }
    return int_mul(vm, q, p);
}

static Value builtin_round(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    static const char *const names[] = {"number", "ndigits"};
    int nkw = native_nkw(kwnames);
    if (argc + nkw > 2) return native_too_many(vm, "round", 2, argc + nkw);
    Value a[2];
    if (!native_bind_args(vm, "round", argc, argv, kwnames, names, 2, 0, 1, a)) return ERR_VAL;
    Value x = a[0], nd = a[1];
    bool has_nd = !IS_UNDEF(nd) && !IS_NONE(nd);
    int64_t k = 0;
    if (has_nd && (IS_FLOAT(x) || is_intlike(x))) {
        if (IS_BIGINT(nd)) k = int_sign(nd) > 0 ? INT64_MAX : INT64_MIN;
        else if (!index_arg(vm, nd, &k)) return ERR_VAL;
    }
    if (IS_FLOAT(x)) {
        if (!has_nd) return float_round(vm, AS_FLOAT(x), UNDEF_VAL);
        /* Past +-400 digits every double rounds to itself or to zero. */
        if (k > 400) k = 400;
        if (k < -400) k = -400;
        return float_round(vm, AS_FLOAT(x), INT_VAL(k));
    }
    if (is_intlike(x)) {
        x = unbool(x);
        if (!has_nd || k >= 0) return x;
        if (k == INT64_MIN) return INT_VAL(0);
        return round_int(vm, x, -k);
    }
    if (is_user_object(x)) {
        Value r = call_special(vm, x, "__round__", has_nd ? 1 : 0, &nd);
        if (!IS_UNDEF(r)) return r;
    }
    return vm_raise(vm, EXC_TypeError, "type %s doesn't define __round__ method",
                    vm_type_name(vm, x));
}

static Value builtin_divmod(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    (void)kwnames;
    if (!native_check_count(vm, "divmod", argc, 2, 2)) return ERR_VAL;
    Value a = argv[0], b = argv[1];
    if (IS_INT(a) && IS_INT(b) && AS_INT(b) != 0) {
        int64_t x = AS_INT(a), y = AS_INT(b), q = x / y, r = x % y;
        if (r != 0 && ((r < 0) != (y < 0))) r += y, q -= 1;
        Value items[2] = {int_from_int64(vm, q), INT_VAL(r)};
        return tuple_from(vm, 2, items);
    }
    if (is_intlike(a) && is_intlike(b)) return int_divmod(vm, unbool(a), unbool(b));
    double x, y;
    bool errx, erry;
    if (as_double(vm, a, &x, &errx) && as_double(vm, b, &y, &erry)) {
        if (errx || erry) return ERR_VAL;
        if (y == 0.0) return vm_raise(vm, EXC_ZeroDivisionError, "float divmod()");
        Value items[2] = {FLOAT_VAL(float_floordiv(x, y)), FLOAT_VAL(float_mod(x, y))};
        return tuple_from(vm, 2, items);
    }
    if (is_user_object(a)) {
        Value r = call_special(vm, a, "__divmod__", 1, &b);
        if (!IS_UNDEF(r)) return r;
    }
    if (is_user_object(b)) {
        Value r = call_special(vm, b, "__rdivmod__", 1, &a);
        if (!IS_UNDEF(r)) return r;
    }
    return vm_raise(vm, EXC_TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'",
                    vm_type_name(vm, a), vm_type_name(vm, b));
}

static Value builtin_pow(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    static const char *const names[] = {"base", "exp", "mod"};
    int nkw = native_nkw(kwnames);
    if (argc + nkw > 3) return native_too_many(vm, "pow", 3, argc + nkw);
    Value a[3];
    if (!native_bind_args(vm, "pow", argc, argv, kwnames, names, 3, 0, 2, a)) return ERR_VAL;
    if (IS_UNDEF(a[2]) || IS_NONE(a[2])) return op_binary(vm, BIN_POW, a[0], a[1]);
    if (is_user_instance(a[0])) {
        /* pow(x, y, m) -> x.__pow__(y, m) */
        Value pw = op_getattr(vm, a[0], vm->binop_dunder[BIN_POW][0]);
        if (IS_ERR(pw)) return pw;
        return op_call(vm, pw, 2, a + 1, NULL);
    }
    if (!is_intlike(a[0]) || !is_intlike(a[1]) || !is_intlike(a[2]))
        return vm_raise(vm, EXC_TypeError,
                        "pow() 3rd argument not allowed unless all arguments are integers");
    Value m = unbool(a[2]);
    if (int_sign(m) == 0) return vm_raise(vm, EXC_ValueError, "pow() 3rd argument cannot be 0");
    return int_pow_mod(vm, unbool(a[0]), unbool(a[1]), m);
}

static Value int_with_prefix(VM *vm, Value v, int base) {
    if (!IS_ANYINT(v)) {
        int64_t i;
        if (!index_arg(vm, v, &i)) return ERR_VAL;
        v = int_from_int64(vm, i);
    }
    return int_to_str(vm, v, base, true);
}

static Value builtin_hex(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    (void)argc;
    (void)kwnames;
    return int_with_prefix(vm, argv[0], 16);
}

static Value builtin_oct(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    (void)argc;
    (void)kwnames;
    return int_with_prefix(vm, argv[0], 8);
}

static Value builtin_bin(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    (void)argc;
    (void)kwnames;
    return int_with_prefix(vm, argv[0], 2);
}

/* sum() as CPython does it: an int64 accumulator while the items are ints, a double while
 * they are floats (or ints added to a float), and op_binary for everything else. */
static Value builtin_sum(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    static const char *const names[] = {"iterable", "start"};
    int nkw = native_nkw(kwnames);
    if (argc + nkw > 2) return native_too_many(vm, "sum", 2, argc + nkw);
    if (argc == 0)
        return vm_raise(vm, EXC_TypeError,
                        "sum() takes at least 1 positional argument (0 given)");
    Value a[2];
    if (!native_bind_args(vm, "sum", argc, argv, kwnames, names, 2, 1, 0, a)) return ERR_VAL;
    Value result = IS_UNDEF(a[1]) ? INT_VAL(0) : a[1];
    if (IS_STR(result))
        return vm_raise(vm, EXC_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (IS_KIND(result, OBJ_BYTES))
        return vm_raise(vm, EXC_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    Cursor c;
    if (!cursor_open(vm, &c, a[0])) return ERR_VAL;
    GcMark mark = gc_mark(vm);
    for (;;) {
        Value item;
        gc_release(vm, mark, result); /* each turn's garbage goes; the running total stays */
        if (IS_INT(result)) {
            int64_t acc = AS_INT(result);
            for (;;) {
                item = cursor_next(vm, &c);
                if (IS_UNDEF(item)) return int_from_int64(vm, acc);
                if (IS_ERR(item)) return ERR_VAL;
                int64_t b;
                if (IS_INT(item)) b = AS_INT(item);
                else if (IS_BOOL(item)) b = item == TRUE_VAL;
                else break;
                if (b >= 0 ? acc > INT64_MAX - b : acc < INT64_MIN - b) break;
                acc += b;
            }
            result = int_from_int64(vm, acc);
        } else if (IS_FLOAT(result)) {
            double f = AS_FLOAT(result);
            for (;;) {
                item = cursor_next(vm, &c);
                if (IS_UNDEF(item)) return FLOAT_VAL(f);
                if (IS_ERR(item)) return ERR_VAL;
                if (IS_FLOAT(item)) f += AS_FLOAT(item);
                else if (IS_INT(item)) f += (double)AS_INT(item);
                else if (IS_BOOL(item)) f += item == TRUE_VAL ? 1.0 : 0.0;
                else break;
            }
            result = FLOAT_VAL(f);
        } else {
            item = cursor_next(vm, &c);
            if (IS_UNDEF(item)) return result;
            if (IS_ERR(item)) return ERR_VAL;
        }
        result = op_binary(vm, BIN_ADD, result, item);
        if (IS_ERR(result)) return ERR_VAL;
    }
}

/* ---------------------------------------------------------------------------------------
 * Iteration
 * ------------------------------------------------------------------------------------- */

static Value min_max(VM *vm, int argc, Value *argv, ObjTuple *kwnames, bool want_max) {
    const char *fname = want_max ? "max" : "min";
    Value key = NONE_VAL, dflt = UNDEF_VAL;
    if (kwnames) {
        static const char *const names[] = {"key", "default"};
        Value kw[2];
        if (!native_bind_args(vm, fname, 0, argv + argc, kwnames, names, 2, 0, 0, kw)) return ERR_VAL;
        if (!IS_UNDEF(kw[0])) key = kw[0];
        dflt = kw[1];
    }
    if (argc == 0)
        return vm_raise(vm, EXC_TypeError, "%s expected at least 1 argument, got 0", fname);
    if (argc > 1 && !IS_UNDEF(dflt))
        return vm_raise(vm, EXC_TypeError,
                        "Cannot specify a default for %s() with multiple positional arguments",
                        fname);
    Cursor c;
    if (argc > 1) cursor_array(&c, argv, argc);
    else if (!cursor_open(vm, &c, argv[0])) return ERR_VAL;
    CmpOp op = want_max ? CMP_GT : CMP_LT;
    Value best = UNDEF_VAL, best_key = UNDEF_VAL;
    GcMark mark = gc_mark(vm);
    for (;;) {
        /* Each turn starts with only the best so far pinned (a key function may empty the
         * list it came from). */
        gc_release(vm, mark, best);
        gc_pin(vm, best_key);
        Value item = cursor_next(vm, &c);
        if (IS_UNDEF(item)) break;
        if (IS_ERR(item)) return ERR_VAL;
        Value k = item;
        if (!IS_NONE(key)) {
            k = op_call(vm, key, 1, &item, NULL);
            if (IS_ERR(k)) return ERR_VAL;
        }
        if (IS_UNDEF(best)) {
            best = item, best_key = k;
            continue;
        }
        int better;
        if (IS_INT(k) && IS_INT(best_key))
            better = want_max ? AS_INT(k) > AS_INT(best_key) : AS_INT(k) < AS_INT(best_key);
        else if (IS_FLOAT(k) && IS_FLOAT(best_key))
            better = want_max ? AS_FLOAT(k) > AS_FLOAT(best_key)
                              : AS_FLOAT(k) < AS_FLOAT(best_key);
        else if ((better = op_compare(vm, op, k, best_key)) < 0)
            return ERR_VAL;
        if (better) best = item, best_key = k;
    }
    if (!IS_UNDEF(best)) return best;
    if (!IS_UNDEF(dflt)) return dflt;
    return vm_raise(vm, EXC_ValueError, "%s() arg is an empty sequence", fname);
}

static Value builtin_min(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    return min_max(vm, argc, argv, kwnames, false);
}

static Value builtin_max(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    return min_max(vm, argc, argv, kwnames, true);
}

static Value builtin_all(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    (void)argc;
    (void)kwnames;
    Cursor c;
    if (!cursor_open(vm, &c, argv[0])) return ERR_VAL;
    GcMark mark = gc_mark(vm);
    for (;;) {
        gc_release(vm, mark, UNDEF_VAL);
        Value item = cursor_next(vm, &c);
        if (IS_UNDEF(item)) return TRUE_VAL;
        if (IS_ERR(item)) return ERR_VAL;
        int t = op_truthy(vm, item);
        if (t < 0) return ERR_VAL;
        if (!t) return FALSE_VAL;
    }
}

static Value builtin_any(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    (void)argc;
    (void)kwnames;
    Cursor c;
    if (!cursor_open(vm, &c, argv[0])) return ERR_VAL;
    GcMark mark = gc_mark(vm);
    for (;;) {
        gc_release(vm, mark, UNDEF_VAL);
        Value item = cursor_next(vm, &c);
        if (IS_UNDEF(item)) return FALSE_VAL;
        if (IS_ERR(item)) return ERR_VAL;
        int t = op_truthy(vm, item);
        if (t < 0) return ERR_VAL;
        if (t) return TRUE_VAL;
    }
}

static Value builtin_sorted(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    if (!native_check_count(vm, "sorted", argc, 1, 1)) return ERR_VAL;
    Value key = NONE_VAL;
    bool reverse = false;
    if (kwnames) {
        /* CPython names list.sort in this message: sorted() forwards its keywords. */
        static const char *const names[] = {"key", "reverse"};
        Value kw[2];
        if (!native_bind_args(vm, "sort", 0, argv + argc, kwnames, names, 2, 0, 0, kw)) return ERR_VAL;
        if (!IS_UNDEF(kw[0])) key = kw[0];
        if (!IS_UNDEF(kw[1])) {
            int64_t r;
            if (!index_arg(vm, kw[1], &r)) return ERR_VAL;
            reverse = r != 0;
        }
    }
    ObjList *l = list_new(vm, 0);
    if (!list_extend(vm, l, argv[0])) return ERR_VAL;
    if (!list_sort(vm, l, key, reverse)) return ERR_VAL;
    return OBJ_VAL(l);
}

static Value builtin_reversed(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    (void)kwnames;
    if (!native_check_count(vm, "reversed", argc, 1, 1)) return ERR_VAL;
    Value v = argv[0];
    if (IS_CLASS(v)) {
        Value r = op_class_hook(vm, v, str_intern_cstr(vm, "__reversed__"), 0, NULL);
        if (!IS_UNDEF(r)) return r;
    }
    if (IS_OBJ(v) && obj_type(v)->reversed) return obj_type(v)->reversed(vm, v);
    if (IS_KIND(v, OBJ_INSTANCE)) {
        Value r = call_special(vm, v, "__reversed__", 0, NULL);
        if (!IS_UNDEF(r)) return r;
        /* The sequence protocol: __len__ and __getitem__, read here back to front. */
        if (!IS_UNDEF(lookup_special(vm, v, "__len__")) && !IS_UNDEF(lookup_special(vm, v, "__getitem__"))) {
            int64_t n;
            if (!op_len(vm, v, &n)) return ERR_VAL;
            ObjList *l = list_new(vm, 0);
            for (int64_t i = n - 1; i >= 0; i--) {
                Value item = op_getitem(vm, v, int_from_int64(vm, i));
                if (IS_ERR(item)) return ERR_VAL;
                list_append(vm, l, item);
            }
            return iter_new(vm, ITER_LIST, OBJ_VAL(l));
        }
    }
    return vm_raise(vm, EXC_TypeError, "'%s' object is not reversible", vm_type_name(vm, v));
}

static Value builtin_enumerate(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    static const char *const names[] = {"iterable", "start"};
    int nkw = native_nkw(kwnames);
    if (argc + nkw > 2) return native_too_many(vm, "enumerate", 2, argc + nkw);
    Value a[2];
    if (!native_bind_args(vm, "enumerate", argc, argv, kwnames, names, 2, 0, 0, a)) return ERR_VAL;
    if (IS_UNDEF(a[0]))
        return vm_raise(vm, EXC_TypeError, "enumerate() missing required argument 'iterable'");
    int64_t start = 0;
    Value big_start = UNDEF_VAL;
    if (!IS_UNDEF(a[1])) {
        if (IS_BIGINT(a[1]) && !int_to_int64(a[1], &start)) big_start = a[1];
        else if (!IS_BIGINT(a[1]) && !index_arg(vm, a[1], &start)) return ERR_VAL;
    }
    Value e = iter_new(vm, ITER_ENUMERATE, a[0]);
    if (IS_ERR(e)) return ERR_VAL;
    AS_ITER(e)->index = start;
    if (!IS_UNDEF(big_start)) AS_ITER(e)->aux = big_start; /* a counter past int64 */
    return e;
}

static Value builtin_zip(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    int strict = 0;
    if (kwnames) {
        static const char *const names[] = {"strict"};
        Value flag;
        if (!native_bind_args(vm, "zip", 0, argv + argc, kwnames, names, 1, 0, 0, &flag)) return ERR_VAL;
        if (!IS_UNDEF(flag) && (strict = op_truthy(vm, flag)) < 0) return ERR_VAL;
    }
    /* iter_new takes the iterables and makes their iterators. */
    Value z = iter_new(vm, ITER_ZIP, tuple_from(vm, (uint32_t)argc, argv));
    if (!IS_ERR(z)) AS_ITER(z)->step = strict; /* zip(strict=True): inputs of one length */
    return z;
}

static Value builtin_map(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    (void)kwnames;
    if (argc < 2) return vm_raise(vm, EXC_TypeError, "map() must have at least two arguments.");
    Value m = iter_new(vm, ITER_MAP, tuple_from(vm, (uint32_t)(argc - 1), argv + 1));
    if (IS_ERR(m)) return ERR_VAL;
    AS_ITER(m)->fn = argv[0];
    return m;
}

static Value builtin_filter(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    (void)kwnames;
    if (!native_check_count(vm, "filter", argc, 2, 2)) return ERR_VAL;
    Value f = iter_new(vm, ITER_FILTER, argv[1]);
    if (IS_ERR(f)) return ERR_VAL;
    AS_ITER(f)->fn = argv[0];
    return f;
}

static Value builtin_iter(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    (void)kwnames;
    if (!native_check_count(vm, "iter", argc, 1, 2)) return ERR_VAL;
    if (argc == 1) return op_iter(vm, argv[0]);
    if (!is_callable(vm, argv[0]))
        return vm_raise(vm, EXC_TypeError, "iter(v, w): v must be callable");
    Value it = iter_new(vm, ITER_CALLABLE, argv[0]);
    if (IS_ERR(it)) return ERR_VAL;
    AS_ITER(it)->fn = argv[0];
    AS_ITER(it)->aux = argv[1];
    return it;
}

static Value builtin_next(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    (void)kwnames;
    if (!native_check_count(vm, "next", argc, 1, 2)) return ERR_VAL;
    Value v = op_next(vm, argv[0]);
    if (!IS_UNDEF(v)) return v;
    if (argc == 2) return argv[1];
    return vm_gen_stop(vm, argv[0]);
}

/* ---------------------------------------------------------------------------------------
 * Registration
 * ------------------------------------------------------------------------------------- */

/* Functions that take exactly one argument let the VM check the count ("len() takes
 * exactly one argument (2 given)"); the others count their own arguments, because
 * CPython's messages for them differ from one function to the next. */
/* vars(obj): the object's attribute dict (live, as obj.__dict__). */
static Value builtin_vars(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    (void)kwnames;
    if (argc != 1) return vm_raise(vm, EXC_TypeError, "vars() without arguments is not supported");
    Value d = op_getattr_default(vm, argv[0], str_intern_cstr(vm, "__dict__"), UNDEF_VAL);
    if (IS_ERR(d)) return d;
    if (IS_UNDEF(d)) return vm_raise(vm, EXC_TypeError, "vars() argument must have __dict__ attribute");
    return d;
}

/* globals(): the calling code's module namespace, live. */
static Value builtin_globals(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    (void)argc, (void)argv, (void)kwnames;
    if (vm->frame_count == 0) return OBJ_VAL(vm->main_globals);
    return OBJ_VAL(vm->frames[vm->frame_count - 1].globals);
}

/* exit()/quit(): end the program through SystemExit, as in CPython. */
static Value builtin_exit(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    (void)kwnames;
    if (argc > 1) return vm_raise(vm, EXC_TypeError, "exit expected at most 1 argument, got %d", argc);
    Value exc = vm_new_exception(vm, vm->exc_class[EXC_SystemExit], AS_TUPLE(tuple_from(vm, (uint32_t)argc, argv)));
    return vm_raise_exc(vm, exc);
}

static const MethodDef builtin_functions[] = {
    {"print", builtin_print, 0, -1, true},
    {"vars", builtin_vars, 0, -1, false},
    {"exit", builtin_exit, 0, -1, false},
    {"globals", builtin_globals, 0, 0, false},
    {"quit", builtin_exit, 0, -1, false},
    {"input", builtin_input, 0, -1, false},
    {"len", builtin_len, 1, 1, false},
    {"repr", builtin_repr, 1, 1, false},
    {"ascii", builtin_ascii, 1, 1, false},
    {"format", builtin_format, 0, -1, false},
    {"hash", builtin_hash, 1, 1, false},
    {"id", builtin_id, 1, 1, false},
    {"callable", builtin_callable, 1, 1, false},
    {"isinstance", builtin_isinstance, 0, -1, false},
    {"issubclass", builtin_issubclass, 0, -1, false},
    {"getattr", builtin_getattr, 0, -1, false},
    {"setattr", builtin_setattr, 0, -1, false},
    {"hasattr", builtin_hasattr, 0, -1, false},
    {"delattr", builtin_delattr, 0, -1, false},
    {"chr", builtin_chr, 1, 1, false},
    {"ord", builtin_ord, 1, 1, false},
    {"abs", builtin_abs, 1, 1, false},
    {"round", builtin_round, 0, -1, true},
    {"divmod", builtin_divmod, 0, -1, false},
    {"pow", builtin_pow, 0, -1, true},
    {"hex", builtin_hex, 1, 1, false},
    {"oct", builtin_oct, 1, 1, false},
    {"bin", builtin_bin, 1, 1, false},
    {"sum", builtin_sum, 0, -1, true},
    {"min", builtin_min, 0, -1, true},
    {"max", builtin_max, 0, -1, true},
    {"all", builtin_all, 1, 1, false},
    {"any", builtin_any, 1, 1, false},
    {"sorted", builtin_sorted, 0, -1, true},
    {"reversed", builtin_reversed, 0, -1, false},
    {"enumerate", builtin_enumerate, 0, -1, true},
    {"zip", builtin_zip, 0, -1, true},
    {"map", builtin_map, 0, -1, false},
    {"filter", builtin_filter, 0, -1, false},
    {"iter", builtin_iter, 0, -1, false},
    {"next", builtin_next, 0, -1, false},
    {NULL, NULL, 0, 0, false},
};

typedef Value (*CtorFn)(VM *vm, ObjClass *cls, int argc, Value *argv, ObjTuple *kwnames);

static void define_class(VM *vm, ObjClass *cls, const char *name, CtorFn ctor) {
    if (!cls) return;
    cls->ctor = ctor;
    if (name) vm_define_global(vm, vm->builtins, name, OBJ_VAL(cls));
}

void builtins_init(VM *vm) {
    define_class(vm, vm->cls_object, "object", object_ctor);
    define_class(vm, vm->cls_type, "type", type_ctor);
    define_class(vm, vm->cls_int, "int", int_ctor);
    define_class(vm, vm->cls_float, "float", float_ctor);
    define_class(vm, vm->cls_bool, "bool", bool_ctor);
    define_class(vm, vm->cls_none, NULL, none_ctor); /* type(None)() is None; no name */
    /* Every kind whose class can be called (its descriptor's ctor) is a builtin name. */
    for (int k = 0; k < OBJ_KIND_COUNT; k++)
        if (obj_types[k]->ctor) define_class(vm, vm->kind_class[k], obj_types[k]->name, obj_types[k]->ctor);

#define DEFINE_EXCEPTION(name, base) \
    vm_define_global(vm, vm->builtins, #name, OBJ_VAL(vm->exc_class[EXC_##name]));
    EXCEPTION_LIST(DEFINE_EXCEPTION)
#undef DEFINE_EXCEPTION

    for (const MethodDef *d = builtin_functions; d->name; d++)
        vm_define_global(vm, vm->builtins, d->name,
                         vm_native_new(vm, d->name, d->fn, d->min_args, d->max_args,
                                       d->takes_kw));
}
