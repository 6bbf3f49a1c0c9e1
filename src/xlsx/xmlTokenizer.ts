// The one XML tokenizer of the .xlsx host: start and end tags (attributes parsed as an XML parser does, so a `>` in
// a value ends nothing), text, CDATA, comments and processing instructions, each with its position in the string.
// It checks well-formedness as it goes (matching end tags, one root, quoted attributes without `<`, defined
// entities, no DTD, no forbidden characters) and throws XmlSyntaxError at the first fault.
import { decodeAttr, entityEnd, XmlSyntaxError } from "./xmlText";

export { cdataText, decodeAttr, decodeEntities, decodeText, entityEnd, XmlSyntaxError } from "./xmlText";

/** Token kinds returned by XmlTokenizer.next(). */
export const TOKEN = { eof: 0, start: 1, end: 2, text: 3, cdata: 4, comment: 5, pi: 6 } as const;
/** One of the TOKEN values. */
export type TokenKind = (typeof TOKEN)[keyof typeof TOKEN];

/** Deepest element nesting accepted (libxml2's default limit; real parts nest fewer than 20 deep). */
export const MAX_XML_DEPTH = 256;

function isNameStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 58 || c >= 0xc0;
}

function isNameChar(c: number): boolean {
  return isNameStart(c) || (c >= 48 && c <= 57) || c === 45 || c === 46 || c === 0xb7;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

/** XML 1.0 Char production (surrogate pairs come through as two code units and are accepted). */
function isForbidden(c: number): boolean {
  return (c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffe || c === 0xffff;
}

/**
 * Walks an XML document (or, with `fragment`, the content between two positions of one) token by token.
 * After next(): `kind`, the token's [start, end); for tags the name [nameStart, nameEnd), the attributes
 * [nameEnd, attrEnd) and `selfClosing`; `depth` is the tag's element depth (the root is 1), or for any other token
 * the number of elements around it (counted from `from` in a fragment).
 */
export class XmlTokenizer {
  kind: TokenKind = TOKEN.eof;
  start = 0;
  end = 0;
  nameStart = 0;
  nameEnd = 0;
  attrEnd = 0;
  selfClosing = false;
  depth = 0;
  private pos: number;
  /** Open elements' name ranges: stack[2i], stack[2i+1]; `sp` entries used. */
  private readonly stack: number[] = [];
  private sp = 0;
  private seenRoot = false;
  /** The current start tag's attributes: name start, name end, value start, value end (without quotes) for each;
   *  `attrCount()` of them. */
  readonly attrs: number[] = [];
  private na = 0;

  constructor(
    readonly xml: string,
    from = 0,
    private readonly limit = xml.length,
    private readonly fragment = from > 0 || limit < xml.length,
  ) {
    this.pos = from;
  }

  /** Reads the next token. In a fragment, an end tag closing an element opened before `from` ends it (eof). */
  next(): TokenKind {
    const xml = this.xml;
    const at = this.pos;
    this.start = at;
    this.depth = this.sp >> 1;
    if (at >= this.limit) return this.finish();
    if (xml.charCodeAt(at) !== 60) return this.text(at);
    const c = xml.charCodeAt(at + 1);
    if (c === 47) return this.endTag(at);
    if (c === 33) return this.bang(at);
    if (c === 63) return this.pi(at);
    return this.startTag(at);
  }

  /** True when the current tag's name is `name`. */
  nameIs(name: string): boolean {
    return this.nameEnd - this.nameStart === name.length && this.xml.startsWith(name, this.nameStart);
  }

  /** The current tag's name. */
  name(): string {
    return this.xml.slice(this.nameStart, this.nameEnd);
  }

  /** The namespace prefix of the current tag's name with its colon ("x:" for <x:worksheet>), "" when unprefixed. */
  prefix(): string {
    return namePrefix(this.xml, this.nameStart, this.nameEnd);
  }

  /** How many attributes the current start tag has (their ranges are in `attrs`, four numbers each). */
  attrCount(): number {
    return this.na >> 2;
  }

  /** The decoded value of the current start tag's attribute `name`, or null. */
  attr(name: string): string | null {
    const xml = this.xml;
    for (let k = 0; k < this.na; k += 4) {
      if (this.attrs[k + 1] - this.attrs[k] === name.length && xml.startsWith(name, this.attrs[k]))
        return decodeAttr(xml.slice(this.attrs[k + 2], this.attrs[k + 3]));
    }
    return null;
  }

  private sameName(s: number, e: number, at: number, atEnd: number): boolean {
    if (e - s !== atEnd - at) return false;
    const xml = this.xml;
    for (let k = 0; k < e - s; k++) if (xml.charCodeAt(s + k) !== xml.charCodeAt(at + k)) return false;
    return true;
  }

  private fail(at: number, reason: string): never {
    throw new XmlSyntaxError(at, reason);
  }

  private finish(): TokenKind {
    if (!this.fragment) {
      if (this.sp)
        this.fail(
          this.limit,
          `element <${this.xml.slice(this.stack[this.sp - 2], this.stack[this.sp - 1])}> is not closed`,
        );
      if (!this.seenRoot) this.fail(this.limit, "no root element");
    }
    this.end = this.limit;
    return (this.kind = TOKEN.eof);
  }

  private text(at: number): TokenKind {
    const xml = this.xml;
    const lt = xml.indexOf("<", at);
    const end = lt < 0 || lt > this.limit ? this.limit : lt;
    let blank = true;
    for (let i = at; i < end; i++) {
      const c = xml.charCodeAt(i);
      if (c > 62 && c < 0xfffe) {
        blank = false;
        continue;
      }
      if (c === 38) i = entityEnd(xml, i, end) - 1;
      else if (c === 62 && xml.charCodeAt(i - 1) === 93 && xml.charCodeAt(i - 2) === 93 && i - 2 >= at)
        this.fail(i, "]]> in text");
      else if (c < 32 || c >= 0xfffe) {
        if (isForbidden(c)) this.fail(i, `character U+${c.toString(16).padStart(4, "0")} is not allowed in XML`);
      }
      if (blank && !isSpace(c)) blank = false;
    }
    if (!blank && !this.fragment && this.sp === 0) this.fail(at, "text outside the root element");
    this.end = this.pos = end;
    return (this.kind = TOKEN.text);
  }

  private bang(at: number): TokenKind {
    const xml = this.xml;
    if (xml.startsWith("<!--", at)) {
      const close = xml.indexOf("-->", at + 4);
      if (close < 0 || close + 3 > this.limit) this.fail(at, "comment not closed");
      const dashes = xml.indexOf("--", at + 4);
      if (dashes < close) this.fail(dashes, "-- inside a comment");
      this.end = this.pos = close + 3;
      return (this.kind = TOKEN.comment);
    }
    if (xml.startsWith("<![CDATA[", at)) {
      const close = xml.indexOf("]]>", at + 9);
      if (close < 0 || close + 3 > this.limit) this.fail(at, "CDATA section not closed");
      if (!this.fragment && this.sp === 0) this.fail(at, "CDATA outside the root element");
      this.end = this.pos = close + 3;
      return (this.kind = TOKEN.cdata);
    }
    if (xml.startsWith("<!DOCTYPE", at)) this.fail(at, "a DTD (<!DOCTYPE>), which Office documents must not have");
    return this.fail(at, "markup starting with <! that is no comment or CDATA");
  }

  private pi(at: number): TokenKind {
    const xml = this.xml;
    let i = at + 2;
    if (!isNameStart(xml.charCodeAt(i))) this.fail(at, "processing instruction without a target");
    while (isNameChar(xml.charCodeAt(i))) i++;
    const target = xml.slice(at + 2, i).toLowerCase();
    if (target === "xml" && at !== 0) this.fail(at, "an XML declaration that is not at the start");
    const close = xml.indexOf("?>", i);
    if (close < 0 || close + 2 > this.limit) this.fail(at, "processing instruction not closed");
    this.end = this.pos = close + 2;
    return (this.kind = TOKEN.pi);
  }

  private scanName(i: number, what: string): number {
    if (!isNameStart(this.xml.charCodeAt(i))) this.fail(i, `${what} without a valid name`);
    i++;
    while (isNameChar(this.xml.charCodeAt(i))) i++;
    return i;
  }

  private startTag(at: number): TokenKind {
    const xml = this.xml;
    const limit = this.limit;
    this.nameStart = at + 1;
    let i = (this.nameEnd = this.scanName(at + 1, "tag"));
    this.na = 0;
    for (;;) {
      const before = i;
      while (i < limit && isSpace(xml.charCodeAt(i))) i++;
      const c = xml.charCodeAt(i);
      if (i >= limit) this.fail(at, "tag not closed");
      if (c === 62 || c === 47) {
        this.attrEnd = i;
        this.selfClosing = c === 47;
        if (this.selfClosing && xml.charCodeAt(i + 1) !== 62) this.fail(i, "/ not followed by >");
        i += this.selfClosing ? 2 : 1;
        break;
      }
      if (i === before) this.fail(i, "attributes not separated by white space");
      i = this.attribute(i);
    }
    if (!this.fragment && this.sp === 0) {
      if (this.seenRoot) this.fail(at, "a second root element");
      this.seenRoot = true;
    }
    this.depth = (this.sp >> 1) + 1;
    if (!this.selfClosing) {
      if (this.depth > MAX_XML_DEPTH) this.fail(at, `elements nested more than ${MAX_XML_DEPTH} deep`);
      this.stack[this.sp++] = this.nameStart;
      this.stack[this.sp++] = this.nameEnd;
    }
    this.end = this.pos = i;
    return (this.kind = TOKEN.start);
  }

  /** Scans name="value" from `i`; returns the index after the closing quote. */
  private attribute(i: number): number {
    const xml = this.xml;
    const nameStart = i;
    i = this.scanName(i, "attribute");
    const nameEnd = i;
    for (let k = 0; k < this.na; k += 4) {
      if (this.sameName(this.attrs[k], this.attrs[k + 1], nameStart, nameEnd))
        this.fail(nameStart, `attribute ${xml.slice(nameStart, nameEnd)} given twice`);
    }
    this.attrs[this.na] = nameStart;
    this.attrs[this.na + 1] = nameEnd;
    while (isSpace(xml.charCodeAt(i))) i++;
    if (xml.charCodeAt(i) !== 61) this.fail(i, "attribute without =");
    i++;
    while (isSpace(xml.charCodeAt(i))) i++;
    const quote = xml.charCodeAt(i);
    if (quote !== 34 && quote !== 39) this.fail(i, "attribute value not in quotes");
    this.attrs[this.na + 2] = i + 1;
    for (i++; ; i++) {
      if (i >= this.limit) this.fail(nameStart, "attribute value not closed");
      const c = xml.charCodeAt(i);
      if (c > 60 && c < 0xfffe) continue;
      if (c === quote) {
        this.attrs[this.na + 3] = i;
        this.na += 4;
        return i + 1;
      }
      if (c === 60) this.fail(i, "< inside an attribute value");
      if (c === 38) i = entityEnd(xml, i, this.limit) - 1;
      else if (isForbidden(c)) this.fail(i, `character U+${c.toString(16).padStart(4, "0")} is not allowed in XML`);
    }
  }

  private endTag(at: number): TokenKind {
    const xml = this.xml;
    const nameEnd = this.scanName(at + 2, "end tag");
    let i = nameEnd;
    while (isSpace(xml.charCodeAt(i))) i++;
    if (xml.charCodeAt(i) !== 62 || i >= this.limit) this.fail(at, "end tag not closed");
    const stack = this.stack;
    if (!this.sp) {
      if (this.fragment) {
        this.end = at;
        return (this.kind = TOKEN.eof);
      }
      this.fail(at, `end tag </${xml.slice(at + 2, nameEnd)}> without a start tag`);
    }
    const s = stack[this.sp - 2];
    const e = stack[this.sp - 1];
    if (!this.sameName(s, e, at + 2, nameEnd))
      this.fail(at, `end tag </${xml.slice(at + 2, nameEnd)}> does not match <${xml.slice(s, e)}>`);
    this.depth = this.sp >> 1;
    this.sp -= 2;
    this.nameStart = at + 2;
    this.nameEnd = nameEnd;
    this.end = this.pos = i + 1;
    return (this.kind = TOKEN.end);
  }
}

/** The namespace prefix with its colon of the tag name at [nameStart, nameEnd) ("x:" for x:worksheet), "" when none. */
export function namePrefix(xml: string, nameStart: number, nameEnd: number): string {
  const colon = xml.indexOf(":", nameStart);
  return colon >= 0 && colon < nameEnd ? xml.slice(nameStart, colon + 1) : "";
}
