// callbacks.js — what createEdge (edge.js) and createEdgeWorker (worker.js) share of the
// host's side of a run: the stdout, stderr and stdin callbacks their options give, with
// the console as the default, and the results of a run that stop() or a timeout ended
// from outside.

/**
 * The program's output and input callbacks from createEdge's options: options.stdout and
 * options.stderr get each chunk exactly as written (default: console.log and
 * console.error, line by line); options.stdin (or options.input) gives input() its line
 * (default: always null, the end of input).
 */
export function hostCallbacks(options) {
    return {
        stdout: options.stdout ?? consoleWriter((line) => console.log(line)),
        stderr: options.stderr ?? consoleWriter((line) => console.error(line)),
        stdin: options.stdin ?? options.input ?? (() => null),
    };
}

// The console prints whole lines only, so the default writers gather a line before
// printing it; the rest is printed when a program ends (flush). Callbacks get the exact
// chunks.
function consoleWriter(print) {
    let partial = '';
    const write = (text) => {
        const lines = (partial + text).split('\n');
        partial = lines.pop();
        for (const line of lines) print(line);
    };
    write.flush = () => {
        if (partial) print(partial);
        partial = '';
    };
    return write;
}

/** What a run that stop() ended resolves to: the program was interrupted, as Ctrl-C does. */
export function stoppedResult(filename) {
    return {
        ok: false,
        error: { type: 'KeyboardInterrupt', message: 'stopped', filename, line: 0, col: 0, text: 'KeyboardInterrupt: stopped' },
    };
}

/**
 * What a run resolves to when its timeout (ms) ended it from outside the VM: the worker
 * runner replaces a worker held past it inside one long call. The VM's own says the same.
 */
export function timedOutResult(filename, timeout) {
    const message = `the program ran longer than its limit of ${timeout} ms`;
    return { ok: false, error: { type: 'TimeoutError', message, filename, line: 0, col: 0, text: `TimeoutError: ${message}` } };
}
