// Base64 without Buffer or atob, so model files decode the same in Node and browsers.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Uint8Array(128);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

export function encodeBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  let chunk = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const triple = (a << 16) | (b << 8) | c;
    chunk += ALPHABET[(triple >> 18) & 63];
    chunk += ALPHABET[(triple >> 12) & 63];
    chunk += i + 1 < bytes.length ? ALPHABET[(triple >> 6) & 63] : '=';
    chunk += i + 2 < bytes.length ? ALPHABET[triple & 63] : '=';
    if (chunk.length >= 8192) {
      parts.push(chunk);
      chunk = '';
    }
  }
  parts.push(chunk);
  return parts.join('');
}

export function decodeBase64(text: string): Uint8Array {
  let length = (text.length / 4) * 3;
  if (text.endsWith('==')) length -= 2;
  else if (text.endsWith('=')) length -= 1;
  const out = new Uint8Array(length);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    const triple =
      ((LOOKUP[text.charCodeAt(i)] ?? 0) << 18) |
      ((LOOKUP[text.charCodeAt(i + 1)] ?? 0) << 12) |
      ((LOOKUP[text.charCodeAt(i + 2)] ?? 0) << 6) |
      (LOOKUP[text.charCodeAt(i + 3)] ?? 0);
    if (o < length) out[o++] = (triple >> 16) & 255;
    if (o < length) out[o++] = (triple >> 8) & 255;
    if (o < length) out[o++] = triple & 255;
  }
  return out;
}

/** Unsigned 32-bit keys, little-endian, as base64: how model files store feature keys. */
export function encodeUint32LE(values: readonly number[]): string {
  const bytes = new Uint8Array(values.length * 4);
  const view = new DataView(bytes.buffer);
  values.forEach((v, i) => view.setUint32(i * 4, v, true));
  return encodeBase64(bytes);
}

/** Signed 16-bit weights, little-endian, as base64: how model files store quantised weights. */
export function encodeInt16LE(values: readonly number[]): string {
  const bytes = new Uint8Array(values.length * 2);
  const view = new DataView(bytes.buffer);
  values.forEach((v, i) => view.setInt16(i * 2, v, true));
  return encodeBase64(bytes);
}
