// modules-json.mjs — writes build/modules/all.json: every standard module in one JSON file,
// for hosts that inline them instead of serving build/modules/ (a bundler imports it as
// "edge-python/modules/all.json"; README, Modules). The format web/modules.js reads:
//   { "format": "edge-python-modules", "files": { "math.py": "<text>", "math.wasm": "<base64>", ... } }
// Usage: node scripts/modules-json.mjs DIR   (writes DIR/all.json from DIR/*.py and *.wasm)

import fs from 'node:fs';
import path from 'node:path';

const dir = process.argv[2];
if (!dir) {
    process.stderr.write('usage: node scripts/modules-json.mjs DIR\n');
    process.exit(2);
}
const files = {};
for (const name of fs.readdirSync(dir).sort()) {
    if (name.endsWith('.py')) files[name] = fs.readFileSync(path.join(dir, name), 'utf8');
    else if (name.endsWith('.wasm')) files[name] = fs.readFileSync(path.join(dir, name)).toString('base64');
}
const out = path.join(dir, 'all.json');
fs.writeFileSync(`${out}.tmp`, JSON.stringify({ format: 'edge-python-modules', files }) + '\n');
fs.renameSync(`${out}.tmp`, out); // whole or not at all
