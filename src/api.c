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
#include "suggest.h"
#include "trace.h"
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
    trace_free(vm);
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
 * byte that is not UTF-8 becomes U+FFFD, so a report is always valid UTF-8. */
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

/* The length to keep of `len` bytes of UTF-8 text under `cap`, cut at a character start. */
static size_t cut_utf8(const char *text, size_t len, size_t cap) {
    if (len <= cap) return len;
    while (cap > 0 && ((unsigned char)text[cap] & 0xC0) == 0x80) cap--;
    return cap;
}

/* A copy of an error's text bounded by what the run may still write (its output limit,
 * edge_set_limits), at least 1 KiB of it, so a 10 MB message is not a 10 MB report. */
static char *bounded_text(VM *vm, const char *text, size_t len) {
    size_t max = vm->limits.max_output;
    if (!max) return dup_text(text, len);
    size_t left = vm->output_written < max ? max - vm->output_written : 0;
    size_t keep = cut_utf8(text, len, left > 1024 ? left : 1024);
    if (keep == len) return dup_text(text, len);
    StrBuf sb;
    sb_init(&sb);
    sb_append(&sb, text, keep);
    sb_printf(&sb, "\n[%zu more bytes not shown: the run's output limit]\n", len - keep);
    char *r = dup_text(sb.data, sb.len);
    sb_free(&sb);
    return r;
}

static void set_error(VM *vm, const char *type, const char *message, const char *filename, int line, int col,
                      StrBuf *text) {
    clear_error(vm);
    vm->error_type = dup_text(type, strlen(type));
    vm->error_message = bounded_text(vm, message, strlen(message));
    vm->error_filename = dup_text(filename, strlen(filename));
    vm->error_text = bounded_text(vm, text->data ? text->data : "", text->len);
    vm->error.type = vm->error_type;
    vm->error.message = vm->error_message;
    vm->error.filename = vm->error_filename;
    vm->error.line = line;
    vm->error.col = col;
    vm->error.text = vm->error_text;
    vm->error.exit_status = 1;
}

#define DIAG_LINE_MAX 1000 /* bytes of a source line a report shows whole */
#define DIAG_WINDOW 160    /* ... and of a longer one, on each side of the caret */

/* The byte offset of code point `col` (1-based) in a line of `len` bytes; past its end,
 * the line's length plus what is left of `col`. */
static size_t byte_offset(const char *line, size_t len, int col) {
    size_t at = 0;
    int c = 1;
    for (; c < col && at < len; c++) {
        uint32_t cp;
        at += utf8_decode(line + at, len - at, &cp);
    }
    return at + (size_t)(col > c ? col - c : 0);
}

/* A very long line (minified code, a 10 MB literal) is shown as a window around byte
 * `at`, with an ellipsis for each side cut, so the report stays small. */
static void line_window(const char *line, size_t len, size_t at, size_t *from, size_t *to) {
    *from = 0;
    *to = len;
    if (len <= DIAG_LINE_MAX) return;
    if (at > len) at = len;
    if (at > DIAG_WINDOW) *from = at - DIAG_WINDOW;
    if (len - at > DIAG_WINDOW) *to = at + DIAG_WINDOW;
    while (*from > 0 && ((unsigned char)line[*from] & 0xC0) == 0x80) (*from)--;
    while (*to < len && ((unsigned char)line[*to] & 0xC0) == 0x80) (*to)++;
}

/* A syntax error as `python3 prog.py` prints it:
 *     File "main.py", line 1
 *       if x == 1
 *                ^
 *   SyntaxError: expected ':'
 * The line loses its indentation; the caret stands under the error's column counted in
 * bytes, as CPython counts it (a line with é before the error shows it one further right),
 * and not at all when the column falls in the indentation taken off. A SyntaxError marks
 * its whole extent on the line; IndentationError and TabError one caret. */
