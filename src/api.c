/* api.c — edge.h implemented: VM life cycle, loading (parse + compile), running in
 * slices, and turning syntax errors and uncaught exceptions into reports a user reads:
 * a diagnostic with a caret, or a traceback in CPython's shape. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compiler.h"
#include "containers.h"
#include "include/edge.h"
#include "str.h"
#include "vm.h"

void edge_config_init(EdgeConfig *config) {
    memset(config, 0, sizeof *config);
    config->max_depth = 1000;
}

EdgeVM *edge_vm_new(const EdgeConfig *config) {
    EdgeConfig defaults;
    if (!config) {
        edge_config_init(&defaults);
        config = &defaults;
    }
    VM *vm = malloc(sizeof(VM));
    if (!vm) return NULL;
    if (!vm_init(vm, config)) {
        free(vm);
        return NULL;
    }
    return vm;
}

static void clear_error(VM *vm) {
    free(vm->error_type);
    free(vm->error_message);
    free(vm->error_filename);
    free(vm->error_text);
    vm->error_type = vm->error_message = vm->error_filename = vm->error_text = NULL;
    memset(&vm->error, 0, sizeof vm->error);
}

void edge_vm_free(EdgeVM *vm) {
    if (!vm) return;
    clear_error(vm);
    free(vm->source);
    free(vm->filename);
    free(vm->last_repr);
    vm_free(vm);
    free(vm);
}

bool vm_write(VM *vm, int stream, const char *text, size_t len) {
    size_t max = vm->limits.max_output;
    if (max && (vm->output_written > max || len > max - vm->output_written)) {
        vm_raise(vm, EXC_OSError, "the program's output passed its limit of %zu bytes", max);
        vm->aborting = true;
        return false;
    }
    vm->output_written += len;
    if (vm->config.write && len) vm->config.write(vm->config.user, stream, text, len);
    return true;
}

bool vm_read_line(VM *vm, char **line, size_t *len) {
    if (!vm->config.read_line) return false;
    return vm->config.read_line(vm->config.user, line, len) != 0;
}

static char *dup_text(const char *s, size_t len) {
    char *p = malloc(len + 1);
    if (!p) abort();
    memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

/* The text of line `line` (1-based) of the loaded source, without its newline. */
static bool text_line(const char *text, size_t text_len, int line, const char **start, size_t *len) {
    if (!text || line < 1) return false;
    const char *p = text, *end = text + text_len;
    for (int i = 1; i < line; i++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl) return false;
        p = nl + 1;
    }
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
    if (n && p[n - 1] == '\r') n--;
    *start = p;
    *len = n;
    return true;
}

/* Appends text to a report with each NUL byte shown as U+2400 (the symbol for NUL): the
 * strings of EdgeError end at their first NUL, and a source line or a message holding one
 * must not cut the report short. One code point for one keeps a caret in its column. A
 * byte that is not UTF-8 (in the line of "Non-UTF-8 code") becomes U+FFFD, as CPython
 * shows it, so a report is always valid UTF-8. */
static void append_visible(StrBuf *sb, const char *text, size_t len) {
    size_t done = 0, i = 0;
    while (i < len) {
        unsigned char c = (unsigned char)text[i];
        size_t n = c == 0 ? 0 : c < 0x80 ? 1 : utf8_valid(text + i, len - i);
        if (n) {
            i += n;
            continue;
        }
        sb_append(sb, text + done, i - done);
        sb_append_cstr(sb, c == 0 ? "\xE2\x90\x80" : "\xEF\xBF\xBD");
        done = ++i;
    }
    sb_append(sb, text + done, len - done);
}

static bool source_line(VM *vm, int line, const char **start, size_t *len) {
    return text_line(vm->source, vm->source_len, line, start, len);
}

