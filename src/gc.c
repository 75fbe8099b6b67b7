/* gc.c — memory: allocation with accounting, and a precise mark-and-sweep collector.
 * A collection may start at any allocation once the heap has grown past its threshold;
 * vm.h ("The collector's rule") says what it sees and what C code must pin. Interned
 * strings are weak: unreferenced ones are dropped. */
#include <stdlib.h>
#include <string.h>

#include "containers.h"
#include "heap.h"
#include "vm.h"

#define STRESS_WORK 256

Obj *obj_alloc(VM *vm, ObjKind kind, size_t size) {
    /* Collect before allocating, so the new object is never at risk. */
    if ((vm->bytes_allocated + size > vm->next_gc || (vm->gc_stress && --vm->stress_countdown <= 0)) &&
        !vm->gc_disabled)
        gc_collect(vm);
    Obj *o = heap_alloc(&vm->heap, size);
    if (!o) abort(); /* the heap cap (MemoryError) is enforced before the host runs dry */
    /* A big object is filled by C without a step: the work counts by its size. */
    if (size > 4 * WORK_BYTES_PER_STEP) VM_DEBIT(vm, size / WORK_BYTES_PER_STEP);
    o->kind = (uint8_t)kind;
    vm->bytes_allocated += size;
    gc_pin(vm, OBJ_VAL(o));
    return o;
}

bool gc_reserve(VM *vm, uint64_t bytes) {
    if (!vm->heap_limit || vm->heap_uncapped) return true;
    if (vm->bytes_allocated + bytes <= vm->heap_limit) return true;
    if (!vm->gc_disabled) gc_collect(vm);
    if (vm->bytes_allocated + bytes <= vm->heap_limit) return true;
    vm_raise_heap_cap(vm);
    return false;
}

void gc_grow_pins(VM *vm) {
    uint32_t cap = vm->pin_cap ? vm->pin_cap * 2 : 256;
    Value *pins = realloc(vm->pins, sizeof(Value) * cap);
    if (!pins) abort();
    vm->pins = pins;
    vm->pin_cap = cap;
}

void *gc_realloc(VM *vm, void *ptr, size_t old_size, size_t new_size) {
    vm->bytes_allocated += new_size;
    vm->bytes_allocated = vm->bytes_allocated >= old_size ? vm->bytes_allocated - old_size : 0;
    if (new_size == 0) {
        free(ptr);
        return NULL;
    }
    void *p = realloc(ptr, new_size);
    if (!p) abort();
    if (new_size > 4 * WORK_BYTES_PER_STEP) VM_DEBIT(vm, new_size / WORK_BYTES_PER_STEP);
    return p;
}

/* The size obj_alloc was asked for, reconstructed from the object's own fields. */
static size_t obj_size(Obj *o) {
    switch ((ObjKind)o->kind) {
    case OBJ_STR: return sizeof(ObjStr) + ((ObjStr *)o)->len + 1;
    case OBJ_BIGINT: return sizeof(ObjBigInt) + sizeof(uint32_t) * ((ObjBigInt *)o)->ndigits;
    case OBJ_TUPLE: return sizeof(ObjTuple) + sizeof(Value) * ((ObjTuple *)o)->len;
    case OBJ_LIST: return sizeof(ObjList);
    case OBJ_DICT: return sizeof(ObjDict);
    case OBJ_SET:
    case OBJ_FROZENSET: return sizeof(ObjSet);
    case OBJ_RANGE: return sizeof(ObjRange);
    case OBJ_SLICE: return sizeof(ObjSlice);
    case OBJ_ITER: return sizeof(ObjIter);
    case OBJ_DICT_VIEW: return sizeof(ObjDictView);
    case OBJ_CODE: return sizeof(ObjCode);
    case OBJ_FUNCTION: return sizeof(ObjFunction);
    case OBJ_CELL: return sizeof(ObjCell);
    case OBJ_NATIVE: return sizeof(ObjNative);
    case OBJ_BOUND_METHOD: return sizeof(ObjBoundMethod);
    case OBJ_CLASS: return sizeof(ObjClass);
    case OBJ_INSTANCE: return sizeof(ObjInstance);
    case OBJ_EXCEPTION: return sizeof(ObjException);
    case OBJ_GENERATOR: return sizeof(ObjGenerator);
    case OBJ_MODULE: return sizeof(ObjModule);
    case OBJ_PROPERTY:
    case OBJ_STATICMETHOD:
    case OBJ_CLASSMETHOD: return sizeof(ObjWrapper);
    case OBJ_SUPER: return sizeof(ObjSuper);
    case OBJ_EXTERN: return sizeof(ObjExtern);
    case OBJ_BYTES: return sizeof(ObjBytes) + ((ObjBytes *)o)->len;
    default: return sizeof(Obj);
    }
}

