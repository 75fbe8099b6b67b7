/* compiler.h — AST to bytecode. */
#ifndef EDGE_COMPILER_H
#define EDGE_COMPILER_H

#include "ast.h"
#include "vm.h"

/* What a module is compiled from: its file name, and its text (NULL: none kept), which
 * every code object made from it holds for the source lines of tracebacks. */
typedef struct CompSource {
    const char *filename;
    const char *text;
    size_t len;
} CompSource;

/* Compiles a parsed module into the code object of its top level. Runs scope analysis
 * first. Returns NULL after filling *diag (a SyntaxError or a NotImplementedError for a
 * construct this version does not support yet). */
ObjCode *comp_module(VM *vm, Arena *arena, Node *module, const CompSource *src, bool interactive,
                     Diagnostic *diag);

/* Compiles a code module; *exports receives the names its top level binds. */
ObjCode *comp_module_exports(VM *vm, Arena *arena, Node *module, const CompSource *src, ObjTuple **exports,
                             Diagnostic *diag);

/* Makes `d` the VM's last error, showing the line of `source` it points at (api.c). */
void api_report_diagnostic(VM *vm, const Diagnostic *d, const char *source, size_t len, const char *filename);

/* The name of an opcode, for the disassembler and error messages. */
const char *comp_opcode_name(int op);

#endif