static void set_error(VM *vm, const char *type, const char *message, const char *filename, int line, int col,
                      StrBuf *text) {
    clear_error(vm);
    vm->error_type = dup_text(type, strlen(type));
    vm->error_message = dup_text(message, strlen(message));
    vm->error_filename = dup_text(filename, strlen(filename));
    vm->error_text = dup_text(text->data ? text->data : "", text->len);
    vm->error.type = vm->error_type;
    vm->error.message = vm->error_message;
    vm->error.filename = vm->error_filename;
    vm->error.line = line;
    vm->error.col = col;
    vm->error.text = vm->error_text;
    vm->error.exit_status = 1;
}

/* A compile-time diagnostic:
 *   SyntaxError: expected ':'
 *      --> main.py:1:10
 *       |
 *     1 | if x == 1
 *       |          ^                                                               */
void api_report_diagnostic(VM *vm, const Diagnostic *d, const char *source, size_t source_len, const char *filename) {
    StrBuf sb;
    sb_init(&sb);
    const char *kind = d->kind ? d->kind : "SyntaxError";
    sb_printf(&sb, "%s: %s\n", kind, d->message);
    sb_printf(&sb, "   --> %s:%d:%d\n", filename, d->line, d->col);
    const char *line;
    size_t len;
    if (text_line(source, source_len, d->line, &line, &len)) {
        char num[16];
        int width = snprintf(num, sizeof num, "%d", d->line);
        sb_printf(&sb, "%*s |\n", width + 1, "");
        sb_printf(&sb, " %s | ", num);
        append_visible(&sb, line, len); /* "source code cannot contain null bytes" */
        sb_append_char(&sb, '\n');
        sb_printf(&sb, "%*s | ", width + 1, "");
        /* The caret goes under code point `col`; keep tabs so it lines up. */
        const char *p = line;
        for (int c = 1; c < d->col && p < line + len;) {
            uint32_t cp;
            size_t n = utf8_decode(p, (size_t)(line + len - p), &cp);
            sb_append_char(&sb, cp == '\t' ? '\t' : ' ');
            p += n;
            c++;
        }
        int carets = d->end_col > d->col ? d->end_col - d->col : 1;
        for (int i = 0; i < carets; i++) sb_append_char(&sb, '^');
        sb_append_char(&sb, '\n');
    }
    set_error(vm, kind, d->message, filename, d->line, d->col, &sb);
    vm->error.incomplete = d->incomplete;
    sb_free(&sb);
}

static bool same_frame(ObjTuple *a, ObjTuple *b) {
    return a->items[0] == b->items[0] && a->items[1] == b->items[1] && a->items[2] == b->items[2];
}

/* An uncaught exception, as CPython prints it. */
static void report_exception(VM *vm) {
    Value exc = vm->exc;
    StrBuf sb;
    sb_init(&sb);
    int line = 0, col = 0;
    const char *filename = vm->filename;
    if (!IS_EXCEPTION(exc)) {
        sb_append_cstr(&sb, "SystemError: error without an exception\n");
        set_error(vm, "SystemError", "error without an exception", filename, 0, 0, &sb);
        sb_free(&sb);
        return;
    }
    ObjException *e = AS_EXCEPTION(exc);
    if (IS_LIST(e->traceback) && AS_LIST(e->traceback)->len) {
        ObjList *tb = AS_LIST(e->traceback);
        sb_append_cstr(&sb, "Traceback (most recent call last):\n");
        int repeats = 0;
        for (int i = (int)tb->len - 1; i >= 0; i--) {
            ObjTuple *entry = AS_TUPLE(tb->items[i]);
            const char *file = AS_STR(entry->items[0])->chars;
            int ln = (int)AS_INT(entry->items[1]);
            /* Like CPython, a frame that repeats the previous one is shown three times,
             * then counted: deep recursion stays readable. */
            ObjTuple *prev = i + 1 < (int)tb->len ? AS_TUPLE(tb->items[i + 1]) : NULL;
            if (prev && prev->items[0] == entry->items[0] && prev->items[1] == entry->items[1] &&
                prev->items[2] == entry->items[2]) {
                if (++repeats >= 3) {
                    if (i == 0 || !same_frame(AS_TUPLE(tb->items[i - 1]), entry)) {
                        sb_printf(&sb, "  [Previous line repeated %d more time%s]\n", repeats - 2,
                                  repeats - 2 == 1 ? "" : "s");
                    }
                    continue;
                }
            } else {
                repeats = 0;
            }
            sb_printf(&sb, "  File \"%s\", line %d, in %s\n", file, ln, AS_STR(entry->items[2])->chars);
            const char *text;
            size_t len;
            if (strcmp(file, vm->filename) == 0 && source_line(vm, ln, &text, &len)) {
                while (len && (*text == ' ' || *text == '\t')) text++, len--;
                if (len) {
                    sb_append_cstr(&sb, "    ");
                    append_visible(&sb, text, len);
                    sb_append_char(&sb, '\n');
                }
            }
        }
        ObjTuple *inner = AS_TUPLE(tb->items[0]);
        filename = AS_STR(inner->items[0])->chars;
        line = (int)AS_INT(inner->items[1]);
        col = (int)AS_INT(inner->items[3]);
    }
    const char *type = e->base.cls->name->chars;
    Value msg = op_str(vm, exc);
    StrBuf message; /* str(exc), whole even if it holds a NUL (ValueError("a\0b")) */
    sb_init(&message);
    if (IS_ERR(msg)) vm_clear_exc(vm);
    else append_visible(&message, AS_STR(msg)->chars, AS_STR(msg)->len);
    sb_append_char(&message, '\0');
    if (*message.data) sb_printf(&sb, "%s: %s\n", type, message.data);
    else sb_printf(&sb, "%s\n", type);
    set_error(vm, type, message.data, filename, line, col, &sb);
    sb_free(&message);
    sb_free(&sb);
}

