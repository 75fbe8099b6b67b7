/* vm.h — the interpreter state and the internal API every runtime file shares:
 * raising exceptions, the generic object protocol (ops.c) and calls into Python.
 * Convention: a function returning Value returns ERR_VAL after raising (vm->exc set);
 * one returning int returns -1 after raising; one returning bool returns false. */
#ifndef EDGE_VM_H
#define EDGE_VM_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "heap.h"
#include "include/edge.h"
#include "object.h"
#include "value.h"

/* The builtin exception classes: X(name, base). Order matters: a base comes first. */
#define EXCEPTION_LIST(X)                      \
    X(BaseException, BaseException)            \
    X(Exception, BaseException)                \
    X(SystemExit, BaseException)               \
    X(KeyboardInterrupt, BaseException)        \
    X(GeneratorExit, BaseException)            \
    X(ArithmeticError, Exception)              \
    X(ZeroDivisionError, ArithmeticError)      \
    X(OverflowError, ArithmeticError)          \
    X(FloatingPointError, ArithmeticError)     \
    X(LookupError, Exception)                  \
    X(IndexError, LookupError)                 \
    X(KeyError, LookupError)                   \
    X(ValueError, Exception)                   \
    X(UnicodeError, ValueError)                \
    X(TypeError, Exception)                    \
    X(NameError, Exception)                    \
    X(UnboundLocalError, NameError)            \
    X(AttributeError, Exception)               \
    X(RuntimeError, Exception)                 \
    X(RecursionError, RuntimeError)            \
    X(NotImplementedError, RuntimeError)       \
    X(StopIteration, Exception)                \
    X(AssertionError, Exception)               \
    X(MemoryError, Exception)                  \
    X(ImportError, Exception)                  \
    X(ModuleNotFoundError, ImportError)        \
    X(OSError, Exception)                      \
    X(EOFError, Exception)                     \
    X(SyntaxError, Exception)                  \
    X(IndentationError, SyntaxError)           \
    X(TimeoutError, OSError)                   \
    X(ConnectionError, OSError)                \
    X(FileNotFoundError, OSError)              \
    X(FileExistsError, OSError)                \
    X(PermissionError, OSError)                \
    X(UnicodeDecodeError, UnicodeError)        \
    X(UnicodeEncodeError, UnicodeError)        \
    X(BufferError, Exception)                  \
    X(ReferenceError, Exception)               \
    X(StopAsyncIteration, Exception)           \
    X(Warning, Exception)                      \
    X(UserWarning, Warning)                    \
    X(DeprecationWarning, Warning)             \
    X(RuntimeWarning, Warning)                 \
    X(SyntaxWarning, Warning)                  \
    X(FutureWarning, Warning)

typedef enum ExcId {
#define EXC_ENUM(name, base) EXC_##name,
    EXCEPTION_LIST(EXC_ENUM)
#undef EXC_ENUM
    EXC_COUNT
} ExcId;

/* Binary operators, in the order of the AST's Operator enum (OP_ADD .. OP_FLOORDIV). */
typedef enum BinOp {
    BIN_ADD, BIN_SUB, BIN_MUL, BIN_MATMUL, BIN_DIV, BIN_MOD, BIN_POW, BIN_LSHIFT,
    BIN_RSHIFT, BIN_OR, BIN_XOR, BIN_AND, BIN_FLOORDIV, BIN_COUNT
} BinOp;
typedef enum CmpOp { CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE } CmpOp;
typedef enum UnaryOp { UN_NEG, UN_POS, UN_INVERT, UN_NOT } UnaryOp;

/* Special method names the runtime looks up on user classes: vm->dunder[DUNDER_x]. */
#define DUNDER_LIST(X)                                                                           \
    X(init) X(repr) X(str) X(eq) X(ne) X(lt) X(le) X(gt) X(ge) X(hash) X(bool) X(len) X(getitem) \
    X(setitem) X(delitem) X(contains) X(iter) X(next) X(call) X(getattr) X(setattr) X(delattr)   \
    X(enter) X(exit) X(index) X(int) X(float) X(neg) X(pos) X(abs) X(invert) X(format)           \
    X(match_args) X(new) X(class) X(module) X(qualname) X(doc) X(round) X(get) X(set)
typedef enum DunderId {
#define DUNDER_ENUM(name) DUNDER_##name,
    DUNDER_LIST(DUNDER_ENUM)
#undef DUNDER_ENUM
    DUNDER_COUNT
} DunderId;

