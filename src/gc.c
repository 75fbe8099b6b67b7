/* gc.c — memory: allocation with accounting, and a precise mark-and-sweep collector.
 * A collection may start at any allocation once the heap has grown past its threshold;
 * vm.h ("The collector's rule") says what it sees and what C code must pin. Interned
 * strings are weak: unreferenced ones are dropped. */
#include <stdlib.h>
#include <string.h>

#include "containers.h"
#include "heap.h"
#include "type.h"

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
static size_t obj_size(const ObjType *t, Obj *o) {
    return t->var_size ? t->size + t->var_size(o) : t->size;
}

/* Frees what an object owns outside the heap (the heap frees the object itself). */
static void free_object(void *ctx, Obj *o) {
    VM *vm = ctx;
    const ObjType *t = obj_types[o->kind];
    if (t->free) t->free(vm, o);
    size_t size = obj_size(t, o);
    vm->bytes_allocated = vm->bytes_allocated >= size ? vm->bytes_allocated - size : 0;
}

/* ---- marking ---- */

void gc_grow_gray(VM *vm) {
    vm->gray_cap = vm->gray_cap ? vm->gray_cap * 2 : 256;
    vm->gray = realloc(vm->gray, sizeof(Obj *) * (size_t)vm->gray_cap);
    if (!vm->gray) abort();
}

#define MARK(p) GC_VISIT(vm, p)

void gc_visit_values(VM *vm, const Value *vs, size_t n) {
    vm->mark_work += n;
    for (size_t i = 0; i < n; i++) gc_visit_value(vm, vs[i]);
}

void gc_visit_table(VM *vm, Table *t) {
    vm->mark_work += t->nentries;
    for (uint32_t i = 0; i < t->nentries; i++) {
        TableEntry *e = &t->entries[i];
        if (IS_UNDEF(e->key)) continue;
        gc_visit_value(vm, e->key);
        gc_visit_value(vm, e->value);
    }
}

/* An object's children, by its type's mark slot. */
static void blacken(VM *vm, Obj *o) {
    const ObjType *t = obj_types[o->kind];
    if (t->mark) t->mark(vm, o);
}

/* Kinds whose objects never change what they point at once made (ObjType.immutable): a
 * permanent one of them needs no visit. Every other permanent object is visited at each
 * collection. */
static bool immutable_kind(ObjKind kind) {
    return obj_types[kind]->immutable;
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
    gc_visit_values(vm, vm->stack, (size_t)(vm->sp - vm->stack));
    gc_visit_values(vm, vm->pins, vm->npins);
    for (int i = 0; i < vm->frame_count; i++) {
        Frame *f = &vm->frames[i];
        MARK(f->func);
        MARK(f->code);
        MARK(f->globals);
        MARK(f->gen);
        MARK(f->locals);
        MARK(f->module);
        gc_visit_value(vm, f->handled);
    }
    gc_visit_value(vm, vm->exc);
    gc_visit_value(vm, vm->last_value);
    gc_visit_values(vm, vm->repr_stack, (size_t)vm->repr_depth);
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
    gc_visit_value(vm, vm->not_implemented);
    gc_visit_value(vm, vm->memory_error);
    gc_visit_value(vm, vm->ellipsis);
    gc_visit_value(vm, vm->pending_throw);
    gc_visit_value(vm, vm->extern_str);
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
