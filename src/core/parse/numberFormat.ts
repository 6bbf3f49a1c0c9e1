// What a cell's number format code says about its number: a percent, a date (with or without a day), a unit literal.

/** The reading of a number format code. */
export interface FormatInfo {
  /** A `%` outside quotes: Excel shows the number × 100. */
  percent: boolean;
  /** Year, month or day codes: the number is a date serial. */
  date: boolean;
  /** The date format shows a day (`yyyy"年"m"月"` does not: the date stands for its month). */
  hasDay: boolean;
  /** Literal text of the format (`0.00"万元"` → "万元"), "" when none. */
  literal: string;
}

const NONE: FormatInfo = Object.freeze({ percent: false, date: false, hasDay: false, literal: "" });
const CACHE = new Map<string, FormatInfo>();

/** Classifies a number format code (first section only); cached. */
export function classifyNumberFormat(code: string | null | undefined): FormatInfo {
  if (!code || code === "@" || code.toLowerCase() === "general") return NONE;
  const hit = CACHE.get(code);
  if (hit) return hit;
  const info = Object.freeze(scan(code));
  if (CACHE.size > 500) CACHE.clear();
  CACHE.set(code, info);
  return info;
}

function scan(code: string): FormatInfo {
  let literal = "";
  let codes = "";
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === ";") break;
    if (ch === '"') {
      const close = code.indexOf('"', i + 1);
      const end = close < 0 ? code.length : close;
      literal += code.slice(i + 1, end);
      i = end;
    } else if (ch === "\\") {
      literal += code[i + 1] ?? "";
      i++;
    } else if (ch === "[") {
      const close = code.indexOf("]", i + 1);
      const inner = close < 0 ? "" : code.slice(i + 1, close).toLowerCase();
      if (/^(h+|m+|s+)$/.test(inner)) codes += inner[0];
      i = close < 0 ? code.length : close;
    } else if (ch === "_" || ch === "*") i++;
    else if (/[\u4e00-\u9fff]/.test(ch)) literal += ch;
    else codes += ch.toLowerCase();
  }
  const scientific = /e[+-]/.test(codes);
  const hasY = /[yeg]/.test(codes.replace(/e[+-]/g, "")) && !scientific;
  const hasD = /d/.test(codes);
  const hasM = /m/.test(codes);
  const hasTime = /[hs]/.test(codes);
  const date = hasY || hasD || (hasM && !hasTime);
  return { percent: !date && codes.includes("%"), date, hasDay: date && hasD, literal: literal.trim() };
}

/** Calendar date of an Excel serial (1900 date system, with its 1900-02-29); null when out of range. */
export function excelSerialToDate(serial: number): { year: number; month: number; day: number } | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return null;
  const days = Math.floor(serial);
  if (days === 60) return { year: 1900, month: 2, day: 29 };
  const epoch = days > 60 ? Date.UTC(1899, 11, 30) : Date.UTC(1899, 11, 31);
  const d = new Date(epoch + days * 86400000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
