/* containers.h — tuple, list, dict, set, range, slices and builtin iterators.
 * dict and set share the compact ordered Table (object.h). */
#ifndef EDGE_CONTAINERS_H
#define EDGE_CONTAINERS_H

#include "vm.h"

/* tuple.c */
ObjTuple *tuple_new(VM *vm, uint32_t len); /* items start as NONE_VAL */
Value tuple_from(VM *vm, uint32_t len, const Value *items);
Value tuple_getitem(VM *vm, ObjTuple *t, Value key); /* int or slice */
Value tuple_repr(VM *vm, ObjTuple *t);
bool tuple_hash(VM *vm, ObjTuple *t, int64_t *out); /* CPython's xxHash-based tuple hash */
/* x in a list or tuple (the contains slot of both): 1/0/-1. */
int seq_contains(VM *vm, Value seq, Value item);
/* Lexicographic comparison of two item arrays (lists and tuples), with op's meaning. */
int seq_compare(VM *vm, CmpOp op, const Value *a, uint32_t na, const Value *b, uint32_t nb);
extern const MethodDef tuple_methods[];

/* list.c */
ObjList *list_new(VM *vm, uint32_t capacity);
void list_append(VM *vm, ObjList *l, Value v);
bool list_extend(VM *vm, ObjList *l, Value iterable);
Value list_getitem(VM *vm, ObjList *l, Value key);           /* int or slice */
bool list_setitem(VM *vm, ObjList *l, Value key, Value v);   /* int or slice (assignment) */
bool list_delitem(VM *vm, ObjList *l, Value key);            /* int or slice */
Value list_repr(VM *vm, ObjList *l);
bool list_sort(VM *vm, ObjList *l, Value key /* NONE_VAL */, bool reverse); /* stable */
extern const MethodDef list_methods[];

/* dict.c: the shared table */
void table_init(Table *t);
void table_free(VM *vm, Table *t);
/* Entry number holding key, -1 when absent, -2 when a comparison raised. */
int32_t table_find(VM *vm, Table *t, Value key, int64_t hash);
bool table_insert(VM *vm, Table *t, Value key, int64_t hash, Value value); /* add or replace */
int table_remove(VM *vm, Table *t, Value key, int64_t hash); /* 1 removed, 0 absent, -1 error */
/* Lookup by text without an ObjStr (interning). */
ObjStr *table_find_text(Table *t, const char *bytes, size_t len, int64_t hash);

/* dict.c */
ObjDict *dict_new(VM *vm);
int dict_get(VM *vm, ObjDict *d, Value key, Value *out); /* 1 found, 0 absent, -1 error */
bool dict_set(VM *vm, ObjDict *d, Value key, Value value);
int dict_delete(VM *vm, ObjDict *d, Value key);          /* 1 deleted, 0 absent, -1 error */
/* Fast paths for str keys: never raise. */
Value dict_get_str(ObjDict *d, ObjStr *key);             /* UNDEF_VAL when absent */
void dict_set_str(VM *vm, ObjDict *d, ObjStr *key, Value value);
Value dict_getitem(VM *vm, ObjDict *d, Value key);       /* KeyError when absent */
Value dict_repr(VM *vm, ObjDict *d);
bool dict_update(VM *vm, ObjDict *d, Value other);       /* mapping or iterable of pairs */
Value dict_view_new(VM *vm, ObjDict *d, ViewKind kind);
extern const MethodDef dict_methods[];
extern const MethodDef dict_view_methods[];

/* set.c (OBJ_SET and OBJ_FROZENSET) */
ObjSet *set_new(VM *vm, bool frozen);
bool set_add(VM *vm, ObjSet *s, Value v);
int set_contains(VM *vm, ObjSet *s, Value v);
bool set_update(VM *vm, ObjSet *s, Value iterable);
Value set_repr(VM *vm, ObjSet *s);   /* {1, 2}, set(), frozenset({1}) */
Value set_binary(VM *vm, BinOp op, Value a, Value b); /* | & - ^ ; NotImplemented-free:
                                                        TypeError for non-sets */
int set_compare(VM *vm, CmpOp op, ObjSet *a, ObjSet *b); /* subset/superset/equality */
bool set_hash(VM *vm, ObjSet *s, int64_t *out);          /* frozenset only */
extern const MethodDef set_methods[];

/* range.c */
Value range_new(VM *vm, int64_t start, int64_t stop, int64_t step);
int64_t range_len(const ObjRange *r); /* -1 past INT64_MAX items (len() overflows) */
Value range_getitem(VM *vm, ObjRange *r, Value key); /* int or slice */
Value range_repr(VM *vm, ObjRange *r);
int range_contains(VM *vm, ObjRange *r, Value v);
extern const MethodDef range_methods[];

/* slice.c */
Value slice_new(VM *vm, Value start, Value stop, Value step);
extern const MethodDef slice_methods[];
/* The indices a slice selects from a sequence of `len` items (CPython's PySlice_Unpack and
 * PySlice_AdjustIndices): start, stop, step and their *count. */
bool slice_indices(VM *vm, ObjSlice *s, int64_t len, int64_t *start, int64_t *stop,
                   int64_t *step, int64_t *count);

/* iter.c */
Value iter_new(VM *vm, IterKind kind, Value seq);
Value iter_next(VM *vm, ObjIter *it); /* UNDEF_VAL when exhausted */
Value iter_reversed(VM *vm, Value seq); /* reversed() of a list, tuple, str or range */

