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
    /* Nonzero: input() with no read_line callback pauses the run with EDGE_WAITING, and
     * the host answers later with edge_provide_input (an async prompt in a page). */
    int can_wait;
    /* Nonzero: collect garbage at every allocation. Very slow; for testing the VM itself,
     * where a sanitizer then reports any object the collector was not shown at once. */
    int gc_stress;
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
    EDGE_ERROR = 2,     /* a syntax error or an uncaught exception: see edge_last_error */
    EDGE_WAITING = 3    /* the program waits for the host: see edge_request */
} EdgeStatus;

/* Compiles `source` (UTF-8, `len` bytes) under the name `filename` (NULL: "main.py") and
 * prepares it to run, abandoning any program that was suspended. Returns EDGE_DONE when
 * it compiled (nothing has run yet) or EDGE_ERROR for a syntax error. */
EdgeStatus edge_load(EdgeVM *vm, const char *source, size_t len, const char *filename);

/* Runs the loaded program for at most `steps` steps (0: until it ends). A step is a
 * backward jump or a call, so a slice is short even for a tight loop. Returns DONE,
 * SUSPENDED (resume again later) or ERROR. */
EdgeStatus edge_resume(EdgeVM *vm, int64_t steps);

/* The limits of one run. A run past one of them ends with an exception that no except
 * clause catches (no finally block runs either). They hold inside nested runs too (sum()
 * over a generator, a __eq__ a dict calls), where a slice cannot end. */
typedef struct EdgeLimits {
    int64_t max_steps; /* TimeoutError past this many steps in all; 0: no limit */
    double deadline;   /* TimeoutError once config.clock passes it; 0: none */
    double time_limit_ms; /* the time the deadline stands for, for the message */
    size_t max_output; /* OSError once stdout and stderr together would pass it; 0: none */
} EdgeLimits;

/* Sets the loaded program's limits; call after edge_load, which clears them. */
void edge_set_limits(EdgeVM *vm, const EdgeLimits *limits);

/* Like edge_load, for notebooks and REPLs: the program runs in the globals the previous
 * session program left (the first one starts them), and the value of its last statement,
 * if that is an expression, is kept for edge_last_value_repr. */
EdgeStatus edge_load_session(EdgeVM *vm, const char *source, size_t len, const char *filename);

/* Forgets the session's globals: the next edge_load_session starts afresh. */
void edge_reset_session(EdgeVM *vm);

/* The repr of the value of the final expression of the session program that just
 * finished, or NULL when there was none or it was None. Valid until the next load. */
const char *edge_last_value_repr(EdgeVM *vm);

/* What a run that returned EDGE_WAITING waits for. */
typedef enum EdgeRequest {
    EDGE_REQUEST_NONE = 0,
    EDGE_REQUEST_INPUT = 1, /* a line for input() (its prompt is already written) */
    EDGE_REQUEST_SLEEP = 2, /* time.sleep(): resume after edge_request_seconds() */
    EDGE_REQUEST_LINE = 3   /* a trace paused at a line event (edge_trace): look with
                             * edge_trace_state, choose the next pause, resume */
} EdgeRequest;
double edge_request_seconds(EdgeVM *vm);
EdgeRequest edge_request(EdgeVM *vm);

/* Answers EDGE_REQUEST_INPUT: `line` (UTF-8, `len` bytes, no newline) becomes input()'s
 * result; NULL means end of input (input() raises EOFError). Then call edge_resume. */
void edge_provide_input(EdgeVM *vm, const char *line, size_t len);

/* Ends the program that is paused (edge_resume returned EDGE_SUSPENDED or EDGE_WAITING) as
 * Ctrl-C ends one in python3: with a KeyboardInterrupt, `message` its message (NULL for
 * none), that no except clause catches, whose traceback shows the line each frame was at.
 * Returns EDGE_ERROR (see edge_last_error), or EDGE_DONE when no program was paused. */
EdgeStatus edge_interrupt(EdgeVM *vm, const char *message);

