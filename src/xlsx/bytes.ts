// Little-endian byte access, CRC-32 and text coding over Uint8Array (no Buffer: this runs in browsers too).

/** Unsigned 16-bit little-endian at `at`. */
export function u16(b: Uint8Array, at: number): number {
  return b[at] | (b[at + 1] << 8);
}

/** Unsigned 32-bit little-endian at `at`. */
export function u32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
}

/** Writes an unsigned 16-bit little-endian value. */
export function put16(b: Uint8Array, at: number, v: number): void {
  b[at] = v & 0xff;
  b[at + 1] = (v >>> 8) & 0xff;
}

/** Writes an unsigned 32-bit little-endian value. */
export function put32(b: Uint8Array, at: number, v: number): void {
  b[at] = v & 0xff;
  b[at + 1] = (v >>> 8) & 0xff;
  b[at + 2] = (v >>> 16) & 0xff;
  b[at + 3] = (v >>> 24) & 0xff;
}

let crcTables: Int32Array[] | null = null;

function makeCrcTables(): Int32Array[] {
  const tables = Array.from({ length: 8 }, () => new Int32Array(256));
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    tables[0][n] = c;
  }
  for (let n = 0; n < 256; n++) {
    for (let t = 1; t < 8; t++) tables[t][n] = tables[0][tables[t - 1][n] & 0xff] ^ (tables[t - 1][n] >>> 8);
  }
  return tables;
}

/** CRC-32 (zip polynomial) of the bytes, as an unsigned number (slicing by 8). */
export function crc32(data: Uint8Array): number {
  const [t0, t1, t2, t3, t4, t5, t6, t7] = crcTables ?? (crcTables = makeCrcTables());
  let c = -1;
  let i = 0;
  for (const end = data.length - 8; i <= end; i += 8) {
    const a = c ^ (data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24));
    c =
      t7[a & 0xff] ^
      t6[(a >>> 8) & 0xff] ^
      t5[(a >>> 16) & 0xff] ^
      t4[a >>> 24] ^
      t3[data[i + 4]] ^
      t2[data[i + 5]] ^
      t1[data[i + 6]] ^
      t0[data[i + 7]];
  }
  for (; i < data.length; i++) c = t0[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

const utf8Decoder = new TextDecoder("utf-8");
const strictUtf8 = new TextDecoder("utf-8", { fatal: true });
const utf8Encoder = new TextEncoder();

/** Decodes an XML part: UTF-8 (BOM dropped), or UTF-16 when it starts with a UTF-16 byte order mark. Throws a
 *  TypeError on bytes that are not valid in that encoding (an XML parser refuses them; we would rewrite them). */
export function decodePart(data: Uint8Array): string {
  if (data.length >= 2 && data[0] === 0xff && data[1] === 0xfe)
    return new TextDecoder("utf-16le", { fatal: true }).decode(data);
  if (data.length >= 2 && data[0] === 0xfe && data[1] === 0xff)
    return new TextDecoder("utf-16be", { fatal: true }).decode(data);
  return strictUtf8.decode(data);
}

/** Encodes text as UTF-8; an XML declaration that names another encoding is corrected to UTF-8. */
export function encodeXml(text: string): Uint8Array {
  const declared = text.startsWith("<?xml")
    ? /^<\?xml[^>]*?encoding=["']([^"']*)["']/.exec(text.slice(0, text.indexOf(">") + 1))
    : null;
  // a declaration that already says UTF-8 is left as it is (no copy of a large part just to replace it with itself)
  const fixed =
    declared && declared[1] !== "UTF-8" ? text.replace(/^(<\?xml[^>]*?encoding=["'])[^"']*(["'])/, "$1UTF-8$2") : text;
  return utf8Encoder.encode(fixed);
}

/** UTF-8 bytes of a string (zip entry names). */
export function utf8(text: string): Uint8Array {
  return utf8Encoder.encode(text);
}

/** Text of UTF-8 bytes (zip entry names). */
export function fromUtf8(data: Uint8Array): string {
  return utf8Decoder.decode(data);
}
