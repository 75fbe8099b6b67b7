// editor.js — CodeMirror 6 set up for Edge Python: Python highlighting, line numbers,
// Ctrl/Cmd+Enter to run, Tab to indent by the examples' 4 spaces (Escape then Tab leaves
// the editor, as CodeMirror documents for keyboard users), and the line of an error marked
// (line colour, a gutter marker and an underline from its column) until the text is edited.
// Its colours are CSS variables (playground.css), so it follows the page's light or dark theme.

import { basicSetup } from 'codemirror';
import { indentWithTab } from '@codemirror/commands';
import { HighlightStyle, indentUnit, syntaxHighlighting } from '@codemirror/language';
import { tags } from '@lezer/highlight';
import { python } from '@codemirror/lang-python';
import { EditorState, Prec, RangeSet, StateEffect, StateField } from '@codemirror/state';
import { Decoration, EditorView, GutterMarker, gutter, keymap } from '@codemirror/view';

const setError = StateEffect.define(); // { line, col } (1-based) or null to clear

const errorLine = Decoration.line({ class: 'cm-error-line', attributes: { 'data-error': 'true' } });
const errorMark = Decoration.mark({ class: 'cm-error-mark' });

class ErrorMarker extends GutterMarker {
    toDOM() {
        const el = document.createElement('span');
        el.textContent = '●';
        el.title = 'error';
        return el;
    }
}
const errorMarker = new ErrorMarker();

// The error's position, kept as a document offset so that it follows edits elsewhere.
const errorField = StateField.define({
    create: () => null,
    update(value, tr) {
        for (const effect of tr.effects) {
            if (!effect.is(setError)) continue;
            const err = effect.value;
            if (!err || err.line < 1 || err.line > tr.state.doc.lines) return null;
            const line = tr.state.doc.line(err.line);
            const from = Math.min(line.from + Math.max(err.col - 1, 0), line.to);
            return { line: line.from, from, to: line.to };
        }
        // Editing the text makes the mark stale: it goes away.
        return tr.docChanged ? null : value;
    },
    provide: (field) => [
        EditorView.decorations.from(field, (err) => {
            if (!err) return Decoration.none;
            const ranges = [errorLine.range(err.line)];
            if (err.to > err.from) ranges.push(errorMark.range(err.from, err.to));
            return Decoration.set(ranges);
        }),
    ],
});

const errorGutter = gutter({
    class: 'cm-error-gutter',
    markers: (view) => {
        const err = view.state.field(errorField);
        return err ? RangeSet.of([errorMarker.range(err.line)]) : RangeSet.empty;
    },
});

// The editor's colours, from the page's CSS variables: one theme for light and dark pages.
const theme = [
    EditorView.theme({
        '&': { color: 'var(--editor-fg)', backgroundColor: 'var(--editor-bg)' },
        '.cm-content': { caretColor: 'var(--editor-fg)' },
        '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--editor-fg)' },
        '.cm-gutters': { color: 'var(--muted)', backgroundColor: 'var(--gutter-bg)', borderRight: '1px solid var(--border)' },
        '.cm-activeLine': { backgroundColor: 'var(--active-line)' },
        '.cm-activeLineGutter': { backgroundColor: 'var(--active-line)' },
        '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground': { backgroundColor: 'var(--selection)' },
        '.cm-selectionMatch': { backgroundColor: 'var(--selection-match)' },
        '&.cm-focused .cm-matchingBracket': { backgroundColor: 'var(--selection-match)', outline: '1px solid var(--muted)' },
        '.cm-tooltip': { color: 'var(--fg)', backgroundColor: 'var(--panel-bg)', border: '1px solid var(--border)' },
        '.cm-tooltip-autocomplete ul li[aria-selected]': { color: 'var(--selected-fg)', backgroundColor: 'var(--selected-bg)' },
    }),
    syntaxHighlighting(HighlightStyle.define([
        { tag: [tags.keyword, tags.controlKeyword, tags.definitionKeyword, tags.moduleKeyword, tags.operatorKeyword], color: 'var(--tok-keyword)' },
        { tag: [tags.string, tags.special(tags.string)], color: 'var(--tok-string)' },
        { tag: [tags.number, tags.bool, tags.null, tags.atom], color: 'var(--tok-number)' },
        { tag: tags.comment, color: 'var(--tok-comment)', fontStyle: 'italic' },
        { tag: [tags.function(tags.definition(tags.variableName)), tags.definition(tags.className)], color: 'var(--tok-def)' },
        { tag: [tags.className, tags.standard(tags.variableName), tags.self], color: 'var(--tok-builtin)' },
        { tag: [tags.meta, tags.escape], color: 'var(--tok-meta)' },
        { tag: tags.invalid, color: 'var(--error)' },
        { tag: tags.heading, fontWeight: 'bold' },
        { tag: tags.emphasis, fontStyle: 'italic' },
        { tag: tags.strong, fontWeight: 'bold' },
    ])),
];

