// How the page's worker packs the parts a scored copy changes: the browser's own CompressionStream("deflate-raw")
// where it has one (Chromium 103+, Firefox 113+, Safari 16.4+: native zlib, about twice as fast as fflate on a sheet),
// else the portable codec. Reading stays on fflate (synchronous; a workbook's parts inflate in about 0.1 ms).
import { packPart, packPartAsync, portableCodec, type PackedPart } from "../xlsx";

/** True when this browser's CompressionStream does raw deflate. */
export function hasDeflateRawStream(): boolean {
  try {
    if (typeof CompressionStream !== "function") return false;
    void new CompressionStream("deflate-raw" as CompressionFormat); // throws where the format is not supported
    return true;
  } catch {
    return false;
  }
}

/** Raw deflate through a CompressionStream, written and read directly (no Blob or Response: those can go through
 *  the browser's blob storage and cost milliseconds a part). */
async function deflateRawStream(data: Uint8Array): Promise<Uint8Array> {
  const stream = new CompressionStream("deflate-raw" as CompressionFormat);
  const writer = stream.writable.getWriter();
  void writer.write(data as BufferSource).then(() => writer.close());
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    chunks.push(r.value);
    length += r.value.length;
  }
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Packs a part with the browser's stream when it has one, else with fflate (the same store-or-deflate rule). */
export function pagePacker(native = hasDeflateRawStream()): (data: Uint8Array) => Promise<PackedPart> {
  return native ? (data) => packPartAsync(data, deflateRawStream) : async (data) => packPart(data, portableCodec);
}
