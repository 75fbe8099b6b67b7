// console.js — an output console: stdout text, stderr in its own colour, and input() lines
// answered in an inline field that appears where the program is waiting. Output is drawn
// at most once an animation frame and only its last lines are kept (a note at the top says
// how many went), so a program that prints without end costs the page one layout a frame
// of a bounded text, and the page stays free to take a click on Stop.

/** Lines a console keeps by default: the tail a reader scrolls back through. */
export const MAX_LINES = 10_000;

// A console writes into a page that is hidden (a background tab) gets no animation
// frames; a timer draws what waits there instead, now and then.
const FALLBACK_MS = 250;

// How close to the bottom (px) the view must be for new output to scroll it: a reader
// who scrolled up to read stays where they are.
const FOLLOW_SLACK = 40;

const newlines = (text) => {
    let n = 0;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
    return n;
};

// The offset just past the `n`-th newline of `text` (n >= 1; the text has that many).
const afterNewline = (text, n) => {
    let i = -1;
    while (n-- > 0) i = text.indexOf('\n', i + 1);
    return i + 1;
};

const formatCount = (n) => n.toLocaleString('en-US');

// Lines in one page of drawn output (see Console.draw).
const PAGE_LINES = 250;

export class Console {
    /** `el` is the element the output goes into (a <pre>); `maxLines` the tail it keeps. */
    constructor(el, { maxLines = MAX_LINES } = {}) {
        this.el = el;
        this.maxLines = maxLines;
        this.pending = null; // the input() being answered: { field, resolve }
        this.queue = []; // chunks written but not yet drawn: { text, cls, lines }
        this.queued = 0; // newlines in the queue
        this.pages = []; // the drawn output: { el, lines, endsLine }
        this.drawn = 0; // newlines in the drawn output
        this.dropped = 0; // lines dropped from the top
        this.notice = null; // the element saying so
        this.last = ''; // the last character written, for line()
        this.frame = 0;
        this.timer = 0;
        this.follow = true;
        el.addEventListener('scroll', () => {
            this.follow = el.scrollHeight - el.scrollTop - el.clientHeight < FOLLOW_SLACK;
        }, { passive: true });
    }

    clear() {
        this.cancelInput();
        this.unschedule();
        this.queue = [];
        this.pages = [];
        this.queued = this.drawn = this.dropped = 0;
        this.notice = null;
        this.last = '';
        this.el.textContent = '';
        this.follow = true;
    }

    /**
     * Appends `text`, in the stderr colour when `cls` is "stderr" (any class names a span).
     * It shows at the next animation frame, or at flush().
     */
    write(text, cls = null) {
        if (!text) return;
        const lines = newlines(text);
        const tail = this.queue.at(-1);
        if (tail && tail.cls === cls) {
            tail.text += text;
            tail.lines += lines;
        } else this.queue.push({ text, cls, lines });
        this.queued += lines;
        this.last = text.at(-1);
        // Between two frames a program can print far more than the console keeps: forget
        // the excess now rather than hold it (trimming at twice the bound keeps it cheap).
        if (this.queued > 2 * this.maxLines) this.trimQueue(this.queued - this.maxLines);
        this.schedule();
    }

    /** Writes `text` on a line of its own, at once. */
    line(text, cls = null) {
        this.write((this.last && this.last !== '\n' ? '\n' : '') + text + '\n', cls);
        this.flush();
    }

    schedule() {
        if (this.frame) return;
        this.frame = requestAnimationFrame(() => this.flush());
        this.timer = setTimeout(() => this.flush(), FALLBACK_MS);
    }

    unschedule() {
        cancelAnimationFrame(this.frame);
        clearTimeout(this.timer);
        this.frame = this.timer = 0;
    }

    // Drops the first `n` lines of the queue.
    trimQueue(n) {
        this.queued -= n;
        this.dropped += n;
        while (n > 0) {
            const first = this.queue[0];
            if (first.lines <= n) {
                n -= first.lines;
                this.queue.shift();
            } else {
                first.text = first.text.slice(afterNewline(first.text, n));
                first.lines -= n;
                n = 0;
            }
        }
    }

