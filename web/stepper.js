// stepper.js — createStepper: a program run one line at a time, for a page that shows it
// (the playground's Step mode) or a test. It drives run()'s `trace` option on any runner
// with run() and stop(): createEdge's instance, a session (a notebook cell), or
// createEdgeWorker's, whose messages carry the pauses. Each step resolves to the next
// pause, { paused: true, state } (edge_trace_state's data: frames, locals, objects), or to
// the end, { paused: false, result } (run()'s result; result.trace: the globals as left).

/**
 * Starts nothing yet: start() runs `source` on `runner` until its first pause.
 * options.breakpoints  lines where the run pauses whatever the step (changed later with
 *                      setBreakpoints)
 * options.run          the options of run() (filename, timeout, maxSteps, ...)
 */
export function createStepper(runner, source, options = {}) {
    let breakpoints = [...(options.breakpoints ?? [])];
    let sendStep = null; // answers the pause the program waits at
    let next = null; // the promise of the next pause or of the end, with its resolver
    let ended = false;
    let running = false;

    const expect = () => {
        let resolve;
        const promise = new Promise((r) => { resolve = r; });
        next = { promise, resolve };
        return promise;
    };

    const pause = (state) => new Promise((resolve) => {
        sendStep = resolve;
        next.resolve({ paused: true, state });
    });

    // Answers the pause with the next step and waits for where it leads.
    const step = (mode) => {
        if (ended) return Promise.resolve({ paused: false, result: null });
        if (!sendStep) throw new Error('edge: the stepper is not paused (call start() first, and await each step)');
        const answer = sendStep;
        sendStep = null;
        const promise = expect();
        answer({ mode, breakpoints });
        return promise;
    };

    return {
        /** Runs the program to its first line (mode 'into'), or to a breakpoint ('continue'). */
        start(mode = 'into') {
            if (running) throw new Error('edge: the stepper has started already');
            running = true;
            const promise = expect();
            runner.run(source, { ...options.run, trace: { mode, breakpoints, pause } }).then(
                (result) => {
                    ended = true;
                    sendStep = null;
                    next.resolve({ paused: false, result });
                },
                (error) => {
                    ended = true;
                    sendStep = null;
                    next.resolve({ paused: false, result: { ok: false, error: { type: error?.name ?? 'Error', message: error?.message ?? String(error) } } });
                },
            );
            return promise;
        },
        /** The next line event, in whatever frame (into a call the line makes). */
        into: () => step('into'),
        /** The next line of this frame (calls run through), or of its caller once it returns. */
        over: () => step('over'),
        /** The next line once this frame has returned. */
        out: () => step('out'),
        /** The next breakpoint, or the end. */
        continue: () => step('continue'),
        /** Runs to the end without pausing again. */
        finish: () => step('off'),
        /** Sets the breakpoints (line numbers); they count from the next step on. */
        setBreakpoints(lines) {
            breakpoints = [...lines];
        },
        /** Ends the program where it is: the last step resolves to a KeyboardInterrupt result. */
        stop() {
            if (ended || !next) return Promise.resolve({ paused: false, result: null });
            // While paused, the pause was reported already: the end comes next.
            const promise = sendStep ? expect() : next.promise;
            sendStep = null;
            runner.stop();
            return promise;
        },
        get paused() {
            return sendStep !== null;
        },
        get ended() {
            return ended;
        },
    };
}
