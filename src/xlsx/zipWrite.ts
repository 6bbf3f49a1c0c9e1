// Writing a zip: every unchanged entry is copied verbatim (local header, compressed bytes, data descriptor, central
// record); changed and new parts are packed by the rule of codec.ts (small ones stored, the rest deflated).
import { put16, put32, u16, u32, utf8 } from "./bytes";
import { DEFLATE_LEVEL, portableCodec, STORE_BELOW, type ZipCodec } from "./codec";
import { FLAG_UTF8, SIG_CENTRAL, SIG_END, SIG_LOCAL, type ZipArchive, type ZipEntry } from "./zip";

/** A part ready to be written: its bytes as they go into the archive, how, and the size and CRC of the original. */
export interface PackedPart {
  method: 0 | 8;
  packed: Uint8Array;
  size: number;
  crc: number;
}

/** A part's bytes, or the same already packed (the page deflates asynchronously before writing). */
export type PartBytes = Uint8Array | PackedPart;

/** What to change when writing: new contents by entry name (null = delete), and new entries appended in order. */
export interface ZipChanges {
  replace: ReadonlyMap<string, PartBytes | null>;
  add: readonly { name: string; data: PartBytes }[];
  /** Packs the parts given as bytes (default: the portable codec). */
  codec?: ZipCodec;
}

/** Packs one part: stored below STORE_BELOW bytes or when deflate would not make it smaller, else deflated. */
export function packPart(data: Uint8Array, codec: ZipCodec = portableCodec): PackedPart {
  const crc = codec.crc32(data);
  if (data.length < STORE_BELOW) return { method: 0, packed: data, size: data.length, crc };
  const packed = codec.deflateRaw(data, DEFLATE_LEVEL);
  return packed.length < data.length
    ? { method: 8, packed, size: data.length, crc }
    : { method: 0, packed: data, size: data.length, crc };
}

/** packPart with a raw deflate that may work asynchronously (the page's CompressionStream); the same rule. */
export async function packPartAsync(
  data: Uint8Array,
  deflateRaw: (data: Uint8Array) => Promise<Uint8Array>,
  crc32 = portableCodec.crc32,
): Promise<PackedPart> {
  const crc = crc32(data);
  if (data.length < STORE_BELOW) return { method: 0, packed: data, size: data.length, crc };
  const packed = await deflateRaw(data);
  return packed.length < data.length
    ? { method: 8, packed, size: data.length, crc }
    : { method: 0, packed: data, size: data.length, crc };
}

/** Packs bytes; a part already packed passes. Told apart by shape, not `instanceof Uint8Array`: bytes made in another
 *  realm (a worker's or a test environment's TextEncoder) are typed arrays that fail `instanceof`. */
function packed(data: PartBytes, codec: ZipCodec): PackedPart {
  return "packed" in data && "crc" in data ? data : packPart(data as Uint8Array, codec);
}

interface Piece {
  local: Uint8Array;
  central: Uint8Array;
}

/** The local and central records of a new or changed part (name, flags, time and attributes from `template`). */
function freshRecords(name: string, part: PackedPart, template: ZipEntry | null, zip: ZipArchive): Piece {
  const nameBytes = template
    ? zip.bytes.slice(
        template.centralStart + 46,
        template.centralStart + 46 + u16(zip.bytes, template.centralStart + 28),
      )
    : utf8(name);
  const flags = template ? template.flags & FLAG_UTF8 : /^[\x20-\x7e]*$/.test(name) ? 0 : FLAG_UTF8;
  const timeSource = template ?? zip.entries[0];
  const time = timeSource ? u16(zip.bytes, timeSource.centralStart + 12) : 0;
  const date = timeSource ? u16(zip.bytes, timeSource.centralStart + 14) : 0x21;
  const local = new Uint8Array(30 + nameBytes.length + part.packed.length);
  const central = new Uint8Array(46 + nameBytes.length);
  put32(local, 0, SIG_LOCAL);
  put32(central, 0, SIG_CENTRAL);
  put16(central, 4, template ? u16(zip.bytes, template.centralStart + 4) : 20);
  // version needed, flags, method, time, date, CRC, sizes, name length: the same in both records
  for (const [record, at] of [
    [local, 4],
    [central, 6],
  ] as const) {
    put16(record, at, 20);
    put16(record, at + 2, flags);
    put16(record, at + 4, part.method);
    put16(record, at + 6, time);
    put16(record, at + 8, date);
    put32(record, at + 10, part.crc);
    put32(record, at + 14, part.packed.length);
    put32(record, at + 18, part.size);
    put16(record, at + 22, nameBytes.length);
  }
  local.set(nameBytes, 30);
  local.set(part.packed, 30 + nameBytes.length);
  if (template) {
    put16(central, 36, u16(zip.bytes, template.centralStart + 36));
    put32(central, 38, u32(zip.bytes, template.centralStart + 38));
  }
  central.set(nameBytes, 46);
  return { local, central };
}

/** Writes a zip: unchanged entries byte for byte in their original order, changed ones packed anew, new ones last. */
export function writeZip(zip: ZipArchive, changes: ZipChanges): Uint8Array {
  return joinPieces(zipPieces(zip, changes), zip.comment);
}

/** The records of every entry the written zip holds, in order (removed entries left out). */
function zipPieces(zip: ZipArchive, changes: ZipChanges): Piece[] {
  const codec = changes.codec ?? portableCodec;
  const pieces: Piece[] = [];
  for (const entry of zip.entries) {
    const replacement = changes.replace.get(entry.name);
    if (replacement === null) continue;
    if (replacement !== undefined) pieces.push(freshRecords(entry.name, packed(replacement, codec), entry, zip));
    else
      pieces.push({
        local: zip.bytes.subarray(entry.localStart, entry.localEnd),
        central: zip.bytes.slice(entry.centralStart, entry.centralEnd),
      });
  }
  for (const extra of changes.add) pieces.push(freshRecords(extra.name, packed(extra.data, codec), null, zip));
  return pieces;
}

/** The archive: local records with their data, the central directory (each record told where its entry starts),
 *  and the end record with the original comment. */
function joinPieces(pieces: readonly Piece[], comment: Uint8Array): Uint8Array {
  let localTotal = 0;
  let centralTotal = 0;
  for (const piece of pieces) {
    localTotal += piece.local.length;
    centralTotal += piece.central.length;
  }
  const out = new Uint8Array(localTotal + centralTotal + 22 + comment.length);
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
  put16(out, at + 20, comment.length);
  out.set(comment, at + 22);
  return out;
}
