// serve.mjs — a tiny static server for the built playground (build/playground/) on
// http://127.0.0.1:8000 (PORT and HOST override; a folder as the first argument). A port
// it cannot have is one line saying so and which to take instead, and exit status 1.

import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const TYPES = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.json': 'application/json',
    '.map': 'application/json',
    '.txt': 'text/plain; charset=utf-8',
    '.wasm': 'application/wasm',
    '.ipynb': 'application/x-ipynb+json',
};

/** Serves the files under `root` on host:port (0: a free port); resolves to the server, or
 * rejects with listen()'s error (code EADDRINUSE: the port is taken). */
export function serveStatic(root, port = 8000, host = '127.0.0.1') {
    root = path.resolve(root);
    const server = http.createServer((req, res) => {
        let pathname;
        try {
            pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
        } catch {
            res.writeHead(400).end();
            return;
        }
        if (pathname.endsWith('/')) pathname += 'index.html';
        const file = path.join(root, path.normalize(pathname));
        if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
            res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
            return;
        }
        res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
        fs.createReadStream(file).pipe(res);
    });
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
            server.off('error', reject);
            resolve(server);
        });
    });
}

// The first port after `port` that is free on `host` (of the next 100), or null.
async function freePortAfter(port, host) {
    for (let p = port + 1; p <= Math.min(port + 100, 65535); p++) {
        const free = await new Promise((resolve) => {
            const probe = http.createServer();
            probe.once('error', () => resolve(false));
            probe.listen(p, host, () => probe.close(() => resolve(true)));
        });
        if (free) return p;
    }
    return null;
}

// Why the port cannot be had, in one line that says what to do.
async function listenError(err, port, host) {
    if (err.code === 'EADDRINUSE' || err.code === 'EACCES') {
        const other = (await freePortAfter(Math.max(port, 1024), host)) ?? 'another';
        const why = err.code === 'EADDRINUSE' ? 'is in use' : 'needs privileges';
        return `port ${port} ${why}: run \`make serve PORT=${other}\``;
    }
    return `cannot serve on ${host}:${port}: ${err.message}`;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
    const root = process.argv[2] ?? fileURLToPath(new URL('../build/playground', import.meta.url));
    const host = process.env.HOST ?? '127.0.0.1';
    const port = Number(process.env.PORT ?? 8000);
    let server;
    try {
        server = await serveStatic(root, port, host);
    } catch (err) {
        console.error(await listenError(err, port, host));
        process.exit(1);
    }
    console.log(`Edge Python playground: http://${host}:${server.address().port}/ (Ctrl+C stops)`);
}
