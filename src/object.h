/* object.h — heap object layouts and the allocation entry points.
 * Every heap value starts with an Obj header; its `kind` says which struct follows.
 * Builtin kinds have one ObjClass each in vm->kind_class[]; user instances carry theirs. */
#ifndef EDGE_OBJECT_H
#define EDGE_OBJECT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "value.h"

typedef struct VM VM;

typedef enum ObjKind {
    OBJ_STR,
    OBJ_BIGINT,
    OBJ_TUPLE,
    OBJ_LIST,
    OBJ_DICT,
    OBJ_SET,
    OBJ_FROZENSET,
    OBJ_RANGE,
    OBJ_SLICE,
    OBJ_ITER,       /* every builtin iterator: see IterKind */
    OBJ_DICT_VIEW,  /* dict.keys() / .values() / .items(): live views */
    OBJ_CODE,
    OBJ_FUNCTION,
    OBJ_CELL,
    OBJ_NATIVE,     /* a C function: builtin or method of a builtin type */
    OBJ_BOUND_METHOD,
    OBJ_CLASS,
    OBJ_INSTANCE,
    OBJ_EXCEPTION,  /* instances of BaseException and its subclasses */
    OBJ_GENERATOR,
    OBJ_MODULE,
    OBJ_BYTES,
    OBJ_PROPERTY,   /* property objects: see ObjWrapper */
    OBJ_STATICMETHOD,
    OBJ_CLASSMETHOD,
    OBJ_SUPER,
    OBJ_EXTERN,     /* a function exported by a native (.wasm) module */
    OBJ_KIND_COUNT
} ObjKind;

typedef struct Obj {
    uint8_t kind;   /* ObjKind */
    uint8_t marked; /* GC mark: 0 white, 1 reached, GC_PERMANENT made by the VM's set-up */
    uint16_t flags; /* per-kind flags (e.g. STR_INTERNED) */
} Obj; /* the heap (heap.c) knows where every object is: no list links them */

/* Objects the VM makes while it sets itself up (builtin classes, their methods, interned
 * names) live as long as the VM: collections neither free nor sweep them (gc.c). */
#define GC_PERMANENT 2

#define OBJ_KIND(v) (AS_OBJ(v)->kind)
#define IS_KIND(v, k) (IS_OBJ(v) && OBJ_KIND(v) == (k))
#define IS_STR(v) IS_KIND(v, OBJ_STR)
#define IS_BIGINT(v) IS_KIND(v, OBJ_BIGINT)
#define IS_TUPLE(v) IS_KIND(v, OBJ_TUPLE)
#define IS_LIST(v) IS_KIND(v, OBJ_LIST)
#define IS_DICT(v) IS_KIND(v, OBJ_DICT)
#define IS_SET(v) IS_KIND(v, OBJ_SET)
#define IS_RANGE(v) IS_KIND(v, OBJ_RANGE)
#define IS_FUNCTION(v) IS_KIND(v, OBJ_FUNCTION)
#define IS_CLASS(v) IS_KIND(v, OBJ_CLASS)
#define IS_EXCEPTION(v) IS_KIND(v, OBJ_EXCEPTION)
/* Python's int type is two representations: the 48-bit immediate and the heap BigInt. */
#define IS_ANYINT(v) (IS_INT(v) || IS_BIGINT(v))
/* A list, dict or set that is an instance of a user subclass (class Stack(list)). */
#define IS_SUBCLASSED(v)                                                                      \
    (IS_OBJ(v) && ((OBJ_KIND(v) == OBJ_LIST && ((struct ObjList *)AS_OBJ(v))->cls) ||         \
                   (OBJ_KIND(v) == OBJ_DICT && ((struct ObjDict *)AS_OBJ(v))->cls) ||         \
                   ((OBJ_KIND(v) == OBJ_SET || OBJ_KIND(v) == OBJ_FROZENSET) &&              \
                    ((struct ObjSet *)AS_OBJ(v))->cls)))

