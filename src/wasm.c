/* wasm.c — the host interface of edge.wasm: binds one Edge VM to functions the JS host
 * imports, and exports a small C ABI that web/edge.js drives through linear memory.
 * Only the `env` imports below cross the boundary; the module needs no JS glue.
 *
 * Imports (module "env"):
 *   host_write(i32 stream, i32 ptr, i32 len)
 *       Program output: stream 1 is stdout, 2 is stderr; `len` bytes of UTF-8 at `ptr`. A
 *       multi-byte character may be split across two calls, so decode each stream with a
 *       streaming decoder.
 *   host_read_line(i32 buf, i32 cap) -> i32
 *       The next line of input for input(), without its newline. Returns -1 at end of input,
 *       otherwise the line's full length in bytes, of which min(length, cap) were copied to
 *       `buf`. When the length exceeds `cap` the host keeps the line, and the next call
 *       delivers the same line again (this file retries at once with a buffer that fits),
 *       so long lines are never truncated.
 *   host_clock() -> f64
 *       Seconds since some fixed point (performance.now() / 1000 will do).
 * The C library may also import a few `wasi_snapshot_preview1` functions (proc_exit when
 * abort() is reached, fd_write for its message); web/edge.js stubs every WASI import.
 *
 * Exports:
 *   memory, _initialize (call it once first), __indirect_function_table
 *   edge_alloc(i32 size) -> i32 ptr    edge_free(i32 ptr)      malloc/free for the host
 *   edge_init(i32 max_depth, f64 heap_limit, i32 flags) -> i32
 *       Creates the module's one VM (0 for either argument means the default). Returns 0,
 *       or -1 when out of memory. Calling it again replaces the VM with a fresh one.
 *       flags bit 0: input() waits for the host (status 3) instead of calling
 *       host_read_line.
 *   edge_load_session_source(i32 src, i32 len, i32 filename) -> i32 status
 *       Like edge_load_source, in the globals the previous session program left; the value
 *       of a final expression is kept: edge_last_value_repr() -> i32 (0 when none).
 *   edge_reset_session()   forgets the session's globals.
 *   edge_request() -> i32   after status 3: 1 = input() waits for a line, 2 = time.sleep:
 *       wait edge_request_seconds() -> f64, then resume; 3 = a trace paused at a line.
 * Stepping (after edge_load_source; see edge_trace in edge.h):
 *   edge_trace(i32 mode) -> i32   0 off, 1 into, 2 over, 3 out, 4 continue; -1: no memory
 *   edge_trace_breakpoints(i32 lines, i32 n)   n i32 line numbers at `lines`
 *   edge_trace_state() -> i32   the paused program as JSON (NUL-terminated; 0 when none)
 * Modules (registered before edge_load_source; see edge.h for the model):
 *   edge_list_imports(i32 src, i32 len, i32 filename) -> i32 text
 *       "line\tcol\tspec\n" per import (malloc'ed: edge_free it), 0 on a syntax error.
 *   edge_add_module_source(i32 key, i32 src, i32 len) -> i32 status
 *   edge_add_native_module(i32 key)
 *   edge_add_native_function(i32 key, i32 name, i32 table_index, i32 nparams)
 *   edge_add_native_constant(i32 key, i32 name, i32 lo, i32 hi)   the value word's halves
 *   edge_set_native_required(i32 key, i32 name, i32 nrequired)   trailing `= None` params
 *   ABI v2 strings (the glue of a str function copies them between the two memories):
 *   edge_set_native_strings(i32 key, i32 name, i32 str_params, i32 str_result)
 *       bit i of str_params: parameter i is a str; str_result: the result is one.
 *   edge_str_len(i64 word) -> i32 (-1: not a str)   edge_str_chars(i64 word) -> i32
 *       the UTF-8 bytes of a str argument the glue received.
 *   edge_make_str(i32 ptr, i32 len) -> i64   a str from UTF-8 (copied), the only word a
 *       str function's glue may return; 0 when the bytes are not valid UTF-8.
 *   edge_add_native_str_constant(i32 key, i32 name, i32 ptr, i32 len)
 *   edge_map_import(i32 importer, i32 spec, i32 key)    edge_clear_modules()
 *   edge_extern_trapped(i32 message)   after catching a trap in a native function: resume.
 *   edge_extern_raise(i32 type, i32 message)   a module's reported error, as that exception.
 *   edge_extern_active() -> i32   nonzero during a native call.
 *   edge_stack_save() -> i32, edge_stack_restore(i32)   the C stack pointer, to restore
 *       after a trap unwound edge.wasm mid-call.
 *   edge_provide_input(i32 ptr, i32 len)   the line (len < 0: end of input); then resume.
 *   edge_interrupt(i32 message) -> i32 status   ends a paused program with KeyboardInterrupt
 *       (message: a NUL-terminated string, 0 for none); 2, or 0 when none was paused.
 *   edge_load_source(i32 src, i32 len, i32 filename) -> i32 status
 *       Compiles `len` bytes of UTF-8 at `src`; `filename` is a NUL-terminated string, 0
 *       for "main.py". Status: 0 done (compiled, nothing ran yet), 2 syntax error.
 *   edge_resume_steps(f64 steps) -> i32 status
 *       Runs for at most `steps` steps (a whole number; 0 runs to the end). Status: 0 done,
 *       1 suspended (call again to go on), 2 error, 3 waiting for the host (edge_request).
 *       A double keeps the ABI free of BigInt.
 *   edge_set_limits(f64 max_steps, f64 deadline, f64 limit_ms, f64 max_output)
 *       After a load (see EdgeLimits in edge.h; 0 turns a limit off): the run ends with
 *       TimeoutError past max_steps steps in all or once host_clock() passes `deadline`
 *       (limit_ms: the time it stands for, for the message), with OSError once its output
 *       would pass max_output bytes. Call again to move the deadline after a wait.
 *   edge_error_type() edge_error_message() edge_error_filename() edge_error_text() -> i32
 *       NUL-terminated UTF-8 strings describing the last error (never 0: "" when unknown),
 *       valid until the next load.
 *   edge_error_line() edge_error_col() -> i32   1-based; col is 0 when unknown.
 *   edge_error_incomplete() -> i32   1 for a syntax error only because the source ended
 *       too soon (EdgeError.incomplete): a REPL reads another line.
 * Every export other than edge_init and edge_alloc/edge_free returns an error status (or
 * empty strings) while there is no VM. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <emscripten/stack.h>
#include <stdio.h>

#include "include/edge.h"

/* Emscripten's own stack restore (a wasm function in its runtime). */
extern void stackRestore(uintptr_t sp);
#define stack_restore stackRestore

