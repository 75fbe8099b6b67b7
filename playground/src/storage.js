// storage.js — the visitor's work kept in localStorage between visits: the editor's program
// and the notebook. A page where storage is refused (private modes, a full quota) goes on
// working; it only forgets on reload, as it did before.

const PREFIX = 'edge-playground:';

/** The text stored under `key`, or null. */
export function load(key) {
    try {
        return localStorage.getItem(PREFIX + key);
    } catch {
        return null;
    }
}

/** Stores `text` under `key` (null removes it); false when the browser refused. */
export function store(key, text) {
    try {
        if (text === null) localStorage.removeItem(PREFIX + key);
        else localStorage.setItem(PREFIX + key, text);
        return true;
    } catch {
        return false;
    }
}

/**
 * Calls `write` a moment after the last of a burst of changes (`changed()`), and at once
 * when the page is hidden or left, so a reload or a closed tab loses nothing.
 */
export function autosave(write, delay = 300) {
    let timer = 0;
    const now = () => {
        if (!timer) return;
        clearTimeout(timer);
        timer = 0;
        write();
    };
    addEventListener('pagehide', now);
    document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') now(); });
    return {
        changed() {
            if (!timer) timer = setTimeout(now, delay);
        },
        now,
    };
}
