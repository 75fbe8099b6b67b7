/* main.c — the native `edge` command: runs a file (or -c code) on one VM, feeding input()
 * from stdin and writing program output to stdout/stderr. Exit status 0 when the program
 * finished, 1 after an uncaught exception or syntax error, 2 for a usage error.
 * --steps N runs in slices of N steps to exercise suspend/resume; --ast dumps the tree. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

static int run(const char *src, size_t len, const char *filename, long long steps) {
    EdgeConfig config;
    edge_config_init(&config);
    config.write = write_cb;
    config.read_line = read_line_cb;
    EdgeVM *vm = edge_vm_new(&config);
    if (vm == NULL) {
        fputs("edge: out of memory\n", stderr);
        return 1;
    }
    EdgeStatus status = edge_load(vm, src, len, filename);
    if (status == EDGE_DONE) {
        do {
            status = edge_resume(vm, steps);
        } while (status == EDGE_SUSPENDED);
    }
    int code = 0;
    if (status == EDGE_ERROR) {
        const EdgeError *e = edge_last_error(vm);
        fflush(stdout);
        if (e != NULL && e->text != NULL && e->text[0] != '\0') {
            size_t n = strlen(e->text);
            fwrite(e->text, 1, n, stderr);
            if (e->text[n - 1] != '\n') fputc('\n', stderr);
        } else if (e != NULL && e->type != NULL) {
            fprintf(stderr, "%s: %s\n", e->type, e->message != NULL ? e->message : "");
        }
        code = 1;
    }
    edge_vm_free(vm);
    return code;
}

int main(int argc, char **argv) {
    const char *code = NULL, *path = NULL, *ast_path = NULL;
    long long steps = 0;
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
