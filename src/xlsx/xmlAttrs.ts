// Attributes of a start tag, read and rewritten in place on the tag's text: one cursor walks them (no callback, no
// list), so reading one attribute of many tags allocates nothing.
import { decodeAttr } from "./xmlTokenizer";

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

/** Walks the attributes of a start tag: after each next() that returns true, the name's and the value's ranges
 *  (value without quotes); no callback, no array, so reading one attribute of many tags allocates nothing. */
class AttrCursor {
  nameStart = 0;
  nameEnd = 0;
  valueStart = 0;
  valueEnd = 0;
  /** Where the attribute before the current one ended (the current one's white space starts there). */
  prevEnd: number;
  private i: number;

  constructor(private readonly tag: string) {
    this.i = this.prevEnd = afterName(tag);
  }

  /** Moves to the next attribute; false at the tag's end (or where the tag is not well formed). */
  next(): boolean {
    const tag = this.tag;
    let i = this.i;
    if (this.valueEnd) this.prevEnd = this.valueEnd + 1;
    while (i < tag.length && tag.charCodeAt(i) <= 32) i++;
    const c = tag.charCodeAt(i);
    if (i >= tag.length || c === 62 || c === 47) return false;
    this.nameStart = i;
    while (i < tag.length && tag.charCodeAt(i) !== 61 && tag.charCodeAt(i) > 32) i++;
    this.nameEnd = i;
    while (i < tag.length && (tag.charCodeAt(i) <= 32 || tag.charCodeAt(i) === 61)) i++;
    const quote = tag.charCodeAt(i);
    if (quote !== 34 && quote !== 39) return false;
    const valueEnd = tag.indexOf(quote === 34 ? '"' : "'", i + 1);
    if (valueEnd < 0) return false;
    this.valueStart = i + 1;
    this.valueEnd = valueEnd;
    this.i = valueEnd + 1;
    return true;
  }

  /** Whether the current attribute's name is `name`. */
  nameIs(name: string): boolean {
    return this.nameEnd - this.nameStart === name.length && this.tag.startsWith(name, this.nameStart);
  }
}

function afterName(tag: string): number {
  let i = tag.charCodeAt(0) === 60 ? 1 : 0;
  while (i < tag.length && tag.charCodeAt(i) > 32 && tag.charCodeAt(i) !== 62 && tag.charCodeAt(i) !== 47) i++;
  return i;
}

/** Where attribute `name` stands in a start tag: [from, to) from the white space before it to its closing quote. */
function locateAttr(tag: string, name: string): { from: number; valueStart: number; valueEnd: number } | null {
  const at = new AttrCursor(tag);
  while (at.next()) if (at.nameIs(name)) return { from: at.prevEnd, valueStart: at.valueStart, valueEnd: at.valueEnd };
  return null;
}

/** The decoded value of attribute `name` in a start tag (the tag alone, or the element's text from its `<`), or null. */
export function getAttr(tag: string, name: string): string | null {
  const at = new AttrCursor(tag);
  while (at.next()) if (at.nameIs(name)) return decodeAttr(tag.slice(at.valueStart, at.valueEnd));
  return null;
}

/** The attributes of a start tag other than those named in `skip`, as markup (` name="value"` each, a `"` in a value
 *  written &quot;); "" when there are none, without building a list. */
export function otherAttrs(tag: string, skip: ReadonlySet<string>): string {
  let kept = "";
  const at = new AttrCursor(tag);
  while (at.next()) {
    const name = tag.slice(at.nameStart, at.nameEnd);
    if (skip.has(name)) continue;
    kept += ` ${name}="${tag.slice(at.valueStart, at.valueEnd).replace(/"/g, "&quot;")}"`;
  }
  return kept;
}

/** The start tag with attribute `name` set to `value` (replaced in place, or added before the tag's end). */
export function setAttr(tag: string, name: string, value: string): string {
  const at = locateAttr(tag, name);
  if (at) return `${tag.slice(0, at.valueStart - 1)}"${escapeAttr(value)}"${tag.slice(at.valueEnd + 1)}`;
  const close = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
  let cut = close;
  while (cut > 0 && /\s/.test(tag[cut - 1])) cut--;
  return `${tag.slice(0, cut)} ${name}="${escapeAttr(value)}"${tag.slice(close)}`;
}

/** The start tag without attribute `name`. */
export function removeAttr(tag: string, name: string): string {
  const at = locateAttr(tag, name);
  return at ? tag.slice(0, at.from) + tag.slice(at.valueEnd + 1) : tag;
}
