/** Base64 for model weights: typed arrays ship as base64 strings, decoded once at load. */

/** Native base64 decoding (Chrome 140, Firefox 133): a third of a model's load time was the loop below. */
const fromBase64 = (Uint8Array as unknown as { fromBase64?: (base64: string) => Uint8Array }).fromBase64;

/** Bytes of a base64 string. */
export function bytesFromBase64(base64: string): Uint8Array {
  if (fromBase64) return fromBase64(base64);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Base64 of a typed array's bytes (little-endian, as the platform stores them). */
export function base64FromArray(values: Float32Array | Int16Array | Uint32Array): string {
  const bytes = new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