static void syntax_error_text(StrBuf *sb, const Diagnostic *d, const char *kind, const char *source,
                              size_t source_len, const char *filename) {
    /* A file that is not UTF-8 has no line to show: CPython prints the message alone. */
    if (strncmp(d->message, "Non-UTF-8 code", 14) == 0) {
        sb_printf(sb, "%s: %s\n", kind, d->message);
        return;
    }
    sb_printf(sb, "  File \"%s\", line %d\n", filename, d->line);
    const char *line;
    size_t len;
    if (text_line(source, source_len, d->line, &line, &len)) {
        /* CPython shows a line with a NUL byte up to the NUL, and no caret. */
        size_t indent = 0;
        while (indent < len && (line[indent] == ' ' || line[indent] == '\t' || line[indent] == '\f')) indent++;
        const char *nul = memchr(line, '\0', len);
        if (nul) {
            sb_append_cstr(sb, "    ");
            append_visible(sb, line + indent, nul > line + indent ? (size_t)(nul - line - indent) : 0);
            sb_printf(sb, "\n%s: %s\n", kind, d->message);
            return;
        }
        size_t at = byte_offset(line, len, d->col);
        size_t end = d->end_col > d->col + 1 ? byte_offset(line, len, d->end_col) : at + 1;
        if (end > len) end = len;
        if (at > len) at = len;
        const char *text = line + indent;
        size_t text_len = len - indent;
        size_t from, to;
        line_window(text, text_len, at >= indent ? at - indent : 0, &from, &to);
        sb_append_cstr(sb, from > 0 ? "    \xE2\x80\xA6" : "    ");
        append_visible(sb, text + from, to - from);
        sb_append_cstr(sb, to < text_len ? "\xE2\x80\xA6\n" : "\n");
        /* CPython places a block missing at the end of the file at column 0: no caret */
        bool at_end = strcmp(kind, "IndentationError") == 0 && d->incomplete;
        if (at >= indent && !at_end) {
            size_t spaces = at - indent - from + (from > 0 ? 1 : 0);
            size_t carets = strcmp(kind, "SyntaxError") == 0 && end > at ? end - at : 1;
            if (carets > DIAG_WINDOW) carets = DIAG_WINDOW;
            sb_printf(sb, "    %*s", (int)spaces, "");
            for (size_t i = 0; i < carets; i++) sb_append_char(sb, '^');
            sb_append_char(sb, '\n');
        }
    }
    sb_printf(sb, "%s: %s\n", kind, d->message);
}

/* An import the module system could not resolve, as Edge Python's diagnostics show it:
 *   ImportError: module 'math' has no export 'nope'
 *      --> main.py:1:18
 *       |
 *     1 | from math import nope
 *       |                  ^^^^                                                    */
static void import_error_text(StrBuf *sb, const Diagnostic *d, const char *kind, const char *source,
                              size_t source_len, const char *filename) {
    sb_printf(sb, "%s: %s\n", kind, d->message);
    sb_printf(sb, "   --> %s:%d:%d\n", filename, d->line, d->col);
    const char *line;
    size_t len;
    if (!text_line(source, source_len, d->line, &line, &len)) return;
    char num[16];
    int width = snprintf(num, sizeof num, "%d", d->line);
    size_t at = byte_offset(line, len, d->col);
    if (at > len) at = len;
    size_t from, to;
    line_window(line, len, at, &from, &to);
    sb_printf(sb, "%*s |\n", width + 1, "");
    sb_printf(sb, " %s | %s", num, from > 0 ? "\xE2\x80\xA6" : "");
    append_visible(sb, line + from, to - from); /* "source code cannot contain null bytes" */
    sb_append_cstr(sb, to < len ? "\xE2\x80\xA6\n" : "\n");
    sb_printf(sb, "%*s | %s", width + 1, "", from > 0 ? " " : "");
    /* Keep tabs so the caret lines up. */
    for (size_t p = from; p < at;) {
        uint32_t cp;
        p += utf8_decode(line + p, at - p, &cp);
        sb_append_char(sb, cp == '\t' ? '\t' : ' ');
    }
    int carets = d->end_col > d->col ? d->end_col - d->col : 1;
    if (carets > DIAG_WINDOW) carets = DIAG_WINDOW;
    for (int i = 0; i < carets; i++) sb_append_char(sb, '^');
    sb_append_char(sb, '\n');
}

