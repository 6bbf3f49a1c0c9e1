// How parts are packed and unpacked: a codec the host chooses (the command line passes node:zlib's native one, the
// page and the add-in keep this portable one), and the one rule for which parts are stored and at which level the
// others are deflated (measured in BENCHMARKS.md, "Zip").
import type * as Fflate from "fflate";
import { crc32 } from "./bytes";

let fflate: typeof Fflate | undefined;
/** fflate, loaded when the portable codec is first used: the command line packs with node:zlib and does not pay
 *  the 8 ms of loading it. */
function lib(): typeof Fflate {
  return (fflate ??= require("fflate") as typeof Fflate);
}

/** Raw deflate and CRC-32 as one host does them. */
export interface ZipCodec {
  /** Inflates raw deflate data into at most `size` bytes: stops (returning what it has, or throwing) once the
   *  output would pass `size`, so a header that lies costs no more than the size it declares; the caller checks
   *  the length and CRC. */
  inflateRaw(raw: Uint8Array, size: number): Uint8Array;
  /** Raw deflate at `level` (1-9). */
  deflateRaw(data: Uint8Array, level: number): Uint8Array;
  /** CRC-32 (zip polynomial), unsigned. */
  crc32(data: Uint8Array): number;
}

/** Parts smaller than this are stored, not deflated: deflating costs a fixed ~10 µs a call (native) and would save
 *  fewer than 700 bytes. */
export const STORE_BELOW = 1024;
/** The deflate level of changed parts: level 3 takes about half the time of level 6 for 6-17 % more bytes (a 10 KB
 *  sheet 21 µs against 40 µs; a 7.8 MB sheet 40 ms against 98 ms). */
export const DEFLATE_LEVEL = 3;

/** Compressed bytes handed to the portable inflater at a time: a part that inflates past its declared size is
 *  stopped within one chunk's output (deflate expands at most 1032:1, so about 66 MB). Parts no larger than one
 *  chunk are inflated in one call, which the same bound covers. */
const INFLATE_CHUNK = 64 * 1024;

function inflateBounded(raw: Uint8Array, size: number): Uint8Array {
  const { Inflate, inflateSync } = lib();
  if (raw.length <= INFLATE_CHUNK) return inflateSync(raw, { out: new Uint8Array(size) });
  const out = new Uint8Array(size);
  let filled = 0;
  const inflater = new Inflate((chunk) => {
    if (filled + chunk.length > size) throw new Error("inflates past its declared size");
    out.set(chunk, filled);
    filled += chunk.length;
  });
  for (let i = 0; i < raw.length; i += INFLATE_CHUNK)
    inflater.push(raw.subarray(i, i + INFLATE_CHUNK), i + INFLATE_CHUNK >= raw.length);
  return filled === size ? out : out.subarray(0, filled);
}

/** The codec that runs anywhere (browsers, Excel's webviews): fflate and a JavaScript CRC-32. */
export const portableCodec: ZipCodec = {
  inflateRaw: inflateBounded,
  deflateRaw: (data, level) => lib().deflateSync(data, { level: level as 1 | 3 | 6 }),
  crc32,
};
