// Scores one found table: rows, target review, funding and totals, existing scores; returns its report and writes.
import { a1Range } from "../grid";
import { findingOf, messagesFor } from "../messages";
import type { BandIndex } from "../messages/params";
import type { Profile } from "../profile";
import type { Finding, TableReport } from "../report";
import type { SheetWrites, ValueKind } from "../sheetWrites";
import type { TableLayout } from "../tables/layout";
import type { MergeIndex } from "../tables/merges";
import { cellRefAt, RowReader, type CellRef } from "../tables/readTable";
import { shownText } from "../parse/numberCell";
import { cellText } from "../text";
import { GRADE_PREFIX } from "../tables/rowLabels";
import { blockReports } from "./blocks";
import { BlockPoints } from "./blockPoints";
import { weightsFromBlocks } from "./blockWeights";
import { ExistingScores, holdsWords } from "./existingScores";
import { cellAt, FindingSink, Phase, TableFindings, type IssueList } from "./findingSink";
import { scoreFunding, type FundingResult } from "./funding";
import { labelledTargets, type LabelledTargets } from "./labelledCells";
import { makeCellReader } from "./readCell";
import { fromHundredths } from "./rounding";
import { scoreRow, type RowOutcome } from "./scoreRow";
import { sharedActualCells, sharedScoreCells, sharedWeightCells } from "./sharedCells";
import { SubtotalScores } from "./subtotalScores";
import {
  noteEmptyTable,
  noteHiddenColumns,
  noteHiddenRows,
  noteIgnoredHeaders,
  noteNoScoreColumn,
  noteNoTotalRow,
  noteRepeatedHeaders,
  noteUnscoredTable,
} from "./tableNotes";
import { TargetReview } from "./targetReview";
import { TotalsAccumulator } from "./totals";
import { WeightReader } from "./weightCell";

/** One scored table: its report, and its findings with each one's sheet row and column (-1 for the table). */
export interface TableOutcome {
  report: TableReport;
  findings: { items: Finding[] } & IssueList;
}

/** What a run does with a table. */
type RunMode = "score" | "audit" | "check";

/** Scoring one table in one run: the state its steps share. */
class TableRun {
  readonly found: TableFindings;
  private readonly blockWeights: Map<number, number> | null;
  readonly hasWeights: boolean;
  /** Weights, a 实际完成值 column, not a targets-only table: a score run scores it. */
  readonly scorable: boolean;
  readonly scoring: boolean;
  readonly writing: boolean;
  private readonly subtotals: SubtotalScores;
  private readonly totals = new TotalsAccumulator();
  private readonly existing: ExistingScores;
  private readonly weights: WeightReader;
  private comparable = 0;
  private met = 0;
  /** The labelled cells above a table without a total row that take its total and grade (score runs). */
  private labelled: LabelledTargets = { total: null, grade: null };

  constructor(
    readonly t: TableLayout,
    readonly merges: MergeIndex,
    readonly profile: Profile,
    private readonly mode: RunMode,
    private readonly writes: SheetWrites | null,
    private readonly picks: ReadonlyMap<number, BandIndex> | null,
  ) {
    this.found = new TableFindings(t.firstRow);
    noteIgnoredHeaders(t, this.found.sink(Phase.Layout));
    noteRepeatedHeaders(t, this.found.sink(Phase.Layout));
    noteHiddenRows(t, this.found.sink(Phase.Layout));
    noteHiddenColumns(t, merges, this.found.sink(Phase.Layout));
    // in check mode the weights only tell a weighted table from one without weights: their finding is not shown
    this.blockWeights = t.indicatorRows.length
      ? weightsFromBlocks(t, merges, profile, mode !== "check" ? this.found.sink(Phase.Layout) : new FindingSink())
      : null;
    this.hasWeights = t.columns.weight !== undefined || this.blockWeights !== null;
    this.scorable = this.hasWeights && t.kind !== "targets-only" && t.columns.actual !== undefined;
    this.scoring = mode !== "check" && this.scorable;
    this.writing = mode === "score" && this.scoring && writes !== null;
    this.subtotals = new SubtotalScores(t);
    this.existing = new ExistingScores(
      mode === "audit",
      this.found.sink(Phase.Existing),
      profile.notApplicable.markers,
    );
    this.weights = new WeightReader(profile.fullMark);
  }

