/* heap.c — the object heap: pages of equal-sized slots for objects up to HEAP_MAX_SMALL
 * bytes, a block each for bigger ones. A slot costs no bookkeeping beyond the object's own
 * header (no malloc header, no list link), and the sweep reads pages in address order.
 * A free slot has kind HEAP_FREE and links to the next free slot of its class. */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "heap.h"

/* Under AddressSanitizer every object gets a block of its own, freed with free(): ASan then
 * sees a use after free (a slot would be reused at once, hiding it), and the collector's
 * stress mode can do its job (vm.h). */
#if defined(__SANITIZE_ADDRESS__)
#define HEAP_OWN_BLOCKS 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define HEAP_OWN_BLOCKS 1
#endif
#endif

#define HEAP_PAGE_BYTES (16 * 1024)
#define HEAP_SPARE_KEPT 256 /* pages: 4 MB */
#define HEAP_FREE 0xFF

static const uint16_t class_size[HEAP_CLASSES] = {16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256};

struct HeapPage {
    HeapPage *next;
    uint32_t slot_size, nslots;
    _Alignas(16) unsigned char slots[];
};

struct HeapBig {
    HeapBig *next;
    _Alignas(16) unsigned char object[];
};

/* The free-list link lives past the header, where every slot (16 bytes or more) has room. */
#define NEXT_FREE(o) (*(Obj **)((unsigned char *)(o) + 8))

/* The smallest class that holds `size` bytes. */
static int class_of(size_t size) {
    int c = 0;
    while (class_size[c] < size) c++;
    return c;
}

void heap_init(Heap *h) { memset(h, 0, sizeof *h); }

static bool add_page(Heap *h, int c) {
    uint32_t size = class_size[c];
    uint32_t n = (uint32_t)((HEAP_PAGE_BYTES - sizeof(HeapPage)) / size);
    HeapPage *p = h->spare;
    if (p) {
        h->spare = p->next;
        h->spare_count--;
    } else {
        p = malloc(HEAP_PAGE_BYTES);
        if (!p) return false;
    }
    p->slot_size = size;
    p->nslots = n;
    p->next = h->pages[c];
    h->pages[c] = p;
    h->page_count++;
    /* Thread the new slots onto the free list, first slot first. */
    for (uint32_t i = n; i-- > 0;) {
        Obj *o = (Obj *)(p->slots + (size_t)i * size);
        o->kind = HEAP_FREE;
        NEXT_FREE(o) = h->free[c];
        h->free[c] = o;
    }
    return true;
}

Obj *heap_alloc(Heap *h, size_t size) {
#ifdef HEAP_OWN_BLOCKS
    if (true) {
#else
    if (size > HEAP_MAX_SMALL) {
#endif
        HeapBig *b = calloc(1, sizeof(HeapBig) + size);
        if (!b) return NULL;
        b->next = h->big;
        h->big = b;
        return (Obj *)b->object;
    }
    int c = class_of(size);
    if (!h->free[c] && !add_page(h, c)) return NULL;
    Obj *o = h->free[c];
    h->free[c] = NEXT_FREE(o);
    memset(o, 0, class_size[c]);
    return o;
}

/* Whether the sweep keeps `o`, unmarking it if so. */
static bool keep(Obj *o) {
    if (o->marked == GC_PERMANENT) return true;
    if (!o->marked) return false;
    o->marked = 0;
    return true;
}

size_t heap_sweep(Heap *h, HeapFinalizer finalize, void *ctx, bool release) {
    size_t kept = 0;
    for (int c = 0; c < HEAP_CLASSES; c++) {
        Obj *free_list = NULL;
        HeapPage **link = &h->pages[c];
        while (*link) {
            HeapPage *p = *link;
            /* This page's free slots, chained in address order; joined to the class's list
             * unless the page turns out empty and goes back to the host. */
            Obj *first = NULL, *last = NULL;
            uint32_t live = 0;
            for (uint32_t i = 0; i < p->nslots; i++) {
                Obj *o = (Obj *)(p->slots + (size_t)i * p->slot_size);
                if (o->kind != HEAP_FREE) {
                    if (keep(o)) {
                        live++;
                        continue;
                    }
                    finalize(ctx, o);
                    o->kind = HEAP_FREE;
                }
                NEXT_FREE(o) = NULL;
                if (last) NEXT_FREE(last) = o;
                else first = o;
                last = o;
            }
            kept += live;
            /* An empty page goes to the spare pages, which every class draws on (a class
             * keeps one page of its own, so that making and dropping one object does not
             * move a page each time). */
            if (live == 0 && (p->next || link != &h->pages[c])) {
                *link = p->next;
                p->next = h->spare;
                h->spare = p;
                h->spare_count++;
                h->page_count--;
                continue;
            }
            if (last) {
                NEXT_FREE(last) = free_list;
                free_list = first;
            }
            link = &p->next;
        }
        h->free[c] = free_list;
    }
    /* Between programs (`release`), spare pages past HEAP_SPARE_KEPT go back to the host;
     * the rest stay, so that a run of similar programs finds its pages where the last left
     * them (the host's allocator would put them elsewhere, and memory would creep). */
    while (release && h->spare_count > HEAP_SPARE_KEPT) {
        HeapPage *p = h->spare;
        h->spare = p->next;
        h->spare_count--;
        free(p);
    }
    HeapBig **link = &h->big;
    while (*link) {
        HeapBig *b = *link;
        Obj *o = (Obj *)b->object;
        if (keep(o)) {
            kept++;
            link = &b->next;
        } else {
            finalize(ctx, o);
            *link = b->next;
            free(b);
        }
    }
    return kept;
}

void heap_each(Heap *h, void (*visit)(void *ctx, Obj *o), void *ctx) {
    for (int c = 0; c < HEAP_CLASSES; c++)
        for (HeapPage *p = h->pages[c]; p; p = p->next)
            for (uint32_t i = 0; i < p->nslots; i++) {
                Obj *o = (Obj *)(p->slots + (size_t)i * p->slot_size);
                if (o->kind != HEAP_FREE) visit(ctx, o);
            }
    for (HeapBig *b = h->big; b; b = b->next) visit(ctx, (Obj *)b->object);
}

void heap_free_all(Heap *h, HeapFinalizer finalize, void *ctx) {
    heap_each(h, finalize, ctx);
    for (int c = 0; c < HEAP_CLASSES; c++) {
        HeapPage *p = h->pages[c];
        while (p) {
            HeapPage *next = p->next;
            free(p);
            p = next;
        }
    }
    while (h->spare) {
        HeapPage *next = h->spare->next;
        free(h->spare);
        h->spare = next;
    }
    HeapBig *b = h->big;
    while (b) {
        HeapBig *next = b->next;
        free(b);
        b = next;
    }
    heap_init(h);
}
