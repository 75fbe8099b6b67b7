/* trace.c — the stepper: line events and the paused program as data (edge_trace in edge.h).
 * A trace covers the first byte of each line's first instruction (and of each loop's top)
 * with OPC_TRACE, keeping the code objects' own bytes aside; trace_line decides at each
 * event whether the run pauses. edge_trace_state describes the frames and the objects
 * they reach as JSON without running Python code or allocating on the program's heap. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bigint.h"
#include "containers.h"
#include "numfmt.h"
#include "opcodes.h"
#include "trace.h"

/* Where each frame of the stack was at its last event: a line event is a frame's first
 * instruction, a new line, or a jump back (an offset not past the last one). */
typedef struct FrameMark {
    uint32_t serial, line, offset;
} FrameMark;

typedef struct Trace {
    EdgeTraceMode mode;
    int depth;       /* frame_count when the mode was set (OVER, OUT) */
    uint32_t serial; /* ... and the serial of the frame paused in then */
    int *breakpoints;
    size_t nbreakpoints;
    /* The code objects covered (vm->trace_codes holds them) and their own bytes. */
    uint8_t **orig;
    uint32_t ncodes, last;
    enum { COVER_NONE, COVER_BREAKPOINTS, COVER_ALL } cover;
    FrameMark *marks;
    int nmarks;
    /* The event the run paused at: it does not pause again when the run goes on. */
    bool resuming;
    uint32_t resume_serial, resume_offset;
    /* edge_trace_state's text */
    char *json;
    size_t len, cap;
    bool oom;
} Trace;

static const uint8_t operand_bytes[] = {
#define OP_SIZE(name, operand, effect) operand,
    OPCODE_LIST(OP_SIZE)
#undef OP_SIZE
};

static Trace *trace_get(VM *vm) {
    if (!vm->trace) vm->trace = calloc(1, sizeof(Trace));
    return vm->trace;
}

/* ---- covering code objects ---- */

static bool is_breakpoint(VM *vm, Trace *t, ObjCode *code, uint32_t line) {
    if (!t->nbreakpoints || !vm->filename || !code->filename || strcmp(code->filename->chars, vm->filename))
        return false;
    for (size_t i = 0; i < t->nbreakpoints; i++)
        if (t->breakpoints[i] == (int)line) return true;
    return false;
}

/* An instruction an event may sit on: not a bare jump (the loop's top, where it goes, has
 * the event) and not one the interpreter reads its opcode byte of again (match_op). */
static bool coverable(uint8_t op) {
    switch (op) {
    case OPC_JUMP:
    case OPC_LOOP:
    case OPC_MATCH_CLASS:
    case OPC_MATCH_SEQUENCE:
    case OPC_MATCH_MAPPING:
    case OPC_MATCH_KEYS:
    case OPC_COPY_DICT_WITHOUT_KEYS:
    case OPC_TRACE: return false;
    default: return true;
    }
}

static void cover_at(VM *vm, Trace *t, ObjCode *code, const uint8_t *orig, uint32_t offset) {
    if (offset >= code->code_len || !coverable(orig[offset])) return;
    LineEntry *e = vm_position(code, offset);
    if (!e || !e->line) return;
    if (t->cover == COVER_BREAKPOINTS && !is_breakpoint(vm, t, code, e->line)) return;
    code->code[offset] = OPC_TRACE;
}

/* Puts OPC_TRACE where events are (t->cover says which), over the code's own bytes. */
static void cover_code(VM *vm, Trace *t, ObjCode *code, const uint8_t *orig) {
    for (uint32_t i = 0; i < code->nlines; i++) cover_at(vm, t, code, orig, code->lines[i].offset);
    /* The tops of loops: a jump back is an event even within one line. */
    for (uint32_t at = 0; at < code->code_len; at += 1u + operand_bytes[orig[at]]) {
        uint8_t op = orig[at];
        if (op >= OPC_COUNT_) break; /* cannot happen: compiled code only */
        if ((op == OPC_LOOP || op == OPC_JUMP) && at + 4 < code->code_len) {
            const uint8_t *p = orig + at + 1;
            uint32_t target = (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) | ((uint32_t)p[3] << 24);
            if (target <= at) cover_at(vm, t, code, orig, target);
        }
    }
}

