/* trace.h — the stepper's hook in the interpreter: line events, for edge_trace (edge.h).
 * While a trace is on, the first instruction of each line of the program's code objects
 * is covered by OPC_TRACE; the interpreter calls trace_line there, which decides whether
 * the run pauses, and then runs the instruction it covered. With no trace, no code holds
 * OPC_TRACE and nothing runs: the interpreter pays nothing for the stepper. */
#ifndef EDGE_TRACE_H
#define EDGE_TRACE_H

#include "vm.h"

/* A line event at `at`, the OPC_TRACE instruction frame `f` is about to run (its frame
 * and vm->sp saved). Returns the opcode OPC_TRACE covers, to run now; or -1 when the run
 * pauses before it: the request is EDGE_REQUEST_LINE, and the instruction runs (without
 * another event) when the host resumes. */
int trace_line(VM *vm, Frame *f, uint8_t *at);

/* The program ended (done, or an uncaught exception): the code objects get their
 * instructions back; the state (edge_trace_state) still shows the globals. */
void trace_end(VM *vm);

/* A new program was loaded, or the VM is being freed: forgets the trace altogether. */
void trace_free(VM *vm);

#endif
