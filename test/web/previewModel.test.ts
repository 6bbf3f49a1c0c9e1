// The preview model: cell texts by number format, merges as spans, written and flagged cells, focus lookup.
import { BUILT_IN_PROFILES, scoreWorkbook } from "../../src/core";
import type { SheetGrid } from "../../src/core/grid";
import type { TableReport } from "../../src/core/report";
import { readXlsx } from "../../src/xlsx";
import {
  buildPreviews,
  displayValue,
  MAX_PREVIEW_ROWS,
  parseRange,
  previewIndexOf,
  previewTable,
  type PreviewTable,
} from "../../src/web/previewModel";
import { workbookBytes } from "../helpers/fixtures";

const central = BUILT_IN_PROFILES[0];

/** The preview cell at `address`, failing the test when it is not drawn. */
function cell(table: PreviewTable, address: string) {
  for (const row of table.rows) for (const c of row.cells) if (c.address === address) return c;
  throw new Error(`${address} not in preview`);
}

function previewsOf(name: string, mode: "score" | "check") {
  const wb = readXlsx(workbookBytes(name), name);
  const plan = scoreWorkbook(wb.grid, { mode, profile: central, fileName: name });
  return { plan, previews: buildPreviews(wb.grid, plan) };
}

describe("displayValue", () => {
  it("follows percent and fixed-decimal formats, trims float noise, keeps text", () => {
    expect(displayValue(0.768, "0.00%")).toBe("76.80%");
    expect(displayValue(0.5943, "0%")).toBe("59%");
    expect(displayValue(2.2, "0.00")).toBe("2.20");
    expect(displayValue(96.88, "#,##0.00_ ")).toBe("96.88");
    expect(displayValue(0.1 + 0.2, null)).toBe("0.3");
    expect(displayValue(245.77, "General")).toBe("245.77");
    expect(displayValue("≥15篇", "0.00")).toBe("≥15篇");
    expect(displayValue(true, null)).toBe("TRUE");
    expect(displayValue(null, "0.00")).toBe("");
    expect(displayValue(12, '"约"0"篇"')).toBe("12");
  });
});

describe("parseRange", () => {
  it("reads A1 ranges into 0-based bounds, single cells too", () => {
    expect(parseRange("A4:H41")).toEqual({ r1: 3, c1: 0, r2: 40, c2: 7 });
    expect(parseRange("C5")).toEqual({ r1: 4, c1: 2, r2: 4, c2: 2 });
    expect(parseRange("nonsense")).toBeNull();
  });
});

describe("buildPreviews on project-gansu-2021.xlsx (score)", () => {
  const { previews, plan } = previewsOf("project-gansu-2021.xlsx", "score");
  const table = previews[0];

  it("draws the table range A4:H41: 38 rows, columns A–H", () => {
    expect(previews).toHaveLength(1);
    expect(table.sheet).toBe("绩效自评表");
    expect(table.range).toBe("A4:H41");
    expect(table.columns).toEqual(["A", "B", "C", "D", "E", "F", "G", "H"]);
    expect(table.rows).toHaveLength(38);
    expect(table.rows[0].number).toBe(4);
    expect(table.hiddenRows).toBe(0);
  });

  it("shows written values with their formats and marks them written", () => {
    expect(cell(table, "G17")).toMatchObject({ text: "2.20", written: "score" });
    expect(cell(table, "G41")).toMatchObject({ text: "96.88", written: "total" });
    expect(cell(table, "G5")).toMatchObject({ text: "76.80%", written: "funding-rate" });
    expect(cell(table, "H5")).toMatchObject({ text: "7.68", written: "funding-score" });
    expect(cell(table, "H41").text).toBe("自评等级：优");
    expect(cell(table, "C11")).toMatchObject({ text: "第三方服务机构数", written: null, severity: null });
  });

  it("colours flagged cells by their most severe finding, with the finding text as note", () => {
    const h17 = cell(table, "H17");
    expect(h17.severity).toBe("warning");
    expect(h17.note).toContain("实际完成值11篇低于年度指标值15篇");
    expect(cell(table, "E14").severity).toBe("info");
    const flagged = table.rows.flatMap((r) => r.cells).filter((c) => c.severity !== null).length;
    const cells = new Set(plan.report.tables[0].findings.flatMap((f) => (f.cell ? [f.cell] : [])));
    expect(flagged).toBe(cells.size);
  });

  it("draws a vertical merge once with its row span and leaves the covered cells out", () => {
    const a11 = cell(table, "A11");
    expect(a11.text).toBe("产出指标");
    expect(a11.rowSpan).toBeGreaterThan(1);
    const covered = table.rows.flatMap((r) => r.cells).some((c) => c.address === "A12");
    expect(covered).toBe(false);
  });

  it("finds the preview holding a cell, and none outside the range or on another sheet", () => {
    expect(previewIndexOf(previews, "绩效自评表", "H17")).toBe(0);
    expect(previewIndexOf(previews, "绩效自评表", "H50")).toBe(-1);
    expect(previewIndexOf(previews, "汇总", "H17")).toBe(-1);
  });
});

describe("buildPreviews in target review", () => {
  it("writes nothing but still colours the flagged target cells of both stacked tables", () => {
    const { previews, plan } = previewsOf("targets-hengshui-2021.xlsx", "check");
    expect(plan.writes).toHaveLength(0);
    expect(previews.map((p) => p.range)).toEqual(["A4:E18", "A25:E34"]);
    expect(previews.flatMap((p) => p.rows.flatMap((r) => r.cells)).filter((c) => c.written).length).toBe(0);
    expect(cell(previews[0], "E9").severity).toBe("warning");
    expect(cell(previews[1], "E26").severity).toBe("warning");
    expect(previewIndexOf(previews, "绩效自评表1", "E26")).toBe(1);
  });
});

describe("previewTable limits and merges at the edge", () => {
  const sheet: SheetGrid = {
    name: "S",
    values: Array.from({ length: MAX_PREVIEW_ROWS + 10 }, (_, r) => [`r${r + 1}`, r]),
    merges: [{ r1: 0, c1: 0, r2: 2, c2: 1 }],
    origin: { row: 0, col: 0 },
  };
  const table = { sheet: "S", range: `B2:B${MAX_PREVIEW_ROWS + 10}`, findings: [] } as unknown as TableReport;

  it("clips a merge that starts above the range and counts the rows it leaves out", () => {
    const p = previewTable(sheet, table, []);
    expect(p).not.toBeNull();
    const preview = p as PreviewTable;
    expect(preview.rows).toHaveLength(MAX_PREVIEW_ROWS);
    expect(preview.hiddenRows).toBe(9);
    expect(preview.rows[0].cells[0]).toMatchObject({ address: "B2", rowSpan: 2, colSpan: 1, text: "1" });
    expect(preview.rows[1].cells).toHaveLength(0);
    expect(preview.rows[2].cells[0]).toMatchObject({ address: "B4", text: "3" });
  });
});
