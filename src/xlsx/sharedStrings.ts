// The shared string table: one text per <si>, rich-text runs joined, phonetic runs (<rPh>) ignored.
import { findTag, richText, rootPrefix } from "./xml";

/** Parses xl/sharedStrings.xml into its strings, in index order. */
export function parseSharedStrings(xml: string): string[] {
  const prefix = rootPrefix(xml);
  const si = prefix + "si";
  const close = "</" + si + ">";
  const out: string[] = [];
  let at = 0;
  for (;;) {
    const start = findTag(xml, si, at);
    if (start < 0) return out;
    const gt = xml.indexOf(">", start);
    if (xml.charCodeAt(gt - 1) === 47) {
      out.push("");
      at = gt + 1;
      continue;
    }
    const end = xml.indexOf(close, gt);
    if (end < 0) return out;
    out.push(richText(xml, prefix, gt + 1, end));
    at = end + close.length;
  }
}