/* ---- str: immutable UTF-8, NUL-terminated, hash computed at creation ---- */
#define STR_INTERNED 1
typedef struct ObjStr {
    Obj obj;
    uint32_t len;    /* bytes, excluding the NUL */
    uint32_t cplen;  /* code points; == len means pure ASCII (O(1) indexing) */
    int64_t hash;    /* never -1 */
    char chars[];
} ObjStr;
#define AS_STR(v) ((ObjStr *)AS_OBJ(v))
#define STR_IS_ASCII(s) ((s)->len == (s)->cplen)

/* ---- int beyond 48 bits: sign + magnitude in base 2^32, little-endian digits ----
 * Invariants: ndigits > 0, no leading zero digit, value outside the 48-bit range
 * (results that fit are always returned as immediates: see bigint_normalize). */
typedef struct ObjBigInt {
    Obj obj;
    int32_t sign;     /* +1 or -1 */
    uint32_t ndigits;
    uint32_t digits[];
} ObjBigInt;
#define AS_BIGINT(v) ((ObjBigInt *)AS_OBJ(v))

typedef struct ObjTuple {
    Obj obj;
    uint32_t len;
    Value items[];
} ObjTuple;
#define AS_TUPLE(v) ((ObjTuple *)AS_OBJ(v))

struct ObjClass;
struct ObjDict;

typedef struct ObjList {
    Obj obj;
    uint32_t len, cap;
    Value *items; /* gc_realloc'ed array */
    struct ObjClass *cls;  /* a user subclass of list, or NULL */
    struct ObjDict *attrs; /* that subclass's instance attributes, or NULL */
} ObjList;
#define AS_LIST(v) ((ObjList *)AS_OBJ(v))

/* ---- dict and set share one compact ordered hash table ----
 * entries[] keeps insertion order; index[] (open addressing, power-of-two size) holds
 * entry numbers, -1 for empty and -2 for a deleted slot. A deleted entry has key UNDEF_VAL. */
typedef struct TableEntry {
    Value key;
    Value value; /* unused (NONE_VAL) in sets */
    int64_t hash;
} TableEntry;
typedef struct Table {
    uint32_t count;      /* live entries */
    uint32_t nentries;   /* entries used, live or deleted */
    uint32_t entry_cap;
    uint32_t index_size; /* 0 while empty, else a power of two */
    int32_t *index;
    TableEntry *entries;
} Table;
typedef struct ObjDict {
    Obj obj;
    Table table;
    struct ObjClass *cls;  /* a user subclass of dict, or NULL */
    struct ObjDict *attrs;
} ObjDict;
typedef struct ObjSet { /* OBJ_SET and OBJ_FROZENSET */
    Obj obj;
    Table table;
    struct ObjClass *cls;  /* a user subclass of set, or NULL */
    struct ObjDict *attrs;
} ObjSet;
#define AS_DICT(v) ((ObjDict *)AS_OBJ(v))
#define AS_SET(v) ((ObjSet *)AS_OBJ(v))

typedef struct ObjRange {
    Obj obj;
    int64_t start, stop, step; /* step != 0 */
} ObjRange;
#define AS_RANGE(v) ((ObjRange *)AS_OBJ(v))

typedef struct ObjSlice {
    Obj obj;
    Value start, stop, step; /* NONE_VAL where omitted */
} ObjSlice;
#define AS_SLICE(v) ((ObjSlice *)AS_OBJ(v))

