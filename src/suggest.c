/* suggest.c — the "Did you mean" of tracebacks: for a name that is not defined, an
 * attribute an object lacks, or a name a module does not export, the known name nearest
 * the wrong one, by CPython's rules. Only the report of an error runs this code, so a
 * program that catches its NameErrors pays nothing for it. */
#include <stdlib.h>
#include <string.h>

#include "containers.h"
#include "str.h"
#include "suggest.h"

/* CPython's limits: a namespace this large is not searched, a name this long (after its
 * common prefix and suffix with the candidate are set aside) is not compared. */
#define MAX_CANDIDATES 750
#define MAX_NAME 40
/* What an edit costs: inserting, deleting or replacing a byte, and replacing a letter with
 * itself in the other case (a cheaper slip than any other). */
#define EDIT_COST 2
#define CASE_COST 1

static size_t replace_cost(unsigned char a, unsigned char b) {
    if (a == b) return 0;
    if (a >= 'A' && a <= 'Z') a = (unsigned char)(a - 'A' + 'a');
    if (b >= 'A' && b <= 'Z') b = (unsigned char)(b - 'A' + 'a');
    return a == b && a >= 'a' && a <= 'z' ? CASE_COST : EDIT_COST;
}

/* The cheapest edit of `a` into `b` (bytes of UTF-8), or more than `max` once it is sure to
 * cost more than that. Levenshtein's distance with the costs above, kept one row at a time. */
static size_t edit_distance(const char *a, size_t na, const char *b, size_t nb, size_t max) {
    while (na && nb && *a == *b) a++, b++, na--, nb--;
    while (na && nb && a[na - 1] == b[nb - 1]) na--, nb--;
    if (na == 0 || nb == 0) return (na + nb) * EDIT_COST;
    if (na > MAX_NAME || nb > MAX_NAME) return max + 1;
    if (nb < na) { /* `a` is the shorter: its row is the one kept */
        const char *t = a;
        a = b, b = t;
        size_t n = na;
        na = nb, nb = n;
    }
    if ((nb - na) * EDIT_COST > max) return max + 1;
    /* row[i]: the cost of turning a[0..i] into the part of b seen so far */
    size_t row[MAX_NAME];
    for (size_t i = 0; i < na; i++) row[i] = (i + 1) * EDIT_COST;
    size_t cost = 0;
    for (size_t j = 0; j < nb; j++) {
        size_t diagonal = j * EDIT_COST; /* a[..i-1] into b[..j-1] */
        size_t left = (j + 1) * EDIT_COST; /* the empty prefix of a into b[..j] */
        size_t lowest = (size_t)-1;
        for (size_t i = 0; i < na; i++) {
            size_t up = row[i];
            size_t best = diagonal + replace_cost((unsigned char)a[i], (unsigned char)b[j]);
            size_t skip = (left < up ? left : up) + EDIT_COST;
            if (skip < best) best = skip;
            diagonal = up;
            row[i] = left = best;
            if (best < lowest) lowest = best;
        }
        if (lowest > max) return max + 1;
        cost = left;
    }
    return cost;
}

void suggest_init(Suggest *s, ObjStr *name) {
    s->name = name;
    s->best = NULL;
    s->cost = 0;
}

void suggest_consider(Suggest *s, ObjStr *candidate) {
    ObjStr *name = s->name;
    if (candidate->len == name->len && memcmp(candidate->chars, name->chars, name->len) == 0) return;
    /* No more than about a third of the bytes of the two may change... */
    size_t max = (name->len + candidate->len + 3) * EDIT_COST / 6;
    /* ... and a candidate must beat the best so far (the first of equals wins). */
    if (s->best && s->cost <= max) max = s->cost - 1;
    size_t cost = edit_distance(name->chars, name->len, candidate->chars, candidate->len, max);
    if (cost > max) return;
    s->best = candidate;
    s->cost = cost;
}

/* Every str key of `d`, in order; false when there are too many to search. */
static bool consider_keys(Suggest *s, ObjDict *d) {
    if (!d) return true;
    if (d->table.count >= MAX_CANDIDATES) return false;
    for (uint32_t i = 0; i < d->table.nentries; i++) {
        Value key = d->table.entries[i].key;
        if (IS_STR(key)) suggest_consider(s, AS_STR(key));
    }
    return true;
}

/* Names CPython's builtins hold that are keywords here, not entries of vm->builtins. */
static const char *const builtin_constants[] = {"None", "Ellipsis", "NotImplemented", "False", "True"};
#define NCONSTANTS (sizeof builtin_constants / sizeof *builtin_constants)

ObjStr *suggest_name(VM *vm, ObjStr *name, ObjCode *code, ObjDict *globals) {
    ObjStr *constants[NCONSTANTS];
    for (size_t i = 0; i < NCONSTANTS; i++) constants[i] = str_intern_cstr(vm, builtin_constants[i]);
    /* CPython looks in three places, one after the other: the function's local variables,
     * its globals, the builtins. A match in one ends the search. */
    Suggest s;
    suggest_init(&s, name);
    if (code && code->nlocals < MAX_CANDIDATES)
        for (uint16_t i = 0; i < code->nlocals; i++) suggest_consider(&s, code->varnames[i]);
    if (s.best) return s.best;
    suggest_init(&s, name);
    if (consider_keys(&s, globals) && s.best) return s.best;
    suggest_init(&s, name);
    if (!consider_keys(&s, vm->builtins)) return NULL;
    for (size_t i = 0; i < NCONSTANTS; i++)
        if (IS_UNDEF(dict_get_str(vm->builtins, constants[i]))) suggest_consider(&s, constants[i]);
    return s.best;
}

