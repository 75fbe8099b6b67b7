// main.js — the playground page: an editor and an output console around one interpreter in
// a Web Worker (createEdgeWorker), the examples menu, share links, and notebook mode
// (notebook.js). Programs come from anyone (a share link runs a stranger's code), so they
// run off the page's thread: no program can freeze the page, and Stop ends even one long
// operation inside C by replacing the worker. The program
// and the notebook are kept in localStorage (storage.js) and come back on reload; a share
// link takes precedence over the kept program, which Ctrl+Z brings back. The notebook's code
// (with Markdown, KaTeX and the sanitizer) loads the first time notebook mode is shown.

import { createEdgeWorker } from '../../web/worker.js';
import examples from 'playground:examples';
import { Console } from './console.js';
import { clearError, createEditor, getText, markError, setText } from './editor.js';
import { hintFor } from './hints.js';
import { decodeHash, encodeHash } from './share.js';
import { stepExtensions } from './step-editor.js';
import { StepperPanel } from './stepper.js';
import { autosave, load, store } from './storage.js';

// The standard modules (web/modules.js STANDARD_MODULES), which the build copies to modules/.
const STANDARD_NAMES = ['__future__', 'abc', 'bisect', 'collections', 'collections.abc', 'contextlib', 'copy',
    'dataclasses', 'datetime', 'difflib', 'enum', 'fractions', 'functools', 'heapq', 'io',
    'itertools', 'json', 'keyword', 'math', 'numbers', 'operator', 'pprint', 'random', 're', 'statistics', 'string',
    'textwrap', 'types', 'typing', 'unittest'];

const $ = (id) => document.getElementById(id);
const statusEl = $('status');
const status = (text) => { statusEl.textContent = text; };
const ms = (t) => `${Math.round(performance.now() - t)} ms`;

const output = new Console($('output'));
// Where the instance's output goes: the console, or the notebook cell that runs.
const consoleSink = {
    stdout: (text) => output.write(text),
    stderr: (text) => output.write(text, 'stderr'),
    stdin: () => output.readLine(),
};
let sink = consoleSink;

// 'editor' or 'notebook' (setMode), and the notebook, made the first time it is shown.
let mode = 'editor';
let notebook = null;

let running = 0;
function busy(delta) {
    running += delta;
    $('stop').disabled = running === 0;
    $('run').disabled = running > 0;
    $('step').disabled = running > 0;
    $('nb-run-all').disabled = running > 0;
    $('nb-restart-run').disabled = running > 0;
}

// The editor's program: kept on every edit, except that a share link shown on top of it
// is not kept until it is edited (the visitor's own program stays in storage meanwhile).
const programSaver = autosave(() => store('program', getText(view)));
let showingShared = false;
const kept = load('program');
const view = createEditor($('editor'), kept ?? examples[0].code, {
    label: 'Program',
    onRun: run,
    onChange: () => { if (!showingShared) programSaver.changed(); },
    extensions: stepExtensions(() => stepper?.breakpointsChanged()),
});
// Texts that are no work to lose: the examples, and a shared program as it came.
const pristine = new Set(examples.map((ex) => ex.code));
const edited = () => getText(view).trim() !== '' && !pristine.has(getText(view));

// Shows a shared program as a change on top of the editor's text, so Ctrl+Z gives the
// visitor's own program back.
function showShared(code) {
    pristine.add(code);
    if (code === getText(view)) return false;
    showingShared = true;
    try {
        setText(view, code);
    } finally {
        showingShared = false;
    }
    return true;
}
const fromHash = await decodeHash(location.hash);
const sharedOverKept = fromHash !== null && showShared(fromHash) && kept !== null && !pristine.has(kept);

for (const [i, ex] of examples.entries()) $('examples').add(new Option(ex.title, String(i)));
$('examples').onchange = (event) => {
    const ex = examples[Number(event.target.value)];
    event.target.value = '';
    if (ex && getText(view) !== ex.code) {
        if (!edited() || confirm(`Replace your program with the example "${ex.title}"? (Ctrl+Z in the editor brings it back.)`)) {
            setText(view, ex.code);
        }
    }
    view.focus();
};

// Steps (calls and loop turns) a playground run may take: tens of seconds of work.
const PLAYGROUND_MAX_STEPS = 500_000_000;
// Steps a run takes between two turns of the worker's event loop, where Stop is seen. A
// step is a call or a loop turn; one that prints costs about 2 µs in Chromium, so edge.js's
// default of a million steps would keep Stop waiting two seconds. This keeps a slice of
// printing near 40 ms, and costs a loop that only computes (some 40 ns a step) nothing
// measurable.
const PLAYGROUND_STEP_BUDGET = 20_000;