/* One Python call in progress. Frames live in vm->frames (heap), never on the C stack. */
typedef struct Frame {
    ObjFunction *func; /* NULL for the module top level */
    ObjCode *code;
    uint8_t *ip;       /* next instruction; saved when the frame is not the top */
    Value *slots;      /* locals, then cells, then this frame's value stack */
    ObjDict *globals;
    bool c_boundary;   /* returning from it ends a nested op_call run */
    ObjGenerator *gen; /* the generator this frame runs, or NULL */
    uint32_t exit_target; /* resumed by FOR_ITER: where the loop goes when it returns */
    ObjDict *locals;   /* a class body's namespace (LOAD_NAME/STORE_NAME), or NULL */
    Value handled;     /* the exception an except/finally block of this frame handles */
    uint32_t serial;   /* tells activations apart in tracebacks */
    bool is_init;      /* an __init__ called by a class: return the instance */
    ObjModule *module; /* the top level of an imported code module, or NULL */
} Frame;

typedef struct VM {
    /* value stack and frame stack, both growable arrays owned by the VM */
    Value *stack, *sp, *stack_end;
    Frame *frames;
    int frame_count, frame_cap;
    int max_depth;   /* Python call depth limit: RecursionError past it */
    int native_depth; /* nested vm_call_value runs in progress (C recursion guard) */

    Value exc; /* the exception being raised, or NONE_VAL */

    ObjDict *builtins;
    ObjDict *main_globals;
    ObjClass *kind_class[OBJ_KIND_COUNT]; /* class of each builtin object kind */
    ObjClass *cls_object, *cls_type, *cls_int, *cls_float, *cls_bool, *cls_none;
    ObjClass *cls_textio; /* sys.stdin, sys.stdout, sys.stderr (sys.c) */
    ObjClass *exc_class[EXC_COUNT];
    ObjClass *iter_class[ITER_KIND_COUNT]; /* list_iterator, zip, map ... */
    ObjClass *view_class[3];               /* dict_keys, dict_values, dict_items */
    Value not_implemented; /* the NotImplemented singleton */
    Value memory_error;    /* the MemoryError raised at the heap cap */
    bool heap_uncapped;    /* an allocation that must not fail is under way */
    bool in_delattr_hook;  /* a user __delattr__ runs: object.__delattr__ does the deed */
    Value ellipsis;        /* the Ellipsis singleton */
    ObjStr *dunder[DUNDER_COUNT];
    ObjStr *binop_dunder[BIN_COUNT][3]; /* __add__, __radd__, __iadd__ for each BinOp */
    uint32_t frame_serial;
    NativeFn object_init; /* object.__init__, to tell "no __init__ of its own" */
    Value pending_throw;  /* an exception to raise in a generator as it resumes (throw/close) */
    int request;          /* EdgeRequest a native made: the run pauses after the call */
    uint8_t *paused_loop; /* a slice that ended at a loop's end: where the loop's jump was
                           * (the top frame's ip is the loop's top), for edge_interrupt */
    double request_seconds; /* EDGE_REQUEST_SLEEP: how long */
    ObjDict *modules;     /* key -> ObjModule: everything the host registered */
    ObjDict *import_keys; /* "importer\nspec" -> key: how each import statement resolved */
    ObjExtern *current_extern; /* the native function being called (trap reports) */
    Value extern_str;     /* the str edge_make_str made for it: the one str it may return */
    bool extern_raised;   /* the host reported its exception (edge_extern_raise) */
    bool input_keeps_newline; /* the host's next line is for readline(): keep "\n", '' at EOF */
    char *last_repr;      /* edge_last_value_repr's text (malloc'ed) */

    /* interned strings: a set of ObjStr*, weak (cleared of dead strings by the GC) */
    Table strings;
    /* names the runtime looks up often, interned once */
    ObjStr *s_init, *s_name, *s_main, *s_lambda, *s_module, *s_empty;

    /* memory */
    Heap heap;
    size_t bytes_allocated, next_gc, heap_limit;
    Obj **gray;
    int gray_count, gray_cap;
    int gc_disabled;  /* > 0: no collection (set-up, the compiler's constants) */
    bool gc_stress;   /* collect at every allocation (EdgeConfig.gc_stress) */
    int64_t stress_countdown; /* allocations until the next stress collection */
    size_t live_objects;      /* objects the last collection kept */
    size_t mark_work;         /* values the last collection looked at */
    /* The VM's own objects from set-up (GC_PERMANENT): never freed; those that can come
     * to point at a program's objects (dicts, classes, instances...) are roots instead. */
    Obj **permanent_roots;
    uint32_t npermanent_roots;
    /* The pin stack: values C code holds in locals, roots of every collection. */
    Value *pins;
    uint32_t npins, pin_cap;

    /* class_lookup's cache: (class, name) -> what the MRO holds (UNDEF_VAL: nothing). An
     * entry counts only in the epoch it was made in; the epoch moves on whenever a class's
     * attributes change and at every collection, so no entry outlives what it names. */
    struct AttrCacheEntry {
        ObjClass *cls;
        ObjStr *name;
        Value value;
        uint32_t epoch;
    } attr_cache[1024]; /* class_lookup indexes it with 10 bits */
    uint32_t class_epoch;

    /* containers being repr'd, to print [...] for cycles: a malloc'ed stack that grows with
     * the nesting (freed by gc_free_all) */
    Value *repr_stack;
    int repr_depth, repr_cap;
    /* levels of C recursion through container items (==, <, hash, repr) in progress: they
     * count against max_depth with the frames (nest_enter in tuple.c) */
    int nest_depth;

    /* the run the host sees */
    EdgeConfig config;
    int64_t steps_left;    /* counted down by each step; at 0, budget_ran_out() decides */
    int64_t steps_granted; /* what steps_left was last set to */
    int64_t slice_left;    /* steps left in the host's slice (edge_resume's `steps`) */
    int64_t steps_run;     /* steps run since the program was loaded */
    EdgeLimits limits;     /* the run's limits (edge_set_limits) */
    size_t output_written; /* bytes of output the run wrote */
    bool aborting;         /* a limit ended the run: no handler runs, no C caller catches */
    ObjCode *main_code;
    Value last_value;  /* value of the last expression statement, for sessions */
    EdgeError error;   /* the last error; its strings are the malloc'ed fields below */
    char *error_type, *error_message, *error_filename, *error_text;
    char *source;      /* the loaded program's text, for source lines in tracebacks */
    size_t source_len;
    char *filename;

    /* the stepper (trace.c): its state, NULL until a trace is first set; and the code
     * objects whose instructions a trace covers, kept alive while it does */
    struct Trace *trace;
    ObjTuple *trace_codes;
} VM;

