/* scope.c — scope analysis: AST -> a Scope per function, lambda, class and comprehension.
 * First each scope records what it binds and declares, then its inner scopes resolve
 * their free names against it, marking captured variables as cells on the way up.
 * Follows Python's rules: assignment anywhere in a function makes a name local to it. */
#include "scope.h"

#include <stdio.h>
#include <string.h>

typedef struct Analyzer {
    Arena *arena;
    Diagnostic *diag;
    bool failed;
    int depth; /* expression nesting: every later pass recurses as deep as this one */
} Analyzer;

/* Deeper expressions (1+1+...+1 with thousands of terms) would overflow the C stack of the
 * passes that walk them; CPython gives up too ("maximum recursion depth exceeded during
 * compilation"). */
#define MAX_EXPRESSION_DEPTH 1000

static bool fail(Analyzer *an, const Node *at, const char *fmt, const char *name) {
    if (an->failed) return false;
    an->failed = true;
    an->diag->kind = "SyntaxError";
    snprintf(an->diag->message, sizeof an->diag->message, fmt, name);
    an->diag->line = at ? at->line : 1;
    an->diag->col = at ? at->col : 1;
    an->diag->end_col = at ? (at->end_line == at->line ? at->end_col : at->col + 1) : 2;
    if (an->diag->end_col <= an->diag->col) an->diag->end_col = an->diag->col + 1;
    return false;
}

/* A scope's symbols live in one arena block: `cap` Symbols in the order the names were first
 * seen (which fixes the frame layout), then a hash index of 2 * cap slots, each 0 (empty) or
 * a symbol number + 1, probed linearly. Finding a name is then O(1) on average, where a
 * linear search made compiling a function of 50,000 names quadratic. */
static int *sym_index(const Scope *s) { return (int *)(s->syms + s->cap); }

static uint32_t name_hash(const char *name) { /* FNV-1a */
    uint32_t h = 2166136261u;
    for (const unsigned char *p = (const unsigned char *)name; *p; p++) h = (h ^ *p) * 16777619u;
    return h;
}

static Symbol *find_sym(Scope *s, const char *name) {
    if (!s->cap) return NULL;
    const int *index = sym_index(s);
    uint32_t mask = (uint32_t)s->cap * 2 - 1;
    for (uint32_t i = name_hash(name) & mask; index[i]; i = (i + 1) & mask) {
        Symbol *sym = &s->syms[index[i] - 1];
        if (strcmp(sym->name, name) == 0) return sym;
    }
    return NULL;
}

static void index_sym(Scope *s, int n) {
    int *index = sym_index(s);
    uint32_t mask = (uint32_t)s->cap * 2 - 1, i = name_hash(s->syms[n].name) & mask;
    while (index[i]) i = (i + 1) & mask;
    index[i] = n + 1;
}

static Symbol *add_sym(Analyzer *an, Scope *s, const char *name, const Node *at) {
    Symbol *sym = find_sym(s, name);
    if (sym) return sym;
    if (s->nsyms == s->cap) {
        int cap = s->cap ? s->cap * 2 : 8;
        Symbol *syms = arena_alloc(an->arena, sizeof(Symbol) * (size_t)cap + sizeof(int) * 2 * (size_t)cap);
        if (s->nsyms) memcpy(syms, s->syms, sizeof(Symbol) * (size_t)s->nsyms);
        s->syms = syms;
        s->cap = cap;
        for (int i = 0; i < s->nsyms; i++) index_sym(s, i); /* the new index starts zeroed */
    }
    sym = &s->syms[s->nsyms];
    sym->name = name;
    sym->flags = 0;
    sym->index = -1;
    sym->line = at ? at->line : 0;
    sym->col = at ? at->col : 0;
    index_sym(s, s->nsyms++);
    return sym;
}

static Scope *new_scope(Analyzer *an, ScopeKind kind, Scope *parent, Node *node, const char *name) {
    Scope *s = arena_alloc(an->arena, sizeof(Scope));
    s->kind = kind;
    s->parent = parent;
    s->node = node;
    s->name = name;
    node->scope = s;
    return s;
}

static void bind(Analyzer *an, Scope *s, const char *name, const Node *at) {
    Symbol *sym = add_sym(an, s, name, at);
    sym->flags |= SYMF_BOUND;
    sym->binds++;
}

/* ---- pass A: what one scope binds, declares and uses (inner scopes are queued) ---- */

typedef struct Pending {
    Node **items;
    int len, cap;
} Pending;

