/* debug.c — the disassembler: a code object (and the functions nested in its constants)
 * as readable text, one instruction a line with its offset, source line and operand. */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "compiler.h"
#include "debug.h"
#include "opcodes.h"
#include "str.h"

static const uint8_t operand_bytes[] = {
#define OP_SIZE(name, operand) operand,
    OPCODE_LIST(OP_SIZE)
#undef OP_SIZE
};

static void out(DebugWrite write, void *ctx, const char *fmt, ...) {
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    write(ctx, buf);
}

void debug_disassemble(VM *vm, ObjCode *code, DebugWrite write, void *ctx) {
    out(write, ctx, "== %s (%s, line %u) locals=%u cells=%u free=%u stack=%u ==\n", code->qualname->chars,
        code->filename->chars, code->first_line, code->nlocals, code->ncells, code->nfree, code->max_stack);
    uint32_t line_index = 0;
    for (uint32_t at = 0; at < code->code_len;) {
        uint8_t op = code->code[at];
        uint32_t arg = 0;
        int size = op < OPC_COUNT_ ? operand_bytes[op] : 0;
        for (int i = 0; i < size; i++) arg |= (uint32_t)code->code[at + 1 + i] << (8 * i);
        char line[16] = "";
        while (line_index < code->nlines && code->lines[line_index].offset <= at) {
            if (code->lines[line_index].offset == at)
                snprintf(line, sizeof line, "%u:%u", code->lines[line_index].line, code->lines[line_index].col);
            line_index++;
        }
        char detail[96] = "";
        if (op == OPC_LOAD_CONST && arg < code->nconsts) {
            Value r = op_repr(vm, code->consts[arg]);
            if (IS_ERR(r)) vm_clear_exc(vm);
            else snprintf(detail, sizeof detail, "(%.80s)", AS_STR(r)->chars);
        } else if ((op == OPC_LOAD_GLOBAL || op == OPC_STORE_GLOBAL || op == OPC_DELETE_GLOBAL ||
                    op == OPC_LOAD_ATTR || op == OPC_STORE_ATTR || op == OPC_DELETE_ATTR || op == OPC_LOAD_METHOD) &&
                   arg < code->nnames) {
            snprintf(detail, sizeof detail, "(%s)", code->names[arg]->chars);
        } else if ((op == OPC_LOAD_FAST || op == OPC_STORE_FAST || op == OPC_DELETE_FAST) && arg < code->nlocals) {
            snprintf(detail, sizeof detail, "(%s)", code->varnames[arg]->chars);
        } else if ((op == OPC_LOAD_DEREF || op == OPC_STORE_DEREF || op == OPC_LOAD_CLOSURE) &&
                   arg < (uint32_t)(code->ncells + code->nfree)) {
            snprintf(detail, sizeof detail, "(%s)", code->cellnames[arg]->chars);
        }
        if (size) out(write, ctx, "%8s %5u %-22s %u %s\n", line, at, comp_opcode_name(op), arg, detail);
        else out(write, ctx, "%8s %5u %s\n", line, at, comp_opcode_name(op));
        at += 1 + (uint32_t)size;
    }
    for (uint32_t i = 0; i < code->nconsts; i++)
        if (IS_KIND(code->consts[i], OBJ_CODE)) {
            write(ctx, "\n");
            debug_disassemble(vm, AS_CODE(code->consts[i]), write, ctx);
        }
}

bool debug_disassemble_source(const char *source, size_t len, const char *filename, DebugWrite write, void *ctx) {
    EdgeVM *vm = edge_vm_new(NULL);
    if (!vm) return false;
    Arena arena;
    arena_init(&arena);
    Diagnostic diag;
    memset(&diag, 0, sizeof diag);
    diag.filename = filename;
    Node *module = parse_module(&arena, source, len, &diag);
    ObjCode *code = module ? comp_module(vm, &arena, module, filename, false, &diag) : NULL;
    arena_free(&arena);
    if (code) debug_disassemble(vm, code, write, ctx);
    else out(write, ctx, "%s:%d:%d: %s: %s\n", filename, diag.line, diag.col, diag.kind ? diag.kind : "SyntaxError",
             diag.message);
    edge_vm_free(vm);
    return code != NULL;
}