void api_report_diagnostic(VM *vm, const Diagnostic *d, const char *source, size_t source_len, const char *filename) {
    StrBuf sb;
    sb_init(&sb);
    const char *kind = d->kind ? d->kind : "SyntaxError";
    if (strcmp(kind, "ImportError") == 0)
        import_error_text(&sb, d, kind, source, source_len, filename);
    else
        syntax_error_text(&sb, d, kind, source, source_len, filename);
    set_error(vm, kind, d->message, filename, d->line, d->col, &sb);
    vm->error.incomplete = d->incomplete;
    sb_free(&sb);
}

/* ---- tracebacks ---- */

/* What the report says of one frame of a traceback (a TB_* tuple). */
typedef struct FrameInfo {
    ObjCode *code;
    LineEntry *pos; /* NULL: no position known */
    int line;
} FrameInfo;

static FrameInfo frame_info(Value entry) {
    ObjTuple *t = AS_TUPLE(entry);
    FrameInfo f;
    f.code = AS_CODE(t->items[TB_CODE]);
    f.pos = vm_position(f.code, (uint32_t)AS_INT(t->items[TB_OFFSET]));
    f.line = f.pos ? (int)f.pos->line : (int)f.code->first_line;
    return f;
}

/* CPython counts a frame as the previous one again when its file, line and function are. */
static bool same_place(FrameInfo a, FrameInfo b) {
    return a.line == b.line && a.code->filename == b.code->filename && a.code->name == b.code->name;
}

static bool is_blank(uint32_t c) {
    return c == ' ' || c == '\t' || c == '\f';
}

/* The characters a terminal shows two columns wide (East Asian Width W and F, Unicode
 * 14 as CPython 3.11 has it, gaps of unassigned code points closed): CPython counts them
 * twice when it lines the marks up under a line. */
static const uint32_t wide_chars[][2] = {
    {0x1100, 0x115F}, {0x231A, 0x231B}, {0x2329, 0x232A}, {0x23E9, 0x23EC}, {0x23F0, 0x23F0},
    {0x23F3, 0x23F3}, {0x25FD, 0x25FE}, {0x2614, 0x2615}, {0x2648, 0x2653}, {0x267F, 0x267F},
    {0x2693, 0x2693}, {0x26A1, 0x26A1}, {0x26AA, 0x26AB}, {0x26BD, 0x26BE}, {0x26C4, 0x26C5},
    {0x26CE, 0x26CE}, {0x26D4, 0x26D4}, {0x26EA, 0x26EA}, {0x26F2, 0x26F3}, {0x26F5, 0x26F5},
    {0x26FA, 0x26FA}, {0x26FD, 0x26FD}, {0x2705, 0x2705}, {0x270A, 0x270B}, {0x2728, 0x2728},
    {0x274C, 0x274C}, {0x274E, 0x274E}, {0x2753, 0x2755}, {0x2757, 0x2757}, {0x2795, 0x2797},
    {0x27B0, 0x27B0}, {0x27BF, 0x27BF}, {0x2B1B, 0x2B1C}, {0x2B50, 0x2B50}, {0x2B55, 0x2B55},
    {0x2E80, 0x303E}, {0x3041, 0x3247}, {0x3250, 0x4DBF}, {0x4E00, 0xA4C6}, {0xA960, 0xA97C},
    {0xAC00, 0xD7A3}, {0xF900, 0xFAD9}, {0xFE10, 0xFE19}, {0xFE30, 0xFE6B}, {0xFF01, 0xFF60},
    {0xFFE0, 0xFFE6}, {0x16FE0, 0x1B2FB}, {0x1F004, 0x1F004}, {0x1F0CF, 0x1F0CF},
    {0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A}, {0x1F200, 0x1F320}, {0x1F32D, 0x1F335},
    {0x1F337, 0x1F37C}, {0x1F37E, 0x1F393}, {0x1F3A0, 0x1F3CA}, {0x1F3CF, 0x1F3D3},
    {0x1F3E0, 0x1F3F0}, {0x1F3F4, 0x1F3F4}, {0x1F3F8, 0x1F43E}, {0x1F440, 0x1F440},
    {0x1F442, 0x1F4FC}, {0x1F4FF, 0x1F53D}, {0x1F54B, 0x1F54E}, {0x1F550, 0x1F567},
    {0x1F57A, 0x1F57A}, {0x1F595, 0x1F596}, {0x1F5A4, 0x1F5A4}, {0x1F5FB, 0x1F64F},
    {0x1F680, 0x1F6C5}, {0x1F6CC, 0x1F6CC}, {0x1F6D0, 0x1F6D2}, {0x1F6D5, 0x1F6DF},
    {0x1F6EB, 0x1F6EC}, {0x1F6F4, 0x1F6FC}, {0x1F7E0, 0x1F7F0}, {0x1F90C, 0x1F93A},
    {0x1F93C, 0x1F945}, {0x1F947, 0x1F9FF}, {0x1FA70, 0x1FAF6}, {0x20000, 0x3134A},
};

