// diagnostics.js — the errors the module host finds itself (a missing module, a failed
// hash, a cycle), as run() results that read like the VM's own diagnostics: the message,
// any notes, and the import statement with a caret under its spec.

// Where an import statement names `spec`: the column of the spec itself (its opening
// quote for a string) and its width, in code points. `col` is where the statement's
// import starts ("from" or the name), as edge_list_imports reports it.
function locate(source, line, col, spec) {
    const text = (String(source).split('\n')[line - 1] ?? '').replace(/\r$/, '');
    const chars = Array.from(text);
    const start = Math.max(col - 1, 0);
    const rest = chars.slice(start).join('');
    for (const needle of [`"${spec}"`, `'${spec}'`, spec]) {
        const i = rest.indexOf(needle);
        if (i >= 0) return { col: start + Array.from(rest.slice(0, i)).length + 1, width: Array.from(needle).length };
    }
    return { col, width: 1 };
}

// A run() error result for a problem the host found, reading like the VM's diagnostics:
// "error: <message>", any notes, then where: `at` is { filename, text (the file), line,
// col, width }. `kind` other than 'error' heads the text as the VM does ("SyntaxError:").
export function failure(message, notes = [], at = null, kind = 'error') {
    const lines = [`${kind}: ${message}`, ...notes];
    if (at) {
        const text = (String(at.text ?? '').split('\n')[at.line - 1] ?? '').replace(/\r$/, '');
        const num = String(at.line);
        const pad = ' '.repeat(num.length + 1);
        const lead = Array.from(text).slice(0, at.col - 1).map((c) => (c === '\t' ? '\t' : ' ')).join('');
        lines.push(`   --> ${at.filename}:${at.line}:${at.col}`, `${pad} |`, ` ${num} | ${text}`, `${pad} | ${lead}${'^'.repeat(at.width ?? 1)}`);
    }
    const error = {
        type: kind === 'error' ? 'ImportError' : kind,
        message,
        filename: at?.filename ?? '',
        line: at?.line ?? 0,
        col: at?.col ?? 0,
        text: lines.join('\n') + '\n',
    };
    return { ok: false, error };
}

// Where an import statement (a site: { importer, spec, line, col }) names its spec.
function siteLocation(site) {
    if (!site) return null;
    const { col, width } = locate(site.importer.source ?? '', site.line, site.col, site.spec);
    return { filename: site.importer.key, text: site.importer.source, line: site.line, col, width };
}

// Thrown inside the resolver, turned into a result at the top.
export class ModuleError extends Error {
    constructor(result) {
        super(result.error.message);
        this.result = result;
    }
}

export const fail = (message, notes, site) => new ModuleError(failure(message, notes, siteLocation(site)));
