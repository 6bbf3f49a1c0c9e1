// The zip container: read the central directory, inflate single parts, and write a new zip in which every
// unchanged entry is copied verbatim (local header, compressed bytes, data descriptor, central record).
import { fromUtf8, u16, u32 } from "./bytes";
import { portableCodec, type ZipCodec } from "./codec";
import type { HeaderField } from "../core";
import { xlsxError } from "./errors";
import type { ReadBudget } from "./limits";

/** Record signatures (shared with zipWrite.ts). */
export const SIG_LOCAL = 0x04034b50;
export const SIG_CENTRAL = 0x02014b50;
export const SIG_END = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_DESCRIPTOR = 0x08074b50;
const FLAG_ENCRYPTED = 0x1;
const FLAG_DESCRIPTOR = 0x8;
/** General-purpose flag: the name is UTF-8. */
export const FLAG_UTF8 = 0x800;

/** One entry as the central directory describes it, with the byte ranges of its records. */
export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Local record: header + data + data descriptor, [localStart, localEnd). */
  localStart: number;
  localEnd: number;
  dataStart: number;
  /** Central directory record, [centralStart, centralEnd). */
  centralStart: number;
  centralEnd: number;
}

/** A zip file held in memory. */
export interface ZipArchive {
  readonly bytes: Uint8Array;
  readonly entries: readonly ZipEntry[];
  readonly comment: Uint8Array;
  /** Entries by normalised part name (no leading "/", forward slashes, lower case). */
  readonly byKey: ReadonlyMap<string, ZipEntry>;
}

/** The lookup key of a part name: "/XL\\Workbook.xml" → "xl/workbook.xml". */
export function partKey(name: string): string {
  return name.replace(/\\/g, "/").replace(/^\/+/, "").toLowerCase();
}

function findEnd(b: Uint8Array): number {
  const stop = Math.max(0, b.length - 22 - 0xffff);
  for (let at = b.length - 22; at >= stop; at--) {
    if (b[at] === 0x50 && b[at + 1] === 0x4b && u32(b, at) === SIG_END && at + 22 + u16(b, at + 20) <= b.length) {
      return at;
    }
  }
  return -1;
}

/** Reads the central directory; throws XlsxError for a truncated, zip64, multi-disk or encrypted archive, and for
 *  one that zip readers would read differently (see checkConsistent). */
export function readZip(bytes: Uint8Array, fileName: string): ZipArchive {
  const end = findEnd(bytes);
  if (end < 0) throw xlsxError("truncated", { file: fileName });
  if (end >= 20 && u32(bytes, end - 20) === SIG_ZIP64_LOCATOR) throw xlsxError("zip64", { file: fileName });
  const count = u16(bytes, end + 10);
  const cdSize = u32(bytes, end + 12);
  const cdOffset = u32(bytes, end + 16);
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff)
    throw xlsxError("zip64", { file: fileName });
  if (u16(bytes, end + 4) !== 0 || u16(bytes, end + 6) !== 0) throw xlsxError("notZip", { file: fileName });
  if (cdOffset + cdSize > end) throw xlsxError("truncated", { file: fileName });
  const entries: ZipEntry[] = [];
  const byKey = new Map<string, ZipEntry>();
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > end || u32(bytes, p) !== SIG_CENTRAL) throw xlsxError("truncated", { file: fileName });
    const entry = readCentralRecord(bytes, p, end, fileName);
    entries.push(entry);
    const key = partKey(entry.name);
    const twin = byKey.get(key);
    if (twin)
      throw xlsxError("damaged", {
        file: fileName,
        detail: { kind: "twinEntries", first: twin.name, second: entry.name },
      });
    byKey.set(key, entry);
    p = entry.centralEnd;
  }
  if (p !== cdOffset + cdSize) throw xlsxError("damaged", { file: fileName, detail: { kind: "directorySize" } });
  checkNoOverlap(entries, cdOffset, fileName);
  for (const entry of entries) checkLocalHeader(bytes, entry, end, fileName);
  return { bytes, entries, byKey, comment: bytes.slice(end + 22, end + 22 + u16(bytes, end + 20)) };
}

/** Local records must not overlap each other or the central directory (several names for one stream: a zip bomb). */
function checkNoOverlap(entries: readonly ZipEntry[], cdOffset: number, fileName: string): void {
  const order = [...entries].sort((a, b) => a.localStart - b.localStart);
  for (let i = 0; i < order.length; i++) {
    const limit = i + 1 < order.length ? order[i + 1].localStart : cdOffset;
    if (order[i].localEnd > limit) {
      const next = i + 1 < order.length ? order[i + 1].name : null;
      throw xlsxError("damaged", { file: fileName, detail: { kind: "overlap", entry: order[i].name, next } });
    }
  }
}

