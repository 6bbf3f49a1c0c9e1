// The pure parts of the Excel host: grouping, payload chunking, explanation column, addresses, notes, undo store.
import type { CellWrite, Plan } from "../../src/core/plan";
import { parseRangeAddress, qualifiedAddress, splitSheetAddress } from "../../src/excel/addresses";
import { mergeNote } from "../../src/excel/attachNote";
import { explanationRuns } from "../../src/excel/explanationColumn";
import { fileNameFromUrl } from "../../src/excel/ExcelWorkbookHost";
import { chunkWriteSet, runBytes, writeSetBytes } from "../../src/excel/payload";
import { detectCapabilities, noteModeFor } from "../../src/excel/requirements";
import { buildSheetGrid } from "../../src/excel/sheetGrid";
import { sameContent } from "../../src/excel/cellState";
import { groupValueRuns, markOps, planWriteSet } from "../../src/excel/writeSet";
import { fixtureGrid, planOf } from "./harness";

const w = (row: number, col: number, extra: Partial<CellWrite> = {}): CellWrite => ({
  sheet: "S",
  row,
  col,
  address: "",
  kind: "score",
  value: row,
  numFmt: "0.00",
  ...extra,
});

describe("grouping writes", () => {
  it("groups consecutive rows of one column with the same format presence into one run", () => {
    const runs = groupValueRuns([w(12, 6), w(10, 6), w(11, 6), w(14, 6), w(15, 6, { numFmt: undefined }), w(10, 7)]);
    expect(runs.map((r) => [r.col, r.row1, r.values, r.numFmt])).toEqual([
      [6, 10, [10, 11, 12], ["0.00", "0.00", "0.00"]],
      [6, 14, [14], ["0.00"]],
      [6, 15, [15], null],
      [7, 10, [10], ["0.00"]],
    ]);
  });

  it("turns the project fixture's 34 value writes into 4 column runs and 2 marks (the one warning on G17 and H17)", () => {
    const set = planWriteSet(planOf(fixtureGrid("project-gansu-2021.xlsx")), true);
    expect(set.runs.map((r) => `${r.col}:${r.row1}+${r.values.length}`)).toEqual([
      "6:4+1",
      "6:10+31",
      "7:4+1",
      "7:40+1",
    ]);
    expect(set.marks.map((m) => `${m.row},${m.col}`)).toEqual(["16,6", "16,7"]);
    expect(markOps([w(1, 1, { mark: { severity: "error", note: "x" } })], false)[0]).toMatchObject({
      color: "#FFC7CE",
      note: null,
    });
  });
});

describe("payload chunking", () => {
  it("splits a long run in halves until each chunk fits, and refuses a single cell above the limit", () => {
    const long = { runs: groupValueRuns(Array.from({ length: 1000 }, (_, i) => w(i, 0))), marks: [] };
    expect(long.runs).toHaveLength(1);
    const limit = 5000;
    const chunks = chunkWriteSet(long, limit)!;
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks.every((c) => writeSetBytes(c) <= limit)).toBe(true);
    expect(chunks.flatMap((c) => c.runs.flatMap((r) => r.values))).toEqual(long.runs[0].values);
    expect(chunkWriteSet(long, runBytes({ ...long.runs[0], values: [1], numFmt: ["0.00"] }) - 1)).toBeNull();
    expect(chunkWriteSet(long)).toHaveLength(1);
  });
});

describe("explanation column (ExcelApi below 1.10)", () => {
  const sheet = buildSheetGrid(
    "S",
    [
      {
        address: "S!A1:C4",
        values: [
          ["标题", "", ""],
          ["三级指标", "得分", ""],
          ["甲", 1, ""],
          ["乙", 2, "x"],
        ],
        numberFormat: [[], [], [], []],
        formulas: null,
      },
    ],
    [],
    false,
  );
  const plan = (writes: CellWrite[]): Plan => ({
    writes,
    report: {
      file: "f",
      output: null,
      tables: [
        {
          sheet: "S",
          range: "A2:B4",
          headerRow: 2,
          info: { project: null, department: null, unit: null, year: null },
          kind: "project",
          mode: "score",
          indicators: [],
          blocks: [],
          funding: null,
          total: null,
          grade: null,
          findings: [],
        },
      ],
      errors: [],
    },
  });

  it("uses the first column right of the table that is empty on the table's rows, header on the table's top row (its first header)", () => {
    const runs = explanationRuns(
      plan([
        w(2, 1, { kind: "mark", value: undefined, mark: { severity: "warning", note: "【绩效评分】甲" } }),
        w(2, 0, { kind: "mark", value: undefined, mark: { severity: "info", note: "【绩效评分】乙" } }),
      ]),
      { name: "f", sheets: [sheet] },
    );
    // Column C has "x" in row 4, so column D.
    expect(runs).toEqual([
      { sheet: "S", col: 3, row1: 1, values: ["评分说明", "B3：【绩效评分】甲\nA3：【绩效评分】乙"], numFmt: null },
    ]);
  });
});

describe("addresses, notes and values", () => {
  it("parses Excel's addresses, quoted sheet names included", () => {
    expect(parseRangeAddress("'It''s 表'!B3:K40")).toEqual({ sheet: "It's 表", r1: 2, c1: 1, r2: 39, c2: 10 });
    expect(parseRangeAddress("绩效自评表!G17")).toEqual({ sheet: "绩效自评表", r1: 16, c1: 6, r2: 16, c2: 6 });
    expect(splitSheetAddress("A1")).toEqual({ sheet: "", local: "A1" });
    expect(qualifiedAddress("My Sheet", 0, 0)).toBe("'My Sheet'!A1");
    expect(fileNameFromUrl("https://x/sites/a/%E8%87%AA%E8%AF%84.xlsx?web=1")).toBe("自评.xlsx");
  });

  it("keeps the user's note text and replaces a previous run's", () => {
    expect(mergeNote(null, "【绩效评分】新")).toBe("【绩效评分】新");
    expect(mergeNote("用户备注", "【绩效评分】新")).toBe("用户备注\n【绩效评分】新");
    expect(mergeNote("用户备注\n【绩效评分】旧", "【绩效评分】新")).toBe("用户备注\n【绩效评分】新");
  });

  it("compares cell contents with their type (numbers within 1e-9)", () => {
    expect(sameContent(2.2, 2.2000000000001)).toBe(true);
    // A text "2.2" where the run wrote the number 2.2 is somebody's edit: types count.
    expect(sameContent("2.2", 2.2)).toBe(false);
    expect(sameContent("", null)).toBe(true);
    expect(sameContent(3, 2.2)).toBe(false);
    expect(sameContent("优", "良")).toBe(false);
  });

  it("picks notes on 1.18, comments on 1.10, the column below", () => {
    const at = (v: number) => noteModeFor(detectCapabilities((_n, x) => Number(x.split(".")[1]) <= v));
    expect([at(21), at(18), at(17), at(10), at(9), at(1)]).toEqual([
      "notes",
      "notes",
      "comments",
      "comments",
      "column",
      "column",
    ]);
  });
});