/* ---- exceptions and tracebacks (exception.c); classes (class.c) ---- */
Value vm_raise(VM *vm, ExcId id, const char *fmt, ...);   /* message from printf format */
Value vm_raise_arg(VM *vm, ExcId id, Value arg);          /* KeyError(key): args = (arg,) */
Value vm_raise_exc(VM *vm, Value exception);              /* an instance or a class */
/* The heap cap's MemoryError, made in advance: there may be no memory left to make one. */
Value vm_raise_heap_cap(VM *vm);
bool vm_exc_matches(VM *vm, ExcId id);                    /* pending exc is an instance of id */
void vm_clear_exc(VM *vm);
Value vm_new_exception(VM *vm, ObjClass *cls, ObjTuple *args);
const char *vm_type_name(VM *vm, Value v); /* "int", "NoneType", a user class's name */
ObjClass *vm_class_of(VM *vm, Value v);
bool vm_is_subclass(ObjClass *cls, ObjClass *base);
bool vm_isinstance(VM *vm, Value v, ObjClass *cls);

/* An exception's traceback is a list of tuples, innermost frame last, each saying where a
 * frame was as the exception went through it: its code object, the offset of the
 * instruction that was running, the activation's serial number (a re-raise in the same
 * call adds no entry), and the namespace its names were looked up in (a NameError's
 * suggestions come from there). */
enum { TB_CODE, TB_OFFSET, TB_SERIAL, TB_GLOBALS, TB_SIZE };
/* The source position of the instruction at `offset` of `code`, or NULL. */
LineEntry *vm_position(ObjCode *code, uint32_t offset);