static void queue(Analyzer *an, Pending *p, Node *n) {
    if (p->len == p->cap) {
        int cap = p->cap ? p->cap * 2 : 8;
        Node **items = arena_alloc(an->arena, sizeof(Node *) * (size_t)cap);
        if (p->len) memcpy(items, p->items, sizeof(Node *) * (size_t)p->len);
        p->items = items;
        p->cap = cap;
    }
    p->items[p->len++] = n;
}

typedef struct Walk {
    Analyzer *an;
    Scope *scope;
    Pending inner;
} Walk;

static void walk_expr(Walk *w, Node *n);
static void walk_stmts(Walk *w, NodeList *body);
static void walk_target(Walk *w, Node *n);

static void walk_list(Walk *w, NodeList *list) {
    for (int i = 0; i < list->len; i++)
        if (list->items[i]) walk_expr(w, list->items[i]);
}

static void use_name(Walk *w, Node *n) {
    Symbol *sym = add_sym(w->an, w->scope, n->name.id, n);
    sym->flags |= SYMF_USED;
}

/* A walrus inside a comprehension binds in the nearest enclosing non-comprehension scope. */
static void bind_walrus(Walk *w, Node *target) {
    Scope *s = w->scope;
    while (s->kind == SCOPE_COMPREHENSION && s->parent) s = s->parent;
    bind(w->an, s, target->name.id, target);
    if (s != w->scope) use_name(w, target);
}

static void walk_args_defaults(Walk *w, Node *args) {
    if (!args) return;
    walk_list(w, &args->arguments.defaults);
    walk_list(w, &args->arguments.kw_defaults);
}

static void walk_pattern(Walk *w, Node *p) {
    if (!p) return;
    switch (p->kind) {
    case N_MATCH_VALUE:
    case N_MATCH_SINGLETON: walk_expr(w, p->pattern.value); break;
    case N_MATCH_SEQUENCE:
    case N_MATCH_OR:
        for (int i = 0; i < p->pattern.patterns.len; i++) walk_pattern(w, p->pattern.patterns.items[i]);
        break;
    case N_MATCH_MAPPING:
        walk_list(w, &p->pattern.keys);
        for (int i = 0; i < p->pattern.patterns.len; i++) walk_pattern(w, p->pattern.patterns.items[i]);
        if (p->pattern.name) bind(w->an, w->scope, p->pattern.name, p);
        break;
    case N_MATCH_CLASS:
        walk_expr(w, p->pattern.cls);
        for (int i = 0; i < p->pattern.patterns.len; i++) walk_pattern(w, p->pattern.patterns.items[i]);
        for (int i = 0; i < p->pattern.kwd_patterns.len; i++)
            walk_pattern(w, p->pattern.kwd_patterns.items[i]);
        break;
    case N_MATCH_STAR:
        if (p->pattern.name) bind(w->an, w->scope, p->pattern.name, p);
        break;
    case N_MATCH_AS:
        walk_pattern(w, p->pattern.pattern);
        if (p->pattern.name) bind(w->an, w->scope, p->pattern.name, p);
        break;
    default: break;
    }
}

static void walk_expr_inner(Walk *w, Node *n);

static void walk_expr(Walk *w, Node *n) {
    if (!n || w->an->failed) return;
    if (++w->an->depth > MAX_EXPRESSION_DEPTH) {
        fail(w->an, n, "expression too deeply nested%s", "");
        w->an->depth--;
        return;
    }
    walk_expr_inner(w, n);
    w->an->depth--;
}

