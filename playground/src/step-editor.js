// step-editor.js — what an editor shows for Step mode (stepper.js): breakpoints, set and
// cleared by a click in their gutter (a dot), and the line the stepped program is at (a
// coloured line and an arrow; another colour for a step looked back at with the slider).
// Both are kept as document positions, so they follow edits elsewhere in the text.

import { Compartment, EditorState, RangeSet, StateEffect, StateField } from '@codemirror/state';
import { Decoration, EditorView, GutterMarker, gutter } from '@codemirror/view';

const toggleBreakpoint = StateEffect.define(); // a line's start offset
const setStepLine = StateEffect.define(); // { line, past } (line 1-based) or null

class Marker extends GutterMarker {
    constructor(text, cls, title) {
        super();
        this.text = text;
        this.cls = cls;
        this.title = title;
    }

    eq(other) {
        return other.text === this.text && other.cls === this.cls;
    }

    toDOM() {
        const el = document.createElement('span');
        el.textContent = this.text;
        el.className = this.cls;
        el.title = this.title;
        return el;
    }
}
const breakpointMarker = new Marker('●', 'cm-breakpoint', 'breakpoint (click to remove)');
const spacerMarker = new Marker('●', 'cm-breakpoint-spacer', '');
const hereMarker = new Marker('➜', 'cm-step-arrow', 'the line that runs next');
const pastMarker = new Marker('➜', 'cm-step-arrow past', 'the line of the step shown');

const breakpointField = StateField.define({
    create: () => RangeSet.empty,
    update(set, tr) {
        set = set.map(tr.changes);
        for (const effect of tr.effects) {
            if (!effect.is(toggleBreakpoint)) continue;
            const at = effect.value;
            let on = false;
            set.between(at, at, () => { on = true; });
            set = on ? set.update({ filter: (from) => from !== at }) : set.update({ add: [breakpointMarker.range(at)], sort: true });
        }
        return set;
    },
});

const stepField = StateField.define({
    create: () => null,
    update(value, tr) {
        for (const effect of tr.effects) {
            if (!effect.is(setStepLine)) continue;
            const step = effect.value;
            if (!step || step.line < 1 || step.line > tr.state.doc.lines) return null;
            return { from: tr.state.doc.line(step.line).from, past: step.past };
        }
        return value && tr.docChanged ? { ...value, from: tr.changes.mapPos(value.from) } : value;
    },
    provide: (field) => EditorView.decorations.from(field, (step) => (step
        ? Decoration.set([Decoration.line({ class: step.past ? 'cm-step-line past' : 'cm-step-line', attributes: { 'data-step-line': 'true' } }).range(step.from)])
        : Decoration.none)),
});

const stepGutter = gutter({
    class: 'cm-step-gutter',
    markers: (view) => {
        const step = view.state.field(stepField);
        const set = view.state.field(breakpointField);
        if (!step) return set;
        // The arrow takes the place of a breakpoint's dot on its line.
        return set.update({ filter: (from) => from !== step.from, add: [(step.past ? pastMarker : hereMarker).range(step.from)], sort: true });
    },
    initialSpacer: () => spacerMarker,
    renderEmptyElements: true, // every line's cell takes a click
    domEventHandlers: {
        mousedown(view, line) {
            view.dispatch({ effects: toggleBreakpoint.of(line.from) });
            return true;
        },
    },
});

// While a program is stepped through, its text cannot change under it.
const readOnly = new Compartment();

/** The extensions of an editor that can be stepped through; `onChange` after a breakpoint change. */
export function stepExtensions(onChange = () => {}) {
    return [
        readOnly.of([]),
        breakpointField,
        stepField,
        stepGutter,
        EditorView.updateListener.of((update) => {
            if (update.transactions.some((tr) => tr.effects.some((e) => e.is(toggleBreakpoint)))) onChange();
        }),
    ];
}

/** The lines (1-based) that have a breakpoint. */
export function breakpoints(view) {
    const lines = [];
    const set = view.state.field(breakpointField, false);
    set?.between(0, view.state.doc.length, (from) => { lines.push(view.state.doc.lineAt(from).number); });
    return lines;
}

/** Sets the breakpoint of `line` (1-based), or clears the one it has. */
export function toggleBreakpointAt(view, line) {
    view.dispatch({ effects: toggleBreakpoint.of(view.state.doc.line(line).from) });
}

/** Makes the text read-only (while it is stepped through), or editable again. */
export function lockText(view, locked) {
    view.dispatch({ effects: readOnly.reconfigure(locked ? [EditorState.readOnly.of(true), EditorView.editable.of(false)] : []) });
}

/** Shows `line` as the stepped program's (null: none); `past` for a step looked back at. */
export function showStepLine(view, line, past = false) {
    view.dispatch({ effects: setStepLine.of(line ? { line, past } : null) });
    if (line > 0 && line <= view.state.doc.lines) {
        view.dispatch({ effects: EditorView.scrollIntoView(view.state.doc.line(line).from, { y: 'nearest' }) });
    }
}