static EdgeStatus load(EdgeVM *vm, const char *source, size_t len, const char *filename, bool session) {
    clear_error(vm);
    free(vm->last_repr);
    vm->last_repr = NULL;
    free(vm->source);
    free(vm->filename);
    vm->source = dup_text(source, len);
    vm->source_len = len;
    vm->filename = dup_text(filename ? filename : "main.py", strlen(filename ? filename : "main.py"));
    sys_set_argv(vm, vm->filename);
    vm->frame_count = 0;
    vm->sp = vm->stack;
    vm->main_code = NULL;
    if (!session) vm->main_globals = NULL;
    vm->last_value = NONE_VAL;
    modules_reset(vm);
    /* Collect between programs so a long session of runs stays flat in memory. No C
     * holds a value between two calls of the API: the pins go. */
    vm->npins = 0;
    gc_collect(vm);

    Arena arena;
    arena_init(&arena);
    Diagnostic diag;
    memset(&diag, 0, sizeof diag);
    diag.filename = vm->filename;
    Node *module = parse_module(&arena, source, len, &diag);
    ObjCode *code = module ? comp_module(vm, &arena, module, vm->filename, session, &diag) : NULL;
    arena_free(&arena);
    if (!code) {
        api_report_diagnostic(vm, &diag, vm->source, vm->source_len, vm->filename);
        return EDGE_ERROR;
    }
    return vm_start(vm, code, session);
}

EdgeStatus edge_load(EdgeVM *vm, const char *source, size_t len, const char *filename) {
    return load(vm, source, len, filename, false);
}

EdgeStatus edge_load_session(EdgeVM *vm, const char *source, size_t len, const char *filename) {
    return load(vm, source, len, filename, true);
}

void edge_reset_session(EdgeVM *vm) {
    vm->main_globals = NULL;
}

const char *edge_last_value_repr(EdgeVM *vm) {
    return vm->last_repr;
}

EdgeRequest edge_request(EdgeVM *vm) {
    return (EdgeRequest)vm->request;
}

