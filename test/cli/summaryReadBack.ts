// Reads a summary workbook back with ExcelJS and checks its rows against the JSON report of the same run.
import ExcelJS from "exceljs";
import * as fs from "node:fs";
import * as path from "node:path";
import type { Report, TableReport } from "../../src/core/report";

/** One summary row as read back: the file cell's text and link, the sheet cell, every cell's value. */
export interface SummaryRowBack {
  file: string;
  link: string | null;
  sheet: string | null;
  cells: unknown[];
}

/** The rows of the summary's first sheet, header left out. */
export async function readSummary(file: string): Promise<SummaryRowBack[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const rows: SummaryRowBack[] = [];
  wb.worksheets[0].eachRow((row, n) => {
    if (n === 1) return;
    const first = row.getCell(1).value as string | { text: string; hyperlink: string };
    const cells = Array.from({ length: 15 }, (_, i) => row.getCell(i + 1).value ?? null);
    const file = typeof first === "string" ? first : first.text;
    rows.push({
      file,
      link: typeof first === "string" ? null : first.hyperlink,
      sheet: (cells[1] as string | null) ?? null,
      cells,
    });
  });
  return rows;
}

/** The report's table a summary row stands for (by file, and sheet or sheet!range). */
export function tableOf(report: Report, row: SummaryRowBack): TableReport | null {
  const f = report.files.find((x) => x.file === row.file)!;
  return f.tables.find((t) => t.sheet === row.sheet || `${t.sheet}!${t.range}` === row.sheet) ?? null;
}

/** Checks every row against the report: one row per table, total, grade, rate, counts, and the link to the scored copy
 *  (resolved from the summary's folder `dir`). Returns how many rows were checked. */
export function expectRowsMatchReport(rows: readonly SummaryRowBack[], report: Report, dir: string): number {
  expect(rows.length).toBe(report.files.reduce((n, f) => n + Math.max(1, f.tables.length), 0));
  for (const row of rows) {
    const t = tableOf(report, row)!;
    const file = report.files.find((x) => x.file === row.file)!;
    expect([row.cells[7], row.cells[8], row.cells[9]]).toEqual([t.total, t.grade, t.funding?.rate ?? null]);
    expect(row.cells[10]).toBe(t.findings.filter((x) => x.severity === "error").length + file.errors.length);
    expect(row.cells[11]).toBe(t.findings.filter((x) => x.severity === "warning").length);
    expect(row.cells[12]).toBe(
      t.indicators.filter((i) => i.score !== null && i.weight !== null && i.score < i.weight).length,
    );
    expect(row.cells[13]).toBe(t.indicators.filter((i) => i.findings.includes("NOT_MET_NO_REASON")).length);
    expect(path.resolve(dir, row.link!)).toBe(path.resolve(file.output!));
    expect(fs.existsSync(path.resolve(dir, row.link!))).toBe(true);
  }
  return rows.length;
}
