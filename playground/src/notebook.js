// notebook.js — notebook mode: code and markdown cells run in one edge.session(), so cells
// share their globals; a code cell shows what it printed and the repr of its last
// expression. Notebooks open from and save to Jupyter .ipynb files (nbformat 4); the page
// keeps the open one in localStorage (host.changed), and a deleted cell can be brought back.

import { createEditor, getText, markError, clearError } from './editor.js';
import { Console } from './console.js';
import { renderMarkdown } from './markdown.js';

const WELCOME = [
    { type: 'markdown', source: '# Edge Python notebook\nCells share their variables. Press **Shift+Enter** to run a cell; the value of its last expression appears under it.' },
    { type: 'code', source: 'numbers = [n * n for n in range(10)]\nprint("squares ready")' },
    { type: 'code', source: 'sum(numbers)' },
];

let nextId = 1;
const cellId = () => `cell-${Date.now().toString(36)}-${nextId++}`;
const joinSource = (s) => (Array.isArray(s) ? s.join('') : s ?? '');
const splitSource = (s) => (s ? s.split(/(?<=\n)/) : []);
const sourceOf = (cell) => (cell.view ? getText(cell.view) : cell.source);

// Characters of stream output a cell records for its .ipynb (the console shows a bounded
// tail too): past this, the oldest go, so a cell that prints without end cannot fill the
// page's memory or localStorage.
const KEEP_OUTPUT = 1 << 20;

// Deleted cells that Undo can bring back, the latest first.
const UNDO_DEPTH = 20;

export class Notebook {
    /**
     * `root` holds the cells; `host` is { edge, setSink(sink), busy(delta), status(text),
     * changed(), canUndo(count), runOptions }: the page routes the instance's stdout, stderr
     * and stdin to the sink a cell sets, hears of every change (to keep the notebook), and
     * shows an Undo while deleted cells can come back. `ipynb` is the notebook to open
     * (text; the welcome notebook when it is null or unreadable), `edited` whether it holds
     * work not yet saved to a file.
     */
    constructor(root, host, { ipynb = null, edited = false } = {}) {
        this.root = root;
        this.host = host;
        this.session = host.edge.session();
        this.cells = [];
        this.deleted = [];
        this.count = 0;
        try {
            if (ipynb === null) throw new Error('no notebook');
            this.openIpynb(ipynb);
            if (edited) this.saved = null;
        } catch {
            this.load(WELCOME);
        }
    }

