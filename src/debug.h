/* debug.h — developer aids: the bytecode disassembler (`edge --dis file.py`). */
#ifndef EDGE_DEBUG_H
#define EDGE_DEBUG_H

#include "ast.h"
#include "vm.h"

typedef void (*DebugWrite)(void *ctx, const char *text);

/* Writes `code` and every code object among its constants as text. */
void debug_disassemble(VM *vm, ObjCode *code, DebugWrite write, void *ctx);

/* Parses and compiles `source` in a scratch VM and disassembles it. On a syntax error (or
 * when out of memory) writes nothing, fills in *diag and returns false. */
bool debug_disassemble_source(const char *source, size_t len, const char *filename, DebugWrite write, void *ctx,
                              Diagnostic *diag);

#endif
