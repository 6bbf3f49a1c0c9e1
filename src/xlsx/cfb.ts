// Just enough of the OLE compound file format (CFB) to list the names in its directory: an encrypted .xlsx
// (EncryptionInfo + EncryptedPackage) and a legacy .xls (Workbook / Book) are both CFB files.
import { u16, u32 } from "./bytes";

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
const MAX_SECTORS = 1 << 20;

/** The file starts with the CFB signature D0 CF 11 E0 A1 B1 1A E1. */
export function isCfb(b: Uint8Array): boolean {
  return b.length >= 8 && CFB_MAGIC.every((v, i) => b[i] === v);
}

function sectorOffset(sector: number, shift: number): number {
  return (sector + 1) * (1 << shift);
}

function fatSectors(b: Uint8Array, shift: number): number[] {
  const list: number[] = [];
  const fatCount = u32(b, 0x2c);
  for (let i = 0; i < 109 && list.length < fatCount; i++) list.push(u32(b, 0x4c + i * 4));
  let difat = u32(b, 0x44);
  const perSector = (1 << shift) / 4 - 1;
  let guard = 0;
  while (list.length < fatCount && difat < END_OF_CHAIN && guard++ < MAX_SECTORS) {
    const at = sectorOffset(difat, shift);
    if (at + (1 << shift) > b.length) break;
    for (let i = 0; i < perSector && list.length < fatCount; i++) list.push(u32(b, at + i * 4));
    difat = u32(b, at + perSector * 4);
  }
  return list;
}

function nextSector(b: Uint8Array, fats: number[], shift: number, sector: number): number {
  const perSector = (1 << shift) / 4;
  const fat = fats[Math.floor(sector / perSector)];
  if (fat === undefined) return END_OF_CHAIN;
  const at = sectorOffset(fat, shift) + (sector % perSector) * 4;
  return at + 4 <= b.length ? u32(b, at) : END_OF_CHAIN;
}

/** Names of all storages and streams in the directory; null when the structure cannot be followed. */
export function cfbEntryNames(b: Uint8Array): string[] | null {
  if (!isCfb(b) || b.length < 512) return null;
  const shift = u16(b, 0x1e);
  if (shift !== 9 && shift !== 12) return null;
  const fats = fatSectors(b, shift);
  const names: string[] = [];
  let sector = u32(b, 0x30);
  const seen = new Set<number>();
  while (sector < END_OF_CHAIN && !seen.has(sector) && seen.size < MAX_SECTORS) {
    seen.add(sector);
    const start = sectorOffset(sector, shift);
    if (start + (1 << shift) > b.length) return names.length ? names : null;
    for (let at = start; at < start + (1 << shift); at += 128) {
      const nameBytes = u16(b, at + 0x40);
      const type = b[at + 0x42];
      if (type === 0 || nameBytes < 2 || nameBytes > 64) continue;
      let name = "";
      for (let i = 0; i < nameBytes - 2; i += 2) name += String.fromCharCode(u16(b, at + i));
      names.push(name);
    }
    sector = nextSector(b, fats, shift, sector);
  }
  return names.length ? names : null;
}

/** Whether the raw bytes hold a UTF-16LE name (fallback for a damaged directory). */
export function containsUtf16(b: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0);
  outer: for (let i = 0; i + text.length * 2 <= b.length; i++) {
    if (b[i] !== first || b[i + 1] !== 0) continue;
    for (let k = 1; k < text.length; k++) {
      if (b[i + 2 * k] !== text.charCodeAt(k) || b[i + 2 * k + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}