  /** Scores every indicator row in one pass; returns the report's rows (their finding codes filled in at the end). */
  rows(): TableReport["indicators"] {
    const { t, merges, profile } = this;
    const shared = this.writing ? sharedScoreCells(t, merges, this.found.sink(Phase.Merges)) : new Set<number>();
    const sharedWeights = this.blockWeights ? new Map<number, string>() : sharedWeightCells(t, merges);
    sharedActualCells(t, merges, this.found.sink(Phase.Merges));
    const ctx = {
      profile,
      sink: this.found.sink(Phase.Rows),
      read: makeCellReader(profile, t.year),
      picks: this.picks,
      tableYear: t.year,
    };
    const reader = new RowReader(t, merges);
    const review = new TargetReview(profile, this.found.sink(Phase.Targets), merges);
    // a 分值 column decides over the points a level label prints; the two are compared when they disagree
    const points = this.scoring && !this.blockWeights ? new BlockPoints(t, merges, this.found.sink(Phase.Table)) : null;
    const out: TableReport["indicators"] = new Array(t.indicatorRows.length);
    for (let i = 0; i < t.indicatorRows.length; i++) {
      const input = reader.read(t.indicatorRows[i]);
      // a weight cell merged over several rows is read by none of them
      const merged = sharedWeights.get(input.row);
      const o = this.blockWeights
        ? scoreRow(input, ctx, this.scoring, true, this.derivedWeight(input.row))
        : scoreRow(input, ctx, this.scoring, this.hasWeights, merged ? null : this.weights.read(input.weight), merged);
      review.row(input, o.target);
      points?.row(input, o.weight);
      this.count(o);
      if (this.writing && o.score !== null && !o.byPerson && !shared.has(input.row))
        this.put(input.score, "score", fromHundredths(o.score), "0.00");
      out[i] = indicatorReport(o);
    }
    review.finish();
    points?.finish();
    for (const r of out) r.findings = this.found.codesOfRow(r.row - 1);
    return out;
  }

  /** The rows whose completion could be compared, and how many of them met their target. */
  private counts(): { comparable: number; met: number } {
    return { comparable: this.comparable, met: this.met };
  }

  private derivedWeight(row: number): number | null {
    const h = this.blockWeights!.get(row);
    return h === undefined ? null : fromHundredths(h);
  }

  private count(o: RowOutcome): void {
    if (o.met !== null) {
      this.comparable++;
      if (o.met) this.met++;
    }
    if (!this.scoring) return;
    const { input } = o;
    this.totals.addRow(input.row, input.level1, input.level3, o.weight, o.status, o.score);
    this.existing.row(input.score, input.row, o.weight, o.score);
    this.subtotals.row(input.row, o.score);
  }

  /** After the rows: funding, total and grade (with the weight checks), existing scores; or why nothing is scored. */
  finish(): { funding: FundingResult | null; total: number | null; grade: TableReport["grade"] } {
    const { t, merges, profile } = this;
    const sink = this.found.sink(Phase.Table);
    if (!this.scoring) {
      if (t.kind !== "targets-only")
        noteUnscoredTable(t, { actual: this.mode !== "check", weights: !this.hasWeights }, this.counts(), sink);
      return { funding: null, total: null, grade: null };
    }
    const read = scoreFunding(t, merges, profile, sink, this.weights);
    this.weights.note(sink);
    // a block whose rate cannot be worked out waits, like a row not scored: the total is withheld
    if (read && "unread" in read) {
      const { row, weight } = read.unread;
      this.totals.addRow(row, "", "预算执行率", weight, weight === null ? "no-weight" : "unreadable", null);
    }
    const funding = read && "unread" in read ? null : read;
    const totalRef = this.totalRef();
    const hasScores = t.columns.score !== undefined;
    const { total, grade } = this.totals.total(funding, profile, sink, hasScores ? cellAt(totalRef) : null);
    this.existing.finish(
      funding ? { cell: funding.scoreCell, score: funding.score } : null,
      hasScores ? totalRef : null,
    );
    if (this.mode === "score") {
      const at = (this.labelled = labelledTargets(t, merges, total, grade));
      if (hasScores) this.existing.keptTotal(totalRef, total, at.total !== null && !at.total.free);
      noteNoScoreColumn(t, sink);
      noteNoTotalRow(t, { total, grade }, sink, at);
    }
    return { funding, total, grade };
  }

  /** The total row's score cell, else the cell right of a total label above the table (自评得分 | ▢), else null. */
  private totalRef(): CellRef | null {
    const t = this.t;
    if (t.totalRow !== null) return cellRefAt(t, this.merges, t.totalRow, t.columns.score ?? t.columns.weight);
    const above = t.labelled.total;
    return above ? cellRefAt(t, this.merges, above.row, above.col) : null;
  }

