/* compiler.h — AST to bytecode. */
#ifndef EDGE_COMPILER_H
#define EDGE_COMPILER_H

#include "ast.h"
#include "vm.h"

/* Compiles a parsed module into the code object of its top level. Runs scope analysis
 * first. Returns NULL after filling *diag (a SyntaxError or a NotImplementedError for a
 * construct this version does not support yet). */
ObjCode *comp_module(VM *vm, Arena *arena, Node *module, const char *filename, Diagnostic *diag);

/* The name of an opcode, for the disassembler and error messages. */
const char *comp_opcode_name(int op);

#endif
