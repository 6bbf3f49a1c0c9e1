// Re-scoring a scored workbook: cells flagged last time and not now lose our note and fill, and nothing else.
import { BUILT_IN_PROFILES, scoreWorkbook, type ScoreOptions } from "../../src/core";
import type { CellWrite } from "../../src/core/plan";
import { applyPlan, readBack, readXlsx } from "../../src/xlsx";
import { readComments } from "../../src/xlsx/comments";
import { ownNoteCells, removeOwnNotes } from "../../src/xlsx/staleNotes";
import { StyleEditor } from "../../src/xlsx/styleEditor";
import { workbookBytes } from "../helpers/fixtures";
import { unzipParts } from "./builders";

const SHEET = "绩效自评表";
// every finding marks its cell (the info setting on): the round trip has 17 notes to keep or take off
const options: ScoreOptions = { mode: "score", profile: BUILT_IN_PROFILES[0], fileName: "p.xlsx", marks: "all" };
const REASON = "受疫情影响，部分培训改为线上，期刊出版推迟";

function score(bytes: Uint8Array, mode: ScoreOptions["mode"] = "score") {
  const wb = readXlsx(bytes, "p.xlsx");
  const plan = scoreWorkbook(wb.grid, { ...options, mode });
  return { wb, plan, out: applyPlan(wb, plan.writes) };
}

/** The user types a reason into H17 of a scored copy (a plain value write, as Excel would save it). */
function fillReason(bytes: Uint8Array, sheet = SHEET): Uint8Array {
  const write: CellWrite = { sheet, row: 16, col: 7, address: "H17", kind: "score", value: REASON };
  return applyPlan(readXlsx(bytes, "p.xlsx"), [write]);
}

describe("a reviewer fills in the missing reason and scores the scored copy again", () => {
  const original = workbookBytes("project-gansu-2021.xlsx");
  const first = score(original);
  const second = score(fillReason(first.out));
  const before = readBack(original).get(SHEET)!;
  const once = readBack(first.out).get(SHEET)!;
  const twice = readBack(second.out).get(SHEET)!;

  test("the first run flagged the empty reason cell H17 and the score G17 it explains (amber, with our note)", () => {
    expect(once.get("H17")).toMatchObject({ fill: "FFFFEB9C", note: expect.stringContaining("偏差原因") });
    expect(once.get("G17")).toMatchObject({ value: 2.2, fill: "FFFFEB9C", note: expect.stringContaining("偏差原因") });
  });

  test("the grid of the scored copy lists the 17 cells carrying our notes", () => {
    expect(readXlsx(first.out, "p.xlsx").grid.sheets[0].ownNotes).toHaveLength(17);
  });

  test("the plan takes the marks off H17 and G17 only: the cells no longer flagged (G17 keeps its score)", () => {
    const unmarks = second.plan.writes.filter((w) => w.unmark);
    expect(unmarks.map((w) => [w.address, w.kind, w.value, w.mark])).toEqual([
      ["G17", "score", 2.2, undefined],
      ["H17", "unmark", undefined, undefined],
    ]);
  });

  test("H17 keeps the reason, loses our note, and gets back the exact format it had before the first run", () => {
    expect(twice.get("H17")).toMatchObject({ value: REASON, note: null, fill: null, style: before.get("H17")!.style });
  });

  test("G17 keeps 2.20 and loses our note and fill", () => {
    expect(twice.get("G17")).toMatchObject({ value: 2.2, note: null, fill: null });
  });

  test("every other flagged cell keeps its fill and our note; nothing else in the sheet changes", () => {
    for (const [ref, cell] of once) {
      if (ref === "H17" || ref === "G17") continue;
      expect([ref, twice.get(ref)]).toEqual([ref, cell]);
    }
  });

  test("the comments part and the VML drawing lose exactly two notes each (H17, G17)", () => {
    const count = (bytes: Uint8Array, part: string, re: RegExp) =>
      (unzipParts(bytes).get(part)?.toString("utf8").match(re) ?? []).length;
    expect(count(first.out, "xl/comments1.xml", /<comment /g)).toBe(17);
    expect(count(second.out, "xl/comments1.xml", /<comment /g)).toBe(15);
    expect(count(second.out, "xl/drawings/vmlDrawing1.vml", /ObjectType="Note"/g)).toBe(15);
    expect(unzipParts(second.out).get("xl/comments1.xml")!.toString("utf8")).not.toContain('ref="H17"');
  });

  test("a third run has nothing left to take off", () => {
    expect(score(second.out).plan.writes.filter((w) => w.unmark)).toEqual([]);
  });

  test("check mode names no cells at all, audit mode takes the stale mark off its copy too", () => {
    const rescored = fillReason(first.out);
    expect(score(rescored, "check").plan.writes).toEqual([]);
    expect(
      score(rescored, "audit")
        .plan.writes.filter((w) => w.unmark)
        .map((w) => w.address),
    ).toEqual(["G17", "H17"]);
  });
});