/* Frees what an object owns outside the heap (the heap frees the object itself). */
static void free_object(void *ctx, Obj *o) {
    VM *vm = ctx;
    switch ((ObjKind)o->kind) {
    case OBJ_LIST: {
        ObjList *l = (ObjList *)o;
        gc_realloc(vm, l->items, sizeof(Value) * l->cap, 0);
        break;
    }
    case OBJ_DICT: table_free(vm, &((ObjDict *)o)->table); break;
    case OBJ_SET:
    case OBJ_FROZENSET: table_free(vm, &((ObjSet *)o)->table); break;
    case OBJ_CODE: {
        ObjCode *c = (ObjCode *)o;
        gc_realloc(vm, c->code, c->code_len, 0);
        gc_realloc(vm, c->consts, sizeof(Value) * c->nconsts, 0);
        gc_realloc(vm, c->names, sizeof(ObjStr *) * c->nnames, 0);
        gc_realloc(vm, c->global_cache, sizeof(int32_t) * c->nnames, 0);
        gc_realloc(vm, c->varnames, sizeof(ObjStr *) * c->nlocals, 0);
        gc_realloc(vm, c->cellnames, sizeof(ObjStr *) * (size_t)(c->ncells + c->nfree), 0);
        gc_realloc(vm, c->cell2local, sizeof(int16_t) * c->ncells, 0);
        gc_realloc(vm, c->lines, sizeof(LineEntry) * c->nlines, 0);
        gc_realloc(vm, c->handlers, sizeof(HandlerEntry) * c->nhandlers, 0);
        break;
    }
    case OBJ_GENERATOR: {
        ObjGenerator *g = (ObjGenerator *)o;
        gc_realloc(vm, g->saved, sizeof(Value) * g->saved_cap, 0);
        break;
    }
    default: break;
    }
    size_t size = obj_size(o);
    vm->bytes_allocated = vm->bytes_allocated >= size ? vm->bytes_allocated - size : 0;
}

/* ---- marking ---- */

static void mark_obj(VM *vm, Obj *o) {
    if (!o || o->marked) return;
    o->marked = 1;
    if (vm->gray_count == vm->gray_cap) {
        vm->gray_cap = vm->gray_cap ? vm->gray_cap * 2 : 256;
        vm->gray = realloc(vm->gray, sizeof(Obj *) * (size_t)vm->gray_cap);
        if (!vm->gray) abort();
    }
    vm->gray[vm->gray_count++] = o;
}

static void mark_value(VM *vm, Value v) {
    if (IS_OBJ(v)) mark_obj(vm, AS_OBJ(v));
}

static void mark_values(VM *vm, const Value *vs, size_t n) {
    vm->mark_work += n;
    for (size_t i = 0; i < n; i++) mark_value(vm, vs[i]);
}

static void mark_table(VM *vm, Table *t) {
    vm->mark_work += t->nentries;
    for (uint32_t i = 0; i < t->nentries; i++) {
        TableEntry *e = &t->entries[i];
        if (IS_UNDEF(e->key)) continue;
        mark_value(vm, e->key);
        mark_value(vm, e->value);
    }
}

#define MARK(p) mark_obj(vm, (Obj *)(p))