static void walk_expr_inner(Walk *w, Node *n) {
    switch (n->kind) {
    case N_NAME: use_name(w, n); break;
    case N_BOOL_OP: walk_list(w, &n->boolop.values); break;
    case N_NAMED_EXPR:
        walk_expr(w, n->named.value);
        bind_walrus(w, n->named.target);
        break;
    case N_BIN_OP:
        walk_expr(w, n->binop.left);
        walk_expr(w, n->binop.right);
        break;
    case N_UNARY_OP:
    case N_AWAIT: walk_expr(w, n->unary.operand); break;
    case N_LAMBDA:
        walk_args_defaults(w, n->function.args);
        queue(w->an, &w->inner, n);
        break;
    case N_IF_EXP:
        walk_expr(w, n->ifexp.test);
        walk_expr(w, n->ifexp.body);
        walk_expr(w, n->ifexp.orelse);
        break;
    case N_DICT:
        walk_list(w, &n->dict.keys);
        walk_list(w, &n->dict.values);
        break;
    case N_SET:
    case N_LIST:
    case N_TUPLE:
    case N_JOINED_STR: walk_list(w, &n->seq.elts); break;
    case N_LIST_COMP:
    case N_SET_COMP:
    case N_DICT_COMP:
    case N_GENERATOR_EXP:
        /* The first iterable is evaluated in the enclosing scope. */
        if (n->comp.generators.len > 0) walk_expr(w, n->comp.generators.items[0]->comprehension.iter);
        queue(w->an, &w->inner, n);
        break;
    case N_YIELD:
    case N_YIELD_FROM:
        w->scope->is_generator = true;
        walk_expr(w, n->yield.value);
        break;
    case N_COMPARE:
        walk_expr(w, n->compare.left);
        walk_list(w, &n->compare.comparators);
        break;
    case N_CALL:
        walk_expr(w, n->call.func);
        walk_list(w, &n->call.args);
        for (int i = 0; i < n->call.keywords.len; i++) walk_expr(w, n->call.keywords.items[i]->keyword.value);
        break;
    case N_FORMATTED_VALUE:
        walk_expr(w, n->fvalue.value);
        walk_expr(w, n->fvalue.format_spec);
        break;
    case N_ATTRIBUTE: walk_expr(w, n->attribute.value); break;
    case N_SUBSCRIPT:
        walk_expr(w, n->subscript.value);
        walk_expr(w, n->subscript.index);
        break;
    case N_STARRED: walk_expr(w, n->starred.value); break;
    case N_SLICE:
        walk_expr(w, n->slice.lower);
        walk_expr(w, n->slice.upper);
        walk_expr(w, n->slice.step);
        break;
    default: break;
    }
}

static void walk_target(Walk *w, Node *n) {
    if (!n) return;
    switch (n->kind) {
    case N_NAME: {
        Symbol *sym = add_sym(w->an, w->scope, n->name.id, n);
        sym->flags |= SYMF_BOUND;
        sym->binds++;
        break;
    }
    case N_TUPLE:
    case N_LIST:
        for (int i = 0; i < n->seq.elts.len; i++) walk_target(w, n->seq.elts.items[i]);
        break;
    case N_STARRED: walk_target(w, n->starred.value); break;
    default: walk_expr(w, n); break; /* attribute / subscript targets only read names */
    }
}

static void declare(Walk *w, Node *n, int flag) {
    for (int i = 0; i < n->names.count; i++) {
        const char *name = n->names.names[i];
        Symbol *sym = find_sym(w->scope, name);
        if (sym && (sym->flags & SYMF_PARAM) && !(sym->flags & flag)) {
            fail(w->an, n, flag == SYMF_GLOBAL ? "name '%s' is parameter and global" : "name '%s' is parameter and nonlocal",
                 name);
            return;
        }
        if (sym && (sym->flags & (SYMF_BOUND | SYMF_USED)) && !(sym->flags & flag)) {
            const char *fmt = flag == SYMF_GLOBAL
                                  ? ((sym->flags & SYMF_BOUND) ? "name '%s' is assigned to before global declaration"
                                                               : "name '%s' is used prior to global declaration")
                                  : ((sym->flags & SYMF_BOUND) ? "name '%s' is assigned to before nonlocal declaration"
                                                               : "name '%s' is used prior to nonlocal declaration");
            fail(w->an, n, fmt, name);
            return;
        }
        if (flag == SYMF_NONLOCAL && w->scope->kind == SCOPE_MODULE) {
            fail(w->an, n, "nonlocal declaration not allowed at module level%s", "");
            return;
        }
        sym = add_sym(w->an, w->scope, name, n);
        sym->flags |= flag;
    }
}

