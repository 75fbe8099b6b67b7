// helpers.mjs — what the browser tests share: Debian's Chromium driven by playwright-core
// (never a browser that a tool downloads), and a small static file server on the loopback.
// Without /usr/bin/chromium the tests are skipped with a message, except in CI (CI set),
// where a missing browser is a failure.

import fs from 'node:fs';
import os from 'node:os';
import http from 'node:http';
import path from 'node:path';

export const CHROMIUM = process.env.EDGE_CHROMIUM || '/usr/bin/chromium';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'];

// Dev dependencies (npm ci); a missing one is reported by `skip` below.
const playwright = await import('playwright-core').catch(() => null);
const esbuildPresent = await import('esbuild').then(() => true, () => false);

/** Why the browser tests cannot run here (a string for node:test's skip), or false. */
export const skip = (() => {
    let why = null;
    if (!fs.existsSync(CHROMIUM)) why = `${CHROMIUM} is missing (apt-get install chromium)`;
    else if (!playwright || !esbuildPresent) why = 'playwright-core or esbuild is not installed (npm ci)';
    if (!why) return false;
    if (process.env.CI) throw new Error(`browser tests cannot run: ${why}`);
    return `browser tests skipped: ${why}`;
})();

/** Starts Chromium. */
export function launch() {
    return playwright.chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

/**
 * Opens a page at `url`, recording uncaught page errors in page.errors (and console
 * errors, which a failed module import shows as).
 */
export async function open(browser, url) {
    const page = await browser.newPage();
    page.errors = [];
    page.on('pageerror', (err) => page.errors.push(err.message));
    page.on('console', (msg) => { if (msg.type() === 'error') page.errors.push(msg.text()); });
    await page.goto(url);
    return page;
}

/** Opens the playground at `url` (open() above) once it says it is ready: edge.wasm loaded. */
export async function openPlayground(browser, url) {
    const page = await open(browser, url);
    await page.waitForSelector('body[data-ready="true"]');
    return page;
}

const TYPES = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.mjs': 'text/javascript; charset=utf-8',
    '.json': 'application/json',
    '.wasm': 'application/wasm',
    '.py': 'text/plain; charset=utf-8',
};

/**
 * Serves the files under `root`, and `pages` ({ '/path': text }) from memory, on
 * 127.0.0.1 at a free port. Resolves to { url, close }.
 */
export async function serve(root, pages = {}) {
    const server = http.createServer((req, res) => {
        const pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
        if (pathname === '/favicon.ico') {
            res.writeHead(204).end();
            return;
        }
        const type = TYPES[path.extname(pathname)] ?? 'application/octet-stream';
        if (Object.hasOwn(pages, pathname)) {
            res.writeHead(200, { 'content-type': type }).end(pages[pathname]);
            return;
        }
        const file = path.join(root, path.normalize(pathname));
        if (!file.startsWith(root) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
            res.writeHead(404).end();
            return;
        }
        res.writeHead(200, { 'content-type': type });
        fs.createReadStream(file).pipe(res);
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    return {
        url: `http://127.0.0.1:${server.address().port}`,
        close: () => new Promise((resolve) => {
            server.closeAllConnections();
            server.close(resolve);
        }),
    };
}

/**
 * Builds the playground into a fresh folder (named from `prefix` under the system's temporary
 * folder) and serves it on 127.0.0.1 at a free port. Resolves to { url, close }; close()
 * stops the server and removes the folder.
 */
export async function servePlayground(prefix) {
    const { buildPlayground } = await import('../../playground/build.mjs');
    const { serveStatic } = await import('../../playground/serve.mjs');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    await buildPlayground(dir);
    const http = await serveStatic(dir, 0);
    return {
        url: `http://127.0.0.1:${http.address().port}`,
        close: async () => {
            await new Promise((resolve) => { http.closeAllConnections(); http.close(resolve); });
            fs.rmSync(dir, { recursive: true, force: true });
        },
    };
}
