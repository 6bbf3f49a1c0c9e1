// The lookups that spare the writer repeated passes must answer exactly what the passes answered: the element index
// of a checked part (against the tokenizer), the column index of merged areas and array formulas (against a scan of
// every range).
import { RangeIndex, type Rect } from "../../src/xlsx/rangeIndex";
import { findElements, rootPrefix } from "../../src/xlsx/xml";
import { forgetIndexes, XmlIndex } from "../../src/xlsx/xmlIndex";
import { readZip, entryData } from "../../src/xlsx/zip";
import { catalogue, workbookBytes } from "../helpers/fixtures";
import { Gen, rng } from "./xmlFuzz";

/** findElements by the tokenizer alone: the text with a space after it is neither indexed nor searched whole. */
function tokenized(xml: string, name: string, from = 0, until = xml.length) {
  return findElements(xml + " ", name, from, until);
}

describe("the element index of a checked part", () => {
  const parts: [string, string][] = [];
  for (const entry of catalogue().slice(0, 12)) {
    const zip = readZip(workbookBytes(entry.file), entry.file);
    for (const e of zip.entries)
      if (/\.(xml|rels)$/.test(e.name))
        parts.push([`${entry.file}:${e.name}`, new TextDecoder().decode(entryData(zip, e, entry.file))]);
  }
  afterEach(forgetIndexes);

  test.each(parts.slice(0, 60))(
    "%s: every element name, in the document and in each element's content",
    (_name, xml) => {
      const index = new XmlIndex(xml);
      const names = [...new Set([...xml.matchAll(/<([A-Za-z_][\w.:-]*)/g)].map((m) => m[1]))];
      expect(rootPrefix(xml)).toBe(index.rootPrefix());
      for (const name of names) {
        const whole = tokenized(xml, name);
        expect(index.find(name, 0, xml.length)).toEqual(whole);
        for (const parent of whole.filter((s) => !s.selfClosing).slice(0, 5)) {
          expect(index.covers(parent.openEnd, parent.closeStart)).toBe(true);
          for (const child of names)
            expect(index.find(child, parent.openEnd, parent.closeStart)).toEqual(
              tokenized(xml, child, parent.openEnd, parent.closeStart),
            );
        }
      }
      expect(index.covers(1, xml.length)).toBe(false);
    },
  );
});

describe("ranges indexed by column", () => {
  test("answer as a scan of every range in order does, overlapping ranges included", () => {
    const g = new Gen(rng(7));
    for (let run = 0; run < 200; run++) {
      const rects: Rect[] = Array.from({ length: g.int(40) }, () => {
        const [r1, c1] = [g.int(60), g.int(8)];
        return { r1, c1, r2: r1 + g.int(g.chance(0.2) ? 50 : 4), c2: c1 + g.int(3) };
      });
      const index = new RangeIndex(rects);
      for (let q = 0; q < 200; q++) {
        const [row, col] = [g.int(120), g.int(12)];
        const notTopLeft = (m: Rect) => row !== m.r1 || col !== m.c1;
        const inside = (m: Rect) => row >= m.r1 && row <= m.r2 && col >= m.c1 && col <= m.c2;
        expect(index.find(row, col)).toBe(rects.find(inside));
        expect(index.find(row, col, notTopLeft)).toBe(rects.find((m) => inside(m) && notTopLeft(m)));
      }
    }
  });
});
