/**
 * A stable UUID (version 8, RFC 9562 "custom") derived from a name, for HSDS records we do not store
 * ourselves: taxonomies, taxonomy terms, attributes, addresses. Same name, same id, on every build.
 * Four 32-bit FNV-1a hashes with different seeds make the 128 bits; not cryptographic, and need not be.
 */
export function nameUuid(name: string): string {
  const words = [0x811c9dc5, 0x01000193, 0x2f1a3c5d, 0x6b8e9d0f].map((seed) => {
    let h = seed >>> 0;
    for (let i = 0; i < name.length; i++) {
      h ^= name.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h.toString(16).padStart(8, '0');
  });
  const hex = words.join('');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
