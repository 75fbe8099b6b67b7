// stepper.js — Step mode: a program run one line at a time beside its editor (the editor
// page, or a notebook cell). A bar of controls (step over, into, out, continue to a
// breakpoint, stop), the call stack (click a frame to see its variables), the frame's
// variables and objects drawn with arrows (draw-objects.js), and the output so far. Every
// pause is kept (the last HISTORY_LIMIT), so the slider goes back over the steps taken,
// with the line, the variables and the output each had. The run is web/stepper.js's, on
// the page's instance or the notebook's session; the editor shows the line and takes
// breakpoints in its gutter (step-editor.js).

import { createStepper } from '../../web/stepper.js';
import { drawFrame } from './draw-objects.js';
import { breakpoints, lockText, showStepLine } from './step-editor.js';

/** Pauses kept for the slider: a learner looks back over the last thousand steps. */
export const HISTORY_LIMIT = 1000;

// The output a pause keeps for the slider: the tail that a panel shows.
const OUTPUT_TAIL = 20_000;

const BUTTONS = [
    ['over', 'Step over', 'F10', 'Run this line, calls and all, and pause at the next'],
    ['into', 'Step into', 'F11', 'Pause at the next line that runs, inside a call this line makes'],
    ['out', 'Step out', 'Shift+F11', 'Run to the end of this function and pause in its caller'],
    ['continue', 'Continue', 'F8', 'Run to the next breakpoint (click beside a line number to set one)'],
];

export class StepperPanel {
    /**
     * A panel in `parent` for the program of editor `view`, whose file is `filename`.
     * `onClose` is called when the panel is closed after the program ended.
     */
    constructor(parent, { view, filename = 'main.py', onClose = () => {} }) {
        this.view = view;
        this.filename = filename;
        this.onClose = onClose;
        this.history = []; // { state, out, end }: each pause, and the end
        this.dropped = 0; // pauses the history no longer holds
        this.index = -1; // the pause shown
        this.frame = -1; // the frame shown (-1: the innermost)
        this.output = '';
        this.outputStart = 0; // characters of output no longer kept
        this.stepper = null;
        this.waiting = false; // a step is under way
        this.ended = false;

        const root = document.createElement('section');
        root.className = 'stepper';
        root.setAttribute('aria-label', 'Step through the program');
        root.innerHTML = '<div class="step-bar"></div>' +
            '<div class="step-history"><input type="range" class="step-slider" min="0" max="0" value="0" aria-label="Steps taken">' +
            '<span class="step-count" aria-live="polite"></span></div>' +
            '<div class="step-body"><div class="step-stack"><div class="step-title">Call stack</div><ol></ol></div>' +
            '<div class="step-drawing"></div></div>' +
            '<div class="step-output"><div class="step-title">Output so far</div><pre></pre></div>';
        this.root = root;
        const bar = root.querySelector('.step-bar');
        this.buttons = {};
        for (const [mode, label, key, title] of BUTTONS) {
            const button = document.createElement('button');
            button.className = `step-${mode}`;
            button.textContent = label;
            button.title = `${title} (${key})`;
            button.onclick = () => this.step(mode);
            bar.append(button);
            this.buttons[mode] = button;
        }
        const back = document.createElement('button');
        back.className = 'step-back';
        back.textContent = '◀ Back';
        back.title = 'Show the step before (the slider goes over every step taken)';
        back.onclick = () => this.show(Math.max(this.index - 1, 0));
        const stop = document.createElement('button');
        stop.className = 'step-stop';
        stop.textContent = '■ Stop';
        stop.title = 'End the program here';
        stop.onclick = () => this.stop();
        bar.append(back, stop);
        this.buttons.back = back;
        this.buttons.stop = stop;
        this.slider = root.querySelector('.step-slider');
        this.slider.oninput = () => this.show(Number(this.slider.value));
        this.count = root.querySelector('.step-count');
        this.stack = root.querySelector('.step-stack ol');
        this.drawing = root.querySelector('.step-drawing');
        this.outputEl = root.querySelector('.step-output pre');
        this.onKey = (event) => {
            const key = `${event.shiftKey ? 'Shift+' : ''}${event.key}`;
            const match = BUTTONS.find(([, , k]) => k === key);
            if (!match) return;
            event.preventDefault();
            this.step(match[0]);
        };
        this.resize = new ResizeObserver(() => this.redrawArrows?.());
        this.resize.observe(this.drawing);
        parent.append(root);
    }