/* ---- stepping through a program: line events, frames and objects as data ----
 * A debugger, or a page that shows a program run line by line, sets a trace after
 * edge_load; the run then pauses with EDGE_WAITING and EDGE_REQUEST_LINE at a line event
 * (the first instruction of a line, or a jump back to the start of a loop) of the
 * program's own code: its top level, its functions and classes, and in a session those
 * of earlier session programs (imported modules run without events). The host reads
 * edge_trace_state, sets the next mode, and resumes; edge_interrupt ends the program
 * there. A run cannot pause where C code called Python (a __repr__ that print() calls,
 * a key function of sorted()): the events there pass without a pause. The step, time
 * and output limits hold as in any run; the time a run waits paused is the host's to
 * leave out of its deadline, as for input(). With no trace (the default, and after
 * each edge_load), the interpreter runs exactly as it would without this API. */
typedef enum EdgeTraceMode {
    EDGE_TRACE_OFF = 0,      /* no pauses; the program runs at full speed */
    EDGE_TRACE_INTO = 1,     /* pause at the next line event, in whatever frame */
    EDGE_TRACE_OVER = 2,     /* ... in the frame paused in, or once it has returned */
    EDGE_TRACE_OUT = 3,      /* ... once the frame paused in has returned */
    EDGE_TRACE_CONTINUE = 4  /* ... only at a breakpoint (edge_trace_breakpoints) */
} EdgeTraceMode;

/* Sets where the run pauses next; OVER and OUT are relative to the frame the program is
 * paused in (before the first resume: its top level). Every mode also pauses at a
 * breakpoint. Returns 0, or -1 when out of memory (the trace is then off). */
int edge_trace(EdgeVM *vm, EdgeTraceMode mode);

/* The lines of the loaded program's file (its filename) where a run with a trace pauses
 * whatever the mode: `lines` holds `n` line numbers (1-based); n == 0 clears them. */
void edge_trace_breakpoints(EdgeVM *vm, const int *lines, size_t n);

/* Where the paused program is, as JSON (UTF-8, NUL-terminated; owned by the VM, valid
 * until the next call of the API), read without running any Python code:
 *   {"event": "line" | "end", "line": 3, "file": "main.py",
 *    "frames": [{"name": "<module>", "file": "main.py", "line": 7, "depth": 1,
 *                "locals": [["x", VALUE], ...]}, ...],  outermost first
 *    "objects": {"ID": OBJECT, ...}, "truncated": false}
 * A VALUE is {"ref": ID} for an object drawn apart (lists, tuples, dicts, sets,
 * instances, functions, classes and the rest), or {"type": "int", "repr": "3"} for a
 * number, bool, None or str, shown inline. An object appears once however many values
 * refer to it; ID is its id() as a string. An OBJECT has "type" (its class's name) and
 * "kind": "list", "tuple", "set" ("items": [VALUE...]), "dict" ("entries": [[VALUE,
 * VALUE]...]), "instance" ("attrs": [["name", VALUE]...]), "function" ("name",
 * "params"), "class" ("name", "attrs"), or "other" ("repr"). Long containers stop at 100
 * items ("more": how many were left out), and at most 400 objects are described
 * ("truncated": true past that). After the program ended ("event": "end"), the one frame
 * is the top level's globals. NULL when no program was loaded. */
const char *edge_trace_state(EdgeVM *vm);

/* ---- modules: imports are resolved before a program compiles ----
 * The host lists a program's imports, resolves and fetches them (paths, URLs, the
 * packages.json map, which the host parses: the VM never sees it), registers each module,
 * maps each import statement to the module it resolved to, then loads the program.
 * Registrations last until edge_clear_modules. */

/* Calls `found` once per import in `source`, with the spec as written ("utils",
 * "./lib/x.py#sha256-…") and its position. Returns EDGE_ERROR on a syntax error. */
typedef void (*EdgeImportFound)(void *user, const char *spec, int line, int col);
EdgeStatus edge_list_imports(EdgeVM *vm, const char *source, size_t len, const char *filename,
                             EdgeImportFound found, void *user);

