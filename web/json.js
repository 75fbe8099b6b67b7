// json.js — the one reader of the host's JSON files (packages.json, packages.lock.json,
// bundles): strict JSON (RFC 8259), every value with its place in the text, and an object
// that names a key twice is an error. JSON.parse keeps the last of two keys silently, and
// "m" and "\u006d" are the same key once unescaped: two readers of one file could then
// disagree on what it says.

/** A file that is not JSON, or not JSON this reader takes: `pos` is the offset of the fault. */
export class JsonError extends Error {
    constructor(message, pos) {
        super(message);
        this.pos = pos;
    }
}

// Arrays and objects nested deeper than this are refused rather than parsed by recursion
// until the stack runs out: no file of the host's needs more than a few levels.
const MAX_DEPTH = 256;

const ESCAPES = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

// The characters a string holds as they are: all but the quote, the backslash and controls.
const plain = /[^"\\\x00-\x1f]*/y;

/**
 * Parses `text` into a tree of nodes, each { type, start, end } (offsets into text) with
 * `value` for a string, number, boolean or null, `items` (nodes) for an array and
 * `entries` ([key node, value node]) for an object. Throws a JsonError.
 */
export function parseJsonTree(text) {
    let p = text.charCodeAt(0) === 0xfeff ? 1 : 0; // a byte-order mark some editors write
    const space = () => {
        while (p < text.length && ' \t\n\r'.includes(text[p])) p++;
    };
    const fault = (what) => {
        throw new JsonError(p >= text.length ? 'unexpected end of JSON' : `invalid JSON: ${what}`, p);
    };
    const string = () => {
        const start = p++;
        let out = '';
        for (;;) {
            plain.lastIndex = p;
            plain.test(text);
            out += text.slice(p, plain.lastIndex);
            p = plain.lastIndex;
            if (p >= text.length) fault('');
            const c = text[p];
            if (c === '"') break;
            if (c < ' ') fault('a control character in a string (write it as an escape)');
            const e = text[p + 1];
            if (e === 'u') {
                const hex = text.slice(p + 2, p + 6);
                if (!/^[0-9a-fA-F]{4}$/.test(hex)) {
                    p++;
                    fault('\\u needs four hex digits');
                }
                out += String.fromCharCode(parseInt(hex, 16));
                p += 6;
            } else if (e !== undefined && Object.hasOwn(ESCAPES, e)) {
                out += ESCAPES[e];
                p += 2;
            } else {
                p++;
                fault(`invalid escape '\\${e ?? ''}'`);
            }
        }
        p++;
        return { type: 'string', value: out, start, end: p };
    };
    const value = (depth) => {
        space();
        const start = p;
        const c = text[p];
        if (c === '"') return string();
        if (c === '{' || c === '[') {
            if (depth >= MAX_DEPTH) fault(`nested more than ${MAX_DEPTH} levels deep`);
            p++;
            space();
            const close = c === '{' ? '}' : ']';
            const node = c === '{' ? { type: 'object', entries: [], start } : { type: 'array', items: [], start };
            const seen = new Map(); // key → its node
            if (text[p] === close) {
                p++;
                node.end = p;
                return node;
            }
            for (;;) {
                if (c === '{') {
                    space();
                    if (text[p] !== '"') fault('expected a key in double quotes');
                    const key = string();
                    const first = seen.get(key.value);
                    if (first) {
                        const { line, col } = jsonPosition(text, first.start);
                        throw new JsonError(`duplicate key ${JSON.stringify(key.value)} (first at line ${line}, column ${col})`, key.start);
                    }
                    seen.set(key.value, key);
                    space();
                    if (text[p] !== ':') fault("expected ':' after the key");
                    p++;
                    node.entries.push([key, value(depth + 1)]);
                } else {
                    node.items.push(value(depth + 1));
                }
                space();
                if (text[p] === ',') {
                    p++;
                    continue;
                }
                if (text[p] === close) {
                    p++;
                    node.end = p;
                    return node;
                }
                fault(`expected ',' or '${close}'`);
            }
        }
        const number = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/y;
        number.lastIndex = 0;
        const rest = text.slice(p, p + 400);
        const m = /^[-0-9]/.test(rest) ? number.exec(rest) : null;
        if (m) {
            p += m[0].length;
            return { type: 'number', value: Number(m[0]), start, end: p };
        }
        for (const [word, v] of [['true', true], ['false', false], ['null', null]]) {
            if (text.startsWith(word, p)) {
                p += word.length;
                return { type: v === null ? 'null' : 'boolean', value: v, start, end: p };
            }
        }
        fault(c === undefined ? '' : `unexpected ${JSON.stringify(String.fromCodePoint(text.codePointAt(p)))}`);
    };
    const root = value(0);
    space();
    if (p < text.length) fault('text after the end of the value');
    return root;
}

/** A node of parseJsonTree as the plain value JSON.parse would give (keys are unique). */
export function plainJson(node) {
    if (node.type === 'array') return node.items.map(plainJson);
    if (node.type === 'object') {
        const out = {};
        for (const [key, value] of node.entries) {
            Object.defineProperty(out, key.value, { value: plainJson(value), enumerable: true, writable: true, configurable: true });
        }
        return out;
    }
    return node.value;
}

/** Parses `text` as JSON.parse does, but strictly (parseJsonTree). Throws a JsonError. */
export const parseJson = (text) => plainJson(parseJsonTree(text));

/** The line and column (1-based, in code points) of offset `pos` in `text`. */
export function jsonPosition(text, pos) {
    const before = text.slice(0, pos).split('\n');
    return { line: before.length, col: Array.from(before.at(-1)).length + 1 };
}