static void uncover(VM *vm, Trace *t) {
    if (t->cover == COVER_NONE || !vm->trace_codes) return;
    for (uint32_t i = 0; i < t->ncodes; i++) {
        ObjCode *code = (ObjCode *)AS_OBJ(vm->trace_codes->items[i]);
        memcpy(code->code, t->orig[i], code->code_len);
    }
    t->cover = COVER_NONE;
}

/* Forgets the covered code objects (their bytes are their own again). */
static void drop_codes(VM *vm, Trace *t) {
    uncover(vm, t);
    for (uint32_t i = 0; i < t->ncodes; i++) free(t->orig[i]);
    free(t->orig);
    t->orig = NULL;
    t->ncodes = t->last = 0;
    vm->trace_codes = NULL;
}

typedef struct CodeWalk {
    VM *vm;
    ObjTuple *modules; /* the sources of registered code modules: their code has no events */
    ObjTuple *into;    /* NULL while counting */
    uint32_t n;
} CodeWalk;

static bool from_module(CodeWalk *w, ObjCode *code) {
    for (uint32_t i = 0; w->modules && i < w->modules->len; i++)
        if (code->source && IS_OBJ(w->modules->items[i]) && AS_OBJ(w->modules->items[i]) == (Obj *)code->source)
            return true;
    return false;
}

static void visit_code(void *ctx, Obj *o) {
    CodeWalk *w = ctx;
    if (o->kind != OBJ_CODE || !((ObjCode *)o)->code_len || from_module(w, (ObjCode *)o)) return;
    if (w->into && w->n < w->into->len) w->into->items[w->n] = OBJ_VAL(o);
    w->n++;
}

/* Finds the code objects a trace covers: every one on the heap (the program's, and in a
 * session the earlier programs'), but the registered modules'. */
static bool gather_codes(VM *vm, Trace *t) {
    if (vm->trace_codes) return true;
    vm->gc_disabled++;
    bool uncapped = vm->heap_uncapped;
    vm->heap_uncapped = true;
    CodeWalk w = {vm, NULL, NULL, 0};
    uint32_t nmodules = vm->modules ? vm->modules->table.count : 0;
    w.modules = tuple_new(vm, nmodules);
    uint32_t k = 0;
    for (uint32_t i = 0; vm->modules && i < vm->modules->table.nentries && k < nmodules; i++) {
        TableEntry *e = &vm->modules->table.entries[i];
        if (IS_UNDEF(e->key) || !IS_KIND(e->value, OBJ_MODULE)) continue;
        ObjModule *m = (ObjModule *)AS_OBJ(e->value);
        if (m->code && m->code->source) w.modules->items[k++] = OBJ_VAL(m->code->source);
    }
    heap_each(&vm->heap, visit_code, &w);
    w.into = tuple_new(vm, w.n);
    w.n = 0;
    heap_each(&vm->heap, visit_code, &w);
    uint32_t n = w.n < w.into->len ? w.n : w.into->len; /* the same: nothing was collected */
    vm->heap_uncapped = uncapped;
    vm->gc_disabled--;
    t->orig = calloc(n ? n : 1, sizeof(uint8_t *));
    if (!t->orig) return false;
    vm->trace_codes = w.into;
    for (uint32_t i = 0; i < n; i++) {
        ObjCode *code = (ObjCode *)AS_OBJ(w.into->items[i]);
        t->orig[i] = malloc(code->code_len);
        if (!t->orig[i]) {
            t->ncodes = i;
            drop_codes(vm, t);
            return false;
        }
        memcpy(t->orig[i], code->code, code->code_len);
        t->ncodes = i + 1;
    }
    return true;
}

static bool cover(VM *vm, Trace *t, int how) {
    if ((int)t->cover == how) return true;
    uncover(vm, t);
    if (how == COVER_NONE || vm->frame_count == 0) return true;
    if (!gather_codes(vm, t)) return false;
    t->cover = how;
    for (uint32_t i = 0; i < t->ncodes; i++)
        cover_code(vm, t, (ObjCode *)AS_OBJ(vm->trace_codes->items[i]), t->orig[i]);
    return true;
}

static int cover_for(Trace *t) {
    if (t->mode == EDGE_TRACE_OFF) return COVER_NONE;
    if (t->mode == EDGE_TRACE_CONTINUE) return t->nbreakpoints ? COVER_BREAKPOINTS : COVER_NONE;
    return COVER_ALL;
}