static size_t char_width(uint32_t c) {
    if (c < wide_chars[0][0]) return 1;
    size_t lo = 0, hi = sizeof wide_chars / sizeof *wide_chars;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c < wide_chars[mid][0]) hi = mid;
        else if (c > wide_chars[mid][1]) lo = mid + 1;
        else return 2;
    }
    return 1;
}

/* A source line as code points, for columns. */
typedef struct CodePoints {
    uint32_t *cp;
    size_t *at;    /* byte offset of each code point, and of the end */
    size_t *width; /* display columns before each code point, and before the end */
    size_t len;
} CodePoints;

static CodePoints code_points(const char *text, size_t len) {
    CodePoints c;
    c.cp = malloc(sizeof(uint32_t) * (len + 1));
    c.at = malloc(sizeof(size_t) * (len + 1));
    c.width = malloc(sizeof(size_t) * (len + 1));
    if (!c.cp || !c.at || !c.width) abort();
    c.len = 0;
    size_t w = 0;
    for (size_t i = 0; i < len;) {
        c.at[c.len] = i;
        c.width[c.len] = w;
        i += utf8_decode(text + i, len - i, &c.cp[c.len]);
        w += char_width(c.cp[c.len++]);
    }
    c.at[c.len] = len;
    c.width[c.len] = w;
    return c;
}

/* Where CPython 3.11 puts the two kinds of marks under the failing expression `seg` (the
 * code points [start, end) of the line): for a binary operation, ^ under the operator and ~
 * under its operands; for a subscript, ^ from its [ to its ], ~ under what is subscripted.
 * It parses the expression on its own to find them. False for other expressions. */
static bool find_anchors(const char *text, CodePoints *cps, size_t start, size_t end, size_t *left, size_t *right,
                         bool *tilde) {
    const char *seg = text + cps->at[start];
    size_t seg_len = cps->at[end] - cps->at[start];
    Arena arena;
    arena_init(&arena);
    Diagnostic diag;
    memset(&diag, 0, sizeof diag);
    diag.filename = "<segment>";
    Node *module = parse_module(&arena, seg, seg_len, &diag);
    Node *e = module && module->module.body.len == 1 && module->module.body.items[0]->kind == N_EXPR_STMT
                  ? module->module.body.items[0]->expr_stmt.value
                  : NULL;
    bool found = false;
    /* Columns in the segment, from 0, and its code points. */
    const uint32_t *cp = cps->cp + start;
    size_t n = end - start;
    if (e && e->kind == N_BIN_OP && e->binop.left->end_line == 1 && e->binop.right->line == 1) {
        size_t from = (size_t)e->binop.left->end_col - 1, to = (size_t)e->binop.right->col - 1;
        *tilde = false;
        for (size_t i = from; i < to && i < n; i++) {
            if (is_blank(cp[i])) continue;
            found = true;
            *left = i;
            *right = i + 1;
            if (i + 1 < to && !is_blank(cp[i + 1])) *right = i + 2; /* a two-character operator */
            if (i + 1 < to && cp[i] == ')') continue;               /* a parenthesis around the left */
            *tilde = true;
            break;
        }
    } else if (e && e->kind == N_SUBSCRIPT && e->subscript.value->end_line == 1 && e->subscript.index->end_line == 1) {
        size_t l = (size_t)e->subscript.value->end_col - 1, r = (size_t)e->subscript.index->end_col;
        while (l < n && cp[l] != '[') l++;
        while (r < n && cp[r] != ']') r++;
        if (r < n) r++;
        *left = l;
        *right = r;
        *tilde = true;
        found = true;
    }
    arena_free(&arena);
    if (found) {
        *left += start;
        *right += start;
    }
    return found;
}