#define IMPORT(name) __attribute__((import_module("env"), import_name(#name)))
#define EXPORT(name) __attribute__((export_name(#name), used))

IMPORT(host_write) void host_write(int32_t stream, const char *ptr, int32_t len);
IMPORT(host_read_line) int32_t host_read_line(char *buf, int32_t cap);
IMPORT(host_clock) double host_clock(void);

/* A wasm instance is single-threaded and hosts exactly one VM, so this is the one place
 * in the project that keeps state outside a VM. */
static EdgeVM *the_vm;

static void write_cb(void *user, int stream, const char *text, size_t len) {
    (void)user;
    /* Chunks stay below 2 GiB on wasm32, but split anyway so the i32 length cannot wrap. */
    while (len > 0) {
        size_t n = len > 0x40000000u ? 0x40000000u : len;
        host_write(stream, text, (int32_t)n);
        text += n;
        len -= n;
    }
}

static int read_line_cb(void *user, char **line, size_t *len) {
    (void)user;
    int32_t cap = 256;
    char *buf = malloc((size_t)cap);
    if (buf == NULL) return 0;
    for (;;) {
        int32_t n = host_read_line(buf, cap);
        if (n < 0) {
            free(buf);
            return 0;
        }
        if (n <= cap) {
            *line = buf;
            *len = (size_t)n;
            return 1;
        }
        /* The host kept the line: ask again with room for all of it. */
        char *bigger = realloc(buf, (size_t)n);
        if (bigger == NULL) {
            free(buf);
            return 0;
        }
        buf = bigger;
        cap = n;
    }
}

static double clock_cb(void *user) {
    (void)user;
    return host_clock();
}

EXPORT(edge_alloc) void *wasm_alloc(int32_t size) { return malloc(size > 0 ? (size_t)size : 1); }

EXPORT(edge_free) void wasm_free(void *ptr) { free(ptr); }

EXPORT(edge_init) int32_t wasm_init(int32_t max_depth, double heap_limit, int32_t flags) {
    EdgeConfig config;
    edge_config_init(&config);
    config.write = write_cb;
    config.read_line = (flags & 1) ? NULL : read_line_cb;
    config.can_wait = (flags & 1) != 0;
    config.clock = clock_cb;
    if (max_depth > 0) config.max_depth = max_depth;
    if (heap_limit > 0) config.heap_limit = (size_t)heap_limit;
    edge_vm_free(the_vm);
    the_vm = edge_vm_new(&config);
    return the_vm != NULL ? 0 : -1;
}

EXPORT(edge_load_source)
int32_t wasm_load_source(const char *src, int32_t len, const char *filename) {
    if (the_vm == NULL) return EDGE_ERROR;
    return (int32_t)edge_load(the_vm, src, len > 0 ? (size_t)len : 0, filename);
}