    /** Replaces the cells with `cells` ([{ type, source, outputs?, count? }]). */
    load(cells) {
        for (const cell of this.cells) cell.view?.destroy();
        this.cells = [];
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

    /**
     * Adds a cell at the end (or after `after`, or at `index`); `edit` opens a markdown
     * cell's editor, and focuses the new cell.
     */
    add(type, source = '', { outputs = [], count = null, after = null, index = null, edit = false } = {}) {
        const el = document.createElement('div');
        el.className = `cell ${type}-cell`;
        el.innerHTML = '<div class="cell-bar"><span class="count"></span><span class="kind"></span><span class="spacer"></span>' +
            '<button class="cell-run" title="Run (Shift+Enter)">▶</button><button class="cell-up" title="Move up">↑</button>' +
            '<button class="cell-down" title="Move down">↓</button><button class="cell-delete" title="Delete">✕</button></div>' +
            '<div class="cell-body"></div><pre class="cell-output"></pre>';
        const cell = { type, el, count, outputs: [], id: cellId() };
        cell.body = el.querySelector('.cell-body');
        cell.console = new Console(el.querySelector('.cell-output'));
        el.querySelector('.kind').textContent = type === 'code' ? 'Python' : 'Markdown';
        el.querySelector('.cell-run').onclick = () => this.runCell(cell);
        el.querySelector('.cell-up').onclick = () => this.move(cell, -1);
        el.querySelector('.cell-down').onclick = () => this.move(cell, 1);
        el.querySelector('.cell-delete').onclick = () => this.remove(cell);
        if (type === 'code') {
            cell.view = createEditor(cell.body, source, { onRun: () => this.runAndAdvance(cell), onChange: () => this.changed(), shiftEnter: true, minimal: true });
            for (const out of outputs) this.restoreOutput(cell, out);
            cell.console.flush();
        } else {
            cell.source = source;
            cell.rendered = document.createElement('div');
            cell.rendered.className = 'markdown';
            cell.rendered.ondblclick = () => this.editMarkdown(cell);
            cell.body.append(cell.rendered);
            if (edit || !source) this.editMarkdown(cell, false);
            else this.renderCell(cell);
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

    setCount(cell, count) {
        cell.count = count;
        if (cell.type === 'code') cell.el.querySelector('.count').textContent = `[${count ?? ' '}]`;
    }

    editMarkdown(cell, focus = true) {
        if (cell.view) return;
        cell.rendered.hidden = true;
        cell.view = createEditor(cell.body, cell.source, { onRun: () => this.runAndAdvance(cell), onChange: () => this.changed(), shiftEnter: true, plain: true, minimal: true });
        if (focus) cell.view.focus();
    }

    renderCell(cell) {
        if (cell.view) {
            cell.source = getText(cell.view);
            cell.view.destroy();
            cell.view = null;
        }
        cell.rendered.innerHTML = renderMarkdown(cell.source);
        cell.rendered.hidden = false;
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

    /** Deletes `cell`; undoDelete() brings it back. */
    remove(cell) {
        const index = this.cells.indexOf(cell);
        if (index < 0) return;
        this.deleted.unshift({ type: cell.type, source: sourceOf(cell), outputs: cell.outputs, count: cell.count, index });
        this.deleted.length = Math.min(this.deleted.length, UNDO_DEPTH);
        cell.view?.destroy();
        cell.el.remove();
        this.cells.splice(index, 1);
        this.host.canUndo?.(this.deleted.length);
        this.changed();
    }

    /** Brings back the cell deleted last, where it was, with its outputs. */
    undoDelete() {
        const gone = this.deleted.shift();
        if (!gone) return null;
        this.host.canUndo?.(this.deleted.length);
        const count = typeof gone.count === 'number' ? gone.count : null;
        const cell = this.add(gone.type, gone.source, { outputs: gone.outputs, count, index: gone.index });
        (cell.view ?? cell.rendered).focus?.();
        return cell;
    }

    async runAndAdvance(cell) {
        const ok = await this.runCell(cell);
        const next = this.cells[this.cells.indexOf(cell) + 1];
        if (!ok) return;
        if (next) (next.view ?? next.rendered).focus?.();
        else this.add('code').view.focus();
    }

    /** Runs one cell; resolves to false when it raised (or was stopped). */
    async runCell(cell) {
        if (cell.type === 'markdown') {
            this.renderCell(cell);
            return true;
        }
        const source = getText(cell.view);
        cell.console.clear();
        cell.outputs = [];
        clearError(cell.view);
        cell.el.classList.add('running');
        this.setCount(cell, '*');
        let kept = 0;
        const record = (name, text, cls) => {
            const last = cell.outputs.at(-1);
            if (last?.output_type === 'stream' && last.name === name) last.text += text;
            else cell.outputs.push({ output_type: 'stream', name, text });
            cell.console.write(text, cls);
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
        this.host.setSink({
            stdout: (text) => record('stdout', text),
            stderr: (text) => record('stderr', text, 'stderr'),
            stdin: () => cell.console.readLine().then((line) => {
                if (line !== null) cell.outputs.push({ output_type: 'stream', name: 'stdout', text: `${line}\n` });
                return line;
            }),
        });
        this.host.busy(1);
        let result;
        try {
            result = await this.session.run(source, { ...this.host.runOptions, filename: `cell${this.count + 1}.py` });
        } finally {
            cell.console.cancelInput();
            cell.console.flush();
            this.host.busy(-1);
            cell.el.classList.remove('running');
        }
        this.setCount(cell, ++this.count);
        this.changed();
        if (result.ok) {
            if (result.value !== null) {
                cell.outputs.push({ output_type: 'execute_result', execution_count: this.count, data: { 'text/plain': result.value }, metadata: {} });
                cell.console.line(result.value, 'cell-value');
            }
            return true;
        }
        const { type, message, text, line, col } = result.error;
        cell.outputs.push({ output_type: 'error', ename: type, evalue: message, traceback: text.split('\n') });
        cell.console.line(text, 'stderr');
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

    /** Forgets every variable. */
    async restart() {
        this.session.stop();
        await this.session.reset();
        this.count = 0;
        for (const cell of this.cells) if (cell.type === 'code') this.setCount(cell, null);
        this.host.status('restarted: variables forgotten');
    }

    restoreOutput(cell, out) {
        const text = (t) => joinSource(t);
        if (out.output_type === 'stream') {
            cell.outputs.push({ output_type: 'stream', name: out.name, text: text(out.text) });
            cell.console.write(text(out.text), out.name === 'stderr' ? 'stderr' : null);
        } else if (out.output_type === 'execute_result' || out.output_type === 'display_data') {
            const plain = text(out.data?.['text/plain']);
            cell.outputs.push({ ...out, data: { 'text/plain': plain }, metadata: out.metadata ?? {} });
            cell.console.line(plain, 'cell-value');
        } else if (out.output_type === 'error') {
            cell.outputs.push(out);
            // Jupyter tracebacks carry ANSI colours; they would show as noise here.
            cell.console.line((out.traceback ?? [`${out.ename}: ${out.evalue}`]).join('\n').replace(/\x1b\[[0-9;]*m/g, ''), 'stderr');
        }
    }

    /** Reads an .ipynb (its text); throws on a file that is not an nbformat 4 notebook. */
    openIpynb(text) {
        const nb = JSON.parse(text);
        if (!nb || nb.nbformat !== 4 || !Array.isArray(nb.cells)) throw new Error('not an nbformat 4 notebook');
        this.load(nb.cells.map((c) => ({
            type: c.cell_type === 'code' ? 'code' : 'markdown',
            source: joinSource(c.source),
            outputs: c.cell_type === 'code' ? c.outputs ?? [] : [],
            count: c.execution_count ?? null,
        })));
    }

    /** The notebook as .ipynb text (nbformat 4.5); `outputs: false` leaves the outputs out. */
    toIpynb({ outputs = true } = {}) {
        const cells = this.cells.map((cell) => {
            const source = splitSource(sourceOf(cell));
            if (cell.type === 'markdown') return { cell_type: 'markdown', id: cell.id, metadata: {}, source };
            return {
                cell_type: 'code', id: cell.id, metadata: {}, source,
                execution_count: outputs && typeof cell.count === 'number' ? cell.count : null,
                outputs: !outputs ? [] : cell.outputs.map((o) => (o.output_type === 'stream' ? { ...o, text: splitSource(o.text) }
                    : o.output_type === 'execute_result' ? { ...o, data: { 'text/plain': splitSource(o.data['text/plain']) } } : o)),
            };
        });
        const metadata = {
            kernelspec: { name: 'edge-python', display_name: 'Edge Python', language: 'python' },
            language_info: { name: 'python', file_extension: '.py', mimetype: 'text/x-python' },
        };
        return `${JSON.stringify({ cells, metadata, nbformat: 4, nbformat_minor: 5 }, null, 1)}\n`;
    }
}