/* builtins.c: the builtin functions and the constructors of builtin types */
void builtins_init(VM *vm);

/* ---- helpers the protocol (ops.c) and the container files share ---- */

/* ops.c. Raises MemoryError as CPython's PyErr_NoMemory does: without arguments, so it prints
 * as a bare "MemoryError" and str(e) == ''. Returns ERR_VAL. */
Value op_no_memory(VM *vm);

/* The hash a Table stores for key: str and small-int fast paths, else op_hash (which raises
 * "unhashable type: 'list'"). Always equal to op_hash's result. */
static inline bool table_hash(VM *vm, Value key, int64_t *out) {
    if (IS_STR(key)) {
        *out = AS_STR(key)->hash;
        return true;
    }
    if (IS_INT(key)) { /* |i| < 2**61 - 1: hash(i) == i, except hash(-1) == -2 */
        int64_t i = AS_INT(key);
        *out = i == -1 ? -2 : i;
        return true;
    }
    return op_hash(vm, key, out);
}

/* tuple.c. The C recursion guard of operations that recurse through container items (==
 * and ordering of lists, tuples, dicts and sets; tuple hashing; repr): each level counts
 * against the recursion limit together with the Python frames in progress, as in CPython, so
 * nesting 100,000 deep raises RecursionError instead of overflowing the C stack. nest_enter
 * returns false after raising RecursionError "maximum recursion depth exceeded" + where
 * (" in comparison"); every true is matched by one nest_leave. */
bool nest_enter(VM *vm, const char *where);
void nest_leave(VM *vm);
/* tuple.c. The repr guard over vm->repr_stack: repr_enter returns 1 when v is already being
 * repr'd (print [...]), 0 after pushing v (call repr_leave when done), -1 after raising
 * RecursionError when the nesting is past the recursion limit (nest_enter). */
int repr_enter(VM *vm, Value v);
void repr_leave(VM *vm);
/* Item equality for containers: identical values are equal (as PyObject_RichCompareBool),
 * else op_eq. 1/0/-1. */
int seq_item_eq(VM *vm, Value a, Value b);
/* index()'s optional start/end arguments argv[first], argv[first + 1] (if argc covers them),
 * clamped to [0, len] like slice bounds. */
bool seq_index_bounds(VM *vm, int argc, Value *argv, int first, int64_t len, int64_t *start,
                      int64_t *end);

/* slice.c */
Value slice_repr(VM *vm, ObjSlice *s); /* slice(1, None, None) */
/* A slice bound or index()/count() bound: big ints clamp; TypeError "slice indices must be
 * integers or None or have an __index__ method" (without "or None" when !none_ok). */
bool slice_index_value(VM *vm, Value v, bool none_ok, int64_t *out);
/* An int argument as a C integer (insert(i, x), pop(i)): OverflowError "Python int too large
 * to convert to C ssize_t"; TypeError "'str' object cannot be interpreted as an integer". */
bool index_arg(VM *vm, Value v, int64_t *out);

/* dict.c */
/* Removes the last live entry into *out (dict.popitem) / the first (set.pop); false when
 * the table is empty. */
bool table_pop_last(Table *t, TableEntry *out);
bool table_pop_first(VM *vm, Table *t, TableEntry *out);
/* Copies src's live entries into dst, which must hold none of their keys (stored hashes, no
 * comparisons). */
void table_copy(VM *vm, Table *dst, const Table *src);
/* dict == dict: 1 equal, 0 not, -1 error. Safe against an __eq__ that mutates either dict. */
int dict_equal(VM *vm, ObjDict *a, ObjDict *b);
Value dict_copy(VM *vm, ObjDict *d);
/* Views: len is view->dict->table.count; iterate with iter_new(vm, ITER_DICT_KEYS, view)
 * (the view's own kind is used). */
Value dict_view_repr(VM *vm, ObjDictView *v); /* dict_keys(['a']), dict_items([('a', 1)]) */
int dict_view_contains(VM *vm, ObjDictView *v, Value item); /* 1/0/-1 */

/* list.c */
Value list_copy(VM *vm, ObjList *l);

/* set.c. set_binary also accepts dict keys/items views on either side (result: set). */
bool set_is_any(Value v); /* set or frozenset */
/* a op b (an ordering or ==) between sets and dict keys/items views: each as a new frozenset. */
int set_compare_as_sets(VM *vm, CmpOp op, Value a, Value b);
/* a |= b, a &= b, a -= b, a ^= b for a set a and a set or frozenset b, in place as CPython's
 * set_ior/set_iand/set_isub/set_ixor (so the table keeps CPython's layout); returns a, or ERR_VAL.
 * Any other operands or operator: the same as set_binary. */
Value set_inplace(VM *vm, BinOp op, Value a, Value b);
/* The frozenset constant CPython 3.11 makes for a set display whose n > 2 items are all
 * constants ({3, 1, 2} compiles to BUILD_SET 0; LOAD_CONST frozenset; SET_UPDATE 1), and for
 * the iterable of `for x in {...}` / comprehensions over a constant display (any n): built from
 * the items in order, then rebuilt from its own iteration order as the compiler's constant
 * merging does. ERR_VAL if an item is unhashable. */
Value set_const_display(VM *vm, uint32_t n, const Value *items);

/* range.c */
int range_equal(const ObjRange *a, const ObjRange *b); /* as sequences: range(0) == range(2, 1) */
bool range_hash(VM *vm, ObjRange *r, int64_t *out);    /* hash((len, start, step)) like CPython */

#endif