int edge_trace(EdgeVM *vm, EdgeTraceMode mode) {
    Trace *t = trace_get(vm);
    if (!t) return -1;
    t->mode = mode;
    t->depth = vm->frame_count;
    t->serial = vm->frame_count ? vm->frames[vm->frame_count - 1].serial : 0;
    if (!cover(vm, t, cover_for(t))) {
        t->mode = EDGE_TRACE_OFF;
        return -1;
    }
    return 0;
}

void edge_trace_breakpoints(EdgeVM *vm, const int *lines, size_t n) {
    Trace *t = trace_get(vm);
    if (!t) return;
    free(t->breakpoints);
    t->breakpoints = n ? malloc(n * sizeof(int)) : NULL;
    t->nbreakpoints = t->breakpoints ? n : 0;
    if (t->breakpoints) memcpy(t->breakpoints, lines, n * sizeof(int));
    /* The breakpoints' instructions change: cover again. */
    int how = cover_for(t);
    if (how != COVER_NONE) {
        uncover(vm, t);
        if (!cover(vm, t, how)) t->mode = EDGE_TRACE_OFF;
    }
}

/* ---- the event ---- */

static uint32_t find_code(Trace *t, VM *vm, ObjCode *code) {
    Value *codes = vm->trace_codes->items;
    if (t->last < t->ncodes && AS_OBJ(codes[t->last]) == (Obj *)code) return t->last;
    for (uint32_t i = 0; i < t->ncodes; i++)
        if (AS_OBJ(codes[i]) == (Obj *)code) return t->last = i;
    abort(); /* only covered code holds OPC_TRACE */
}

int trace_line(VM *vm, Frame *f, uint8_t *at) {
    Trace *t = vm->trace;
    ObjCode *code = f->code;
    uint32_t offset = (uint32_t)(at - code->code);
    int op = t->orig[find_code(t, vm, code)][offset];
    if (t->resuming && t->resume_serial == f->serial && t->resume_offset == offset) {
        t->resuming = false;
        return op;
    }
    t->resuming = false;
    LineEntry *e = vm_position(code, offset);
    uint32_t line = e ? e->line : 0;
    int depth = vm->frame_count;
    if (depth > t->nmarks) {
        int n = depth + 64;
        FrameMark *marks = realloc(t->marks, sizeof(FrameMark) * (size_t)n);
        if (!marks) return op;
        memset(marks + t->nmarks, 0, sizeof(FrameMark) * (size_t)(n - t->nmarks));
        t->marks = marks;
        t->nmarks = n;
    }
    FrameMark *m = &t->marks[depth - 1];
    bool event = m->serial != f->serial || m->line != line || offset <= m->offset;
    m->serial = f->serial;
    m->line = line;
    m->offset = offset;
    /* C below this frame (a __repr__ print() called) cannot be left half-way. */
    if (!event || !line || vm->native_depth > 0) return op;
    bool pause = is_breakpoint(vm, t, code, line);
    switch (t->mode) {
    case EDGE_TRACE_INTO: pause = true; break;
    case EDGE_TRACE_OVER: pause |= depth < t->depth || (depth == t->depth && f->serial == t->serial); break;
    case EDGE_TRACE_OUT: pause |= depth < t->depth; break;
    default: break;
    }
    if (!pause) return op;
    t->resuming = true;
    t->resume_serial = f->serial;
    t->resume_offset = offset;
    vm->request = EDGE_REQUEST_LINE;
    vm->paused_loop = at + 1; /* a stop here names this instruction's line */
    /* The steps of this slice count towards max_steps: the next resume grants anew. */
    vm->steps_run += vm->steps_granted - vm->steps_left;
    vm->steps_granted = vm->steps_left;
    return -1;
}

void trace_end(VM *vm) {
    if (vm->trace) drop_codes(vm, vm->trace);
}

void trace_free(VM *vm) {
    Trace *t = vm->trace;
    if (!t) return;
    drop_codes(vm, t);
    free(t->breakpoints);
    free(t->marks);
    free(t->json);
    free(t);
    vm->trace = NULL;
}

/* ---- the state as JSON ---- */

#define MAX_OBJECTS 400
#define MAX_ITEMS 100
#define MAX_STR 200 /* code points of a str shown */