/* ---- builtin iterators: one struct, a sub-kind, a few general-purpose fields ---- */
typedef enum IterKind {
    ITER_LIST,      /* seq = list, index */
    ITER_TUPLE,     /* seq = tuple, index */
    ITER_STR,       /* seq = str, index = byte offset */
    ITER_RANGE,     /* index = next value, stop, step */
    ITER_DICT_KEYS, /* seq = dict, index = entry number; ITER_DICT_* also serve sets */
    ITER_DICT_VALUES,
    ITER_DICT_ITEMS,
    ITER_ENUMERATE, /* seq = inner iterator, index = counter (a Value in aux if big) */
    ITER_ZIP,       /* seq = tuple of iterators */
    ITER_MAP,       /* fn, seq = tuple of iterators */
    ITER_FILTER,    /* fn (None = truthiness), seq = inner iterator */
    ITER_REVERSED,  /* seq = list/tuple/str/range, index counts down */
    ITER_CALLABLE,  /* iter(fn, sentinel): fn, aux = sentinel */
    ITER_SEQ,       /* the __getitem__ protocol: seq, index */
    ITER_KIND_COUNT
} IterKind;
typedef struct ObjIter {
    Obj obj;
    uint8_t iter_kind;
    bool exhausted;
    Value seq, fn, aux;
    int64_t index, stop, step;
    uint32_t expect_len; /* dict/set size at creation: "changed size during iteration" */
} ObjIter;
#define AS_ITER(v) ((ObjIter *)AS_OBJ(v))

typedef enum ViewKind { VIEW_KEYS, VIEW_VALUES, VIEW_ITEMS } ViewKind;
typedef struct ObjDictView {
    Obj obj;
    uint8_t view_kind;
    ObjDict *dict;
} ObjDictView;

/* ---- code and functions ---- */
#define CODE_VARARGS 1    /* has *args */
#define CODE_VARKW 2      /* has **kwargs */
#define CODE_GENERATOR 4  /* body contains yield */
#define CODE_MODULE 8     /* module top level: names are globals */
#define CODE_CLASS_BODY 16

/* One entry per instruction start that begins a new source position: the range of the
 * expression or statement the instructions come from, which a traceback underlines. Columns
 * count code points from 1; end_col is exclusive (0: the end is not known). */
typedef struct LineEntry {
    uint32_t offset; /* bytecode offset where this position starts */
    uint32_t line;
    uint32_t end_line;
    uint16_t col, end_col; /* past 65535 both are 0: the line shows without carets */
} LineEntry;

/* try/except and with blocks: an instruction in [start, end) that raises jumps to
 * target with the value stack cut back to depth (plus the exception pushed). */
typedef struct HandlerEntry {
    uint32_t start, end, target;
    uint32_t depth;
} HandlerEntry;

typedef struct ObjCode {
    Obj obj;
    uint8_t *code;
    uint32_t code_len;
    Value *consts;
    uint32_t nconsts;
    ObjStr **names; /* global/attribute names used by instructions */
    uint32_t nnames;
    /* LOAD_GLOBAL's inline cache, one per name: the entry number in the globals table
     * where the name was last found (-1: unknown). It checks itself: the entry must still
     * hold that very key. */
    int32_t *global_cache;
    ObjStr **varnames; /* locals: parameters first, in order, then other locals */
    uint16_t nlocals;  /* slots for locals (parameters included) */
    uint16_t nparams;  /* positional parameters (posonly + ordinary) */
    uint16_t nposonly;
    uint16_t nkwonly;  /* keyword-only parameters, after the positional ones */
    uint16_t ncells;   /* cells for locals captured by inner functions */
    uint16_t nfree;    /* cells received from the enclosing function */
    int16_t *cell2local; /* ncells entries: the parameter slot a cell starts from, or -1 */
    ObjStr **cellnames;  /* ncells + nfree names, for error messages */
    uint16_t flags;      /* CODE_* */
    uint32_t max_stack;
    LineEntry *lines;
    uint32_t nlines;
    HandlerEntry *handlers;
    uint32_t nhandlers;
    ObjStr *name, *qualname, *filename;
    ObjStr *source; /* the text it was compiled from, shared by every code object of that
                     * text: a traceback shows its lines (NULL: none) */
    ObjStr *doc; /* a function's docstring, or NULL */
    uint32_t first_line;
} ObjCode;
#define AS_CODE(v) ((ObjCode *)AS_OBJ(v))

