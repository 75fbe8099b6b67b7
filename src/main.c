/* main.c — the native `edge` command: runs a file (or -c code) on one VM, feeding input()
 * from stdin and writing program output to stdout/stderr. Exit status 0 when the program
 * finished, 1 after an uncaught exception or syntax error, 2 for a usage error. With no
 * program on a terminal it is an interactive prompt, as python3 is (a session VM).
 * --steps N runs in slices of N steps to exercise suspend/resume; --ast dumps the tree and
 * --dis the bytecode (debug.c's disassembler). */
#define _POSIX_C_SOURCE 200809L /* nanosleep, strdup, sigaction */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "ast.h"
#include "debug.h"
#include "include/edge.h"

#define EDGE_VERSION "0.1.0"

#define USAGE_LINE "usage: edge [options] FILE | -c CODE | -\n"

static const char usage[] =
    USAGE_LINE
    "Runs an Edge Python program; with none on a terminal, an interactive prompt.\n"
    "\n"
    "  FILE         run the program in FILE ('-' reads it from stdin, as does no FILE\n"
    "               when stdin is not a terminal)\n"
    "  -c CODE      run CODE given as a string\n"
    "  --steps N    run in slices of N steps (suspend and resume between them)\n"
    "  --heap-limit MB  raise MemoryError when the live heap passes MB megabytes\n"
    "  --max-steps N    end the program with TimeoutError after N steps\n"
    "  --timeout MS     end the program with TimeoutError after MS milliseconds\n"
    "  --max-output N   end the program with OSError once it would write more than N bytes\n"
    "  --ast FILE   print the syntax tree of FILE instead of running it\n"
    "  --dis FILE   print the bytecode of every code object of FILE instead of running it\n"
    "  --version    print the version and exit\n"
    "  -h, --help   print this help and exit\n"
    "\n"
    "input() reads lines from stdin. Exit status: 0 when the program finished, 1 after an\n"
    "uncaught exception or syntax error, 2 for a usage error.\n";

/* A usage error as python3 reports one: what is wrong, the usage line, where help is. */
static int usage_error(const char *fmt, const char *arg) {
    fprintf(stderr, fmt, arg);
    fputs("\n" USAGE_LINE "Try `edge -h' for more information.\n", stderr);
    return 2;
}

static void write_cb(void *user, int stream, const char *text, size_t len) {
    (void)user;
    if (stream == 2) {
        /* Keep stdout and stderr in program order when both go to one terminal or file. */
        fflush(stdout);
        fwrite(text, 1, len, stderr);
    } else {
        fwrite(text, 1, len, stdout);
    }
}

/* Like CPython reading a pipe, only the newline is dropped: a '\r' before it stays. */
static int read_line_cb(void *user, char **line, size_t *len) {
    (void)user;
    /* A prompt written by input() must be visible before we block on stdin. */
    fflush(stdout);
    size_t n = 0, cap = 128;
    char *buf = malloc(cap);
    if (buf == NULL) return 0;
    int c;
    while ((c = getchar()) != EOF && c != '\n') {
        if (n + 1 >= cap) {
            char *bigger = realloc(buf, cap * 2);
            if (bigger == NULL) {
                free(buf);
                return 0;
            }
            buf = bigger;
            cap *= 2;
        }
        buf[n++] = (char)c;
    }
    if (c == EOF && n == 0) {
        free(buf);
        return 0;
    }
    buf[n] = '\0';
    *line = buf;
    *len = n;
    return 1;
}

/* Reads a whole stream into a malloc'ed buffer; returns NULL on failure. */
static char *read_stream(FILE *f, size_t *len) {
    size_t n = 0, cap = 4096;
    char *buf = malloc(cap);
    if (buf == NULL) return NULL;
    for (;;) {
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0) break;
        if (n == cap) {
            char *bigger = realloc(buf, cap * 2);
            if (bigger == NULL) {
                free(buf);
                return NULL;
            }
            buf = bigger;
            cap *= 2;
        }
    }
    if (ferror(f)) {
        free(buf);
        return NULL;
    }
    *len = n;
    return buf;
}

static char *read_file(const char *path, size_t *len) {
    if (strcmp(path, "-") == 0) return read_stream(stdin, len);
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        int err = errno;
        fprintf(stderr, "edge: can't open file '%s': [Errno %d] %s\n", path, err, strerror(err));
        return NULL;
    }
    char *buf = read_stream(f, len);
    if (buf == NULL) fprintf(stderr, "edge: can't read file '%s'\n", path);
    fclose(f);
    return buf;
}

