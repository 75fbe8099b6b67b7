// stepper.d.ts — types of web/stepper.js (createStepper).
import type { RunOptions, RunResult, TraceState } from './edge.js';

/** What a step leads to: the next pause, or the end with run()'s result. */
export type StepEvent = { paused: true; state: TraceState } | { paused: false; result: RunResult | null };

export interface Stepper {
    /** Runs the program to its first line ('into') or to a breakpoint ('continue'). */
    start(mode?: 'into' | 'continue'): Promise<StepEvent>;
    into(): Promise<StepEvent>;
    over(): Promise<StepEvent>;
    out(): Promise<StepEvent>;
    continue(): Promise<StepEvent>;
    /** Runs to the end without pausing again. */
    finish(): Promise<StepEvent>;
    /** Breakpoints (line numbers) for the next steps. */
    setBreakpoints(lines: number[]): void;
    /** Ends the program: resolves to the end (a KeyboardInterrupt result). */
    stop(): Promise<StepEvent>;
    readonly paused: boolean;
    readonly ended: boolean;
}

/** A runner is createEdge's or createEdgeWorker's instance, or one of their sessions. */
export function createStepper(
    runner: { run(source: string, options?: RunOptions): Promise<RunResult>; stop(): void },
    source: string,
    options?: { breakpoints?: number[]; run?: RunOptions },
): Stepper;
