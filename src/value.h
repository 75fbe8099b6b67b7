/* value.h — the 64-bit value word shared by the VM and the native-module ABI.
 * A value is a NaN-boxed uint64_t: floats are their own IEEE bits, everything else
 * hides in the quiet-NaN space. The layout is fixed by the module ABI (sdk/ABI.md). */
#ifndef EDGE_VALUE_H
#define EDGE_VALUE_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

typedef uint64_t Value;

/* Bit layout (high 16 bits shown):
 *   float     any double whose bits do not have all of QNAN set (NaNs are canonicalised
 *             to 0x7FF8000000000000 so no float ever collides with a tag)
 *   int       0xFFFC | 48-bit two's complement payload   (QNAN | SIGN | payload)
 *   object    0x7FFD | 48-bit pointer                    (QNAN | TAG_OBJ | pointer)
 *   singleton 0x7FFC | small constant: None=1, True=2, False=3 (ABI v1), and two
 *             VM-internal markers that never reach Python code: ERR=4, UNDEF=5. */
#define QNAN ((uint64_t)0x7FFC000000000000ull)
#define SIGN_BIT ((uint64_t)0x8000000000000000ull)
#define TAG_OBJ ((uint64_t)0x0001000000000000ull)
#define PAYLOAD_MASK ((uint64_t)0x0000FFFFFFFFFFFFull)
#define CANONICAL_NAN ((uint64_t)0x7FF8000000000000ull)

#define NONE_VAL ((Value)(QNAN | 1))
#define TRUE_VAL ((Value)(QNAN | 2))
#define FALSE_VAL ((Value)(QNAN | 3))
/* ERR_VAL is returned by any function that raised: the exception is in vm->exc. */
#define ERR_VAL ((Value)(QNAN | 4))
/* UNDEF_VAL marks an unbound local / empty slot / missing optional argument. */
#define UNDEF_VAL ((Value)(QNAN | 5))

/* Immediate ints hold 48-bit signed integers; anything larger is an ObjBigInt. */
#define INT_MAX48 ((int64_t)0x00007FFFFFFFFFFFll)
#define INT_MIN48 (-(int64_t)0x0000800000000000ll)
#define INT_FITS(i) ((i) >= INT_MIN48 && (i) <= INT_MAX48)

#define IS_FLOAT(v) (((v)&QNAN) != QNAN)
#define IS_INT(v) (((v) & (QNAN | SIGN_BIT)) == (QNAN | SIGN_BIT))
#define IS_OBJ(v) (((v) & (QNAN | SIGN_BIT | TAG_OBJ)) == (QNAN | TAG_OBJ))
#define IS_NONE(v) ((v) == NONE_VAL)
#define IS_BOOL(v) ((v) == TRUE_VAL || (v) == FALSE_VAL)
#define IS_ERR(v) ((v) == ERR_VAL)
#define IS_UNDEF(v) ((v) == UNDEF_VAL)

/* Sign-extend the 48-bit payload. */
#define AS_INT(v) (((int64_t)((v) << 16)) >> 16)
#define INT_VAL(i) ((Value)(QNAN | SIGN_BIT | ((uint64_t)(int64_t)(i)&PAYLOAD_MASK)))
#define AS_BOOL(v) ((v) == TRUE_VAL)
#define BOOL_VAL(b) ((b) ? TRUE_VAL : FALSE_VAL)
#define AS_OBJ(v) ((Obj *)(uintptr_t)((v)&PAYLOAD_MASK))
#define OBJ_VAL(p) ((Value)(QNAN | TAG_OBJ | (uint64_t)(uintptr_t)(p)))

static inline double value_as_float(Value v) {
    double d;
    memcpy(&d, &v, sizeof d);
    return d;
}
static inline Value value_from_float(double d) {
    Value v;
    memcpy(&v, &d, sizeof v);
    if ((v & QNAN) == QNAN) v = CANONICAL_NAN; /* any NaN: one canonical, untagged form */
    return v;
}
#define AS_FLOAT(v) value_as_float(v)
#define FLOAT_VAL(d) value_from_float(d)

#endif