static void dump_cb(void *ctx, const char *text) { fputs(text, (FILE *)ctx); }

/* The one-line report of --ast and --dis when FILE does not compile: file:line:col: kind: message. */
static void report_diagnostic(const char *path, const Diagnostic *diag) {
    fprintf(stderr, "%s:%d:%d: %s: %s\n", path, diag->line, diag->col,
            diag->kind != NULL ? diag->kind : "SyntaxError", diag->message);
}

static int dump_ast(const char *path) {
    size_t len;
    char *src = read_file(path, &len);
    if (src == NULL) return 2;
    Arena arena;
    arena_init(&arena);
    Diagnostic diag;
    memset(&diag, 0, sizeof diag);
    diag.filename = path;
    Node *module = parse_module(&arena, src, len, &diag);
    int status = 0;
    if (module != NULL) {
        ast_dump(module, dump_cb, stdout);
    } else {
        report_diagnostic(path, &diag);
        status = 1;
    }
    arena_free(&arena);
    free(src);
    return status;
}

static int dump_code(const char *path) {
    size_t len;
    char *src = read_file(path, &len);
    if (src == NULL) return 2;
    Diagnostic diag;
    int status = 0;
    if (!debug_disassemble_source(src, len, path, dump_cb, stdout, &diag)) {
        report_diagnostic(path, &diag);
        status = 1;
    }
    free(src);
    return status;
}

static EdgeStatus register_imports(EdgeVM *vm, const char *filename, const char *src, size_t len, int depth);

