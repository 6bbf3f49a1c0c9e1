// Existing 得分 in the sheet: audit (compare, keep) or replace (note the old value); SCORE_ABOVE_WEIGHT, TOTAL_DIFFERS.
import { cellText } from "../text";
import { numberIn, type CellRef } from "../tables/readTable";
import type { FindingSink } from "./findingSink";
import { fmtNumber, fmtScore, fromHundredths } from "./rounding";

const cellOf = (r: CellRef) => ({ row: r.row, col: r.col });

/** Compares the sheet's existing scores with the computed ones, row by row, and adds the findings. */
export class ExistingScores {
  private existingSum = 0;
  private existingCount = 0;

  /** `audit`: keep the existing scores and flag differences; otherwise they are replaced and the old value noted. */
  constructor(
    private readonly audit: boolean,
    private readonly sink: FindingSink,
  ) {}

  /** Checks one row's existing score (`cell`) against its weight and its computed score in hundredths. */
  row(cell: CellRef | null, row: number, weight: number | null, score: number | null): void {
    if (!cell) return;
    const old = numberIn(cell);
    if (old !== null) {
      this.existingSum += old;
      this.existingCount++;
      if (weight !== null && old > weight + 1e-9) {
        this.sink.add("SCORE_ABOVE_WEIGHT", cellOf(cell), { zh: `原得分${fmtNumber(old)}分超过分值${fmtNumber(weight)}分`, en: `Existing score ${fmtNumber(old)} exceeds the weight ${fmtNumber(weight)}` }, row);
      }
    }
    if (score !== null) compareOne(cell, old, score, this.audit, this.sink, row);
  }

  /** After the rows: the funding score and the total (TOTAL_DIFFERS). */
  finish(funding: { cell: CellRef | null; score: number } | null, totalCell: CellRef | null): void {
    const { sink } = this;
    let existingSum = this.existingSum;
    if (funding?.cell) {
      const old = numberIn(funding.cell);
      if (old !== null) existingSum += old;
      compareOne(funding.cell, old, funding.score, this.audit, sink, null);
    }
    const oldTotal = numberIn(totalCell);
    if (totalCell && oldTotal !== null && this.existingCount > 0 && Math.abs(oldTotal - existingSum) > 0.011) {
      sink.add("TOTAL_DIFFERS", cellOf(totalCell), { zh: `原总分${fmtNumber(oldTotal)}分与各项原得分之和${fmtNumber(existingSum)}分不一致`, en: `Existing total ${fmtNumber(oldTotal)} differs from the sum of the existing scores ${fmtNumber(existingSum)}` });
    }
  }
}

function compareOne(cell: CellRef, old: number | null, computed: number, audit: boolean, sink: FindingSink, row: number | null): void {
  const text = old === null ? cellText(cell.value) : "";
  // an empty 得分 cell holds no score to differ from (in an audit the computed score is in the report)
  if (old === null && !text) return;
  if (old !== null && Math.abs(old - fromHundredths(computed)) <= 0.01 + 1e-9) return;
  const now = fmtScore(fromHundredths(computed));
  const shown = old !== null ? `${fmtNumber(old)}分` : `“${text}”`;
  const kept = audit || !!cell.formula;
  const zh = kept ? `原得分${shown}，按规则应为${now}分${cell.formula ? "（单元格为公式，未改动）" : ""}` : `原得分${shown}与规则计算的${now}分不一致，已改为${now}分`;
  const en = kept ? `Existing score ${old ?? text}; the rules give ${now}${cell.formula ? " (a formula, left as is)" : ""}` : `Existing score ${old ?? text} replaced by ${now}`;
  sink.add("SCORE_DIFFERS", cellOf(cell), { zh, en }, row);
}
