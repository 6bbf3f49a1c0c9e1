// The zip container: read the central directory, inflate single parts, and write a new zip in which every
// unchanged entry is copied verbatim (local header, compressed bytes, data descriptor, central record).
import { deflateSync, Inflate, inflateSync } from "fflate";
import { crc32, fromUtf8, put16, put32, u16, u32, utf8 } from "./bytes";
import { xlsxErrors } from "./errors";
import type { ReadBudget } from "./limits";

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_DESCRIPTOR = 0x08074b50;
const FLAG_ENCRYPTED = 0x1;
const FLAG_DESCRIPTOR = 0x8;
const FLAG_UTF8 = 0x800;
/** Parts above this size are deflated at level 1 (several times faster, a little larger). */
const LARGE_PART = 1 << 20;
/** Compressed bytes handed to the inflater at a time: a part that inflates past its declared size is stopped
 *  within one chunk's output (deflate expands at most 1032:1, so about 66 MB), however much it would go on to
 *  produce. Parts no larger than one chunk are inflated in one call, which the same bound covers. */
const INFLATE_CHUNK = 64 * 1024;

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
  if (end < 0) throw xlsxErrors.truncated(fileName);
  if (end >= 20 && u32(bytes, end - 20) === SIG_ZIP64_LOCATOR) throw xlsxErrors.zip64(fileName);
  const count = u16(bytes, end + 10);
  const cdSize = u32(bytes, end + 12);
  const cdOffset = u32(bytes, end + 16);
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) throw xlsxErrors.zip64(fileName);
  if (u16(bytes, end + 4) !== 0 || u16(bytes, end + 6) !== 0) throw xlsxErrors.notZip(fileName);
  if (cdOffset + cdSize > end) throw xlsxErrors.truncated(fileName);
  const entries: ZipEntry[] = [];
  const byKey = new Map<string, ZipEntry>();
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > end || u32(bytes, p) !== SIG_CENTRAL) throw xlsxErrors.truncated(fileName);
    const entry = readCentralRecord(bytes, p, end, fileName);
    entries.push(entry);
    const key = partKey(entry.name);
    const twin = byKey.get(key);
    if (twin) throw xlsxErrors.damaged(fileName, `压缩包中有两个同名部件“${twin.name}”和“${entry.name}”，不同软件会读到不同的内容`, `two entries named "${twin.name}" and "${entry.name}": zip readers disagree on which to read`);
    byKey.set(key, entry);
    p = entry.centralEnd;
  }
  if (p !== cdOffset + cdSize) throw xlsxErrors.damaged(fileName, "压缩包目录的记录数与目录大小不符", "the central directory's record count and size disagree");
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
      const other = i + 1 < order.length ? `“${order[i + 1].name}”` : "压缩包目录";
      throw xlsxErrors.damaged(fileName, `部件“${order[i].name}”的数据与${other}重叠（常见于恶意构造的压缩炸弹）`, `the data of entry "${order[i].name}" overlaps another record (a zip bomb)`);
    }
  }
}

function readCentralRecord(b: Uint8Array, p: number, end: number, fileName: string): ZipEntry {
  const flags = u16(b, p + 8);
  const compressedSize = u32(b, p + 20);
  const size = u32(b, p + 24);
  const localStart = u32(b, p + 42);
  const nameLen = u16(b, p + 28);
  if (compressedSize === 0xffffffff || size === 0xffffffff || localStart === 0xffffffff) throw xlsxErrors.zip64(fileName);
  if (flags & FLAG_ENCRYPTED) throw xlsxErrors.zipEncrypted(fileName);
  const name = fromUtf8(b.subarray(p + 46, p + 46 + nameLen));
  const centralEnd = p + 46 + nameLen + u16(b, p + 30) + u16(b, p + 32);
  if (centralEnd > end) throw xlsxErrors.truncated(fileName);
  if (localStart + 30 > end || u32(b, localStart) !== SIG_LOCAL) throw xlsxErrors.truncated(fileName);
  const dataStart = localStart + 30 + u16(b, localStart + 26) + u16(b, localStart + 28);
  let localEnd = dataStart + compressedSize;
  if (flags & FLAG_DESCRIPTOR) localEnd += isSigned(b, localEnd, end) ? 16 : 12;
  if (localEnd > end) throw xlsxErrors.truncated(fileName);
  return { name, method: u16(b, p + 10), flags, crc: u32(b, p + 16), compressedSize, size, localStart, localEnd, dataStart, centralStart: p, centralEnd };
}