/* ---- the object protocol (ops.c) ---- */
Value op_repr(VM *vm, Value v);  /* -> str */
Value op_str(VM *vm, Value v);   /* -> str */
Value op_default_repr(VM *vm, Value v); /* object.__repr__: ignores user __repr__ */
Value op_default_str(VM *vm, Value v);  /* BaseException.__str__ / repr for others */
int op_truthy(VM *vm, Value v);
int op_eq(VM *vm, Value a, Value b);
int op_compare(VM *vm, CmpOp op, Value a, Value b); /* a op b, 1/0/-1 */
Value op_compare_value(VM *vm, CmpOp op, Value a, Value b); /* may return a non-bool */
bool op_hash(VM *vm, Value v, int64_t *out);
Value op_binary(VM *vm, BinOp op, Value a, Value b);
Value op_inplace(VM *vm, BinOp op, Value a, Value b); /* a op= b */
Value op_unary(VM *vm, UnaryOp op, Value v);
Value op_getitem(VM *vm, Value obj, Value key);
bool op_setitem(VM *vm, Value obj, Value key, Value value);
bool op_delitem(VM *vm, Value obj, Value key);
Value op_getattr(VM *vm, Value obj, ObjStr *name);
Value op_getattr_default(VM *vm, Value obj, ObjStr *name, Value dflt); /* no AttributeError */
bool op_setattr(VM *vm, Value obj, ObjStr *name, Value value);
bool op_delattr(VM *vm, Value obj, ObjStr *name);
bool op_setattr_generic(VM *vm, Value obj, ObjStr *name, Value value); /* object.__setattr__ */
Value op_iter(VM *vm, Value v);
Value op_next(VM *vm, Value iterator); /* UNDEF_VAL when exhausted (no StopIteration); a step */
Value op_next_item(VM *vm, Value iterator); /* the same, not counted as a step */
int op_contains(VM *vm, Value container, Value item);
Value op_class_hook(VM *vm, Value v, ObjStr *name, int argc, Value *argv); /* C.__iter__() ... as a metaclass's */
bool op_len(VM *vm, Value v, int64_t *out);
/* An int-like value as a C index: ints, bools, big ints (IndexError "cannot fit 'int' into
 * an index-sized integer"), __index__. Else TypeError: `what`, in which %s stands for v's
 * type name ("list indices must be integers or slices, not %s"), or with NULL "'str' object
 * cannot be interpreted as an integer". */
bool op_index(VM *vm, Value v, int64_t *out, const char *what);
/* Iterate any iterable into a fresh list. */
Value op_to_list(VM *vm, Value iterable);
/* Helpers for the types' slots (type.h). "<what object at 0x...>": */
Value op_addr_repr(VM *vm, const char *what, Value v);
bool op_unhashable(VM *vm, Value v, int64_t *out); /* TypeError: unhashable type: 'list' */
Value op_seq_repeat(VM *vm, Value seq, Value count); /* a new str, list or tuple: seq * count */
/* The data attributes every value has (__class__, an instance's __dict__, a number's real
 * and imag), then its type's member slot: UNDEF_VAL when none. */
Value op_special_attr(VM *vm, Value obj, ObjStr *name);
/* The __get__ of a descriptor the program defined (attr an instance), else UNDEF_VAL; and
 * getter(attr, obj, owner), obj None when the attribute is read from the class. */
Value op_descriptor_getter(VM *vm, Value attr);
Value op_descriptor_get(VM *vm, Value getter, Value attr, Value obj, ObjClass *owner);
bool op_setattr_error(VM *vm, Value obj, ObjStr *name); /* AttributeError; false */
void ops_init(VM *vm); /* methods of float */

/* ---- natives and globals (call.c; vm_new_builtin_class: class.c) ---- */
Value vm_native_new(VM *vm, const char *name, NativeFn fn, int min_args, int max_args,
                    bool takes_kw);
void vm_define_methods(VM *vm, ObjClass *cls, const MethodDef *defs);
ObjClass *vm_new_builtin_class(VM *vm, const char *name, ObjClass *base, ObjKind instance_kind);
void vm_define_global(VM *vm, ObjDict *into, const char *name, Value value);
/* The keyword argument `name` of a native call, or UNDEF_VAL. Unknown keywords are the
 * caller's check: see native_check_kw. */
Value native_kwarg(int argc, Value *argv, ObjTuple *kwnames, const char *name);
/* Raises TypeError "fname() got an unexpected keyword argument 'x'" unless every keyword
 * is one of the NULL-terminated `allowed`. */