test("a user's own note on a cell we flagged keeps the user's text when our part goes", () => {
  // openpyxl's copy carries a user's note on A11; we add ours after it, then take ours off again.
  const original = workbookBytes("foreign/project-gansu-2021-openpyxl.xlsx");
  const sheet = readXlsx(original, "p.xlsx").sheets[0].name;
  const userNote = readBack(original).get(sheet)!.get("A11")!.note!;
  const ours: CellWrite = {
    sheet,
    row: 10,
    col: 0,
    address: "A11",
    kind: "mark",
    mark: { severity: "info", note: "【绩效评分】测试" },
  };
  const marked = applyPlan(readXlsx(original, "p.xlsx"), [ours]);
  expect(readBack(marked).get(sheet)!.get("A11")!.note).toBe(`${userNote}\n\n【绩效评分】测试`);
  const wb = readXlsx(marked, "p.xlsx");
  expect(wb.grid.sheets[0].ownNotes).toEqual([{ row: 10, col: 0 }]);
  const unmarked = applyPlan(wb, [{ sheet, row: 10, col: 0, address: "A11", kind: "unmark", unmark: true }]);
  const cell = readBack(unmarked).get(sheet)!.get("A11")!;
  expect(cell.note).toBe(userNote);
  expect(cell.style).toBe(readBack(original).get(sheet)!.get("A11")!.style);
  expect(readXlsx(unmarked, "p.xlsx").grid.sheets[0].ownNotes).toBeUndefined();
});

test("when our last note goes, the comments part, the drawing and their links go too: the parts are the original's", () => {
  const original = workbookBytes("project-gansu-2021.xlsx");
  const scored = score(original).out;
  const wb = readXlsx(scored, "p.xlsx");
  const unmarks: CellWrite[] = wb.grid.sheets[0].ownNotes!.map((c) => ({
    sheet: SHEET,
    row: c.row,
    col: c.col,
    address: "",
    kind: "unmark",
    unmark: true,
  }));
  const cleaned = applyPlan(wb, unmarks);
  const parts = unzipParts(cleaned);
  expect([...parts.keys()].sort()).toEqual([...unzipParts(original).keys()].sort());
  expect(parts.get("[Content_Types].xml")!.toString("utf8")).not.toContain("comments");
  expect(parts.get("xl/worksheets/sheet1.xml")!.toString("utf8")).not.toContain("legacyDrawing");
  expect(parts.get("xl/worksheets/_rels/sheet1.xml.rels")?.toString("utf8") ?? "").not.toMatch(/comments|vmlDrawing/);
  const fills = [...readBack(cleaned).get(SHEET)!.values()].map((c) => c.fill).filter(Boolean);
  expect(fills).toEqual([...readBack(original).get(SHEET)!.values()].map((c) => c.fill).filter(Boolean));
});

test("a stale mark on a cell that no longer exists creates nothing", () => {
  const original = workbookBytes("project-gansu-2021.xlsx");
  const wb = readXlsx(original, "p.xlsx");
  const out = applyPlan(wb, [{ sheet: SHEET, row: 900, col: 20, address: "U901", kind: "unmark", unmark: true }]);
  expect(Buffer.from(out).equals(Buffer.from(original))).toBe(true);
});

describe("StyleEditor.unmarked: the format a marked cell came from", () => {
  const styles = (xfs: string) =>
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    '<fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
    '<fill><patternFill patternType="solid"><fgColor rgb="FFFFFF00"/></patternFill></fill>' +
    '<fill><patternFill patternType="solid"><fgColor rgb="FFFFEB9C"/></patternFill></fill></fills>' +
    `<cellXfs>${xfs}</cellXfs></styleSheet>`;
  const plain = '<xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0"/>';
  const yellow = '<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFill="1"/>';
  const amber = '<xf numFmtId="0" fontId="1" fillId="3" borderId="1" xfId="0" applyFill="1"/>';

  test("the only format that differs just in its fill is the one: a yellow input cell gets its yellow back", () => {
    expect(
      new StyleEditor(
        styles(`<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>${yellow}${amber}`),
      ).unmarked(2),
    ).toBe(1);
  });

  test("two such formats (no fill and yellow): no fill, the usual template state", () => {
    expect(new StyleEditor(styles(plain + yellow + amber)).unmarked(2)).toBe(0);
  });

  test("no such format left: a new one without a fill", () => {
    const editor = new StyleEditor(styles(`<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>${amber}`));
    expect(editor.unmarked(1)).toBe(2);
    expect(editor.toXml()).toContain('<xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0"/></cellXfs>');
  });

  test("a cell whose fill is no longer one of ours (the user recoloured it) keeps its format", () => {
    expect(new StyleEditor(styles(plain + yellow + amber)).unmarked(1)).toBe(1);
  });
});

describe("which notes are ours, and what is left when ours goes", () => {
  const part = (...comments: string[]) =>
    '<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>甲</author></authors><commentList>' +
    comments.join("") +
    "</commentList></comments>";
  const note = (ref: string, text: string) =>
    `<comment ref="${ref}" authorId="0"><text><t xml:space="preserve">${text}</t></text></comment>`;

  test("ours alone, ours after a user's line (Excel add-in: one newline), a threaded-comment placeholder quoting us (not ours)", () => {
    const xml = part(
      note("A1", "【绩效评分】请填写偏差原因"),
      note("B2", "科室备注：报告延期\n【绩效评分】请填写偏差原因"),
      note("C3", "[Threaded comment]\n\nComment:\n    【绩效评分】请填写偏差原因"),
      note("D4", "王科长：原因稍后补"),
    );
    expect(ownNoteCells(xml)).toEqual([
      { row: 0, col: 0 },
      { row: 1, col: 1 },
    ]);
    const result = removeOwnNotes(xml, [
      { row: 0, col: 0 },
      { row: 1, col: 1 },
      { row: 3, col: 3 },
    ]);
    expect(result.removed).toEqual([{ row: 0, col: 0 }]);
    expect(result.remaining).toBe(3);
    expect(readComments(result.xml).map((n) => [n.row, n.col, n.text])).toEqual([
      [1, 1, "科室备注：报告延期"],
      [2, 2, "[Threaded comment]\n\nComment:\n    【绩效评分】请填写偏差原因"],
      [3, 3, "王科长：原因稍后补"],
    ]);
  });
});
