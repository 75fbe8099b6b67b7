// notebook.js — notebook mode: code, markdown and raw cells; code cells run in one
// edge.session(), so they share their globals, and show what they printed and their last
// value (as HTML when it has `_repr_html_()`, display.js). Notebooks open from and save to
// Jupyter .ipynb files without losing what the file held (ipynb.js), and the keyboard works
// as in Jupyter: Escape to command mode, where A, B, D D, M, Y, R, Z and the arrows act on
// the selected cell, Enter back to editing. A deleted cell can be brought back.

import { createEditor, getText, markError, clearError } from './editor.js';
import { Console } from './console.js';
import { runWithDisplay } from './display.js';
import { stepExtensions } from './step-editor.js';
import { StepperPanel } from './stepper.js';
import { hintFor } from './hints.js';
import { freshOutput, joinSource, readIpynb, writeIpynb } from './ipynb.js';
import { dataUrl, renderMarkdown, renderTex, sanitize } from './markdown.js';

const WELCOME = [
    { type: 'markdown', source: '# Edge Python notebook\nCells share their variables. Press **Shift+Enter** to run a cell; the value of its last expression appears under it. **Esc** leaves a cell for command mode: **A**/**B** add a cell above/below, **D D** deletes, **M**/**Y** make it Markdown/code, **Enter** edits.' },
    { type: 'code', source: 'numbers = [n * n for n in range(10)]\nprint("squares ready")' },
    { type: 'code', source: 'sum(numbers)' },
];

const KIND = { code: 'Python', markdown: 'Markdown', raw: 'Raw' };

let nextId = 1;
// A cell id as nbformat 4.5 wants one: letters, digits, - and _, at most 64.
const cellId = () => `cell-${Date.now().toString(36)}-${nextId++}`;
const sourceOf = (cell) => (cell.view ? getText(cell.view) : cell.source);

// Characters of stream output a cell records for its .ipynb (the console shows a bounded
// tail too): past this, the oldest go, so a cell that prints without end cannot fill the
// page's memory or localStorage.
const KEEP_OUTPUT = 1 << 20;

// Deleted cells that Undo can bring back, the latest first.
const UNDO_DEPTH = 20;

// The representations an output may carry, the richest first (as Jupyter chooses).
// JavaScript outputs are never run.
const RICH = ['text/html', 'image/svg+xml', 'image/png', 'image/jpeg', 'image/gif', 'text/markdown', 'text/latex'];

