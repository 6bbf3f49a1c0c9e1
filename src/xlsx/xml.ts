// The XML toolkit over strings: no DOM (none in workers), splice-friendly positions. Every element is located
// with the one tokenizer (xmlTokenizer.ts), so comments, CDATA, processing instructions and `>` inside attribute
// values are read as an XML parser reads them.
import { indexOf } from "./xmlIndex";
import { cdataText, decodeAttr, decodeEntities, decodeText, TOKEN, XmlSyntaxError, XmlTokenizer } from "./xmlTokenizer";

export { decodeAttr, decodeEntities, decodeText };
export { escapeAttr, getAttr, otherAttrs, removeAttr, setAttr } from "./xmlAttrs";

/** Decodes the OOXML escapes _xHHHH_ (e.g. _x000D_ → carriage return, _x005F_ → underscore). */
export function decodeXstring(s: string): string {
  if (s.indexOf("_x") < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Characters XML 1.0 forbids in text; Excel writes them as _xHHHH_. */
// eslint-disable-next-line no-control-regex -- these control characters are what the pattern is for
const XML_FORBIDDEN = /[\x00-\x08\x0b-\x0d\x0e-\x1f\ufffe\uffff]/g;

/** Escapes text for element content; characters XML forbids become _xHHHH_, a literal _xHHHH_ is protected. */
export function escapeText(s: string): string {
  return s
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(XML_FORBIDDEN, (c) => "_x" + c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0") + "_");
}

/** The namespace prefix of the document element ("x:" for <x:worksheet>, "" when unprefixed). */
export function rootPrefix(xml: string): string {
  const index = indexOf(xml, true);
  if (index) return index.rootPrefix();
  const t = new XmlTokenizer(xml, 0, xml.length, true);
  for (let k = t.next(); k !== TOKEN.eof; k = t.next()) {
    if (k === TOKEN.start) return t.prefix();
  }
  return "";
}

/** One element's positions: [start, openEnd) is the start tag; [closeStart, end) the end tag (empty if self-closing). */
export interface ElementSpan {
  start: number;
  openEnd: number;
  closeStart: number;
  end: number;
  selfClosing: boolean;
}

/** The span of the element whose start tag the tokenizer just read (reads on to its end tag). */
export function spanFrom(t: XmlTokenizer): ElementSpan {
  const start = t.start;
  const openEnd = t.end;
  if (t.selfClosing) return { start, openEnd, closeStart: openEnd, end: openEnd, selfClosing: true };
  const depth = t.depth;
  for (let k = t.next(); k !== TOKEN.eof; k = t.next()) {
    if (k === TOKEN.end && t.depth === depth)
      return { start, openEnd, closeStart: t.start, end: t.end, selfClosing: false };
  }
  throw new XmlSyntaxError(start, "element not closed");
}

/**
 * Calls `visit` for each element named `name` in [from, until) that is not inside another such element, in
 * document order, with the tokenizer on its start tag; comments, CDATA and processing instructions are skipped
 * as an XML parser skips them. `visit` returns false to stop.
 */
function eachElement(
  xml: string,
  name: string,
  from: number,
  until: number,
  visit: (span: ElementSpan) => boolean,
): void {
  const t = new XmlTokenizer(xml, from, until, true);
  for (let k = t.next(); k !== TOKEN.eof; k = t.next()) {
    if (k === TOKEN.start && t.nameIs(name) && !visit(spanFrom(t))) return;
  }
}

/** Position of the first start tag `<name` in [from, until) (not inside a comment or CDATA); -1 when none. */
export function findTag(xml: string, name: string, from = 0, until = xml.length): number {
  const t = new XmlTokenizer(xml, from, until, true);
  for (let k = t.next(); k !== TOKEN.eof; k = t.next()) if (k === TOKEN.start && t.nameIs(name)) return t.start;
  return -1;
}

/** The first element `name` (with prefix) in [from, until), or null. */
export function findElement(xml: string, name: string, from = 0, until = xml.length): ElementSpan | null {
  const index = indexOf(xml, from === 0 && until === xml.length);
  if (index?.covers(from, until)) return index.find(name, from, until, 1)[0] ?? null;
  let found: ElementSpan | null = null;
  eachElement(xml, name, from, until, (span) => {
    found = span;
    return false;
  });
  return found;
}

/** Every element `name` in [from, until), in order (one nested inside another such element is not listed). */
export function findElements(xml: string, name: string, from = 0, until = xml.length): ElementSpan[] {
  const index = indexOf(xml, from === 0 && until === xml.length);
  if (index?.covers(from, until)) return index.find(name, from, until);
  const out: ElementSpan[] = [];
  eachElement(xml, name, from, until, (span) => out.push(span) > 0);
  return out;
}

/** The character data in [from, until) as an XML parser reports it: entities decoded, CDATA as is, comments and
 *  processing instructions left out, then Excel's _xHHHH_ escapes decoded. */
export function textContent(xml: string, from: number, until: number): string {
  const t = new XmlTokenizer(xml, from, until, true);
  let out = "";
  for (let k = t.next(); k !== TOKEN.eof; k = t.next()) {
    if (k === TOKEN.text) out += decodeText(xml.slice(t.start, t.end));
    else if (k === TOKEN.cdata) out += cdataText(xml, t.start, t.end);
  }
  return decodeXstring(out);
}

/** Concatenated text of the <t> elements in a rich-text segment, phonetic runs (<rPh>) left out. */
export function richText(xml: string, prefix: string, from = 0, until = xml.length): string {
  const t = new XmlTokenizer(xml, from, until, true);
  const tName = prefix + "t";
  const phName = prefix + "rPh";
  let out = "";
  let inT = 0;
  let inPh = 0;
  for (let k = t.next(); k !== TOKEN.eof; k = t.next()) {
    if (k === TOKEN.start && !t.selfClosing) {
      if (t.nameIs(phName) && !inPh) inPh = t.depth;
      else if (t.nameIs(tName) && !inT && !inPh) inT = t.depth;
    } else if (k === TOKEN.end) {
      if (t.depth === inPh) inPh = 0;
      else if (t.depth === inT) inT = 0;
    } else if (inT && k === TOKEN.text) out += decodeText(xml.slice(t.start, t.end));
    else if (inT && k === TOKEN.cdata) out += cdataText(xml, t.start, t.end);
  }
  return decodeXstring(out);
}

/** A replacement of xml[start, end) by text; end < 0 (or = start) inserts at start. */
export interface Splice {
  start: number;
  end: number;
  text: string;
}

/** The order in which splices apply: by position, insertions at one position in the order they were listed. */
export function spliceOrder(splices: readonly Splice[]): number[] {
  let sorted = true;
  for (let i = 1; i < splices.length && sorted; i++) sorted = splices[i - 1].start <= splices[i].start;
  const order = splices.map((_s, i) => i);
  if (!sorted) order.sort((a, b) => splices[a].start - splices[b].start || a - b);
  return order;
}

/** Applies non-overlapping splices; insertions at one position keep the order they were listed in. */
export function applySplices(xml: string, splices: readonly Splice[]): string {
  const order = spliceOrder(splices);
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
