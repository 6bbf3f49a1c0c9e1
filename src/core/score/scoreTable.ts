// Scores one found table: rows, funding, totals, existing scores, target review; returns its report and value writes.
import { a1Range } from "../grid";
import type { Profile } from "../profile";
import type { TableReport } from "../report";
import { cellText } from "../text";
import type { TableLayout } from "../tables/layout";
import type { MergeIndex } from "../tables/merges";
import { cellRefAt, readIndicators, type CellRef, type IndicatorInput } from "../tables/readTable";
import { checkExistingScores } from "./existingScores";
import { checkTargets } from "./checkTargets";
import { FindingSink } from "./findingSink";
import { scoreFunding } from "./funding";
import { makeCellReader } from "./readCell";
import { fromHundredths } from "./rounding";
import { scoreRows } from "./scoreRows";
import { totalOf } from "./totals";

/** A value the table wants written (score, total, grade, funding rate/score). */
export interface ValueWrite {
  row: number;
  col: number;
  kind: "score" | "total" | "grade" | "funding-rate" | "funding-score";
  value: number | string;
  numFmt?: string;
  /** The cell currently holds a formula (the plan then leaves it alone). */
  hasFormula: boolean;
}

/** One scored table. */
export interface TableOutcome {
  report: TableReport;
  sink: FindingSink;
  values: ValueWrite[];
}

/** Rows whose score cell is one merged area spanning several indicators: flagged, never written. */
function sharedScoreCells(rows: IndicatorInput[], merges: MergeIndex, sink: FindingSink): Set<number> {
  const byAnchor = new Map<string, IndicatorInput[]>();
  for (const r of rows) {
    if (!r.score) continue;
    const m = merges.areaAt(r.score.row, r.score.col);
    if (!m || m.r1 === m.r2) continue;
    const key = `${m.r1},${m.c1}`;
    byAnchor.set(key, [...(byAnchor.get(key) ?? []), r]);
  }
  const out = new Set<number>();
  for (const group of byAnchor.values()) {
    if (group.length < 2) continue;
    const m = merges.areaAt(group[0].score!.row, group[0].score!.col)!;
    const range = a1Range(m.r1, m.c1, m.r2, m.c2);
    sink.add("MERGED_SCORE_CELL", { row: m.r1, col: m.c1 }, { zh: `得分单元格${range}合并了${group.length}项指标，无法分别写入得分（得分见报告）；请取消合并后再评分`, en: `Score cells ${range} are merged across ${group.length} indicators; scores are in the report only. Unmerge and run again` });
    for (const r of group) out.add(r.row);
  }
  return out;
}

/** Scores a table in the given run mode. */
export function scoreTable(t: TableLayout, merges: MergeIndex, profile: Profile, mode: "score" | "audit" | "check", lang: "zh" | "en"): TableOutcome {
  const sink = new FindingSink(lang);
  const rows = readIndicators(t, merges);
  const hasWeights = t.columns.weight !== undefined;
  const scoring = mode !== "check" && hasWeights && t.kind !== "targets-only";
  const read = makeCellReader(profile, t.year);
  const outcomes = scoreRows(rows, { profile, sink, read }, scoring, hasWeights);
  checkTargets(rows, outcomes.map((o) => o.target), profile, sink);
  const totalRef: CellRef | null = t.totalRow !== null ? cellRefAt(t, merges, t.totalRow, t.columns.score ?? t.columns.weight) : null;
  const totalAt = totalRef ? { row: totalRef.row, col: totalRef.col } : null;
  let funding = null;
  let total = null;
  let grade: TableReport["grade"] = null;
  if (scoring) {
    funding = scoreFunding(t, merges, profile, sink);
    const tr = totalOf(outcomes, funding, profile, sink, t.columns.score !== undefined ? totalAt : null);
    total = tr.total;
    grade = tr.grade;
    checkExistingScores(outcomes, mode === "audit", sink, funding ? { cell: funding.scoreCell, score: funding.score } : null, t.columns.score !== undefined ? totalRef : null);
  } else if (!hasWeights && t.kind !== "targets-only") {
    const withActual = outcomes.filter((o) => o.met !== null);
    const met = withActual.filter((o) => o.met).length;
    sink.add("WEIGHT_MISSING", null, {
      zh: `本表没有分值（权重）列，只核对完成情况，不计算得分和总分；${withActual.length}项可比较的指标中${met}项已达到年度指标值`,
      en: `The table has no weight column: completion checked only, no scores; ${met} of ${withActual.length} comparable indicators met`,
    });
  }
  const values: ValueWrite[] = [];
  if (mode === "score" && scoring) {
    const put = (ref: CellRef | null, kind: ValueWrite["kind"], value: number | string, numFmt?: string) => {
      if (ref) values.push({ row: ref.row, col: ref.col, kind, value, numFmt, hasFormula: !!ref.formula });
    };
    const shared = sharedScoreCells(outcomes.map((o) => o.input), merges, sink);
    for (const o of outcomes) if (o.score !== null && !shared.has(o.input.row)) put(o.input.score, "score", fromHundredths(o.score), "0.00");
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
  const report: TableReport = {
    sheet: t.sheet.name,
    range: a1Range(t.firstRow, t.firstCol, t.lastRow, t.lastCol),
    kind: t.kind,
    mode: scoring ? "score" : "check-only",
    indicators: outcomes.map((o) => ({
      row: o.input.row + 1,
      level1: o.input.level1,
      level2: o.input.level2,
      level3: o.input.level3,
      target: cellText(o.input.target.value),
      actual: cellText(o.input.actual?.value ?? null),
      weight: o.weight,
      score: o.score === null ? null : fromHundredths(o.score),
      status: o.status,
      findings: sink.codesOfRow(o.input.row),
    })),
    funding: funding ? funding.report : null,
    total: total === null ? null : fromHundredths(total),
    grade,
    findings: sink.items,
  };
  return { report, sink, values };
}