    /** Draws what was written since the last frame: one DOM update, one scroll. */
    flush() {
        this.unschedule();
        if (!this.queue.length) return;
        const excess = this.drawn + this.queued - this.maxLines;
        if (excess > this.drawn) {
            // The queue alone fills the console: what is drawn goes, and some of the queue.
            this.dropped += this.drawn;
            this.trimQueue(excess - this.drawn);
            this.removePages();
        }
        for (const { text, cls } of this.queue) this.draw(text, cls);
        this.drawn += this.queued;
        this.queue = [];
        this.queued = 0;
        if (this.drawn > this.maxLines) this.trimPages(this.drawn - this.maxLines);
        this.showDropped();
        if (this.follow) this.el.scrollTop = this.el.scrollHeight;
    }

    // Appends `text` to the pages: blocks of about PAGE_LINES whole lines each, so that a
    // frame lays out the page it writes to and not every line kept (the browser reuses
    // the layout of the blocks that did not change). A page ends only after a newline.
    draw(text, cls) {
        let pos = 0;
        while (pos < text.length) {
            let page = this.pages.at(-1);
            if (!page || (page.lines >= PAGE_LINES && page.endsLine)) page = this.newPage();
            const room = PAGE_LINES - page.lines;
            let end = text.length;
            let lines = 0;
            for (let i = text.indexOf('\n', pos); i !== -1; i = text.indexOf('\n', i + 1)) {
                lines++;
                if (lines >= room) {
                    end = i + 1;
                    break;
                }
            }
            this.append(page, text.slice(pos, end), cls);
            page.lines += lines;
            page.endsLine = text[end - 1] === '\n';
            pos = end;
        }
    }

    newPage() {
        const el = document.createElement('span');
        el.className = 'page';
        this.el.append(el);
        const page = { el, lines: 0, endsLine: true };
        this.pages.push(page);
        return page;
    }

    // Appends a piece of text to a page, before the input field if the page holds it.
    // Consecutive pieces of one kind share one node, so a long run stays cheap.
    append(page, text, cls) {
        const field = this.pending?.field.parentNode === page.el ? this.pending.field : null;
        const last = field ? field.previousSibling : page.el.lastChild;
        if (!cls && last?.nodeType === Node.TEXT_NODE) last.appendData(text);
        else if (cls && last?.nodeType === Node.ELEMENT_NODE && last.className === cls) last.append(text);
        else {
            let node = document.createTextNode(text);
            if (cls) {
                const span = document.createElement('span');
                span.className = cls;
                span.append(node);
                node = span;
            }
            page.el.insertBefore(node, field);
        }
    }

    removePages() {
        for (const page of this.pages) page.el.remove();
        this.pages = [];
        this.drawn = 0;
    }

    // Drops the first `n` drawn lines: whole pages, then the start of the first one left.
    trimPages(n) {
        this.drawn -= n;
        this.dropped += n;
        while (n > 0 && this.pages.length && this.pages[0].lines <= n) {
            const page = this.pages.shift();
            n -= page.lines;
            page.el.remove();
        }
        if (n <= 0 || !this.pages.length) return;
        const page = this.pages[0];
        page.lines -= n;
        for (let node = page.el.firstChild; n > 0 && node;) {
            const next = node.nextSibling;
            const text = node.textContent;
            const lines = newlines(text);
            if (node === this.pending?.field) {
                // The field stays (it holds no lines).
            } else if (lines <= n) {
                node.remove();
                n -= lines;
            } else {
                const cut = afterNewline(text, n);
                if (node.nodeType === Node.TEXT_NODE) node.deleteData(0, cut);
                else node.textContent = text.slice(cut);
                n = 0;
            }
            node = next;
        }
    }

    showDropped() {
        if (!this.dropped) return;
        if (!this.notice) {
            this.notice = document.createElement('span');
            this.notice.className = 'notice';
            this.el.prepend(this.notice);
        }
        this.notice.textContent = `… ${formatCount(this.dropped)} earlier lines were dropped: the console keeps the last ${formatCount(this.maxLines)}.\n`;
    }

    /**
     * The stdin callback: shows a field after the prompt the program printed and resolves
     * to the line typed there once Enter is pressed.
     */
    readLine() {
        this.cancelInput();
        this.flush();
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
                this.flush();
                resolve(value);
            });
            this.pending = { field, resolve };
            (this.pages.at(-1)?.el ?? this.el).append(field);
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
