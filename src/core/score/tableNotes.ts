// What a table's layout says before any row is scored: headers the reader did not place (HEADER_IGNORED) and a
// header without indicator rows (NO_INDICATORS: no total, no grade, never 0.00 差).
import { a1Range, columnLetters } from "../grid";
import type { TableLayout } from "../tables/layout";
import type { FindingSink } from "./findingSink";

/** One table-level info finding listing the header cells that took no role, so a user sees what was not read. */
export function noteIgnoredHeaders(t: TableLayout, sink: FindingSink): void {
  if (t.ignoredHeaders.length === 0) return;
  const headers = t.ignoredHeaders.map((h) => ({
    column: columnLetters(h.col),
    text: h.text,
    duplicate: h.reason === "duplicate",
  }));
  sink.add("HEADER_IGNORED", null, { headers });
}

/** A NO_INDICATORS error on the header of a table that has no indicator rows under it. */
export function noteEmptyTable(t: TableLayout, sink: FindingSink): void {
  const col = t.columns.level3 ?? t.columns.target!;
  sink.add(
    "NO_INDICATORS",
    { row: t.headerRow, col },
    { header: a1Range(t.headerRow, t.firstCol, t.headerBottom, t.lastCol) },
  );
}