typedef struct ObjDict ObjDict;
typedef struct ObjFunction {
    Obj obj;
    ObjCode *code;
    ObjDict *globals;
    ObjTuple *defaults;   /* for the last positional parameters, or NULL */
    ObjDict *kwdefaults;  /* keyword-only defaults, or NULL */
    ObjTuple *closure;    /* nfree cells, or NULL */
    ObjStr *name, *qualname;
    ObjDict *attrs;       /* function.__dict__, created on first store */
    struct ObjClass *owner; /* the class whose body defined it: for zero-argument super() */
} ObjFunction;
#define AS_FUNCTION(v) ((ObjFunction *)AS_OBJ(v))

typedef struct ObjCell {
    Obj obj;
    Value value; /* UNDEF_VAL while unbound */
} ObjCell;
#define AS_CELL(v) ((ObjCell *)AS_OBJ(v))

/* A C function. Arguments arrive as argv[0 .. argc-1] positionally, followed by the
 * keyword values argv[argc .. argc+nkw-1] named by kwnames (NULL when there are none).
 * For a method, argv[0] is self. Returns the result, or ERR_VAL with vm->exc set. */
typedef Value (*NativeFn)(VM *vm, int argc, Value *argv, ObjTuple *kwnames);

typedef struct ObjNative {
    Obj obj;
    NativeFn fn;
    const char *name;
    int16_t min_args, max_args; /* positional, self included; max -1 = any number */
    bool takes_kw;              /* else a keyword argument is a TypeError */
    bool is_hook;               /* a special method in C that the protocol calls (sys.stdin's
                                 * __iter__), unlike the builtin types' own, which it skips */
    Value self;                 /* UNDEF_VAL, or a bound receiver (module functions) */
    const char *owner;          /* a method's class name ("list"), for messages; or NULL */
} ObjNative;
#define AS_NATIVE(v) ((ObjNative *)AS_OBJ(v))

/* Method tables: each type file exports one, ending with a {NULL} entry. */
typedef struct MethodDef {
    const char *name;
    NativeFn fn;
    int16_t min_args, max_args; /* self included */
    bool takes_kw;
} MethodDef;

typedef struct ObjBoundMethod {
    Obj obj;
    Value self;
    Value func; /* ObjFunction or ObjNative */
} ObjBoundMethod;
#define AS_BOUND(v) ((ObjBoundMethod *)AS_OBJ(v))

/* ---- classes: builtin types and user classes alike ---- */
typedef struct ObjClass {
    Obj obj;
    ObjStr *name;
    ObjTuple *bases; /* ObjClass values */
    ObjTuple *mro;   /* C3 linearisation, self first */
    ObjDict *dict;   /* methods and class attributes */
    uint8_t instance_kind; /* ObjKind of instances: OBJ_INSTANCE, OBJ_EXCEPTION, or the builtin's */
    bool is_builtin;
    /* For builtin types: what calling the class does (`int("7")`); argv excludes the
     * class itself. NULL for user classes (they go through __new__/__init__). */
    Value (*ctor)(VM *vm, struct ObjClass *cls, int argc, Value *argv, ObjTuple *kwnames);
} ObjClass;
#define AS_CLASS(v) ((ObjClass *)AS_OBJ(v))

typedef struct ObjInstance {
    Obj obj;
    ObjClass *cls;
    ObjDict *dict; /* created lazily */
} ObjInstance;
#define AS_INSTANCE(v) ((ObjInstance *)AS_OBJ(v))

