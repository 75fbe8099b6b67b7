// auto.js — runs the Edge Python scripts of a page. Included with
//     <script type="module" src=".../web/auto.js"></script>
// it runs every <script type="text/edge-python"> (inline text, or a src= URL) once the page
// is parsed, one after another in document order, in one session: later scripts see the
// names earlier ones defined. A script prints into the element whose id its data-output
// attribute names, or else into a <pre class="edge-output"> inserted after it (at the end
// of the body for a script in the head); stderr and uncaught errors go in
// <span class="edge-stderr"> elements, red unless a style says otherwise. A data-filename
// attribute names a script in tracebacks (default: its src file name, or main.py).

import { createEdge } from './edge.js';

const STYLE = ':where(.edge-stderr) { color: #c62828; }';

/**
 * Runs the text/edge-python scripts under `root` (default: the document) with an instance
 * created from `options` (those of createEdge; stdout and stderr are set here). Resolves to
 * the result of each script, in order.
 */
export async function runScripts(root = document, options = {}) {
    const scripts = [...root.querySelectorAll('script[type="text/edge-python"]')];
    if (scripts.length === 0) return [];
    addStyle();
    let output = null;
    const edge = await createEdge({
        stdin: (prompt) => window.prompt(prompt),
        ...options,
        stdout: (text) => output.write(text, false),
        stderr: (text) => output.write(text, true),
    });
    const session = edge.session();
    const results = [];
    for (const script of scripts) {
        output = new Output(outputElement(script));
        const filename = script.dataset.filename || (script.src ? new URL(script.src).pathname.split('/').pop() : 'main.py');
        let result;
        try {
            const source = script.src ? await fetchText(script.src) : dedent(script.textContent);
            result = await session.run(source, { filename });
            if (!result.ok) output.write(endLine(result.error.text || `${result.error.type}: ${result.error.message}`), true);
        } catch (err) {
            output.write(`${err.message}\n`, true);
            result = { ok: false, error: { type: 'Error', message: err.message, filename, line: 0, col: 0, text: err.message } };
        }
        results.push(result);
    }
    return results;
}

/** Resolves to the results of the page's scripts once they have all run. */
export const ready = new Promise((resolve) => {
    if (document.readyState !== 'loading') resolve();
    else document.addEventListener('DOMContentLoaded', () => resolve(), { once: true });
}).then(() => runScripts());

// Appends output to an element, in text nodes, with stderr in spans of its own.
class Output {
    constructor(element) {
        this.element = element;
        this.node = null;
        this.isErr = false;
    }

    write(text, isErr) {
        if (!this.node || this.isErr !== isErr) {
            this.node = document.createTextNode('');
            this.isErr = isErr;
            if (isErr) {
                const span = document.createElement('span');
                span.className = 'edge-stderr';
                span.append(this.node);
                this.element.append(span);
            } else {
                this.element.append(this.node);
            }
        }
        this.node.data += text;
    }
}

function outputElement(script) {
    const id = script.dataset.output;
    const named = id ? document.getElementById(id) : null;
    if (named) return named;
    const pre = document.createElement('pre');
    pre.className = 'edge-output';
    // Nothing shows in <head> (where a parser puts a script before any body content).
    if (script.closest('head')) document.body.append(pre);
    else script.after(pre);
    return pre;
}

const endLine = (text) => (text.endsWith('\n') ? text : text + '\n');

async function fetchText(url) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`cannot load ${url}: HTTP ${response.status}`);
    return response.text();
}

// Inline scripts are usually indented with the page: remove the indentation all their
// lines share, and the blank lines around them.
function dedent(text) {
    const lines = text.replace(/^\s*\n/, '').replace(/\s+$/, '').split('\n');
    const indents = lines.filter((l) => l.trim()).map((l) => l.match(/^[ \t]*/)[0].length);
    const cut = indents.length ? Math.min(...indents) : 0;
    return lines.map((l) => l.slice(cut)).join('\n') + '\n';
}

function addStyle() {
    if (document.querySelector('style[data-edge-python]')) return;
    const style = document.createElement('style');
    style.dataset.edgePython = '';
    style.textContent = STYLE;
    document.head.append(style);
}
