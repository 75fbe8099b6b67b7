// main.js — the playground page: an editor and an output console around one createEdge()
// instance, the examples menu, share links, and notebook mode (notebook.js).

import { createEdge } from '../../web/edge.js';
import examples from 'playground:examples';
import { Console } from './console.js';
import { clearError, createEditor, getText, markError, setText } from './editor.js';
import { decodeHash, encodeHash } from './share.js';
import { Notebook } from './notebook.js';

// The standard modules (web/modules.js STANDARD_MODULES), which the build copies to modules/.
const STANDARD_NAMES = ['bisect', 'collections', 'copy', 'functools', 'heapq', 'itertools', 'keyword', 'math',
    'operator', 'random', 'string', 'typing'];

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

let running = 0;
function busy(delta) {
    running += delta;
    $('stop').disabled = running === 0;
    $('run').disabled = running > 0;
    $('nb-run-all').disabled = running > 0;
}

const fromHash = await decodeHash(location.hash);
const view = createEditor($('editor'), fromHash ?? examples[0].code, { onRun: run });

for (const [i, ex] of examples.entries()) $('examples').add(new Option(ex.title, String(i)));
$('examples').onchange = (event) => {
    const ex = examples[Number(event.target.value)];
    if (ex) setText(view, ex.code);
    event.target.value = '';
    view.focus();
};

// Steps (calls and loop turns) a playground run may take: tens of seconds of work.
const PLAYGROUND_MAX_STEPS = 500_000_000;
// Bytes of output a playground run may write.
const PLAYGROUND_MAX_OUTPUT = 8 << 20;

const loadStart = performance.now();
const edge = await createEdge({
    wasm: new URL('./edge.wasm', import.meta.url),
    stdout: (text) => sink.stdout(text),
    stderr: (text) => sink.stderr(text),
    stdin: (prompt) => sink.stdin(prompt),
    // Stop ends a loop between two slices; a loop no slice can end (an endless generator
    // under sum()) still ends at this step limit, with a TimeoutError, some seconds in.
    maxSteps: PLAYGROUND_MAX_STEPS,
    // The console keeps every line: `while True: print("x")` ends with an OSError instead.
    maxOutput: PLAYGROUND_MAX_OUTPUT,
    // Programs import the modules in lib/ (the examples' geometry.py) by bare name, and the
    // standard modules from modules/ (the build copies both next to the page).
    baseUrl: new URL('./lib/main.py', import.meta.url).href,
    standardModules: Object.fromEntries(STANDARD_NAMES.map((name) => [name, new URL(`./modules/${name}.py`, import.meta.url).href])),
});
const loaded = `edge.wasm loaded in ${ms(loadStart)}`;
status(loaded);
document.body.dataset.ready = 'true';

async function run() {
    if (running) return;
    sink = consoleSink;
    output.clear();
    clearError(view);
    busy(1);
    status('running…');
    const start = performance.now();
    let result;
    try {
        result = await edge.run(getText(view), { filename: 'main.py' });
    } finally {
        output.cancelInput();
        busy(-1);
    }
    const took = ms(start);
    if (result.ok) {
        status(`${loaded} · ran in ${took}`);
        return;
    }
    const err = result.error;
    output.line(err.text || `${err.type}: ${err.message}`, 'stderr');
    status(`${loaded} · ${err.type} after ${took}`);
    if (err.filename === 'main.py' && err.line > 0 && err.type !== 'KeyboardInterrupt') markError(view, err.line, err.col);
}

function stop() {
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
    if (code !== null && code !== getText(view)) setText(view, code);
});

$('run').onclick = run;
$('stop').onclick = stop;
$('share').onclick = share;
$('clear').onclick = () => output.clear();

// Notebook mode, created the first time it is shown.
let notebook = null;
function setMode(mode) {
    const nb = mode === 'notebook';
    $('editor-mode').hidden = nb;
    $('notebook-mode').hidden = !nb;
    $('share').hidden = nb;
    $('examples').hidden = nb;
    $('mode').textContent = nb ? 'Editor' : 'Notebook';
    const url = new URL(location.href);
    if (nb) url.searchParams.set('mode', 'notebook');
    else url.searchParams.delete('mode');
    history.replaceState(null, '', url);
    if (nb && !notebook) {
        notebook = new Notebook($('cells'), { edge, busy, status, setSink: (s) => { sink = s; } });
        window.playground.notebook = notebook;
    }
}
$('mode').onclick = () => setMode($('notebook-mode').hidden ? 'notebook' : 'editor');
$('nb-run-all').onclick = () => notebook.runAll();
$('nb-add-code').onclick = () => notebook.add('code', '', { edit: true }).view.focus();
$('nb-add-md').onclick = () => notebook.add('markdown', '', { edit: true });
$('nb-restart').onclick = () => notebook.restart();
$('nb-open').onchange = async (event) => {
    const file = event.target.files[0];
    event.target.value = '';
    if (!file) return;
    try {
        notebook.openIpynb(await file.text());
        status(`opened ${file.name}`);
    } catch (err) {
        status(`cannot open ${file.name}: ${err.message}`);
    }
};
$('nb-save').onclick = () => {
    const url = URL.createObjectURL(new Blob([notebook.toIpynb()], { type: 'application/x-ipynb+json' }));
    const a = Object.assign(document.createElement('a'), { href: url, download: 'notebook.ipynb' });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
};

// For the console and the browser tests: the editor's text and the instance.
window.playground = {
    edge,
    notebook,
    get code() { return getText(view); },
    set code(text) { setText(view, text); },
    run,
    stop,
};
setMode(new URLSearchParams(location.search).get('mode') === 'notebook' ? 'notebook' : 'editor');
