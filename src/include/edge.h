/* edge.h — the embedding API of Edge Python: the one header a host includes.
 * A host creates a VM with callbacks for output and input, loads a program, and runs it
 * in slices of steps, so a program can be paused and resumed between slices. */
#ifndef EDGE_H
#define EDGE_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* An Edge interpreter. Opaque; create with edge_vm_new, free with edge_vm_free. One VM
 * runs one program at a time; it can run any number of programs one after another. */
typedef struct VM EdgeVM;

/* What a host provides. Set every field after edge_config_init(&config) fills defaults. */
typedef struct EdgeConfig {
    /* Receives program output: stream 1 is stdout, 2 is stderr. `text` is UTF-8, not
     * NUL-terminated, valid only during the call. NULL discards output. */
    void (*write)(void *user, int stream, const char *text, size_t len);
    /* Supplies one line for input(), without the newline: stores a malloc'ed buffer the VM
     * frees in *line and its length in *len, and returns 1; returns 0 at end of input
     * (input() then raises EOFError). NULL means there is no input. */
    int (*read_line)(void *user, char **line, size_t *len);
    /* Seconds since some fixed point, for time measurements. NULL means always 0. */
    double (*clock)(void *user);
    /* Passed back to every callback. May be NULL. */
    void *user;
    /* Python call depth before RecursionError (CPython's default: 1000). */
    int max_depth;
    /* Bytes of heap before MemoryError; 0 means no limit. */
    size_t heap_limit;
} EdgeConfig;

/* Fills `config` with defaults: no callbacks, max_depth 1000, no heap limit. */
void edge_config_init(EdgeConfig *config);

/* Creates a VM. `config` is copied; NULL means defaults. Returns NULL if out of memory. */
EdgeVM *edge_vm_new(const EdgeConfig *config);

/* Frees a VM and everything it owns. NULL is ignored. */
void edge_vm_free(EdgeVM *vm);

typedef enum EdgeStatus {
    EDGE_DONE = 0,      /* the program finished */
    EDGE_SUSPENDED = 1, /* the step budget ran out: call edge_resume to go on */
    EDGE_ERROR = 2      /* a syntax error or an uncaught exception: see edge_last_error */
} EdgeStatus;

/* Compiles `source` (UTF-8, `len` bytes) under the name `filename` (NULL: "main.py") and
 * prepares it to run, abandoning any program that was suspended. Returns EDGE_DONE when
 * it compiled (nothing has run yet) or EDGE_ERROR for a syntax error. */
EdgeStatus edge_load(EdgeVM *vm, const char *source, size_t len, const char *filename);

/* Runs the loaded program for at most `steps` steps (0: until it ends). A step is a
 * backward jump or a call, so a slice is short even for a tight loop. Returns DONE,
 * SUSPENDED (resume again later) or ERROR. */
EdgeStatus edge_resume(EdgeVM *vm, int64_t steps);

/* edge_load followed by edge_resume(vm, 0). */
EdgeStatus edge_run(EdgeVM *vm, const char *source, size_t len, const char *filename);

/* Why the last edge_load/edge_resume returned EDGE_ERROR. Strings are owned by the VM and
 * valid until the next load or run. */
typedef struct EdgeError {
    const char *type;     /* "SyntaxError", "ZeroDivisionError", ... */
    const char *message;  /* "division by zero" */
    const char *filename; /* where it happened ("main.py") */
    int line, col;        /* 1-based; col is 0 when unknown */
    const char *text;     /* the full report as a user should see it: a diagnostic with
                             a caret for syntax errors, a traceback for exceptions */
} EdgeError;
const EdgeError *edge_last_error(EdgeVM *vm);

#ifdef __cplusplus
}
#endif
#endif
