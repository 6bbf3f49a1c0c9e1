// Text normalisation shared by the table finder and the value reader.

const FULL_WIDTH_START = 0xff01;
const FULL_WIDTH_END = 0xff5e;

/** Full-width ASCII (Ａ１％＞) to half-width, ideographic space to space. Other characters unchanged. */
export function toHalfWidth(s: string): string {
  let i = 0;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= FULL_WIDTH_START && c <= FULL_WIDTH_END) || c === 0x3000) break;
  }
  if (i === s.length) return s;
  let out = s.slice(0, i);
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= FULL_WIDTH_START && c <= FULL_WIDTH_END) {
      out += String.fromCharCode(c - 0xfee0);
    } else if (c === 0x3000) {
      out += " ";
    } else out += s[i];
  }
  return out;
}

/** Half-width text without blanks (不低于 上年 → 不低于上年), as the word comparisons read a cell. */
export function compactText(s: string): string {
  return toHalfWidth(s).replace(/\s/g, "");
}

/** Header matching key: half-width, no whitespace or line breaks, no unit note in brackets ("分值（分）" → "分值"). */
export function headerKey(s: unknown): string {
  if (s === null || s === undefined) return "";
  return toHalfWidth(String(s))
    .replace(/\s+/g, "")
    .replace(/\((分|万元|元|%|％)\)$/, "");
}

/** Text of a cell value for display and parsing ("" for empty). */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v).trim();
}

const hasNormalize = typeof String.prototype.normalize === "function";

/** NFKC where the runtime has it; Internet Explorer 11 (old Excel's ribbon) has no String.prototype.normalize, so
 *  there full-width ASCII and the ideographic space are folded by hand (what NFKC changes in table texts). */
export function nfkc(s: string): string {
  return hasNormalize ? s.normalize("NFKC") : toHalfWidth(s);
}

/** A unit or note in brackets closing a name (验收合格率（%）, 满意度(%)). */
const CLOSING_NOTE = /\s*[（(][^（）()]{0,8}[)）]\s*$/;

/** An indicator's name without a unit or note in brackets closing it (验收合格率（%） → 验收合格率). */
export function withoutClosingNote(name: string): string {
  return name.trim().replace(CLOSING_NOTE, "");
}