  /** Writes subtotals, the funding block's rate and score, the total and the grade. */
  writeValues(result: ReturnType<TableRun["finish"]>): void {
    const { t, merges } = this;
    for (const s of this.subtotals.sums()) {
      const ref = cellRefAt(t, merges, s.row, t.columns.score);
      if (!this.existing.keptOther(ref, fromHundredths(s.sum), false))
        this.put(ref, "score", fromHundredths(s.sum), "0.00");
    }
    if (result.funding) {
      const { rateCell, report } = result.funding;
      if (!this.existing.keptOther(rateCell, Math.round(report.rate * 10000) / 100, true))
        this.put(rateCell, "funding-rate", report.rate, "0.00%");
      this.put(result.funding.scoreCell, "funding-score", result.funding.report.score, "0.00");
      // parts scored by their own 分值: each one's rate and score
      for (const p of result.funding.parts) {
        const rate = Math.round(p.rate * 10000) / 10000;
        if (!this.existing.keptOther(p.rateCell, rate * 100, true)) this.put(p.rateCell, "funding-rate", rate, "0.00%");
        if (!this.existing.keptOther(p.scoreCell, fromHundredths(p.score), false))
          this.put(p.scoreCell, "funding-score", fromHundredths(p.score), "0.00");
      }
    }
    if (result.total === null || t.columns.score === undefined) return;
    // a labelled cell above the table is written only when empty (a filled one is compared: keptTotal)
    const { total, grade } = this.labelled;
    if (t.totalRow !== null || total?.free) this.put(this.totalRef(), "total", fromHundredths(result.total), "0.00");
    if (grade?.free) this.put(grade.ref, "grade", result.grade!);
    // a total above the full mark has no grade (WEIGHTS_NOT_FULL says why)
    if (!t.gradeCell || result.grade === null) return;
    const beside = t.gradeCell.labelled || t.totalRow === null || t.gradeCell.row !== t.totalRow;
    this.put(
      cellRefAt(t, merges, t.gradeCell.row, t.gradeCell.col),
      "grade",
      beside ? result.grade : GRADE_PREFIX + result.grade,
    );
  }

  /** A value into a cell we own; a cell holding a formula, or a figure's cell holding words, is left alone (the
   *  existing-score finding says so). */
  private put(ref: CellRef | null, kind: ValueKind, value: number | string, numFmt?: string): void {
    if (!ref || ref.formula || (kind !== "grade" && holdsWords(ref, this.profile.notApplicable.markers))) return;
    this.writes!.value(ref.row, ref.col, kind, value, numFmt);
  }
}

/** The reason cell's text, read only when the table has a reason column. */
function reasonText(o: RowOutcome): string | null {
  const ref = o.input.reason;
  return ref ? cellText(ref.value) || null : null;
}

function indicatorReport(o: RowOutcome): TableReport["indicators"][number] {
  const { input } = o;
  return {
    row: input.row + 1,
    level1: input.level1,
    level2: input.level2,
    level3: input.level3,
    target: shownText(input.target.value, input.target.numFmt),
    actual: input.actual ? shownText(input.actual.value, input.actual.numFmt) : "",
    weight: o.weight,
    score: o.score === null ? null : fromHundredths(o.score),
    reason: reasonText(o),
    status: o.status,
    findings: [],
  };
}

/** Scores a table in the given run mode, one pass over its rows (nothing per row is kept but what the plan needs). */
export function scoreTable(
  t: TableLayout,
  merges: MergeIndex,
  profile: Profile,
  mode: RunMode,
  lang: "zh" | "en",
  writes: SheetWrites | null,
  picks: ReadonlyMap<number, BandIndex> | null = null,
): TableOutcome {
  const run = new TableRun(t, merges, profile, mode, writes, picks);
  let indicators: TableReport["indicators"] = [];
  let result: ReturnType<TableRun["finish"]> = { funding: null, total: null, grade: null };
  if (t.indicatorRows.length === 0) noteEmptyTable(t, run.found.sink(Phase.Layout));
  else {
    indicators = run.rows();
    result = run.finish();
    if (run.writing) run.writeValues(result);
  }
  const list = run.found.sorted();
  const m = messagesFor(lang);
  const items = list.issues.map((i) => findingOf(i, m));
  const report: TableReport = {
    sheet: t.sheet.name,
    range: a1Range(t.firstRow, t.firstCol, t.lastRow, t.lastCol),
    headerRow: t.headerRow + 1,
    info: t.info,
    kind: t.kind,
    mode: run.scoring || (t.indicatorRows.length === 0 && run.scorable) ? "score" : "check-only",
    indicators,
    blocks: blockReports(indicators),
    funding: result.funding ? result.funding.report : null,
    total: result.total === null ? null : fromHundredths(result.total),
    grade: result.grade,
    findings: items,
  };
  return { report, findings: { items, ...list } };
}