const loadStart = performance.now();
const edge = await createEdgeWorker({
    wasm: new URL('./edge.wasm', import.meta.url),
    // The build puts the worker's script next to the page's (esbuild does not follow
    // new Worker(new URL(...))).
    workerUrl: new URL('./edge-worker.js', import.meta.url),
    stdout: (text) => sink.stdout(text),
    stderr: (text) => sink.stderr(text),
    stdin: (prompt) => sink.stdin(prompt),
    // Stop ends a loop between two slices; a loop no slice can end (an endless generator
    // under sum()) still ends at this step limit, with a TimeoutError, some seconds in.
    maxSteps: PLAYGROUND_MAX_STEPS,
    // The console keeps the last lines only, so a program may print as long as it runs
    // (edge.js's cap, 64 MiB, still ends one that prints without end).
    // Programs import the modules in lib/ (the examples' geometry.py) by bare name, and the
    // standard modules from modules/ (the build copies both next to the page).
    baseUrl: new URL('./lib/main.py', import.meta.url).href,
    standardModules: Object.fromEntries(STANDARD_NAMES.map((name) => [name, new URL(`./modules/${name}.py`, import.meta.url).href])),
});
const loaded = `edge.wasm loaded in ${ms(loadStart)}`;
status(sharedOverKept ? `${loaded} · a shared program: Ctrl+Z in the editor brings back yours` : loaded);

// Runs the editor's program; in notebook mode, where the editor is hidden, the cells.
async function run() {
    if (mode === 'notebook') return notebook?.runAll();
    if (running) return;
    sink = consoleSink;
    output.clear();
    clearError(view);
    busy(1);
    status('running…');
    const start = performance.now();
    let result;
    try {
        result = await edge.run(getText(view), { filename: 'main.py', stepBudget: PLAYGROUND_STEP_BUDGET });
    } catch (err) {
        // The interpreter crashed (edge.wasm trapped, or its worker died): a new one
        // takes the next run.
        output.line(`The interpreter crashed (${err.name}: ${err.message}) and was restarted: run the program again.`, 'stderr');
        status(`${loaded} · the interpreter crashed and was restarted`);
        return;
    } finally {
        output.cancelInput();
        output.flush();
        busy(-1);
    }
    report(result, ms(start));
}

// Shows how a run of the editor's program ended: the status, and an error's traceback,
// hint and line.
function report(result, took) {
    if (result.ok) {
        status(`${loaded} · ran in ${took}`);
        return;
    }
    const err = result.error;
    output.line((err.text || `${err.type}: ${err.message}`).replace(/\n+$/, ''), 'stderr');
    const hint = hintFor(err);
    if (hint) output.line(hint, 'hint');
    status(`${loaded} · ${err.type} after ${took}`);
    if (err.filename === 'main.py' && err.line > 0 && err.type !== 'KeyboardInterrupt') markError(view, err.line, err.col);
}

// Step mode: the editor's program one line at a time, in a panel above the console.
let stepper = null;
async function step() {
    if (mode === 'notebook' || running) return;
    stepper?.close();
    output.clear();
    clearError(view);
    const panel = new StepperPanel($('editor-mode'), {
        view,
        filename: 'main.py',
        onClose: () => {
            if (stepper === panel) stepper = null;
            $('editor-mode').classList.remove('stepping');
        },
    });
    stepper = panel;
    $('editor-mode').classList.add('stepping');
    sink = { ...consoleSink, stdout: (text) => { panel.write(text); output.write(text); }, stderr: (text) => { panel.write(text); output.write(text, 'stderr'); } };
    busy(1);
    status('stepping: Step over (F10), Step into (F11), Step out (Shift+F11), Continue (F8)');
    const start = performance.now();
    let result;
    try {
        result = await panel.run(edge, getText(view), { filename: 'main.py', stepBudget: PLAYGROUND_STEP_BUDGET });
    } finally {
        output.cancelInput();
        output.flush();
        sink = consoleSink;
        busy(-1);
    }
    report(result, ms(start));
}

function stop() {
    if (stepper && !stepper.ended) return stepper.stop();
    edge.stop();
    output.cancelInput();
}

async function share() {
    const hash = await encodeHash(getText(view));
    history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
    const link = $('share-link');
    link.value = location.href;
    link.hidden = false;
    link.select();
    try {
        await navigator.clipboard.writeText(location.href);
        status('link copied to the clipboard');
    } catch {
        status('share link ready: copy it from the field');
    }
}