typedef struct ObjException {
    ObjInstance base;
    ObjTuple *args;
    Value traceback; /* list of TB_* tuples (vm.h), innermost first; or NONE */
    Value cause, context; /* NONE_VAL when absent */
    /* What the report's "Did you mean" needs (NONE_VAL when absent): the wrong name of a
     * NameError or AttributeError (ImportError: the name `from m import` missed), and the
     * object an AttributeError is about (ImportError: the module). */
    Value name, obj;
    bool suppress_context;
} ObjException;
#define AS_EXCEPTION(v) ((ObjException *)AS_OBJ(v))

typedef struct ObjBytes {
    Obj obj;
    uint32_t len;
    int64_t hash;
    uint8_t data[];
} ObjBytes;

/* A generator keeps its frame off the VM stack between resumptions: the locals, cells
 * and value stack are copied out at each yield and back in at each resume. */
typedef enum GenState { GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING, GEN_DONE } GenState;
typedef struct ObjGenerator {
    Obj obj;
    ObjFunction *func;
    Value *saved;      /* slots + value stack, gc_realloc'ed with saved_cap entries */
    uint32_t nsaved, saved_cap;
    uint32_t ip;       /* offset of the next instruction */
    uint8_t state;     /* GenState */
    Value handled;     /* the exception its frame was handling when it yielded */
    Value result;      /* what its `return` gave: StopIteration.value */
} ObjGenerator;
#define AS_GENERATOR(v) ((ObjGenerator *)AS_OBJ(v))

/* property(fget, fset, fdel), staticmethod(fn) (in fget), classmethod(fn) (in fget) */
typedef struct ObjWrapper {
    Obj obj;
    Value fget, fset, fdel; /* NONE_VAL where absent */
} ObjWrapper;
#define AS_WRAPPER(v) ((ObjWrapper *)AS_OBJ(v))

/* super(): attribute lookup on `obj` that starts after `start` in obj's MRO. */
typedef struct ObjSuper {
    Obj obj;
    struct ObjClass *start;
    Value self;
} ObjSuper;
#define AS_SUPER(v) ((ObjSuper *)AS_OBJ(v))

/* A module a program imports. A code module runs its top level once per program (state
 * goes 0 -> 1 running -> 2 done); a native module only holds its exports. */
typedef struct ObjModule {
    Obj obj;
    ObjStr *name;       /* the key it is registered under (a URL, a path, or "time") */
    ObjDict *globals;   /* code: its globals; native: its exports */
    struct ObjCode *code; /* NULL for native modules */
    ObjTuple *exports;  /* the names `from m import *` binds, in definition order */
    uint8_t state;
} ObjModule;
#define AS_MODULE(v) ((ObjModule *)AS_OBJ(v))

/* A native function: called through a function pointer (in wasm, an index into the
 * function table the host filled) with raw value words, ABI v1. */
typedef struct ObjExtern {
    Obj obj;
    ObjStr *name;
    uintptr_t fn;
    uint8_t nparams;
    uint8_t nrequired; /* trailing parameters past this default to None (ABI v2 `= None`) */
    uint8_t str_params; /* bit i: parameter i is a str (ABI v2), passed as its object word */
    bool str_result;    /* the result is a str the host made with edge_make_str */
} ObjExtern;
#define AS_EXTERN(v) ((ObjExtern *)AS_OBJ(v))

/* ---- allocation (gc.c) ----
 * obj_alloc may collect first (see "The collector's rule" in vm.h); the object it returns
 * is zeroed and pinned. gc_realloc (arrays inside objects) never collects. */
Obj *obj_alloc(VM *vm, ObjKind kind, size_t size);
void *gc_realloc(VM *vm, void *ptr, size_t old_size, size_t new_size); /* new_size 0 frees */
#define GC_NEW_ARRAY(vm, T, n) ((T *)gc_realloc((vm), NULL, 0, sizeof(T) * (size_t)(n)))
#define GC_FREE_ARRAY(vm, T, p, n) gc_realloc((vm), (p), sizeof(T) * (size_t)(n), 0)

#endif
