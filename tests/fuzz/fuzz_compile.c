/* fuzz_compile.c — libFuzzer target for the front end: the input bytes are a program, which
 * goes through edge_load (lexer, parser, scope analysis, compiler) and is never run. Any
 * input must end as EDGE_DONE or a SyntaxError; a crash or sanitizer report is a bug.
 * One VM serves every input, as one host instance serves many programs. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "include/edge.h"

static EdgeVM *vm;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (!vm) {
        EdgeConfig config;
        edge_config_init(&config);
        config.max_depth = 200;
        vm = edge_vm_new(&config);
        if (!vm) abort();
    }
    EdgeStatus st = edge_load(vm, (const char *)data, size, "fuzz.py");
    if (st == EDGE_ERROR) {
        /* A failed load must explain itself with a complete report. */
        const EdgeError *e = edge_last_error(vm);
        if (!e->type || !e->message || !e->text || !e->filename) abort();
    } else if (st != EDGE_DONE) {
        abort();
    }
    return 0;
}