static void walk_stmt(Walk *w, Node *n) {
    if (!n || w->an->failed) return;
    switch (n->kind) {
    case N_FUNCTION_DEF:
        walk_list(w, &n->function.decorators);
        walk_args_defaults(w, n->function.args);
        bind(w->an, w->scope, n->function.name, n);
        queue(w->an, &w->inner, n);
        break;
    case N_CLASS_DEF:
        walk_list(w, &n->class_def.decorators);
        walk_list(w, &n->class_def.bases);
        for (int i = 0; i < n->class_def.keywords.len; i++)
            walk_expr(w, n->class_def.keywords.items[i]->keyword.value);
        bind(w->an, w->scope, n->class_def.name, n);
        queue(w->an, &w->inner, n);
        break;
    case N_RETURN: walk_expr(w, n->ret.value); break;
    case N_DELETE:
        for (int i = 0; i < n->del.targets.len; i++) walk_target(w, n->del.targets.items[i]);
        break;
    case N_ASSIGN:
        walk_expr(w, n->assign.value);
        for (int i = 0; i < n->assign.targets.len; i++) walk_target(w, n->assign.targets.items[i]);
        break;
    case N_AUG_ASSIGN:
        walk_expr(w, n->aug.value);
        if (n->aug.target->kind == N_NAME) use_name(w, n->aug.target);
        walk_target(w, n->aug.target);
        break;
    case N_ANN_ASSIGN:
        walk_expr(w, n->ann.value);
        /* The compiler evaluates the annotation where it records it: see compiler.c. */
        if (n->ann.simple && n->ann.target->kind == N_NAME && w->scope->kind != SCOPE_FUNCTION)
            walk_expr(w, n->ann.annotation);
        if (n->ann.value || n->ann.target->kind != N_NAME) walk_target(w, n->ann.target);
        else bind(w->an, w->scope, n->ann.target->name.id, n->ann.target);
        break;
    case N_FOR:
        walk_expr(w, n->loop.iter);
        walk_target(w, n->loop.target);
        walk_stmts(w, &n->loop.body);
        walk_stmts(w, &n->loop.orelse);
        break;
    case N_WHILE:
        walk_expr(w, n->loop.test);
        walk_stmts(w, &n->loop.body);
        walk_stmts(w, &n->loop.orelse);
        break;
    case N_IF:
        walk_expr(w, n->if_.test);
        walk_stmts(w, &n->if_.body);
        walk_stmts(w, &n->if_.orelse);
        break;
    case N_WITH:
        for (int i = 0; i < n->with.items.len; i++) {
            Node *item = n->with.items.items[i];
            walk_expr(w, item->withitem.context);
            walk_target(w, item->withitem.vars);
        }
        walk_stmts(w, &n->with.body);
        break;
    case N_MATCH:
        walk_expr(w, n->match.subject);
        for (int i = 0; i < n->match.cases.len; i++) {
            Node *c = n->match.cases.items[i];
            walk_pattern(w, c->match_case.pattern);
            walk_expr(w, c->match_case.guard);
            walk_stmts(w, &c->match_case.body);
        }
        break;
    case N_RAISE:
        walk_expr(w, n->raise.exc);
        walk_expr(w, n->raise.cause);
        break;
    case N_TRY:
        walk_stmts(w, &n->try_.body);
        for (int i = 0; i < n->try_.handlers.len; i++) {
            Node *h = n->try_.handlers.items[i];
            walk_expr(w, h->handler.type);
            if (h->handler.name) bind(w->an, w->scope, h->handler.name, h);
            walk_stmts(w, &h->handler.body);
        }
        walk_stmts(w, &n->try_.orelse);
        walk_stmts(w, &n->try_.finalbody);
        break;
    case N_ASSERT:
        walk_expr(w, n->assert_.test);
        walk_expr(w, n->assert_.msg);
        break;
    case N_IMPORT:
    case N_IMPORT_FROM:
        for (int i = 0; i < n->import.names.len; i++) {
            Node *a = n->import.names.items[i];
            const char *name = a->alias.asname ? a->alias.asname : a->alias.name;
            if (strcmp(name, "*") == 0) continue;
            if (!a->alias.asname && n->kind == N_IMPORT) {
                const char *dot = strchr(name, '.');
                if (dot) name = arena_strndup(w->an->arena, name, (size_t)(dot - name));
            }
            bind(w->an, w->scope, name, a);
        }
        break;
    case N_GLOBAL: declare(w, n, SYMF_GLOBAL); break;
    case N_NONLOCAL: declare(w, n, SYMF_NONLOCAL); break;
    case N_EXPR_STMT: walk_expr(w, n->expr_stmt.value); break;
    default: break;
    }
}

static void walk_stmts(Walk *w, NodeList *body) {
    for (int i = 0; i < body->len && !w->an->failed; i++) walk_stmt(w, body->items[i]);
}

/* ---- pass B: resolve free names through the enclosing function scopes ---- */

/* A scope between a closure and the function owning the variable passes the cell on:
 * functions as a free variable, class bodies too (their methods' closures are built
 * there), under a separate flag when the class binds the same name itself. */
static void pass_through(Analyzer *an, Scope *mid, const char *name) {
    Symbol *sym = add_sym(an, mid, name, NULL);
    if (mid->kind == SCOPE_CLASS && (sym->flags & SYMF_BOUND)) sym->flags |= SYMF_CLASS_FREE;
    else sym->flags |= SYMF_FREE;
}

/* Makes `name` reachable in `s` through a closure from the nearest enclosing function
 * scope that binds it. Returns false when no enclosing function binds it. */