/* Registers a code module under `key` (usually its URL), compiling it now: a syntax error
 * returns EDGE_ERROR with the diagnostic. */
EdgeStatus edge_add_module_source(EdgeVM *vm, const char *key, const char *source, size_t len);
/* ABI v2 strings. A native function whose parameters or result are str is called through
 * the host's glue, which copies strings between the two memories: bit i of `str_params`
 * marks parameter i as a str (the glue gets the str's object word: read it with
 * edge_str_data); with `str_result`, the glue returns a word that edge_make_str made
 * during the call, and nothing else. */
void edge_set_native_strings(EdgeVM *vm, const char *key, const char *name, unsigned str_params, int str_result);
/* A new str from `len` bytes of UTF-8 (copied) as a value word; 0 if they are not valid
 * UTF-8 or too long. */
uint64_t edge_make_str(EdgeVM *vm, const char *utf8, size_t len);
/* The UTF-8 bytes of the str `word` and their number in *len; NULL if it is not a str. */
const char *edge_str_data(EdgeVM *vm, uint64_t word, size_t *len);
/* A str constant of a native module (a v2 `name: str` getter's result). */
void edge_add_native_str_constant(EdgeVM *vm, const char *key, const char *name, const char *utf8, size_t len);

/* Registers an empty native module under `key`, then its functions and constants. */
void edge_add_native_module(EdgeVM *vm, const char *key);
void edge_add_native_function(EdgeVM *vm, const char *key, const char *name, uintptr_t fn, int nparams);
void edge_add_native_constant(EdgeVM *vm, const char *key, const char *name, uint64_t value);
/* Lets calls of `name` omit its trailing parameters past the first `nrequired`: they are
 * passed as None (ABI v2's `= None` parameters). */
void edge_set_native_required(EdgeVM *vm, const char *key, const char *name, int nrequired);
/* The import of `spec` written in file `importer` refers to the module registered as `key`. */
void edge_map_import(EdgeVM *vm, const char *importer, const char *spec, const char *key);
/* Forgets every registered module and mapping (not the builtin ones). */
void edge_clear_modules(EdgeVM *vm);
/* A native function trapped (the host caught the trap): the run raises RuntimeError
 * "native function 'f' trapped: <message>" where it called it; resume to go on. */
void edge_extern_trapped(EdgeVM *vm, const char *message);
/* Called by the host while a native function runs, when it reports an error (ABI v2's
 * error word and edge_error: "ValueError: math domain error"): when the call returns,
 * it raises that builtin exception (RuntimeError for any other name), as any call
 * raises; no C frame is abandoned. Ignored outside a native call and after the first. */
void edge_extern_raise(EdgeVM *vm, const char *type, const char *message);
/* Nonzero while a native function is being called (a trap then is the module's). */
int edge_extern_active(EdgeVM *vm);

/* edge_load followed by edge_resume(vm, 0). */
EdgeStatus edge_run(EdgeVM *vm, const char *source, size_t len, const char *filename);

/* Why the last edge_load/edge_resume returned EDGE_ERROR. Strings are owned by the VM and
 * valid until the next load or run. After EDGE_DONE, type is "SystemExit" (exit_status 0)
 * when the program ended by exit(), exit(0) or sys.exit() (a REPL leaves then), else NULL. */
typedef struct EdgeError {
    const char *type;     /* "SyntaxError", "ZeroDivisionError", ... */
    const char *message;  /* "division by zero" */
    const char *filename; /* where it happened ("main.py") */
    int line, col;        /* 1-based; col is 0 when unknown */
    const char *text;     /* the full report as a user should see it: a diagnostic with
                             a caret for syntax errors, a traceback for exceptions */
    int exit_status;      /* what a command line should exit with: 1, or SystemExit's code */
    int incomplete;       /* nonzero for a syntax error only because the source ended too
                             soon (inside brackets or a triple-quoted string, after a
                             backslash, where an indented block should start): a REPL
                             reads another line instead of reporting it */
} EdgeError;
const EdgeError *edge_last_error(EdgeVM *vm);

#ifdef __cplusplus
}
#endif
#endif