function readCentralRecord(b: Uint8Array, p: number, end: number, fileName: string): ZipEntry {
  const flags = u16(b, p + 8);
  const compressedSize = u32(b, p + 20);
  const size = u32(b, p + 24);
  const localStart = u32(b, p + 42);
  const nameLen = u16(b, p + 28);
  if (compressedSize === 0xffffffff || size === 0xffffffff || localStart === 0xffffffff)
    throw xlsxError("zip64", { file: fileName });
  if (flags & FLAG_ENCRYPTED) throw xlsxError("zipEncrypted", { file: fileName });
  const name = fromUtf8(b.subarray(p + 46, p + 46 + nameLen));
  const centralEnd = p + 46 + nameLen + u16(b, p + 30) + u16(b, p + 32);
  if (centralEnd > end) throw xlsxError("truncated", { file: fileName });
  if (localStart + 30 > end || u32(b, localStart) !== SIG_LOCAL) throw xlsxError("truncated", { file: fileName });
  const dataStart = localStart + 30 + u16(b, localStart + 26) + u16(b, localStart + 28);
  let localEnd = dataStart + compressedSize;
  if (flags & FLAG_DESCRIPTOR) localEnd += isSigned(b, localEnd, end) ? 16 : 12;
  if (localEnd > end) throw xlsxError("truncated", { file: fileName });
  return {
    name,
    method: u16(b, p + 10),
    flags,
    crc: u32(b, p + 16),
    compressedSize,
    size,
    localStart,
    localEnd,
    dataStart,
    centralStart: p,
    centralEnd,
  };
}

function isSigned(b: Uint8Array, at: number, end: number): boolean {
  return at + 4 <= end && u32(b, at) === SIG_DESCRIPTOR;
}

/** Refuses an entry whose local header (or data descriptor) says something else than its central record. */
function checkLocalHeader(b: Uint8Array, entry: ZipEntry, end: number, fileName: string): void {
  const signed = (entry.flags & FLAG_DESCRIPTOR) !== 0 && isSigned(b, entry.dataStart + entry.compressedSize, end);
  const disagreement = localDisagreement(b, entry, signed);
  if (disagreement) {
    throw xlsxError("damaged", {
      file: fileName,
      detail: { kind: "localHeader", entry: entry.name, field: disagreement },
    });
  }
}

/** What a local header (and its data descriptor) says differently from the central record, or null. */
function localDisagreement(b: Uint8Array, e: ZipEntry, signed: boolean): HeaderField | null {
  const at = e.localStart;
  const nameLen = u16(b, at + 26);
  const centralNameLen = u16(b, e.centralStart + 28);
  if (nameLen !== centralNameLen) return "name";
  for (let i = 0; i < nameLen; i++) if (b[at + 30 + i] !== b[e.centralStart + 46 + i]) return "name";
  if (u16(b, at + 8) !== e.method) return "method";
  if ((u16(b, at + 6) & FLAG_ENCRYPTED) !== (e.flags & FLAG_ENCRYPTED)) return "encryption";
  const sizes = (crcAt: number, zerosAllowed: boolean) => {
    const crc = u32(b, crcAt);
    const packed = u32(b, crcAt + 4);
    const size = u32(b, crcAt + 8);
    if (zerosAllowed && crc === 0 && packed === 0 && size === 0) return true;
    return crc === e.crc && packed === e.compressedSize && size === e.size;
  };
  if (!(e.flags & FLAG_DESCRIPTOR)) return sizes(at + 14, false) ? null : "sizes";
  if (!sizes(at + 14, true)) return "sizes";
  const descriptor = e.dataStart + e.compressedSize + (signed ? 4 : 0);
  return sizes(descriptor, false) ? null : "descriptor";
}

/** The uncompressed bytes of an entry (stored or deflated), checked against its size and CRC. Inflating stops as
 *  soon as the output passes the declared size, so a header that lies costs no more than the size it declares;
 *  the budget refuses a declared size over the limits before anything is allocated. */
export function entryData(
  zip: ZipArchive,
  entry: ZipEntry,
  fileName: string,
  budget?: ReadBudget,
  codec: ZipCodec = portableCodec,
): Uint8Array {
  budget?.declare(entry.name, entry.size);
  const raw = zip.bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  let data: Uint8Array;
  try {
    if (entry.method === 0) data = raw;
    else if (entry.method === 8) data = codec.inflateRaw(raw, entry.size);
    else throw new Error("method " + entry.method);
  } catch {
    throw xlsxError("corrupt", { file: fileName, part: entry.name });
  }
  if (data.length !== entry.size || codec.crc32(data) !== entry.crc)
    throw xlsxError("corrupt", { file: fileName, part: entry.name });
  budget?.inflate(data.length);
  return data;
}