static void blacken(VM *vm, Obj *o) {
    switch ((ObjKind)o->kind) {
    case OBJ_TUPLE: mark_values(vm, ((ObjTuple *)o)->items, ((ObjTuple *)o)->len); break;
    case OBJ_LIST:
        mark_values(vm, ((ObjList *)o)->items, ((ObjList *)o)->len);
        MARK(((ObjList *)o)->cls);
        MARK(((ObjList *)o)->attrs);
        break;
    case OBJ_DICT:
        mark_table(vm, &((ObjDict *)o)->table);
        MARK(((ObjDict *)o)->cls);
        MARK(((ObjDict *)o)->attrs);
        break;
    case OBJ_SET:
    case OBJ_FROZENSET:
        mark_table(vm, &((ObjSet *)o)->table);
        MARK(((ObjSet *)o)->cls);
        MARK(((ObjSet *)o)->attrs);
        break;
    case OBJ_SLICE: {
        ObjSlice *s = (ObjSlice *)o;
        mark_value(vm, s->start);
        mark_value(vm, s->stop);
        mark_value(vm, s->step);
        break;
    }
    case OBJ_ITER: {
        ObjIter *it = (ObjIter *)o;
        mark_value(vm, it->seq);
        mark_value(vm, it->fn);
        mark_value(vm, it->aux);
        break;
    }
    case OBJ_DICT_VIEW: MARK(((ObjDictView *)o)->dict); break;
    case OBJ_CODE: {
        ObjCode *c = (ObjCode *)o;
        mark_values(vm, c->consts, c->nconsts);
        for (uint32_t i = 0; i < c->nnames; i++) MARK(c->names[i]);
        for (uint32_t i = 0; i < c->nlocals; i++) MARK(c->varnames[i]);
        for (uint32_t i = 0; i < (uint32_t)(c->ncells + c->nfree); i++) MARK(c->cellnames[i]);
        MARK(c->name);
        MARK(c->qualname);
        MARK(c->filename);
        MARK(c->source);
        MARK(c->doc);
        break;
    }
    case OBJ_FUNCTION: {
        ObjFunction *f = (ObjFunction *)o;
        MARK(f->code);
        MARK(f->globals);
        MARK(f->defaults);
        MARK(f->kwdefaults);
        MARK(f->closure);
        MARK(f->name);
        MARK(f->qualname);
        MARK(f->attrs);
        MARK(f->owner);
        break;
    }
    case OBJ_CELL: mark_value(vm, ((ObjCell *)o)->value); break;
    case OBJ_NATIVE: mark_value(vm, ((ObjNative *)o)->self); break;
    case OBJ_BOUND_METHOD:
        mark_value(vm, ((ObjBoundMethod *)o)->self);
        mark_value(vm, ((ObjBoundMethod *)o)->func);
        break;
    case OBJ_CLASS: {
        ObjClass *c = (ObjClass *)o;
        MARK(c->name);
        MARK(c->bases);
        MARK(c->mro);
        MARK(c->dict);
        break;
    }
    case OBJ_EXCEPTION: {
        ObjException *e = (ObjException *)o;
        MARK(e->args);
        mark_value(vm, e->traceback);
        mark_value(vm, e->cause);
        mark_value(vm, e->context);
        mark_value(vm, e->name);
        mark_value(vm, e->obj);
        MARK(e->base.cls);
        MARK(e->base.dict);
        break;
    }
    case OBJ_INSTANCE:
        MARK(((ObjInstance *)o)->cls);
        MARK(((ObjInstance *)o)->dict);
        break;
    case OBJ_GENERATOR: {
        ObjGenerator *g = (ObjGenerator *)o;
        MARK(g->func);
        mark_values(vm, g->saved, g->nsaved);
        mark_value(vm, g->handled);
        mark_value(vm, g->result);
        break;
    }
    case OBJ_PROPERTY:
    case OBJ_STATICMETHOD:
    case OBJ_CLASSMETHOD: {
        ObjWrapper *w = (ObjWrapper *)o;
        mark_value(vm, w->fget);
        mark_value(vm, w->fset);
        mark_value(vm, w->fdel);
        break;
    }
    case OBJ_SUPER:
        MARK(((ObjSuper *)o)->start);
        mark_value(vm, ((ObjSuper *)o)->self);
        break;
    case OBJ_MODULE:
        MARK(((ObjModule *)o)->name);
        MARK(((ObjModule *)o)->globals);
        MARK(((ObjModule *)o)->code);
        MARK(((ObjModule *)o)->exports);
        break;
    case OBJ_EXTERN: MARK(((ObjExtern *)o)->name); break;
    default: break;
    }
}

/* Kinds whose objects never change what they point at once made: a permanent one of them
 * needs no visit. Every other permanent object is visited at each collection. */
static bool immutable_kind(ObjKind kind) {
    switch (kind) {
    case OBJ_STR:
    case OBJ_BIGINT:
    case OBJ_TUPLE:
    case OBJ_NATIVE:
    case OBJ_CODE:
    case OBJ_RANGE:
    case OBJ_SLICE:
    case OBJ_EXTERN: return true;
    default: return false;
    }
}

static void count_mutable(void *ctx, Obj *o) {
    if (!immutable_kind((ObjKind)o->kind)) ++*(size_t *)ctx;
}

static void make_permanent(void *ctx, Obj *o) {
    VM *vm = ctx;
    o->marked = GC_PERMANENT;
    if (!immutable_kind((ObjKind)o->kind)) vm->permanent_roots[vm->npermanent_roots++] = o;
}

void gc_make_permanent(VM *vm) {
    size_t n = 0;
    heap_each(&vm->heap, count_mutable, &n);
    vm->permanent_roots = malloc(sizeof(Obj *) * (n ? n : 1));
    if (!vm->permanent_roots) abort();
    heap_each(&vm->heap, make_permanent, vm);
}