EXPORT(edge_load_session_source)
int32_t wasm_load_session_source(const char *src, int32_t len, const char *filename) {
    if (the_vm == NULL) return EDGE_ERROR;
    return (int32_t)edge_load_session(the_vm, src, len > 0 ? (size_t)len : 0, filename);
}

EXPORT(edge_reset_session) void wasm_reset_session(void) {
    if (the_vm != NULL) edge_reset_session(the_vm);
}

EXPORT(edge_last_value_repr) const char *wasm_last_value_repr(void) {
    return the_vm != NULL ? edge_last_value_repr(the_vm) : NULL;
}

EXPORT(edge_request) int32_t wasm_request(void) {
    return the_vm != NULL ? (int32_t)edge_request(the_vm) : 0;
}

EXPORT(edge_provide_input) void wasm_provide_input(const char *line, int32_t len) {
    if (the_vm != NULL) edge_provide_input(the_vm, len < 0 ? NULL : line, len < 0 ? 0 : (size_t)len);
}

EXPORT(edge_error_exit_status) int32_t wasm_error_exit_status(void) {
    const EdgeError *e = the_vm != NULL ? edge_last_error(the_vm) : NULL;
    return e != NULL ? e->exit_status : 1;
}

EXPORT(edge_request_seconds) double wasm_request_seconds(void) {
    return the_vm != NULL ? edge_request_seconds(the_vm) : 0;
}

typedef struct ImportList {
    char *text;
    size_t len, cap;
} ImportList;

static void import_found(void *user, const char *spec, int line, int col) {
    ImportList *l = user;
    size_t need = strlen(spec) + 32;
    if (l->len + need >= l->cap) {
        size_t cap = (l->cap + need) * 2;
        char *text = realloc(l->text, cap);
        if (text == NULL) return;
        l->text = text;
        l->cap = cap;
    }
    l->len += (size_t)snprintf(l->text + l->len, l->cap - l->len, "%d\t%d\t%s\n", line, col, spec);
}

EXPORT(edge_list_imports) char *wasm_list_imports(const char *src, int32_t len, const char *filename) {
    if (the_vm == NULL) return NULL;
    ImportList l = {calloc(1, 64), 0, 64};
    if (l.text == NULL) return NULL;
    if (edge_list_imports(the_vm, src, len > 0 ? (size_t)len : 0, filename, import_found, &l) != EDGE_DONE) {
        free(l.text);
        return NULL;
    }
    return l.text;
}

EXPORT(edge_add_module_source) int32_t wasm_add_module_source(const char *key, const char *src, int32_t len) {
    if (the_vm == NULL) return EDGE_ERROR;
    return (int32_t)edge_add_module_source(the_vm, key, src, len > 0 ? (size_t)len : 0);
}

EXPORT(edge_add_native_module) void wasm_add_native_module(const char *key) {
    if (the_vm != NULL) edge_add_native_module(the_vm, key);
}

EXPORT(edge_add_native_function)
void wasm_add_native_function(const char *key, const char *name, int32_t table_index, int32_t nparams) {
    if (the_vm != NULL) edge_add_native_function(the_vm, key, name, (uintptr_t)table_index, nparams);
}

EXPORT(edge_add_native_constant)
void wasm_add_native_constant(const char *key, const char *name, int32_t lo, int32_t hi) {
    uint64_t word = ((uint64_t)(uint32_t)hi << 32) | (uint32_t)lo;
    if (the_vm != NULL) edge_add_native_constant(the_vm, key, name, word);
}

EXPORT(edge_set_native_required)
void wasm_set_native_required(const char *key, const char *name, int32_t nrequired) {
    if (the_vm != NULL) edge_set_native_required(the_vm, key, name, nrequired);
}

EXPORT(edge_set_native_strings)
void wasm_set_native_strings(const char *key, const char *name, int32_t str_params, int32_t str_result) {
    if (the_vm != NULL) edge_set_native_strings(the_vm, key, name, (unsigned)str_params, str_result);
}

EXPORT(edge_add_native_str_constant)
void wasm_add_native_str_constant(const char *key, const char *name, const char *utf8, int32_t len) {
    if (the_vm != NULL && len >= 0) edge_add_native_str_constant(the_vm, key, name, utf8, (size_t)len);
}

EXPORT(edge_make_str) uint64_t wasm_make_str(const char *utf8, int32_t len) {
    return the_vm != NULL && len >= 0 ? edge_make_str(the_vm, utf8, (size_t)len) : 0;
}

