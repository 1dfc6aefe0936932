/** Stable short hash of a JSON-able value (FNV-1a, 2×32 bit): equal content, equal fingerprint. */
export function fingerprintOf(value: unknown): string {
  const text = JSON.stringify(value, Object.keys(flatten(value)).sort());
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}

function flatten(value: unknown, keys: Record<string, true> = {}): Record<string, true> {
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      keys[k] = true;
      flatten(v, keys);
    }
  }
  return keys;
}
