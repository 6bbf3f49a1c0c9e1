// Moves the relative references of a formula, as Excel does for the cells of a shared formula.
import { columnLetters } from "../core";

const MAX_ROW = 1048576;
const MAX_COL = 16384;

function colNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n;
}

const CELL = /(?<![A-Za-z0-9_.\u00c0-\uffff$])(\$?)([A-Z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(!\u00c0-\uffff])/g;
const COLS = /(?<![A-Za-z0-9_.\u00c0-\uffff$])(\$?)([A-Z]{1,3}):(\$?)([A-Z]{1,3})(?![A-Za-z0-9_(!\u00c0-\uffff])/g;
const ROWS = /(?<![A-Za-z0-9_.\u00c0-\uffff$:])(\$?)(\d{1,7}):(\$?)(\d{1,7})(?![A-Za-z0-9_.(!\u00c0-\uffff])/g;

function shiftCol(abs: string, letters: string, d: number): string | null {
  const n = colNumber(letters);
  if (n > MAX_COL) return null;
  if (abs) return "$" + letters;
  const m = n + d;
  return m >= 1 && m <= MAX_COL ? columnLetters(m - 1) : "#REF!";
}

function shiftRow(abs: string, digits: string, d: number): string | null {
  const n = Number(digits);
  if (n < 1 || n > MAX_ROW) return null;
  if (abs) return "$" + digits;
  const m = n + d;
  return m >= 1 && m <= MAX_ROW ? String(m) : "#REF!";
}

function shiftSegment(s: string, dRow: number, dCol: number): string {
  return s
    .replace(CELL, (m, ca: string, col: string, ra: string, row: string) => {
      const c = shiftCol(ca, col, dCol);
      const r = shiftRow(ra, row, dRow);
      if (c === null || r === null) return m;
      return c === "#REF!" || r === "#REF!" ? "#REF!" : c + r;
    })
    .replace(COLS, (m, a1: string, c1: string, a2: string, c2: string) => {
      const x = shiftCol(a1, c1, dCol);
      const y = shiftCol(a2, c2, dCol);
      if (x === null || y === null) return m;
      return x === "#REF!" || y === "#REF!" ? "#REF!" : `${x}:${y}`;
    })
    .replace(ROWS, (m, a1: string, r1: string, a2: string, r2: string) => {
      const x = shiftRow(a1, r1, dRow);
      const y = shiftRow(a2, r2, dRow);
      if (x === null || y === null) return m;
      return x === "#REF!" || y === "#REF!" ? "#REF!" : `${x}:${y}`;
    });
}

/** The formula with every relative A1 reference moved by (dRow, dCol); strings, quoted names and [..] kept. */
export function shiftFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  let out = "";
  let plain = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'" || ch === "[") {
      out += shiftSegment(plain, dRow, dCol);
      plain = "";
      const close = ch === "[" ? "]" : ch;
      let j = i + 1;
      let depth = 1;
      while (j < formula.length) {
        if (ch === "[" && formula[j] === "[") depth++;
        else if (formula[j] === close) {
          if (ch !== "[" && formula[j + 1] === close) {
            j += 2;
            continue;
          }
          if (--depth === 0) break;
        }
        j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    plain += ch;
    i++;
  }
  return out + shiftSegment(plain, dRow, dCol);
}