EXPORT(edge_str_len) int32_t wasm_str_len(uint64_t word) {
    size_t len;
    if (the_vm == NULL || edge_str_data(the_vm, word, &len) == NULL) return -1;
    return (int32_t)len;
}

EXPORT(edge_str_chars) const char *wasm_str_chars(uint64_t word) {
    size_t len;
    return the_vm != NULL ? edge_str_data(the_vm, word, &len) : NULL;
}

EXPORT(edge_map_import) void wasm_map_import(const char *importer, const char *spec, const char *key) {
    if (the_vm != NULL) edge_map_import(the_vm, importer, spec, key);
}

EXPORT(edge_clear_modules) void wasm_clear_modules(void) {
    if (the_vm != NULL) edge_clear_modules(the_vm);
}

EXPORT(edge_extern_trapped) void wasm_extern_trapped(const char *message) {
    if (the_vm != NULL) edge_extern_trapped(the_vm, message);
}

EXPORT(edge_extern_raise) void wasm_extern_raise(const char *type, const char *message) {
    if (the_vm != NULL) edge_extern_raise(the_vm, type, message);
}

EXPORT(edge_extern_active) int32_t wasm_extern_active(void) {
    return the_vm != NULL ? edge_extern_active(the_vm) : 0;
}

EXPORT(edge_stack_save) uintptr_t wasm_stack_save(void) { return emscripten_stack_get_current(); }

EXPORT(edge_stack_restore) void wasm_stack_restore(uintptr_t sp) { stack_restore(sp); }

EXPORT(edge_set_limits) void wasm_set_limits(double max_steps, double deadline, double limit_ms,
                                              double max_output) {
    if (the_vm == NULL) return;
    EdgeLimits limits = {
        .max_steps = max_steps >= 9.0e18 ? INT64_MAX : max_steps >= 1 ? (int64_t)max_steps : 0,
        .deadline = deadline,
        .time_limit_ms = limit_ms,
        .max_output = max_output >= 4.0e9 ? SIZE_MAX : max_output >= 1 ? (size_t)max_output : 0,
    };
    edge_set_limits(the_vm, &limits);
}

EXPORT(edge_resume_steps) int32_t wasm_resume_steps(double steps) {
    if (the_vm == NULL) return EDGE_ERROR;
    /* Clamp so the conversion is defined whatever the host passes. */
    int64_t n = steps >= 9.0e18 ? INT64_MAX : steps >= 1 ? (int64_t)steps : 0;
    return (int32_t)edge_resume(the_vm, n);
}

EXPORT(edge_trace) int32_t wasm_trace(int32_t mode) {
    if (the_vm == NULL || mode < EDGE_TRACE_OFF || mode > EDGE_TRACE_CONTINUE) return -1;
    return edge_trace(the_vm, (EdgeTraceMode)mode);
}

EXPORT(edge_trace_breakpoints) void wasm_trace_breakpoints(const int32_t *lines, int32_t n) {
    if (the_vm != NULL) edge_trace_breakpoints(the_vm, (const int *)lines, n > 0 ? (size_t)n : 0);
}

EXPORT(edge_trace_state) const char *wasm_trace_state(void) {
    return the_vm != NULL ? edge_trace_state(the_vm) : NULL;
}

EXPORT(edge_interrupt) int32_t wasm_interrupt(const char *message) {
    if (the_vm == NULL) return EDGE_ERROR;
    return (int32_t)edge_interrupt(the_vm, message);
}

static const EdgeError *last_error(void) { return the_vm != NULL ? edge_last_error(the_vm) : NULL; }

static const char *or_empty(const char *s) { return s != NULL ? s : ""; }

EXPORT(edge_error_type) const char *wasm_error_type(void) {
    const EdgeError *e = last_error();
    return e != NULL ? or_empty(e->type) : "";
}

EXPORT(edge_error_message) const char *wasm_error_message(void) {
    const EdgeError *e = last_error();
    return e != NULL ? or_empty(e->message) : "";
}

EXPORT(edge_error_filename) const char *wasm_error_filename(void) {
    const EdgeError *e = last_error();
    return e != NULL ? or_empty(e->filename) : "";
}

EXPORT(edge_error_text) const char *wasm_error_text(void) {
    const EdgeError *e = last_error();
    return e != NULL ? or_empty(e->text) : "";
}

EXPORT(edge_error_line) int32_t wasm_error_line(void) {
    const EdgeError *e = last_error();
    return e != NULL ? e->line : 0;
}

EXPORT(edge_error_col) int32_t wasm_error_col(void) {
    const EdgeError *e = last_error();
    return e != NULL ? e->col : 0;
}

EXPORT(edge_error_incomplete) int32_t wasm_error_incomplete(void) {
    const EdgeError *e = last_error();
    return e != NULL && e->incomplete;
}