/* The source line of a frame, without its indentation, and the marks under the part that
 * failed: as CPython 3.11 shows them, and not at all when they would underline the whole
 * line. */
static void append_source(StrBuf *sb, FrameInfo f) {
    const char *text;
    size_t len;
    if (!f.code->source || !text_line(f.code->source->chars, f.code->source->len, f.line, &text, &len)) return;
    CodePoints cps = code_points(text, len);
    size_t indent = 0;
    while (indent < cps.len && is_blank(cps.cp[indent])) indent++;
    if (indent == cps.len) goto done;
    sb_append_cstr(sb, "    ");
    append_visible(sb, text + cps.at[indent], len - cps.at[indent]);
    sb_append_char(sb, '\n');
    LineEntry *pos = f.pos;
    if (!pos || pos->col == 0 || pos->end_col == 0 || (size_t)pos->col - 1 >= cps.len) goto done;
    size_t start = (size_t)pos->col - 1, end;
    size_t left = 0, right = 0;
    bool anchors = false, tilde = false;
    if (pos->end_line == pos->line) {
        end = (size_t)pos->end_col - 1 < cps.len ? (size_t)pos->end_col - 1 : cps.len;
        if (end <= start) goto done;
        anchors = find_anchors(text, &cps, start, end, &left, &right, &tilde);
    } else {
        /* An expression over several lines: marked to the end of its first line. */
        end = cps.len;
        while (end > start && is_blank(cps.cp[end - 1])) end--;
    }
    /* Not shown when they would underline the whole line. CPython compares the columns
     * they take with the line's characters, so a line with wide characters keeps them. */
    if (start < indent || (!anchors && cps.width[end] - cps.width[start] == cps.len - indent)) goto done;
    sb_append_cstr(sb, "    ");
    for (size_t i = indent; i < end; i++) {
        char mark = i < start ? ' ' : anchors && i >= left && i < right ? '^' : anchors && tilde ? '~' : '^';
        for (size_t w = cps.width[i]; w < cps.width[i + 1]; w++) sb_append_char(sb, mark);
    }
    sb_append_char(sb, '\n');
done:
    free(cps.cp);
    free(cps.at);
    free(cps.width);
}

static void append_traceback(StrBuf *sb, ObjList *tb) {
    sb_append_cstr(sb, "Traceback (most recent call last):\n");
    /* Like CPython, a frame that repeats the previous one is shown three times, then
     * counted: deep recursion stays readable. */
    int repeats = 0;
    FrameInfo prev = {NULL, NULL, 0};
    for (int i = (int)tb->len - 1; i >= 0; i--) {
        FrameInfo f = frame_info(tb->items[i]);
        if (prev.code && same_place(prev, f)) {
            repeats++;
        } else {
            if (repeats > 2)
                sb_printf(sb, "  [Previous line repeated %d more time%s]\n", repeats - 2, repeats - 2 == 1 ? "" : "s");
            repeats = 0;
        }
        prev = f;
        if (repeats >= 3) continue;
        sb_printf(sb, "  File \"%s\", line %d, in %s\n", f.code->filename->chars, f.line, f.code->name->chars);
        append_source(sb, f);
    }
    if (repeats > 2)
        sb_printf(sb, "  [Previous line repeated %d more time%s]\n", repeats - 2, repeats - 2 == 1 ? "" : "s");
}

