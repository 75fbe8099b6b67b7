// draw-objects.js — a paused program's variables and objects drawn as a learner reads them:
// the chosen frame's variables in a table, numbers, bools, None and strings written in
// place, and every other object once, as a box (a list's cells with their indexes, a
// dict's keys and values, an instance's attributes, a function's name), with an arrow from
// each reference to the box. Boxes stand in columns by how far they are from the frame
// (what a variable refers to, then what that refers to, ...). The data is what
// edge_trace_state gives (src/trace.c), through web/stepper.js.

const SVG = 'http://www.w3.org/2000/svg';
let drawings = 0; // each drawing's arrowhead gets an id of its own

const el = (tag, cls, text) => {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
};

// A value in a cell: its repr, or a dot an arrow starts from.
function valueCell(value, refs) {
    if (value.ref) {
        const dot = el('span', 'ref-dot', '●');
        dot.dataset.ref = value.ref;
        refs.push(dot);
        return dot;
    }
    const span = el('span', `prim prim-${value.type}`, value.repr);
    span.title = value.type;
    return span;
}

function objectBox(id, obj, refs) {
    const box = el('div', `obj obj-${obj.kind}`);
    box.dataset.id = id;
    const title = obj.kind === 'instance' ? `${obj.type} instance` : obj.kind === 'class' ? `class ${obj.name}` : obj.type;
    box.append(el('div', 'obj-type', title));
    if (obj.kind === 'list' || obj.kind === 'tuple' || obj.kind === 'set') {
        const row = el('div', 'obj-items');
        obj.items.forEach((item, i) => {
            const cell = el('div', 'obj-item');
            if (obj.kind !== 'set') cell.append(el('div', 'obj-index', String(i)));
            const v = el('div', 'obj-value');
            v.append(valueCell(item, refs));
            cell.append(v);
            row.append(cell);
        });
        if (obj.items.length === 0) row.append(el('div', 'obj-empty', 'empty'));
        if (obj.more) row.append(el('div', 'obj-more', `… ${obj.more} more`));
        box.append(row);
    } else if (obj.kind === 'dict' || obj.kind === 'instance' || obj.kind === 'class') {
        const table = el('table', 'obj-table');
        const pairs = obj.kind === 'dict' ? obj.entries : obj.attrs.map(([name, v]) => [{ name }, v]);
        for (const [key, value] of pairs) {
            const tr = el('tr');
            const k = el('td', 'obj-key');
            k.append(key.name !== undefined ? el('span', 'attr-name', key.name) : valueCell(key, refs));
            const v = el('td', 'obj-value');
            v.append(valueCell(value, refs));
            tr.append(k, v);
            table.append(tr);
        }
        if (pairs.length === 0) box.append(el('div', 'obj-empty', 'empty'));
        else box.append(table);
        if (obj.more) box.append(el('div', 'obj-more', `… ${obj.more} more`));
    } else if (obj.kind === 'function') {
        box.append(el('div', 'obj-repr', `${obj.name}(${obj.params.join(', ')})`));
    } else {
        box.append(el('div', 'obj-repr', obj.repr));
    }
    return box;
}

// The ids a value list refers to, in order.
function referred(values) {
    return values.filter((v) => v?.ref).map((v) => v.ref);
}

function children(obj) {
    if (!obj) return [];
    if (obj.items) return referred(obj.items);
    if (obj.entries) return referred(obj.entries.flat());
    if (obj.attrs) return referred(obj.attrs.map(([, v]) => v));
    return [];
}

/**
 * Draws frame `frameIndex` of `state` into `root` (emptied first): its variables and the
 * objects they reach. Returns a function that redraws the arrows (after a resize).
 */
export function drawFrame(root, state, frameIndex) {
    root.textContent = '';
    const frame = state.frames[frameIndex];
    if (!frame) return () => {};
    const refs = [];
    const canvas = el('div', 'heap');
    const varsBox = el('div', 'frame-vars');
    const heading = el('div', 'frame-title', frame.name === '<module>' ? 'Global variables' : `${frame.name}: local variables`);
    varsBox.append(heading);
    const table = el('table', 'vars');
    for (const [name, value] of frame.locals) {
        const tr = el('tr');
        tr.dataset.name = name;
        const v = el('td', 'var-value');
        v.append(valueCell(value, refs));
        tr.append(el('td', 'var-name', name), v);
        table.append(tr);
    }
    if (frame.locals.length === 0) varsBox.append(el('div', 'obj-empty', 'no variables yet'));
    else varsBox.append(table);
    canvas.append(varsBox);

    // Columns by distance from the frame: each object once, in its first column.
    const placed = new Set();
    let level = referred(frame.locals.map(([, v]) => v));
    while (level.length) {
        const column = el('div', 'heap-column');
        const next = [];
        for (const id of level) {
            if (placed.has(id)) continue;
            placed.add(id);
            const obj = state.objects[id];
            column.append(obj ? objectBox(id, obj, refs) : Object.assign(el('div', 'obj obj-other', '…'), { title: 'not shown: too many objects' }));
            if (obj) next.push(...children(obj));
            if (!obj) column.lastChild.dataset.id = id;
        }
        if (column.childElementCount) canvas.append(column);
        level = next.filter((id) => !placed.has(id));
    }
    if (state.truncated) canvas.append(el('div', 'obj-more', 'more objects than are drawn'));

    const svg = document.createElementNS(SVG, 'svg');
    svg.classList.add('arrows');
    const head = `arrowhead-${++drawings}`;
    svg.innerHTML = `<defs><marker id="${head}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z"/></marker></defs>`;
    root.append(canvas);
    canvas.append(svg);

    const drawArrows = () => {
        for (const path of svg.querySelectorAll('path.arrow')) path.remove();
        const origin = canvas.getBoundingClientRect();
        svg.setAttribute('width', String(canvas.scrollWidth));
        svg.setAttribute('height', String(canvas.scrollHeight));
        for (const dot of refs) {
            const target = canvas.querySelector(`.obj[data-id="${dot.dataset.ref}"]`);
            if (!target) continue;
            const a = dot.getBoundingClientRect();
            const b = target.getBoundingClientRect();
            const x1 = a.left + a.width / 2 - origin.left + canvas.scrollLeft;
            const y1 = a.top + a.height / 2 - origin.top + canvas.scrollTop;
            // To the box's left edge, or its top when the box is not to the right.
            const right = b.left - origin.left + canvas.scrollLeft > x1;
            const x2 = (right ? b.left : b.left + Math.min(b.width / 2, 24)) - origin.left + canvas.scrollLeft;
            const y2 = (right ? b.top + 12 : b.top) - origin.top + canvas.scrollTop;
            const path = document.createElementNS(SVG, 'path');
            path.classList.add('arrow');
            const dx = Math.max(Math.abs(x2 - x1) / 2, 30);
            path.setAttribute('d', right
                ? `M${x1},${y1} C${x1 + dx},${y1} ${x2 - dx},${y2} ${x2},${y2}`
                : `M${x1},${y1} C${x1 + dx},${y1 - 40} ${x2},${y2 - 40} ${x2},${y2}`);
            path.setAttribute('marker-end', `url(#${head})`);
            svg.append(path);
        }
    };
    requestAnimationFrame(drawArrows);
    return drawArrows;
}