void edge_provide_input(EdgeVM *vm, const char *line, size_t len) {
    if (vm->request != EDGE_REQUEST_INPUT) return;
    vm->request = EDGE_REQUEST_NONE;
    bool readline = vm->input_keeps_newline;
    vm->input_keeps_newline = false;
    if (!line && readline) {
        *vm->sp++ = OBJ_VAL(vm->s_empty); /* sys.stdin.readline() at the end: '' */
        return;
    }
    if (!line) {
        /* End of input: input() raises EOFError where it was called. */
        vm_raise(vm, EXC_EOFError, "EOF when reading a line");
        vm->pending_throw = vm->exc;
        vm->exc = NONE_VAL;
        return;
    }
    /* The host's text is not trusted to be UTF-8: invalid bytes become U+FFFD. */
    StrBuf sb;
    sb_init(&sb);
    for (size_t i = 0; i < len;) {
        size_t n = utf8_valid(line + i, len - i);
        if (n == 0) {
            sb_append(&sb, "\xEF\xBF\xBD", 3);
            i++;
        } else {
            sb_append(&sb, line + i, n);
            i += n;
        }
    }
    if (readline) sb_append_char(&sb, '\n');
    *vm->sp++ = sb_finish(vm, &sb);
}

EdgeStatus edge_resume(EdgeVM *vm, int64_t steps) {
    /* A pause the host did not answer: a sleep is over; an input() gets end of input. */
    if (vm->request == EDGE_REQUEST_SLEEP) {
        vm->request = EDGE_REQUEST_NONE;
        *vm->sp++ = NONE_VAL;
    } else if (vm->request == EDGE_REQUEST_INPUT) {
        edge_provide_input(vm, NULL, 0);
    }
    EdgeStatus st = vm_resume(vm, steps);
    if (st == EDGE_ERROR && vm_exc_matches(vm, EXC_SystemExit)) {
        /* exit(): no traceback. exit() / exit(0) is a normal end; exit(n) ends with status
         * n; exit("message") prints the message and ends with status 1. */
        ObjTuple *args = AS_EXCEPTION(vm->exc)->args;
        Value code = gc_pin(vm, args->len ? args->items[0] : NONE_VAL); /* str() may collect */
        vm->exc = NONE_VAL;
        StrBuf sb;
        sb_init(&sb);
        if (IS_NONE(code) || (IS_INT(code) && AS_INT(code) == 0) || code == FALSE_VAL) {
            /* Recorded all the same: a REPL ends its session here. */
            set_error(vm, "SystemExit", "", vm->filename, 0, 0, &sb);
            vm->error.exit_status = 0;
            sb_free(&sb);
            return EDGE_DONE;
        }
        /* exit(True) is exit(1): True is an int, and an int code prints nothing. */
        Value msg = IS_INT(code) || code == TRUE_VAL ? UNDEF_VAL : op_str(vm, code);
        if (IS_ERR(msg)) vm_clear_exc(vm);
        else if (!IS_UNDEF(msg)) {
            sb_append_str(&sb, AS_STR(msg));
            sb_append_char(&sb, '\n');
        }
        set_error(vm, "SystemExit", IS_STR(msg) ? AS_STR(msg)->chars : "", vm->filename, 0, 0, &sb);
        sb_free(&sb);
        vm->error.exit_status = IS_INT(code) ? (int)AS_INT(code) : 1;
        return EDGE_ERROR;
    }
    if (st == EDGE_ERROR) {
        report_exception(vm);
        vm->exc = NONE_VAL;
        vm->aborting = false;
    } else if (st == EDGE_DONE && !IS_NONE(vm->last_value) && !IS_UNDEF(vm->last_value)) {
        Value r = op_repr(vm, vm->last_value);
        if (IS_ERR(r)) vm_clear_exc(vm);
        else vm->last_repr = dup_text(AS_STR(r)->chars, AS_STR(r)->len);
        vm->last_value = NONE_VAL;
    }
    return st;
}

void edge_set_limits(EdgeVM *vm, const EdgeLimits *limits) {
    static const EdgeLimits none = {0, 0, 0, 0};
    vm->limits = limits ? *limits : none;
}

EdgeStatus edge_run(EdgeVM *vm, const char *source, size_t len, const char *filename) {
    EdgeStatus st = edge_load(vm, source, len, filename);
    if (st != EDGE_DONE) return st;
    return edge_resume(vm, 0);
}

const EdgeError *edge_last_error(EdgeVM *vm) {
    return &vm->error;
}