    /** Output the program wrote: it shows with the pause it comes before. */
    write(text) {
        this.output += text;
        if (this.output.length > 4 * OUTPUT_TAIL) {
            const cut = this.output.length - OUTPUT_TAIL;
            this.output = this.output.slice(cut);
            this.outputStart += cut;
        }
    }

    /**
     * Runs `source` on `runner` (an instance or a session) with run() options `runOptions`,
     * pausing at its first line; resolves to run()'s result once the program ends.
     */
    run(runner, source, runOptions = {}) {
        lockText(this.view, true);
        document.addEventListener('keydown', this.onKey);
        this.stepper = createStepper(runner, source, { breakpoints: breakpoints(this.view), run: runOptions });
        this.done = new Promise((resolve) => { this.finish = resolve; });
        this.await(this.stepper.start('into'));
        return this.done;
    }

    /** The breakpoints changed in the editor: they count from the next step. */
    breakpointsChanged() {
        this.stepper?.setBreakpoints(breakpoints(this.view));
    }

    step(mode) {
        if (this.waiting || this.ended || !this.stepper?.paused) return;
        this.await(this.stepper[mode]());
    }

    stop() {
        if (this.ended) return this.close();
        if (!this.stepper) return;
        this.await(this.stepper.stop());
    }

    async await(next) {
        this.waiting = true;
        this.enable();
        let at;
        try {
            at = await next;
        } finally {
            this.waiting = false;
        }
        if (at.paused) {
            this.record({ state: at.state });
        } else if (!this.ended) {
            this.ended = true;
            const state = at.result?.trace ?? null;
            if (state) this.record({ state, end: true });
            lockText(this.view, false);
            document.removeEventListener('keydown', this.onKey);
            this.buttons.stop.textContent = '✕ Close';
            this.buttons.stop.title = 'Leave Step mode';
            this.finish(at.result);
        }
        this.enable();
    }

    record(entry) {
        entry.out = this.outputStart + this.output.length;
        this.history.push(entry);
        if (this.history.length > HISTORY_LIMIT) {
            this.history.shift();
            this.dropped++;
        }
        this.frame = -1;
        this.show(this.history.length - 1);
    }

    enable() {
        const paused = !this.ended && !this.waiting && this.stepper?.paused;
        for (const [mode] of BUTTONS) this.buttons[mode].disabled = !paused;
        this.buttons.back.disabled = this.index <= 0;
    }

    /** Shows pause `index` of the history (the last is where the program is). */
    show(index) {
        const entry = this.history[index];
        if (!entry) return;
        if (index !== this.index) this.frame = -1;
        this.index = index;
        const last = this.history.length - 1;
        const past = index < last;
        this.slider.max = String(last);
        this.slider.value = String(index);
        const number = this.dropped + index + 1;
        this.count.textContent = entry.end
            ? `Step ${number} of ${this.dropped + last + 1}: the program ended`
            : `Step ${number} of ${this.dropped + last + 1}${past ? ' (looking back)' : ''}`;
        const { state } = entry;
        const frames = state.frames;
        const selected = this.frame >= 0 && this.frame < frames.length ? this.frame : frames.length - 1;
        this.stack.textContent = '';
        // The innermost call first, as a traceback reads from the bottom.
        for (let i = frames.length - 1; i >= 0; i--) {
            const f = frames[i];
            const li = document.createElement('li');
            const button = document.createElement('button');
            button.className = 'frame';
            button.textContent = entry.end ? 'globals at the end' : `${f.name}, line ${f.line}`;
            button.setAttribute('aria-pressed', String(i === selected));
            button.onclick = () => {
                this.frame = i;
                this.show(this.index);
            };
            li.append(button);
            this.stack.append(li);
        }
        this.redrawArrows = drawFrame(this.drawing, state, selected);
        const frame = frames[selected];
        const line = !entry.end && frame && frame.file === this.filename ? frame.line : null;
        showStepLine(this.view, line, past || selected !== frames.length - 1);
        const out = entry.out - this.outputStart;
        this.outputEl.textContent = out > 0 ? this.output.slice(Math.max(0, out - OUTPUT_TAIL), out) : '';
        this.outputEl.scrollTop = this.outputEl.scrollHeight;
        this.enable();
    }

    /** Removes the panel and the line shown in the editor. */
    close() {
        if (!this.ended) return;
        showStepLine(this.view, null);
        this.resize.disconnect();
        this.root.remove();
        this.onClose();
    }
}
