// serve.test.mjs — playground/serve.mjs, the server `make serve` starts: a port that is
// taken is one line that says so and how to pick another, and a non-zero exit status.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SERVE = path.join(ROOT, 'playground', 'serve.mjs');

// Issue 11: `make serve` with port 8000 taken ended with an unhandled 'error' event and
// its stack trace.
test('a busy port: one line naming it and a free one to pass as PORT, exit status 1', async (t) => {
    const busy = http.createServer();
    await new Promise((resolve) => busy.listen(0, '127.0.0.1', resolve));
    t.after(() => busy.close());
    const { port } = busy.address();
    const r = spawnSync(process.execPath, [SERVE, ROOT], {
        env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
        encoding: 'utf8',
        timeout: 30_000,
    });
    assert.equal(r.stdout, '');
    const lines = r.stderr.split('\n');
    assert.equal(lines.length, 2, `one line: ${r.stderr}`);
    const m = /^port (\d+) is in use: run `make serve PORT=(\d+)`$/.exec(lines[0]);
    assert.ok(m, r.stderr);
    assert.equal(Number(m[1]), port);
    assert.ok(Number(m[2]) > port);
    assert.equal(r.status, 1);
});