static bool capture(Analyzer *an, Scope *s, const char *name) {
    for (Scope *up = s->parent; up; up = up->parent) {
        if (up->kind == SCOPE_CLASS) continue; /* class namespaces are not closures */
        if (up->kind == SCOPE_MODULE) return false;
        Symbol *sym = find_sym(up, name);
        if (!sym) continue;
        if (sym->flags & SYMF_GLOBAL) return false;
        if ((sym->flags & SYMF_BOUND) && !(sym->flags & SYMF_NONLOCAL)) {
            sym->flags |= SYMF_CAPTURED;
            /* Every function scope between passes the cell through as a free variable. */
            for (Scope *mid = s->parent; mid != up; mid = mid->parent) pass_through(an, mid, name);
            return true;
        }
        if (sym->flags & (SYMF_FREE | SYMF_NONLOCAL)) {
            for (Scope *mid = s->parent; mid != up; mid = mid->parent) pass_through(an, mid, name);
            sym->flags |= SYMF_FREE;
            return true;
        }
    }
    return false;
}

static void analyze(Analyzer *an, Scope *s);

static void add_params(Analyzer *an, Scope *s, Node *args) {
    if (!args) return;
    NodeList *lists[2] = {&args->arguments.posonly, &args->arguments.args};
    for (int l = 0; l < 2; l++)
        for (int i = 0; i < lists[l]->len; i++) {
            Node *a = lists[l]->items[i];
            if (find_sym(s, a->arg.name) && (find_sym(s, a->arg.name)->flags & SYMF_PARAM)) {
                fail(an, a, "duplicate argument '%s' in function definition", a->arg.name);
                return;
            }
            add_sym(an, s, a->arg.name, a)->flags |= SYMF_BOUND | SYMF_PARAM;
            s->nparams++;
        }
    for (int i = 0; i < args->arguments.kwonly.len; i++) {
        Node *a = args->arguments.kwonly.items[i];
        add_sym(an, s, a->arg.name, a)->flags |= SYMF_BOUND | SYMF_PARAM;
    }
    if (args->arguments.vararg) add_sym(an, s, args->arguments.vararg->arg.name, args)->flags |= SYMF_BOUND | SYMF_PARAM;
    if (args->arguments.kwarg) add_sym(an, s, args->arguments.kwarg->arg.name, args)->flags |= SYMF_BOUND | SYMF_PARAM;
}

static void walk_comprehension_body(Walk *w, Node *n) {
    NodeList *gens = &n->comp.generators;
    for (int i = 0; i < gens->len; i++) {
        Node *g = gens->items[i];
        if (i > 0) walk_expr(w, g->comprehension.iter);
        walk_target(w, g->comprehension.target);
        walk_list(w, &g->comprehension.ifs);
    }
    walk_expr(w, n->comp.key);
    walk_expr(w, n->comp.elt);
}