typedef struct Json {
    Trace *t;
    VM *vm;
    Obj **seen; /* the objects referred to so far, in order: each described once */
    uint32_t nseen, cap;
    bool truncated;
} Json;

static void put(Json *j, const char *s, size_t n) {
    Trace *t = j->t;
    if (t->oom) return;
    if (t->len + n + 1 > t->cap) {
        size_t cap = t->cap ? t->cap : 4096;
        while (cap < t->len + n + 1) cap *= 2;
        char *p = realloc(t->json, cap);
        if (!p) {
            t->oom = true;
            return;
        }
        t->json = p;
        t->cap = cap;
    }
    memcpy(t->json + t->len, s, n);
    t->len += n;
    t->json[t->len] = 0;
}

static void puts_(Json *j, const char *s) { put(j, s, strlen(s)); }

static void putf(Json *j, const char *fmt, ...) {
    char buf[128];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (n > 0) put(j, buf, (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1);
}

/* A JSON string of `n` bytes of UTF-8. */
static void put_string(Json *j, const char *s, size_t n) {
    put(j, "\"", 1);
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c != '"' && c != '\\') continue;
        put(j, s + run, i - run);
        run = i + 1;
        if (c == '"') puts_(j, "\\\"");
        else if (c == '\\') puts_(j, "\\\\");
        else if (c == '\n') puts_(j, "\\n");
        else putf(j, "\\u%04x", c);
    }
    put(j, s + run, n - run);
    put(j, "\"", 1);
}

static void put_cstring(Json *j, const char *s) { put_string(j, s, strlen(s)); }

/* A str's repr as Python writes it ('a', "it's", '\n'), cut after MAX_STR code points. */
static void put_str_repr(Json *j, ObjStr *s) {
    bool has_single = memchr(s->chars, '\'', s->len) != NULL;
    char q = has_single && !memchr(s->chars, '"', s->len) ? '"' : '\'';
    char *buf = malloc((size_t)s->len * 4 + 16);
    if (!buf) return put_cstring(j, "'...'");
    size_t n = 0;
    buf[n++] = q;
    uint32_t cps = 0;
    for (uint32_t i = 0; i < s->len; i++) {
        unsigned char c = (unsigned char)s->chars[i];
        if ((c & 0xC0) != 0x80 && ++cps > MAX_STR) {
            memcpy(buf + n, "...", 3);
            n += 3;
            break;
        }
        if (c == (unsigned char)q || c == '\\') {
            buf[n++] = '\\';
            buf[n++] = (char)c;
        } else if (c == '\n') n += (size_t)sprintf(buf + n, "\\n");
        else if (c == '\t') n += (size_t)sprintf(buf + n, "\\t");
        else if (c == '\r') n += (size_t)sprintf(buf + n, "\\r");
        else if (c < 0x20 || c == 0x7f) n += (size_t)sprintf(buf + n, "\\x%02x", c);
        else buf[n++] = (char)c;
    }
    buf[n++] = q;
    put_string(j, buf, n);
    free(buf);
}

static uint64_t object_id(Obj *o) {
    uint64_t addr = (uint64_t)(uintptr_t)o; /* as id() says it (builtins.c) */
    if (addr > (uint64_t)INT_MAX48) addr = (addr >> 4) << 1;
    return addr;
}

