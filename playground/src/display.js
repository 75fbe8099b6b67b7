// display.js — runs a notebook cell so that its last value can show as HTML: an object with
// a `_repr_html_()` method displays what that returns, as in Jupyter. A session gives back
// only the repr of a cell's last expression, so when the cell ends with an expression it
// runs with that expression kept in a hidden name, every line where it was (the expression
// only starts further right on its first line, which errors are corrected for); a second run
// asks that value for its HTML. Whenever the outcome could differ from the cell's as written
// (the last statement is no expression, the cell does not compile), the cell runs as written.

// The name the last value is kept under between two runs (deleted by the third).
const VALUE = '__edge_value__';

// Prints the value's HTML after a NUL, so that what _repr_html_() prints itself stays apart.
// A class is not asked (its _repr_html_ is an unbound function), as in IPython.
const ASK_HTML = `__edge_html__ = None
try:
    try:
        if not isinstance(${VALUE}, type) and hasattr(${VALUE}, "_repr_html_"):
            __edge_html__ = ${VALUE}._repr_html_()
    finally:
        del ${VALUE}
    if isinstance(__edge_html__, str):
        print("\\x00" + __edge_html__, end="")
finally:
    del __edge_html__
`;

const CONTINUES = /^(else|elif|except|finally)\b/;

/**
 * The index of the line where the last top-level statement of Python `source` starts
 * (-1 when there is none): a line at column 0, outside brackets, strings and backslash
 * continuations, that does not continue a compound statement (else, except, ...).
 */
export function lastStatementLine(source) {
    const lines = source.split('\n');
    let depth = 0;
    let quote = null; // the quote of the string that spans lines: ''' or """ (or ' " after a \)
    let continued = false;
    let last = -1;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (depth === 0 && !quote && !continued && /^[^\s#]/.test(line) && !CONTINUES.test(line)) last = i;
        continued = false;
        for (let j = 0; j < line.length; j++) {
            const c = line[j];
            if (quote) {
                if (c === '\\') j++;
                else if (line.startsWith(quote, j)) {
                    j += quote.length - 1;
                    quote = null;
                }
            } else if (c === '#') break;
            else if (c === '"' || c === "'") {
                quote = line.startsWith(c.repeat(3), j) ? c.repeat(3) : c;
                j += quote.length - 1;
            } else if ('([{'.includes(c)) depth++;
            else if (')]}'.includes(c)) depth = Math.max(depth - 1, 0);
            else if (c === '\\' && j === line.length - 1) continued = true;
        }
        // A one-quote string ends with its line, unless a backslash carries it on.
        if (quote?.length === 1 && !line.endsWith('\\')) quote = null;
    }
    return last;
}

// What the last expression is wrapped in: it stays the last expression statement (the
// session takes its repr as usual) and its value stays in VALUE.
const OPEN = `(${VALUE} := (`;
const CLOSE = '\n))\n';

/**
 * Runs the cell `source` in `session` (options `opts`, its file name among them) and resolves
 * to the run's result, with `html` (the last value's `_repr_html_()`, or null), `printed`
 * (what `_repr_html_()` printed) and `htmlError` (the error of a `_repr_html_()` that raised).
 * `setSink(stdout)` redirects stdout for a run (null: back to the cell).
 */
export async function runWithDisplay(session, source, opts, setSink) {
    const lines = source.split('\n');
    const at = lastStatementLine(source);
    const asWritten = async () => ({ ...(await session.run(source, opts)), html: null });
    if (at < 0) return asWritten();
    // Does the last statement compile both as an expression and as a statement (so that a
    // bare `x := 1` stays the error it is)? Compiled under `if False`, never run.
    const tail = lines.slice(at).join('\n');
    const indented = lines.slice(at).map((line) => `    ${line}`).join('\n');
    const probe = await session.run(`if False:\n    _ = (\n${tail}\n)\nif False:\n${indented}\n`, { ...opts, filename: '<probe>' });
    // (Stopped meanwhile: the cell does not run at all.)
    if (!probe.ok) return probe.error.type === 'KeyboardInterrupt' ? { ...probe, html: null } : asWritten();
    const wrapped = [...lines.slice(0, at), `${OPEN}${tail}${CLOSE}`].join('\n');
    const result = await session.run(wrapped, opts);
    // A syntax error means nothing ran: the cell as written says where it is.
    if (!result.ok && result.error.type === 'SyntaxError') return asWritten();
    if (!result.ok) return { ...unwrap(result, at + 1, opts.filename), html: null };
    let printed = '';
    setSink((text) => { printed += text; });
    let asked;
    try {
        asked = await session.run(ASK_HTML, { ...opts, filename: '<display>' });
    } finally {
        setSink(null);
    }
    const nul = printed.indexOf('\0');
    return {
        ...result,
        printed: nul < 0 ? printed : printed.slice(0, nul),
        html: nul < 0 ? null : printed.slice(nul + 1),
        htmlError: asked.ok ? null : asked.error,
    };
}

// The error of a run whose line `line` of `filename` began with OPEN, as the cell as written
// has it: the column back where it was, the line as written in the traceback.
function unwrap(result, line, filename) {
    const e = result.error;
    const text = e.text === undefined ? undefined : unwrapTraceback(e.text);
    const col = e.filename === filename && e.line === line && e.col > OPEN.length ? e.col - OPEN.length : e.col;
    return { ...result, error: { ...e, text, col } };
}

// A traceback's source line that began with OPEN loses it, and so do the marks under it
// (^ and ~ under what failed), which go when they underline the whole line, as a
// traceback shows them for the cell as written.
function unwrapTraceback(text) {
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        if (!lines[i].startsWith(`    ${OPEN}`)) continue;
        lines[i] = `    ${lines[i].slice(4 + OPEN.length)}`;
        const marks = /^ {4}( *)([~^]+)$/.exec(lines[i + 1] ?? '');
        if (!marks || marks[1].length < OPEN.length) continue;
        const indent = marks[1].slice(OPEN.length);
        const whole = indent === '' && !marks[2].includes('~') && marks[2].length === [...lines[i].slice(4)].length;
        if (whole) lines.splice(i + 1, 1);
        else lines[i + 1] = `    ${indent}${marks[2]}`;
    }
    return lines.join('\n');
}
