// setup.test.mjs — scripts/setup.sh, the installer that `make serve`, `make test` and CI run
// first: it finds what is missing by the command or header that shows it, and without root
// it names the missing packages in one line instead of failing halfway through a build.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SETUP = path.join(ROOT, 'scripts', 'setup.sh');

// A PATH holding every command this machine has except `hidden`, as symlinks in a folder of
// its own, so the installer sees a machine without those commands.
function pathWithout(hidden, folders = (process.env.PATH ?? '').split(':')) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'edge-setup-'));
    fs.chmodSync(dir, 0o755);
    for (const folder of folders) {
        if (!folder || !fs.existsSync(folder)) continue;
        for (const name of fs.readdirSync(folder)) {
            if (hidden.includes(name) || fs.existsSync(path.join(dir, name))) continue;
            fs.symlinkSync(path.join(folder, name), path.join(dir, name));
        }
    }
    return dir;
}

test('--check names what is missing and changes nothing', () => {
    const bin = pathWithout(['emcc', 'wasm-opt']);
    try {
        const r = spawnSync('bash', [SETUP, '--check'], {
            cwd: ROOT, encoding: 'utf8', env: { ...process.env, PATH: bin },
        });
        assert.equal(r.status, 1, r.stderr);
        assert.equal(r.stdout, 'setup: missing Debian packages: emscripten binaryen\n');
    } finally {
        fs.rmSync(bin, { recursive: true, force: true });
    }
});

test('--check passes on a machine that has everything', () => {
    const r = spawnSync('bash', [SETUP, '--check'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.equal(r.stdout, '');
});

// Only root can become another user; elsewhere this case is what any user sees already.
test('without root or sudo, one line says which packages to install', { skip: process.getuid?.() !== 0 && 'needs root to drop to nobody' }, () => {
    // The system's folders only: another user cannot enter root's own (pyenv's, say).
    const bin = pathWithout(['emcc', 'chromium', 'sudo'], ['/usr/local/bin', '/usr/bin', '/bin']);
    // A copy of the script in a folder that user may enter: the checkout may sit in one it
    // cannot (CI clones into `mktemp -d`, mode 700).
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'edge-setup-copy-'));
    fs.chmodSync(copy, 0o755);
    fs.mkdirSync(path.join(copy, 'scripts'), { mode: 0o755 });
    fs.copyFileSync(SETUP, path.join(copy, 'scripts', 'setup.sh'));
    fs.chmodSync(path.join(copy, 'scripts', 'setup.sh'), 0o755);
    try {
        const r = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', 'bash', path.join(copy, 'scripts', 'setup.sh')], {
            cwd: copy, encoding: 'utf8', env: { PATH: bin, HOME: '/tmp' },
        });
        assert.equal(r.status, 1, r.stdout + r.stderr);
        assert.equal(r.stdout, '');
        assert.equal(r.stderr, 'setup: missing packages; install them as root with: apt-get install emscripten chromium\n');
    } finally {
        fs.rmSync(bin, { recursive: true, force: true });
        fs.rmSync(copy, { recursive: true, force: true });
    }
});
