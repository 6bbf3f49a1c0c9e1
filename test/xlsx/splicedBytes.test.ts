// A sheet's splices written straight into bytes must give exactly the bytes of the edited text encoded whole.
import { encodeXml } from "../../src/xlsx/bytes";
import { encodeSpliced, splicedLength } from "../../src/xlsx/splicedBytes";
import { applySplices, type Splice } from "../../src/xlsx/xml";
import { rng } from "./xmlFuzz";

const SHEET =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet><sheetData>' +
  '<row r="1"><c r="A1" s="1"><v>1</v></c><c r="B1" t="inlineStr"><is><t>甲乙😀</t></is></c></row>' +
  '<row r="2"><c r="A2"/></row></sheetData></worksheet>';

/** Both ways of writing the edited text, and its length as splicedLength says. */
function bothWays(base: string, splices: Splice[]) {
  const whole = applySplices(base, splices);
  return { pieces: encodeSpliced(base, splices), whole: encodeXml(whole), length: whole.length };
}

describe("encodeSpliced", () => {
  test("replacements and insertions (Chinese, astral characters, several at one place) give encodeXml's bytes", () => {
    const a2 = SHEET.indexOf('<c r="A2"/>');
    const rowEnd = SHEET.indexOf("</row>");
    const splices: Splice[] = [
      { start: a2, end: a2 + '<c r="A2"/>'.length, text: '<c r="A2" s="3"><v>2.5</v></c>' },
      { start: rowEnd, end: -1, text: '<c r="C1" t="inlineStr"><is><t>优秀𠀀</t></is></c>' },
      { start: rowEnd, end: -1, text: '<c r="D1"><v>7</v></c>' },
      { start: SHEET.indexOf("</worksheet>"), end: -1, text: '<legacyDrawing r:id="rId9"/>' },
    ];
    const { pieces, whole, length } = bothWays(SHEET, splices);
    expect(Buffer.from(pieces).equals(Buffer.from(whole))).toBe(true);
    expect(splicedLength(SHEET, splices)).toBe(length);
    expect(new TextDecoder().decode(pieces)).toContain('<c r="C1" t="inlineStr"><is><t>优秀𠀀</t></is></c><c r="D1">');
  });

  test("a declaration naming another encoding is corrected as encodeXml corrects it", () => {
    const base = SHEET.replace('encoding="UTF-8"', 'encoding="gb2312"');
    const at = base.indexOf("</sheetData>");
    const { pieces, whole } = bothWays(base, [{ start: at, end: -1, text: '<row r="3"/>' }]);
    expect(new TextDecoder().decode(pieces)).toContain('encoding="UTF-8"');
    expect(Buffer.from(pieces).equals(Buffer.from(whole))).toBe(true);
  });

  test("splices cutting a surrogate pair encode as the whole text does (U+FFFD where a half is left alone)", () => {
    const emoji = SHEET.indexOf("😀");
    const { pieces, whole } = bothWays(SHEET, [
      { start: emoji + 1, end: emoji + 2, text: "\udc01x" },
      { start: emoji, end: -1, text: "\ud83d" },
    ]);
    expect(Buffer.from(pieces).equals(Buffer.from(whole))).toBe(true);
  });

  test("random splices of a mixed text (300 seeded runs) match encodeXml(applySplices())", () => {
    const random = rng(20261204);
    const alphabet = ["<", ">", "a", "1", " ", "甲", "😀", "&amp;", "\n"];
    for (let run = 0; run < 300; run++) {
      let base = "";
      while (base.length < 60) base += alphabet[Math.floor(random() * alphabet.length)];
      const cuts = Array.from({ length: 6 }, () => Math.floor(random() * base.length)).sort((x, y) => x - y);
      const splices: Splice[] = [];
      for (let k = 0; k + 1 < cuts.length; k += 2) {
        const text = alphabet[Math.floor(random() * alphabet.length)].repeat(Math.floor(random() * 3));
        splices.push({ start: cuts[k], end: random() < 0.3 ? -1 : cuts[k + 1], text });
      }
      const { pieces, whole, length } = bothWays(base, splices);
      expect(Buffer.from(pieces).equals(Buffer.from(whole))).toBe(true);
      expect(splicedLength(base, splices)).toBe(length);
    }
  });
});
