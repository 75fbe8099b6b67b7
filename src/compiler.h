/* compiler.h — AST to bytecode. */
#ifndef EDGE_COMPILER_H
#define EDGE_COMPILER_H

#include "ast.h"
#include "vm.h"

/* Where an import of `spec` in the file `importer` leads: the module, registered and
 * ready to be bound, or NULL ("module not found"). The front end knows nothing of where
 * modules come from; the VM's registry answers (modules_find). */
typedef ObjModule *(*ImportResolver)(VM *vm, const char *importer, const char *spec);

/* What a module is compiled from: its file name and its text. With `keep_text`, every
 * code object made from it holds the text, for the source lines of tracebacks. `resolve`
 * answers its imports (NULL: none can be found). */
typedef struct CompSource {
    const char *filename;
    const char *text;
    size_t len;
    bool keep_text;
    ImportResolver resolve;
} CompSource;

/* The front end in one call, as Lua's luaD_protectedparser: parses the source, analyses
 * its scopes and compiles it into the code object of its top level. `interactive`: the
 * last statement's value is kept (sessions). `exports`: NULL, or receives the names a code
 * module's top level binds. Returns NULL on a SyntaxError (or a NotImplementedError for a
 * construct this version does not support yet), which fills *diag, or with diag NULL
 * becomes the VM's last error (api_report_diagnostic). */
ObjCode *comp_load_source(VM *vm, const CompSource *src, bool interactive, ObjTuple **exports,
                          Diagnostic *diag);

/* Makes `d` the VM's last error, showing the line of `source` it points at (api.c). */
void api_report_diagnostic(VM *vm, const Diagnostic *d, const char *source, size_t len, const char *filename);

/* The name of an opcode, for the disassembler and error messages. */
const char *comp_opcode_name(int op);

#endif