bool native_check_kw(VM *vm, const char *fname, ObjTuple *kwnames, const char *const *allowed);
/* The checks of C functions and constructors that take their arguments apart (builtins.c),
 * with CPython's messages: "list() takes no keyword arguments", "int() takes at most 2
 * arguments (3 given)", "isinstance expected 2 arguments, got 1". */
static inline int native_nkw(ObjTuple *kwnames) { return kwnames ? (int)kwnames->len : 0; }
Value native_no_keywords(VM *vm, const char *fname);
Value native_too_many(VM *vm, const char *fname, int max, int given);
bool native_check_count(VM *vm, const char *fname, int argc, int min, int max);
/* Spreads positional and keyword arguments over the parameters `names` (the first
 * npos_only positional only, the first nrequired required): a missing one is UNDEF_VAL. */
bool native_bind_args(VM *vm, const char *fname, int argc, Value *argv, ObjTuple *kwnames,
                      const char *const *names, int nnames, int npos_only, int nrequired, Value *out);

/* ---- module exports and sys (modules.c, sys.c) ---- */
void module_add_export(VM *vm, ObjModule *m, const char *name, Value value);
void sys_module_init(VM *vm, ObjModule *sys);
void sys_set_argv(VM *vm, const char *filename); /* sys.argv = [filename] */
int sys_stream_of(VM *vm, Value file); /* 0 stdin, 1 stdout, 2 stderr; -1 for anything else */
Value sys_current_stdout(VM *vm);      /* sys.stdout now (a program may replace it); UNDEF: no sys */

/* ---- output (api.c): through the host's callbacks ---- */
/* Program output to stream 1 (stdout) or 2 (stderr); false when it would pass the run's
 * output limit, which ends the run (the exception is set). */
bool vm_write(VM *vm, int stream, const char *text, size_t len);
/* Reads one line of input without its newline; false at end of input. `*line` is
 * malloc'ed and owned by the caller. */
bool vm_read_line(VM *vm, char **line, size_t *len);

/* ---- input() (builtins.c) ---- */
/* A line of input for input() (EOFError at the end) or, with `keep_newline`, for
 * sys.stdin.readline() (the line with its newline; '' at the end). Where the host answers
 * later, the run pauses after the call (EDGE_REQUEST_INPUT) and this returns None. */
Value vm_read_input(VM *vm, bool keep_newline);

/* ---- life cycle (state.c), running code (call.c), generators (generator.c) ---- */
bool vm_init(VM *vm, const EdgeConfig *config);
void vm_free(VM *vm);
EdgeStatus vm_start(VM *vm, ObjCode *code, bool keep_globals); /* a module frame for `code` */
/* Counts a step taken from C (a call into Python, an item a builtin's loop takes), so a
 * loop under C still meets the limits. False when a limit ended the run (exception set). */
bool vm_step_in_c(VM *vm);
/* Charges `steps` for long work done in C (WORK_BYTES_PER_STEP bytes copied, a big-int
 * product's digit pairs / WORK_DIGITS_PER_STEP, a hash probe), so that the run's limits
 * hold inside one long operation too: false when a limit ended the run (exception set).
 * Where C cannot fail, VM_DEBIT only subtracts: the next check point settles the debt. */
bool vm_charge(VM *vm, uint64_t steps);
#define WORK_BYTES_PER_STEP 256
#define WORK_DIGITS_PER_STEP 64
#define VM_DEBIT(vm, steps) ((vm)->steps_left -= (int64_t)(steps))
EdgeStatus vm_resume(VM *vm, int64_t steps);
Value vm_gen_next(VM *vm, Value generator); /* next item, or UNDEF_VAL when finished */
Value vm_gen_stop(VM *vm, Value generator); /* raises StopIteration(its return value) */
/* Runs a generator from C until it yields (returns the value) or finishes (UNDEF_VAL). */
Value vm_gen_resume(VM *vm, ObjGenerator *g, Value sent);
void vm_gen_finish(VM *vm, ObjGenerator *g); /* done: its frame's values are let go */
Value gen_close(VM *vm, Value generator); /* generator.close() (generator.c) */
/* Calls any callable to completion (nested run for Python functions). */
Value op_call(VM *vm, Value callee, int argc, Value *argv, ObjTuple *kwnames);
/* The same by the callee's call slot, without op_call's scope of pins: for call slots that
 * call on (a bound method calls its function). */
