// Scores one found table: rows, funding, totals, existing scores, target review; returns its report and value writes.
import { a1Range } from "../grid";
import type { Profile } from "../profile";
import type { TableReport } from "../report";
import { cellText } from "../text";
import type { TableLayout } from "../tables/layout";
import type { MergeIndex } from "../tables/merges";
import { cellRefAt, RowReader, type CellRef } from "../tables/readTable";
import { TargetReview } from "./targetReview";
import { ExistingScores } from "./existingScores";
import { FindingSink } from "./findingSink";
import { scoreFunding } from "./funding";
import { makeCellReader } from "./readCell";
import { fromHundredths } from "./rounding";
import { scoreRow } from "./scoreRow";
import { TotalsAccumulator } from "./totals";
import { weightsFromBlocks } from "./blockWeights";
import { SubtotalScores } from "./subtotalScores";
import { noteEmptyTable, noteIgnoredHeaders } from "./tableNotes";
import type { SheetWrites, ValueKind } from "../sheetWrites";

/** One scored table. */
export interface TableOutcome {
  report: TableReport;
  /** The findings in report order, with each one's sheet row and column beside it (-1 for the table). */
  findings: { items: TableReport["findings"]; rows: number[]; cols: number[] };
}

/** Rows whose score cell is one merged area spanning several indicators: flagged, never written. */
function sharedScoreCells(t: TableLayout, merges: MergeIndex, sink: FindingSink): Set<number> {
  const out = new Set<number>();
  const col = t.columns.score;
  if (col === undefined || t.sheet.merges.length === 0) return out;
  const byAnchor = new Map<string, number[]>();
  for (const row of t.indicatorRows) {
    const m = merges.areaAt(row, col);
    if (!m || m.r1 === m.r2) continue;
    const key = `${m.r1},${m.c1}`;
    byAnchor.set(key, [...(byAnchor.get(key) ?? []), row]);
  }
  for (const group of byAnchor.values()) {
    if (group.length < 2) continue;
    const m = merges.areaAt(group[0], col)!;
    const range = a1Range(m.r1, m.c1, m.r2, m.c2);
    sink.add("MERGED_SCORE_CELL", { row: m.r1, col: m.c1 }, { zh: `得分单元格${range}合并了${group.length}项指标，无法分别写入得分（得分见报告）；请取消合并后再评分`, en: `Score cells ${range} are merged across ${group.length} indicators; scores are in the report only. Unmerge and run again` });
    for (const r of group) out.add(r);
  }
  return out;
}