/* Objects drawn inline: numbers, bools, None and str; all others get a box. */
static void put_value(Json *j, Value v) {
    char buf[40];
    if (IS_INT(v)) return putf(j, "{\"type\":\"int\",\"repr\":\"%lld\"}", (long long)AS_INT(v));
    if (IS_FLOAT(v)) {
        format_double_repr(AS_FLOAT(v), buf);
        return putf(j, "{\"type\":\"float\",\"repr\":\"%s\"}", buf);
    }
    if (IS_BOOL(v)) return puts_(j, AS_BOOL(v) ? "{\"type\":\"bool\",\"repr\":\"True\"}" : "{\"type\":\"bool\",\"repr\":\"False\"}");
    if (IS_NONE(v)) return puts_(j, "{\"type\":\"NoneType\",\"repr\":\"None\"}");
    if (!IS_OBJ(v)) return puts_(j, "{\"type\":\"?\",\"repr\":\"?\"}");
    if (IS_STR(v)) {
        puts_(j, "{\"type\":\"str\",\"repr\":");
        put_str_repr(j, AS_STR(v));
        return puts_(j, "}");
    }
    if (IS_BIGINT(v)) {
        /* Digits are made as a str: with the collector held, it is garbage at once. */
        VM *vm = j->vm;
        vm->gc_disabled++;
        bool uncapped = vm->heap_uncapped;
        vm->heap_uncapped = true;
        Value s = AS_BIGINT(v)->ndigits <= 64 ? int_to_str(vm, v, 10, false) : UNDEF_VAL;
        vm->heap_uncapped = uncapped;
        vm->gc_disabled--;
        if (IS_ERR(s)) vm_clear_exc(vm);
        puts_(j, "{\"type\":\"int\",\"repr\":");
        if (IS_STR(s)) put_string(j, AS_STR(s)->chars, AS_STR(s)->len);
        else put_cstring(j, "<a big int>");
        return puts_(j, "}");
    }
    Obj *o = AS_OBJ(v);
    bool seen = false;
    for (uint32_t i = 0; i < j->nseen && !seen; i++) seen = j->seen[i] == o;
    if (!seen) {
        if (j->nseen == j->cap) {
            uint32_t cap = j->cap ? j->cap * 2 : 64;
            Obj **p = realloc(j->seen, sizeof(Obj *) * cap);
            if (!p) {
                j->t->oom = true;
                return;
            }
            j->seen = p;
            j->cap = cap;
        }
        j->seen[j->nseen++] = o;
    }
    putf(j, "{\"ref\":\"%llu\"}", (unsigned long long)object_id(o));
}

static bool is_dunder(ObjStr *s) {
    return s->len > 4 && s->chars[0] == '_' && s->chars[1] == '_' && s->chars[s->len - 1] == '_' &&
           s->chars[s->len - 2] == '_';
}

/* [["name", VALUE], ...] of a namespace: a dict with str keys. */
static void put_names(Json *j, ObjDict *d, bool skip_dunders) {
    put(j, "[", 1);
    bool first = true;
    uint32_t shown = 0;
    for (uint32_t i = 0; d && i < d->table.nentries; i++) {
        TableEntry *e = &d->table.entries[i];
        if (IS_UNDEF(e->key) || !IS_STR(e->key)) continue;
        /* A class's methods show, __init__ too; not what the class statement adds. */
        if (is_dunder(AS_STR(e->key)) && (skip_dunders || !IS_FUNCTION(e->value))) continue;
        if (++shown > MAX_ITEMS * 2) break;
        if (!first) put(j, ",", 1);
        first = false;
        put(j, "[", 1);
        put_string(j, AS_STR(e->key)->chars, AS_STR(e->key)->len);
        put(j, ",", 1);
        put_value(j, e->value);
        put(j, "]", 1);
    }
    put(j, "]", 1);
}

static void put_items(Json *j, const Value *items, uint32_t n) {
    puts_(j, ",\"items\":[");
    for (uint32_t i = 0; i < n && i < MAX_ITEMS; i++) {
        if (i) put(j, ",", 1);
        put_value(j, items[i]);
    }
    put(j, "]", 1);
    if (n > MAX_ITEMS) putf(j, ",\"more\":%u", n - MAX_ITEMS);
}

static void put_table(Json *j, Table *table, bool pairs) {
    puts_(j, pairs ? ",\"entries\":[" : ",\"items\":[");
    uint32_t shown = 0;
    for (uint32_t i = 0; i < table->nentries; i++) {
        TableEntry *e = &table->entries[i];
        if (IS_UNDEF(e->key)) continue;
        if (shown == MAX_ITEMS) break;
        if (shown++) put(j, ",", 1);
        if (pairs) put(j, "[", 1);
        put_value(j, e->key);
        if (pairs) {
            put(j, ",", 1);
            put_value(j, e->value);
            put(j, "]", 1);
        }
    }
    put(j, "]", 1);
    if (table->count > MAX_ITEMS) putf(j, ",\"more\":%u", table->count - MAX_ITEMS);
}