static void finalize(Analyzer *an, Scope *s) {
    if (s->kind == SCOPE_MODULE) return;
    if (s->kind == SCOPE_CLASS) {
        /* A class body has no locals, only the cells its methods' closures need. */
        int nfree = 0;
        for (int i = 0; i < s->nsyms; i++)
            if (s->syms[i].flags & (SYMF_FREE | SYMF_CLASS_FREE)) nfree++;
        s->cellnames = arena_alloc(an->arena, sizeof(char *) * (size_t)(nfree + 1));
        s->varnames = arena_alloc(an->arena, sizeof(char *));
        s->cell2local = arena_alloc(an->arena, sizeof(int));
        int fi = 0;
        for (int i = 0; i < s->nsyms; i++)
            if (s->syms[i].flags & (SYMF_FREE | SYMF_CLASS_FREE)) {
                s->cellnames[fi] = s->syms[i].name;
                s->syms[i].index = fi++;
            }
        s->nfree = nfree;
        return;
    }
    int nlocals = 0, ncells = 0, nfree = 0;
    /* Parameters first, in declaration order (they were added first). */
    for (int i = 0; i < s->nsyms; i++) {
        Symbol *sym = &s->syms[i];
        if (sym->flags & SYMF_GLOBAL) continue;
        bool local = (sym->flags & SYMF_BOUND) && !(sym->flags & SYMF_NONLOCAL);
        if (sym->flags & SYMF_PARAM) nlocals++;
        else if (local && !(sym->flags & SYMF_CAPTURED)) nlocals++;
        if (local && (sym->flags & SYMF_CAPTURED)) ncells++;
        else if (!local && (sym->flags & (SYMF_FREE | SYMF_NONLOCAL))) nfree++;
    }
    s->varnames = arena_alloc(an->arena, sizeof(char *) * (size_t)(nlocals + 1));
    s->cellnames = arena_alloc(an->arena, sizeof(char *) * (size_t)(ncells + nfree + 1));
    s->cell2local = arena_alloc(an->arena, sizeof(int) * (size_t)(ncells + 1));
    int li = 0, ci = 0, fi = 0;
    for (int i = 0; i < s->nsyms; i++) {
        Symbol *sym = &s->syms[i];
        if (sym->flags & SYMF_GLOBAL) continue;
        bool local = (sym->flags & SYMF_BOUND) && !(sym->flags & SYMF_NONLOCAL);
        int slot = -1;
        if ((sym->flags & SYMF_PARAM) || (local && !(sym->flags & SYMF_CAPTURED))) {
            slot = li;
            s->varnames[li++] = sym->name;
            sym->index = slot;
        }
        if (local && (sym->flags & SYMF_CAPTURED)) {
            s->cell2local[ci] = (sym->flags & SYMF_PARAM) ? slot : -1;
            s->cellnames[ci] = sym->name;
            sym->index = ci++;
        }
    }
    for (int i = 0; i < s->nsyms; i++) {
        Symbol *sym = &s->syms[i];
        if (sym->flags & SYMF_GLOBAL) continue;
        bool local = (sym->flags & SYMF_BOUND) && !(sym->flags & SYMF_NONLOCAL);
        if (!local && (sym->flags & (SYMF_FREE | SYMF_NONLOCAL))) {
            s->cellnames[ncells + fi] = sym->name;
            sym->index = ncells + fi++;
        }
    }
    s->nlocals = nlocals;
    s->ncells = ncells;
    s->nfree = nfree;
}

static void analyze(Analyzer *an, Scope *s) {
    Walk w = {an, s, {0}};
    Node *n = s->node;
    switch (n->kind) {
    case N_MODULE: walk_stmts(&w, &n->module.body); break;
    case N_FUNCTION_DEF:
        add_params(an, s, n->function.args);
        walk_stmts(&w, &n->function.body);
        break;
    case N_LAMBDA:
        add_params(an, s, n->function.args);
        walk_stmts(&w, &n->function.body);
        break;
    case N_CLASS_DEF: walk_stmts(&w, &n->class_def.body); break;
    default: /* comprehension: one hidden parameter, the first iterator */
        add_sym(an, s, ".0", n)->flags |= SYMF_BOUND | SYMF_PARAM;
        s->nparams = 1;
        walk_comprehension_body(&w, n);
        if (n->kind == N_GENERATOR_EXP) s->is_generator = true;
        break;
    }
    if (an->failed) return;

    /* nonlocal names must be bound in an enclosing function. */
    for (int i = 0; i < s->nsyms; i++) {
        Symbol *sym = &s->syms[i];
        if ((sym->flags & SYMF_NONLOCAL) && !capture(an, s, sym->name)) {
            Node at = {0};
            at.line = sym->line;
            at.col = sym->col;
            at.end_line = sym->line;
            at.end_col = sym->col + 1;
            fail(an, &at, "no binding for nonlocal '%s' found", sym->name);
            return;
        }
    }
    /* Names used but not bound here come from an enclosing function, or are global. */
    if (s->kind != SCOPE_MODULE)
        for (int i = 0; i < s->nsyms; i++) {
            Symbol *sym = &s->syms[i];
            if (!(sym->flags & (SYMF_BOUND | SYMF_GLOBAL | SYMF_NONLOCAL | SYMF_FREE)) && (sym->flags & SYMF_USED))
                if (capture(an, s, sym->name)) sym->flags |= SYMF_FREE;
        }

    for (int i = 0; i < w.inner.len && !an->failed; i++) {
        Node *inner = w.inner.items[i];
        Scope *child;
        switch (inner->kind) {
        case N_FUNCTION_DEF: child = new_scope(an, SCOPE_FUNCTION, s, inner, inner->function.name); break;
        case N_LAMBDA: child = new_scope(an, SCOPE_FUNCTION, s, inner, "<lambda>"); break;
        case N_CLASS_DEF: child = new_scope(an, SCOPE_CLASS, s, inner, inner->class_def.name); break;
        case N_LIST_COMP: child = new_scope(an, SCOPE_COMPREHENSION, s, inner, "<listcomp>"); break;
        case N_SET_COMP: child = new_scope(an, SCOPE_COMPREHENSION, s, inner, "<setcomp>"); break;
        case N_DICT_COMP: child = new_scope(an, SCOPE_COMPREHENSION, s, inner, "<dictcomp>"); break;
        default: child = new_scope(an, SCOPE_COMPREHENSION, s, inner, "<genexpr>"); break;
        }
        analyze(an, child);
    }
}

