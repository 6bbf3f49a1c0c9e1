// The shared string table: one text per <si>, rich-text runs joined, phonetic runs (<rPh>) ignored; one pass of
// the XML tokenizer, so a comment or CDATA holding "<si>" shifts nothing.
import { LIMITS, type ReadBudget } from "./limits";
import { decodeText, decodeXstring } from "./xml";
import { cdataText, TOKEN, XmlTokenizer } from "./xmlTokenizer";

/** Parses xl/sharedStrings.xml into its strings, in index order; throws XmlSyntaxError on malformed XML. */
export function parseSharedStrings(xml: string, budget?: ReadBudget): string[] {
  const t = new XmlTokenizer(xml);
  const out: string[] = [];
  let p = "";
  let inSi = false;
  let text = "";
  let tDepth = 0;
  let phDepth = 0;
  for (let k = t.next(); k !== TOKEN.eof; k = t.next()) {
    if (k === TOKEN.start) {
      if (t.depth === 1) p = t.prefix();
      else if (t.depth === 2 && t.nameIs(p + "si")) {
        if (out.length >= LIMITS.sharedStrings)
          budget?.count(out.length + 1, { kind: "sharedStrings", limit: LIMITS.sharedStrings });
        if (t.selfClosing) out.push("");
        else [inSi, text, tDepth, phDepth] = [true, "", 0, 0];
      } else if (inSi && !t.selfClosing && !phDepth && !tDepth) {
        if (t.nameIs(p + "rPh")) phDepth = t.depth;
        else if (t.nameIs(p + "t")) tDepth = t.depth;
      }
    } else if (k === TOKEN.end) {
      if (t.depth === 2 && inSi) {
        out.push(decodeXstring(text));
        inSi = false;
      } else if (t.depth === tDepth) tDepth = 0;
      else if (t.depth === phDepth) phDepth = 0;
    } else if (tDepth && k === TOKEN.text) text += decodeText(xml.slice(t.start, t.end));
    else if (tDepth && k === TOKEN.cdata) text += cdataText(xml, t.start, t.end);
  }
  return out;
}