Value vm_call(VM *vm, Value callee, int argc, Value *argv, ObjTuple *kwnames);
/* The call slots of natives and Python functions, and what calling a user class does (a new
 * instance, then its __init__). */
Value vm_call_native(VM *vm, Value callee, int argc, Value *argv, ObjTuple *kwnames);
Value vm_call_function(VM *vm, Value callee, int argc, Value *argv, ObjTuple *kwnames);
Value vm_construct(VM *vm, ObjClass *cls, int argc, Value *argv, ObjTuple *kwnames);

/* ---- classes (class.c, dunder.c) ---- */
void class_init(VM *vm); /* property, staticmethod, classmethod, super, NotImplemented */
void dunder_init(VM *vm); /* (5).__add__ and friends, in dunder.c */
/* The class statement: a new class from its name, bases and the namespace its body filled. */
Value class_build(VM *vm, ObjStr *name, int nbases, Value *bases, ObjDict *ns);
/* Through the MRO; UNDEF_VAL if absent. Cached (vm->attr_cache) until a class changes. */
Value class_lookup(VM *vm, ObjClass *cls, ObjStr *name);
/* Forgets every cached class lookup: a class's attributes changed, or a class was freed. */
static inline void class_cache_clear(VM *vm) { vm->class_epoch++; }
/* A new, uninitialised instance of a user class (args: the exception's args). */
Value class_instantiate(VM *vm, ObjClass *cls, int argc, Value *argv);
/* What `obj.name` gives when the class attribute `attr` was found: binds functions, unwraps
 * staticmethod/classmethod. */
Value class_bind(VM *vm, Value attr, Value obj, ObjClass *cls);
/* An instance of a class defined in Python (not a list of a subclass of list: see type.h). */
static inline bool is_user_instance(Value v) {
    if (!IS_OBJ(v)) return false;
    uint8_t k = OBJ_KIND(v);
    return (k == OBJ_INSTANCE || k == OBJ_EXCEPTION) && !AS_INSTANCE(v)->cls->is_builtin;
}
/* The call slot of instances: their class's __call__ (TypeError "not callable" without). */
Value class_call_instance(VM *vm, Value callee, int argc, Value *argv, ObjTuple *kwnames);
/* The delattr slot of instances: from the instance's own dict. */
int class_delattr_instance(VM *vm, Value obj, ObjStr *name);
Value bound_method_new(VM *vm, Value self, Value func); /* function.c */
Value class_staticmethod(VM *vm, Value f); /* staticmethod(f) */
/* For a list/dict/set of a user subclass: where its instance attributes live. */
ObjDict **subclass_attrs(Value v);
/* Calls the special method `id` of obj's class with obj first; UNDEF_VAL when the class
 * has none. */
Value vm_call_dunder(VM *vm, Value obj, DunderId id, int argc, Value *argv);
Value super_getattr(VM *vm, ObjSuper *s, ObjStr *name); /* UNDEF_VAL when absent */

/* ---- modules (modules.c) ---- */
void modules_init(VM *vm); /* the registry and the builtin `time` module */
void modules_init_builtin(VM *vm);
void modules_reset(VM *vm); /* a new program: code modules run their top level again */
/* The module an import of `spec` in file `importer` resolved to, or NULL. */
ObjModule *modules_find(VM *vm, const char *importer, const char *spec);
Value extern_call(VM *vm, ObjExtern *fn, int argc, Value *argv);
/* A module's name as Python shows it (its __name__: lib/utils.py is `utils`), and its
 * repr: <module 'utils' from 'lib/utils.py'>, or <module 'time' (built-in)>. */
Value modules_name(VM *vm, ObjModule *m);
Value modules_repr(VM *vm, ObjModule *m);
/* `from m import *` for the module at vm->sp[-1]: the names of its __all__, or else every
 * name of its globals that does not start with '_', bound in `into`. False when it raised. */
bool modules_import_star(VM *vm, ObjDict *into);