/* Finalise after every scope has been analysed: inner scopes may add cells to outer ones. */
static void finalize_tree(Analyzer *an, Node *n);

static void finalize_list(Analyzer *an, NodeList *l) {
    for (int i = 0; i < l->len; i++)
        if (l->items[i]) finalize_tree(an, l->items[i]);
}

static void finalize_tree(Analyzer *an, Node *n) {
    if (!n) return;
    if (n->scope) finalize(an, (Scope *)n->scope);
    switch (n->kind) {
    case N_MODULE: finalize_list(an, &n->module.body); break;
    case N_FUNCTION_DEF:
    case N_LAMBDA:
        finalize_list(an, &n->function.body);
        finalize_list(an, &n->function.decorators);
        if (n->function.args) {
            finalize_list(an, &n->function.args->arguments.defaults);
            finalize_list(an, &n->function.args->arguments.kw_defaults);
        }
        break;
    case N_CLASS_DEF:
        finalize_list(an, &n->class_def.body);
        finalize_list(an, &n->class_def.bases);
        finalize_list(an, &n->class_def.decorators);
        finalize_list(an, &n->class_def.keywords);
        break;
    case N_RETURN: finalize_tree(an, n->ret.value); break;
    case N_DELETE: finalize_list(an, &n->del.targets); break;
    case N_ASSIGN:
        finalize_list(an, &n->assign.targets);
        finalize_tree(an, n->assign.value);
        break;
    case N_AUG_ASSIGN:
        finalize_tree(an, n->aug.target);
        finalize_tree(an, n->aug.value);
        break;
    case N_ANN_ASSIGN:
        finalize_tree(an, n->ann.target);
        finalize_tree(an, n->ann.annotation);
        finalize_tree(an, n->ann.value);
        break;
    case N_FOR:
    case N_WHILE:
        finalize_tree(an, n->loop.target);
        finalize_tree(an, n->loop.iter);
        finalize_tree(an, n->loop.test);
        finalize_list(an, &n->loop.body);
        finalize_list(an, &n->loop.orelse);
        break;
    case N_IF:
        finalize_tree(an, n->if_.test);
        finalize_list(an, &n->if_.body);
        finalize_list(an, &n->if_.orelse);
        break;
    case N_WITH:
        finalize_list(an, &n->with.items);
        finalize_list(an, &n->with.body);
        break;
    case N_WITH_ITEM:
        finalize_tree(an, n->withitem.context);
        finalize_tree(an, n->withitem.vars);
        break;
    case N_MATCH:
        finalize_tree(an, n->match.subject);
        finalize_list(an, &n->match.cases);
        break;
    case N_MATCH_CASE:
        finalize_tree(an, n->match_case.guard);
        finalize_list(an, &n->match_case.body);
        finalize_tree(an, n->match_case.pattern);
        break;
    case N_MATCH_VALUE:
    case N_MATCH_SINGLETON: finalize_tree(an, n->pattern.value); break;
    case N_MATCH_SEQUENCE:
    case N_MATCH_OR:
    case N_MATCH_MAPPING:
    case N_MATCH_CLASS:
        finalize_list(an, &n->pattern.patterns);
        finalize_list(an, &n->pattern.keys);
        finalize_list(an, &n->pattern.kwd_patterns);
        finalize_tree(an, n->pattern.cls);
        break;
    case N_MATCH_AS: finalize_tree(an, n->pattern.pattern); break;
    case N_RAISE:
        finalize_tree(an, n->raise.exc);
        finalize_tree(an, n->raise.cause);
        break;
    case N_TRY:
        finalize_list(an, &n->try_.body);
        finalize_list(an, &n->try_.handlers);
        finalize_list(an, &n->try_.orelse);
        finalize_list(an, &n->try_.finalbody);
        break;
    case N_EXCEPT_HANDLER:
        finalize_tree(an, n->handler.type);
        finalize_list(an, &n->handler.body);
        break;
    case N_ASSERT:
        finalize_tree(an, n->assert_.test);
        finalize_tree(an, n->assert_.msg);
        break;
    case N_EXPR_STMT: finalize_tree(an, n->expr_stmt.value); break;
    case N_BOOL_OP: finalize_list(an, &n->boolop.values); break;
    case N_NAMED_EXPR: finalize_tree(an, n->named.value); break;
    case N_BIN_OP:
        finalize_tree(an, n->binop.left);
        finalize_tree(an, n->binop.right);
        break;
    case N_UNARY_OP:
    case N_AWAIT: finalize_tree(an, n->unary.operand); break;
    case N_IF_EXP:
        finalize_tree(an, n->ifexp.test);
        finalize_tree(an, n->ifexp.body);
        finalize_tree(an, n->ifexp.orelse);
        break;
    case N_DICT:
        finalize_list(an, &n->dict.keys);
        finalize_list(an, &n->dict.values);
        break;
    case N_SET:
    case N_LIST:
    case N_TUPLE:
    case N_JOINED_STR: finalize_list(an, &n->seq.elts); break;
    case N_LIST_COMP:
    case N_SET_COMP:
    case N_DICT_COMP:
    case N_GENERATOR_EXP:
        finalize_tree(an, n->comp.elt);
        finalize_tree(an, n->comp.key);
        finalize_list(an, &n->comp.generators);
        break;
    case N_COMPREHENSION:
        finalize_tree(an, n->comprehension.iter);
        finalize_tree(an, n->comprehension.target);
        finalize_list(an, &n->comprehension.ifs);
        break;
    case N_YIELD:
    case N_YIELD_FROM: finalize_tree(an, n->yield.value); break;
    case N_COMPARE:
        finalize_tree(an, n->compare.left);
        finalize_list(an, &n->compare.comparators);
        break;
    case N_CALL:
        finalize_tree(an, n->call.func);
        finalize_list(an, &n->call.args);
        finalize_list(an, &n->call.keywords);
        break;
    case N_KEYWORD: finalize_tree(an, n->keyword.value); break;
    case N_FORMATTED_VALUE:
        finalize_tree(an, n->fvalue.value);
        finalize_tree(an, n->fvalue.format_spec);
        break;
    case N_ATTRIBUTE: finalize_tree(an, n->attribute.value); break;
    case N_SUBSCRIPT:
        finalize_tree(an, n->subscript.value);
        finalize_tree(an, n->subscript.index);
        break;
    case N_STARRED: finalize_tree(an, n->starred.value); break;
    case N_SLICE:
        finalize_tree(an, n->slice.lower);
        finalize_tree(an, n->slice.upper);
        finalize_tree(an, n->slice.step);
        break;
    default: break;
    }
}

