// markdown.js — what the notebook shows as HTML: Markdown cells (marked, GitHub-flavoured:
// tables, images, inline code, links) with LaTeX math ($…$ inline, $$…$$ displayed, drawn by
// KaTeX), and the HTML a notebook's outputs carry. Everything goes through DOMPurify before
// it reaches the page: no script, no event handler, no javascript: URL survives.

import DOMPurify from 'dompurify';
import katex from 'katex';
import { Marked } from 'marked';

// KaTeX's MathML (for screen readers) wraps the formula in <semantics> with its TeX source in
// <annotation>; DOMPurify drops those two by default, which would read the TeX aloud twice.
const PURIFY = {
    ADD_TAGS: ['semantics', 'annotation'],
    ADD_ATTR: ['encoding'],
    // A <style> would restyle the whole page, a <form> post somewhere; outputs need neither.
    FORBID_TAGS: ['style', 'form'],
};

// Links open in a new tab, so a click in a notebook never loses its work.
DOMPurify.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A' && node.hasAttribute('href')) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
    }
});

/** `html` with anything that could run code removed. */
export function sanitize(html) {
    return DOMPurify.sanitize(html, PURIFY);
}

/** The KaTeX HTML for `tex` (a formula that does not parse shows as its source, in red). */
export function renderTex(tex, display = false) {
    return katex.renderToString(tex, { displayMode: display, throwOnError: false, output: 'htmlAndMathml' });
}

// Math as Jupyter writes it. A `$` opens inline math only when a non-space follows it, and
// closes it only after a non-space and before no digit, so that "costs $5 and $6" stays text
// (the rule pandoc and Jupyter follow). `\$` is a dollar sign.
const INLINE_MATH = /^\$(?!\s)((?:\\.|[^\\$\n])+?)(?<!\s)\$(?!\d)/;
const INLINE_DISPLAY = /^\$\$((?:\\.|[^\\$])+?)\$\$/;
const BLOCK_MATH = /^ {0,3}\$\$((?:\\.|[^\\$])+?)\$\$[ \t]*(?:\n|$)/;

// The first `$` not escaped by a backslash, where inline math may start.
const dollar = (src) => {
    for (let i = src.indexOf('$'); i !== -1; i = src.indexOf('$', i + 1)) {
        let slashes = 0;
        while (src[i - 1 - slashes] === '\\') slashes++;
        if (slashes % 2 === 0) return i;
    }
    return undefined;
};

const mathExtensions = [
    {
        name: 'blockMath',
        level: 'block',
        start: (src) => src.match(/^ {0,3}\$\$/m)?.index,
        tokenizer(src) {
            const m = BLOCK_MATH.exec(src);
            if (m) return { type: 'blockMath', raw: m[0], tex: m[1].trim() };
        },
        renderer: (token) => `<div class="math-display">${renderTex(token.tex, true)}</div>\n`,
    },
    {
        name: 'inlineMath',
        level: 'inline',
        start: dollar,
        tokenizer(src) {
            let m = INLINE_DISPLAY.exec(src);
            if (m) return { type: 'inlineMath', raw: m[0], tex: m[1].trim(), display: true };
            m = INLINE_MATH.exec(src);
            if (m) return { type: 'inlineMath', raw: m[0], tex: m[1], display: false };
        },
        renderer: (token) => renderTex(token.tex, token.display),
    },
];

// One parser for all cells; `attachments` is the cell being rendered's (set around parse).
let attachments = null;
const marked = new Marked({
    gfm: true,
    extensions: mathExtensions,
    // `![plot](attachment:plot.png)` shows the image the cell carries in its attachments.
    walkTokens(token) {
        if (token.type !== 'image' || !token.href?.startsWith('attachment:')) return;
        const bundle = attachments?.[decodeURIComponent(token.href.slice('attachment:'.length))];
        const mime = bundle && Object.keys(bundle).find((m) => m.startsWith('image/'));
        if (mime) token.href = dataUrl(mime, bundle[mime]);
    },
});

/** A data: URL for an image of type `mime` as a notebook stores it (base64, or SVG text). */
export function dataUrl(mime, data) {
    const text = Array.isArray(data) ? data.join('') : String(data);
    if (mime === 'image/svg+xml') return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
    return `data:${mime};base64,${text.replace(/\s+/g, '')}`;
}

/**
 * The sanitized HTML for the Markdown `source`; `cellAttachments` is the cell's
 * `attachments` ({ name: { mime: data } }), which `attachment:name` images refer to.
 */
export function renderMarkdown(source, cellAttachments = null) {
    attachments = cellAttachments;
    try {
        return sanitize(marked.parse(source));
    } finally {
        attachments = null;
    }
}
