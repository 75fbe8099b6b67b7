// pack.mjs — packs the package with `npm pack` and installs the tarball into a fresh
// project in a temporary folder, as a user would; for package.test.mjs and the browser
// tests. The tarball has no dependencies, so the install needs no registry.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const npmEnv = { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };

function npm(args, cwd) {
    const r = spawnSync('npm', args, { cwd, env: npmEnv, encoding: 'utf8', timeout: 120_000 });
    if (r.error) throw r.error;
    if (r.status !== 0) throw new Error(`npm ${args.join(' ')} failed (${r.status}):\n${r.stderr}`);
    return r.stdout;
}

/**
 * Packs the repository into a temporary folder and installs the tarball in a project
 * there. Returns { dir, app, files, remove }: `app` is the project (its node_modules holds
 * edge-python), `files` the paths in the tarball, remove() deletes everything.
 */
export function packAndInstall(prefix = 'edge-package-') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    const remove = () => fs.rmSync(dir, { recursive: true, force: true });
    try {
        const [packed] = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', dir], ROOT));
        const app = path.join(dir, 'app');
        fs.mkdirSync(app);
        fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
        npm(['install', '--no-audit', '--no-fund', '--loglevel=error', path.join(dir, packed.filename)], app);
        return { dir, app, files: packed.files.map((f) => f.path), remove };
    } catch (err) {
        remove();
        throw err;
    }
}