/** Scores a table in the given run mode, one pass over its rows (nothing per row is kept but what the plan needs). */
export function scoreTable(t: TableLayout, merges: MergeIndex, profile: Profile, mode: "score" | "audit" | "check", lang: "zh" | "en", writes: SheetWrites | null): TableOutcome {
  // Phases, in the order their findings are listed: layout, rows, target review, funding and totals, existing scores, merges.
  const layoutSink = FindingSink.forTable(lang, t.firstRow);
  const rowSink = layoutSink.nextPhase();
  const targetSink = rowSink.nextPhase();
  const tableSink = rowSink.nextPhase();
  const existingSink = rowSink.nextPhase();
  const lateSink = rowSink.nextPhase();
  noteIgnoredHeaders(t, layoutSink);
  if (t.indicatorRows.length === 0) {
    noteEmptyTable(t, layoutSink);
    return emptyOutcome(t, FindingSink.join([layoutSink]));
  }
  // in check mode the weights only tell a weighted table from one without weights: their finding is not shown
  const blockWeights = weightsFromBlocks(t, merges, profile, mode !== "check" ? layoutSink : new FindingSink());
  const hasWeights = t.columns.weight !== undefined || blockWeights !== null;
  const scoring = mode !== "check" && hasWeights && t.kind !== "targets-only";
  const writing = mode === "score" && scoring && writes !== null;
  const subtotals = new SubtotalScores(t);
  const shared = writing ? sharedScoreCells(t, merges, lateSink) : new Set<number>();
  const ctx = { profile, sink: rowSink, read: makeCellReader(profile, t.year) };
  const reader = new RowReader(t, merges);
  const review = new TargetReview(profile, targetSink);
  const totals = new TotalsAccumulator();
  const existing = new ExistingScores(mode === "audit", existingSink);
  // a cell holding a formula is left alone (the existing-score finding says so)
  const put = (ref: CellRef | null, kind: ValueKind, value: number | string, numFmt?: string) => {
    if (ref && !ref.formula) writes!.value(ref.row, ref.col, kind, value, numFmt);
  };
  const indicators: TableReport["indicators"] = new Array(t.indicatorRows.length);
  let comparable = 0;
  let met = 0;
  for (let i = 0; i < t.indicatorRows.length; i++) {
    const input = reader.read(t.indicatorRows[i]);
    const derived = blockWeights?.get(input.row);
    const o = blockWeights ? scoreRow(input, ctx, scoring, hasWeights, derived === undefined ? null : fromHundredths(derived)) : scoreRow(input, ctx, scoring, hasWeights);
    review.row(input, o.target);
    if (o.met !== null) {
      comparable++;
      if (o.met) met++;
    }
    if (scoring) {
      totals.addRow(input.row, input.level1, input.level3, o.weight, o.status, o.score);
      existing.row(input.score, input.row, o.weight, o.score);
      if (writing && o.score !== null && !shared.has(input.row)) put(input.score, "score", fromHundredths(o.score), "0.00");
      subtotals.row(input.row, o.score);
    }
    indicators[i] = {
      row: input.row + 1,
      level1: input.level1,
      level2: input.level2,
      level3: input.level3,
      target: cellText(input.target.value),
      actual: cellText(input.actual?.value ?? null),
      weight: o.weight,
      score: o.score === null ? null : fromHundredths(o.score),
      status: o.status,
      findings: rowSink.codesOfRow(input.row),
    };
  }
  review.finish();
  const totalRef: CellRef | null = t.totalRow !== null ? cellRefAt(t, merges, t.totalRow, t.columns.score ?? t.columns.weight) : null;
  const totalAt = totalRef ? { row: totalRef.row, col: totalRef.col } : null;
  let funding = null;
  let total = null;
  let grade: TableReport["grade"] = null;
  if (scoring) {
    funding = scoreFunding(t, merges, profile, tableSink);
    const tr = totals.total(funding, profile, tableSink, t.columns.score !== undefined ? totalAt : null);
    total = tr.total;
    grade = tr.grade;
    existing.finish(funding ? { cell: funding.scoreCell, score: funding.score } : null, t.columns.score !== undefined ? totalRef : null);
  } else if (!hasWeights && t.kind !== "targets-only") {
    tableSink.add("WEIGHT_MISSING", null, {
      zh: `本表没有分值（权重）列，只核对完成情况，不计算得分和总分；${comparable}项可比较的指标中${met}项已达到年度指标值`,
      en: `The table has no weight column: completion checked only, no scores; ${met} of ${comparable} comparable indicators met`,
    });
  }
  if (writing) {
    for (const s of subtotals.sums()) put(cellRefAt(t, merges, s.row, t.columns.score), "score", fromHundredths(s.sum), "0.00");
    if (funding) {
      put(funding.rateCell, "funding-rate", funding.report.rate, "0.00%");
      put(funding.scoreCell, "funding-score", funding.report.score, "0.00");
    }
    if (total !== null && t.columns.score !== undefined) {
      put(totalRef, "total", fromHundredths(total), "0.00");
      if (t.gradeCell) {
        const g = cellRefAt(t, merges, t.gradeCell.row, t.gradeCell.col);
        const beside = t.totalRow === null || t.gradeCell.row !== t.totalRow;
        put(g, "grade", beside ? grade! : `自评等级：${grade}`);
      }
    }
  }
  const findings = FindingSink.join([layoutSink, rowSink, targetSink, tableSink, existingSink, lateSink]);
  const report: TableReport = {
    sheet: t.sheet.name,
    range: a1Range(t.firstRow, t.firstCol, t.lastRow, t.lastCol),
    kind: t.kind,
    mode: scoring ? "score" : "check-only",
    indicators,
    funding: funding ? funding.report : null,
    total: total === null ? null : fromHundredths(total),
    grade,
    findings: findings.items,
  };
  return { report, findings };
}

/** The outcome of a table with a header and no indicator rows: no funding, total or grade, nothing written. */
function emptyOutcome(t: TableLayout, findings: TableOutcome["findings"]): TableOutcome {
  const report: TableReport = {
    sheet: t.sheet.name,
    range: a1Range(t.firstRow, t.firstCol, t.lastRow, t.lastCol),
    kind: t.kind,
    mode: t.columns.weight !== undefined && t.kind !== "targets-only" ? "score" : "check-only",
    indicators: [],
    funding: null,
    total: null,
    grade: null,
    findings: findings.items,
  };
  return { report, findings };
}
