// ipynb.js — Jupyter .ipynb files (nbformat 4) read and written without losing what they
// hold: the notebook's metadata and format version as found, each cell's id, metadata,
// attachments and any other field, raw cells, every output as it was (all mime types), and
// each source in the form it had (one string, or a list of lines). The text written is what
// Jupyter writes (keys sorted, one space of indent), so a notebook opened and saved back
// differs only where it was changed.

/** The metadata of a notebook made here (a notebook opened from a file keeps its own). */
export const NEW_METADATA = {
    kernelspec: { name: 'edge-python', display_name: 'Edge Python', language: 'python' },
    language_info: { name: 'python', file_extension: '.py', mimetype: 'text/x-python' },
};

export const joinSource = (s) => (Array.isArray(s) ? s.join('') : s ?? '');
export const splitLines = (s) => (s ? s.split(/(?<=\n)/) : []);

// Outputs made here, by running a cell: written as Jupyter writes them (multi-line text as a
// list of lines). Outputs read from a file are written back as they were.
const fresh = new WeakSet();

/** Marks `output` (an nbformat output object) as made here; returns it. */
export function freshOutput(output) {
    fresh.add(output);
    return output;
}

// The mime types whose text nbformat splits into lines (its `split_lines`).
const isLineMime = (mime) => mime.startsWith('text/') || mime === 'image/svg+xml' || mime === 'application/javascript';

function savedOutput(o) {
    if (!fresh.has(o)) return o;
    if (o.output_type === 'stream') return { ...o, text: splitLines(joinSource(o.text)) };
    if (o.data) {
        const data = {};
        for (const [mime, value] of Object.entries(o.data)) data[mime] = isLineMime(mime) && typeof value === 'string' ? splitLines(value) : value;
        return { ...o, data };
    }
    return o;
}

const CELL_TYPES = new Set(['code', 'markdown', 'raw']);

/**
 * Reads .ipynb text into { cells, notebook }: cells as [{ type, source, form, outputs, count,
 * extra }] (`form` 'list' or 'string', `extra` every other field: id, metadata, attachments,
 * ...), `notebook` the rest of the file (metadata, nbformat_minor, ...). Throws on text that
 * is not an nbformat 4 notebook.
 */
export function readIpynb(text) {
    const nb = JSON.parse(text);
    if (!nb || nb.nbformat !== 4 || !Array.isArray(nb.cells)) throw new Error('not an nbformat 4 notebook');
    const { cells, ...notebook } = nb;
    return {
        notebook,
        cells: cells.map((c) => {
            const { cell_type: cellType, source, outputs, execution_count: count, ...extra } = c;
            const type = CELL_TYPES.has(cellType) ? cellType : 'raw';
            return {
                type,
                source: joinSource(source),
                form: typeof source === 'string' ? 'string' : 'list',
                outputs: type === 'code' && Array.isArray(outputs) ? outputs : [],
                count: typeof count === 'number' ? count : null,
                extra,
            };
        }),
    };
}

/**
 * Writes a notebook as .ipynb text: `cells` as readIpynb gives them, `notebook` the fields
 * besides the cells (null for a notebook made here: nbformat 4.5 and NEW_METADATA).
 */
export function writeIpynb(cells, notebook = null) {
    const nb = {
        ...(notebook ?? { metadata: NEW_METADATA, nbformat: 4, nbformat_minor: 5 }),
        cells: cells.map((c) => {
            const cell = { ...c.extra, cell_type: c.type, source: c.form === 'string' ? c.source : splitLines(c.source) };
            cell.metadata ??= {};
            if (c.type === 'code') {
                cell.execution_count = c.count;
                cell.outputs = c.outputs.map(savedOutput);
            }
            return cell;
        }),
    };
    return `${JSON.stringify(sorted(nb), null, 1)}\n`;
}

// `value` with the keys of every object in sorted order (Jupyter writes with sort_keys).
function sorted(value) {
    if (Array.isArray(value)) return value.map(sorted);
    if (!value || typeof value !== 'object') return value;
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sorted(value[k])]));
}
