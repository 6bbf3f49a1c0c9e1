// The rows of a scored workbook that wait for a person (spec §3: the user chooses the band; the pane offers the three),
// each with the score every band would give it, so a host can offer them and pass the choice back as a BandPick.
import type { BandPick } from "./buildPlan";
import { parseA1 } from "./grid";
import type { BandIndex, FindingParams, Issue } from "./messages/params";
import type { Plan } from "./plan";
import type { Profile } from "./profile";
import type { TableReport } from "./report";
import { IndicatorRows } from "./indicatorRows";
import { BANDS, bandScore, WAITING_KINDS, type WaitingReview } from "./score/personScore";
import { fromHundredths } from "./score/rounding";

/** A row waiting for a person: where it is, what it says, and what each band would score. */
export interface WaitingRow {
  sheet: string;
  /** 1-based sheet row (the report's indicator row): what a BandPick names. */
  row: number;
  /** The cell its review is on. */
  cell: string;
  /** The indicator's name (its third-level name, else the second). */
  name: string;
  actual: string;
  weight: number;
  /** The scores of 达成, 部分达成 and 未达成 by the run's profile. */
  bands: [number, number, number];
  /** The score counted now (a band picked, or a score written in its 得分 cell); null while it waits. */
  counted: number | null;
  /** The band picked in the run that counted it; null when none was (or the 得分 cell's score was counted). */
  picked: BandIndex | null;
  /** The band it counts as now: the one picked, else the one whose score the 得分 cell's equals; null while it waits
   *  or when the written score is no band's. */
  band: BandIndex | null;
}

const WAITING: ReadonlySet<string> = new Set(WAITING_KINDS);

/** The review of a row waiting for a person, or null for any other finding. */
function waitingReview(issue: Issue): WaitingReview | null {
  if (issue.code !== "QUALITATIVE_REVIEW") return null;
  const p = issue.params as FindingParams["QUALITATIVE_REVIEW"];
  return WAITING.has(p.kind) ? (p as WaitingReview) : null;
}

/** A review of a row waiting for (or decided by) a person, where it is: its table (and its indicators by row), cell
 *  and 1-based sheet row. */
interface ReviewAt {
  table: TableReport;
  rows: IndicatorRows;
  review: WaitingReview;
  cell: string;
  row: number;
}

/** The reviews of rows waiting for a person in `plan`'s scored tables, in report order. */
function waitingReviews(plan: Plan): ReviewAt[] {
  const issues = plan.issues ?? [];
  const out: ReviewAt[] = [];
  plan.report.tables.forEach((table, i) => {
    if (table.mode !== "score") return;
    const rows = new IndicatorRows(table);
    for (const issue of issues[i] ?? []) {
      const review = waitingReview(issue);
      const at = review && issue.cell ? parseA1(issue.cell) : null;
      if (review && at) out.push({ table, rows, review, cell: issue.cell!, row: at.row + 1 });
    }
  });
  return out;
}

/** How many rows of a score run's `plan` still wait for a person's band (none picked or typed yet). */
export function waitingCount(plan: Plan): number {
  return waitingReviews(plan).filter((r) => r.review.person === undefined).length;
}

/** Every row of `plan` that waits for a person or was decided by one, in report order; `profile` is the run's. */
export function waitingRows(plan: Plan, profile: Profile): WaitingRow[] {
  const out: WaitingRow[] = [];
  for (const { table, rows, review, cell, row } of waitingReviews(plan)) {
    const ind = rows.at(row);
    if (!ind || ind.weight === null) continue;
    const w = ind.weight;
    out.push({
      sheet: table.sheet,
      row: ind.row,
      cell,
      name: ind.level3 || ind.level2,
      actual: ind.actual,
      weight: w,
      bands: BANDS.map((b) => fromHundredths(bandScore(b, w, profile))) as WaitingRow["bands"],
      counted: review.person ?? null,
      picked: review.picked ?? null,
      band: review.picked ?? review.asBand ?? null,
    });
  }
  return out;
}

/** The pick of `band` for `row`. */
export function pickFor(row: WaitingRow, band: BandIndex): BandPick {
  return { sheet: row.sheet, row: row.row, band };
}

/** The picks of a run no row took: their row does not wait for a person in `plan` (the rules decide it now, or it is
 *  gone), so it was scored without them. */
export function unusedPicks(plan: Plan, picks: readonly BandPick[]): BandPick[] {
  const taken = new Set<string>();
  for (const { table, review, row } of waitingReviews(plan))
    if (review.picked !== undefined) taken.add(`${table.sheet}|${row}`);
  return picks.filter((p) => !taken.has(`${p.sheet}|${p.row}`));
}
