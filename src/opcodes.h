/* opcodes.h — the bytecode instruction set: OP(NAME, operand bytes, stack effect).
 * An instruction is one opcode byte followed by its operand: 0, 1 (u8), 2 (u16,
 * little-endian) or 4 bytes (u32 jump target, an absolute offset in the code). Its stack
 * effect is the net change of the value stack's depth when it falls through, written in
 * terms of its operand n (BUILD_TUPLE n pops n values and pushes one: 1 - n); the
 * compiler takes each instruction's from here to size a frame's stack. A jump's effect is
 * its fall-through's: where the other path leaves a different depth, the compiler says so
 * at the jump's target. */
#ifndef EDGE_OPCODES_H
#define EDGE_OPCODES_H

#define OPCODE_LIST(OP)                                                                           \
    OP(NOP, 0, 0)                                                                                 \
    OP(POP, 0, -1)                         /* drop TOS */                                         \
    OP(DUP, 0, 1)                          /* a -> a a */                                         \
    OP(DUP2, 0, 2)                         /* a b -> a b a b */                                   \
    OP(SWAP, 0, 0)                         /* a b -> b a */                                       \
    OP(ROT3, 0, 0)                         /* a b c -> c a b (TOS moves down two) */              \
    OP(ROT4, 0, 0)                         /* a b c d -> d a b c */                               \
    OP(LOAD_CONST, 2, 1)                                                                          \
    OP(LOAD_NONE, 0, 1)                                                                           \
    OP(LOAD_TRUE, 0, 1)                                                                           \
    OP(LOAD_FALSE, 0, 1)                                                                          \
    OP(LOAD_SMALL_INT, 2, 1)               /* a signed 16-bit int */                              \
    OP(LOAD_FAST, 2, 1)                                                                           \
    OP(STORE_FAST, 2, -1)                                                                         \
    OP(DELETE_FAST, 2, 0)                                                                         \
    OP(LOAD_DEREF, 2, 1)                   /* the value in cell slot n (nlocals + n) */           \
    OP(STORE_DEREF, 2, -1)                                                                        \
    OP(DELETE_DEREF, 2, 0)                                                                        \
    OP(LOAD_CLOSURE, 2, 1)                 /* the cell object itself, to build a closure */       \
    OP(LOAD_GLOBAL, 2, 1)                  /* name index; globals then builtins */                \
    OP(STORE_GLOBAL, 2, -1)                                                                       \
    OP(DELETE_GLOBAL, 2, 0)                                                                       \
    OP(LOAD_ATTR, 2, 0)                                                                           \
    OP(STORE_ATTR, 2, -2)                  /* obj value -> ; obj.name = value */                  \
    OP(DELETE_ATTR, 2, -1)                                                                        \
    OP(LOAD_METHOD, 2, 1)                  /* obj -> func self | UNDEF callable */                \
    OP(CALL_METHOD, 1, -1 - n)             /* argc, after LOAD_METHOD */                          \
    OP(BINARY_SUBSCR, 0, -1)               /* obj key -> obj[key] */                              \
    OP(STORE_SUBSCR, 0, -3)                /* value obj key -> ; obj[key] = value */              \
    OP(DELETE_SUBSCR, 0, -2)                                                                      \
    OP(BUILD_SLICE, 1, 1 - n)              /* 2 or 3 values -> slice */                           \
    OP(ADD, 0, -1)                                                                                \
    OP(SUB, 0, -1)                                                                                \
    OP(MUL, 0, -1)                                                                                \
    OP(BINARY, 1, -1)                      /* BinOp */                                            \
    OP(INPLACE, 1, -1)                     /* BinOp, for a op= b */                               \
    OP(UNARY, 1, 0)                        /* UnaryOp */                                          \
    OP(NOT, 0, 0)                                                                                 \
    OP(LT, 0, -1)                                                                                 \
    OP(LE, 0, -1)                                                                                 \
    OP(GT, 0, -1)                                                                                 \
    OP(GE, 0, -1)                                                                                 \
    OP(EQ, 0, -1)                                                                                 \
    OP(NE, 0, -1)                                                                                 \
    OP(IS, 1, -1)                          /* 0: is, 1: is not */                                 \
    OP(CONTAINS, 1, -1)                    /* item container -> bool; 0: in, 1: not in */         \
    OP(JUMP, 4, 0)                                                                                \
    OP(LOOP, 4, 0)                         /* backward jump: counts a step, may suspend or collect */ \
    OP(POP_JUMP_IF_FALSE, 4, -1)                                                                  \
    OP(POP_JUMP_IF_TRUE, 4, -1)                                                                   \
    OP(JUMP_IF_FALSE_OR_POP, 4, -1)                                                               \
    OP(JUMP_IF_TRUE_OR_POP, 4, -1)                                                                \
    OP(GET_ITER, 0, 0)                                                                            \
    OP(FOR_ITER, 4, 1)                     /* iter -> iter next | (pop iter and jump when done) */ \
    OP(BUILD_TUPLE, 2, 1 - n)                                                                     \
    OP(BUILD_LIST, 2, 1 - n)                                                                      \
    OP(BUILD_SET, 2, 1 - n)                                                                       \
    OP(BUILD_MAP, 2, 1 - 2 * n)            /* n key/value pairs */                                \
    OP(BUILD_STRING, 2, 1 - n)             /* concatenate n strs */                               \
    OP(LIST_APPEND, 2, -1)                 /* append TOS to the list n below it (comprehensions) */ \
    OP(SET_ADD, 2, -1)                                                                            \
    OP(MAP_ADD, 2, -2)                     /* key value -> ; into the dict n below */             \
    OP(LIST_EXTEND, 2, -1)                 /* extend the list n below with TOS (iterable) */      \
    OP(SET_UPDATE, 2, -1)                                                                         \
    OP(DICT_UPDATE, 2, -1)                 /* {**x} */                                            \
    OP(DICT_MERGE, 2, -1)                  /* f(**x): like DICT_UPDATE, duplicate keys are errors */ \
    OP(LIST_TO_TUPLE, 0, 0)                                                                       \
    OP(FORMAT_VALUE, 1, n & 4 ? -1 : 0)    /* bits 0-1: conversion (0 none, 1 str, 2 repr, 3 ascii); bit 2: a format spec is on the stack */ \
    OP(UNPACK_SEQUENCE, 2, n - 1)                                                                 \
    OP(UNPACK_EX, 2, (n & 0xff) + (n >> 8)) /* low byte: names before the star, high byte: after */ \
    OP(MAKE_FUNCTION, 1, -(n & 1) - (n >> 1 & 1) - (n >> 2 & 1)) /* code [defaults] [kwdefaults] [closure]: flags 1,2,4 */ \
    OP(CALL, 1, -n)                        /* callee args... -> result */                         \
    OP(CALL_KW, 1, -n - 1)                 /* callee args... kwvalues... kwnames -> result; argc counts all */ \
    OP(CALL_EX, 1, -1 - n)                 /* callee argstuple [kwargsdict] -> result; 1: has kwargs */ \
    OP(RETURN_VALUE, 0, -1)                                                                       \
    OP(RAISE, 1, -n)                       /* 0: re-raise, 1: exc, 2: exc cause */                \
    OP(LOAD_ASSERTION_ERROR, 0, 1)                                                                \
    OP(POP_EXCEPT, 0, -1)                                                                         \
    OP(LOAD_NAME, 2, 1)                    /* class bodies: the namespace, then globals, builtins */ \
    OP(STORE_NAME, 2, -1)                                                                         \
    OP(DELETE_NAME, 2, 0)                                                                         \
    OP(CALL_CLASS_BODY, 0, 0)              /* ns body -> ns None; runs body with ns as its names */ \
    OP(BUILD_CLASS, 1, -1 - n)             /* name bases... ns -> class; operand: number of bases */ \
    OP(PUSH_EXC_INFO, 0, 1)                /* exc -> prev exc; the frame now handles exc */       \
    OP(CHECK_EXC_MATCH, 0, 0)              /* exc type -> exc bool */                             \
    OP(RERAISE, 0, -1)                     /* exc -> ; raise it again, keeping its traceback */   \
    OP(BEFORE_WITH, 0, 1)                  /* mgr -> exit enter_result */                         \
    OP(WITH_EXIT, 0, -1)                   /* exit -> ; exit(None, None, None) */                 \
    OP(WITH_EXCEPT, 0, 1)                  /* exit prev exc -> exit prev exc suppress */          \
    OP(GEN_RESULT, 0, 0)                   /* iterator -> the value its generator returned (or None) */ \
    OP(MATCH_CLASS, 2, -1)                 /* subj cls names -> subj attrs-tuple-or-None; positional count */ \
    OP(MATCH_SEQUENCE, 2, 1)               /* subj -> subj bool; low byte: min length, bit 15: star */ \
    OP(MATCH_MAPPING, 0, 1)                /* subj -> subj bool */                                \
    OP(MATCH_KEYS, 0, 0)                   /* subj keys -> subj values-tuple-or-None */           \
    OP(COPY_DICT_WITHOUT_KEYS, 0, 0)       /* subj keys -> subj rest */                           \
    OP(IMPORT_MODULE, 0, 0)                /* module -> module; runs a code module's top level once */ \
    OP(IMPORT_FROM, 2, 1)                  /* module -> module value */                           \
    OP(IMPORT_STAR, 0, -1)                 /* module -> ; binds its public names here */          \
    OP(CALL_EXTERN, 4, 1 - (n >> 16))      /* args... -> result; low 16 bits: the const, then argc */ \
    OP(LOAD_FAST2, 4, 2)                   /* two locals: low 16 bits, then high 16 bits */       \
    OP(ADD_FAST_SMALL, 4, 1)               /* local (low 16) + small int (high 16, signed) */     \
    OP(SUB_FAST_SMALL, 4, 1)                                                                      \
    OP(LT_FAST_SMALL, 4, 1)                /* local < small int, and so on */                     \
    OP(LE_FAST_SMALL, 4, 1)                                                                       \
    OP(GT_FAST_SMALL, 4, 1)                                                                       \
    OP(GE_FAST_SMALL, 4, 1)                                                                       \
    OP(EQ_FAST_SMALL, 4, 1)                                                                       \
    OP(NE_FAST_SMALL, 4, 1)                                                                       \
    OP(POP_CLOSE, 0, -1)                   /* drop a loop's own iterator; a generator is closed */ \
    OP(SEND, 4, 0)                         /* it v -> it yielded | (result, and jump when it returns) */ \
    OP(YIELD_VALUE, 0, 0)                  /* value -> sent value; suspends the generator's frame */ \
    OP(SET_LAST_VALUE, 0, -1)              /* a module-level expression statement's value */      \
    OP(TRACE, 0, 0)                        /* a line event; it covers another instruction's */    \
                                           /* first byte, which runs after it (trace.c; never */  \
                                           /* in compiled code) */                                \
    OP(COUNT_, 0, 0)

typedef enum Opcode {
#define OP_ENUM(name, operand, effect) OPC_##name,
    OPCODE_LIST(OP_ENUM)
#undef OP_ENUM
} Opcode;

/* The net change of the stack's depth of `op` with operand n (see above). */
static inline int opcode_stack_effect(Opcode op, uint32_t operand) {
    int32_t n = (int32_t)operand;
    switch (op) {
#define OP_EFFECT(name, operand, effect) \
    case OPC_##name: return (int)(effect);
        OPCODE_LIST(OP_EFFECT)
#undef OP_EFFECT
    }
    return 0;
}

#endif
