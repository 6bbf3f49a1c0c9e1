// A small hand-written XML toolkit over strings: no DOM (none in workers), splice-friendly positions.

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Decodes XML entities (&lt; &#62; &#x3E; ...) in text or attribute values. */
export function decodeEntities(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (m, body: string) => {
    if (body[0] === "#") {
      const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return NAMED[body] ?? m;
  });
}

/** Decodes the OOXML escapes _xHHHH_ (e.g. _x000D_ → carriage return, _x005F_ → underscore). */
export function decodeXstring(s: string): string {
  if (s.indexOf("_x") < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Text content as a cell or note shows it: entities and _xHHHH_ escapes decoded, CDATA unwrapped. */
export function decodeText(raw: string): string {
  if (raw.startsWith("<![CDATA[")) return decodeXstring(raw.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, "$1"));
  return decodeXstring(decodeEntities(raw));
}

/** Escapes text for element content; characters XML forbids become _xHHHH_, a literal _xHHHH_ is protected. */
export function escapeText(s: string): string {
  return s
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    // eslint-disable-next-line no-control-regex -- XML 1.0 forbids these characters; Excel escapes them as _xHHHH_
    .replace(/[\x00-\x08\x0b-\x0d\x0e-\x1f\ufffe\uffff]/g, (c) => "_x" + c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0") + "_");
}

/** Escapes an attribute value (double-quoted). */
export function escapeAttr(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;")
    .replace(/\t/g, "&#9;");
}

/** The namespace prefix of the document element ("x:" for <x:worksheet>, "" when unprefixed). */
export function rootPrefix(xml: string): string {
  const m = /<([A-Za-z_][\w.-]*:)?[A-Za-z_][\w.-]*[\s>/]/.exec(xml.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, (x) => " ".repeat(x.length)));
  return m && m[1] ? m[1] : "";
}

/** Position of the first tag `<name` at or after `from` whose name ends there (not `<names`); -1 when none. */
export function findTag(xml: string, name: string, from = 0, until = xml.length): number {
  // Search only [from, until): a missing tag must not cost a scan to the end of a large document.
  const bounded = until < xml.length;
  const text = bounded ? xml.slice(from, until) : xml;
  const base = bounded ? from : 0;
  const needle = "<" + name;
  let at = text.indexOf(needle, bounded ? 0 : from);
  while (at >= 0) {
    const c = text.charCodeAt(at + needle.length);
    // space, tab, newline, carriage return, '>' or '/'
    if (c === 32 || c === 62 || c === 47 || c === 10 || c === 9 || c === 13) return at + base;
    at = text.indexOf(needle, at + 1);
  }
  return -1;
}

/** One element's positions: [start, openEnd) is the start tag; [closeStart, end) the end tag (empty if self-closing). */
export interface ElementSpan {
  start: number;
  openEnd: number;
  closeStart: number;
  end: number;
  selfClosing: boolean;
}

/** Finds the first element `name` (with prefix) from `from`; assumes it does not nest inside itself. */
export function findElement(xml: string, name: string, from = 0, until = xml.length): ElementSpan | null {
  const start = findTag(xml, name, from, until);
  if (start < 0) return null;
  const gt = xml.indexOf(">", start);
  if (gt < 0) return null;
  const openEnd = gt + 1;
  if (xml.charCodeAt(gt - 1) === 47) return { start, openEnd, closeStart: openEnd, end: openEnd, selfClosing: true };
  const closeStart = xml.indexOf("</" + name + ">", openEnd);
  if (closeStart < 0) return null;
  return { start, openEnd, closeStart, end: closeStart + name.length + 3, selfClosing: false };
}

/** Every element `name` between from and until, in order (elements must not nest inside themselves). */
export function findElements(xml: string, name: string, from = 0, until = xml.length): ElementSpan[] {
  const out: ElementSpan[] = [];
  let at = from;
  for (;;) {
    const span = findElement(xml, name, at, until);
    if (!span || span.start >= until) return out;
    out.push(span);
    at = span.end;
  }
}

const attrPatterns = new Map<string, RegExp>();

/** The decoded value of attribute `name` in a start tag, or null. */
export function getAttr(tag: string, name: string): string | null {
  let re = attrPatterns.get(name);
  if (!re) {
    re = new RegExp(`[\\s]${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*("([^"]*)"|'([^']*)')`);
    attrPatterns.set(name, re);
  }
  const m = re.exec(tag);
  if (!m) return null;
  return decodeEntities(m[2] ?? m[3] ?? "");
}

const setPatterns = new Map<string, RegExp>();

/** The start tag with attribute `name` set to `value` (replaced in place, or added before the tag's end). */
export function setAttr(tag: string, name: string, value: string): string {
  let re = setPatterns.get(name);
  if (!re) {
    re = new RegExp(`([\\s]${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*)("[^"]*"|'[^']*')`);
    setPatterns.set(name, re);
  }
  if (re.test(tag)) return tag.replace(re, (_m, head: string) => `${head}"${escapeAttr(value)}"`);
  const close = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
  let cut = close;
  while (cut > 0 && /\s/.test(tag[cut - 1])) cut--;
  return `${tag.slice(0, cut)} ${name}="${escapeAttr(value)}"${tag.slice(close)}`;
}

/** The start tag without attribute `name`. */
export function removeAttr(tag: string, name: string): string {
  return tag.replace(new RegExp(`\\s+${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*("[^"]*"|'[^']*')`), "");
}

/** Concatenated text of the <t> elements in a rich-text segment, phonetic runs (<rPh>) left out. */
export function richText(xml: string, prefix: string, from = 0, until = xml.length): string {
  const tName = prefix + "t";
  const phName = prefix + "rPh";
  let out = "";
  let at = from;
  for (;;) {
    const t = findTag(xml, tName, at, until);
    if (t < 0) return out;
    const ph = findTag(xml, phName, at, t);
    if (ph >= 0) {
      const phEnd = xml.indexOf("</" + phName + ">", ph);
      at = phEnd < 0 ? until : phEnd;
      continue;
    }
    const gt = xml.indexOf(">", t);
    if (xml.charCodeAt(gt - 1) === 47) {
      at = gt + 1;
      continue;
    }
    const close = xml.indexOf("</" + tName + ">", gt);
    if (close < 0 || close > until) return out;
    out += decodeText(xml.slice(gt + 1, close));
    at = close + tName.length + 3;
  }
}

/** A replacement of xml[start, end) by text; end < 0 (or = start) inserts at start. */
export interface Splice {
  start: number;
  end: number;
  text: string;
}

/** Applies non-overlapping splices; insertions at one position keep the order they were listed in. */
export function applySplices(xml: string, splices: readonly Splice[]): string {
  const order = splices.map((_s, i) => i);
  order.sort((a, b) => splices[a].start - splices[b].start || a - b);
  const pieces: string[] = [];
  let last = 0;
  for (const i of order) {
    const s = splices[i];
    pieces.push(xml.slice(last, s.start), s.text);
    last = s.end < 0 ? s.start : s.end;
  }
  pieces.push(xml.slice(last));
  return pieces.join("");
}

/** Fast parse of a cell reference "B12" (optionally with $) into 0-based row/col; null when it is not one. */
export function parseCellRef(ref: string): { row: number; col: number } | null {
  let i = 0;
  let col = 0;
  let row = 0;
  if (ref.charCodeAt(i) === 36) i++;
  const colStart = i;
  for (let c = ref.charCodeAt(i); c >= 65 && c <= 90; c = ref.charCodeAt(++i)) col = col * 26 + (c - 64);
  if (i === colStart || i - colStart > 3) return null;
  if (ref.charCodeAt(i) === 36) i++;
  const rowStart = i;
  for (let c = ref.charCodeAt(i); c >= 48 && c <= 57; c = ref.charCodeAt(++i)) row = row * 10 + (c - 48);
  if (i === rowStart || i !== ref.length || row < 1) return null;
  return { row: row - 1, col: col - 1 };
}
