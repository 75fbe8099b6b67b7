// console.js — an output console: stdout text, stderr in its own colour, and input() lines
// answered in an inline field that appears where the program is waiting.

export class Console {
    /** `el` is the element the output goes into (a <pre>). */
    constructor(el) {
        this.el = el;
        this.pending = null; // the input() being answered: { field, resolve }
    }

    clear() {
        this.cancelInput();
        this.el.textContent = '';
    }

    /** Appends `text`, in the stderr colour when `cls` is "stderr". */
    write(text, cls = null) {
        if (!text) return;
        const last = this.el.lastChild;
        // Consecutive chunks of one kind share one node, so a long run stays cheap.
        if (!cls && last?.nodeType === Node.TEXT_NODE) last.appendData(text);
        else if (cls && last?.nodeType === Node.ELEMENT_NODE && last.className === cls) last.append(text);
        else if (cls) {
            const span = document.createElement('span');
            span.className = cls;
            span.textContent = text;
            this.el.append(span);
        } else this.el.append(text);
        this.el.scrollTop = this.el.scrollHeight;
    }

    /** Writes `text` on a line of its own. */
    line(text, cls = null) {
        const out = this.el.textContent;
        this.write((out && !out.endsWith('\n') ? '\n' : '') + text + '\n', cls);
    }

    /**
     * The stdin callback: shows a field after the prompt the program printed and resolves
     * to the line typed there once Enter is pressed.
     */
    readLine() {
        this.cancelInput();
        return new Promise((resolve) => {
            const field = document.createElement('input');
            field.className = 'stdin-field';
            field.setAttribute('aria-label', 'Program input');
            field.autocomplete = 'off';
            field.addEventListener('keydown', (event) => {
                if (event.key !== 'Enter') return;
                event.preventDefault();
                const value = field.value;
                field.remove();
                this.pending = null;
                this.write(value, 'stdin-echo');
                this.write('\n');
                resolve(value);
            });
            this.pending = { field, resolve };
            this.el.append(field);
            this.el.scrollTop = this.el.scrollHeight;
            field.focus();
        });
    }

    /** Removes a field still waiting (the run ended or was stopped); input() sees EOF. */
    cancelInput() {
        if (!this.pending) return;
        this.pending.field.remove();
        this.pending.resolve(null);
        this.pending = null;
    }
}
