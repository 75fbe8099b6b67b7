// markdown.js — a small Markdown renderer for notebook cells: headings, paragraphs, lists,
// fenced code, inline code, bold, italic and http(s) links. All text is escaped first.

const escape = (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function inline(text) {
    return escape(text)
        .replace(/`([^`]+)`/g, '<code>$1</code>')
        .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
        .replace(/(^|[^*])\*([^*\s][^*]*)\*/g, '$1<em>$2</em>')
        .replace(/\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g, '<a href="$2" target="_blank" rel="noopener">$1</a>');
}

/** The HTML for Markdown `source`. */
export function renderMarkdown(source) {
    const out = [];
    const lines = source.split('\n');
    let para = [];
    let list = null;
    const flush = () => {
        if (para.length) out.push(`<p>${inline(para.join(' '))}</p>`);
        para = [];
        if (list) out.push(`<${list.tag}>${list.items.map((i) => `<li>${inline(i)}</li>`).join('')}</${list.tag}>`);
        list = null;
    };
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        let m;
        if (line.startsWith('```')) {
            flush();
            const code = [];
            while (++i < lines.length && !lines[i].startsWith('```')) code.push(lines[i]);
            out.push(`<pre><code>${escape(code.join('\n'))}</code></pre>`);
        } else if ((m = /^(#{1,6})\s+(.*)$/.exec(line))) {
            flush();
            out.push(`<h${m[1].length}>${inline(m[2])}</h${m[1].length}>`);
        } else if ((m = /^\s*(?:([-*+])|\d+[.)])\s+(.*)$/.exec(line))) {
            const tag = m[1] ? 'ul' : 'ol';
            if (para.length || (list && list.tag !== tag)) flush();
            list ??= { tag, items: [] };
            list.items.push(m[2]);
        } else if (!line.trim()) flush();
        else {
            if (list) flush();
            para.push(line.trim());
        }
    }
    flush();
    return out.join('\n');
}