// The indent unit of the examples and of PEP 8; CodeMirror's default is 2 spaces.
const INDENT = '    ';

/**
 * Creates an editor in `parent` holding `doc`. `onRun` is called on Ctrl/Cmd+Enter
 * (and Shift+Enter when `shiftEnter` is set, as in notebook cells, where Ctrl/Cmd+Enter calls
 * `onRunHere` and Alt+Enter `onRunInsert` when given), `onChange` after each change of the
 * text; `onEscape`, when given, takes Escape (a notebook's command mode); `plain` drops
 * Python highlighting (markdown cells), `minimal` the error gutter; `label` names the text
 * for screen readers; `extensions` adds CodeMirror extensions (Step mode's, step-editor.js).
 */
export function createEditor(parent, doc, { onRun, onRunHere, onRunInsert, onEscape, onChange, shiftEnter = false, plain = false, minimal = false, label = 'Code', extensions = [] } = {}) {
    const keys = [
        { key: 'Mod-Enter', run: () => ((onRunHere ?? onRun)?.(), true) },
        // Escape arms the tab-focus mode even when it also closes the completion list
        // (CodeMirror arms it only for an Escape no key binding took), so one Escape then
        // Tab always leaves. Returning false lets the other Escape bindings run.
        { key: 'Escape', run: (view) => (onEscape ? (onEscape(), true) : (view.setTabFocusMode(2000), false)) },
    ];
    if (shiftEnter) keys.push({ key: 'Shift-Enter', run: () => (onRun?.(), true) });
    if (onRunInsert) keys.push({ key: 'Alt-Enter', run: () => (onRunInsert(), true) });
    return new EditorView({
        parent,
        state: EditorState.create({
            doc,
            extensions: [
                Prec.highest(keymap.of(keys)),
                extensions,
                minimal ? [] : errorGutter,
                basicSetup,
                theme,
                EditorView.contentAttributes.of({ 'aria-label': label }),
                // Tab indents instead of leaving the editor; Escape then Tab still leaves
                // (EditorView's tab-focus mode, which Escape turns on for two seconds).
                keymap.of([indentWithTab]),
                indentUnit.of(INDENT),
                plain ? [] : python(),
                errorField,
                EditorView.lineWrapping,
                onChange ? EditorView.updateListener.of((update) => { if (update.docChanged) onChange(update); }) : [],
            ],
        }),
    });
}

/** Marks the error at `line` and `col` (1-based; a line of 0 marks nothing). */
export function markError(view, line, col) {
    view.dispatch({ effects: setError.of(line > 0 ? { line, col } : null) });
    if (line > 0 && line <= view.state.doc.lines) {
        view.dispatch({ effects: EditorView.scrollIntoView(view.state.doc.line(line).from, { y: 'center' }) });
    }
}

export function clearError(view) {
    view.dispatch({ effects: setError.of(null) });
}

export function getText(view) {
    return view.state.doc.toString();
}

export function setText(view, text) {
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, effects: setError.of(null) });
}
