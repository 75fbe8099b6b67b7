/* debug.c — the disassembler: a code object (and the functions nested in its constants)
 * as readable text, one instruction a line with its offset, source line and operand. */
#include <inttypes.h>
#include <stdarg.h>
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

static const char *const binop_symbols[BIN_COUNT] = {
    "+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//",
};
static const char *const unary_symbols[] = {"-", "+", "~", "not"};

static const char *local_name(const ObjCode *code, uint32_t i) {
    return i < code->nlocals ? code->varnames[i]->chars : "?";
}

/* What an operand means, in parentheses after it: the constant, name or local it picks,
 * the operator it stands for; "" when the number says it all (counts, jump targets). */
static void operand_detail(VM *vm, const ObjCode *code, uint8_t op, uint32_t arg, char *detail, size_t size) {
    int16_t small = (int16_t)(arg >> 16); /* the signed small int of the *_FAST_SMALL ops */
    detail[0] = '\0';
    switch (op) {
    case OPC_LOAD_CONST:
        if (arg >= code->nconsts) break;
        if (IS_KIND(code->consts[arg], OBJ_CODE)) {
            snprintf(detail, size, "(code %s)", AS_CODE(code->consts[arg])->qualname->chars);
        } else {
            Value r = op_repr(vm, code->consts[arg]);
            if (IS_ERR(r)) vm_clear_exc(vm);
            else snprintf(detail, size, "(%.80s)", AS_STR(r)->chars);
        }
        break;
    case OPC_LOAD_SMALL_INT:
        if ((int16_t)arg < 0) snprintf(detail, size, "(%d)", (int16_t)arg);
        break;
    case OPC_LOAD_GLOBAL: case OPC_STORE_GLOBAL: case OPC_DELETE_GLOBAL:
    case OPC_LOAD_NAME: case OPC_STORE_NAME: case OPC_DELETE_NAME:
    case OPC_LOAD_ATTR: case OPC_STORE_ATTR: case OPC_DELETE_ATTR: case OPC_LOAD_METHOD:
    case OPC_IMPORT_FROM:
        if (arg < code->nnames) snprintf(detail, size, "(%s)", code->names[arg]->chars);
        break;
    case OPC_LOAD_FAST: case OPC_STORE_FAST: case OPC_DELETE_FAST:
        snprintf(detail, size, "(%s)", local_name(code, arg));
        break;
    case OPC_LOAD_FAST2:
        snprintf(detail, size, "(%s, %s)", local_name(code, arg & 0xffff), local_name(code, arg >> 16));
        break;
    case OPC_ADD_FAST_SMALL: case OPC_SUB_FAST_SMALL: case OPC_LT_FAST_SMALL: case OPC_LE_FAST_SMALL:
    case OPC_GT_FAST_SMALL: case OPC_GE_FAST_SMALL: case OPC_EQ_FAST_SMALL: case OPC_NE_FAST_SMALL:
        snprintf(detail, size, "(%s, %d)", local_name(code, arg & 0xffff), small);
        break;
    case OPC_LOAD_DEREF: case OPC_STORE_DEREF: case OPC_DELETE_DEREF: case OPC_LOAD_CLOSURE:
        if (arg < (uint32_t)(code->ncells + code->nfree)) snprintf(detail, size, "(%s)", code->cellnames[arg]->chars);
        break;
    case OPC_BINARY: case OPC_INPLACE:
        if (arg < BIN_COUNT) snprintf(detail, size, "(%s%s)", binop_symbols[arg], op == OPC_INPLACE ? "=" : "");
        break;
    case OPC_UNARY:
        if (arg < sizeof unary_symbols / sizeof *unary_symbols) snprintf(detail, size, "(%s)", unary_symbols[arg]);
        break;
    case OPC_IS: snprintf(detail, size, "(%s)", arg ? "is not" : "is"); break;
    case OPC_CONTAINS: snprintf(detail, size, "(%s)", arg ? "not in" : "in"); break;
    case OPC_CALL_EXTERN: snprintf(detail, size, "(const %u, %u args)", arg & 0xffff, arg >> 16); break;
    default: break;
    }
}

void debug_disassemble(VM *vm, ObjCode *code, DebugWrite write, void *ctx) {
    out(write, ctx, "== %s (%s, line %u) locals=%u cells=%u free=%u stack=%u ==\n", code->qualname->chars,
        code->filename->chars, code->first_line, code->nlocals, code->ncells, code->nfree, code->max_stack);
    uint32_t line_index = 0;
    const LineEntry *shown = NULL; /* the position last shown: one that differs only in its end is not */
    for (uint32_t at = 0; at < code->code_len;) {
        uint8_t op = code->code[at];
        uint32_t arg = 0;
        int size = op < OPC_COUNT_ ? operand_bytes[op] : 0;
        for (int i = 0; i < size; i++) arg |= (uint32_t)code->code[at + 1 + i] << (8 * i);
        char line[16] = "";
        while (line_index < code->nlines && code->lines[line_index].offset <= at) {
            const LineEntry *e = &code->lines[line_index];
            if (e->offset == at && (!shown || e->line != shown->line || e->col != shown->col)) {
                snprintf(line, sizeof line, "%u:%u", e->line, e->col);
                shown = e;
            }
            line_index++;
        }
        char detail[96];
        operand_detail(vm, code, op, arg, detail, sizeof detail);
        if (size) out(write, ctx, "%8s %5u %-22s %u%s%s\n", line, at, comp_opcode_name(op), arg, detail[0] ? " " : "",
                      detail);
        else out(write, ctx, "%8s %5u %s\n", line, at, comp_opcode_name(op));
        at += 1 + (uint32_t)size;
    }
    for (uint32_t i = 0; i < code->nconsts; i++)
        if (IS_KIND(code->consts[i], OBJ_CODE)) {
            write(ctx, "\n");
            debug_disassemble(vm, AS_CODE(code->consts[i]), write, ctx);
        }
}

bool debug_disassemble_source(const char *source, size_t len, const char *filename, DebugWrite write, void *ctx,
                              Diagnostic *diag) {
    memset(diag, 0, sizeof *diag);
    diag->filename = filename;
    EdgeVM *vm = edge_vm_new(NULL);
    if (!vm) {
        diag->kind = "MemoryError";
        return false;
    }
    Arena arena;
    arena_init(&arena);
    Node *module = parse_module(&arena, source, len, diag);
    CompSource src = {filename, NULL, 0};
    ObjCode *code = module ? comp_module(vm, &arena, module, &src, false, diag) : NULL;
    arena_free(&arena);
    if (code) debug_disassemble(vm, code, write, ctx);
    edge_vm_free(vm);
    return code != NULL;
}
