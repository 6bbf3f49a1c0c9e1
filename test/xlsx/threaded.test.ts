// Threaded comments (issue 14 item 4) on the corpus's lossless-features workbook: our warning on K18, which has a
// thread, is a reply in the thread (where Excel 365 shows it) with the placeholder note in step; everything else
// in the package is byte for byte the original; re-scoring keeps one reply, and takes it off once K18 is fine.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { scoreWorkbook } from "../../src/core";
import { builtInProfile } from "../../src/core/profile";
import { applyPlan, readBack, readXlsx } from "../../src/xlsx";
import { OUR_PERSON_ID } from "../../src/xlsx/threadedComments";
import { tmpDir } from "../cli/helpers";
import { rawZip, unzipParts } from "./builders";

const dir = tmpDir("selfeval-threads-");
execFileSync(process.execPath, [path.resolve(__dirname, "../../scripts/corpus/hostile.mjs"), dir]);
const FILE = "4-图表图片透视表批注线程.xlsx";
const original = new Uint8Array(fs.readFileSync(path.join(dir, FILE)));
const THREAD = "xl/threadedComments/threadedComment1.xml";
const PLACEHOLDER_HEAD = "[Threaded comment]\n\nYour version of Excel allows you to read this threaded comment;";

function score(bytes: Uint8Array): Uint8Array {
  const wb = readXlsx(bytes, FILE);
  const plan = scoreWorkbook(wb.grid, {
    mode: "score",
    profile: builtInProfile("central-2020")!,
    fileName: FILE,
    lang: "zh",
    marks: "all",
  });
  return applyPlan(wb, plan.writes);
}

const scored = score(original);
const before = unzipParts(original);
const after = unzipParts(scored);

test("only the parts scoring must touch change; chart, image, pivot, drawing, names, links and other sheets stay byte for byte", () => {
  const changed = [...after]
    .filter(([n, d]) => !before.has(n) || Buffer.compare(before.get(n)!, d) !== 0)
    .map(([n]) => n)
    .sort();
  expect(changed).toEqual([
    "[Content_Types].xml", // sheet 附件2's new notes part and drawing
    "xl/comments1.xml",
    "xl/comments2.xml",
    "xl/drawings/vmlDrawing1.vml",
    "xl/drawings/vmlDrawing2.vml",
    "xl/persons/person.xml",
    "xl/styles.xml",
    THREAD,
    "xl/worksheets/_rels/sheet2.xml.rels",
    "xl/worksheets/sheet1.xml",
    "xl/worksheets/sheet2.xml",
  ]);
  for (const n of before.keys()) expect(after.has(n)).toBe(true);
});

test("K18's warning is a reply in its thread by 绩效评分, and the placeholder note carries the same line", () => {
  const thread = after.get(THREAD)!.toString("utf8");
  const replies = [...thread.matchAll(/<threadedComment ([^>]*)><text>([^<]*)<\/text>/g)];
  expect(replies).toHaveLength(2);
  expect(replies[1][1]).toContain(`personId="${OUR_PERSON_ID}"`);
  expect(replies[1][1]).toContain('parentId="{4F0E8B1C-2D3A-4B5C-8D9E-0A1B2C3D4E5F}"');
  expect(replies[1][1]).toContain('ref="K18"');
  expect(replies[1][2]).toMatch(/^【绩效评分】.*11篇低于年度指标值15篇/);
  const persons = after.get("xl/persons/person.xml")!.toString("utf8");
  expect(persons).toContain('displayName="王科长"');
  expect(persons).toContain(`displayName="绩效评分" id="${OUR_PERSON_ID}"`);
  const note = readBack(scored).get("附件1")!.get("K18")!.note!;
  expect(note.startsWith(PLACEHOLDER_HEAD)).toBe(true);
  expect(note).toContain("Comment:\n    请补充未完成的原因\nReply:\n    【绩效评分】");
  expect(note.match(/【绩效评分】/g)).toHaveLength(1);
  // the user's note on C4 is untouched; other flagged cells without a thread get ordinary notes
  expect(readBack(scored).get("附件1")!.get("C4")!.note).toBe("填表人：财务科");
  expect(readBack(scored).get("附件1")!.get("G20")!.note).toMatch(/^【绩效评分】指标值未写“≥”或“≤”/);
});

test("re-scoring the scored copy keeps exactly one reply, and the thread part byte for byte", () => {
  const again = unzipParts(score(scored));
  expect(again.get(THREAD)!.equals(after.get(THREAD)!)).toBe(true);
  expect(again.get("xl/comments1.xml")!.equals(after.get("xl/comments1.xml")!)).toBe(true);
});

test("once the reason is filled in, the reply goes and the thread and placeholder are the original's again", () => {
  const parts = unzipParts(scored);
  const sheet = parts
    .get("xl/worksheets/sheet1.xml")!
    .toString("utf8")
    .replace(/<c r="K18"([^>]*?)\/>/, '<c r="K18"$1 t="inlineStr"><is><t>受疫情影响，调研延期</t></is></c>');
  const fixed = rawZip(
    [...parts].map(([name, data]) => ({ name, data: name === "xl/worksheets/sheet1.xml" ? sheet : data })),
  );
  const rescored = unzipParts(score(fixed));
  expect(rescored.get(THREAD)!.equals(before.get(THREAD)!)).toBe(true);
  const note = readBack(new Uint8Array(rawZip([...rescored].map(([name, data]) => ({ name, data })))))
    .get("附件1")!
    .get("K18")!.note!;
  expect(note).toBe(
    before
      .get("xl/comments1.xml")!
      .toString("utf8")
      .match(/<comment ref="K18"[^>]*><text><t xml:space="preserve">([^<]*)</)![1],
  );
});
