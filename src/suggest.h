/* suggest.h — "Did you mean": the known name nearest a wrong one (suggest.c). */
#ifndef EDGE_SUGGEST_H
#define EDGE_SUGGEST_H

#include "vm.h"

/* A search in progress: the best candidate so far and what it would cost to edit `name`
 * into it. Candidates come in order; the first of equally near ones wins. */
typedef struct Suggest {
    ObjStr *name;
    ObjStr *best; /* NULL: none near enough yet */
    size_t cost;
} Suggest;
void suggest_init(Suggest *s, ObjStr *name);
void suggest_consider(Suggest *s, ObjStr *candidate);

/* For a NameError: the nearest of the local variables of `code` (may be NULL), else of
 * the names in `globals` (may be NULL), else of the builtins; NULL when none is near
 * enough. May allocate (interned names). */
ObjStr *suggest_name(VM *vm, ObjStr *name, ObjCode *code, ObjDict *globals);
/* For an AttributeError: the nearest of obj's attributes, as dir(obj) lists them. May
 * allocate (interned names); the result is a string obj's class or dict holds. */
ObjStr *suggest_attribute(VM *vm, Value obj, ObjStr *name);
/* For `from m import name`: the nearest of a module's names (those in `exports`, or the
 * keys of `globals`; either may be NULL), leaving out names that start with '_' unless
 * `name` does (CPython 3.12). */
ObjStr *suggest_export(ObjTuple *exports, ObjDict *globals, ObjStr *name);
/* Whether `name` is a standard module a program can import: a NameError for it adds
 * "Did you forget to import 'name'?" (CPython 3.12). */
bool suggest_is_module(const char *name);

#endif
