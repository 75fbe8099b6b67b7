/* fuzz_run.c — libFuzzer target for the whole interpreter: the input bytes are a program,
 * loaded and run for one slice of STEPS steps on a fresh VM with a modest recursion limit,
 * under a step limit of as many steps and an output limit (edge_set_limits), so a loop
 * that never ends suspends, or, under a builtin where no slice can end, meets the limit
 * (TimeoutError). Then the same VM loads and
 * runs a known program, which must print what it always prints: whatever the fuzzed
 * program did, the instance must still work. Any crash or sanitizer report is a bug. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "include/edge.h"

#define STEPS 20000

/* Program output: kept (bounded) so the check program's output can be compared. */
typedef struct Output {
    char text[256];
    size_t len;
} Output;

static void write_cb(void *user, int stream, const char *text, size_t len) {
    Output *out = user;
    if (stream != 1) return;
    for (size_t i = 0; i < len && out->len < sizeof out->text; i++) out->text[out->len++] = text[i];
}

static const char check_program[] = "def f(n):\n"
                                    "    return n * 2 if n < 10 else f(n // 2)\n"
                                    "print([f(i) for i in range(3)], {'k': 'v'}, 2 ** 70)\n";
static const char check_output[] = "[0, 2, 4] {'k': 'v'} 1180591620717411303424\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    Output out = {.len = 0};
    EdgeConfig config;
    edge_config_init(&config);
    config.write = write_cb;
    config.user = &out;
    config.max_depth = 200;
    /* Not enforced everywhere yet; it costs nothing to ask. */
    config.heap_limit = 64u << 20;
    /* A collection at every allocation: a value C code forgot to pin is freed at once, and
     * ASan reports its next use (vm.h, "The collector's rule"). */
    config.gc_stress = 1;
    EdgeVM *vm = edge_vm_new(&config);
    if (!vm) abort();

    EdgeStatus st = edge_load(vm, (const char *)data, size, "fuzz.py");
    EdgeLimits limits = {.max_steps = STEPS, .max_output = 1u << 20};
    edge_set_limits(vm, &limits);
    if (st == EDGE_DONE) st = edge_resume(vm, STEPS);
    if (st == EDGE_ERROR) {
        const EdgeError *e = edge_last_error(vm);
        if (!e->type || !e->message || !e->text || !e->filename) abort();
    } else if (st != EDGE_DONE && st != EDGE_SUSPENDED) {
        abort();
    }

    /* The same instance, after whatever happened, runs a normal program. */
    out.len = 0;
    st = edge_run(vm, check_program, sizeof check_program - 1, "check.py");
    if (st != EDGE_DONE || out.len != sizeof check_output - 1 || memcmp(out.text, check_output, out.len) != 0)
        abort();
    edge_vm_free(vm);
    return 0;
}