function isSigned(b: Uint8Array, at: number, end: number): boolean {
  return at + 4 <= end && u32(b, at) === SIG_DESCRIPTOR;
}

/** Refuses an entry whose local header (or data descriptor) says something else than its central record. */
function checkLocalHeader(b: Uint8Array, entry: ZipEntry, end: number, fileName: string): void {
  const signed = (entry.flags & FLAG_DESCRIPTOR) !== 0 && isSigned(b, entry.dataStart + entry.compressedSize, end);
  const disagreement = localDisagreement(b, entry, signed);
  if (disagreement) {
    const name = entry.name;
    throw xlsxErrors.damaged(fileName, `部件“${name}”的本地文件头与压缩包目录不一致（${disagreement}），不同软件会读到不同的内容`, `the local header of "${name}" disagrees with the central directory (${disagreement})`);
  }
}

/** What a local header (and its data descriptor) says differently from the central record, or null. */
function localDisagreement(b: Uint8Array, e: ZipEntry, signed: boolean): string | null {
  const at = e.localStart;
  const nameLen = u16(b, at + 26);
  const centralNameLen = u16(b, e.centralStart + 28);
  if (nameLen !== centralNameLen) return "名称";
  for (let i = 0; i < nameLen; i++) if (b[at + 30 + i] !== b[e.centralStart + 46 + i]) return "名称";
  if (u16(b, at + 8) !== e.method) return "压缩方式";
  if ((u16(b, at + 6) & FLAG_ENCRYPTED) !== (e.flags & FLAG_ENCRYPTED)) return "加密标志";
  const sizes = (crcAt: number, zerosAllowed: boolean) => {
    const crc = u32(b, crcAt);
    const packed = u32(b, crcAt + 4);
    const size = u32(b, crcAt + 8);
    if (zerosAllowed && crc === 0 && packed === 0 && size === 0) return true;
    return crc === e.crc && packed === e.compressedSize && size === e.size;
  };
  if (!(e.flags & FLAG_DESCRIPTOR)) return sizes(at + 14, false) ? null : "大小或校验值";
  if (!sizes(at + 14, true)) return "大小或校验值";
  const descriptor = e.dataStart + e.compressedSize + (signed ? 4 : 0);
  return sizes(descriptor, false) ? null : "数据描述符";
}

/** The uncompressed bytes of an entry (stored or deflated), checked against its size and CRC. Inflating stops as
 *  soon as the output passes the declared size, so a header that lies costs no more than the size it declares;
 *  the budget refuses a declared size over the limits before anything is allocated. */
export function entryData(zip: ZipArchive, entry: ZipEntry, fileName: string, budget?: ReadBudget): Uint8Array {
  budget?.declare(entry.name, entry.size);
  const raw = zip.bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  let data: Uint8Array;
  try {
    if (entry.method === 0) data = raw;
    else if (entry.method === 8) data = inflateBounded(raw, entry.size);
    else throw new Error("method " + entry.method);
  } catch {
    throw xlsxErrors.corrupt(fileName, entry.name);
  }
  if (data.length !== entry.size || crc32(data) !== entry.crc) throw xlsxErrors.corrupt(fileName, entry.name);
  budget?.inflate(data.length);
  return data;
}

/** Inflates raw deflate data into exactly `size` bytes; throws as soon as it would produce more. */
function inflateBounded(raw: Uint8Array, size: number): Uint8Array {
  if (raw.length <= INFLATE_CHUNK) return inflateSync(raw, { out: new Uint8Array(size) });
  const out = new Uint8Array(size);
  let filled = 0;
  const inflater = new Inflate((chunk) => {
    if (filled + chunk.length > size) throw new Error("inflates past its declared size");
    out.set(chunk, filled);
    filled += chunk.length;
  });
  if (raw.length === 0) inflater.push(raw, true);
  for (let i = 0; i < raw.length; i += INFLATE_CHUNK) inflater.push(raw.subarray(i, i + INFLATE_CHUNK), i + INFLATE_CHUNK >= raw.length);
  return filled === size ? out : out.subarray(0, filled);
}

