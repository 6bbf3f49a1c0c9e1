// A text with splices (xml.ts applySplices) written straight into UTF-8 bytes: the unchanged stretches of a large
// part are encoded from the original string where they are, so no edited copy of the whole text is joined, then
// flattened and encoded (a 30,000-row sheet with one Chinese value written was a 15 MB two-byte string, made twice).
import { encodeXml } from "./bytes";
import { Utf8Writer } from "./utf8Writer";
import { applySplices, spliceOrder, type Splice } from "./xml";

const encoder = new TextEncoder();

/** The length of the text applySplices(base, splices) makes. */
export function splicedLength(base: string, splices: readonly Splice[]): number {
  let length = base.length;
  for (const s of splices) length += s.text.length - (s.end < 0 ? 0 : s.end - s.start);
  return length;
}

function isSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdfff;
}

/** True when encoding piece by piece gives encodeXml's bytes: the declaration needs no correction and is not
 *  spliced, and no piece starts or ends with half of a surrogate pair (which alone would encode as U+FFFD). */
function encodesInPieces(base: string, splices: readonly Splice[]): boolean {
  if (typeof encoder.encodeInto !== "function") return false;
  const declarationEnd = base.startsWith("<?xml") ? base.indexOf(">") : -1;
  const head = declarationEnd < 0 ? "" : base.slice(0, declarationEnd + 1);
  const declared = /^<\?xml[^>]*?encoding=["']([^"']*)["']/.exec(head);
  if (declared && declared[1] !== "UTF-8") return false;
  for (const s of splices) {
    const end = s.end < 0 ? s.start : s.end;
    if (s.start <= declarationEnd + 1 || isSurrogate(base.charCodeAt(s.start - 1)) || isSurrogate(base.charCodeAt(end)))
      return false;
    if (s.text && (isSurrogate(s.text.charCodeAt(0)) || isSurrogate(s.text.charCodeAt(s.text.length - 1))))
      return false;
  }
  return true;
}

/** The bytes of encodeXml(applySplices(base, splices)), made without the edited text. */
export function encodeSpliced(base: string, splices: readonly Splice[]): Uint8Array {
  if (!encodesInPieces(base, splices)) return encodeXml(applySplices(base, splices));
  let added = 0;
  for (const s of splices) added += s.text.length;
  const out = new Utf8Writer(base.length + 3 * added + 16);
  let last = 0;
  for (const i of spliceOrder(splices)) {
    const s = splices[i];
    out.write(base.slice(last, s.start));
    out.write(s.text);
    last = s.end < 0 ? s.start : s.end;
  }
  out.write(base.slice(last));
  return out.result();
}
