// The elements of a small XML part, found in the one tokenizer pass that also checks the part is well-formed: the
// reader checks each part once and every later lookup in it (findElement, findElements, rootPrefix in xml.ts) reads
// this table instead of tokenizing the part again. Indexes are kept for the workbook being read or written only
// (useIndexes / forgetIndexes), and looked up by the part's very string.
import { namePrefix, TOKEN, XmlTokenizer } from "./xmlTokenizer";

/** Parts larger than this are not indexed on demand (a sheet's millions of elements would outweigh the gain). */
const ON_DEMAND_LIMIT = 1 << 20;
/** How many indexes are kept at once (a workbook's small parts; the oldest goes first). */
const KEPT = 64;

/** One element's positions as the index returns them (the same shape as xml.ts's ElementSpan). */
export interface IndexedSpan {
  start: number;
  openEnd: number;
  closeStart: number;
  end: number;
  selfClosing: boolean;
}

/** Every element of one well-formed document, in document order. */
export class XmlIndex {
  private count = 0;
  private readonly starts: number[] = [];
  private readonly openEnds: number[] = [];
  private readonly closeStarts: number[] = [];
  private readonly ends: number[] = [];
  private readonly nameStarts: number[] = [];
  private readonly nameEnds: number[] = [];

  /** One pass over `xml`; throws XmlSyntaxError where it is not well-formed. */
  constructor(readonly xml: string) {
    const t = new XmlTokenizer(xml);
    const open: number[] = [];
    for (let k = t.next(); k !== TOKEN.eof; k = t.next()) {
      if (k === TOKEN.start) {
        const i = this.count++;
        this.starts.push(t.start);
        this.openEnds.push(t.end);
        this.nameStarts.push(t.nameStart);
        this.nameEnds.push(t.nameEnd);
        this.closeStarts.push(t.end);
        this.ends.push(t.end);
        if (!t.selfClosing) open.push(i);
      } else if (k === TOKEN.end) {
        const i = open.pop()!;
        this.closeStarts[i] = t.start;
        this.ends[i] = t.end;
      }
    }
  }

  /** The namespace prefix of the document element ("x:" or ""). */
  rootPrefix(): string {
    return this.count ? namePrefix(this.xml, this.nameStarts[0], this.nameEnds[0]) : "";
  }

  /** Whether [from, until) is the whole document or one element's content (the ranges `find` answers exactly). */
  covers(from: number, until: number): boolean {
    if (from === 0 && until === this.xml.length) return true;
    let lo = 0;
    let hi = this.count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.openEnds[mid] < from) lo = mid + 1;
      else if (this.openEnds[mid] > from) hi = mid - 1;
      else return this.closeStarts[mid] === until && this.ends[mid] !== this.openEnds[mid];
    }
    return false;
  }

  /** Elements named `name` in [from, until) (a range `covers` accepts), not inside an earlier match, up to `max`. */
  find(name: string, from: number, until: number, max = Infinity): IndexedSpan[] {
    const out: IndexedSpan[] = [];
    const xml = this.xml;
    let skipUntil = -1;
    for (let i = this.firstAtOrAfter(from); i < this.count && this.starts[i] < until && out.length < max; i++) {
      if (this.starts[i] < skipUntil) continue;
      const ns = this.nameStarts[i];
      if (this.nameEnds[i] - ns !== name.length || !xml.startsWith(name, ns)) continue;
      const end = this.ends[i];
      out.push({
        start: this.starts[i],
        openEnd: this.openEnds[i],
        closeStart: this.closeStarts[i],
        end,
        selfClosing: end === this.openEnds[i],
      });
      skipUntil = end;
    }
    return out;
  }

  private firstAtOrAfter(from: number): number {
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] < from) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

const kept: XmlIndex[] = [];

/** Keeps an index for lookups in its part (the reader's checked parts). */
export function keepIndex(index: XmlIndex): XmlIndex {
  if (kept.length >= KEPT) kept.shift();
  kept.push(index);
  return index;
}

/** Makes a workbook's indexes the ones lookups use (applyPlan, before it edits that workbook). */
export function useIndexes(indexes: Iterable<XmlIndex>): void {
  kept.length = 0;
  for (const index of indexes) keepIndex(index);
}

/** Drops every kept index (and with it the parts' texts). */
export function forgetIndexes(): void {
  kept.length = 0;
}

/** The index of this very text: a kept one, or (for a whole-document lookup in a small text) one made now and kept;
 *  null when the text is large or not well-formed (the caller tokenizes as before). */
export function indexOf(xml: string, wholeDocument: boolean): XmlIndex | null {
  for (let i = kept.length - 1; i >= 0; i--)
    if (kept[i].xml.length === xml.length && kept[i].xml === xml) return kept[i];
  if (!wholeDocument || xml.length > ON_DEMAND_LIMIT) return null;
  try {
    return keepIndex(new XmlIndex(xml));
  } catch {
    return null;
  }
}