/* time.time(): seconds since the epoch. */
static double clock_cb(void *user) {
    (void)user;
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* --heap-limit, in megabytes (0: none). */
static long long heap_limit, max_steps;
static size_t max_output;
static double timeout_ms;

/* Prints the report of the error that ended a run (a traceback, a diagnostic, or
 * exit("why")'s text) on stderr; returns the exit status it calls for. */
static int report(EdgeVM *vm) {
    const EdgeError *e = edge_last_error(vm);
    fflush(stdout);
    if (e != NULL && e->text != NULL && e->text[0] != '\0') {
        size_t n = strlen(e->text);
        fwrite(e->text, 1, n, stderr);
        if (e->text[n - 1] != '\n') fputc('\n', stderr);
    } else if (e != NULL && e->type != NULL && strcmp(e->type, "SystemExit") != 0) {
        fprintf(stderr, "%s: %s\n", e->type, e->message != NULL ? e->message : "");
    }
    return e != NULL ? e->exit_status : 1;
}

/* A VM with the command's callbacks and heap limit, or NULL (reported) when out of memory. */
static EdgeVM *new_vm(void) {
    EdgeConfig config;
    edge_config_init(&config);
    config.write = write_cb;
    config.read_line = read_line_cb;
    config.clock = clock_cb;
    config.heap_limit = (size_t)heap_limit << 20;
    /* EDGE_GC_STRESS=alloc: a collection at every allocation (tests of the VM itself). */
    const char *stress = getenv("EDGE_GC_STRESS");
    config.gc_stress = stress && strcmp(stress, "alloc") == 0;
    EdgeVM *vm = edge_vm_new(&config);
    if (vm == NULL) fputs("edge: out of memory\n", stderr);
    return vm;
}

/* Set by Ctrl-C while the interactive prompt is up (see repl); 0 otherwise. */
static volatile sig_atomic_t interrupted;

/* Runs the loaded program to its end, in slices of `steps` (0: one), under the command's
 * limits; sleeps for time.sleep(). Stops early (EDGE_SUSPENDED) when Ctrl-C interrupted. */
static EdgeStatus run_loaded(EdgeVM *vm, long long steps) {
    EdgeLimits limits = {max_steps, timeout_ms > 0 ? clock_cb(NULL) + timeout_ms / 1000 : 0, timeout_ms, max_output};
    edge_set_limits(vm, &limits);
    EdgeStatus status;
    do {
        if (interrupted) return EDGE_SUSPENDED;
        status = edge_resume(vm, steps);
        if (status == EDGE_WAITING && edge_request(vm) == EDGE_REQUEST_SLEEP) {
            double s = edge_request_seconds(vm);
            struct timespec ts = {(time_t)s, (long)((s - (double)(time_t)s) * 1e9)};
            nanosleep(&ts, NULL);
        }
    } while (status == EDGE_SUSPENDED || status == EDGE_WAITING);
    return status;
}

static int run(const char *src, size_t len, const char *filename, long long steps) {
    EdgeVM *vm = new_vm();
    if (vm == NULL) return 1;
    EdgeStatus status = register_imports(vm, filename, src, len, 0);
    if (status == EDGE_DONE) status = edge_load(vm, src, len, filename);
    if (status == EDGE_DONE) status = run_loaded(vm, steps);
    int code = status == EDGE_ERROR ? report(vm) : 0;
    edge_vm_free(vm);
    return code;
}

/* ---- imports from the file system: code modules next to the importing file ---- */

typedef struct Found {
    char *specs[256];
    int count;
} Found;

static void found_cb(void *user, const char *spec, int line, int col) {
    (void)line, (void)col;
    Found *f = user;
    if (f->count < 256) f->specs[f->count++] = strdup(spec);
}

/* The file a spec names, relative to the importer's folder: "./x.py", "x.py", or a bare
 * name `utils` for utils.py (a dotted one, `collections.abc`, for collections.abc.py, as
 * the standard modules name a submodule). NULL when the spec is not a local code module. */
static char *local_path(const char *importer, const char *spec) {
    size_t n = strlen(spec);
    char name[1024];
    if (strstr(spec, "://")) return NULL;
    if (strncmp(spec, "./", 2) == 0) spec += 2, n -= 2;
    if (n > 3 && strcmp(spec + n - 3, ".py") == 0) snprintf(name, sizeof name, "%s", spec);
    else if (!strchr(spec, '/') && spec[0] != '.' && !(n > 5 && strcmp(spec + n - 5, ".wasm") == 0))
        snprintf(name, sizeof name, "%s.py", spec);
    else return NULL;
    const char *slash = strrchr(importer, '/');
    char *path = malloc(strlen(importer) + strlen(name) + 2);
    if (!path) return NULL;
    if (name[0] == '/' || !slash) strcpy(path, name);
    else sprintf(path, "%.*s/%s", (int)(slash - importer), importer, name);
    FILE *f = fopen(path, "rb");
    if (!f) {
        free(path);
        return NULL;
    }
    fclose(f);
    return path;
}

/* Registers every module `source` imports (and theirs), depth first. Specs that are not
 * local files are left to the VM's builtin modules (time) or reported when compiling. */
static EdgeStatus register_imports(EdgeVM *vm, const char *filename, const char *src, size_t len, int depth) {
    static char *loading[64];
    Found found = {{0}, 0};
    if (depth >= 64) return EDGE_DONE;
    loading[depth] = (char *)filename;
    EdgeStatus st = edge_list_imports(vm, src, len, filename, found_cb, &found);
    for (int i = 0; i < found.count && st == EDGE_DONE; i++) {
        char *path = local_path(filename, found.specs[i]);
        if (path) {
            for (int d = 0; d <= depth; d++)
                if (strcmp(loading[d], path) == 0) {
                    fprintf(stderr, "error: circular import: '%s'\n", found.specs[i]);
                    st = EDGE_ERROR;
                }
            if (st == EDGE_DONE) {
                size_t mlen;
                char *msrc = read_file(path, &mlen);
                if (!msrc) st = EDGE_ERROR;
                else {
                    st = register_imports(vm, path, msrc, mlen, depth + 1);
                    if (st == EDGE_DONE) st = edge_add_module_source(vm, path, msrc, mlen);
                    if (st == EDGE_DONE) edge_map_import(vm, filename, found.specs[i], path);
                    free(msrc);
                }
            }
            free(path);
        }
    }
    for (int i = 0; i < found.count; i++) free(found.specs[i]);
    return st;
}

/* ---- the interactive prompt: `edge` with no program, on a terminal ----
 * As python3's: ">>> " for a statement, "... " while it goes on (a compound statement until
 * an empty line; open brackets, strings and backslashes until they end), the repr of an
 * expression, errors reported without ending the session, Ctrl-C dropping the input or
 * stopping the run with KeyboardInterrupt, Ctrl-D (or exit()) leaving. The lines are the
 * terminal's own (no history); every input runs as "<stdin>" in one session VM. */

static void on_sigint(int sig) {
    (void)sig;
    interrupted = 1;
}

/* Writes `prompt` to `out` and reads a line from stdin, without its newline (malloc'ed).
 * NULL at the end of input (Ctrl-D), or when Ctrl-C interrupted the read: SIGINT has no
 * SA_RESTART here, so the read returns at once with `interrupted` set. */
static char *read_prompt(FILE *out, const char *prompt) {
    fputs(prompt, out);
    fflush(out);
    clearerr(stdin); /* a Ctrl-D that ended an input() does not end the prompt */
    size_t n = 0, cap = 128;
    char *buf = malloc(cap);
    int c = 0;
    while (buf != NULL && !interrupted && (c = getchar()) != '\n') {
        if (c == EOF) {
            if (interrupted || n > 0 || !ferror(stdin) || errno != EINTR) break;
            clearerr(stdin); /* another signal (a resized terminal): read on */
            continue;
        }
        if (n + 1 >= cap) {
            char *bigger = realloc(buf, cap * 2);
            if (bigger == NULL) free(buf);
            buf = bigger;
            cap *= 2;
        }
        if (buf != NULL) buf[n++] = (char)c;
    }
    if (buf != NULL && (interrupted || (c == EOF && n == 0))) {
        free(buf);
        buf = NULL;
    }
    if (buf != NULL) buf[n] = '\0';
    return buf;
}

static int is_blank(const char *line) {
    return line[strspn(line, " \t\f\r")] == '\0';
}

/* Whether `line` opens a compound statement (or a decorator): its input then goes on to an
 * empty line even when it is whole already (`if x: print(x)`), as in python3's prompt. */
static int opens_block(const char *line) {
    static const char *const words[] = {"if", "while", "for", "try", "with", "def", "class", "async"};
    line += strspn(line, " \t");
    if (*line == '@') return 1;
    for (size_t i = 0; i < sizeof words / sizeof *words; i++) {
        size_t n = strlen(words[i]);
        unsigned char next = (unsigned char)line[n];
        if (strncmp(line, words[i], n) == 0 && next != '_' && next < 0x80 &&
            !(next >= '0' && next <= '9') && !((next | 32) >= 'a' && (next | 32) <= 'z'))
            return 1;
    }
    return 0;
}

static int repl(long long steps) {
    EdgeVM *vm = new_vm();
    if (vm == NULL) return 1;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    /* Like python3: the banner on stderr, the prompts on stdout when it is the terminal. */
    FILE *out = isatty(STDOUT_FILENO) ? stdout : stderr;
    fputs("Edge Python " EDGE_VERSION " (Ctrl-D or exit() to leave)\n", stderr);
    char *src = NULL;
    size_t len = 0;
    int block = 0, code = 0;
    for (;;) {
        char *line = read_prompt(out, len > 0 ? "... " : ">>> ");
        if (interrupted) { /* Ctrl-C at the prompt drops what was typed */
            interrupted = 0;
            free(line);
            fputs("\nKeyboardInterrupt\n", stderr);
            len = 0;
            block = 0;
            continue;
        }
        if (line == NULL) fputc('\n', out); /* Ctrl-D: what follows starts a line */
        if (line == NULL && len == 0) break;
        if (line != NULL) {
            if (len == 0 && is_blank(line)) {
                free(line);
                continue;
            }
            if (len == 0) block = opens_block(line);
            size_t n = strlen(line);
            char *bigger = realloc(src, len + n + 2);
            if (bigger == NULL) {
                fputs("edge: out of memory\n", stderr);
                free(line);
                code = 1;
                break;
            }
            src = bigger;
            memcpy(src + len, line, n);
            len += n;
            src[len++] = '\n';
            src[len] = '\0';
            int more = block && !is_blank(line);
            free(line);
            if (more) continue; /* a block goes on to an empty line */
        }
        /* Each input registers its own imports afresh (as web/cli.js does): a load resets
         * the registered modules, and the earlier inputs' modules must keep their globals. */
        edge_clear_modules(vm);
        EdgeStatus status = register_imports(vm, "<stdin>", src, len, 0);
        if (status == EDGE_DONE) status = edge_load_session(vm, src, len, "<stdin>");
        if (status == EDGE_DONE) status = run_loaded(vm, steps > 0 ? steps : 100000);
        const EdgeError *e = edge_last_error(vm);
        int indent = status == EDGE_ERROR && e->type != NULL && strcmp(e->type, "IndentationError") == 0;
        /* Unfinished: an open bracket or string reads on; so does a missing block, until
         * the empty line that ends the statement leaves it missing. At Ctrl-D, it is run. */
        if (line != NULL && status == EDGE_ERROR && e->incomplete && !(block && indent)) {
            block |= indent;
            continue;
        }
        len = 0;
        block = 0;
        if (interrupted) {
            interrupted = 0;
            fflush(stdout);
            fputs("KeyboardInterrupt\n", stderr);
        } else if (status == EDGE_DONE && e->type != NULL && strcmp(e->type, "SystemExit") == 0) {
            break; /* exit() */
        } else if (status == EDGE_DONE) {
            const char *repr = edge_last_value_repr(vm);
            if (repr != NULL) printf("%s\n", repr);
        } else if (status == EDGE_ERROR) {
            int exit_status = report(vm);
            if (e->type != NULL && strcmp(e->type, "SystemExit") == 0) {
                code = exit_status; /* exit(n), exit("why") */
                break;
            }
        }
        fflush(stdout);
        if (line == NULL) break; /* Ctrl-D after an unfinished statement */
    }
    fflush(stdout);
    free(src);
    edge_vm_free(vm);
    return code;
}

int main(int argc, char **argv) {
    const char *code = NULL, *path = NULL, *ast_path = NULL, *dis_path = NULL;
    long long steps = 0;
    heap_limit = 0;
    static const char *const with_argument[] = {"-c", "--steps", "--heap-limit", "--max-steps",
                                                 "--max-output", "--timeout", "--ast", "--dis"};
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        for (size_t k = 0; k < sizeof with_argument / sizeof *with_argument; k++)
            if (strcmp(a, with_argument[k]) == 0 && i + 1 == argc)
                return usage_error("Argument expected for the %s option", a);
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            fputs(usage, stdout);
            return 0;
        } else if (strcmp(a, "--version") == 0 || strcmp(a, "-V") == 0) {
            puts("Edge Python " EDGE_VERSION);
            return 0;
        } else if (strcmp(a, "-c") == 0) {
            code = argv[++i];
            break; /* the rest would be the program's arguments */
        } else if (strcmp(a, "--steps") == 0) {
            char *end;
            steps = strtoll(argv[++i], &end, 10);
            if (*end != '\0' || steps < 1) {
                fprintf(stderr, "edge: --steps needs a positive whole number\n");
                return 2;
            }
        } else if (strcmp(a, "--heap-limit") == 0) {
            char *end;
            heap_limit = strtoll(argv[++i], &end, 10);
            if (*end != '\0' || heap_limit < 1) {
                fprintf(stderr, "edge: --heap-limit needs a positive number of megabytes\n");
                return 2;
            }
        } else if (strcmp(a, "--max-steps") == 0) {
            char *end;
            max_steps = strtoll(argv[++i], &end, 10);
            if (*end != '\0' || max_steps < 1) {
                fprintf(stderr, "edge: --max-steps needs a positive whole number\n");
                return 2;
            }
        } else if (strcmp(a, "--max-output") == 0) {
            char *end;
            long long n = strtoll(argv[++i], &end, 10);
            if (*end != '\0' || n < 1) {
                fprintf(stderr, "edge: --max-output needs a positive whole number of bytes\n");
                return 2;
            }
            max_output = (size_t)n;
        } else if (strcmp(a, "--timeout") == 0) {
            char *end;
            timeout_ms = strtod(argv[++i], &end);
            if (*end != '\0' || !(timeout_ms > 0)) {
                fprintf(stderr, "edge: --timeout needs a positive number of milliseconds\n");
                return 2;
            }
        } else if (strcmp(a, "--ast") == 0) {
            ast_path = argv[++i];
        } else if (strcmp(a, "--dis") == 0) {
            dis_path = argv[++i];
        } else if (a[0] == '-' && a[1] != '\0') {
            /* python3's two spellings: "Unknown option: -z", "unknown option --foo" */
            return usage_error(a[1] == '-' ? "unknown option %s" : "Unknown option: %s", a);
        } else {
            path = a;
            break;
        }
    }
    if (ast_path != NULL) return dump_ast(ast_path);
    if (dis_path != NULL) return dump_code(dis_path);
    if (code != NULL) return run(code, strlen(code), "<string>", steps);
    if (path == NULL) {
        if (isatty(STDIN_FILENO)) return repl(steps);
        path = "-"; /* `echo 'print(3)' | edge`: the program comes from stdin */
    }
    size_t len;
    char *src = read_file(path, &len);
    if (src == NULL) return 2;
    int status = run(src, len, strcmp(path, "-") == 0 ? "<stdin>" : path, steps);
    free(src);
    return status;
}
