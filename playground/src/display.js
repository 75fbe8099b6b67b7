// display.js — runs a notebook cell so that its last value can show as HTML: an object with
// a `_repr_html_()` method displays what that returns, as in Jupyter. A session gives back
// only the repr of a cell's last expression, so the cell is run in two parts, in the same
// session, with the same file name and with every line where it was: the statements before
// the last one, then the last one, kept in a hidden name when it is an expression; a third
// run asks that value for its HTML. Whenever the split cannot be sure of the outcome (the
// last statement is no expression, the part before does not compile on its own) the cell
// runs whole, as written.

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

/**
 * Runs the cell `source` in `session` (options `opts`, its file name among them) and resolves
 * to the run's result, with `html` (the last value's `_repr_html_()`, or null) and `htmlError`
 * (the result of a `_repr_html_()` that raised). `setSink(stdout)` redirects stdout for a run
 * (null: back to the cell).
 */
export async function runWithDisplay(session, source, opts, setSink) {
    const lines = source.split('\n');
    const at = lastStatementLine(source);
    const tail = at < 0 ? '' : lines.slice(at).join('\n');
    // Does the last statement compile as an expression? (Compiled, never run.)
    const probe = at < 0 ? null : await session.run(`if False:\n    _ = (\n${tail}\n)\n`, { ...opts, filename: '<probe>' });
    if (!probe?.ok) return { ...(await session.run(source, opts)), html: null };
    if (at > 0) {
        // The statements before; `pass` keeps the repr of the last of them from being taken.
        const head = await session.run(`${lines.slice(0, at).join('\n')}\npass\n`, opts);
        if (!head.ok && head.error.type === 'SyntaxError') return { ...(await session.run(source, opts)), html: null };
        if (!head.ok) return { ...head, html: null };
    }
    // The last statement, on its own lines: after `at - 1` empty ones and the line that opens
    // the assignment; a statement on the first line moves down one, which is taken back below.
    const shift = at === 0 ? 1 : 0;
    const wrapped = `${'\n'.repeat(Math.max(at - 1, 0))}(${VALUE} := (\n${tail}\n))\n`;
    const result = shift ? unshift(await session.run(wrapped, opts), opts.filename) : await session.run(wrapped, opts);
    if (!result.ok) return { ...result, html: null };
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

// The result of a run whose source was moved down one line, with its error's line numbers
// in `filename` moved back up.
function unshift(result, filename) {
    if (result.ok) return result;
    const e = result.error;
    const esc = filename.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const text = e.text?.replace(new RegExp(`(File "${esc}", line )(\\d+)`, 'g'), (_, a, n) => `${a}${n - 1}`);
    return { ...result, error: { ...e, text, line: e.filename === filename && e.line > 1 ? e.line - 1 : e.line } };
}
