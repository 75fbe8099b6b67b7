/* bytes.c — the bytes type: an immutable byte string with its hash (ObjBytes). The
 * language has no bytes literals yet; the type exists for isinstance() and the builtins
 * that accept bytes. */
#include "type.h"

static size_t bytes_var_size(const Obj *o) { return ((const ObjBytes *)o)->len; }

const ObjType bytes_type = {
    .name = "bytes",
    .size = sizeof(ObjBytes),
    .var_size = bytes_var_size,
};
