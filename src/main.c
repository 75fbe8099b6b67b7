/* main.c — the native `edge` command: runs a file (or -c code) on one VM, feeding input()
 * from stdin and writing program output to stdout/stderr. Exit status 0 when the program
 * finished, 1 after an uncaught exception or syntax error, 2 for a usage error.
 * --steps N runs in slices of N steps to exercise suspend/resume; --ast dumps the tree. */
#define _POSIX_C_SOURCE 200809L /* nanosleep, strdup */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ast.h"
#include "include/edge.h"

#define EDGE_VERSION "0.1.0"

static const char usage[] =
    "usage: edge [options] FILE | -c CODE | -\n"
    "Runs an Edge Python program.\n"
    "\n"
    "  FILE         run the program in FILE ('-' reads it from stdin)\n"
    "  -c CODE      run CODE given as a string\n"
    "  --steps N    run in slices of N steps (suspend and resume between them)\n"
    "  --heap-limit MB  raise MemoryError when the live heap passes MB megabytes\n"
    "  --max-steps N    end the program with TimeoutError after N steps\n"
    "  --timeout MS     end the program with TimeoutError after MS milliseconds\n"
    "  --max-output N   end the program with OSError once it would write more than N bytes\n"
    "  --ast FILE   print the syntax tree of FILE instead of running it\n"
    "  --version    print the version and exit\n"
    "  -h, --help   print this help and exit\n"
    "\n"
    "input() reads lines from stdin. Exit status: 0 when the program finished, 1 after an\n"
    "uncaught exception or syntax error, 2 for a usage error.\n";

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

static int dump_ast(const char *path) {
    size_t len;
    char *src = read_file(path, &len);
    if (src == NULL) return 2;
    Arena arena;
    arena_init(&arena);
    Diagnostic diag;
    memset(&diag, 0, sizeof diag);
    Node *module = parse_module(&arena, src, len, &diag);
    int status = 0;
    if (module != NULL) {
        ast_dump(module, dump_cb, stdout);
    } else {
        fprintf(stderr, "%s:%d:%d: %s: %s\n", path, diag.line, diag.col,
                diag.kind != NULL ? diag.kind : "SyntaxError", diag.message);
        status = 1;
    }
    arena_free(&arena);
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

static int run(const char *src, size_t len, const char *filename, long long steps) {
    EdgeConfig config;
    edge_config_init(&config);
    config.write = write_cb;
    config.read_line = read_line_cb;
    config.clock = clock_cb;
    config.heap_limit = (size_t)heap_limit << 20;
    EdgeVM *vm = edge_vm_new(&config);
    if (vm == NULL) {
        fputs("edge: out of memory\n", stderr);
        return 1;
    }
    EdgeStatus status = register_imports(vm, filename, src, len, 0);
    if (status == EDGE_DONE) status = edge_load(vm, src, len, filename);
    if (status == EDGE_DONE) {
        EdgeLimits limits = {max_steps, timeout_ms > 0 ? clock_cb(NULL) + timeout_ms / 1000 : 0, timeout_ms, max_output};
        edge_set_limits(vm, &limits);
        do {
            status = edge_resume(vm, steps);
            if (status == EDGE_WAITING && edge_request(vm) == EDGE_REQUEST_SLEEP) {
                double s = edge_request_seconds(vm);
                struct timespec ts = {(time_t)s, (long)((s - (double)(time_t)s) * 1e9)};
                nanosleep(&ts, NULL);
            }
        } while (status == EDGE_SUSPENDED || status == EDGE_WAITING);
    }
    int code = 0;
    if (status == EDGE_ERROR) {
        const EdgeError *e = edge_last_error(vm);
        fflush(stdout);
        if (e != NULL && e->text != NULL && e->text[0] != '\0') {
            size_t n = strlen(e->text);
            fwrite(e->text, 1, n, stderr);
            if (e->text[n - 1] != '\n') fputc('\n', stderr);
        } else if (e != NULL && e->type != NULL && strcmp(e->type, "SystemExit") != 0) {
            fprintf(stderr, "%s: %s\n", e->type, e->message != NULL ? e->message : "");
        }
        code = e != NULL ? e->exit_status : 1;
    }
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
 * name `utils` for utils.py. NULL when the spec is not a local code module. */
static char *local_path(const char *importer, const char *spec) {
    size_t n = strlen(spec);
    char name[1024];
    if (strstr(spec, "://")) return NULL;
    if (strncmp(spec, "./", 2) == 0) spec += 2, n -= 2;
    if (n > 3 && strcmp(spec + n - 3, ".py") == 0) snprintf(name, sizeof name, "%s", spec);
    else if (!strchr(spec, '/') && !strchr(spec, '.')) snprintf(name, sizeof name, "%s.py", spec);
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

int main(int argc, char **argv) {
    const char *code = NULL, *path = NULL, *ast_path = NULL;
    long long steps = 0;
    heap_limit = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            fputs(usage, stdout);
            return 0;
        } else if (strcmp(a, "--version") == 0 || strcmp(a, "-V") == 0) {
            puts("Edge Python " EDGE_VERSION);
            return 0;
        } else if (strcmp(a, "-c") == 0 && i + 1 < argc) {
            code = argv[++i];
            break; /* the rest would be the program's arguments */
        } else if (strcmp(a, "--steps") == 0 && i + 1 < argc) {
            char *end;
            steps = strtoll(argv[++i], &end, 10);
            if (*end != '\0' || steps < 1) {
                fprintf(stderr, "edge: --steps needs a positive whole number\n");
                return 2;
            }
        } else if (strcmp(a, "--heap-limit") == 0 && i + 1 < argc) {
            char *end;
            heap_limit = strtoll(argv[++i], &end, 10);
            if (*end != '\0' || heap_limit < 1) {
                fprintf(stderr, "edge: --heap-limit needs a positive number of megabytes\n");
                return 2;
            }
        } else if (strcmp(a, "--max-steps") == 0 && i + 1 < argc) {
            char *end;
            max_steps = strtoll(argv[++i], &end, 10);
            if (*end != '\0' || max_steps < 1) {
                fprintf(stderr, "edge: --max-steps needs a positive whole number\n");
                return 2;
            }
        } else if (strcmp(a, "--max-output") == 0 && i + 1 < argc) {
            char *end;
            long long n = strtoll(argv[++i], &end, 10);
            if (*end != '\0' || n < 1) {
                fprintf(stderr, "edge: --max-output needs a positive whole number of bytes\n");
                return 2;
            }
            max_output = (size_t)n;
        } else if (strcmp(a, "--timeout") == 0 && i + 1 < argc) {
            char *end;
            timeout_ms = strtod(argv[++i], &end);
            if (*end != '\0' || !(timeout_ms > 0)) {
                fprintf(stderr, "edge: --timeout needs a positive number of milliseconds\n");
                return 2;
            }
        } else if (strcmp(a, "--ast") == 0 && i + 1 < argc) {
            ast_path = argv[++i];
        } else if (a[0] == '-' && a[1] != '\0') {
            fprintf(stderr, "edge: unknown option '%s'\n%s", a, usage);
            return 2;
        } else {
            path = a;
            break;
        }
    }
    if (ast_path != NULL) return dump_ast(ast_path);
    if (code != NULL) return run(code, strlen(code), "<string>", steps);
    if (path == NULL) {
        fputs(usage, stderr);
        return 2;
    }
    size_t len;
    char *src = read_file(path, &len);
    if (src == NULL) return 2;
    int status = run(src, len, strcmp(path, "-") == 0 ? "<stdin>" : path, steps);
    free(src);
    return status;
}