/* ---- memory (gc.c) ----
 * The collector's rule. A collection may start at any obj_alloc, wherever it is called
 * from. It keeps what it can reach from its roots: the value stack below vm->sp and every
 * frame, the VM's own fields, the module registry, and the pin stack. So:
 *  1. Every object obj_alloc returns is pinned, and so is every value Python code hands
 *     back to C (op_call's result, op_next's item). C may keep those in locals.
 *  2. A value C reads out of a container (a list item, a dict value, an attribute) is
 *     borrowed: if C then runs anything that can call Python code (which may empty the
 *     container) and still needs the value, it pins it: gc_pin(vm, v).
 *  3. The interpreter keeps its operands on the value stack and calls SAVE_FRAME() (or
 *     PROTECT(call), which does) before anything that allocates, so vm->sp covers them.
 * Pins are dropped in bulk: a native's when op_call returns, the interpreter's at each call
 * and loop turn. A loop in C that runs once per item of data drops each turn's pins, or
 * memory grows with the data; it keeps what it carries across turns pinned anew:
 *
 *     GcMark mark = gc_mark(vm);
 *     for (;;) {
 *         gc_release(vm, mark, acc);     <- this turn starts with only `acc` pinned
 *         Value item = op_next(vm, it);
 *         acc = op_binary(vm, BIN_ADD, acc, item);
 *     }
 *
 * EdgeConfig.gc_stress (EDGE_GC_STRESS=alloc for the native edge) collects at every
 * allocation: under ASan a value left unpinned is then a use-after-free at once. */
typedef uint32_t GcMark;
void gc_collect(VM *vm);
void gc_collect_release(VM *vm); /* ... and gives emptied pages back (between programs) */
void gc_free_all(VM *vm);
void gc_grow_pins(VM *vm);
/* C is about to allocate `bytes` (a big object, or a buffer it fills): true when they fit
 * under the heap cap (EdgeConfig.heap_limit), after a collection if need be; otherwise
 * false, with MemoryError raised. It may collect: what the caller holds must be pinned. */
bool gc_reserve(VM *vm, uint64_t bytes);
void gc_make_permanent(VM *vm); /* everything allocated so far: the end of set-up */
static inline Value gc_pin(VM *vm, Value v) {
    if (IS_OBJ(v)) {
        if (vm->npins == vm->pin_cap) gc_grow_pins(vm);
        vm->pins[vm->npins++] = v;
    }
    return v;
}
static inline GcMark gc_mark(VM *vm) { return vm->npins; }
/* Drops the pins made since `mark`, keeping `keep` (any value; UNDEF_VAL for none). */
static inline void gc_release(VM *vm, GcMark mark, Value keep) {
    vm->npins = mark;
    gc_pin(vm, keep);
}

/* ---- between the interpreter's files (vm.c, call.c, generator.c, exception.c) ---- */

typedef enum ExecStatus { EXEC_RETURNED, EXEC_ERROR, EXEC_SUSPENDED, EXEC_WAITING } ExecStatus;
/* Runs the frames above `base` until the one at `base` returns (its value in *result), an
 * exception leaves it, or the slice ends (vm.c). */
ExecStatus vm_execute(VM *vm, int base, Value *result);

/* Frame.exit_target: set when SEND (not FOR_ITER) resumed the generator. */
#define EXIT_SEND 0x80000000u

/* Whether the value stack has room for a frame of `code` whose locals start at `base`. */
static inline bool vm_stack_room(VM *vm, Value *base, ObjCode *code) {
    return base + code->nlocals + code->ncells + code->nfree + code->max_stack + 8 < vm->stack_end;
}
Value vm_recursion_error(VM *vm); /* RecursionError: maximum recursion depth exceeded */
/* Pushes a frame for `fn` whose arguments sit just above `callee` on the value stack.
 * On success the new frame is on top and vm->sp is its stack base (call.c). */
bool vm_push_frame(VM *vm, ObjFunction *fn, Value *callee, int argc, ObjTuple *kwnames);

/* What the run does when its steps ran out (call.c): go on with a new grant, end the host's
 * slice, or stop the program (a limit was reached: TimeoutError is set). */
typedef enum { BUDGET_GO_ON, BUDGET_SUSPEND, BUDGET_ABORT } BudgetAction;
BudgetAction vm_budget_ran_out(VM *vm, bool can_suspend);

/* generator.c: calling a generator function makes its generator; resuming one puts its
 * frame back on the stacks with `sent` as the value of the yield it stopped at. */
Value vm_make_generator(VM *vm, ObjFunction *fn, Value *callee, int argc, ObjTuple *kwnames);
bool vm_gen_push_frame(VM *vm, ObjGenerator *g, Value sent);

/* Records where frame `f` was as the current exception went through it (exception.c). */
void vm_add_traceback(VM *vm, Frame *f, bool again);

#endif
