// A cell's attributes read in place from the sheet's XML: the usual value (no entity, tab or line end) needs no
// slice, decode or object per cell; anything else is decoded by the caller first.

/** True when xml[from, to) holds no entity, tab or line end (its decoded value is the text itself). */
export function isPlain(xml: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = xml.charCodeAt(i);
    if (c === 38 || c === 9 || c === 10 || c === 13) return false;
  }
  return true;
}

/** The non-negative integer written in xml[from, to) (at most 9 digits), or -1 when it is anything else. */
export function digitsAt(xml: string, from: number, to: number): number {
  if (to <= from || to - from > 9) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = xml.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

const CELL_TYPES = ["s", "n", "b", "e", "d", "str", "inlineStr"];

/** A cell's t attribute as a string, the usual ones without making a new string. */
export function cellType(xml: string, from: number, to: number): string {
  for (const type of CELL_TYPES) if (to - from === type.length && xml.startsWith(type, from)) return type;
  return xml.slice(from, to);
}

/** Columns a packed reference counts per row: more than the largest three-letter column (ZZZ = 18,278). */
export const REF_COLS = 1 << 15;

/** parseCellRef on xml[from, to) without making a string ("B12", "$B$12"): row × REF_COLS + column, 0-based, or
 *  -1 when it is not a reference. */
export function cellRefAt(xml: string, from: number, to: number): number {
  let i = from;
  if (xml.charCodeAt(i) === 36) i++;
  const colStart = i;
  let col = 0;
  for (let c = xml.charCodeAt(i); i < to && c >= 65 && c <= 90; c = xml.charCodeAt(++i)) col = col * 26 + (c - 64);
  if (i === colStart || i - colStart > 3) return -1;
  if (i < to && xml.charCodeAt(i) === 36) i++;
  const rowStart = i;
  let row = 0;
  for (let c = xml.charCodeAt(i); i < to && c >= 48 && c <= 57; c = xml.charCodeAt(++i)) row = row * 10 + (c - 48);
  if (i === rowStart || i !== to || row < 1) return -1;
  return (row - 1) * REF_COLS + (col - 1);
}
