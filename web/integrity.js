// integrity.js — the bytes side of module integrity: SHA-256 digests, the base64 and hex
// they are written in ("#sha256-<hash>" fragments, lockfiles, bundles), and the check that
// a module is what its hash says, reported where the import names it.

import { fail } from './diagnostics.js';

// Standard base64, padded.
export function toBase64(bytes) {
    let s = '';
    for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    return btoa(s);
}

// Standard or URL-safe base64, padded or not; null when it is not base64.
export function fromBase64(text) {
    if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(text)) return null;
    let s = text.replace(/=+$/, '').replace(/-/g, '+').replace(/_/g, '/');
    if (s.length % 4 === 1) return null;
    s += '='.repeat((4 - (s.length % 4)) % 4);
    const bin = atob(s);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return bytes;
}

export const toHex = (bytes) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

function fromHex(hex) {
    const bytes = new Uint8Array(hex.length / 2);
    for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
    return bytes;
}

// Whether two digests are the same.
export const sameBytes = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);

// The SHA-256 digest of `bytes`, or null where it cannot be computed.
export async function sha256(bytes) {
    const subtle = globalThis.crypto?.subtle;
    if (!subtle) return null; // an insecure browser context: hashes cannot be checked
    return new Uint8Array(await subtle.digest('SHA-256', bytes));
}

/** A SHA-256 digest the way integrity fragments and lockfiles write it: "sha256-<base64>". */
export const formatHash = (digest) => `sha256-${toBase64(digest)}`;

// "#sha256-…" → { digest, hex } (hex: the hash was written in hex), or a message.
export function parseIntegrity(fragment) {
    const m = /^sha256-(.*)$/.exec(fragment);
    if (!m) return { error: `unsupported fragment '#${fragment}': only #sha256-<hash> is allowed` };
    const value = m[1];
    if (/^[0-9a-fA-F]{64}$/.test(value)) return { digest: fromHex(value), hex: true };
    const digest = fromBase64(value);
    if (digest?.length === 32) return { digest, hex: false };
    return { error: `invalid integrity hash 'sha256-${value}': expected 64 hex digits or 32 bytes in base64` };
}

// The hash as the user wrote it: hex when they used hex.
const showHash = (digest, hex) => `sha256-${hex ? toHex(digest) : toBase64(digest)}`;

// Throws unless `digest` (null: it could not be computed) is what `check` expects.
// `shown` is the module as messages name it.
export function verify(shown, digest, check, site) {
    if (!digest) throw fail(`cannot check the integrity of '${shown}': crypto.subtle is not available here`, [], site);
    if (!sameBytes(digest, check.digest)) {
        throw fail(`integrity check failed for '${shown}'`,
            [`expected ${showHash(check.digest, check.hex)}${check.note ?? ''}`, `got ${showHash(digest, check.hex)}`], site);
    }
}
