/* heap.h — where objects live: small ones in pages of equal-sized slots (one size class per
 * page, a free list per class), big ones each in a block of their own. The collector (gc.c)
 * marks; heap_sweep walks the pages in address order and frees what is unmarked. */
#ifndef EDGE_HEAP_H
#define EDGE_HEAP_H

#include <stdbool.h>
#include <stddef.h>

#include "object.h"

/* Slot sizes: 16 to 256 bytes; bigger objects get a block of their own. */
#define HEAP_CLASSES 15
#define HEAP_MAX_SMALL 256

typedef struct HeapPage HeapPage;
typedef struct HeapBig HeapBig;

typedef struct Heap {
    HeapPage *pages[HEAP_CLASSES]; /* each size class's pages */
    Obj *free[HEAP_CLASSES];       /* each class's free slots, linked through the slots */
    HeapBig *big;                  /* the big objects */
    HeapPage *spare;               /* empty pages, for any class */
    size_t page_count, spare_count;
} Heap;

/* What happens to an object the sweep frees, before its memory is reused. */
typedef void (*HeapFinalizer)(void *ctx, Obj *o);

void heap_init(Heap *h);
/* `size` zeroed bytes for an object; NULL when the host has no memory left. */
Obj *heap_alloc(Heap *h, size_t size);
/* Frees every unmarked object (after `finalize`), unmarks the marked ones (GC_PERMANENT
 * objects stay as they are), and with `release` gives most empty pages back to the host.
 * Returns the objects kept. */
size_t heap_sweep(Heap *h, HeapFinalizer finalize, void *ctx, bool release);
/* Calls `visit` for every object in the heap. */
void heap_each(Heap *h, void (*visit)(void *ctx, Obj *o), void *ctx);
/* Frees everything (`finalize` first for each object). */
void heap_free_all(Heap *h, HeapFinalizer finalize, void *ctx);

#endif