// Jupyter tracebacks carry ANSI colours; they would show as noise here.
const stripAnsi = (text) => text.replace(/\x1b\[[0-9;]*m/g, '');

/** The element showing the richest representation in `data` (a mime bundle), or null. */
function richElement(data, metadata = {}) {
    const mime = RICH.find((m) => data?.[m] != null);
    if (!mime) return null;
    const text = joinSource(data[mime]);
    if (mime.startsWith('image/')) {
        const img = document.createElement('img');
        img.className = 'output-image';
        img.src = dataUrl(mime, text);
        img.alt = joinSource(data['text/plain']) || 'image output';
        const size = metadata?.[mime] ?? {};
        if (size.width) img.width = size.width;
        if (size.height) img.height = size.height;
        return img;
    }
    const el = document.createElement('div');
    el.className = mime === 'text/markdown' ? 'output-html markdown' : 'output-html';
    if (mime === 'text/html') el.innerHTML = sanitize(text);
    else if (mime === 'text/markdown') el.innerHTML = renderMarkdown(text);
    else el.innerHTML = sanitize(renderTex(text.trim().replace(/^\$\$?|\$\$?$/g, ''), true));
    return el;
}

// A cell's output area: its outputs in order, text in consoles (one for a run of text
// outputs), images and HTML between them.
class Outputs {
    constructor(el) {
        this.el = el;
        this.clear();
    }

    clear() {
        this.current?.cancelInput();
        this.el.textContent = '';
        this.current = null;
        this.text();
    }

    /** The console text goes to: the last block, or a new one after a rich output. */
    text() {
        if (this.current && this.el.lastChild === this.current.el) return this.current;
        const pre = document.createElement('pre');
        pre.className = 'cell-output';
        this.el.append(pre);
        this.current = new Console(pre);
        return this.current;
    }

    rich(el) {
        this.current.flush();
        this.el.append(el);
    }
}

export class Notebook {
    /**
     * `root` holds the cells; `host` is { edge, setSink(sink), busy(delta), status(text),
     * changed(), canUndo(count), runOptions }: the page routes the instance's stdout, stderr
     * and stdin to the sink a cell sets, hears of every change (to keep the notebook), and
     * shows an Undo while deleted cells can come back. `ipynb` is the notebook to open
     * (text; the welcome notebook when it is null or unreadable), `name` its file name,
     * `edited` whether it holds work not yet saved to a file.
     */
    constructor(root, host, { ipynb = null, name = null, edited = false } = {}) {
        this.root = root;
        this.host = host;
        this.session = host.edge.session();
        this.cells = [];
        this.deleted = [];
        this.count = 0;
        this.selected = null;
        this.lastKey = '';
        root.addEventListener('keydown', (event) => {
            const cell = this.cells.find((c) => c.el === event.target);
            if (cell) this.command(cell, event);
        });
        try {
            if (ipynb === null) throw new Error('no notebook');
            this.openIpynb(ipynb, name);
            if (edited) this.saved = null;
        } catch {
            this.fresh();
        }
    }

    /** Starts the welcome notebook, as a new file. */
    fresh() {
        this.notebook = null;
        this.name = 'notebook.ipynb';
        this.load(WELCOME);
    }

    /** Replaces the cells with `cells` ([{ type, source, form?, outputs?, count?, extra? }]). */
    load(cells) {
        for (const cell of this.cells) cell.view?.destroy();
        this.cells = [];
        this.selected = null;
        this.root.textContent = '';
        for (const c of cells) this.add(c.type, c.source, c);
        this.deleted = [];
        this.host.canUndo?.(0);
        this.saved = this.snapshot();
        this.changed();
    }

    // The cells' kinds and text: what the notebook holds, outputs aside.
    snapshot() {
        return JSON.stringify(this.cells.map((cell) => [cell.type, sourceOf(cell)]));
    }

    /** Whether cells were edited, added, moved or deleted since the notebook was opened or saved. */
    get edited() {
        return this.snapshot() !== this.saved;
    }

    /** Notes that the notebook as it is now was saved to a file. */
    markSaved() {
        this.saved = this.snapshot();
        this.changed();
    }

    changed() {
        this.host.changed?.();
    }

    // Whether cells made here get an id: nbformat 4.5 and later have them, earlier forbid them.
    get wantsIds() {
        return !this.notebook || (this.notebook.nbformat_minor ?? 0) >= 5;
    }

    /**
     * Adds a cell at the end (or after `after`, or at `index`); `edit` opens its editor and
     * focuses it. `form` ('list' or 'string') is how its source is saved, `extra` the
     * other fields of its .ipynb cell (id, metadata, attachments, ...).
     */
    add(type, source = '', { outputs = [], count = null, after = null, index = null, edit = false, form = 'list', extra = null } = {}) {
        const el = document.createElement('div');
        el.className = `cell ${type}-cell`;
        el.tabIndex = 0;
        el.setAttribute('role', 'group');
        el.setAttribute('aria-label', `${KIND[type]} cell`);
        el.innerHTML = '<div class="cell-bar"><span class="count"></span><span class="kind"></span><span class="spacer"></span>' +
            '<button class="cell-run" title="Run the cell (Shift+Enter)" aria-label="Run the cell">▶</button>' +
            '<button class="cell-step" title="Run the cell one line at a time (click beside a line number for a breakpoint)" aria-label="Step through the cell">▷</button>' +
            '<button class="cell-up" title="Move the cell up" aria-label="Move the cell up">↑</button>' +
            '<button class="cell-down" title="Move the cell down" aria-label="Move the cell down">↓</button>' +
            '<button class="cell-delete" title="Delete the cell (D D)" aria-label="Delete the cell">✕</button></div>' +
            '<div class="cell-body"></div><div class="cell-outputs"></div>';
        const cell = { type, el, count, outputs: [], form, extra: { ...(extra ?? (this.wantsIds ? { id: cellId() } : {})) } };
        cell.extra.metadata ??= {};
        cell.body = el.querySelector('.cell-body');
        cell.out = new Outputs(el.querySelector('.cell-outputs'));
        el.querySelector('.kind').textContent = KIND[type];
        el.querySelector('.cell-run').onclick = () => this.runCell(cell);
        el.querySelector('.cell-step').onclick = () => this.runCell(cell, { step: true });
        el.querySelector('.cell-up').onclick = () => this.move(cell, -1);
        el.querySelector('.cell-down').onclick = () => this.move(cell, 1);
        el.querySelector('.cell-delete').onclick = () => this.remove(cell);
        el.addEventListener('focusin', () => this.select(cell));
        if (type === 'markdown') {
            cell.source = source;
            cell.rendered = document.createElement('div');
            cell.rendered.className = 'markdown';
            cell.rendered.ondblclick = () => this.edit(cell);
            cell.body.append(cell.rendered);
            if (edit || !source) this.editMarkdown(cell, false);
            else this.renderCell(cell);
        } else {
            cell.view = this.editor(cell, source);
            for (const out of outputs) this.restoreOutput(cell, out);
            cell.out.current.flush();
        }
        this.setCount(cell, count);
        index ??= after ? this.cells.indexOf(after) + 1 : this.cells.length;
        index = Math.min(Math.max(index, 0), this.cells.length);
        const next = this.cells[index];
        this.cells.splice(index, 0, cell);
        this.root.insertBefore(el, next?.el ?? null);
        // Focused once in the page: a button that keeps the focus would take the space
        // typed next as another click.
        if (edit) cell.view.focus();
        this.changed();
        return cell;
    }

    editor(cell, source) {
        return createEditor(cell.body, source, {
            onRun: () => this.runAndAdvance(cell),
            onRunHere: () => this.runCell(cell),
            onRunInsert: () => this.runAndInsert(cell),
            onEscape: () => this.commandMode(cell, true),
            onChange: () => this.changed(),
            shiftEnter: true,
            plain: cell.type !== 'code',
            minimal: true,
            label: `${KIND[cell.type]} cell`,
            extensions: cell.type === 'code' ? stepExtensions(() => cell.stepper?.breakpointsChanged()) : [],
        });
    }

    setCount(cell, count) {
        cell.count = count;
        if (cell.type === 'code') cell.el.querySelector('.count').textContent = `[${count ?? ' '}]`;
    }

    select(cell) {
        if (this.selected === cell) return;
        this.selected?.el.classList.remove('selected');
        this.selected = cell;
        cell?.el.classList.add('selected');
    }

    /** Command mode on `cell`: its frame has the focus. `fromEditor`: Tab then moves past the editor. */
    commandMode(cell, fromEditor = false) {
        if (!cell) return;
        cell.el.focus();
        cell.leftEditor = fromEditor;
        this.select(cell);
        cell.el.scrollIntoView({ block: 'nearest' });
    }

    /** Edit mode on `cell`: its editor has the focus (a markdown cell shows its source). */
    edit(cell) {
        if (cell.type === 'markdown') this.editMarkdown(cell);
        else cell.view.focus();
    }

    editMarkdown(cell, focus = true) {
        if (!cell.view) {
            cell.rendered.hidden = true;
            cell.view = this.editor(cell, cell.source);
        }
        if (focus) cell.view.focus();
    }

    renderCell(cell) {
        if (cell.view) {
            cell.source = getText(cell.view);
            cell.view.destroy();
            cell.view = null;
        }
        cell.rendered.innerHTML = renderMarkdown(cell.source, cell.extra.attachments);
        cell.rendered.hidden = false;
    }

    // Jupyter's command mode: keys on a selected cell whose frame has the focus.
    command(cell, event) {
        const { key } = event;
        if (['Shift', 'Control', 'Alt', 'Meta'].includes(key)) return;
        const previousKey = this.lastKey;
        this.lastKey = key;
        const leftEditor = cell.leftEditor;
        cell.leftEditor = false;
        const done = () => event.preventDefault();
        const mod = event.ctrlKey || event.metaKey;
        const index = this.cells.indexOf(cell);
        if (key === 'Tab' && !event.shiftKey && leftEditor) {
            // Escape then Tab leaves the editor, as in the editor of the page.
            const next = this.focusableAfter(cell.body);
            if (next) {
                done();
                next.focus();
            }
            return;
        }
        if (key === 'Enter') {
            done();
            if (event.shiftKey) this.runAndAdvance(cell);
            else if (mod) this.runCell(cell);
            else if (event.altKey) this.runAndInsert(cell);
            else this.edit(cell);
            return;
        }
        if (key === 'ArrowUp' || key === 'ArrowDown') {
            done();
            this.commandMode(this.cells[index + (key === 'ArrowUp' ? -1 : 1)]);
            return;
        }
        if (mod || event.altKey || event.shiftKey) return;
        switch (key.toLowerCase()) {
        case 'a': this.insert(cell, 0); break;
        case 'b': this.insert(cell, 1); break;
        case 'd':
            if (previousKey.toLowerCase() !== 'd') return;
            this.lastKey = '';
            this.remove(cell);
            this.commandMode(this.cells[Math.min(index, this.cells.length - 1)]);
            break;
        case 'm': this.changeType(cell, 'markdown'); break;
        case 'y': this.changeType(cell, 'code'); break;
        case 'r': this.changeType(cell, 'raw'); break;
        case 'k': this.commandMode(this.cells[index - 1]); break;
        case 'j': this.commandMode(this.cells[index + 1]); break;
        case 'z': this.undoDelete(); break;
        default: return;
        }
        done();
    }

    // The first control after `el` that Tab reaches (a focusable element shown on the page).
    focusableAfter(el) {
        const all = document.querySelectorAll('button, input, select, textarea, a[href], [tabindex="0"], [contenteditable="true"]');
        for (const candidate of all) {
            if (candidate.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING && !el.contains(candidate) &&
                !candidate.disabled && candidate.getClientRects().length) return candidate;
        }
        return null;
    }

    /** A new code cell above (`delta` 0) or below (1) `cell`, selected in command mode. */
    insert(cell, delta) {
        const index = cell ? this.cells.indexOf(cell) + delta : this.cells.length;
        const added = this.add('code', '', { index });
        this.commandMode(added);
        return added;
    }

    /** Makes `cell` a cell of `type` (code, markdown or raw), keeping its source, id and metadata. */
    changeType(cell, type) {
        if (cell.type === type) return cell;
        const index = this.cells.indexOf(cell);
        const source = sourceOf(cell);
        this.detach(cell, index);
        // nbformat gives attachments to Markdown and raw cells only.
        const extra = { ...cell.extra };
        if (type === 'code') delete extra.attachments;
        const changed = this.add(type, source, { index, form: cell.form, extra });
        if (type === 'markdown' && source) this.renderCell(changed);
        this.commandMode(changed);
        return changed;
    }

    move(cell, delta) {
        const i = this.cells.indexOf(cell);
        const j = i + delta;
        if (j < 0 || j >= this.cells.length) return;
        [this.cells[i], this.cells[j]] = [this.cells[j], this.cells[i]];
        if (delta < 0) this.cells[i].el.before(cell.el);
        else this.cells[i].el.after(cell.el);
        this.changed();
    }

    detach(cell, index) {
        cell.out.current.cancelInput();
        cell.view?.destroy();
        cell.el.remove();
        this.cells.splice(index, 1);
        if (this.selected === cell) this.selected = null;
    }

    /** Deletes `cell`; undoDelete() brings it back. */
    remove(cell) {
        const index = this.cells.indexOf(cell);
        if (index < 0) return;
        const { type, form, extra, outputs, count } = cell;
        this.deleted.unshift({ type, source: sourceOf(cell), form, extra, outputs, count, index });
        this.deleted.length = Math.min(this.deleted.length, UNDO_DEPTH);
        this.detach(cell, index);
        this.host.canUndo?.(this.deleted.length);
        this.changed();
    }

    /** Brings back the cell deleted last, where it was, with its outputs. */
    undoDelete() {
        const gone = this.deleted.shift();
        if (!gone) return null;
        this.host.canUndo?.(this.deleted.length);
        const count = typeof gone.count === 'number' ? gone.count : null;
        const cell = this.add(gone.type, gone.source, { ...gone, count, index: gone.index });
        this.commandMode(cell);
        return cell;
    }

    /** Runs `cell`, then selects the next one (a new code cell, to edit, after the last). */
    async runAndAdvance(cell) {
        const ok = await this.runCell(cell);
        if (!ok || !this.cells.includes(cell)) return;
        const next = this.cells[this.cells.indexOf(cell) + 1];
        if (next) this.commandMode(next);
        else this.add('code', '', { edit: true });
    }

    /** Runs `cell`, then adds a code cell after it, to edit. */
    async runAndInsert(cell) {
        const ok = await this.runCell(cell);
        if (ok && this.cells.includes(cell)) this.add('code', '', { after: cell, edit: true });
    }

    /**
     * Runs one cell (with `step`, one line at a time in a panel under it: stepper.js);
     * resolves to false when it raised (or was stopped).
     */
    async runCell(cell, { step = false } = {}) {
        if (cell.type === 'markdown') {
            this.renderCell(cell);
            return true;
        }
        if (cell.type === 'raw') return true;
        const source = getText(cell.view);
        if (cell.stepper && !cell.stepper.ended) return false; // it is being stepped through
        cell.stepper?.close();
        cell.out.clear();
        cell.outputs = [];
        clearError(cell.view);
        cell.el.classList.add('running');
        this.setCount(cell, '*');
        let kept = 0;
        const record = (name, text, cls) => {
            const last = cell.outputs.at(-1);
            if (last?.output_type === 'stream' && last.name === name) last.text += text;
            else cell.outputs.push(freshOutput({ output_type: 'stream', name, text }));
            cell.out.text().write(text, cls);
            kept += text.length;
            // Past KEEP_OUTPUT, the oldest output goes (while a cell runs, all of it is streams).
            while (kept > KEEP_OUTPUT) {
                const first = cell.outputs[0];
                const cut = Math.min(kept - KEEP_OUTPUT, first.text.length);
                if (cut === first.text.length) cell.outputs.shift();
                else first.text = first.text.slice(cut);
                kept -= cut;
            }
        };
        let capture = null; // where stdout goes while the last value is asked for its HTML
        this.host.setSink({
            stdout: (text) => (capture ? capture(text) : record('stdout', text)),
            stderr: (text) => record('stderr', text, 'stderr'),
            stdin: () => cell.out.text().readLine().then((line) => {
                // The console shows the line already; the .ipynb keeps it with the output.
                if (line === null) return line;
                const last = cell.outputs.at(-1);
                if (last?.output_type === 'stream' && last.name === 'stdout') last.text += `${line}\n`;
                else cell.outputs.push(freshOutput({ output_type: 'stream', name: 'stdout', text: `${line}\n` }));
                return line;
            }),
        });
        this.host.busy(1);
        let result;
        let crash = null;
        try {
            const opts = { ...this.host.runOptions, filename: `cell${this.count + 1}.py` };
            if (step) {
                // Stepped, the cell runs as written: its last value shows as its repr.
                const panel = new StepperPanel(cell.el, { view: cell.view, filename: opts.filename, onClose: () => { if (cell.stepper === panel) cell.stepper = null; } });
                cell.el.insertBefore(panel.root, cell.el.querySelector('.cell-outputs'));
                cell.stepper = panel;
                capture = (text) => { panel.write(text); record('stdout', text); };
                result = { ...(await panel.run(this.session, source, opts)), html: null };
            } else {
                result = await runWithDisplay(this.session, source, opts, (sink) => { capture = sink; });
            }
        } catch (err) {
            crash = err; // edge.wasm trapped, or the worker died
        } finally {
            capture = null;
            cell.out.current.cancelInput();
            cell.out.current.flush();
            this.host.busy(-1);
            cell.el.classList.remove('running');
        }
        // The session did not survive: the cell says what happened, and the notebook
        // starts counting again, as Jupyter does after its kernel restarts.
        if (crash || result.restarted) {
            const what = crash
                ? `The interpreter crashed (${crash.name}: ${crash.message}).`
                : 'Stopped: the cell did not end in time, so the interpreter was restarted.';
            record('stderr', `${what}\nThe session restarted: the variables of earlier cells are gone. Run them again (Run all).\n`, 'stderr');
            cell.out.current.flush();
            this.sessionRestarted();
            this.changed();
            return false;
        }
        this.setCount(cell, ++this.count);
        this.changed();
        if (result.printed) record('stdout', result.printed);
        if (result.htmlError) record('stderr', `${result.htmlError.text || result.htmlError.message}\n`, 'stderr');
        if (result.ok) {
            if (result.value !== null) {
                const data = { 'text/plain': result.value };
                if (result.html !== null) data['text/html'] = result.html;
                const out = freshOutput({ output_type: 'execute_result', execution_count: this.count, data, metadata: {} });
                cell.outputs.push(out);
                this.showData(cell, out);
            }
            cell.out.current.flush();
            return true;
        }
        const { type, message, text, line, col } = result.error;
        cell.outputs.push(freshOutput({ output_type: 'error', ename: type, evalue: message, traceback: text.split('\n') }));
        cell.out.text().line(text.replace(/\n+$/, ''), 'stderr');
        this.showHint(cell, type, message);
        if (line > 0 && type !== 'KeyboardInterrupt' && cell.view) markError(cell.view, line, col);
        return false;
    }

    /** Runs the cells in order, stopping at the first that raises. */
    async runAll() {
        for (const cell of [...this.cells]) {
            if (!this.cells.includes(cell)) continue;
            if (!(await this.runCell(cell))) return false;
        }
        return true;
    }

    // After a crash: the session's globals are gone (a new interpreter has none), so no
    // cell keeps a count that says it ran in this session.
    sessionRestarted() {
        this.count = 0;
        for (const cell of this.cells) if (cell.type === 'code') this.setCount(cell, null);
        this.host.status('the session restarted: variables forgotten');
    }

    /** Forgets every variable. */
    async restart() {
        this.session.stop();
        await this.session.reset();
        this.count = 0;
        for (const cell of this.cells) if (cell.type === 'code') this.setCount(cell, null);
        this.host.status('restarted: variables forgotten');
    }

    /** Forgets every variable, then runs every cell. */
    async restartAndRunAll() {
        await this.restart();
        return this.runAll();
    }

    /** Removes every cell's outputs and execution count. */
    clearOutputs() {
        for (const cell of this.cells) {
            if (cell.type !== 'code') continue;
            cell.out.clear();
            cell.outputs = [];
            this.setCount(cell, null);
        }
        this.changed();
    }

    // Shows an execute_result or display_data output: its richest representation, or its text.
    showData(cell, out) {
        const rich = richElement(out.data, out.metadata);
        if (rich) cell.out.rich(rich);
        else cell.out.text().line(joinSource(out.data?.['text/plain']), 'cell-value');
    }

    // Shows an output read from a file, which is saved back as it was.
    restoreOutput(cell, out) {
        cell.outputs.push(out);
        if (out.output_type === 'stream') cell.out.text().write(joinSource(out.text), out.name === 'stderr' ? 'stderr' : null);
        else if (out.output_type === 'execute_result' || out.output_type === 'display_data') this.showData(cell, out);
        else if (out.output_type === 'error') {
            cell.out.text().line(stripAnsi((out.traceback ?? [`${out.ename}: ${out.evalue}`]).join('\n')).replace(/\n+$/, ''), 'stderr');
            this.showHint(cell, out.ename, out.evalue);
        }
    }

    // The plain-language hint under an error's report, when it is one hints.js knows; it
    // is shown only: the .ipynb keeps the error as Jupyter has it.
    showHint(cell, type, message) {
        const hint = hintFor({ type, message });
        if (hint) cell.out.text().line(hint, 'hint');
    }

    /** Opens .ipynb text, saved later as `name`; throws on a file that is not an nbformat 4 notebook. */
    openIpynb(text, name = null) {
        const { cells, notebook } = readIpynb(text);
        this.notebook = notebook;
        this.name = name || 'notebook.ipynb';
        this.load(cells);
    }

    /** The notebook as .ipynb text; `outputs: false` leaves the outputs out. */
    toIpynb({ outputs = true } = {}) {
        return writeIpynb(this.cells.map((cell) => ({
            type: cell.type,
            source: sourceOf(cell),
            form: cell.form,
            extra: cell.extra,
            outputs: outputs ? cell.outputs : [],
            count: outputs && typeof cell.count === 'number' ? cell.count : null,
        })), this.notebook);
    }
}
