/* compiler.h — AST to bytecode. */
#ifndef EDGE_COMPILER_H
#define EDGE_COMPILER_H

#include "ast.h"
#include "vm.h"

/* Compiles a parsed module into the code object of its top level. Runs scope analysis
 * first. Returns NULL after filling *diag (a SyntaxError or a NotImplementedError for a
 * construct this version does not support yet). */
ObjCode *comp_module(VM *vm, Arena *arena, Node *module, const char *filename, bool interactive,
                     Diagnostic *diag);

/* Compiles a code module; *exports receives the names its top level binds. */
ObjCode *comp_module_exports(VM *vm, Arena *arena, Node *module, const char *filename, ObjTuple **exports,
                             Diagnostic *diag);

/* Makes `d` the VM's last error, showing the line of `source` it points at (api.c). */
void api_report_diagnostic(VM *vm, const Diagnostic *d, const char *source, size_t len, const char *filename);

/* The name of an opcode, for the disassembler and error messages. */
const char *comp_opcode_name(int op);

#endif