/* What the last line of a report adds to the message: CPython's "Did you mean". */
static void append_suggestion(VM *vm, StrBuf *sb, ObjException *e) {
    if (!IS_STR(e->name)) return;
    ObjStr *name = AS_STR(e->name), *near = NULL;
    ObjClass *cls = e->base.cls;
    if (vm_is_subclass(cls, vm->exc_class[EXC_NameError])) {
        /* The innermost frame's names: its locals, its globals, the builtins. */
        if (!IS_LIST(e->traceback) || !AS_LIST(e->traceback)->len) return;
        ObjTuple *inner = AS_TUPLE(AS_LIST(e->traceback)->items[0]);
        ObjCode *code = AS_CODE(inner->items[TB_CODE]);
        ObjDict *globals = IS_KIND(inner->items[TB_GLOBALS], OBJ_DICT) ? AS_DICT(inner->items[TB_GLOBALS]) : NULL;
        near = suggest_name(vm, name, (code->flags & CODE_MODULE) ? NULL : code, globals);
        if (near) sb_printf(sb, ". Did you mean: '%s'?", near->chars);
        /* CPython 3.12's hint for a module used without its import. */
        if (suggest_is_module(name->chars))
            sb_printf(sb, "%s forget to import '%s'?", near ? " Or did you" : ". Did you", name->chars);
    } else if (vm_is_subclass(cls, vm->exc_class[EXC_AttributeError])) {
        if (IS_NONE(e->obj)) return;
        near = suggest_attribute(vm, e->obj, name);
        if (near) sb_printf(sb, ". Did you mean: '%s'?", near->chars);
    } else if (vm_is_subclass(cls, vm->exc_class[EXC_ImportError]) && IS_KIND(e->obj, OBJ_MODULE)) {
        ObjModule *m = AS_MODULE(e->obj);
        near = suggest_export(m->exports, m->globals, name);
        if (near) sb_printf(sb, ". Did you mean: '%s'?", near->chars);
    }
}

/* An exception class as a report names it: its __qualname__, after its module's name
 * when that is neither __main__ nor builtins (shapes.ShapeError). */
static void append_type_name(VM *vm, StrBuf *sb, ObjClass *cls) {
    Value module = cls->is_builtin ? UNDEF_VAL : dict_get_str(cls->dict, vm->dunder[DUNDER_module]);
    Value qualname = cls->is_builtin ? UNDEF_VAL : dict_get_str(cls->dict, vm->dunder[DUNDER_qualname]);
    if (IS_STR(module) && strcmp(AS_STR(module)->chars, "__main__") != 0 && strcmp(AS_STR(module)->chars, "builtins") != 0)
        sb_printf(sb, "%s.", AS_STR(module)->chars);
    sb_append_cstr(sb, IS_STR(qualname) ? AS_STR(qualname)->chars : cls->name->chars);
}

/* One exception's part of the report: its traceback, then "Type: message". `message`
 * receives str(exc) (with its NULs shown). */
static void append_exception(VM *vm, StrBuf *sb, Value exc, StrBuf *message) {
    ObjException *e = AS_EXCEPTION(exc);
    if (IS_LIST(e->traceback) && AS_LIST(e->traceback)->len) append_traceback(sb, AS_LIST(e->traceback));
    Value msg = op_str(vm, exc);
    sb_init(message);
    if (IS_ERR(msg)) {
        vm_clear_exc(vm);
        sb_append_cstr(message, "<exception str() failed>");
    } else {
        append_visible(message, AS_STR(msg)->chars, AS_STR(msg)->len);
    }
    sb_append_char(message, '\0');
    append_type_name(vm, sb, e->base.cls);
    StrBuf last;
    sb_init(&last);
    sb_append_cstr(&last, message->data);
    append_suggestion(vm, &last, e);
    sb_append_char(&last, '\0');
    if (*last.data) sb_printf(sb, ": %s\n", last.data);
    else sb_append_char(sb, '\n');
    sb_free(&last);
}

/* The exception another one was raised from (its __cause__), or during the handling of
 * (its __context__, unless `raise ... from` said otherwise); NONE_VAL when neither. */