/* ---- the attributes of an object, as dir() lists them: sorted, each once ---- */

typedef struct Names {
    ObjStr **items;
    size_t len, cap;
} Names;

static void names_add(Names *n, ObjStr *s) {
    if (n->len == n->cap) {
        n->cap = n->cap ? n->cap * 2 : 64;
        ObjStr **grown = realloc(n->items, sizeof(ObjStr *) * n->cap);
        if (!grown) abort();
        n->items = grown;
    }
    n->items[n->len++] = s;
}

static void names_add_keys(Names *n, ObjDict *d) {
    if (!d) return;
    for (uint32_t i = 0; i < d->table.nentries; i++)
        if (IS_STR(d->table.entries[i].key)) names_add(n, AS_STR(d->table.entries[i].key));
}

static void names_add_class(Names *n, ObjClass *cls) {
    for (uint32_t i = 0; i < cls->mro->len; i++)
        if (IS_CLASS(cls->mro->items[i])) names_add_keys(n, AS_CLASS(cls->mro->items[i])->dict);
}

static int compare_names(const void *pa, const void *pb) {
    const ObjStr *a = *(ObjStr *const *)pa, *b = *(ObjStr *const *)pb;
    int c = memcmp(a->chars, b->chars, a->len < b->len ? a->len : b->len);
    if (c) return c;
    return a->len < b->len ? -1 : a->len > b->len;
}

/* Considers `names` in dir()'s order (sorted, each once), unless there are too many.
 * `public`: only names that do not start with '_' (unless the wrong one does). */
static ObjStr *nearest_of(Names *n, ObjStr *name, bool public) {
    qsort(n->items, n->len, sizeof(ObjStr *), compare_names);
    size_t kept = 0;
    for (size_t i = 0; i < n->len; i++) {
        if (kept && compare_names(&n->items[kept - 1], &n->items[i]) == 0) continue;
        if (public && name->chars[0] != '_' && n->items[i]->chars[0] == '_') continue;
        n->items[kept++] = n->items[i];
    }
    Suggest s;
    suggest_init(&s, name);
    if (kept < MAX_CANDIDATES)
        for (size_t i = 0; i < kept; i++) suggest_consider(&s, n->items[i]);
    free(n->items);
    return s.best;
}

/* The attributes the object protocol (ops.c's special_attr) gives some kinds besides
 * what their classes hold. */
static const char *const range_attrs[] = {"start", "step", "stop", NULL};
static const char *const exception_attrs[] = {"__cause__", "__context__", "args", NULL};
static const char *const function_attrs[] = {"__defaults__", "__doc__", "__module__", "__name__",
                                             "__qualname__", NULL};

static void names_add_static(VM *vm, Names *n, const char *const *list) {
    for (; *list; list++) names_add(n, str_intern_cstr(vm, *list));
}

ObjStr *suggest_attribute(VM *vm, Value obj, ObjStr *name) {
    Names n = {NULL, 0, 0};
    /* The interned names below are made before any name is gathered: gathering holds
     * borrowed strings, and no allocation (so no collection) may come between. */
    ObjKind kind = IS_OBJ(obj) ? OBJ_KIND(obj) : OBJ_KIND_COUNT;
    if (kind == OBJ_RANGE || kind == OBJ_SLICE) names_add_static(vm, &n, range_attrs);
    else if (kind == OBJ_EXCEPTION) names_add_static(vm, &n, exception_attrs);
    else if (kind == OBJ_FUNCTION) names_add_static(vm, &n, function_attrs);
    names_add(&n, vm->dunder[DUNDER_class]);
    if (kind == OBJ_MODULE) {
        names_add_keys(&n, AS_MODULE(obj)->globals);
    } else if (kind == OBJ_CLASS) {
        names_add_class(&n, AS_CLASS(obj));
    } else {
        if (kind == OBJ_INSTANCE || kind == OBJ_EXCEPTION) names_add_keys(&n, AS_INSTANCE(obj)->dict);
        if (kind == OBJ_FUNCTION) names_add_keys(&n, AS_FUNCTION(obj)->attrs);
        ObjDict **attrs = subclass_attrs(obj);
        if (attrs) names_add_keys(&n, *attrs);
        names_add_class(&n, vm_class_of(vm, obj));
    }
    return nearest_of(&n, name, false);
}

ObjStr *suggest_export(ObjTuple *exports, ObjDict *globals, ObjStr *name) {
    Names n = {NULL, 0, 0};
    if (exports)
        for (uint32_t i = 0; i < exports->len; i++)
            if (IS_STR(exports->items[i])) names_add(&n, AS_STR(exports->items[i]));
    names_add_keys(&n, globals);
    return nearest_of(&n, name, true);
}

/* The modules of CPython's standard library that a program here can import: the built-in
 * ones and those of modules/ (web/resolve.js STANDARD_MODULES). Add a module here when it
 * comes; tests/host/tracebacks.test.mjs checks that every one of them imports. */
static const char *const standard_modules[] = {
    "__future__", "abc",        "bisect",  "collections", "contextlib", "copy",     "dataclasses",
    "datetime",   "difflib",    "enum",    "fractions",   "functools",  "heapq",    "io",
    "itertools",  "json",       "keyword", "math",        "numbers",    "operator", "pprint",
    "random",     "re",         "statistics", "string",   "sys",        "textwrap", "time",
    "types",      "typing",     "unittest",
};

bool suggest_is_module(const char *name) {
    for (size_t i = 0; i < sizeof standard_modules / sizeof *standard_modules; i++)
        if (strcmp(standard_modules[i], name) == 0) return true;
    return false;
}