static void mark_roots(VM *vm) {
    for (uint32_t i = 0; i < vm->npermanent_roots; i++) blacken(vm, vm->permanent_roots[i]);
    mark_values(vm, vm->stack, (size_t)(vm->sp - vm->stack));
    mark_values(vm, vm->pins, vm->npins);
    for (int i = 0; i < vm->frame_count; i++) {
        Frame *f = &vm->frames[i];
        MARK(f->func);
        MARK(f->code);
        MARK(f->globals);
        MARK(f->gen);
        MARK(f->locals);
        MARK(f->module);
        mark_value(vm, f->handled);
    }
    mark_value(vm, vm->exc);
    mark_value(vm, vm->last_value);
    mark_values(vm, vm->repr_stack, (size_t)vm->repr_depth);
    MARK(vm->builtins);
    MARK(vm->main_globals);
    MARK(vm->main_code);
    MARK(vm->trace_codes);
    MARK(vm->modules);
    MARK(vm->import_keys);
    for (int i = 0; i < OBJ_KIND_COUNT; i++) MARK(vm->kind_class[i]);
    for (int i = 0; i < EXC_COUNT; i++) MARK(vm->exc_class[i]);
    for (int i = 0; i < ITER_KIND_COUNT; i++) MARK(vm->iter_class[i]);
    for (int i = 0; i < 3; i++) MARK(vm->view_class[i]);
    MARK(vm->cls_object);
    MARK(vm->cls_type);
    MARK(vm->cls_int);
    MARK(vm->cls_float);
    MARK(vm->cls_bool);
    MARK(vm->cls_none);
    MARK(vm->cls_textio);
    MARK(vm->s_init);
    MARK(vm->s_name);
    MARK(vm->s_main);
    MARK(vm->s_lambda);
    MARK(vm->s_module);
    MARK(vm->s_empty);
    mark_value(vm, vm->not_implemented);
    mark_value(vm, vm->memory_error);
    mark_value(vm, vm->ellipsis);
    mark_value(vm, vm->pending_throw);
    mark_value(vm, vm->extern_str);
    for (int i = 0; i < DUNDER_COUNT; i++) MARK(vm->dunder[i]);
    for (int i = 0; i < BIN_COUNT; i++)
        for (int j = 0; j < 3; j++) MARK(vm->binop_dunder[i][j]);
}

/* Interned strings nobody references any more leave the intern table before the sweep. */
static void drop_dead_strings(VM *vm) {
    Table *t = &vm->strings;
    for (uint32_t i = 0; i < t->nentries; i++) {
        TableEntry *e = &t->entries[i];
        if (IS_UNDEF(e->key) || AS_OBJ(e->key)->marked) continue;
        table_remove(vm, t, e->key, e->hash);
    }
}

static void collect(VM *vm, bool release_pages) {
    if (vm->gc_disabled) return;
    class_cache_clear(vm); /* its entries are not roots, and a freed class's address returns */
    vm->mark_work = 0;
    mark_roots(vm);
    while (vm->gray_count > 0) blacken(vm, vm->gray[--vm->gray_count]);
    drop_dead_strings(vm);
    vm->live_objects = heap_sweep(&vm->heap, free_object, vm, release_pages);
    /* Stress: the next collection at the next allocation, while the heap is small; a big
     * heap waits one allocation more per STRESS_WORK values this collection visited, so a
     * stress run costs at most about that much marking per allocation (a program holding
     * big data stays testable). */
    vm->stress_countdown = 1 + (int64_t)((vm->live_objects + vm->mark_work) / STRESS_WORK);
    /* The next collection once the heap is four times what is live: every collection
     * visits all that lives, so fewer of them is time saved (the strings bench: a third),
     * for a heap at most four times its need. Under a cap, by the cap at the latest, so
     * MemoryError comes before the host's memory ends. */
    size_t next = vm->bytes_allocated * 4;
    if (vm->heap_limit && next > vm->heap_limit) next = vm->heap_limit;
    vm->next_gc = next > ((size_t)4 << 20) ? next : ((size_t)4 << 20);
}

/* While a program runs, pages the sweep empties stay for its next objects; between programs
 * most of them go back to the host (heap.c keeps a few megabytes). */
void gc_collect(VM *vm) { collect(vm, false); }
void gc_collect_release(VM *vm) { collect(vm, true); }

void gc_free_all(VM *vm) {
    heap_free_all(&vm->heap, free_object, vm);
    free(vm->permanent_roots);
    vm->permanent_roots = NULL;
    vm->npermanent_roots = 0;
    /* The repr guard's stack and the pins (roots of every collection) go with the heap. */
    free(vm->repr_stack);
    vm->repr_stack = NULL;
    vm->repr_depth = vm->repr_cap = 0;
    free(vm->pins);
    vm->pins = NULL;
    vm->npins = vm->pin_cap = 0;
}