static void put_object(Json *j, Obj *o) {
    VM *vm = j->vm;
    Value v = OBJ_VAL(o);
    putf(j, "\"%llu\":{\"type\":", (unsigned long long)object_id(o));
    put_cstring(j, vm_type_name(vm, v));
    switch ((ObjKind)o->kind) {
    case OBJ_LIST: {
        ObjList *l = (ObjList *)o;
        puts_(j, ",\"kind\":\"list\"");
        put_items(j, l->items, l->len);
        break;
    }
    case OBJ_TUPLE: {
        ObjTuple *t = (ObjTuple *)o;
        puts_(j, ",\"kind\":\"tuple\"");
        put_items(j, t->items, t->len);
        break;
    }
    case OBJ_DICT:
        puts_(j, ",\"kind\":\"dict\"");
        put_table(j, &((ObjDict *)o)->table, true);
        break;
    case OBJ_SET:
    case OBJ_FROZENSET:
        puts_(j, ",\"kind\":\"set\"");
        put_table(j, &((ObjSet *)o)->table, false);
        break;
    case OBJ_INSTANCE:
        puts_(j, ",\"kind\":\"instance\",\"attrs\":");
        put_names(j, ((ObjInstance *)o)->dict, false);
        break;
    case OBJ_FUNCTION: {
        ObjFunction *fn = (ObjFunction *)o;
        ObjCode *c = fn->code;
        puts_(j, ",\"kind\":\"function\",\"name\":");
        put_cstring(j, (fn->qualname ? fn->qualname : fn->name)->chars);
        puts_(j, ",\"params\":[");
        uint32_t np = (uint32_t)c->nparams + c->nkwonly + ((c->flags & CODE_VARARGS) ? 1 : 0) +
                      ((c->flags & CODE_VARKW) ? 1 : 0);
        for (uint32_t i = 0; i < np && i < c->nlocals; i++) {
            if (i) put(j, ",", 1);
            put_cstring(j, c->varnames[i]->chars);
        }
        put(j, "]", 1);
        break;
    }
    case OBJ_CLASS: {
        ObjClass *cls = (ObjClass *)o;
        puts_(j, ",\"kind\":\"class\",\"name\":");
        put_cstring(j, cls->name->chars);
        puts_(j, ",\"attrs\":");
        if (cls->is_builtin) puts_(j, "[]");
        else put_names(j, cls->dict, false);
        break;
    }
    case OBJ_RANGE: {
        ObjRange *r = (ObjRange *)o;
        puts_(j, ",\"kind\":\"other\",\"repr\":");
        char buf[96];
        if (r->step == 1) snprintf(buf, sizeof buf, "range(%lld, %lld)", (long long)r->start, (long long)r->stop);
        else snprintf(buf, sizeof buf, "range(%lld, %lld, %lld)", (long long)r->start, (long long)r->stop, (long long)r->step);
        put_cstring(j, buf);
        break;
    }
    case OBJ_MODULE: {
        ObjModule *m = (ObjModule *)o;
        puts_(j, ",\"kind\":\"other\",\"repr\":");
        char buf[300];
        snprintf(buf, sizeof buf, "<module '%s'>", m->name ? m->name->chars : "?");
        put_cstring(j, buf);
        break;
    }
    case OBJ_BOUND_METHOD: {
        ObjBoundMethod *bm = (ObjBoundMethod *)o;
        puts_(j, ",\"kind\":\"other\",\"repr\":");
        char buf[300];
        const char *name = IS_FUNCTION(bm->func) ? AS_FUNCTION(bm->func)->name->chars
                           : IS_KIND(bm->func, OBJ_NATIVE) ? AS_NATIVE(bm->func)->name : "?";
        snprintf(buf, sizeof buf, "<bound method %s of %s object>", name, vm_type_name(vm, bm->self));
        put_cstring(j, buf);
        break;
    }
    case OBJ_GENERATOR: {
        ObjGenerator *g = (ObjGenerator *)o;
        puts_(j, ",\"kind\":\"other\",\"repr\":");
        char buf[300];
        snprintf(buf, sizeof buf, "<generator object %s>", g->func->name->chars);
        put_cstring(j, buf);
        break;
    }
    case OBJ_NATIVE: {
        puts_(j, ",\"kind\":\"other\",\"repr\":");
        char buf[300];
        snprintf(buf, sizeof buf, "<built-in function %s>", ((ObjNative *)o)->name);
        put_cstring(j, buf);
        break;
    }
    default: {
        puts_(j, ",\"kind\":\"other\",\"repr\":");
        char buf[300];
        snprintf(buf, sizeof buf, "<%s object>", vm_type_name(vm, v));
        put_cstring(j, buf);
        break;
    }
    }
    put(j, "}", 1);
}

