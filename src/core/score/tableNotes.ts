// What a table's layout says before any row is scored: headers the reader did not place (HEADER_IGNORED) and a
// header without indicator rows (NO_INDICATORS: no total, no grade, never 0.00 差).
import { a1Range, columnLetters } from "../grid";
import type { TableLayout } from "../tables/layout";
import type { FindingSink } from "./findingSink";

/** One table-level info finding listing the header cells that took no role, so a user sees what was not read. */
export function noteIgnoredHeaders(t: TableLayout, sink: FindingSink): void {
  if (t.ignoredHeaders.length === 0) return;
  const zh: string[] = [];
  const en: string[] = [];
  for (const h of t.ignoredHeaders) {
    const col = columnLetters(h.col);
    zh.push(`${col}列“${h.text}”${h.reason === "duplicate" ? "（与其他列含义相同，已按另一列读取）" : ""}`);
    en.push(`column ${col} "${h.text}"${h.reason === "duplicate" ? " (same meaning as another column, which was read)" : ""}`);
  }
  sink.add("HEADER_IGNORED", null, {
    zh: `以下表头未能识别，这些列未参与评分：${zh.join("、")}`,
    en: `These headers were not recognised and their columns were not read: ${en.join(", ")}`,
  });
}

/** A NO_INDICATORS error on the header of a table that has no indicator rows under it. */
export function noteEmptyTable(t: TableLayout, sink: FindingSink): void {
  const col = t.columns.level3 ?? t.columns.target!;
  sink.add("NO_INDICATORS", { row: t.headerRow, col }, {
    zh: `表头${a1Range(t.headerRow, t.firstCol, t.headerBottom, t.lastCol)}下没有指标行，不计算总分和等级`,
    en: `No indicator rows under the header ${a1Range(t.headerRow, t.firstCol, t.headerBottom, t.lastCol)}; no total, no grade`,
  });
}