static Value chained(Value exc, bool *is_cause) {
    ObjException *e = AS_EXCEPTION(exc);
    *is_cause = !IS_NONE(e->cause);
    if (*is_cause) return e->cause;
    return e->suppress_context ? NONE_VAL : e->context;
}

/* An uncaught exception, as CPython prints it: the exceptions it was chained to first. */
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
    /* The chain, newest first, each exception once (a chain may loop), the newest
     * MAX_CHAIN of a longer one. str() of each may run Python code, so they are pinned. */
    enum { MAX_CHAIN = 1000 };
    Value *chain = NULL;
    size_t n = 0, cap = 0;
    for (Value v = exc; IS_EXCEPTION(v) && n < MAX_CHAIN;) {
        bool seen = false;
        for (size_t i = 0; i < n; i++) seen |= chain[i] == v;
        if (seen) break;
        if (n == cap) {
            cap = cap ? cap * 2 : 8;
            chain = realloc(chain, sizeof(Value) * cap);
            if (!chain) abort();
        }
        chain[n++] = gc_pin(vm, v);
        bool is_cause;
        v = chained(v, &is_cause);
    }
    StrBuf message;
    for (size_t i = n; i-- > 0;) {
        append_exception(vm, &sb, chain[i], &message);
        if (i == 0) break;
        sb_free(&message);
        bool is_cause;
        chained(chain[i - 1], &is_cause);
        sb_append_cstr(&sb, is_cause ? "\nThe above exception was the direct cause of the following exception:\n\n"
                                     : "\nDuring handling of the above exception, another exception occurred:\n\n");
    }
    free(chain);
    ObjException *e = AS_EXCEPTION(exc);
    if (IS_LIST(e->traceback) && AS_LIST(e->traceback)->len) {
        FrameInfo inner = frame_info(AS_LIST(e->traceback)->items[0]);
        filename = inner.code->filename->chars;
        line = inner.line;
        col = inner.pos && inner.pos->line == (uint32_t)line ? (int)inner.pos->col : 0;
    }
    set_error(vm, e->base.cls->name->chars, message.data, filename, line, col, &sb);
    sb_free(&message);
    sb_free(&sb);
}

static EdgeStatus load(EdgeVM *vm, const char *source, size_t len, const char *filename, bool session) {
    trace_free(vm); /* a trace is set per program, as its limits are */
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
    gc_collect_release(vm);

    CompSource src = {vm->filename, source, len, true, modules_find};
    ObjCode *code = comp_load_source(vm, &src, session, NULL, NULL);
    if (!code) return EDGE_ERROR;
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

EdgeStatus edge_interrupt(EdgeVM *vm, const char *message) {
    if (vm->frame_count == 0) return EDGE_DONE;
    /* A wait the host does not answer, and a loop the slice ended: the frame shows the
     * loop's end, where it was, not its top, where it would go on. */
    vm->request = EDGE_REQUEST_NONE;
    vm->input_keeps_newline = false;
    if (vm->paused_loop) vm->frames[vm->frame_count - 1].ip = vm->paused_loop;
    if (message) vm_raise(vm, EXC_KeyboardInterrupt, "%s", message);
    else vm->exc = vm_new_exception(vm, vm->exc_class[EXC_KeyboardInterrupt], NULL);
    vm->pending_throw = vm->exc;
    vm->exc = NONE_VAL;
    vm->aborting = true;
    return edge_resume(vm, 0);
}

EdgeStatus edge_resume(EdgeVM *vm, int64_t steps) {
    /* A pause the host did not answer: a sleep is over; an input() gets end of input. */
    if (vm->request == EDGE_REQUEST_SLEEP) {
        vm->request = EDGE_REQUEST_NONE;
        *vm->sp++ = NONE_VAL;
    } else if (vm->request == EDGE_REQUEST_INPUT) {
        edge_provide_input(vm, NULL, 0);
    } else if (vm->request == EDGE_REQUEST_LINE) {
        vm->request = EDGE_REQUEST_NONE; /* a line event: the trace set what comes next */
    }
    EdgeStatus st = vm_resume(vm, steps);
    if (st == EDGE_DONE || st == EDGE_ERROR) trace_end(vm);
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