/* A frame's variables: a function's locals and cells, a class body's namespace, or the
 * globals of a top level. */
static void put_locals(Json *j, Frame *f) {
    ObjCode *c = f->code;
    if (f->locals) return put_names(j, f->locals, true);
    if (!f->func) return put_names(j, f->globals, true);
    put(j, "[", 1);
    bool first = true;
    for (uint32_t i = 0; i < c->nlocals; i++) {
        Value v = f->slots[i];
        if (IS_UNDEF(v)) continue;
        bool is_cell = false; /* a captured parameter lives on in its cell */
        for (uint32_t k = 0; k < c->ncells && !is_cell; k++) is_cell = c->cellnames[k] == c->varnames[i];
        if (is_cell) continue;
        if (!first) put(j, ",", 1);
        first = false;
        put(j, "[", 1);
        put_cstring(j, c->varnames[i]->chars);
        put(j, ",", 1);
        put_value(j, v);
        put(j, "]", 1);
    }
    for (uint32_t i = 0; i < (uint32_t)c->ncells + c->nfree; i++) {
        Value cell = f->slots[c->nlocals + i];
        if (!IS_KIND(cell, OBJ_CELL) || IS_UNDEF(AS_CELL(cell)->value)) continue;
        if (!first) put(j, ",", 1);
        first = false;
        put(j, "[", 1);
        put_cstring(j, c->cellnames[i]->chars);
        put(j, ",", 1);
        put_value(j, AS_CELL(cell)->value);
        put(j, "]", 1);
    }
    put(j, "]", 1);
}

static uint32_t frame_line(Frame *f, bool top) {
    uint32_t offset = (uint32_t)(f->ip - f->code->code);
    if (!top && offset) offset--; /* a caller's ip is past its call */
    LineEntry *e = vm_position(f->code, offset);
    return e ? e->line : 0;
}

static void put_frame(Json *j, Frame *f, int depth, uint32_t line) {
    if (depth > 1) put(j, ",", 1);
    puts_(j, "{\"name\":");
    put_cstring(j, f->code->name ? f->code->name->chars : "?");
    puts_(j, ",\"file\":");
    put_cstring(j, f->code->filename ? f->code->filename->chars : "");
    putf(j, ",\"line\":%u,\"depth\":%d,\"locals\":", line, depth);
    put_locals(j, f);
    put(j, "}", 1);
}

const char *edge_trace_state(EdgeVM *vm) {
    Trace *t = trace_get(vm);
    if (!t || !vm->main_code) return NULL;
    t->len = 0;
    t->oom = false;
    Json j = {t, vm, NULL, 0, 0, false};
    bool running = vm->frame_count > 0;
    Frame *top = running ? &vm->frames[vm->frame_count - 1] : NULL;
    puts_(&j, running ? "{\"event\":\"line\"" : "{\"event\":\"end\"");
    if (top) {
        putf(&j, ",\"line\":%u,\"file\":", frame_line(top, true));
        put_cstring(&j, top->code->filename ? top->code->filename->chars : "");
    }
    puts_(&j, ",\"frames\":[");
    if (running) {
        for (int i = 0; i < vm->frame_count; i++) put_frame(&j, &vm->frames[i], i + 1, frame_line(&vm->frames[i], i == vm->frame_count - 1));
    } else if (vm->main_globals) {
        Frame f;
        memset(&f, 0, sizeof f);
        f.code = vm->main_code;
        f.globals = vm->main_globals;
        f.ip = vm->main_code->code;
        put_frame(&j, &f, 1, 0);
    }
    puts_(&j, "],\"objects\":{");
    /* Each object described may refer to more: describe until none is left. */
    for (uint32_t i = 0; i < j.nseen; i++) {
        if (i == MAX_OBJECTS) {
            j.truncated = true;
            break;
        }
        if (i) put(&j, ",", 1);
        put_object(&j, j.seen[i]);
    }
    putf(&j, "},\"truncated\":%s}", j.truncated ? "true" : "false");
    free(j.seen);
    return t->oom ? NULL : t->json;
}
