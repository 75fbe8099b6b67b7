// share.js — a program in the page address: `#z=` + base64url of its deflate-raw bytes where
// CompressionStream exists, otherwise `#code=` + base64url of its UTF-8 bytes.

function toBase64url(bytes) {
    let bin = '';
    for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(text) {
    const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

async function pipe(bytes, stream) {
    const out = new Blob([bytes]).stream().pipeThrough(stream);
    return new Uint8Array(await new Response(out).arrayBuffer());
}

/** The hash (with its '#') that encodes `code`. */
export async function encodeHash(code) {
    const bytes = new TextEncoder().encode(code);
    if (typeof CompressionStream === 'function') {
        return `#z=${toBase64url(await pipe(bytes, new CompressionStream('deflate-raw')))}`;
    }
    return `#code=${toBase64url(bytes)}`;
}

/** The program a hash encodes, or null when it encodes none (or cannot be read). */
export async function decodeHash(hash) {
    const params = new URLSearchParams(hash.replace(/^#/, ''));
    try {
        if (params.has('z')) {
            const bytes = await pipe(fromBase64url(params.get('z')), new DecompressionStream('deflate-raw'));
            return new TextDecoder().decode(bytes);
        }
        if (params.has('code')) return new TextDecoder().decode(fromBase64url(params.get('code')));
    } catch {
        return null;
    }
    return null;
}