Scope *scope_analyze(Arena *arena, Node *module, Diagnostic *diag) {
    Analyzer an = {arena, diag, false, 0};
    Scope *s = new_scope(&an, SCOPE_MODULE, NULL, module, "<module>");
    analyze(&an, s);
    if (an.failed) return NULL;
    finalize_tree(&an, module);
    return s;
}

SymKind scope_resolve(Scope *s, const char *name, int *index) {
    *index = -1;
    if (s->kind == SCOPE_MODULE) return SYM_GLOBAL;
    Symbol *sym = find_sym(s, name);
    if (s->kind == SCOPE_CLASS) {
        if (sym && (sym->flags & SYMF_GLOBAL)) return SYM_GLOBAL;
        if (sym && (sym->flags & SYMF_FREE) && !(sym->flags & SYMF_BOUND)) {
            *index = sym->index;
            return SYM_FREE;
        }
        return SYM_NAME;
    }
    if (!sym || (sym->flags & SYMF_GLOBAL)) return SYM_GLOBAL;
    bool local = (sym->flags & SYMF_BOUND) && !(sym->flags & SYMF_NONLOCAL);
    if (local && (sym->flags & SYMF_CAPTURED)) {
        *index = sym->index;
        return SYM_CELL;
    }
    if (local) {
        *index = sym->index;
        return SYM_LOCAL;
    }
    if (sym->flags & (SYMF_FREE | SYMF_NONLOCAL)) {
        *index = sym->index;
        return SYM_FREE;
    }
    return SYM_GLOBAL;
}

int scope_closure_index(Scope *s, const char *name) {
    Symbol *sym = find_sym(s, name);
    if (!sym) return -1;
    if (s->kind == SCOPE_CLASS) return (sym->flags & (SYMF_FREE | SYMF_CLASS_FREE)) ? sym->index : -1;
    int index;
    SymKind kind = scope_resolve(s, name, &index);
    return kind == SYM_CELL || kind == SYM_FREE ? index : -1;
}

int scope_binds(Scope *s, const char *name) {
    Symbol *sym = find_sym(s, name);
    return sym ? sym->binds : 0;
}