/** What to change when writing: new contents by entry name (null = delete), and new entries appended in order. */
export interface ZipChanges {
  replace: ReadonlyMap<string, Uint8Array | null>;
  add: readonly { name: string; data: Uint8Array }[];
  /** Raw deflate to use instead of fflate (e.g. node:zlib deflateRawSync in the command line: ~3× faster). */
  deflateRaw?: (data: Uint8Array) => Uint8Array;
}

interface Piece {
  local: Uint8Array;
  central: Uint8Array;
}

function freshRecords(name: string, data: Uint8Array, template: ZipEntry | null, zip: ZipArchive, deflateRaw?: (d: Uint8Array) => Uint8Array): Piece {
  const nameBytes = template
    ? zip.bytes.slice(template.centralStart + 46, template.centralStart + 46 + u16(zip.bytes, template.centralStart + 28))
    : utf8(name);
  const packed = deflateRaw ? deflateRaw(data) : deflateSync(data, { level: data.length > LARGE_PART ? 1 : 6 });
  const flags = template ? template.flags & FLAG_UTF8 : /^[\x20-\x7e]*$/.test(name) ? 0 : FLAG_UTF8;
  const timeSource = template ?? zip.entries[0];
  const time = timeSource ? u16(zip.bytes, timeSource.centralStart + 12) : 0;
  const date = timeSource ? u16(zip.bytes, timeSource.centralStart + 14) : 0x21;
  const crc = crc32(data);
  const local = new Uint8Array(30 + nameBytes.length + packed.length);
  put32(local, 0, SIG_LOCAL);
  put16(local, 4, 20);
  put16(local, 6, flags);
  put16(local, 8, 8);
  put16(local, 10, time);
  put16(local, 12, date);
  put32(local, 14, crc);
  put32(local, 18, packed.length);
  put32(local, 22, data.length);
  put16(local, 26, nameBytes.length);
  local.set(nameBytes, 30);
  local.set(packed, 30 + nameBytes.length);
  const central = new Uint8Array(46 + nameBytes.length);
  put32(central, 0, SIG_CENTRAL);
  put16(central, 4, template ? u16(zip.bytes, template.centralStart + 4) : 20);
  put16(central, 6, 20);
  put16(central, 8, flags);
  put16(central, 10, 8);
  put16(central, 12, time);
  put16(central, 14, date);
  put32(central, 16, crc);
  put32(central, 20, packed.length);
  put32(central, 24, data.length);
  put16(central, 28, nameBytes.length);
  if (template) {
    put16(central, 36, u16(zip.bytes, template.centralStart + 36));
    put32(central, 38, u32(zip.bytes, template.centralStart + 38));
  }
  central.set(nameBytes, 46);
  return { local, central };
}

/** Writes a zip: unchanged entries byte for byte in their original order, changed ones re-deflated, new ones last. */
export function writeZip(zip: ZipArchive, changes: ZipChanges): Uint8Array {
  const pieces: Piece[] = [];
  for (const entry of zip.entries) {
    const replacement = changes.replace.get(entry.name);
    if (replacement === null) continue;
    if (replacement !== undefined) {
      pieces.push(freshRecords(entry.name, replacement, entry, zip, changes.deflateRaw));
      continue;
    }
    pieces.push({
      local: zip.bytes.subarray(entry.localStart, entry.localEnd),
      central: zip.bytes.slice(entry.centralStart, entry.centralEnd),
    });
  }
  for (const extra of changes.add) pieces.push(freshRecords(extra.name, extra.data, null, zip, changes.deflateRaw));
  let localTotal = 0;
  let centralTotal = 0;
  for (const piece of pieces) {
    localTotal += piece.local.length;
    centralTotal += piece.central.length;
  }
  const out = new Uint8Array(localTotal + centralTotal + 22 + zip.comment.length);
  let at = 0;
  for (const piece of pieces) {
    put32(piece.central, 42, at);
    out.set(piece.local, at);
    at += piece.local.length;
  }
  const cdStart = at;
  for (const piece of pieces) {
    out.set(piece.central, at);
    at += piece.central.length;
  }
  put32(out, at, SIG_END);
  put16(out, at + 8, pieces.length);
  put16(out, at + 10, pieces.length);
  put32(out, at + 12, centralTotal);
  put32(out, at + 16, cdStart);
  put16(out, at + 20, zip.comment.length);
  out.set(zip.comment, at + 22);
  return out;
}