window.addEventListener('hashchange', async () => {
    const code = await decodeHash(location.hash);
    if (code !== null) showShared(code);
});

$('run').onclick = run;
$('step').onclick = step;
$('stop').onclick = stop;
$('share').onclick = share;
$('clear').onclick = () => output.clear();

// The notebook is kept (as .ipynb text) on every change, with a note of whether it holds
// work not saved to a file.
const notebookSaver = autosave(() => {
    if (!notebook) return;
    const text = notebook.toIpynb();
    // A notebook too big for the quota is kept without its outputs rather than not at all.
    if (!store('notebook', text)) store('notebook', notebook.toIpynb({ outputs: false }));
    store('notebook-edited', notebook.edited ? 'true' : null);
    store('notebook-name', notebook.name);
});
async function setMode(next) {
    mode = next;
    const nb = mode === 'notebook';
    $('editor-mode').hidden = nb;
    $('notebook-mode').hidden = !nb;
    // The header's Run, Share and examples are the editor's: the notebook has Run all and
    // a ▶ on each cell.
    $('run').hidden = nb;
    $('step').hidden = nb;
    if (nb) stepper?.stop();
    $('share').hidden = nb;
    $('examples').hidden = nb;
    $('mode').textContent = nb ? 'Editor' : 'Notebook';
    const url = new URL(location.href);
    if (nb) url.searchParams.set('mode', 'notebook');
    else url.searchParams.delete('mode');
    history.replaceState(null, '', url);
    if (nb && !notebook) {
        const { Notebook } = await import('./notebook.js');
        if (notebook) return;
        notebook = new Notebook($('cells'), {
            edge,
            busy,
            status,
            setSink: (s) => { sink = s; },
            changed: () => {
                if (notebook) $('nb-name').textContent = notebook.name;
                notebookSaver.changed();
            },
            canUndo: (count) => { $('nb-undo').hidden = count === 0; },
            runOptions: { stepBudget: PLAYGROUND_STEP_BUDGET },
        }, { ipynb: load('notebook'), name: load('notebook-name'), edited: load('notebook-edited') === 'true' });
        window.playground.notebook = notebook;
        $('nb-name').textContent = notebook.name;
    }
}
$('mode').onclick = () => setMode(mode === 'notebook' ? 'editor' : 'notebook');
$('nb-run-all').onclick = () => notebook.runAll();
$('nb-add-code').onclick = () => notebook.add('code', '', { edit: true });
$('nb-add-md').onclick = () => notebook.add('markdown', '', { edit: true });
$('nb-insert').onclick = () => notebook.add('code', '', { after: notebook.selected, edit: true });
$('nb-clear').onclick = () => notebook.clearOutputs();
$('nb-undo').onclick = () => notebook.undoDelete();
$('nb-restart').onclick = () => notebook.restart();
$('nb-restart-run').onclick = () => notebook.restartAndRunAll();
// The file field is hidden (a styled button opens it), so that the keyboard reaches it.
$('nb-open-button').onclick = () => $('nb-open').click();
$('nb-open').onchange = async (event) => {
    const file = event.target.files[0];
    event.target.value = '';
    if (!file) return;
    if (notebook.edited && !confirm(`Replace this notebook with ${file.name}? Its unsaved changes will be lost (Save .ipynb keeps them).`)) {
        status(`kept this notebook: ${file.name} not opened`);
        return;
    }
    try {
        notebook.openIpynb(await file.text(), file.name);
        status(`opened ${file.name}`);
    } catch (err) {
        status(`cannot open ${file.name}: ${err.message}`);
    }
};
$('nb-save').onclick = () => {
    const url = URL.createObjectURL(new Blob([notebook.toIpynb()], { type: 'application/x-ipynb+json' }));
    // Under the name it was opened with, so a teacher's file comes back as itself.
    const a = Object.assign(document.createElement('a'), { href: url, download: notebook.name });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    notebook.markSaved();
};

// For the console and the browser tests: the editor's text and the instance.
window.playground = {
    edge,
    notebook,
    get code() { return getText(view); },
    set code(text) { setText(view, text); },
    run,
    stop,
    step,
    get stepper() { return stepper; },
};
await setMode(new URLSearchParams(location.search).get('mode') === 'notebook' ? 'notebook' : 'editor');
// Ready once the page is set up in its mode (the notebook's code loads first in notebook mode).
document.body.dataset.ready = 'true';
