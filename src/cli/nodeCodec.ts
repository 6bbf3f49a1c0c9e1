// The command line's zip codec: node:zlib's native inflate, deflate and CRC-32 (BENCHMARKS.md, "Zip": 2-4× faster
// than fflate and the JavaScript CRC on a workbook's parts).
import * as zlib from "node:zlib";
import { crc32 as portableCrc32 } from "../xlsx/bytes";
import type { ZipCodec } from "../xlsx/codec";

const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

/** Native zlib; inflating stops once the output passes the declared size (maxOutputLength), so a part that lies
 *  about its size costs no more than what it declares. */
export const nodeCodec: ZipCodec = {
  inflateRaw: (raw, size) => zlib.inflateRawSync(raw, { maxOutputLength: Math.max(1, size) }),
  deflateRaw: (data, level) => zlib.deflateRawSync(data, { level }),
  // node:zlib has crc32 from Node 20.15 / 22.2; the package allows Node 20 releases before that
  crc32: nativeCrc32 ? (data) => nativeCrc32(data) : portableCrc32,
};
