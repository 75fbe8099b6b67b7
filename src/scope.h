/* scope.h — name resolution before code generation: which names of each function are
 * locals, cells (captured by inner functions), free (captured from outside) or globals. */
#ifndef EDGE_SCOPE_H
#define EDGE_SCOPE_H

#include <stdbool.h>

#include "ast.h"

typedef enum ScopeKind { SCOPE_MODULE, SCOPE_FUNCTION, SCOPE_CLASS, SCOPE_COMPREHENSION } ScopeKind;
typedef enum SymKind { SYM_LOCAL, SYM_CELL, SYM_FREE, SYM_GLOBAL, SYM_NAME } SymKind;

#define SYMF_BOUND 1     /* assigned, a parameter, imported, def'd ... in this scope */
#define SYMF_GLOBAL 2    /* declared global */
#define SYMF_NONLOCAL 4  /* declared nonlocal */
#define SYMF_PARAM 8
#define SYMF_CAPTURED 16 /* an inner scope reads it: it lives in a cell */
#define SYMF_FREE 32     /* comes from an enclosing function through the closure */
#define SYMF_USED 64
#define SYMF_CLASS_FREE 128 /* a class body binds it, and passes an outer cell of the same name on */

typedef struct Symbol {
    const char *name;
    int flags;
    int index; /* after finalising: local slot, or cell/free number */
    int binds; /* how many statements bind it in this scope */
    int line, col; /* first occurrence, for diagnostics */
} Symbol;

typedef struct Scope Scope;
struct Scope {
    ScopeKind kind;
    Scope *parent;
    Node *node;
    const char *name;
    Symbol *syms;
    int nsyms, cap;
    /* the frame layout, after finalising */
    const char **varnames; /* locals: parameters first */
    int nlocals, nparams;
    const char **cellnames; /* own cells, then free cells */
    int ncells, nfree;
    int *cell2local; /* per own cell: the parameter slot it starts from, or -1 */
    bool is_generator;
    bool has_children_free; /* some inner scope reads names through this one */
};

/* Analyses the whole module; sets node->scope on every function, lambda, class and
 * comprehension node (and the module). Returns the module scope or NULL with *diag. */
Scope *scope_analyze(Arena *arena, Node *module, Diagnostic *diag);

/* How `name` is reached from code in `scope`; *index is the local slot or the cell
 * number (own cells first, then free ones). */
SymKind scope_resolve(Scope *scope, const char *name, int *index);

/* How many times `name` is bound in `scope` (0 when never). */
int scope_binds(Scope *scope, const char *name);

/* The cell number through which code in `scope` reaches the variable `name` when it
 * builds a closure, or -1. */
int scope_closure_index(Scope *scope, const char *name);

#endif
